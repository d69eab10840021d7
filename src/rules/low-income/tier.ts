/**
 * What the two low-income tiers (R7a, R7b) share: the status from the three-valued AND of their
 * conditions, and the tier that is not in force yet on `asOf`.
 */
import type { Outcome, Reason } from "../../model/determination.js";
import { nextStart, optionalValue, peekValue, switchParameter, type EvaluationContext } from "../../facts/context.js";
import type { ParameterName } from "../../policy/parameters.js";
import { allOf, test } from "../reason.js";
import type { TierResult, TierStatus } from "./section.js";

export const NOT_IN_FORCE_CODE = "low-income.not-in-force";

/** member when every condition is met, not-member when one definitely is not, needs-review otherwise. */
export function tierStatus(reasons: readonly Reason[]): TierStatus {
  const outcome: Outcome = allOf(reasons.map((reason) => reason.outcome));
  return outcome === "met" ? "member" : outcome === "not-met" ? "not-member" : "needs-review";
}

/**
 * The tier's switch on `asOf`, without recording the read: a switch whose start is estimated is recorded
 * only by a rule whose result it decided. A set without the switch (or not a switch) is the recording
 * read's error, which names it.
 */
export function tierSwitch(ctx: EvaluationContext, name: ParameterName): boolean {
  const value = peekValue(ctx, name)?.value;
  return typeof value === "boolean" ? value : switchParameter(ctx, name);
}

/** The tier before its start: not-member, with the one reason that says so. */
export function notInForce(ctx: EvaluationContext, tier: "dibao-edge" | "rigid-expenditure", name: ParameterName, clauses: readonly string[]): TierResult {
  // The switch decided the tier: its value before the start is verified, so recording it warns of nothing.
  optionalValue(ctx, name);
  return {
    status: "not-member",
    reasons: [test(NOT_IN_FORCE_CODE, "not-met", clauses, { values: { tier, asOf: ctx.asOf, from: nextStart(ctx, name, (value) => value.value === true) ?? null } })],
  };
}
