/**
 * The interpretations (INT-n) the library chose where the text is ambiguous (`docs/rules.md`). Each is named
 * in the reasons it decides. Those marked `switchable` can be turned off per call with the
 * `interpretations` option, which applies the alternative reading described here.
 */
export const INTERPRETATION_IDS = ["INT-1", "INT-2", "INT-3", "INT-4", "INT-5", "INT-6", "INT-7", "INT-8", "INT-9", "INT-10", "INT-11", "INT-12", "INT-13", "INT-14", "INT-15", "INT-23", "INT-24"] as const;
export type InterpretationId = (typeof INTERPRETATION_IDS)[number];

export interface Interpretation {
  readonly id: InterpretationId;
  readonly summary: string;
  /** What turning it off does; `undefined` when it cannot be turned off. */
  readonly alternative: string | undefined;
  /**
   * Contested: a reasonable reader could take the other reading, so W-INTERPRETATION names it wherever
   * it changed a result (docs/rules.md, "Warnings"). A settled interpretation is still named in the reasons.
   * INT-3 is contested but has its own warning, W-BASIC-PENSION-EXCLUSION-ASSUMED.
   */
  readonly warns: boolean;
}

// `as const`: the switchable ids below are a type, derived from the entries that have an alternative.
export const INTERPRETATIONS = [
  {
    id: "INT-1",
    summary: "A person born on 29 February reaches a new age on 1 March in a year without 29 February.",
    alternative: "Off: on 28 February.",
    // Settled (docs/rules.md "Warnings"): the civil-law reading of a birthday.
    warns: false,
  },
  { id: "INT-2", summary: "Comparisons keep full decimal precision; only amounts paid are rounded, half-up to 0.01 yuan, once, at the end.", alternative: undefined, warns: false },
  {
    id: "INT-3",
    summary: "The basic pension of the residents' scheme stays excluded from dibao income outside 2021-07-01 … 2025-12-31 (the text states it only for the 14th Five-Year Plan), with warning W-BASIC-PENSION-EXCLUSION-ASSUMED.",
    alternative: "Off: the basic pension counts as income outside 2021-07-01 … 2025-12-31.",
    warns: false,
  },
  {
    id: "INT-4",
    summary: "Deductions never take a member's countable income below 0; they do not reduce other members' income.",
    alternative: "Off: a member's deductions beyond their own income offset other members' income; the household's total never goes below 0, and a person assessed alone (INT-8) floors at 0.",
    warns: true,
  },
  {
    id: "INT-5",
    summary: "Per-capita income exactly equal to the standard (neither below nor above it) falls inside the gradual-exit window.",
    alternative: "Off: income exactly at the standard gets no window (the report says 超过, above).",
    warns: true,
  },
  { id: "INT-6", summary: "During a gradual-exit window the household keeps its current monthly amount; when that amount is not given, the amount is null and a reason names the field.", alternative: undefined, warns: false },
  {
    id: "INT-7",
    summary: "A window in progress runs to its end whatever income does, unless income falls below the standard (ordinary dibao again); after it ends, a household whose income test still fails stops: no second window in a row.",
    alternative: undefined,
    warns: false,
  },
  { id: "INT-8", summary: "A person referred alone is assessed as a one-person household: standard − own countable income, plus their classified top-ups.", alternative: undefined, warns: false },
  {
    id: "INT-9",
    summary: "New entry to extreme-poverty support on age alone needs age under 16; support already held continues to 18 (and beyond while in school), reading the 2020 opinion's 16→18 through the 2021 measures.",
    alternative: "Off: new entry on age alone under 18.",
    warns: true,
  },
  {
    id: "INT-10",
    summary: "A preschool child (学龄前儿童) for the classified top-up is a child under 6 who is not in school.",
    alternative: "Off: only children whose schooling is given count; age alone gives no top-up.",
    // Settled (docs/rules.md "Warnings"): 学龄前 literally means before school age.
    warns: false,
  },
  {
    id: "INT-11",
    summary: "Social-assistance payments are not counted in a person's own income for the extreme-poverty livelihood test (counting the assistance the person would leave would be circular).",
    alternative: "Off: social-assistance payments count as own income for the livelihood test.",
    warns: true,
  },
  {
    id: "INT-12",
    summary:
      "A member's legal supporters include the household's own members who owe them a duty, derived from the relations to self: the spouse; the parents of a minor or of an adult who cannot live independently; the adult children of a parent. Listed supporters add people outside the household.",
    alternative: "Off: only the listed supporters count.",
    // Settled (docs/rules.md "Warnings"): the duties it derives are the Civil Code's own.
    warns: false,
  },
  {
    id: "INT-13",
    summary: "Household total income over the 12 months before asOf, for the rigid-expenditure ratio, is 12 × the total countable monthly income.",
    alternative: undefined,
    warns: false,
  },
  { id: "INT-14", summary: "A sudden drop or surge (骤减/骤增) counts when it began within the 12 months before asOf, both ends included.", alternative: undefined, warns: false },
  {
    id: "INT-15",
    summary: "A local Q&A describes the rules in force when written: its clauses are cited from the first day of its year.",
    alternative: undefined,
    warns: false,
  },
  // R12 (issue 30): the audit's review schedule. Named in the audit's review-overdue reasons, never in a determination's warnings.
  {
    id: "INT-23",
    summary: "A review every year / every half-year (每年 / 每半年核查一次) is due 12 / 6 calendar months after the last one, keeping the day of the month (a day the month lacks becomes its last day), and overdue from the day after.",
    alternative: undefined,
    warns: false,
  },
  {
    id: "INT-24",
    summary:
      "A dibao household whose review category is not given is stable when no counted member is able to work (aged 16 to 59, no disability ground of shp-identification-2021/art-5 item 3, seriousIllness not true, schooling none): the irregular class needs a member able to work. With such a member the category is unknown.",
    alternative: "Off: a review category not given is unknown wherever it decides.",
    // Settled (docs/rules.md R12); the audit's alone, so it raises no W-INTERPRETATION.
    warns: false,
  },
] as const satisfies readonly Interpretation[];

/** The interpretations whose alternative reading W-INTERPRETATION tries where a rule recorded them as decisive. */
export const WARNING_INTERPRETATIONS: readonly InterpretationId[] = INTERPRETATIONS.filter((item) => item.warns && item.alternative !== undefined).map((item) => item.id);

/** An interpretation a caller may switch off: one with an alternative reading (the `interpretations` option's keys). */
export type SwitchableInterpretationId = Extract<(typeof INTERPRETATIONS)[number], { readonly alternative: string }>["id"];

function isSwitchable(item: (typeof INTERPRETATIONS)[number]): item is Extract<(typeof INTERPRETATIONS)[number], { readonly alternative: string }> {
  return item.alternative !== undefined;
}

/** The interpretations a caller may switch off. */
export const SWITCHABLE_INTERPRETATIONS: readonly SwitchableInterpretationId[] = INTERPRETATIONS.filter(isSwitchable).map((item) => item.id);

/** Which interpretations are on for one evaluation. */
export type InterpretationSettings = Readonly<Record<InterpretationId, boolean>>;

export const DEFAULT_INTERPRETATIONS: InterpretationSettings = Object.freeze(
  Object.fromEntries(INTERPRETATION_IDS.map((id) => [id, true])) as Record<InterpretationId, boolean>,
);
