/**
 * evaluate: validated household → facts → rule modules → determination. Synchronous, pure, never
 * mutates its input; on valid input it never throws.
 */
import { addCalendarMonths, parsePlainDate, type PlainDate } from "../model/date.js";
import { DETERMINATION_SCHEMA, type Determination, type Warning, type WarningCode } from "../model/determination.js";
import { InvalidHouseholdError, InvalidOptionsError } from "../model/errors.js";
import type { Household } from "../model/household.js";
import { canonicalValidHousehold } from "../model/household-fast.js";
import { formatMoney } from "../model/money.js";
import { ParameterError, peekValue, type EvaluationContext } from "../facts/context.js";
import { deriveHouseholdFacts, type HouseholdFacts } from "../facts/household-facts.js";
import { applyOverride, compileParameterSet, isInUncertaintySpan, shippedParameterSet, valueOn, type CompiledParameterSet, type CompiledSeries } from "../policy/parameters.js";
import type { InterpretationId } from "../policy/interpretations.js";
import { RULES, type RuleDraft, type RuleWarning } from "../rules/index.js";
import { ENGINE_NAME, ENGINE_VERSION } from "../version.js";
import { canonicalJson, sha256Digest } from "./digest.js";
import { parseOptions, type EvaluateOptions } from "./options.js";
import { parseHouseholdForEvaluation } from "./parse-household.js";
import { memo, memo2 } from "./memo.js";
import { sameOutcome } from "./same-outcome.js";
import { mergeWarnings } from "./warnings.js";

export type { EvaluateOptions } from "./options.js";

function isCompiled(value: unknown): value is CompiledParameterSet {
  // A primitive has no `kind` either: only null and undefined need the optional chain.
  return (value as { kind?: unknown } | null | undefined)?.kind === "compiled-parameter-set";
}

/** Overrides compiled once per (override object, base set): evaluateMany with one options object compiles once. */
const overrideCache = new WeakMap<object, Map<string, CompiledParameterSet>>();

function resolveParameters(override: unknown, jurisdiction: string): CompiledParameterSet {
  if (isCompiled(override)) return override;
  const shipped = shippedParameterSet(jurisdiction);
  if (override === undefined || override === null) {
    if (shipped === undefined) {
      throw new InvalidHouseholdError([{ path: "jurisdiction", message: `no parameter set ships for "${jurisdiction}"; pass one in options.parameters (only CN-CQ ships in v1)` }]);
    }
    return shipped;
  }
  if (typeof override !== "object") throw new InvalidOptionsError([{ path: "parameters", message: "must be a parameter override object or a compiled parameter set" }]);
  return memo2(overrideCache, override, jurisdiction, () => compileParameterSet(applyOverride(shipped?.data, override)));
}

/** Digest of the series a determination read, cached per set and combination of series. */
const digestCache = new WeakMap<CompiledParameterSet, Map<string, string>>();

/**
 * The digest of the series read: the set's id and jurisdiction and those series' data, in canonical
 * JSON. The cache key is the names in the order they were read, which a code path repeats: no sort per
 * determination (a set read in another order is digested again, to the same digest).
 */
function parameterDigest(set: CompiledParameterSet, used: ReadonlySet<string>): string {
  return memo2(digestCache, set, [...used].join("\n"), () => {
    const names = [...used].filter((name) => set.series.has(name)).sort();
    const series = Object.fromEntries(names.map((name) => [name, set.data.series[name]]));
    return sha256Digest(canonicalJson({ id: set.id, jurisdiction: set.jurisdiction, series }));
  });
}

const STALE_AFTER_MONTHS = 12;

/** The date from which a series is stale, per compiled series: month arithmetic once, not once per determination. */
const staleFromCache = new WeakMap<CompiledSeries, string>();

function staleFrom(series: CompiledSeries, lastConfirmed: string): string {
  return memo(staleFromCache, series, () => addCalendarMonths(lastConfirmed, STALE_AFTER_MONTHS));
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
  const nearBound = peekValue(ctx, "near-dibao.bound");
  return {
    countedMembers: facts.countedMembers,
    countableMonthlyIncome: formatMoney(facts.totalIncome),
    perCapitaMonthlyIncome: formatMoney(facts.perCapita),
    standard: formatMoney(facts.standard),
    nearDibaoLine: nearBound?.decimal === undefined ? null : formatMoney(nearBound.decimal.times(facts.standard)),
  };
}

interface Decision {
  readonly facts: HouseholdFacts;
  readonly draft: RuleDraft;
  readonly warnings: readonly RuleWarning[];
}

/** Facts, then every rule module in order, each patching the draft. */
function decide(household: Household, ctx: EvaluationContext): Decision {
  const facts = deriveHouseholdFacts(household, ctx);
  let draft: RuleDraft = { dibao: undefined, singlePersonReferrals: [], specialHardship: [] };
  const warnings: RuleWarning[] = [];
  for (const rule of RULES) {
    const patch = rule.apply(facts, ctx, draft);
    draft = {
      dibao: patch.dibao ?? draft.dibao,
      singlePersonReferrals: patch.singlePersonReferrals ?? draft.singlePersonReferrals,
      specialHardship: patch.specialHardship ?? draft.specialHardship,
    };
    if (patch.warnings !== undefined) warnings.push(...patch.warnings);
  }
  return { facts, draft, warnings };
}

/**
 * A whole-number parameter for the tests below, NaN when the set holds none on `asOf`: every comparison
 * with it is false, so the test finds nothing to try. That is safe: the rule that needs the parameter
 * reads it through the context and fails the evaluation first, or did not run, and then had nothing the
 * alternative could change.
 */
