/** 中文说明，按理由代码索引。 */
import type { MessageTable, Values } from "../types.js";

const s = (value: unknown): string => (value === null || value === undefined ? "—" : Array.isArray(value) ? value.join("、") : String(value));
const yuan = (value: unknown): string => `${s(value)}元`;
const AREA: Record<string, string> = { urban: "城市", rural: "农村" };
const area = (value: unknown): string => AREA[String(value)] ?? s(value);
const RULE: Record<string, string> = { current: "现行", legacy: "原" };
const rule = (value: unknown): string => RULE[String(value)] ?? s(value);
const TIER: Record<string, string> = { "self-care": "全自理", partial: "半护理", full: "全护理" };
const ROUTE: Record<string, string> = { "registered-poor": "未脱贫建档立卡贫困户", "near-dibao": "低保边缘家庭", "adult-severe-disability": "成年无业重度残疾人" };
const CATEGORY: Record<string, string> = {
  "severely-disabled": "一至二级重残人员",
  "serious-illness": "患有重大疾病人员",
  "aged-70-plus": "70岁以上老人",
  "preschool-child": "学龄前儿童",
  student: "在校学生",
  disabled: "残疾人员",
};
const GROUND: Record<string, string> = { aged: "60周岁以上", minor: "未满16周岁", disability: "残疾等级", continuation: "继续享受救助供养" };
const list = (value: unknown, names: Record<string, string>): string => (Array.isArray(value) ? value.map((item) => names[String(item)] ?? String(item)).join("、") : s(value));
const own = (v: Values): string => `${s(v.memberId)}本人可计收入每月${yuan(v.ownMonthlyIncome)}`;

