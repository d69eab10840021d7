/**
 * Where R2 (gradual exit, `docs/rules.md`) decides a household's dibao status, and what it
 * decides: the check `npm run bench` holds `evaluate` to on those households, written from the rule
 * text like the floor, independently of the library. Not timed: the floor stays R0 + R1 + R5.
 *
 * R2 decides when the household receives dibao today (`status.dibao`) or is in a window on asOf
 * (`status.gradualExit.end` ≥ asOf), and its income test fails (total ≥ S × n). Everywhere else the
 * library's dibao status is R1's, which the floor and both engines compute, so those households are
 * compared with them; these ones are compared with this check instead.
 */
import Decimal from "decimal.js";
import type { HouseholdInput } from "../src/model/household.js";
import type { DibaoOutcome } from "./hand-written.js";
import { GRADUAL_EXIT, NOT_COUNTABLE, standardOn } from "./standards.js";

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });

/** R2's outcome for the household, or `undefined` when R2 does not decide (the dibao status is R1's). */
export function gradualExitOutcome(household: HouseholdInput, asOf: string): DibaoOutcome | undefined {
  const status = household.status;
  const window = status?.gradualExit ?? undefined;
  const inWindow = window !== undefined && asOf <= window.end;
  if (status?.dibao == null && !inWindow) return undefined;
  if (asOf < GRADUAL_EXIT.from) throw new RangeError(`the bench's R2 check holds the rule from ${GRADUAL_EXIT.from} only: ${asOf}`);

  // R0: counted members' countable income, each floored at 0 (INT-4).
  const counted = household.members.filter((member) => member.excluded == null);
  let total = new D(0);
  for (const member of counted) {
    let own = new D(0);
    for (const income of member.incomes ?? []) if (!NOT_COUNTABLE.has(income.kind)) own = own.plus(String(income.monthly));
    for (const deduction of member.deductions ?? []) own = own.minus(String(deduction.monthly));
    if (own.isPositive()) total = total.plus(own);
  }
  const standardTimesMembers = new D(standardOn(household.area, asOf)).times(counted.length);
  // Income below the standard: R1 decides (and a running window gives way to ordinary dibao, INT-7).
  if (total.lessThan(standardTimesMembers)) return undefined;

  const stop: DibaoOutcome = { status: "ineligible", monthlyAmount: null };
  // A window already used and the household not back in dibao since: no second window in a row (INT-7).
  if (!inWindow && window !== undefined && (status?.dibao?.since == null || status.dibao.since <= window.end)) return stop;
  // A new window needs income below 1.5 × S (income equal to S is inside, INT-5); a running one does not.
  if (!inWindow && !total.lessThan(standardTimesMembers.times(GRADUAL_EXIT.bound))) return stop;
  const compliant = household.assets?.compliant;
  if (compliant === false) return stop;
  if (compliant == null) return { status: "needs-review", monthlyAmount: null };
  // The window keeps the amount paid today; not given → null (INT-6).
  const kept = status?.dibao?.monthlyAmount;
  return { status: "gradual-exit", monthlyAmount: kept == null ? null : new D(String(kept)).toFixed(2, Decimal.ROUND_HALF_UP) };
}
