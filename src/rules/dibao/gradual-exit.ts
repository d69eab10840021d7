/**
 * R2 Gradual-exit window (渐退期): a household receiving dibao whose per-capita income is no longer
 * below the standard keeps its amount for 6 months if income stays under the bound — 1.5 × from
 * 2020-09-07 for urban and rural households (`cq-daily-2020-09/gradual-exit`), 2 × for rural
 * registered-poor households before (`cq-daily-2020-09/gradual-exit-legacy`).
 */
import type { Reason } from "../../model/determination.js";
import { DIBAO, type DibaoSection, type GradualExitWindow } from "./section.js";
import { endOfNthMonth, firstDayOfNextMonth, previousDay } from "../../model/date.js";
import { decimalText } from "../../model/money.js";
import { compareWithMultiple, formatAmount, timesMultiple } from "../../model/amount.js";
import { citations, decimalParameter, integerParameter, interpretationOn, nextStart, peekValue, textParameter, type EvaluationContext } from "../../facts/context.js";
import type { HouseholdFacts } from "../../facts/household-facts.js";
import { isCurrentDibaoRecipient } from "../../facts/coverage.js";
import { PROPERTY_TEST_CLAUSES, STOP_REASON_CODE, stopReason } from "./minimum-living-guarantee.js";
import { allOf, outcomeOf, test } from "../reason.js";
import { readSection } from "../programme.js";
import type { RuleModule, RulePatch } from "../rule.js";

export const LEGACY_CLAUSES = ["cq-daily-2020-09/gradual-exit-legacy"] as const;
/** Every clause the current rule may cite, whatever the date; the ones in force come from `citations.gradual-exit.current`. */
export const CURRENT_CLAUSES = ["cq-daily-2020-09/gradual-exit", "cq-daily-2020-09/urban-rural", "mlg-review-2021/art-33", "backstop-notice-2022/1-3"] as const;
const REGISTERED_POOR = new Set(["unlifted", "lifted", "lifted-unstable"]);
const LEGACY_SCOPE = "rural-registered-poor";

type Regime = "current" | "legacy";

function regimeOf(scope: string): Regime {
  return scope === LEGACY_SCOPE ? "legacy" : "current";
}

function regimeClauses(ctx: EvaluationContext, regime: Regime): readonly string[] {
  return regime === "legacy" ? LEGACY_CLAUSES : citations(ctx, "citations.gradual-exit.current");
}

/** The current rule's clauses in force on asOf, or the legacy clause before the current rule began. */
function clausesInForce(ctx: EvaluationContext): readonly string[] {
  const current = citations(ctx, "citations.gradual-exit.current");
  return current.length > 0 ? current : LEGACY_CLAUSES;
}

/** R1's tests, without R1's stop decision: R2 decides continuation or stop itself. */
function testsOf(section: DibaoSection): Reason[] {
  return section.reasons.filter((reason) => reason.code !== STOP_REASON_CODE);
}

function propertyReason(facts: HouseholdFacts, clauses: readonly string[]): Reason {
  const compliant = facts.household.assets?.compliant;
  return test("gradual-exit.property-test", outcomeOf(compliant), [...PROPERTY_TEST_CLAUSES, ...clauses], {
    values: { assetsCompliant: compliant ?? null },
    missing: ["assets.compliant"],
  });
}

function keptAmountReason(facts: HouseholdFacts, clauses: readonly string[]): { reason: Reason; amount: string | null } {
  const kept = facts.household.status?.dibao?.monthlyAmount ?? null;
  // INT-6: the household keeps its current amount; not given → null, naming the field.
  const reason = test("gradual-exit.kept-amount", kept === null ? "unknown" : "met", clauses, {
    values: { monthlyAmount: kept },
    missing: ["status.dibao.monthlyAmount"],
    interpretations: ["INT-6"],
  });
  return { reason, amount: kept };
}

function section(status: DibaoSection["status"], reasons: Reason[], extra: Partial<DibaoSection> = {}): DibaoSection {
  return { status, monthlyAmount: null, baseAmount: null, topUps: [], paymentStart: null, stopFrom: null, window: null, reasons, ...extra };
}

