/**
 * The near-dibao line (src/facts/near-dibao.ts): one definition for the single-person route B (R3), the
 * dibao-edge tier (R7a) and `figures.nearDibaoLine`. Around the line the three agree, from both sides, and
 * the line is exact on totals (a per-capita figure shown as the line may still be below it).
 */
import { describe, expect, it } from "vitest";
import { evaluate, type Determination } from "../../src/index.js";
import { household, member, wage } from "../helpers.js";

// 2024-10-15, urban: S = 750, line 1.5 × 750 = 1125.00. m2 is seriously ill, so R3 tries route B.
const couple = (m1Wage: string) => household([member("m1", { incomes: [wage(m1Wage)] }), member("m2", { relation: "spouse", seriousIllness: true })]);

function routeB(d: Determination): string | undefined {
  return d.singlePersonReferrals[0]?.reasons.find((reason) => reason.code === "single-person.near-dibao.household-income")?.outcome;
}
function r7a(d: Determination): string | undefined {
  return d.lowIncome.dibaoEdge.reasons.find((reason) => reason.code === "low-income.dibao-edge.income")?.outcome;
}

describe("one near-dibao line for R3 route B, R7a and the figures", () => {
  // Per-capita = wage / 2: 2249.98 → 1124.99 (below), 2250.00 → 1125.00 (at), 1500.00 → 750.00 (at the standard).
  it.each([
    ["2249.98", "met", "refer"],
    ["2250.00", "not-met", undefined],
    ["1500.00", "met", "refer"],
  ])("wage %s: route B and R7a's income condition are both %s", (income, outcome, referral) => {
    const d = evaluate(couple(income), { asOf: "2024-10-15" });
    expect(d.figures.nearDibaoLine).toBe("1125.00");
    expect(r7a(d)).toBe(outcome);
    // Route B is listed only when the member is referred or may be (an entry exists).
    if (referral === undefined) expect(d.singlePersonReferrals).toEqual([]);
    else {
      expect(routeB(d)).toBe(outcome);
      expect(d.singlePersonReferrals[0]).toMatchObject({ memberId: "m2", route: "near-dibao", status: referral });
    }
  });

  it("shows the same line in the figures and in both reasons", () => {
    const d = evaluate(couple("2000.00"), { asOf: "2024-10-15" });
    const lines = [
      d.figures.nearDibaoLine,
      d.lowIncome.dibaoEdge.reasons.find((reason) => reason.code === "low-income.dibao-edge.income")?.values.nearDibaoLine,
      d.singlePersonReferrals[0]?.reasons.find((reason) => reason.code === "single-person.near-dibao.household-income")?.values.nearDibaoLine,
    ];
    expect(lines).toEqual(["1125.00", "1125.00", "1125.00"]);
  });

  it("follows a caller's line: 2 × the standard moves all three", () => {
    const parameters = { series: { "near-dibao.bound": { values: [{ from: "2024-01-01", value: "2" }] } } };
    // Per-capita 1400.00: above 1.5 × 750 but below 2 × 750 = 1500.00.
    const d = evaluate(couple("2800.00"), { asOf: "2024-10-15", parameters });
    expect(d.figures.nearDibaoLine).toBe("1500.00");
    expect([r7a(d), routeB(d), d.lowIncome.dibaoEdge.status]).toEqual(["met", "met", "member"]);
  });

  it("is compared on totals: three members at 3374.99 are below 3 × 1125 although per-capita shows 1125.00", () => {
    const three = household([member("m1", { incomes: [wage("3374.99")] }), member("m2", { relation: "spouse" }), member("m3", { relation: "other" })]);
    const d = evaluate(three, { asOf: "2024-10-15" });
    expect(d.figures.perCapitaMonthlyIncome).toBe("1125.00");
    expect(d.lowIncome.dibaoEdge.status).toBe("member");
  });
});
