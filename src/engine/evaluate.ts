/**
 * evaluate: validated household → facts → rule modules → determination. Synchronous, pure, never
 * mutates its input; on valid input it never throws.
 */
import { addCalendarMonths, parsePlainDate, type PlainDate } from "../model/date.js";
import { DETERMINATION_SCHEMA, type InterpretationAlternative } from "../model/determination.js";
import type { Determination } from "./determination.js";
import { InvalidHouseholdError, InvalidOptionsError, type InputIssue } from "../model/errors.js";
import type { Household, HouseholdInput } from "../model/household.js";
import { canonicalValidHousehold } from "../model/household-fast.js";
import { formatAmount } from "../model/amount.js";
import { ParameterError, peekValue, type EvaluationContext, type MemberRecord } from "../facts/context.js";
import { deriveHouseholdFacts, type HouseholdFacts } from "../facts/household-facts.js";
import { nearDibaoLine } from "../facts/near-dibao.js";
import { applyOverride, compileParameterSet, isCompiledParameterSet, isInUncertaintySpan, shippedParameterSet, SHIPPED_PARAMETER_SETS, valueOn, type CompiledParameterSet, type CompiledSeries, type ParameterName } from "../policy/parameters.js";
import { PROGRAMMES, type Draft, type RuleWarning, type Sections } from "../rules/index.js";
import { ENGINE_NAME, ENGINE_VERSION } from "../version.js";
import { canonicalJson, sha256Digest } from "./digest.js";
import { parameterDigest } from "./parameter-digest.js";
import { parseOptions, type EvaluateOptions } from "./options.js";
import { parseHouseholdForEvaluation } from "./parse-household.js";
import { alternativeDraft, interpretationsToTry, otherReading, recordingFacts, traceFacts, type Decision, type RuleRun } from "./counterfactuals.js";
import type { RecordingDraft } from "../rules/programme.js";
import { memo } from "../model/memo.js";
import { sameOutcome } from "./same-outcome.js";
import { mergeWarnings } from "./warnings.js";
import { alternativeChanges } from "./alternatives.js";
import { clauseDateWarnings } from "./instrument-dates.js";

export type { EvaluateOptions } from "./options.js";

/**
 * Overrides compiled once per (override object, base set), kept with the text they were compiled from:
 * evaluateMany with one options object compiles once, and an override changed after its first use is
 * compiled again (issue 23: a change takes effect, it is never silently ignored). Comparing the text
 * costs one JSON.stringify of the override per call, small beside a determination.
 */
const overrideCache = new WeakMap<object, Map<string, { readonly text: string; readonly set: CompiledParameterSet }>>();

function overrideText(override: object): string {
  try {
    return JSON.stringify(override);
  } catch {
    throw new InvalidOptionsError([{ path: "parameters", message: "must be plain data (JSON or YAML values): it could not be written as JSON" }]);
  }
}

function resolveParameters(override: unknown, jurisdiction: string): CompiledParameterSet {
  if (isCompiledParameterSet(override)) return override;
  const shipped = shippedParameterSet(jurisdiction);
  if (override === undefined || override === null) {
    if (shipped === undefined) {
      throw new InvalidHouseholdError([{ path: "jurisdiction", message: `no parameter set ships for "${jurisdiction}"; pass one in options.parameters (only CN-CQ ships in v1)` }]);
    }
    return shipped;
  }
  if (typeof override !== "object") throw new InvalidOptionsError([{ path: "parameters", message: "must be a parameter override object or a compiled parameter set" }]);
  const text = overrideText(override);
  const key = shipped?.id ?? "";
  let byBase = overrideCache.get(override);
  const cached = byBase?.get(key);
  if (cached !== undefined && cached.text === text) return cached.set;
  const set = compileParameterSet(applyOverride(shipped?.data, override));
  if (byBase === undefined) {
    byBase = new Map();
    overrideCache.set(override, byBase);
  }
  byBase.set(key, { text, set });
  return set;
}