function whole(ctx: EvaluationContext, name: string): number {
  return peekValue(ctx, name)?.decimal?.toNumber() ?? Number.NaN;
}

/**
 * Whether an interpretation could matter for this household at all: only then is the alternative tried.
 * Each test is a necessary condition for the alternative reading to change something decided, so a
 * household that fails it would be decided the same under both and needs no second run.
 */
const COUNTERFACTUALS: ReadonlyArray<{ readonly id: InterpretationId; readonly applies: (facts: HouseholdFacts, ctx: EvaluationContext, draft: RuleDraft) => boolean }> = [
  {
    id: "INT-1",
    applies: (facts, ctx) =>
      facts.members.some((m) => m.leapDayEve) ||
      facts.members.some((m) => (m.member.supporters ?? []).some((s) => s.birthDate != null && s.birthDate.endsWith("-02-29") && ctx.asOf.endsWith("-02-28"))),
  },
  { id: "INT-4", applies: (facts) => facts.counted.some((m) => m.income.floored) },
  { id: "INT-5", applies: (facts) => facts.incomeEqualsStandard },
  {
    // INT-9 only moves the age limit of new entry on age alone (R4) from the minor limit to the
    // continuation limit: it can matter only for someone between the two (16 or 17 with the shipped ages).
    id: "INT-9",
    applies: (facts, ctx) => {
      const minor = whole(ctx, "special-hardship.no-capacity.minor-max-age");
      const continuation = whole(ctx, "special-hardship.continuation-max-age");
      return facts.counted.some((m) => m.age < minor !== m.age < continuation);
    },
  },
  {
    // INT-10 only adds the preschool category to classified top-ups (R5), which are computed for the
    // members of an eligible household and for people referred alone: a child under the age limit who
    // is not in school must be one of them.
    id: "INT-10",
    applies: (facts, ctx, draft) => {
      const maxAge = whole(ctx, "dibao.top-up.preschool-max-age");
      const householdEligible = draft.dibao?.status === "eligible";
      return facts.counted.some(
        (m) =>
          m.age < maxAge &&
          (m.member.schooling ?? "none") === "none" &&
          (householdEligible || draft.singlePersonReferrals.some((referral) => referral.memberId === m.member.id && referral.status === "refer")),
      );
    },
  },
  {
    // INT-11 only keeps social assistance out of a member's own income in R4's livelihood test. Counting
    // it can only raise that income, turning the test from met to not met, which changes nothing for a
    // member already ineligible: only members with such income and not ineligible can be affected.
    id: "INT-11",
    applies: (facts, _ctx, draft) =>
      facts.counted.some(
        (m) =>
          (m.member.incomes ?? []).some((income) => income.kind === "social-assistance") &&
          draft.specialHardship.some((entry) => entry.memberId === m.member.id && entry.status !== "ineligible"),
      ),
  },
];

/**
 * W-INTERPRETATION: an interpretation changed the result. For each interpretation in force that could
 * matter here, the household is decided again under the alternative reading; where what was decided
 * (statuses, amounts, dates) differs, the interpretation is named. INT-3 has its own warning.
 */
function interpretationWarnings(household: Household, ctx: EvaluationContext, decision: Decision): RuleWarning[] {
  const changed = COUNTERFACTUALS.filter(({ id, applies }) => {
    if (!ctx.interpretations[id] || !applies(decision.facts, ctx, decision.draft)) return false;
    const alternative = decide(household, { ...ctx, interpretations: { ...ctx.interpretations, [id]: false }, used: new Set() });
    return !sameOutcome(alternative.draft, decision.draft);
  }).map(({ id }) => id);
  return changed.length === 0 ? [] : [{ code: "W-INTERPRETATION", interpretations: changed }];
}

function run(household: Household, ctx: EvaluationContext, interpretationsOff: readonly string[]): Determination {
  const decision = decide(household, ctx);
  const { facts, draft } = decision;
  if (draft.dibao === undefined) throw new Error("no rule decided the dibao section");
  const warnings = [...decision.warnings, ...interpretationWarnings(household, ctx, decision), ...parameterWarnings(ctx)];
  return {
    schema: DETERMINATION_SCHEMA,
    householdId: household.id ?? null,
    asOf: ctx.asOf,
    jurisdiction: household.jurisdiction,
    engine: { name: ENGINE_NAME, version: ENGINE_VERSION },
    parameterSet: { id: ctx.parameters.id, digest: parameterDigest(ctx.parameters, ctx.used) },
    inputDigest: sha256Digest(canonicalValidHousehold(household) ?? canonicalJson(household)),
    ...(interpretationsOff.length > 0 ? { interpretationsOff } : {}),
    figures: figuresOf(facts, ctx),
    dibao: draft.dibao,
    singlePersonReferrals: draft.singlePersonReferrals,
    specialHardship: draft.specialHardship,
    warnings: mergeWarnings(warnings, household.members.map((member) => member.id)),
  };
}

/**
 * Decides a household's social assistance on `options.asOf`: dibao (with gradual exit), single-person
 * referrals and extreme-poverty support, each with the reasons and clauses that decided it.
 *
 * @throws {InvalidHouseholdError} the household breaks the v1 contract (every problem listed by path).
 * @throws {InvalidOptionsError} bad options, or the parameter set holds no value needed on `asOf`.
 */
export function evaluate(household: unknown, options: EvaluateOptions): Determination {
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
  };
  const standard = `dibao.standard.${parsed.area}`;
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
    return run(parsed, ctx, parsedOptions.interpretationsOff);
  } catch (error) {
    if (error instanceof ParameterError) throw new InvalidOptionsError([{ path: "parameters", message: error.message }]);
    throw error;
  }
}
