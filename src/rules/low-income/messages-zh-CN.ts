/** 中文说明: low-income tiers (低保边缘家庭、刚性支出困难家庭). */
import type { Values } from "../messages.js";
import type { ProgrammeMessages } from "../programme.js";
import { date, s, yuan, DIBAO_STATUS } from "../text/zh-CN.js";
import type { LowIncomeLabels } from "./labels.js";

const TIER_NAME: Record<string, string> = { "dibao-edge": "低保边缘家庭", "rigid-expenditure": "刚性支出困难家庭" };
const TIER_STATUS: Record<string, string> = { member: "属于", "not-member": "不属于", "needs-review": "需人工复核" };
const RESIDENTS: Record<string, string> = { urban: "城镇常住居民", rural: "农村常住居民" };
const tierName = (value: unknown): string => TIER_NAME[String(value)] ?? s(value);
const ids = (value: unknown): string => (Array.isArray(value) && value.length > 0 ? value.join("、") : "");
const from = (v: Values): string => (v.from === null || v.from === undefined ? "" : `（自${date(v.from)}起施行）`);

/** What already covers the household, for R7b's first condition. */
function coverage(v: Values): string {
  const parts: string[] = [];
  if (v.dibaoStatus === "eligible") parts.push("符合低保条件");
  if (v.dibaoStatus === "gradual-exit") parts.push("处于低保渐退期");
  if (v.dibaoEdgeStatus === "member") parts.push("已认定为低保边缘家庭");
  if (ids(v.supportedMemberIds) !== "") parts.push(`成员${ids(v.supportedMemberIds)}正在享受特困人员救助供养`);
  if (ids(v.specialHardshipEligibleIds) !== "") parts.push(`成员${ids(v.specialHardshipEligibleIds)}符合特困人员救助供养条件`);
  return parts.join("；");
}

/** The ratio test's figures: expenditure against 12 months of income. */
const share = (v: Values): string => `近12个月刚性支出${yuan(v.rigidExpenditure)}，占家庭总收入${yuan(v.annualIncome)}（月可计收入×12）的${s(v.rigidExpenditureRatio)}`;

export const zhCN: ProgrammeMessages<LowIncomeLabels> = {
  reasons: {
    "low-income.not-in-force": {
      any: (v) => `评估日期${date(v.asOf)}时${tierName(v.tier)}认定尚未施行${from(v)}，不作认定。`,
    },
    "low-income.dibao-edge.in-dibao": {
      met: () => "本户不在低保范围内：低保审核结果为不符合，也没有渐退期。",
      "not-met": (v) =>
        v.dibaoStatus === "gradual-exit"
          ? "本户处于低保渐退期，仍属低保家庭，不认定为低保边缘家庭。"
          : v.dibaoStatus === "eligible"
            ? "本户符合低保条件，属低保家庭，不认定为低保边缘家庭。"
            : `本户属低保家庭（${DIBAO_STATUS[String(v.dibaoStatus)] ?? s(v.dibaoStatus)}），不认定为低保边缘家庭。`,
      unknown: () => "本户是否符合低保尚待人工复核，暂不能确定是否在低保范围之外。",
    },
    "low-income.dibao-edge.income": {
      met: (v) => `家庭月人均收入${yuan(v.perCapitaMonthlyIncome)}不低于低保标准${yuan(v.standard)}，且低于${s(v.multiple)}倍低保标准${yuan(v.nearDibaoLine)}。`,
      "not-met": (v) =>
        v.incomeBelowStandard === true
          ? `家庭月人均收入${yuan(v.perCapitaMonthlyIncome)}低于低保标准${yuan(v.standard)}，属低保收入范围，不属低保边缘家庭。`
          : `家庭月人均收入${yuan(v.perCapitaMonthlyIncome)}不低于${s(v.multiple)}倍低保标准${yuan(v.nearDibaoLine)}，超出低保边缘家庭的收入范围。`,
    },
    "low-income.dibao-edge.property-test": {
      met: () => "家庭财产状况符合相关规定。",
      "not-met": () => "家庭财产状况不符合相关规定，不属低保边缘家庭。",
      unknown: () => "未提供家庭财产状况核查结论，无法认定低保边缘家庭。",
    },
    "low-income.rigid-expenditure.not-covered": {
      met: () => "本户未纳入低保、特困人员救助供养范围，也未被认定为低保边缘家庭。",
      "not-met": (v) => `本户已在兜底保障或低保边缘家庭范围内（${coverage(v)}），不认定为刚性支出困难家庭。`,
      unknown: (v) =>
        `本户是否已纳入低保、特困人员救助供养或低保边缘家庭尚待人工复核${ids(v.specialHardshipPendingIds) === "" ? "" : `（特困人员救助供养待复核成员：${ids(v.specialHardshipPendingIds)}）`}。`,
    },
    "low-income.rigid-expenditure.income": {
      met: (v) =>
        `家庭年人均收入${yuan(v.annualPerCapitaIncome)}（月人均${yuan(v.perCapitaMonthlyIncome)}×12）低于上年度（${s(v.disposableIncomeYear)}年）当地${RESIDENTS[String(v.area)] ?? s(v.area)}人均可支配收入${yuan(v.disposableIncome)}。`,
      "not-met": (v) =>
        `家庭年人均收入${yuan(v.annualPerCapitaIncome)}（月人均${yuan(v.perCapitaMonthlyIncome)}×12）不低于上年度（${s(v.disposableIncomeYear)}年）当地${RESIDENTS[String(v.area)] ?? s(v.area)}人均可支配收入${yuan(v.disposableIncome)}。`,
      unknown: (v) =>
        `本库未掌握${s(v.disposableIncomeYear)}年当地${RESIDENTS[String(v.area)] ?? s(v.area)}人均可支配收入，无法与家庭年人均收入${yuan(v.annualPerCapitaIncome)}比较；可通过参数提供该年数据。`,
    },
    "low-income.rigid-expenditure.property-test": {
      met: () => "家庭财产状况符合相关规定。",
      "not-met": () => "家庭财产状况不符合相关规定，不属刚性支出困难家庭。",
      unknown: () => "未提供家庭财产状况核查结论，无法认定刚性支出困难家庭。",
    },
    "low-income.rigid-expenditure.ratio": {
      met: (v) =>
        v.rigidExpenditureRatio === null
          ? `近12个月刚性支出${yuan(v.rigidExpenditure)}，家庭总收入为${yuan(v.annualIncome)}，刚性支出占比视为达到规定比例。`
          : `${share(v)}，不低于规定比例${s(v.ratio)}。`,
      "not-met": (v) => (v.rigidExpenditure === "0.00" ? "近12个月没有刚性支出，不符合刚性支出占比条件。" : `${share(v)}，低于规定比例${s(v.ratio)}。`),
      unknown: (v) =>
        v.rigidExpenditure === null
          ? `未提供近12个月刚性支出，无法计算其占家庭总收入${yuan(v.annualIncome)}的比例。`
          : `评估日期时当地刚性支出占比规定尚未施行，本库未掌握规定比例；近12个月刚性支出${yuan(v.rigidExpenditure)}，家庭总收入${yuan(v.annualIncome)}，占比${s(v.rigidExpenditureRatio)}。`,
    },
  },
  labels: {
    heading: "低收入人口分层",
    note: "以下按家庭收入、财产和支出认定低收入人口的层级，供经办人员核实；认定本身不发放救助金。",
    tier: (v) => `${tierName(v.tier)}：${TIER_STATUS[String(v.status)] ?? s(v.status)}。`,
  },
};
