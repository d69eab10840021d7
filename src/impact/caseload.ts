/**
 * The library twin of the `impact` command: a caseload (an iterable or async iterable of NDJSON lines or
 * household objects) compared under the baseline and each reform step, one entry per item in order,
 * never holding more than the item at hand; {@link createImpactSummary} counts the entries into the
 * summary the command writes. Pure: no I/O, runs in a browser.
 */
import type { Determination } from "../engine/determination.js";
import { evaluateInput } from "../engine/evaluate.js";
import { parseOptions } from "../engine/options.js";
import { InvalidHouseholdError, InvalidInputError, type InputIssue } from "../model/errors.js";
import { isBlankLine, parseJsonText, readableId } from "../model/json-text.js";
import { Money, type MoneyString } from "../model/money.js";
import type { SwitchableInterpretationId } from "../policy/interpretations.js";
import type { ParameterOverride } from "../policy/parameters.js";
import { compareDeterminations, type StepComparison } from "./compare.js";
import { DEFAULT_JURISDICTION, parameterSetsByJurisdiction } from "./parameters.js";
import { emptyImpactTally, impactSummaryOf, tallyComparison, type ImpactSource, type ImpactSummary, type ImpactTally } from "./summary.js";

export interface ImpactOptions {
  /** The date the reform is assessed on, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The reform: one override, or several stacked in order (each step the previous with the next applied: A, A + B, …). */
  readonly reform: ParameterOverride | readonly ParameterOverride[];
  /** An override of the shipped set for the baseline (default: the shipped set as it is). */
  readonly baseline?: ParameterOverride | null | undefined;
  /** The date the baseline is assessed on (default `asOf`): with an empty reform, what a change of dates did. */
  readonly baselineAsOf?: string | null | undefined;
  /** Interpretations switched off, for both sides alike (as `evaluate` takes them). */
  readonly interpretations?: Partial<Record<SwitchableInterpretationId, boolean>> | null | undefined;
}

/** One household under the baseline and every reform step. */
export interface HouseholdImpact {
  /** The item's number in the caseload, from 1. */
  readonly line: number;
  readonly id: string | null;
  readonly area: string;
  /** The survey weight the line carried, when it carried one. */
  readonly weight?: number;
  readonly baselinePerCapitaMonthlyIncome: MoneyString;
  /** One per reform step, in order; the last is the whole reform. */
  readonly steps: readonly StepComparison[];
}

/** An impact entry: the comparison, or the input error that kept the item from being compared (as `batch` answers a bad line). */
export type ImpactEntry = HouseholdImpact | { readonly line: number; readonly id?: string | number; readonly error: { readonly name: string; readonly issues: readonly InputIssue[] } };

/** A household compared with both sides' determinations (for the report). */
export interface HouseholdImpactWithDeterminations {
  readonly impact: HouseholdImpact;
  readonly baseline: Determination;
  readonly steps: readonly Determination[];
}

export interface ImpactComparer {
  /** Compares one household (any shape: validated as `evaluate` validates it, less its `weight`); throws `InvalidInputError`. */
  compare(household: unknown, line: number): HouseholdImpact;
  /** The same with the determinations it came from. */
  compareWithDeterminations(household: unknown, line: number): HouseholdImpactWithDeterminations;
  readonly asOf: string;
  readonly baselineAsOf: string;
  readonly steps: number;
}

function reformList(reform: ImpactOptions["reform"]): readonly unknown[] {
  return Array.isArray(reform) ? (reform as readonly unknown[]) : [reform];
}

/** The household without its survey weight, and the weight (validated). */
function splitWeight(household: unknown): { readonly household: unknown; readonly weight: number | undefined } {
  if (typeof household !== "object" || household === null || Array.isArray(household) || !Object.hasOwn(household, "weight")) return { household, weight: undefined };
  const { weight, ...rest } = household as Record<string, unknown>;
  if (typeof weight !== "number" || !Number.isFinite(weight) || weight <= 0) {
    throw new InvalidHouseholdError([{ path: "weight", message: "must be a positive number (the survey weight of the household), or absent" }]);
  }
  return { household: rest, weight };
}

/**
 * Checks the options and builds the parameter sets once (a bad reform throws `InvalidOptionsError`
 * listing every problem, before any household); returns what compares one household.
 */
