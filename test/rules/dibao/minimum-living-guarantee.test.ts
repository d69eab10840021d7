/** R0 + R1: counted members, countable income, the two tests (three-valued), the amount and its reasons. */
import { describe, expect, it } from "vitest";
import { evaluate, type Reason } from "../../../src/index.js";
import { household, member, wage } from "../../helpers.js";

const reason = (reasons: readonly Reason[], code: string) => {
  const found = reasons.find((item) => item.code === code);
  if (found === undefined) throw new Error(`no reason ${code}`);
  return found;
};

describe("R0 household and countable income", () => {
  it("leaves out excluded members and their income (mlg-review-2021/art-7)", () => {
    // 2024-06-01, urban S = 735. Counted: m1 (600). m2 imprisoned with 5000 is not counted. n = 1.
    const d = evaluate(household([member("m1", { incomes: [wage("600")] }), member("m2", { excluded: "imprisoned", incomes: [wage("5000")] })]), { asOf: "2024-06-01" });
    expect(d.figures).toEqual({ countedMembers: 1, countableMonthlyIncome: "600.00", perCapitaMonthlyIncome: "600.00", standard: "735.00", nearDibaoLine: "1102.50" });
    expect(reason(d.dibao.reasons, "household.counted-members").values).toMatchObject({ countedMembers: 1, excludedMemberIds: ["m2"], exclusionReasons: ["imprisoned"] });
    expect(d.dibao.monthlyAmount).toBe("135.00");
  });

  it("counts countable kinds and not the excluded ones (mlg-review-2021/art-13)", () => {
    // Counted: wage 100 + business 100 + property 100 + transfer 100 + pension 100 + other 100 + old-age-allowance 100 + social-insurance 100 = 800.
    // Not counted: preferential-care, family-planning, scholarship, heroism-reward, social-assistance, basic-pension (inside 2021-07-01…2025-12-31).
    const counted = ["wage", "business", "property", "transfer", "pension", "other", "old-age-allowance", "social-insurance"] as const;
    const excluded = ["preferential-care", "family-planning", "scholarship", "heroism-reward", "social-assistance", "basic-pension"] as const;
    const incomes = [...counted, ...excluded].map((kind) => ({ kind, monthly: "100" }));
    const d = evaluate(household([member("m1", { incomes })]), { asOf: "2024-06-01" });
    expect(d.figures.countableMonthlyIncome).toBe("800.00");
    expect(d.warnings).toEqual([]);
  });

  it("INT-4: deductions floor a member at 0 and do not reach other members", () => {
    // m1: 100 wage − 300 costs → 0 (not −200). m2: 900 wage. Total 900, n = 2, S×n = 1470 (2024-06-01).
    const d = evaluate(household([member("m1", { incomes: [wage("100")], deductions: [{ kind: "disability-or-illness-cost", monthly: "300" }] }), member("m2", { incomes: [wage("900")] })]), { asOf: "2024-06-01" });
    expect(d.figures.countableMonthlyIncome).toBe("900.00");
    expect(d.dibao.baseAmount).toBe("570.00");
    expect(reason(d.dibao.reasons, "dibao.income-test").interpretations).toEqual(["INT-4"]);
    // With INT-4 off the excess 200 offsets m2: total 700, base 770.
    const off = evaluate(household([member("m1", { incomes: [wage("100")], deductions: [{ kind: "disability-or-illness-cost", monthly: "300" }] }), member("m2", { incomes: [wage("900")] })]), {
      asOf: "2024-06-01",
      interpretations: { "INT-4": false },
    });
    expect(off.dibao.baseAmount).toBe("770.00");
    expect(off.interpretationsOff).toEqual(["INT-4"]);
  });

  it("INT-4 off: the excess offsets other members' income, the total never goes below 0, a person assessed alone floors at 0", () => {
    // One member, no income, a 10-yuan deduction, 2023-10-15 (S = 735): total 0 either way → 735.00, not 745.00.
    const alone = household([member("m1", { deductions: [{ kind: "employment-cost", monthly: "10" }] })]);
    for (const interpretations of [{}, { "INT-4": false }]) {
      const d = evaluate(alone, { asOf: "2023-10-15", interpretations });
      expect([d.figures.countableMonthlyIncome, d.dibao.monthlyAmount]).toEqual(["0.00", "735.00"]);
      expect(d.warnings).toEqual([]);
    }
    // m1 100 − 300 = −200, m2 150. INT-4: 0 + 150 = 150 → base 1470 − 150 = 1320.00. Off: −200 + 150 = −50 → 0 → 1470.00.
    const two = household([member("m1", { incomes: [wage("100")], deductions: [{ kind: "disability-or-illness-cost", monthly: "300" }] }), member("m2", { relation: "spouse", incomes: [wage("150")] })]);
    const on = evaluate(two, { asOf: "2023-10-15" });
    expect(on.dibao.baseAmount).toBe("1320.00");
    expect(on.warnings[0]?.alternatives?.[0]?.changes[0]).toEqual({ section: "dibao", memberId: null, item: null, status: "eligible", amount: "1320.00", alternativeStatus: "eligible", alternativeAmount: "1470.00" });
    const off = evaluate(two, { asOf: "2023-10-15", interpretations: { "INT-4": false } });
    expect([off.figures.countableMonthlyIncome, off.dibao.baseAmount]).toEqual(["0.00", "1470.00"]);
    // Referred alone (route B, near-dibao): m1 wage 1800, m2 seriously ill, no income, a 100 deduction. Per capita 900
    // (INT-4) or 850 (off), both in [735, 1102.50). m2's own income is 0 under both readings: 735 + 60 (illness) = 795.00.
    const referral = household([member("m1", { incomes: [wage("1800")] }), member("m2", { relation: "spouse", seriousIllness: true, deductions: [{ kind: "disability-or-illness-cost", monthly: "100" }] })]);
    for (const interpretations of [{}, { "INT-4": false }]) {
      expect(evaluate(referral, { asOf: "2023-10-15", interpretations }).singlePersonReferrals).toMatchObject([{ memberId: "m2", route: "near-dibao", status: "refer", monthlyAmount: "795.00" }]);
    }
  });

  it("INT-3: the basic pension outside 2021-07-01…2025-12-31 stays excluded, with its warning; off, it counts", () => {
    const h = household([member("m1", { incomes: [{ kind: "basic-pension", monthly: "150" }, wage("400")] })]);
    const inside = evaluate(h, { asOf: "2025-12-31" });
    expect(inside.warnings).toEqual([]);
    expect(inside.figures.countableMonthlyIncome).toBe("400.00");
    const after = evaluate(h, { asOf: "2026-01-01" });
    expect(after.figures.countableMonthlyIncome).toBe("400.00");
    expect(after.warnings.map((w) => w.code)).toEqual(["W-BASIC-PENSION-EXCLUSION-ASSUMED"]);
    expect(reason(after.dibao.reasons, "dibao.income-test").interpretations).toEqual(["INT-3"]);
    const before = evaluate(h, { asOf: "2021-06-30" });
    expect(before.warnings.map((w) => w.code)).toContain("W-BASIC-PENSION-EXCLUSION-ASSUMED");
    const counted = evaluate(h, { asOf: "2026-01-01", interpretations: { "INT-3": false } });
    expect(counted.figures.countableMonthlyIncome).toBe("550.00");
    expect(counted.warnings).toEqual([]);
  });
});

