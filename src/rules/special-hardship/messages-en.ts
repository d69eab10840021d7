/** English explanations: special-hardship. */
import type { ProgrammeMessages } from "../programme.js";
import type { Values } from "../messages.js";
import { s, yuan, own, disability, name, CARE_TIER } from "../text/en.js";
import type { SpecialHardshipLabels } from "./labels.js";
import { supporterMessagesEn } from "./supporter-messages-en.js";

/** Grounds of no capacity to work (shp-identification-2021/art-5); the ages come from the reason's values. */
const grounds = (v: Values): Record<string, string> => ({
  aged: `aged ${s(v.elderlyAge)} or over`,
  minor: `under ${s(v.minorAge)}`,
  disability: "disability grade",
  continuation: "support continued",
});

export const en: ProgrammeMessages<SpecialHardshipLabels> = {
  reasons: {
    "special-hardship.no-capacity": {
      met: (v) => `${s(v.memberId)} has no capacity to work (age ${s(v.age)}; grounds: ${name(grounds(v), v.grounds)}).`,
      "not-met": (v) => `${s(v.memberId)} (age ${s(v.age)}, ${disability(v.disabilityCategory, v.disabilityGrade)}) meets no ground of no capacity to work.`,
    },
    "special-hardship.orphan-choice": {
      met: () => "The minor has not chosen orphan support instead.",
      "not-met": () => "The minor has chosen orphan (or de facto unsupported child) support, so is not an extreme-poverty person.",
    },
    "special-hardship.own-income": {
      met: (v) => `${s(v.memberId)}'s own income ${yuan(v.ownMonthlyIncome)} is below the standard ${yuan(v.standard)}.`,
      "not-met": (v) => `${s(v.memberId)}'s own income ${yuan(v.ownMonthlyIncome)} is not below the standard ${yuan(v.standard)}.`,
    },
    "special-hardship.own-property": {
      met: (v) => `${s(v.memberId)}'s own property meets the extreme-poverty rules.`,
      "not-met": (v) => `${s(v.memberId)}'s own property does not meet the extreme-poverty rules.`,
      unknown: (v) => `Whether ${s(v.memberId)}'s own property meets the rules is not given.`,
    },
    ...supporterMessagesEn,
    "special-hardship.basic": { any: (v) => `Basic standard ${yuan(v.basicMonthly)} a month, from ${s(v.supportStart)}.` },
    "special-hardship.care-tier": {
      met: (v) => `${s(v.adlFailed)} of 6 daily activities failed: ${name(CARE_TIER, v.careTier)}, care subsidy ${yuan(v.careMonthly)} a month.`,
      unknown: (v) => `The self-care assessment of ${s(v.memberId)} is not given, so the care subsidy is not known.`,
    },
  },
  labels: {
    heading: "Extreme-poverty support",
    entry: (v) =>
      v.status === "eligible"
        ? `${s(v.memberId)}: eligible — basic ${yuan(v.basicMonthly)}, care ${v.careMonthly === null ? "not known" : yuan(v.careMonthly)}${v.careTier === null ? "" : ` (${name(CARE_TIER, v.careTier)})`}, from ${s(v.supportStart)}.`
        : `${s(v.memberId)}: ${v.status === "ineligible" ? "not eligible" : "needs review"}.`,
  },
};