export const zhCN: MessageTable = {
  lang: "zh-CN",
  reasons: {
    "household.counted-members": {
      any: (v) =>
        `计入共同生活家庭成员${s(v.countedMembers)}人` +
        (Array.isArray(v.excludedMemberIds) && v.excludedMemberIds.length > 0 ? `；不计入：${s(v.excludedMemberIds)}（${s(v.exclusionReasons)}）` : "") +
        "。",
    },
    "dibao.income-test": {
      met: (v) => `家庭月人均收入${yuan(v.perCapitaMonthlyIncome)}（合计${yuan(v.countableMonthlyIncome)}÷${s(v.countedMembers)}人）低于${area(v.area)}低保标准${yuan(v.standard)}。`,
      "not-met": (v) => `家庭月人均收入${yuan(v.perCapitaMonthlyIncome)}（合计${yuan(v.countableMonthlyIncome)}÷${s(v.countedMembers)}人）不低于${area(v.area)}低保标准${yuan(v.standard)}。`,
    },
    "dibao.property-test": {
      met: () => "家庭财产状况符合规定。",
      "not-met": () => "家庭财产状况不符合规定。",
      unknown: () => "未提供家庭财产状况核查结论。",
    },
    "dibao.amount": {
      any: (v) =>
        `月保障金${yuan(v.monthlyAmount)}：标准×人数${yuan(v.standardTimesMembers)}−家庭收入${yuan(v.countableMonthlyIncome)}＝${yuan(v.baseAmount)}，另加分类重点救助${yuan(v.topUpTotal)}；自${s(v.paymentStart)}起发放。`,
    },
    "dibao.stop": { any: (v) => `自${s(v.stopFrom)}起停发最低生活保障金；以上理由即为书面说明。` },
    "top-up.member": { any: (v) => `${s(v.memberId)}（${s(v.age)}周岁）分类重点救助每月${yuan(v.amount)}（${list(v.categories, CATEGORY)}）。` },
    "gradual-exit.legacy-scope": {
      met: (v) => `2020年9月7日前渐退仅适用于农村建档立卡贫困户：本户为${area(v.area)}，登记状态“${s(v.povertyRegistration)}”。`,
      "not-met": (v) => `2020年9月7日前渐退仅适用于农村建档立卡贫困户：本户为${area(v.area)}，登记状态“${s(v.povertyRegistration)}”，不适用。`,
    },
    "gradual-exit.bound": {
      met: (v) =>
        `家庭月人均收入${yuan(v.perCapitaMonthlyIncome)}不低于低保标准${yuan(v.standard)}，但低于${s(v.multiple)}倍标准（${yuan(v.upperBound)}），适用${rule(v.rule)}渐退规定。` +
        (v.incomeEqualsStandard === true ? "收入恰等于标准，按解释INT-5纳入渐退期。" : ""),
      "not-met": (v) =>
        v.incomeEqualsStandard === true
          ? `家庭月人均收入恰等于低保标准${yuan(v.standard)}；未采用解释INT-5，不给予渐退期。`
          : `家庭月人均收入${yuan(v.perCapitaMonthlyIncome)}不低于${s(v.multiple)}倍标准（${yuan(v.upperBound)}），不给予渐退期。`,
    },
    "gradual-exit.property-test": {
      met: () => "家庭财产状况符合规定，可给予渐退期。",
      "not-met": () => "家庭财产状况不符合规定，不给予渐退期。",
      unknown: () => "未提供家庭财产状况核查结论，渐退期需以此为条件。",
    },
    "gradual-exit.window": { any: (v) => `给予${s(v.months)}个月渐退期：${s(v.start)}至${s(v.end)}（${rule(v.rule)}规定）。` },
    "gradual-exit.kept-amount": {
      met: (v) => `渐退期内继续按现月保障金${yuan(v.monthlyAmount)}发放（INT-6）。`,
      unknown: () => "渐退期内继续按现保障金发放，但未提供现月保障金（status.dibao.monthlyAmount）（INT-6）。",
    },
    "gradual-exit.window-in-progress": { any: (v) => `渐退期${s(v.start)}至${s(v.end)}正在执行，收入变化不影响其执行至期满（INT-7）。` },
    "gradual-exit.window-superseded": { any: (v) => `家庭人均收入重新低于标准，渐退期（${s(v.start)}至${s(v.end)}）结束，恢复正常低保（INT-7）。` },
    "gradual-exit.window-already-used": { any: (v) => `本户已享受渐退期（${s(v.previousStart)}至${s(v.previousEnd)}），不连续再次给予（INT-7）。` },
    "single-person.severity": {
      met: (v) => `${s(v.memberId)}属重度残疾人或重病患者（残疾类别${s(v.disabilityCategory)}、等级${s(v.disabilityGrade)}，重特大疾病${v.seriousIllness === true ? "是" : "否"}）。`,
      "not-met": (v) => `${s(v.memberId)}不属重度残疾人或重病患者。`,
    },
    "single-person.household-not-eligible": {
      met: () => "申请家庭整体不符合低保条件，可单独纳入成员。",
      "not-met": () => "申请家庭整体符合低保条件，不得仅将个别家庭成员纳入低保。",
      unknown: () => "家庭整体是否符合低保条件尚不能确定（缺少财产核查结论）。",
    },
    "single-person.registered-poor.registration": {
      met: () => "本户为未脱贫建档立卡贫困户：不再核对家庭经济状况。",
      "not-met": (v) => `建档立卡途径：本户登记状态为“${s(v.povertyRegistration)}”，不是未脱贫。`,
    },
    "single-person.registered-poor.own-income": {
      met: (v) => `${own(v)}，低于低保标准${yuan(v.standard)}。`,
      "not-met": (v) => `${own(v)}，不低于低保标准${yuan(v.standard)}。`,
    },
    "single-person.near-dibao.in-force": { any: (v) => `${s(v.asOf)}时低保边缘家庭“单人户”规定尚未施行（自2020年9月7日起）。` },
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
    "single-person.adult-severe-disability.in-force": { any: (v) => `${s(v.asOf)}时成年无业重度残疾人“单人户”规定尚未施行（自2022年10月20日起）。` },
    "single-person.adult-severe-disability.person": {
      met: (v) => `${s(v.memberId)}已成年（${s(v.age)}周岁）、无业、重度残疾。`,
      "not-met": (v) => `成年无业重度残疾人途径：${s(v.memberId)}${s(v.age)}周岁，就业${v.employed === true ? "是" : v.employed === false ? "否" : "未知"}，重度残疾${v.severelyDisabled === true ? "是" : "否"}。`,
      unknown: (v) => `成年无业重度残疾人途径：未提供${s(v.memberId)}是否就业。`,
    },
    "single-person.adult-severe-disability.own-income": {
      met: (v) => `${own(v)}（兄弟姐妹或60周岁以上老年人给付的供养费用不计入），低于低保标准${yuan(v.standard)}。`,
      "not-met": (v) => `${own(v)}（兄弟姐妹或60周岁以上老年人给付的供养费用不计入），不低于低保标准${yuan(v.standard)}。`,
    },
    "single-person.amount": {
      any: (v) => `参照单人户：标准${yuan(v.standard)}−本人收入${yuan(v.ownMonthlyIncome)}＝${yuan(v.baseAmount)}，加分类重点救助${yuan(v.topUp)}，每月${yuan(v.monthlyAmount)}（INT-8）。`,
    },
    "special-hardship.no-capacity": {
      met: (v) => `${s(v.memberId)}无劳动能力（${s(v.age)}周岁；依据：${list(v.grounds, GROUND)}）。`,
      "not-met": (v) => `${s(v.memberId)}（${s(v.age)}周岁，残疾类别${s(v.disabilityCategory)}、等级${s(v.disabilityGrade)}）不符合无劳动能力的情形。`,
    },
    "special-hardship.orphan-choice": {
      met: () => "该未成年人未选择孤儿、事实无人抚养儿童基本生活保障。",
      "not-met": () => "该未成年人已选择孤儿、事实无人抚养儿童基本生活保障，不再认定为特困人员。",
    },
    "special-hardship.own-income": {
      met: (v) => `${s(v.memberId)}本人收入${yuan(v.ownMonthlyIncome)}低于低保标准${yuan(v.standard)}。`,
      "not-met": (v) => `${s(v.memberId)}本人收入${yuan(v.ownMonthlyIncome)}不低于低保标准${yuan(v.standard)}。`,
    },
    "special-hardship.own-property": {
      met: (v) => `${s(v.memberId)}本人财产符合特困人员财产状况规定。`,
      "not-met": (v) => `${s(v.memberId)}本人财产不符合特困人员财产状况规定。`,
      unknown: (v) => `未提供${s(v.memberId)}本人财产是否符合规定。`,
    },
    "special-hardship.no-able-supporter": {
      met: (v) => (v.supporters === 0 ? `${s(v.memberId)}无法定赡养、抚养、扶养义务人。` : `${s(v.memberId)}的法定义务人均无履行义务能力。`),
      "not-met": (v) => `${s(v.memberId)}有具备履行义务能力的法定义务人。`,
      unknown: (v) => (v.supporters === null ? `未提供${s(v.memberId)}的法定义务人情况。` : `${s(v.memberId)}的法定义务人是否有履行义务能力尚不能确定。`),
    },
    "special-hardship.basic": { any: (v) => `基本生活标准每月${yuan(v.basicMonthly)}，自${s(v.supportStart)}起给予。` },
    "special-hardship.care-tier": {
      met: (v) => `6项日常生活指标中${s(v.adlFailed)}项不能达到：${TIER[String(v.careTier)] ?? s(v.careTier)}，照料护理补贴每月${yuan(v.careMonthly)}。`,
      unknown: (v) => `未提供${s(v.memberId)}生活自理能力评估，照料护理补贴无法确定。`,
    },
  },
  warnings: {
    "W-PARAMETER-DATE-ESTIMATED": (v) => `所用参数的起始日期系估计，本评估日期落在其不确定区间内：${s(v.parameters)}。`,
    "W-PARAMETERS-MAY-BE-STALE": (v) => `所用参数最后确认施行已逾12个月，可能已调整：${s(v.parameters)}。`,
    "W-BASIC-PENSION-EXCLUSION-ASSUMED": () => "城乡居民基本养老保险基础养老金不计入收入，但该日期不在规定明确的期间内（INT-3）。",
    "W-INTERPRETATION": (v) => `解释改变了结果：${s(v.interpretations)}。`,
    "W-OVERLAP-SPECIAL-HARDSHIP-DIBAO": (v) => `同时符合特困人员救助供养和低保（家庭或单人户）：${s(v.memberIds)}；由经办人员做好衔接。`,
  },
  labels: {
    title: "社会救助审核结果",
    asOf: "评估日期",
    household: "家庭",
    dibao: "最低生活保障（低保）",
    referrals: "单人户（分户）",
    specialHardship: "特困人员救助供养",
    warnings: "提示",
    clauses: "引用条款",
    noReferrals: "无单独纳入的成员。",
    noWarnings: "无。",
    outcome: { met: "符合", "not-met": "不符合", unknown: "未知" },
    missing: "缺少",
    interpretations: "解释",
    engine: "引擎",
    figures: (v) =>
      `计入${s(v.countedMembers)}人；家庭月可计收入${yuan(v.countableMonthlyIncome)}，人均${yuan(v.perCapitaMonthlyIncome)}；低保标准${yuan(v.standard)}` +
      (v.nearDibaoLine === null ? "。" : `；低保边缘线${yuan(v.nearDibaoLine)}。`),
    dibaoStatus: (v) =>
      ({
        eligible: `符合条件：每月${yuan(v.monthlyAmount)}（基本${yuan(v.baseAmount)}），自${s(v.paymentStart)}起发放。`,
        ineligible: v.stopFrom === null ? "不符合条件。" : `不符合条件：自${s(v.stopFrom)}起停发。`,
        "gradual-exit": `渐退：${s(v.windowStart)}至${s(v.windowEnd)}继续每月发放${yuan(v.monthlyAmount)}（${rule(v.windowRule)}规定）。`,
        "needs-review": "需人工复核：缺少作出决定所需的事实。",
      })[String(v.status)] ?? String(v.status),
    referral: (v) =>
      v.status === "refer"
        ? `${s(v.memberId)}：可参照单人户申请低保（${ROUTE[String(v.route)] ?? s(v.route)}），每月${yuan(v.monthlyAmount)}。`
        : `${s(v.memberId)}：单人户需人工复核（${ROUTE[String(v.route)] ?? s(v.route)}）。`,
    specialHardshipEntry: (v) =>
      v.status === "eligible"
        ? `${s(v.memberId)}：符合——基本生活${yuan(v.basicMonthly)}，照料护理${v.careMonthly === null ? "待定" : yuan(v.careMonthly)}${v.careTier === null ? "" : `（${TIER[String(v.careTier)] ?? s(v.careTier)}）`}，自${s(v.supportStart)}起。`
        : `${s(v.memberId)}：${v.status === "ineligible" ? "不符合" : "需人工复核"}。`,
    applicationNote: "单人户为转介而非批准，须经本人申请。",
  },
};