/**
 * Validates the `parameters` option whole, before any household (issue 23): an override is applied to
 * every base it can meet — each shipped set, and none for a jurisdiction no set ships for — and compiled,
 * every value checked against its series' kind. Throws one {@link InvalidOptionsError} listing every
 * problem; the compiled sets are cached, so the households that follow do not compile again.
 * A compiled set, or no parameters, passes as it is.
 */
export function validateParameters(parameters: unknown): void {
  if (parameters === undefined || parameters === null || isCompiledParameterSet(parameters)) return;
  const issues = new Map<string, InputIssue>();
  const checks = [
    ...Object.keys(SHIPPED_PARAMETER_SETS).map((jurisdiction) => () => resolveParameters(parameters, jurisdiction)),
    // With no shipped base (a jurisdiction none ships for) the override is the set: its own values are
    // checked here; whether it names a jurisdiction is the household's question, asked when one comes.
    () => applyOverride(undefined, parameters),
  ];
  for (const check of checks) {
    try {
      check();
    } catch (error) {
      if (!(error instanceof InvalidOptionsError)) throw error;
      for (const issue of error.issues) issues.set(`${issue.path}\u0000${issue.message}`, issue);
    }
  }
  if (issues.size > 0) throw new InvalidOptionsError([...issues.values()]);
}

const STALE_AFTER_MONTHS = 12;

/** The date from which a series is stale, per compiled series: month arithmetic once, not once per determination. */
const staleFromCache = new WeakMap<CompiledSeries, string>();

function staleFrom(series: CompiledSeries, lastConfirmed: string): string {
  // Looked up before `memo`: its closure would be allocated for every series read by every determination.
  return staleFromCache.get(series) ?? memo(staleFromCache, series, () => addCalendarMonths(lastConfirmed, STALE_AFTER_MONTHS));
}

/** W-PARAMETER-DATE-ESTIMATED and W-PARAMETERS-MAY-BE-STALE from the series the rules read. */
function parameterWarnings(ctx: EvaluationContext): RuleWarning[] {
  const estimated: string[] = [];
  const stale: string[] = [];
  for (const name of ctx.used) {
    const series = ctx.parameters.series.get(name);
    if (series === undefined) continue;
    const inForce = valueOn(series, ctx.asOf);
    if (inForce?.startUnknown === true || isInUncertaintySpan(series, ctx.asOf)) estimated.push(name);
    // Chongqing changes its standards about yearly: 12 months after the last confirmation, say so.
    if (series.lastConfirmed !== undefined && ctx.asOf >= staleFrom(series, series.lastConfirmed)) stale.push(name);
  }
  const warnings: RuleWarning[] = [];
  if (estimated.length > 0) warnings.push({ code: "W-PARAMETER-DATE-ESTIMATED", parameters: estimated });
  if (stale.length > 0) warnings.push({ code: "W-PARAMETERS-MAY-BE-STALE", parameters: stale });
  return warnings;
}

function figuresOf(facts: HouseholdFacts, ctx: EvaluationContext): Determination["figures"] {
  const near = nearDibaoLine(facts, ctx);
  return {
    countedMembers: facts.countedMembers,
    countableMonthlyIncome: formatAmount(facts.totalIncome),
    perCapitaMonthlyIncome: facts.perCapita,
    standard: formatAmount(facts.standard),
    nearDibaoLine: near === undefined ? null : formatAmount(near.line),
  };
}

/**
 * Facts, then every programme's rule modules in registry order, each replacing its programme's section.
 * What the facts and each rule read (interpretations, sections) is recorded, so W-INTERPRETATION can
 * re-run only the rules an interpretation touched.
 */
