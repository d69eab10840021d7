/**
 * Shocks (收入骤减或支出骤增) within the look-back window, as the five-category screening (R8) and the
 * specialised-assistance referrals (R9) read them. INT-14: "骤减/骤增" is read as within a year: a shock
 * counts when its `since` lies in [asOf minus N months, asOf], both ends included, where "minus N months"
 * keeps the day of the month (29 February → 28 February in a common year). N is the parameter
 * `screening.shock-lookback-months`.
 */
import { addCalendarMonths } from "../model/date.js";
import type { Shock } from "../model/household.js";
import { integerParameter, type EvaluationContext } from "./context.js";
import type { HouseholdFacts } from "./household-facts.js";

export interface ShockWindow {
  /** The first day of the look-back window, inclusive. */
  readonly from: string;
  /** `asOf`, inclusive. */
  readonly to: string;
  /** The shocks given whose `since` lies in the window; `undefined` when `circumstances.shocks` is not given (unknown). */
  readonly shocks: readonly Shock[] | undefined;
}

/** The shocks of the household inside the look-back window ending on `asOf` (INT-14). */
export function shocksInWindow(facts: HouseholdFacts, ctx: EvaluationContext): ShockWindow {
  const months = integerParameter(ctx, "screening.shock-lookback-months");
  const from = addCalendarMonths(ctx.asOf, -months);
  const given = facts.household.circumstances?.shocks;
  // ISO dates compare as text.
  const shocks = given == null ? undefined : given.filter((shock) => shock.since >= from && shock.since <= ctx.asOf);
  return { from, to: ctx.asOf, shocks };
}
