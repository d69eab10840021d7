/**
 * The floor: what a developer would write by hand for R0 + R1 + R5 (`docs/rules.md`) — counted
 * members, countable income with deductions floored at 0 (INT-4), the exact income test total < S × n,
 * the property test, and the amount S × n − total + classified top-ups. Same decimal.js arithmetic as
 * the library; no validation, no reasons, no other rule. It trusts its input, so it only ever sees
 * households the library has accepted.
 */
import Decimal from "decimal.js";
import type { HouseholdInput } from "../src/model/household.js";
import { NOT_COUNTABLE, TOP_UP, ageOn, standardOn } from "./standards.js";

/** The library's settings (src/model/money.ts), configured here on a separate clone. */
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
const ZERO = new D(0);
const TOP = {
  disabled: new D(TOP_UP.disabled),
  severelyDisabled: new D(TOP_UP.severelyDisabled),
  seriousIllness: new D(TOP_UP.seriousIllness),
  aged: new D(TOP_UP.aged),
  childOrStudent: new D(TOP_UP.childOrStudent),
};

/** The part of a determination the four implementations are compared on. */
export interface DibaoOutcome {
  /** The floor and the engines give the first three (R1); "gradual-exit" comes from R2 (gradual-exit-check.ts). */
  readonly status: "eligible" | "ineligible" | "needs-review" | "gradual-exit";
  /** Two decimals, or null when not eligible. */
  readonly monthlyAmount: string | null;
}

type Member = HouseholdInput["members"][number];

/** Money as it arrives: decimal text, or a JSON number read through its decimal text. */
function amount(value: string | number): Decimal {
  return new D(typeof value === "number" ? String(value) : value);
}

function countableIncome(member: Member): Decimal {
  let total = ZERO;
  for (const income of member.incomes ?? []) if (!NOT_COUNTABLE.has(income.kind)) total = total.plus(amount(income.monthly));
  for (const deduction of member.deductions ?? []) total = total.minus(amount(deduction.monthly));
  return total.isNegative() ? ZERO : total;
}

/** R5: the highest of the exclusive categories, plus 40 if disabled at any grade. */
function topUp(member: Member, asOf: string): Decimal {
  const age = ageOn(member.birthDate, asOf);
  const grade = member.disability?.grade;
  const schooling = member.schooling ?? "none";
  let best = ZERO;
  if (grade != null && grade <= 2) best = TOP.severelyDisabled;
  if (member.seriousIllness === true && TOP.seriousIllness.greaterThan(best)) best = TOP.seriousIllness;
  if (age >= TOP_UP.agedMinAge && TOP.aged.greaterThan(best)) best = TOP.aged;
  if (((schooling === "none" && age < TOP_UP.preschoolMaxAge) || schooling !== "none") && TOP.childOrStudent.greaterThan(best)) best = TOP.childOrStudent;
  return member.disability != null ? best.plus(TOP.disabled) : best;
}

/** Dibao status and monthly amount of an applicant household on `asOf`. */
export function handWrittenDibao(household: HouseholdInput, asOf: string): DibaoOutcome {
  const counted = household.members.filter((member) => member.excluded == null);
  let total = ZERO;
  for (const member of counted) total = total.plus(countableIncome(member));
  const standardTimesMembers = new D(standardOn(household.area, asOf)).times(counted.length);
  if (!total.lessThan(standardTimesMembers)) return { status: "ineligible", monthlyAmount: null };
  const compliant = household.assets?.compliant;
  if (compliant === false) return { status: "ineligible", monthlyAmount: null };
  if (compliant == null) return { status: "needs-review", monthlyAmount: null };
  let monthly = standardTimesMembers.minus(total);
  for (const member of counted) monthly = monthly.plus(topUp(member, asOf));
  return { status: "eligible", monthlyAmount: monthly.toFixed(2, Decimal.ROUND_HALF_UP) };
}
