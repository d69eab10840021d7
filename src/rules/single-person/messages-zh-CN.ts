/** 中文说明: single-person. */
import type { ProgrammeMessages } from "../programme.js";
import type { Values } from "../messages.js";
import { s, yuan, ROUTE, own, date, disability, name, REGISTRATION } from "../text/zh-CN.js";
import type { SinglePersonLabels } from "./labels.js";

/** 尚未施行的规定的施行日期（`inForceFrom`，取自参数）；参数中没有时不写。 */
const startsOn = (v: Values): string => (v.inForceFrom == null ? "" : `（自${date(v.inForceFrom)}起）`);

export const zhCN: ProgrammeMessages<SinglePersonLabels> = {
  reasons: {
    "single-person.severity": {
      met: (v) => `${s(v.memberId)}属重度残疾人或重病患者（${disability(v.disabilityCategory, v.disabilityGrade)}，重特大疾病${v.seriousIllness === true ? "是" : "否"}）。`,
      "not-met": (v) => `${s(v.memberId)}不属重度残疾人或重病患者。`,
    },
    "single-person.household-not-eligible": {
      met: () => "申请家庭整体不符合低保条件，可单独纳入成员。",
      "not-met": () => "申请家庭整体符合低保条件，不得仅将个别家庭成员纳入低保。",
      unknown: () => "家庭整体是否符合低保条件尚不能确定（缺少财产核查结论）。",
    },
    "single-person.registered-poor.registration": {
      met: () => "本户为未脱贫建档立卡贫困户：不再核对家庭经济状况。",
      "not-met": (v) => `建档立卡途径：本户建档立卡状态为“${name(REGISTRATION, v.povertyRegistration)}”，不是未脱贫。`,
    },
    "single-person.registered-poor.own-income": {
      met: (v) => `${own(v)}，低于低保标准${yuan(v.standard)}。`,
      "not-met": (v) => `${own(v)}，不低于低保标准${yuan(v.standard)}。`,
    },
    "single-person.near-dibao.in-force": { any: (v) => `${s(v.asOf)}时低保边缘家庭“单人户”规定尚未施行${startsOn(v)}。` },
    "single-person.near-dibao.household-income": {
      met: (v) => `低保边缘家庭：家庭月人均收入${yuan(v.perCapitaMonthlyIncome)}不低于标准${yuan(v.standard)}，但低于${yuan(v.nearDibaoLine)}（${s(v.multiple)}倍）。`,
      "not-met": (v) =>
        v.incomeBelowStandard === true
          ? `非低保边缘家庭：家庭月人均收入${yuan(v.perCapitaMonthlyIncome)}低于标准。`
          : `非低保边缘家庭：家庭月人均收入${yuan(v.perCapitaMonthlyIncome)}不低于${yuan(v.nearDibaoLine)}（${s(v.multiple)}倍标准）。`,
    },
    "single-person.near-dibao.property-test": {
      met: () => "家庭财产状况符合规定（低保边缘家庭条件）。",
      "not-met": () => "家庭财产状况不符合规定，不属低保边缘家庭。",
      unknown: () => "未提供家庭财产状况核查结论，无法认定低保边缘家庭。",
    },
    "single-person.near-dibao.own-income": {
      met: (v) => `${own(v)}，低于低保标准${yuan(v.standard)}。`,
      "not-met": (v) => `${own(v)}，不低于低保标准${yuan(v.standard)}。`,
    },
    "single-person.adult-severe-disability.in-force": { any: (v) => `${s(v.asOf)}时成年无业重度残疾人“单人户”规定尚未施行${startsOn(v)}。` },
    "single-person.adult-severe-disability.person": {
      met: (v) => `${s(v.memberId)}已成年（${s(v.age)}周岁）、无业、重度残疾。`,
      "not-met": (v) => `成年无业重度残疾人途径：${s(v.memberId)}（${s(v.age)}周岁），就业${v.employed === true ? "是" : v.employed === false ? "否" : "未知"}，重度残疾${v.severelyDisabled === true ? "是" : "否"}。`,
      unknown: (v) => `成年无业重度残疾人途径：未提供${s(v.memberId)}是否就业。`,
    },
    "single-person.adult-severe-disability.own-income": {
      met: (v) => `${own(v)}（兄弟姐妹或60周岁以上老年人给付的供养费用不计入），低于低保标准${yuan(v.standard)}。`,
      "not-met": (v) => `${own(v)}（兄弟姐妹或60周岁以上老年人给付的供养费用不计入），不低于低保标准${yuan(v.standard)}。`,
    },
    "single-person.amount": {
      any: (v) => `参照单人户：标准${yuan(v.standard)}−本人收入${yuan(v.ownMonthlyIncome)}＝${yuan(v.baseAmount)}，加分类重点救助${yuan(v.topUp)}，每月${yuan(v.monthlyAmount)}。`,
    },
  },
  labels: {
    heading: "单人户（分户）",
    none: "无单独纳入的成员。",
    entry: (v) =>
      v.status === "refer"
        ? `${s(v.memberId)}：可参照单人户申请低保（${ROUTE[String(v.route)] ?? s(v.route)}），每月${yuan(v.monthlyAmount)}。`
        : `${s(v.memberId)}：单人户需人工复核（${ROUTE[String(v.route)] ?? s(v.route)}）。`,
    applicationNote: "单人户为转介而非批准，须经本人申请。",
  },
};
