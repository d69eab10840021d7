/** English explanations: dibao. */
import type { ProgrammeMessages } from "../programme.js";
import type { Values } from "../messages.js";
import { s, yuan, count, name, topUpCategories, EXCLUSION, REGISTRATION } from "../text/en.js";
import type { DibaoLabels } from "./labels.js";

/** Each member not counted, with why: "m3 (declared missing)". */
const excluded = (v: Values): string =>
  Array.isArray(v.excludedMemberIds) ? v.excludedMemberIds.map((id, i) => `${s(id)} (${name(EXCLUSION, Array.isArray(v.exclusionReasons) ? v.exclusionReasons[i] : null)})`).join(", ") : "";

/** The legacy rule held until the current one began (`currentRuleFrom`, from the parameters); without that date, "before the current rule". */
const legacyUntil = (v: Values): string => (v.currentRuleFrom == null ? "Before the current rule" : `Before ${s(v.currentRuleFrom)}`);

export const en: ProgrammeMessages<DibaoLabels> = {
  reasons: {
    "household.counted-members": {
      any: (v) =>
        `${count(v.countedMembers, "member", "members")} counted in the household` +
        (Array.isArray(v.excludedMemberIds) && v.excludedMemberIds.length > 0 ? `; not counted: ${excluded(v)}` : "") +
        ".",
    },
    "dibao.income-test": {
      met: (v) => `Per-capita monthly income ${yuan(v.perCapitaMonthlyIncome)} (total ${yuan(v.countableMonthlyIncome)} ÷ ${s(v.countedMembers)}) is below the ${s(v.area)} standard of ${yuan(v.standard)}.`,
      "not-met": (v) => `Per-capita monthly income ${yuan(v.perCapitaMonthlyIncome)} (total ${yuan(v.countableMonthlyIncome)} ÷ ${s(v.countedMembers)}) is not below the ${s(v.area)} standard of ${yuan(v.standard)}.`,
    },
    "dibao.property-test": {
      met: () => "The household's property meets the local rules.",
      "not-met": () => "The household's property does not meet the local rules.",
      unknown: () => "The household's property check finding is not given.",
    },
    "dibao.amount": {
      any: (v) =>
        `Monthly amount ${yuan(v.monthlyAmount)}: standard × members ${yuan(v.standardTimesMembers)} − income ${yuan(v.countableMonthlyIncome)} = ${yuan(v.baseAmount)}, plus top-ups ${yuan(v.topUpTotal)}; paid from ${s(v.paymentStart)}.`,
    },
    "dibao.stop": { any: (v) => `Payment stops from ${s(v.stopFrom)}; these reasons are the written explanation the decision requires.` },
    "top-up.member": { any: (v) => `Classified top-up for ${s(v.memberId)} (age ${s(v.age)}): ${yuan(v.amount)} (${name(topUpCategories(v), v.categories)}).` },
    "gradual-exit.legacy-scope": {
      met: (v) => `${legacyUntil(v)} a window was only for rural registered-poor households: this ${s(v.area)} household is ${name(REGISTRATION, v.povertyRegistration)}.`,
      "not-met": (v) => `${legacyUntil(v)} a window was only for rural registered-poor households: this household is ${s(v.area)} (poverty registration: ${name(REGISTRATION, v.povertyRegistration)}).`,
    },
    "gradual-exit.bound": {
      met: (v) =>
        `Per-capita income ${yuan(v.perCapitaMonthlyIncome)} is not below the standard ${yuan(v.standard)} but below ${s(v.multiple)} × the standard (${yuan(v.upperBound)}): within the ${s(v.rule)} gradual-exit rule.` +
        (v.incomeEqualsStandard === true ? " Income exactly at the standard is taken into the window." : ""),
      "not-met": (v) =>
        v.incomeEqualsStandard === true
          ? `Per-capita income equals the standard ${yuan(v.standard)}; with INT-5 off it gets no window.`
          : `Per-capita income ${yuan(v.perCapitaMonthlyIncome)} is not below ${s(v.multiple)} × the standard (${yuan(v.upperBound)}): no gradual-exit window.`,
    },
    "gradual-exit.property-test": {
      met: () => "The household's property meets the local rules, as a window requires.",
      "not-met": () => "The household's property does not meet the local rules: no window.",
      unknown: () => "The household's property check finding is not given, and a window requires it.",
    },
    "gradual-exit.window": { any: (v) => `Gradual-exit window of ${s(v.months)} months: ${s(v.start)} to ${s(v.end)} (${s(v.rule)} rule).` },
    "gradual-exit.kept-amount": {
      met: (v) => `During the window the household keeps its current amount of ${yuan(v.monthlyAmount)}.`,
      unknown: () => "The household keeps its current amount during the window, but that amount is not given.",
    },
    "gradual-exit.window-in-progress": { any: (v) => `A window from ${s(v.start)} to ${s(v.end)} is running; it runs to its end whatever income does.` },
    "gradual-exit.window-superseded": { any: (v) => `The window from ${s(v.start)} to ${s(v.end)} ends: income is below the standard again, so ordinary dibao applies.` },
    "gradual-exit.window-already-used": { any: (v) => `The household had a window from ${s(v.previousStart)} to ${s(v.previousEnd)}; a second window in a row is not granted.` },
  },
  labels: {
    heading: "Minimum living guarantee (dibao)",
    status: (v) =>
      ({
        eligible: `Eligible: ${yuan(v.monthlyAmount)} a month (base ${yuan(v.baseAmount)}), paid from ${s(v.paymentStart)}.`,
        ineligible: v.stopFrom === null ? "Not eligible." : `Not eligible: payment stops from ${s(v.stopFrom)}.`,
        "gradual-exit": `Gradual exit: keeps ${yuan(v.monthlyAmount)} a month from ${s(v.windowStart)} to ${s(v.windowEnd)} (${s(v.windowRule)} rule).`,
        "needs-review": "Needs review: a fact needed to decide is missing.",
      })[String(v.status)] ?? String(v.status),
  },
};