describe("R1 minimum living guarantee", () => {
  it("income test: one fen below is met, exactly at the standard is not (低于 is strict)", () => {
    expect(evaluate(household([member("m1", { incomes: [wage("769.99")] })]), { asOf: "2025-10-01" }).dibao).toMatchObject({ status: "eligible", monthlyAmount: "0.01" });
    const at = evaluate(household([member("m1", { incomes: [wage("770")] })]), { asOf: "2025-10-01" }).dibao;
    expect(at).toMatchObject({ status: "ineligible", monthlyAmount: null, stopFrom: null });
    expect(reason(at.reasons, "dibao.income-test")).toMatchObject({ outcome: "not-met", clauses: ["saim/art-9", "saim/art-10", "mlg-review-2021/art-13"] });
  });

  it("compares exactly and rounds once: 1000 over 3 members", () => {
    // S = 735 (2023-10-15). Per-capita 333.33…; base = 735×3 − 1000 = 1205 exactly (not (735 − 333.33)×3 = 1205.01).
    const d = evaluate(household([member("a", { incomes: [wage("1000")] }), member("b"), member("c")]), { asOf: "2023-10-15" });
    expect(d.figures.perCapitaMonthlyIncome).toBe("333.33");
    expect(d.dibao.baseAmount).toBe("1205.00");
  });

  it("three-valued: property unknown is needs-review when income passes, ineligible when income fails", () => {
    const unknown = evaluate(household([member("m1", { incomes: [wage("100")] })], { assets: undefined }), { asOf: "2024-06-01" }).dibao;
    expect(unknown.status).toBe("needs-review");
    expect(reason(unknown.reasons, "dibao.property-test")).toMatchObject({ outcome: "unknown", missing: ["assets.compliant"] });
    expect(evaluate(household([member("m1", { incomes: [wage("1000")] })], { assets: undefined }), { asOf: "2024-06-01" }).dibao.status).toBe("ineligible");
    expect(evaluate(household([member("m1")], { assets: { compliant: false } }), { asOf: "2024-06-01" }).dibao.status).toBe("ineligible");
  });

  it("no short-circuit: both tests are reported even when the first fails", () => {
    const d = evaluate(household([member("m1", { incomes: [wage("1000")] })], { assets: { compliant: false } }), { asOf: "2024-06-01" }).dibao;
    expect(d.reasons.map((r) => [r.code, r.outcome])).toEqual([
      ["household.counted-members", "met"],
      ["dibao.income-test", "not-met"],
      ["dibao.property-test", "not-met"],
    ]);
  });

  it("pays from the first day of next month and shows the figures it used", () => {
    const d = evaluate(household([member("m1", { incomes: [wage("500")] })]), { asOf: "2023-12-31" }).dibao;
    expect(d.paymentStart).toBe("2024-01-01");
    expect(reason(d.reasons, "dibao.amount").values).toMatchObject({ standardTimesMembers: "735.00", countableMonthlyIncome: "500.00", baseAmount: "235.00", topUpTotal: "0.00", monthlyAmount: "235.00" });
  });

  it("stops a current recipient who fails, from next month, with written reasons (saim/art-13)", () => {
    const d = evaluate(household([member("m1", { incomes: [wage("100")] })], { assets: { compliant: false }, status: { dibao: { monthlyAmount: "600" } } }), { asOf: "2024-06-15" }).dibao;
    expect(d).toMatchObject({ status: "ineligible", stopFrom: "2024-07-01" });
    expect(reason(d.reasons, "dibao.stop")).toMatchObject({ clauses: ["saim/art-13"], values: { stopFrom: "2024-07-01" } });
  });
});
