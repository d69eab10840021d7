/** Shared pieces of the English prose: money, lists and names of enum values. */
import type { Values } from "../messages.js";

export const s = (value: unknown): string => (value === null || value === undefined ? "—" : Array.isArray(value) ? value.join(", ") : String(value));
export const yuan = (value: unknown): string => `${s(value)} yuan`;
/** A value named from a table; "not given" when it is not; a value the table lacks, as given. A list is named item by item. */
export const name = (names: Record<string, string>, value: unknown): string =>
  value === null || value === undefined ? "not given" : Array.isArray(value) ? value.map((item) => names[String(item)] ?? String(item)).join(", ") : (names[String(value)] ?? s(value));
/** "1 member", "4 members". */
export const count = (n: unknown, one: string, many: string): string => `${s(n)} ${n === 1 ? one : many}`;
export const DISABILITY: Record<string, string> = { physical: "physical", visual: "visual", hearing: "hearing", speech: "speech", intellectual: "intellectual", mental: "mental", multiple: "multiple" };
/** A disability from `disabilityCategory` and `disabilityGrade`: "physical disability, grade 1"; "no disability recorded" when none is given. */
export const disability = (category: unknown, grade: unknown): string =>
  category === null || category === undefined ? "no disability recorded" : `${name(DISABILITY, category)} disability${grade === null || grade === undefined ? "" : `, grade ${s(grade)}`}`;
/** Poverty registration (建档立卡, `povertyRegistration`). */
export const REGISTRATION: Record<string, string> = {
  none: "not registered",
  unlifted: "registered poor, not lifted",
  lifted: "lifted from poverty",
  "lifted-unstable": "lifted but unstable",
  edge: "at the edge of poverty",
};
/** Why a member is not counted (`excluded`, mlg-review-2021/art-7). */
export const EXCLUSION: Record<string, string> = {
  "clergy-away-3-years": "clergy living away for 3 years or more",
  imprisoned: "in prison",
  "compulsory-rehabilitation": "in compulsory drug rehabilitation",
  "declared-missing": "declared missing",
};
export const DIBAO_STATUS: Record<string, string> = { eligible: "eligible", ineligible: "not eligible", "gradual-exit": "in a gradual-exit window", "needs-review": "needs review" };
/** Single-person routes (`route`). */
export const ROUTE: Record<string, string> = { "registered-poor": "registered poor", "near-dibao": "near-dibao household", "adult-severe-disability": "adult severely disabled, not employed" };
/** Care tiers (`careTier`). */
export const CARE_TIER: Record<string, string> = { "self-care": "fully self-caring", partial: "partly unable to care for themselves", full: "wholly unable to care for themselves" };
/** A grade list of the values ("any:2", "intellectual:3") in words: "grade 1–2, intellectual grade 1–3". */
export const grades = (value: unknown): string =>
  Array.isArray(value)
    ? value
        .map((entry) => {
          const [category = "", grade = ""] = String(entry).split(":");
          const range = grade === "1" ? "grade 1" : `grade 1–${grade}`;
          return category === "any" ? range : `${name(DISABILITY, category)} ${range}`;
        })
        .join(", ")
    : "";
/** Names of the top-up categories; the age and grades in them come from the reason's values (`agedMinAge`, `severeDisabilityGrades`). */
export const topUpCategories = (v: Values): Record<string, string> => ({
  "severely-disabled": `severely disabled (${grades(v.severeDisabilityGrades)})`,
  "serious-illness": "major illness",
  "aged-70-plus": `aged ${s(v.agedMinAge)} or over`,
  "preschool-child": "preschool child",
  student: "student",
  disabled: "disabled",
});
export const yesNo = (value: unknown): string => (value === true ? "yes" : value === false ? "no" : "not given");
/** A supporter listed in the input (`supporters[0]`) named in words: "listed supporter 1"; a member id as given. */
export const person = (value: unknown): string => {
  const listed = /^supporters\[(\d+)\]$/.exec(String(value));
  return listed === null ? s(value) : `listed supporter ${Number(listed[1]) + 1}`;
};
export const people = (value: unknown): string => (Array.isArray(value) ? value.map(person).join(", ") : person(value));
export const own = (v: Values): string => `Own countable income of ${s(v.memberId)} is ${yuan(v.ownMonthlyIncome)} a month`;