function stopSection(ctx: EvaluationContext, reasons: Reason[], why: string): DibaoSection {
  return section("ineligible", [...reasons, stopReason(ctx, { why })], { stopFrom: firstDayOfNextMonth(ctx.asOf) });
}

/** Status and amount while a window runs (`window` given), or needs-review when the property is unknown. */
function windowSection(facts: HouseholdFacts, reasons: Reason[], window: GradualExitWindow, clauses: readonly string[]): DibaoSection {
  const kept = keptAmountReason(facts, clauses);
  return section("gradual-exit", [...reasons, kept.reason], { window, monthlyAmount: kept.amount });
}

/**
 * A window already running (INT-7): it runs to its end whatever income does, as long as the property
 * test passes; income back below the standard is ordinary dibao again (R1 decided that already).
 */
function continueWindow(facts: HouseholdFacts, ctx: EvaluationContext, tests: Reason[], start: string, end: string): DibaoSection {
  const scope = peekValue(ctx, "gradual-exit.scope", previousDay(start));
  const regime = regimeOf(typeof scope?.value === "string" ? scope.value : LEGACY_SCOPE);
  const clauses = regime === "legacy" ? LEGACY_CLAUSES : clausesInForce(ctx);
  const inProgress = test("gradual-exit.window-in-progress", "met", clauses, {
    values: { start, end, asOf: ctx.asOf },
    interpretations: ["INT-7"],
  });
  const property = propertyReason(facts, clauses);
  const reasons = [...tests, inProgress, property];
  if (property.outcome === "not-met") return stopSection(ctx, reasons, "property");
  if (property.outcome === "unknown") return section("needs-review", reasons);
  return windowSection(facts, reasons, { start, end, rule: regime }, clauses);
}

/** A new window: scope, bound and property tested under the regime in force on asOf. */
function newWindow(facts: HouseholdFacts, ctx: EvaluationContext, tests: Reason[]): DibaoSection {
  // Scope and bound are read without recording them, and recorded below where they decided: the current
  // rule's estimated start is warned about only when its bound decided a new window or a stop.
  const unrecorded: EvaluationContext = { ...ctx, used: new Set() };
  const regime = regimeOf(textParameter(unrecorded, "gradual-exit.scope"));
  const clauses = regimeClauses(ctx, regime);
  const reasons: Reason[] = [...tests];

  if (regime === "legacy") {
    const registration = facts.household.status?.povertyRegistration;
    const rural = facts.household.area === "rural";
    // A registration not given is read as not registered: the rule names the registered statuses.
    const outcome = rural && registration != null && REGISTERED_POOR.has(registration) ? "met" : "not-met";
    // The date the wider scope starts, from the data, for the explanation ("before 2020-09-07 …").
    const currentRuleFrom = nextStart(ctx, "gradual-exit.scope", (value) => value.value !== LEGACY_SCOPE) ?? null;
    reasons.push(test("gradual-exit.legacy-scope", outcome, clauses, { values: { area: facts.household.area, povertyRegistration: registration ?? null, currentRuleFrom } }));
  }

  const bound = decimalParameter(unrecorded, "gradual-exit.bound");
  const belowBound = compareWithMultiple(facts.totalIncome, bound, facts.standardTimesMembers) < 0;
  // INT-5: income exactly at the standard is not below it, so it reaches R2, and the window takes it in.
  const atStandard = facts.incomeEqualsStandard;
  const int5 = interpretationOn(ctx, "INT-5", atStandard);
  const boundOutcome = belowBound && (!atStandard || int5) ? "met" : "not-met";
  reasons.push(
    test("gradual-exit.bound", boundOutcome, clauses, {
      values: {
        rule: regime,
        perCapitaMonthlyIncome: facts.perCapita,
        standard: formatAmount(facts.standard),
        multiple: decimalText(bound),
        upperBound: formatAmount(timesMultiple(facts.standard, bound)),
        countableMonthlyIncome: formatAmount(facts.totalIncome),
        boundTimesMembers: formatAmount(timesMultiple(facts.standardTimesMembers, bound)),
        incomeEqualsStandard: atStandard,
      },
      interpretations: atStandard ? ["INT-5"] : [],
    }),
  );
  const property = propertyReason(facts, clauses);
  reasons.push(property);

  const outcome = allOf(reasons.slice(tests.length).map((reason) => reason.outcome));
  // The legacy rule was applied (its start is unknown); the current rule's bound decided a window or a stop.
  if (regime === "legacy" || outcome === "met" || boundOutcome === "not-met") {
    textParameter(ctx, "gradual-exit.scope");
    decimalParameter(ctx, "gradual-exit.bound");
  }
  if (outcome === "not-met") return stopSection(ctx, reasons, "gradual-exit");
  if (outcome === "unknown") return section("needs-review", reasons);
  const months = integerParameter(ctx, "gradual-exit.months");
  const start = firstDayOfNextMonth(ctx.asOf);
  const window: GradualExitWindow = { start, end: endOfNthMonth(start, months), rule: regime };
  reasons.push(test("gradual-exit.window", "met", clauses, { values: { start: window.start, end: window.end, months, rule: regime } }));
  return windowSection(facts, reasons, window, clauses);
}

