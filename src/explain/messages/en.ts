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
    "W-PARAMETER-DATE-ESTIMATED": (v) => `This assessment date falls inside the uncertainty span of the start of: ${s(v.parameters)}.`,
    "W-PARAMETERS-MAY-BE-STALE": (v) => `Parameters used were last confirmed in force over 12 months before this date and may have changed: ${s(v.parameters)}.`,
    "W-BASIC-PENSION-EXCLUSION-ASSUMED": () => "The residents' basic pension was left out of income on a date the exclusion is not stated for (INT-3).",
    "W-INTERPRETATION": (v) => `${s(v.interpretations)}.`,
    "W-OVERLAP-SPECIAL-HARDSHIP-DIBAO": (v) => `Eligible for extreme-poverty support and also for dibao (household or referral): ${s(v.memberIds)}; the caseworker coordinates the schemes.`,
    "W-CLAUSE-BEFORE-INSTRUMENT": (v) =>
      `Cited for a date before their instrument took effect, standing in for the rule then in force, which the library does not hold: ${s(v.clauseStarts)}. Check the rule in force on this date.`,
  },
  warningTitles: {
    "W-PARAMETER-DATE-ESTIMATED": "Estimated parameter start date",
    "W-PARAMETERS-MAY-BE-STALE": "Parameters may be out of date",
    "W-BASIC-PENSION-EXCLUSION-ASSUMED": "Basic pension exclusion assumed",
    "W-INTERPRETATION": "An interpretation changed the result",
    "W-OVERLAP-SPECIAL-HARDSHIP-DIBAO": "Eligible for both extreme-poverty support and dibao",
    "W-CLAUSE-BEFORE-INSTRUMENT": "Clauses cited before their instrument took effect",
  },
  alternatives: alternativesEn,
  labels: {
    title: "Social-assistance determination",
    asOf: "Assessment date",
    household: "Household",
    warnings: "Warnings",
    clauses: "Authority",
    noWarnings: "None.",
    outcome: { met: "met", "not-met": "not met", unknown: "unknown" },
    missing: "missing",
    interpretations: "interpretations",
    footer: (v) => `Engine: ${s(v.engine)} ${s(v.version)}; parameter set ${s(v.parameterSet)} (${s(v.parameterDigest)}); input digest ${s(v.inputDigest)}`,
    colon: ": ",
    semicolon: "; ",
    jurisdictions: { "CN-CQ": "Chongqing", CN: "national" },
    libraryGist: "(gist: this library's wording)",
    figures: (v) =>
      `${s(v.countedMembers)} counted ${v.countedMembers === 1 ? "member" : "members"}; countable income ${yuan(v.countableMonthlyIncome)} a month, per capita ${yuan(v.perCapitaMonthlyIncome)}; standard ${yuan(v.standard)}` +
      (v.nearDibaoLine === null ? "." : `; near-dibao line ${yuan(v.nearDibaoLine)}.`),
  },
};
