/**
 * R1's reasons, whole, for the contract's example household (2023-10-15, urban S = 735: m1 earns 1 200,
 * m2 has no income, m3 is a pupil; per head 400 < 735; S × 3 − 1 200 = 1 005, student top-up 100,
 * paid from 2023-11-01), and the stop reason of a recipient who fails a test.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/index.js";
import { expectedReason, household, member, wage } from "../../helpers.js";


describe("an eligible household", () => {
  const family = household([member("m1", { incomes: [wage("1200")] }), member("m2"), member("m3", { birthDate: "2012-01-01", schooling: "compulsory" })]);

  it("gives the counted members, both tests, each top-up and the amount, in that order", () => {
    const d = evaluate(family, { asOf: "2023-10-15" });
    expect(d.dibao.reasons).toEqual([
      expectedReason("household.counted-members", "met", ["mlg-review-2021/art-7"], { countedMembers: 3, excludedMemberIds: [], exclusionReasons: [] }),
      expectedReason("dibao.income-test", "met", ["saim/art-9", "saim/art-10", "mlg-review-2021/art-13"], {
        countableMonthlyIncome: "1200.00",
        countedMembers: 3,
        perCapitaMonthlyIncome: "400.00",
        standard: "735.00",
        standardTimesMembers: "2205.00",
        area: "urban",
      }),
      expectedReason("dibao.property-test", "met", ["saim/art-9", "mlg-review-2021/art-14"], { assetsCompliant: true }),
      expectedReason("top-up.member", "met", ["cq-standards-2018", "saim/art-12/para-2"], { memberId: "m3", age: 11, categories: ["student"], eligibleCategories: ["student"], amount: "100.00", agedMinAge: 70, severeDisabilityGrades: null }),
      expectedReason("dibao.amount", "met", ["saim/art-12/para-1", "mlg-review-2021/art-23", "mlg-review-2021/art-21"], {
        standardTimesMembers: "2205.00",
        countableMonthlyIncome: "1200.00",
        baseAmount: "1005.00",
        topUpTotal: "100.00",
        monthlyAmount: "1105.00",
        paymentStart: "2023-11-01",
      }),
    ]);
  });

  it("names INT-4 in the income test when a member's deductions exceed their income and another's income would absorb the excess", () => {
    // m1: 100 − 300 → 0 under INT-4; m2: 500. Total 500 (the other reading: 100 − 300 + 500 = 300).
    const deducted = household([member("m1", { incomes: [wage("100")], deductions: [{ kind: "disability-or-illness-cost", monthly: "300" }] }), member("m2", { relation: "spouse", incomes: [wage("500")] })]);
    expect(evaluate(deducted, { asOf: "2023-10-15" }).dibao.reasons.find((r) => r.code === "dibao.income-test")).toMatchObject({
      values: { countableMonthlyIncome: "500.00" },
      interpretations: ["INT-4"],
    });
  });

  it("does not name INT-4 for a person alone, whose total is 0 under both readings", () => {
    const alone = household([member("m1", { incomes: [wage("100")], deductions: [{ kind: "disability-or-illness-cost", monthly: "300" }] })]);
    expect(evaluate(alone, { asOf: "2023-10-15" }).dibao.reasons.find((r) => r.code === "dibao.income-test")).toMatchObject({
      values: { countableMonthlyIncome: "0.00" },
      interpretations: [],
    });
  });
});

describe("a current recipient who fails the property test", () => {
  it("stops from next month, the stop reason naming the failed test", () => {
    const d = evaluate(household([member("m1", { incomes: [wage("100")] })], { assets: { compliant: false }, status: { dibao: { since: "2022-01-01", monthlyAmount: "635.00" } } }), { asOf: "2023-10-15" });
    expect(d.dibao).toMatchObject({ status: "ineligible", stopFrom: "2023-11-01", monthlyAmount: null });
    expect(d.dibao.reasons.at(-1)).toEqual(expectedReason("dibao.stop", "met", ["saim/art-13"], { failedTests: "dibao.property-test", stopFrom: "2023-11-01" }));
  });

  it("an applicant who fails is refused with no stop date and no stop reason", () => {
    const d = evaluate(household([member("m1", { incomes: [wage("100")] })], { assets: { compliant: false } }), { asOf: "2023-10-15" });
    expect(d.dibao).toMatchObject({ status: "ineligible", stopFrom: null });
    expect(d.dibao.reasons.map((r) => r.code)).not.toContain("dibao.stop");
  });
});