export function impactComparer(options: ImpactOptions): ImpactComparer {
  const baselineAsOf = options.baselineAsOf ?? options.asOf;
  const interpretations = options.interpretations ?? undefined;
  parseOptions({ asOf: options.asOf, interpretations });
  parseOptions({ asOf: baselineAsOf, interpretations });
  const reforms = reformList(options.reform);
  const setsFor = parameterSetsByJurisdiction(options.baseline ?? undefined, reforms);
  setsFor(DEFAULT_JURISDICTION);
  const compareWithDeterminations = (input: unknown, line: number): HouseholdImpactWithDeterminations => {
    const { household, weight } = splitWeight(input);
    const jurisdiction = (household as { jurisdiction?: unknown } | null)?.jurisdiction;
    const sets = setsFor(typeof jurisdiction === "string" ? jurisdiction : DEFAULT_JURISDICTION);
    const baseline = evaluateInput(household, { asOf: baselineAsOf, parameters: sets.baseline, interpretations });
    const steps = sets.steps.map((parameters) => evaluateInput(household, { asOf: options.asOf, parameters, interpretations }));
    const impact: HouseholdImpact = {
      line,
      id: baseline.householdId,
      area: (household as { area: string }).area,
      ...(weight === undefined ? {} : { weight }),
      baselinePerCapitaMonthlyIncome: baseline.figures.perCapitaMonthlyIncome,
      steps: steps.map((reform) => compareDeterminations(baseline, reform)),
    };
    return { impact, baseline, steps };
  };
  return { compare: (household, line) => compareWithDeterminations(household, line).impact, compareWithDeterminations, asOf: options.asOf, baselineAsOf, steps: reforms.length };
}

/** The error entry of an item, in the shape `batch` answers a bad line. */
function errorEntry(line: number, error: InvalidInputError, value: unknown): ImpactEntry {
  const id = readableId(value);
  return { line, ...(id === undefined ? {} : { id }), error: { name: error.name, issues: error.issues.map(({ path, message }) => ({ path, message })) } };
}

/**
 * Compares a caseload as it streams: each item an NDJSON line (a string) or a household object, one entry
 * per item in order; a blank line gives none but keeps its number; a bad item gives an error entry in its
 * place; a fault of the library throws. The options are checked before the first item.
 */
export async function* compareCaseload(households: Iterable<unknown> | AsyncIterable<unknown>, options: ImpactOptions): AsyncGenerator<ImpactEntry, void, undefined> {
  const comparer = impactComparer(options);
  let line = 0;
  for await (const item of households) {
    line++;
    if (typeof item === "string" && isBlankLine(item)) continue;
    let household: unknown;
    try {
      household = typeof item === "string" ? parseJsonText(item.endsWith("\r") ? item.slice(0, -1) : item, `line ${line}`) : item;
      yield comparer.compare(household, line);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      yield errorEntry(line, error, household);
    }
  }
}

/** The weight of a comparison as the tally counts it: decimal text, "1" when absent. */
export function weightText(impact: HouseholdImpact): string {
  return impact.weight === undefined ? "1" : new Money(impact.weight).toString();
}

/** Counts one comparison into a tally. */
export function tallyImpact(tally: ImpactTally, impact: HouseholdImpact): void {
  tallyComparison(tally, { ...impact, weight: weightText(impact) });
}

/** Counts entries into the caseload's summary as they stream by. */
export interface ImpactSummaryBuilder {
  add(entry: ImpactEntry): void;
  /** The running tally (plain data: tallies of shards merge with `mergeImpactTallies`). */
  readonly tally: ImpactTally;
  summary(source?: ImpactSource): ImpactSummary;
}

/**
 * A summary accumulator for `steps` reform steps; `reforms` names each (default "reform 1", "reform 2", …).
 */
export function createImpactSummary(options: { readonly asOf: string; readonly baselineAsOf?: string; readonly steps: number; readonly reforms?: readonly string[] }): ImpactSummaryBuilder {
  const tally = emptyImpactTally(options.steps);
  const reforms = options.reforms ?? Array.from({ length: options.steps }, (_, index) => `reform ${index + 1}`);
  return {
    add(entry) {
      if ("error" in entry) tally.invalid++;
      else tallyImpact(tally, entry);
    },
    tally,
    summary: (source) => impactSummaryOf(tally, { asOf: options.asOf, baselineAsOf: options.baselineAsOf ?? options.asOf, reforms, ...(source === undefined ? {} : { source }) }),
  };
}