/** True when the household left a window and has not re-entered dibao since: no second window in a row (INT-7). */
function windowJustUsed(facts: HouseholdFacts, end: string): boolean {
  const since = facts.household.status?.dibao?.since;
  return since == null || since <= end;
}

/**
 * Decides the gradual exit of a current recipient whose income test failed (R2). Returns the new dibao
 * section, or `undefined` when R2 does not apply (not a recipient, or income below the standard).
 */
export function evaluateGradualExit(facts: HouseholdFacts, ctx: EvaluationContext, dibao: DibaoSection): DibaoSection | undefined {
  const running = facts.household.status?.gradualExit ?? undefined;
  const inWindow = running !== undefined && ctx.asOf <= running.end;
  if (!isCurrentDibaoRecipient(facts.household) && !inWindow) return undefined;

  if (facts.incomeBelowStandard) {
    if (!inWindow || running === undefined) return undefined;
    // INT-7: income back below the standard restores ordinary dibao (R1 decided it) and ends the window.
    const note = test("gradual-exit.window-superseded", "met", clausesInForce(ctx), {
      values: { start: running.start, end: running.end },
      interpretations: ["INT-7"],
    });
    return { ...dibao, reasons: [...dibao.reasons, note] };
  }

  const tests = testsOf(dibao);
  let result: DibaoSection;
  if (inWindow && running !== undefined) {
    result = continueWindow(facts, ctx, tests, running.start, running.end);
  } else if (running !== undefined && windowJustUsed(facts, running.end)) {
    const used = test("gradual-exit.window-already-used", "not-met", clausesInForce(ctx), {
      values: { previousStart: running.start, previousEnd: running.end },
      interpretations: ["INT-7"],
    });
    result = stopSection(ctx, [...tests, used], "window-already-used");
  } else {
    result = newWindow(facts, ctx, tests);
  }
  // Before the current rule, the legacy rule (whose start is unknown) governs every review: reading it
  // records it, so its warning is raised. The current rule's series are recorded by newWindow only where
  // its bound decided; a window in progress or already used is decided by INT-7, not by its start.
  if (regimeOf(textParameter({ ...ctx, used: new Set() }, "gradual-exit.scope")) === "legacy") textParameter(ctx, "gradual-exit.scope");
  return result;
}

export const gradualExitRule: RuleModule<DibaoSection> = {
  id: "R2",
  title: "gradual-exit window",
  clauses: [...LEGACY_CLAUSES, ...CURRENT_CLAUSES, ...PROPERTY_TEST_CLAUSES, "saim/art-13"],
  apply(facts, ctx, draft): RulePatch<DibaoSection> {
    const dibao = readSection(draft, DIBAO);
    if (dibao === undefined) return {};
    const result = evaluateGradualExit(facts, ctx, dibao);
    return result === undefined ? {} : { section: result };
  },
};
