/**
 * What the two peer engines receive. Both get the same per-household facts, precomputed here in plain
 * JS because neither engine can do it natively or exactly: ages in full years (INT-1 calendar rule),
 * and each member's sums of countable income and of deductions as exact decimal text (R0: which income
 * kinds count, added with decimal.js). Everything from there on is inside the engine: the INT-4 floor at
 * 0, who is counted, the household total, the standard in force, the income and property tests, the
 * status, the R5 top-ups and the amount S × n − total + top-ups.
 */
import Decimal from "decimal.js";
import type { HouseholdInput } from "../src/model/household.js";
import { NOT_COUNTABLE, ageOn } from "./standards.js";

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });

export interface MemberFacts {
  /** Not excluded (mlg-review-2021/art-7). */
  readonly counted: boolean;
  readonly age: number;
  /** Disability grade 1–4, or 0 when none. */
  readonly grade: number;
  readonly disabled: boolean;
  readonly seriousIllness: boolean;
  /** `"none"` when not given. */
  readonly schooling: string;
  /** Sum of the member's incomes of countable kinds, decimal text. */
  readonly grossIncome: string;
  /** Sum of the member's deductions, decimal text. */
  readonly deductions: string;
}

export interface HouseholdFacts {
  readonly area: string;
  readonly asOf: string;
  /** asOf as the number yyyymmdd, for engines that compare numbers, not dates. */
  readonly asOfNumber: number;
  /** `assets.compliant`: true, false, or null when not given. */
  readonly assetsCompliant: boolean | null;
  readonly members: readonly MemberFacts[];
}

function text(value: string | number): string {
  return typeof value === "number" ? String(value) : value;
}

export function engineFacts(household: HouseholdInput, asOf: string): HouseholdFacts {
  return {
    area: household.area,
    asOf,
    asOfNumber: Number(asOf.replaceAll("-", "")),
    assetsCompliant: household.assets?.compliant ?? null,
    members: household.members.map((member) => {
      let gross = new D(0);
      for (const income of member.incomes ?? []) if (!NOT_COUNTABLE.has(income.kind)) gross = gross.plus(text(income.monthly));
      let deductions = new D(0);
      for (const deduction of member.deductions ?? []) deductions = deductions.plus(text(deduction.monthly));
      return {
        counted: member.excluded == null,
        age: ageOn(member.birthDate, asOf),
        grade: member.disability?.grade ?? 0,
        disabled: member.disability != null,
        seriousIllness: member.seriousIllness === true,
        schooling: member.schooling ?? "none",
        grossIncome: gross.toString(),
        deductions: deductions.toString(),
      };
    }),
  };
}
