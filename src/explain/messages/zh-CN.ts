/** 中文说明，按理由代码索引。 */
import type { MessageTable } from "../types.js";
import { alternativesZhCN } from "./alternatives-zh-CN.js";

const s = (value: unknown): string => (value === null || value === undefined ? "—" : Array.isArray(value) ? value.join("、") : String(value));
const yuan = (value: unknown): string => `${s(value)}元`;

export const zhCN: MessageTable = {
  lang: "zh-CN",
  reasons: {
  },
  warnings: {
    "W-PARAMETER-DATE-ESTIMATED": (v) => `本评估日期落在以下参数起始日期的不确定区间内：${s(v.parameters)}。`,
    "W-PARAMETERS-MAY-BE-STALE": (v) => `所用参数最后确认施行已逾12个月，可能已调整：${s(v.parameters)}。`,
    "W-BASIC-PENSION-EXCLUSION-ASSUMED": () => "城乡居民基本养老保险基础养老金不计入收入，但该日期不在规定明确的期间内（INT-3）。",
    "W-INTERPRETATION": (v) => `${s(v.interpretations)}。`,
    "W-OVERLAP-SPECIAL-HARDSHIP-DIBAO": (v) => `同时符合特困人员救助供养和低保（家庭或单人户）：${s(v.memberIds)}；由经办人员做好衔接。`,
    "W-CLAUSE-BEFORE-INSTRUMENT": (v) => `以下条款在其所属文件施行前的日期被引用，代替当时施行而本库未收录的规定：${s(v.clauseStarts)}。请核对该日期施行的规定。`,
  },
  warningTitles: {
    "W-PARAMETER-DATE-ESTIMATED": "参数起始日期系估计",
    "W-PARAMETERS-MAY-BE-STALE": "参数可能已调整",
    "W-BASIC-PENSION-EXCLUSION-ASSUMED": "基础养老金不计入收入系推定",
    "W-INTERPRETATION": "解释改变了结果",
    "W-OVERLAP-SPECIAL-HARDSHIP-DIBAO": "特困供养与低保同时符合",
    "W-CLAUSE-BEFORE-INSTRUMENT": "条款早于所属文件施行日期被引用",
  },
  alternatives: alternativesZhCN,
  labels: {
    title: "社会救助审核结果",
    asOf: "评估日期",
    household: "家庭",
    warnings: "提示",
    clauses: "依据",
    noWarnings: "无。",
    outcome: { met: "符合", "not-met": "不符合", unknown: "未知" },
    missing: "缺少",
    interpretations: "解释",
    footer: (v) => `引擎：${s(v.engine)} ${s(v.version)}；参数集${s(v.parameterSet)}（${s(v.parameterDigest)}）；输入摘要${s(v.inputDigest)}`,
    colon: "：",
    semicolon: "；",
    jurisdictions: { "CN-CQ": "重庆市", CN: "全国" },
    libraryGist: "（概要：本库撰写）",
    figures: (v) =>
      `计入${s(v.countedMembers)}人；家庭月可计收入${yuan(v.countableMonthlyIncome)}，人均${yuan(v.perCapitaMonthlyIncome)}；低保标准${yuan(v.standard)}` +
      (v.nearDibaoLine === null ? "。" : `；低保边缘线${yuan(v.nearDibaoLine)}。`),
  },
};
