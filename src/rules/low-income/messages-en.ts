/** English explanations: low-income tiers (dibao-edge, rigid-expenditure hardship). */
import type { Values } from "../messages.js";
import type { ProgrammeMessages } from "../programme.js";
import { s, yuan, name, DIBAO_STATUS } from "../text/en.js";
import type { LowIncomeLabels } from "./labels.js";

const TIER_NAME: Record<string, string> = { "dibao-edge": "Dibao-edge household (低保边缘家庭)", "rigid-expenditure": "Rigid-expenditure hardship household (刚性支出困难家庭)" };
const TIER_STATUS: Record<string, string> = { member: "yes", "not-member": "no", "needs-review": "needs review" };
const RESIDENTS: Record<string, string> = { urban: "urban residents'", rural: "rural residents'" };
const tierName = (value: unknown): string => TIER_NAME[String(value)] ?? s(value);
const ids = (value: unknown): string => (Array.isArray(value) && value.length > 0 ? value.join(", ") : "");
const from = (v: Values): string => (v.from === null || v.from === undefined ? "" : ` (from ${s(v.from)})`);
const residents = (v: Values): string => RESIDENTS[String(v.area)] ?? `${s(v.area)} residents'`;

/** What already covers the household, for R7b's first condition. */
function coverage(v: Values): string {
  const parts: string[] = [];
  if (v.dibaoStatus === "eligible") parts.push("eligible for dibao");
  if (v.dibaoStatus === "gradual-exit") parts.push("in a dibao gradual-exit window");
  if (v.dibaoEdgeStatus === "member") parts.push("a dibao-edge household");
  if (ids(v.supportedMemberIds) !== "") parts.push(`${ids(v.supportedMemberIds)} supported as extreme-poverty persons`);
  if (ids(v.specialHardshipEligibleIds) !== "") parts.push(`${ids(v.specialHardshipEligibleIds)} eligible for extreme-poverty support`);
  return parts.join("; ");
}

/** The ratio test's figures: expenditure against 12 months of income. */
const share = (v: Values): string =>
  `Rigid expenditure over the last 12 months, ${yuan(v.rigidExpenditure)}, is ${s(v.rigidExpenditureRatio)} of household income ${yuan(v.annualIncome)} (12 × the monthly countable income)`;

export const en: ProgrammeMessages<LowIncomeLabels> = {
  reasons: {
    "low-income.not-in-force": {
      any: (v) => `On ${s(v.asOf)} the ${v.tier === "dibao-edge" ? "dibao-edge household" : v.tier === "rigid-expenditure" ? "rigid-expenditure hardship household" : s(v.tier)} tier was not yet in force${from(v)}.`,
    },
    "low-income.dibao-edge.in-dibao": {
      met: () => "The household is not in dibao: not eligible, and no gradual-exit window.",
      "not-met": (v) =>
        v.dibaoStatus === "gradual-exit"
          ? "The household is in a gradual-exit window and so still a dibao household, not a dibao-edge household."
          : v.dibaoStatus === "eligible"
            ? "The household is eligible for dibao, so it is a dibao household, not a dibao-edge household."
            : `The household is a dibao household (${name(DIBAO_STATUS, v.dibaoStatus)}), not a dibao-edge household.`,
      unknown: () => "Whether the household is eligible for dibao needs review, so whether it is outside dibao is not known yet.",
    },
    "low-income.dibao-edge.income": {
      met: (v) => `Per-capita income ${yuan(v.perCapitaMonthlyIncome)} is not below the standard ${yuan(v.standard)} and below ${s(v.multiple)} × the standard (${yuan(v.nearDibaoLine)}).`,
      "not-met": (v) =>
        v.incomeBelowStandard === true
          ? `Per-capita income ${yuan(v.perCapitaMonthlyIncome)} is below the standard ${yuan(v.standard)}: dibao income, not a dibao-edge household.`
          : `Per-capita income ${yuan(v.perCapitaMonthlyIncome)} is not below ${s(v.multiple)} × the standard (${yuan(v.nearDibaoLine)}): above the dibao-edge income range.`,
    },
    "low-income.dibao-edge.property-test": {
      met: () => "The household's property meets the rules.",
      "not-met": () => "The household's property does not meet the rules: not a dibao-edge household.",
      unknown: () => "The household's property check finding is not given; the dibao-edge tier needs it.",
    },
    "low-income.rigid-expenditure.not-covered": {
      met: () => "The household is not in dibao or extreme-poverty support, and is not a dibao-edge household.",
      "not-met": (v) => `The household is already covered (${coverage(v)}): not a rigid-expenditure hardship household.`,
      unknown: (v) =>
        `Whether the household is in dibao, extreme-poverty support or the dibao-edge tier needs review${ids(v.specialHardshipPendingIds) === "" ? "" : ` (extreme-poverty support to review: ${ids(v.specialHardshipPendingIds)})`}.`,
    },
    "low-income.rigid-expenditure.income": {
      met: (v) =>
        `Annual per-capita income ${yuan(v.annualPerCapitaIncome)} (${yuan(v.perCapitaMonthlyIncome)} a month × 12) is below the local ${residents(v)} per-capita disposable income of last year (${s(v.disposableIncomeYear)}), ${yuan(v.disposableIncome)}.`,
      "not-met": (v) =>
        `Annual per-capita income ${yuan(v.annualPerCapitaIncome)} (${yuan(v.perCapitaMonthlyIncome)} a month × 12) is not below the local ${residents(v)} per-capita disposable income of last year (${s(v.disposableIncomeYear)}), ${yuan(v.disposableIncome)}.`,
      unknown: (v) =>
        `The library does not hold the local ${residents(v)} per-capita disposable income for ${s(v.disposableIncomeYear)}, to compare with annual per-capita income ${yuan(v.annualPerCapitaIncome)}; supply it as a parameter.`,
    },
    "low-income.rigid-expenditure.property-test": {
      met: () => "The household's property meets the rules.",
      "not-met": () => "The household's property does not meet the rules: not a rigid-expenditure hardship household.",
      unknown: () => "The household's property check finding is not given; the rigid-expenditure tier needs it.",
    },
    "low-income.rigid-expenditure.ratio": {
      met: (v) =>
        v.rigidExpenditureRatio === null
          ? `Rigid expenditure over the last 12 months is ${yuan(v.rigidExpenditure)} against household income of ${yuan(v.annualIncome)}: the share is taken as reached.`
          : `${share(v)}: not below the local share ${s(v.ratio)}.`,
      "not-met": (v) => (v.rigidExpenditure === "0.00" ? "No rigid expenditure over the last 12 months: the share is not reached." : `${share(v)}: below the local share ${s(v.ratio)}.`),
      unknown: (v) =>
        v.rigidExpenditure === null
          ? `Rigid expenditure over the last 12 months is not given, so its share of household income ${yuan(v.annualIncome)} is not known.`
          : `On the assessment date the local share was not yet in force (the library holds none): rigid expenditure ${yuan(v.rigidExpenditure)} against household income ${yuan(v.annualIncome)}, a share of ${s(v.rigidExpenditureRatio)}.`,
    },
  },
  labels: {
    heading: "Low-income tiers",
    note: "The tiers of the low-income population, decided from the household's income, property and expenditure, for a caseworker to verify; being in a tier pays nothing by itself.",
    tier: (v) => `${tierName(v.tier)}: ${TIER_STATUS[String(v.status)] ?? s(v.status)}.`,
  },
};
