/**
 * R7a Dibao-edge household (低保边缘家庭), a tier of the low-income population (低收入人口): a household not
 * in dibao whose per-capita income is at or above the standard and below the near-dibao line (1.5 ×), with
 * compliant property (`cq-daily-2020-09/single-person` from 2020-09-07, `backstop-notice-2022/1-4`,
 * `low-income-opinion-2023/2`). The line is the one the single-person route B uses (`facts/near-dibao.ts`).
 */
import type { Outcome, Reason } from "../../model/determination.js";
import { citations, decimalParameter, nextStart, optionalValue, peekValue, type EvaluationContext } from "../../facts/context.js";
import type { HouseholdFacts } from "../../facts/household-facts.js";
import { nearDibaoLine, nearDibaoLineValues, recordNearDibaoLine } from "../../facts/near-dibao.js";
import { DIBAO } from "../dibao/section.js";
import { readSection, type Draft } from "../programme.js";
import { outcomeOf, test } from "../reason.js";
import type { RuleModule, RulePatch } from "../rule.js";
import type { LowIncomeSection, TierResult } from "./section.js";
import { notInForce, tierStatus, tierSwitch } from "./tier.js";

/** Chongqing's own text for the tier, from the 2020-09-07 conference: cited where no other clause is in force yet. */
const CQ_2020 = "cq-daily-2020-09/single-person";
export const DIBAO_EDGE_CLAUSES = [CQ_2020, "backstop-notice-2022/1-4", "low-income-opinion-2023/2"] as const;

/** Condition 1: not in dibao. A household in a gradual-exit window is still a dibao household. */
function notInDibaoReason(draft: Draft, clauses: readonly string[]): Reason {
  const dibao = readSection(draft, DIBAO);
  const status = dibao?.status ?? "needs-review";
  const outcome: Outcome = status === "ineligible" ? "met" : status === "needs-review" ? "unknown" : "not-met";
  // Income is always known, so only what left dibao undecided (the property finding) can be missing.
  const missing = outcome === "unknown" ? [...new Set((dibao?.reasons ?? []).filter((reason) => reason.outcome === "unknown").flatMap((reason) => reason.missing))] : [];
  return test("low-income.dibao-edge.in-dibao", outcome, clauses, { values: { dibaoStatus: status }, missing });
}

/** The error for a set with the tier in force but no line: the required read raises the one that names it. */
function missingLine(ctx: EvaluationContext): Error {
  decimalParameter(ctx, "near-dibao.bound");
  return new Error("near-dibao.bound read without a value");
}

/**
 * The clauses that bring the tier in, for the reason that says it is not in force yet: those of the first
 * citations.dibao-edge value after `asOf` (Chongqing's report in the shipped set, the national notice for
 * a city on the national layer).
 */
function introducingClauses(ctx: EvaluationContext): readonly string[] {
  const from = nextStart(ctx, "citations.dibao-edge");
  const clauses = from === undefined ? undefined : peekValue(ctx, "citations.dibao-edge", from)?.value;
  return Array.isArray(clauses) && clauses.length > 0 ? clauses : [CQ_2020];
}

/** Decides whether the household is a dibao-edge household on `asOf`. */
export function evaluateDibaoEdge(facts: HouseholdFacts, ctx: EvaluationContext, draft: Draft): TierResult {
  if (!tierSwitch(ctx, "dibao-edge.in-force")) return notInForce(ctx, "dibao-edge", "dibao-edge.in-force", introducingClauses(ctx));
  const near = nearDibaoLine(facts, ctx);
  // A set with the tier in force but no line: the required read raises the error that names the line.
  if (near === undefined) throw missingLine(ctx);
  const inForce = citations(ctx, "citations.dibao-edge");
  const clauses = inForce.length > 0 ? inForce : [CQ_2020];
  const compliant = facts.household.assets?.compliant;
  const reasons = [
    notInDibaoReason(draft, clauses),
    test("low-income.dibao-edge.income", near.withinLine ? "met" : "not-met", clauses, {
      values: nearDibaoLineValues(facts, near),
    }),
    test("low-income.dibao-edge.property-test", outcomeOf(compliant), clauses, { values: { assetsCompliant: compliant ?? null }, missing: ["assets.compliant"] }),
  ];
  const status = tierStatus(reasons);
  if (status === "member") {
    // The line and the tier's start decided membership: recorded now, they warn inside their uncertainty span.
    recordNearDibaoLine(ctx);
    optionalValue(ctx, "dibao-edge.in-force");
  }
  return { status, reasons };
}

/** R7b's place in the section until R7b, the programme's next rule, decides it. */
const UNDECIDED: TierResult = { status: "needs-review", reasons: [] };

export const dibaoEdgeRule: RuleModule<LowIncomeSection> = {
  id: "R7a",
  title: "dibao-edge household",
  clauses: DIBAO_EDGE_CLAUSES,
  apply(facts, ctx, draft): RulePatch<LowIncomeSection> {
    return { section: { dibaoEdge: evaluateDibaoEdge(facts, ctx, draft), rigidExpenditure: UNDECIDED } };
  },
};
