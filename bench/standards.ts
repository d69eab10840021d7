/**
 * The few Chongqing figures the comparison implementations need (R1 standards, R5 top-ups), copied by
 * hand from `docs/parameters.md` rather than imported from the library: an implementation
 * that borrowed the library's parameter code would not be an independent check of it.
 */

/** Dibao standards (元/人/月) by start date, newest last (`docs/parameters.md`, series dibao.standard.urban and dibao.standard.rural). */
export const STANDARDS: ReadonlyArray<{ readonly from: string; readonly urban: string; readonly rural: string }> = [
  { from: "2018-01-01", urban: "546", rural: "410" },
  { from: "2019-07-01", urban: "580", rural: "440" },
  { from: "2020-09-01", urban: "620", rural: "496" },
  { from: "2021-09-01", urban: "636", rural: "515" },
  { from: "2022-09-01", urban: "717", rural: "581" },
  { from: "2023-09-01", urban: "735", rural: "600" },
  { from: "2024-09-01", urban: "750", rural: "610" },
  { from: "2025-07-01", urban: "770", rural: "630" },
];

/** The standard in force on `asOf` (ISO dates compare as text). */
export function standardOn(area: string, asOf: string): string {
  for (let index = STANDARDS.length - 1; index >= 0; index--) {
    const row = STANDARDS[index];
    if (row !== undefined && row.from <= asOf) return area === "urban" ? row.urban : row.rural;
  }
  throw new RangeError(`no standard before ${STANDARDS[0]?.from ?? "?"}: ${asOf}`);
}

/** Classified top-ups (`docs/parameters.md`, the dibao.top-up.* series), unchanged since 2018. */
export const TOP_UP = { disabled: "40", severelyDisabled: "60", seriousIllness: "60", aged: "60", childOrStudent: "100", agedMinAge: 70, preschoolMaxAge: 6 } as const;

/** Income kinds not countable for dibao (`docs/rules.md` R0; `docs/contract.md` income kinds). */
export const NOT_COUNTABLE = new Set(["preferential-care", "family-planning", "scholarship", "heroism-reward", "social-assistance", "basic-pension"]);

/** Full years (周岁) on `asOf`; a 29 February birthday comes on 1 March in a common year (INT-1). */
export function ageOn(birthDate: string, asOf: string): number {
  const by = Number(birthDate.slice(0, 4));
  const bm = Number(birthDate.slice(5, 7));
  const bd = Number(birthDate.slice(8, 10));
  const ay = Number(asOf.slice(0, 4));
  const am = Number(asOf.slice(5, 7));
  const ad = Number(asOf.slice(8, 10));
  return ay - by - (am < bm || (am === bm && ad < bd) ? 1 : 0);
}

/**
 * Gradual exit from 2020-09-07 (`docs/parameters.md`, series gradual-exit.bound, gradual-exit.months): per-capita income below 1.5 × the
 * standard gives a window. The legacy rule before that date is not copied: the bench dates its
 * households from 2023.
 */
export const GRADUAL_EXIT = { from: "2020-09-07", bound: "1.5" } as const;
