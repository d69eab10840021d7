/** The v1 output contract (`contract.md`, "Output: Determination"). */
import type { IsoDate } from "./date.js";
import type { MoneyString } from "./money.js";

export const DETERMINATION_SCHEMA = "social-assistance-rules/determination@1";

/** The outcome of one test: met, definitely not met, or unknown for want of a fact or parameter. */
export type Outcome = "met" | "not-met" | "unknown";

/** A value a reason shows: money and dates as strings, counts as numbers. */
export type ReasonValue = string | number | boolean | null | readonly string[];

/** One test a rule ran, with the clauses that decided it and the figures it used. */
export interface Reason {
  /** Stable dotted code, the key of the explanation message tables. */
  readonly code: string;
  readonly outcome: Outcome;
  /** Clause ids from the catalogue; at least one. */
  readonly clauses: readonly string[];
  readonly values: Readonly<Record<string, ReasonValue>>;
  /** For `unknown`: the input fields (`members[0].supporters`) or parameters that were missing. */
  readonly missing: readonly string[];
  /** Interpretations (INT-n) that decided this outcome. */
  readonly interpretations: readonly string[];
}

export type WarningCode =
  | "W-PARAMETER-DATE-ESTIMATED"
  | "W-PARAMETERS-MAY-BE-STALE"
  | "W-BASIC-PENSION-EXCLUSION-ASSUMED"
  | "W-INTERPRETATION"
  | "W-OVERLAP-SPECIAL-HARDSHIP-DIBAO";

/** Something a reader must not miss. One entry per code, sorted by code. */
export interface Warning {
  readonly code: WarningCode;
  /** Parameter series the warning is about. */
  readonly parameters: readonly string[];
  /** Interpretations the warning is about. */
  readonly interpretations: readonly string[];
  /** Members the warning is about (W-OVERLAP-SPECIAL-HARDSHIP-DIBAO). */
  readonly memberIds?: readonly string[];
}

export type DibaoStatus = "eligible" | "ineligible" | "gradual-exit" | "needs-review";

export interface TopUp {
  readonly memberId: string;
  readonly amount: MoneyString;
  readonly categories: readonly TopUpCategory[];
}

export type TopUpCategory = "severely-disabled" | "serious-illness" | "aged-70-plus" | "preschool-child" | "student" | "disabled";

export interface GradualExitWindow {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly rule: "current" | "legacy";
}

export interface DibaoSection {
  readonly status: DibaoStatus;
  readonly monthlyAmount: MoneyString | null;
  readonly baseAmount: MoneyString | null;
  readonly topUps: readonly TopUp[];
  readonly paymentStart: IsoDate | null;
  readonly stopFrom: IsoDate | null;
  readonly window: GradualExitWindow | null;
  readonly reasons: readonly Reason[];
}

export type ReferralRoute = "registered-poor" | "near-dibao" | "adult-severe-disability";

export interface SinglePersonReferral {
  readonly memberId: string;
  readonly route: ReferralRoute;
  readonly status: "refer" | "needs-review";
  readonly monthlyAmount: MoneyString | null;
  readonly reasons: readonly Reason[];
}

export type CareTier = "self-care" | "partial" | "full";

export interface SpecialHardshipEntry {
  readonly memberId: string;
  readonly status: "eligible" | "ineligible" | "needs-review";
  readonly basicMonthly: MoneyString | null;
  readonly careMonthly: MoneyString | null;
  readonly careTier: CareTier | null;
  readonly supportStart: IsoDate | null;
  readonly reasons: readonly Reason[];
}

export interface Figures {
  readonly countedMembers: number;
  readonly countableMonthlyIncome: MoneyString;
  /** Display rounding (half-up to 0.01); every comparison used the exact value. */
  readonly perCapitaMonthlyIncome: MoneyString;
  readonly standard: MoneyString;
  /** 1.5 × standard while the near-dibao line is in force; otherwise null. */
  readonly nearDibaoLine: MoneyString | null;
}

export interface Determination {
  readonly schema: typeof DETERMINATION_SCHEMA;
  readonly householdId: string | null;
  readonly asOf: IsoDate;
  readonly jurisdiction: string;
  readonly engine: { readonly name: string; readonly version: string };
  readonly parameterSet: { readonly id: string; readonly digest: string };
  readonly inputDigest: string;
  /** Interpretations switched off for this call (absent when all are on). */
  readonly interpretationsOff?: readonly string[];
  readonly figures: Figures;
  readonly dibao: DibaoSection;
  readonly singlePersonReferrals: readonly SinglePersonReferral[];
  readonly specialHardship: readonly SpecialHardshipEntry[];
  readonly warnings: readonly Warning[];
}
