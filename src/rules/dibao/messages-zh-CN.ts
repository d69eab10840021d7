/** 中文说明: dibao. */
import type { ProgrammeMessages } from "../programme.js";
import type { Values } from "../messages.js";
import { s, yuan, area, rule, date, topUpCategories, list, name, EXCLUSION, REGISTRATION } from "../text/zh-CN.js";
import type { DibaoLabels } from "./labels.js";

/** 不计入的成员及其情形，逐人写出：m3（宣告失踪）。 */
const excluded = (v: Values): string =>
  Array.isArray(v.excludedMemberIds) ? v.excludedMemberIds.map((id, i) => `${s(id)}（${name(EXCLUSION, Array.isArray(v.exclusionReasons) ? v.exclusionReasons[i] : null)}）`).join("、") : "";

/** 原渐退规定施行至现行规定开始之日（`currentRuleFrom`，取自参数）；未载明该日期时说“现行规定施行前”。 */
const legacyUntil = (v: Values): string => (v.currentRuleFrom == null ? "现行规定施行前" : `${date(v.currentRuleFrom)}前`);

export const zhCN: ProgrammeMessages<DibaoLabels> = {
  reasons: {
    "household.counted-members": {
      any: (v) =>
        `计入共同生活家庭成员${s(v.countedMembers)}人` +
        (Array.isArray(v.excludedMemberIds) && v.excludedMemberIds.length > 0 ? `；不计入：${excluded(v)}` : "") +
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
    "top-up.member": { any: (v) => `${s(v.memberId)}（${s(v.age)}周岁）分类重点救助每月${yuan(v.amount)}（${list(v.categories, topUpCategories(v))}）。` },
    "gradual-exit.legacy-scope": {
      met: (v) => `${legacyUntil(v)}渐退仅适用于农村建档立卡贫困户：本户为${area(v.area)}，建档立卡状态为“${name(REGISTRATION, v.povertyRegistration)}”。`,
      "not-met": (v) => `${legacyUntil(v)}渐退仅适用于农村建档立卡贫困户：本户为${area(v.area)}，建档立卡状态为“${name(REGISTRATION, v.povertyRegistration)}”，不适用。`,
    },
    "gradual-exit.bound": {
      met: (v) =>
        `家庭月人均收入${yuan(v.perCapitaMonthlyIncome)}不低于低保标准${yuan(v.standard)}，但低于${s(v.multiple)}倍标准（${yuan(v.upperBound)}），适用${rule(v.rule)}渐退规定。` +
        (v.incomeEqualsStandard === true ? "收入恰等于标准，纳入渐退期。" : ""),
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
      met: (v) => `渐退期内继续按当前每月保障金${yuan(v.monthlyAmount)}发放。`,
      unknown: () => "渐退期内继续按当前保障金发放，但未提供当前每月保障金。",
    },
    "gradual-exit.window-in-progress": { any: (v) => `渐退期${s(v.start)}至${s(v.end)}正在执行，收入变化不影响其执行至期满。` },
    "gradual-exit.window-superseded": { any: (v) => `家庭人均收入重新低于标准，渐退期（${s(v.start)}至${s(v.end)}）结束，恢复正常低保。` },
    "gradual-exit.window-already-used": { any: (v) => `本户已享受渐退期（${s(v.previousStart)}至${s(v.previousEnd)}），不连续再次给予。` },
  },
  labels: {
    heading: "最低生活保障（低保）",
    status: (v) =>
      ({
        eligible: `符合条件：每月${yuan(v.monthlyAmount)}（基本${yuan(v.baseAmount)}），自${s(v.paymentStart)}起发放。`,
        ineligible: v.stopFrom === null ? "不符合条件。" : `不符合条件：自${s(v.stopFrom)}起停发。`,
        "gradual-exit": `渐退：${s(v.windowStart)}至${s(v.windowEnd)}继续每月发放${yuan(v.monthlyAmount)}（${rule(v.windowRule)}规定）。`,
        "needs-review": "需人工复核：缺少作出决定所需的事实。",
      })[String(v.status)] ?? String(v.status),
  },
};