function decide(household: Household, ctx: EvaluationContext): Decision {
  ctx.interpretationsRead = 0;
  const facts = deriveHouseholdFacts(household, ctx);
  const factsInterpretations = ctx.interpretationsRead;
  // Which facts each rule reads matters only where the facts read an interpretation that will be tried.
  const tracing = traceFacts(ctx, factsInterpretations);
  const draft = new Map<string, unknown>() as RecordingDraft;
  draft.sectionsRead = 0;
  const warnings: RuleWarning[] = [];
  const runs: RuleRun[] = [];
  for (const programme of PROGRAMMES) {
    for (const rule of programme.rules) {
      ctx.interpretationsRead = 0;
      ctx.memberRecord = undefined;
      draft.sectionsRead = 0;
      const factsRead = tracing ? new Set<PropertyKey>() : undefined;
      const patch = rule.apply(factsRead === undefined ? facts : recordingFacts(facts, factsRead), ctx, draft);
      // Written by the rule through eachMember (control flow still sees the undefined set above).
      const members = ctx.memberRecord as MemberRecord | undefined;
      const outside = ctx.interpretationsRead;
      runs.push({ section: patch.section, interpretations: outside | (members?.read ?? 0), outside, members, sections: draft.sectionsRead, facts: factsRead });
      if (patch.section !== undefined) draft.set(programme.section.key, patch.section);
      if (patch.warnings !== undefined) for (const warning of patch.warnings) warnings.push(warning);
    }
  }
  ctx.interpretationsRead = undefined;
  ctx.memberRecord = undefined;
  return { facts, draft, warnings, factsInterpretations, runs };
}

/**
 * W-INTERPRETATION: a contested interpretation changed the result. For each contested interpretation in
 * force that could matter here, the household is decided again under the alternative reading; where what
 * was decided (statuses, amounts, dates) differs, the interpretation is named, with the entries the other
 * reading decided differently (`alternatives`). INT-3 has its own warning; settled ones raise none.
 */
function interpretationWarnings(household: Household, ctx: EvaluationContext, decision: Decision, fullRedecision: boolean): RuleWarning[] {
  const alternatives: InterpretationAlternative[] = [];
  for (const id of interpretationsToTry(ctx)) {
    // Only the rules the interpretation touched run again (counterfactuals.ts); the full re-decision is kept for the tests.
    const alternative = fullRedecision ? decide(household, otherReading(ctx, id)).draft : alternativeDraft(household, ctx, decision, id);
    // What the other reading decided, entry by entry, so the warning can say it (explain()).
    if (!sameOutcome(alternative, decision.draft)) alternatives.push({ interpretation: id, changes: alternativeChanges(decision.draft, alternative) });
  }
  return alternatives.length === 0 ? [] : [{ code: "W-INTERPRETATION", interpretations: alternatives.map((item) => item.interpretation), alternatives }];
}

/**
 * Writes every programme's section into `out`, in registry order; a section no rule decided is its
 * programme's empty value. Written in place, not spread from an object of sections: one object less per
 * determination, same keys in the same order.
 */
function writeSections(draft: Draft, out: Record<string, unknown>): void {
  for (const programme of PROGRAMMES) {
    const section = draft.get(programme.section.key) ?? programme.empty;
    // A pipeline built wrong, not a bad household: no caller input can leave a decided section undecided.
    if (section === undefined) throw new Error(`no rule decided the ${programme.section.key} section`);
    out[programme.section.key] = section;
  }
}

function run(household: Household, ctx: EvaluationContext, interpretationsOff: readonly string[], fullRedecision: boolean): Determination {
  const decision = decide(household, ctx);
  const { facts, draft } = decision;
  const warnings = [...decision.warnings, ...interpretationWarnings(household, ctx, decision, fullRedecision), ...parameterWarnings(ctx), ...clauseDateWarnings(draft.values(), ctx.asOf)];
  const determination: Omit<Determination, keyof Sections | "interpretationsOff" | "figures" | "warnings"> & Record<string, unknown> = {
    schema: DETERMINATION_SCHEMA,
    householdId: household.id ?? null,
    asOf: ctx.asOf,
    jurisdiction: household.jurisdiction,
    engine: { name: ENGINE_NAME, version: ENGINE_VERSION },
    parameterSet: { id: ctx.parameters.id, digest: parameterDigest(ctx.parameters) },
    inputDigest: sha256Digest(canonicalValidHousehold(household) ?? canonicalJson(household)),
  };
  if (interpretationsOff.length > 0) determination.interpretationsOff = interpretationsOff;
  determination.figures = figuresOf(facts, ctx);
  writeSections(draft, determination);
  determination.warnings = mergeWarnings(warnings, household.members.map((member) => member.id));
  // Each section key was written by its own programme with that programme's section type (`Sections`).
  return determination as unknown as Determination;
}

