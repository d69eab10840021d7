/** The v1 output contract (`docs/contract.md`, "Output: Determination"). */
import { z } from "zod";
import type { IsoDate } from "./date.js";
import type { MoneyString } from "./money.js";

/** Contract v1.1: the v1 output with the sections `lowIncome` and `screening` (and later `assistanceReferrals`). */
export const DETERMINATION_SCHEMA = "social-assistance-rules/determination@1.1";

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
  | "W-OVERLAP-SPECIAL-HARDSHIP-DIBAO"
  | "W-CLAUSE-BEFORE-INSTRUMENT";

/**
 * One entry of the determination that the other reading of an interpretation would have decided
 * differently: which section and entry, and the status and amount under each reading.
 */
export interface AlternativeChange {
  /** The determination's section (`dibao`, `singlePersonReferrals`, `specialHardship`, …). */
  readonly section: string;
  /** The member the entry is about; null for a household-level entry. */
  readonly memberId: string | null;
  /** What tells apart entries of one section and member (a route, a programme, a category code, a tier); null when nothing does. */
  readonly item: string | null;
  /** The status this determination gives; null when it has no such entry. */
  readonly status: string | null;
  /** The amount this determination gives (a monthly amount, or the extreme-poverty basic standard); null when none. */
  readonly amount: MoneyString | null;
  /** The status under the other reading; null when that reading has no such entry. */
  readonly alternativeStatus: string | null;
  readonly alternativeAmount: MoneyString | null;
}

/** What the other reading of one contested interpretation would have decided (W-INTERPRETATION). */
export interface InterpretationAlternative {
  readonly interpretation: string;
  /** Every entry decided differently, in section (registry) order, then entry order. */
  readonly changes: readonly AlternativeChange[];
}

/** Something a reader must not miss. One entry per code, sorted by code. */
export interface Warning {
  readonly code: WarningCode;
  /** Parameter series the warning is about. */
  readonly parameters: readonly string[];
  /** Interpretations the warning is about. */
  readonly interpretations: readonly string[];
  /** Members the warning is about (W-OVERLAP-SPECIAL-HARDSHIP-DIBAO). */
  readonly memberIds?: readonly string[];
  /**
   * Clauses the warning is about (W-CLAUSE-BEFORE-INSTRUMENT: cited on a date before their instrument
   * took effect, `policy/sources.yaml`), in reading order (art-7 before art-13). Optional (additive, as `memberIds`).
   */
  readonly clauses?: readonly string[];
  /**
   * W-INTERPRETATION: for each interpretation named, what the other reading would have decided, in the
   * order of `interpretations`. Optional (contract v1.1, additive).
   */
  readonly alternatives?: readonly InterpretationAlternative[];
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

/**
 * The parts of a determination every programme shares: who was assessed, when, by which engine and
 * parameters, and the household's figures. The programmes' sections follow these (registry order), then
 * the warnings; the whole type is `Determination` in `src/engine/determination.ts`.
 */
export interface DeterminationHeader {
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
}

/** Schemas of the shared output parts, for the determination's JSON Schema (`determinationJsonSchema`). */
export const OUTCOMES = ["met", "not-met", "unknown"] as const;
const reasonValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

export const reasonSchema: z.ZodType<Reason> = z.strictObject({
  code: z.string().describe("Stable dotted code of the test; the key of the explanation message tables."),
  outcome: z.enum(OUTCOMES).describe("met, not-met, or unknown for want of a fact or parameter."),
  clauses: z.array(z.string()).min(1).describe("Clause ids from the catalogue that decided the test."),
  values: z.record(z.string(), reasonValueSchema).describe("The figures the test used: money and dates as strings, counts as numbers."),
  missing: z.array(z.string()).describe("For unknown: the input fields or parameters that were missing."),
  interpretations: z.array(z.string()).describe("Interpretations (INT-n) that decided this outcome."),
});

export const WARNING_CODES = ["W-PARAMETER-DATE-ESTIMATED", "W-PARAMETERS-MAY-BE-STALE", "W-BASIC-PENSION-EXCLUSION-ASSUMED", "W-INTERPRETATION", "W-OVERLAP-SPECIAL-HARDSHIP-DIBAO", "W-CLAUSE-BEFORE-INSTRUMENT"] as const satisfies readonly WarningCode[];

const money = z.string().regex(/^-?\d+\.\d{2}$/);

const alternativeChangeSchema: z.ZodType<AlternativeChange> = z.strictObject({
  section: z.string().describe("The determination's section the entry belongs to (dibao, singlePersonReferrals, specialHardship, …)."),
  memberId: z.string().nullable().describe("The member the entry is about; null for a household-level entry."),
  item: z.string().nullable().describe("What tells apart entries of one section and member (route, programme, category code); null when nothing does."),
  status: z.string().nullable().describe("The status this determination gives; null when it has no such entry."),
  amount: money.nullable().describe("The amount this determination gives (monthly amount, or the extreme-poverty basic standard); null when none."),
  alternativeStatus: z.string().nullable().describe("The status the other reading would give; null when it would make no such entry."),
  alternativeAmount: money.nullable().describe("The amount the other reading would give; null when none."),
});

export const warningSchema: z.ZodType<Warning> = z.strictObject({
  code: z.enum(WARNING_CODES),
  parameters: z.array(z.string()),
  interpretations: z.array(z.string()),
  memberIds: z.array(z.string()).optional(),
  clauses: z.array(z.string()).optional(),
  alternatives: z
    .array(
      z.strictObject({
        interpretation: z.string().describe("The interpretation (INT-n) named by W-INTERPRETATION."),
        changes: z.array(alternativeChangeSchema).describe("Every entry the other reading would have decided differently."),
      }),
    )
    .optional()
    .describe("W-INTERPRETATION: what the other reading of each interpretation named would have decided, in the order of interpretations."),
});
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Helpers for programme section schemas: money as text with two decimals, dates as YYYY-MM-DD. */
export const moneyOutSchema = money;
export const dateOutSchema = date;

export const figuresSchema: z.ZodType<Figures> = z.strictObject({
  countedMembers: z.number().int(),
  countableMonthlyIncome: money,
  perCapitaMonthlyIncome: money,
  standard: money,
  nearDibaoLine: money.nullable(),
});

export const determinationHeaderShape = {
  schema: z.string(),
  householdId: z.string().nullable(),
  asOf: date,
  jurisdiction: z.string(),
  engine: z.strictObject({ name: z.string(), version: z.string() }),
  parameterSet: z.strictObject({ id: z.string(), digest: z.string() }),
  inputDigest: z.string(),
  interpretationsOff: z.array(z.string()).optional(),
  figures: figuresSchema,
};
