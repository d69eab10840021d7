/**
 * Parameter data: every policy figure (standards, top-ups, bounds, windows, ages, in-force switches)
 * as a dated series with its source. Rules read these; they never hold a policy figure as a literal.
 */
import type { IsoDate } from "../model/date.js";

/**
 * A parameter value: decimal text for numbers ("770", "1.5"), a boolean for a switch, a string for a
 * named regime, or a list (income kinds, clause ids).
 */
export type ParameterValue = string | boolean | readonly string[];

/** Whether the start date is stated by the source (`verified`) or our estimate (`estimated`). */
export type DateStatus = "verified" | "estimated";

/** One value of a series, in force from `from` until the next value's `from`. */
export interface ParameterValueData {
  readonly from: IsoDate;
  readonly value: ParameterValue;
  /** Source id (`policy/sources.yaml`) or, for a caller's value, any label naming where it comes from. */
  readonly source: string;
  readonly dateStatus: DateStatus;
  /** For an estimated start: the earliest and latest dates the value may really have started. */
  readonly uncertainty?: { readonly earliest: IsoDate; readonly latest: IsoDate } | undefined;
  /** The value was in force before `from` too, since a date no source gives: every use of it is uncertain. */
  readonly startUnknown?: boolean | undefined;
  readonly note?: string | undefined;
}

/**
 * The closed vocabulary of value kinds (issue 23). Every series declares one; compiling a set checks
 * every value against it (`parameter-kinds.ts` says what each kind accepts, in words).
 *
 * - `money-per-month`: yuan per person per month, non-negative, at most 2 decimals (a number or decimal text)
 * - `money-per-year`: yuan per year, the same
 * - `multiple-of-standard`: a positive decimal multiple of the standard
 * - `ratio`: a share from 0 to 1, or the series' stated `range`
 * - `months`: whole calendar months, at least 1 (at most 120)
 * - `age`: whole years of age, 0 to 150
 * - `count`: a whole number within the series' stated `range` (daily activities failed)
 * - `switch`: true or false
 * - `regime`: one of the series' `names`
 * - `disability-grades`: a list of `category:grade` (a contract category or `any`; grades 1 to 4)
 * - `income-kinds`, `schooling-kinds`: lists of the contract's income or schooling kinds
 * - `clause-ids`: a list of ids the clause catalogue holds
 */
export const PARAMETER_KINDS = [
  "money-per-month",
  "money-per-year",
  "multiple-of-standard",
  "ratio",
  "months",
  "age",
  "count",
  "switch",
  "regime",
  "disability-grades",
  "income-kinds",
  "schooling-kinds",
  "clause-ids",
] as const;

/** One kind of {@link PARAMETER_KINDS}. */
export type ParameterKind = (typeof PARAMETER_KINDS)[number];

/** A dated series of values for one parameter. */
export interface ParameterSeriesData {
  readonly description: string;
  /** The description in Chinese (shipped series have one; a caller's may). */
  readonly descriptionZh?: string | undefined;
  /** What every value of the series is: checked when a set is compiled. */
  readonly kind: ParameterKind;
  /** A `regime`'s allowed names. */
  readonly names?: readonly string[] | undefined;
  /** A `ratio`'s or `count`'s range, both ends included, as decimal text (a ratio defaults to 0–1). */
  readonly range?: { readonly min: string; readonly max: string } | undefined;
  /** What the value measures, for a reader: "CNY/person/month", "× standard", "months", "years", "switch", "kinds", "clause ids", "CNY/year". */
  readonly unit: string;
  /** The last date a source confirmed the value in force (`docs/parameters.md`): drives W-PARAMETERS-MAY-BE-STALE. */
  readonly lastConfirmed?: IsoDate | undefined;
  readonly values: readonly ParameterValueData[];
}

/** A whole parameter set: one jurisdiction's policy as data. */
export interface ParameterSetData {
  readonly id: string;
  /** The `jurisdiction` a household must name to be assessed with this set. */
  readonly jurisdiction: string;
  readonly description: string;
  readonly series: Readonly<Record<string, ParameterSeriesData>>;
}