/**
 * Decides a household's social assistance on `options.asOf`: dibao (with gradual exit), single-person
 * referrals and extreme-poverty support, each with the reasons and clauses that decided it.
 *
 * The household is typed as a caller writes it ({@link HouseholdInput}), so a misspelt field fails
 * type-checking. It is validated all the same. For data of unknown shape (JSON from a file, a request
 * body) use `evaluate(parseHousehold(json), options)`, which throws the same errors, or
 * `safeEvaluate(json, options)`, which returns them.
 *
 * @throws {InvalidHouseholdError} the household breaks the contract (every problem listed by path).
 * @throws {InvalidOptionsError} bad options, or the parameter set holds no value needed on `asOf`.
 */
export function evaluate(household: HouseholdInput, options: EvaluateOptions): Determination {
  return evaluateInput(household, options);
}

/** Engine switches for the library's own tests, never options a caller passes. @internal */
export interface InternalOptions {
  /** W-INTERPRETATION decides the whole household again per interpretation, as before the narrowed re-run. */
  readonly fullRedecision?: boolean;
}

/**
 * {@link evaluate} for input of any shape, validated as evaluate validates it: for the library's own
 * readers of untrusted data (the CLI, batch, fixtures, evaluateMany, safeEvaluate). Not exported by the package.
 *
 * @internal
 */
export function evaluateInput(household: unknown, options: EvaluateOptions, internal: InternalOptions = {}): Determination {
  return evaluateWithContext(household, options, internal).determination;
}

/** What the audit reads beside a determination: the validated household and the parameters and interpretations it was decided with. @internal */
export interface EvaluationBasis {
  readonly household: Household;
  readonly determination: Determination;
  /** The compiled parameters, the date and the interpretations in force (a fresh `used` set: reading it records nothing in the determination). */
  readonly context: EvaluationContext;
}

/**
 * {@link evaluateInput} with the validated household and the evaluation context, for the caseload audit
 * (R12 reads parameters and interpretations the determination does not; the departmental comparison
 * re-decides the validated household). Throws as `evaluateInput` throws.
 *
 * @internal
 */
export function evaluateWithContext(household: unknown, options: EvaluateOptions, internal: InternalOptions = {}): EvaluationBasis {
  const parsedOptions = parseOptions(options);
  const parsed = parseHouseholdForEvaluation(household, parsedOptions.asOf);
  const parameters = resolveParameters(parsedOptions.parameters, parsed.jurisdiction);
  if (parameters.jurisdiction !== parsed.jurisdiction) {
    throw new InvalidHouseholdError([{ path: "jurisdiction", message: `is "${parsed.jurisdiction}" but the parameter set ${parameters.id} is for "${parameters.jurisdiction}"` }]);
  }
  const ctx: EvaluationContext = {
    asOf: parsedOptions.asOf,
    asOfDate: parsePlainDate(parsedOptions.asOf) as PlainDate,
    parameters,
    interpretations: parsedOptions.interpretations,
    used: new Set(),
    consulted: new Set(),
  };
  const standard: ParameterName = `dibao.standard.${parsed.area}`;
  const first = parameters.series.get(standard)?.values[0]?.from;
  if (peekValue(ctx, standard) === undefined) {
    throw new InvalidOptionsError([
      {
        path: "asOf",
        message:
          first === undefined
            ? `the parameter set ${parameters.id} holds no ${standard}`
            : `${ctx.asOf} is before the first ${standard} the parameter set ${parameters.id} holds (from ${first}); the library does not guess earlier standards`,
      },
    ]);
  }
  try {
    const determination = run(parsed, ctx, parsedOptions.interpretationsOff, internal.fullRedecision === true);
    return { household: parsed, determination, context: { ...ctx, used: new Set(), consulted: new Set() } };
  } catch (error) {
    if (error instanceof ParameterError) throw new InvalidOptionsError([{ path: "parameters", message: error.message }]);
    throw error;
  }
}
