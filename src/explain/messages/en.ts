/** English explanations, keyed by reason code. */
import type { MessageTable } from "../types.js";
import { alternativesEn } from "./alternatives-en.js";

const s = (value: unknown): string => (value === null || value === undefined ? "—" : Array.isArray(value) ? value.join(", ") : String(value));
const yuan = (value: unknown): string => `${s(value)} yuan`;

export const en: MessageTable = {
  lang: "en",
  reasons: {
  },
  warnings: {
    "W-PARAMETER-DATE-ESTIMATED": (v) => `A parameter used has an estimated start date around this assessment date: ${s(v.parameters)}.`,
    "W-PARAMETERS-MAY-BE-STALE": (v) => `Parameters used were last confirmed in force over 12 months before this date and may have changed: ${s(v.parameters)}.`,
    "W-BASIC-PENSION-EXCLUSION-ASSUMED": () => "The residents' basic pension was left out of income on a date the exclusion is not stated for (INT-3).",
    "W-INTERPRETATION": (v) => `An interpretation changed the result: ${s(v.interpretations)}.`,
    "W-OVERLAP-SPECIAL-HARDSHIP-DIBAO": (v) => `Eligible for extreme-poverty support and also for dibao (household or referral): ${s(v.memberIds)}; the caseworker coordinates the schemes.`,
  },
  alternatives: alternativesEn,
  labels: {
    title: "Social-assistance determination",
    asOf: "Assessment date",
    household: "Household",
    warnings: "Warnings",
    clauses: "Clauses cited",
    noWarnings: "None.",
    outcome: { met: "met", "not-met": "not met", unknown: "unknown" },
    missing: "missing",
    interpretations: "interpretations",
    engine: "Engine",
    figures: (v) =>
      `${s(v.countedMembers)} counted member(s); countable income ${yuan(v.countableMonthlyIncome)} a month, per capita ${yuan(v.perCapitaMonthlyIncome)}; standard ${yuan(v.standard)}` +
      (v.nearDibaoLine === null ? "." : `; near-dibao line ${yuan(v.nearDibaoLine)}.`),
  },
};
