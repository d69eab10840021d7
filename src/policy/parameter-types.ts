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
  /** Source id (`sources.md`) or, for a caller's value, any label naming where it comes from. */
  readonly source: string;
  readonly dateStatus: DateStatus;
  /** For an estimated start: the earliest and latest dates the value may really have started. */
  readonly uncertainty?: { readonly earliest: IsoDate; readonly latest: IsoDate } | undefined;
  /** The value was in force before `from` too, since a date no source gives: every use of it is uncertain. */
  readonly startUnknown?: boolean | undefined;
  readonly note?: string | undefined;
}

/** A dated series of values for one parameter. */
export interface ParameterSeriesData {
  readonly description: string;
  /** What the value measures: "CNY/person/month", "× standard", "months", "years", "switch", "kinds", "clause ids", "CNY/year". */
  readonly unit: string;
  /** The last date a source confirmed the value in force (`parameters.md`): drives W-PARAMETERS-MAY-BE-STALE. */
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
