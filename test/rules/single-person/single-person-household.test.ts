/** R3: severity grounds by date, the three routes in order, the one-person amount (INT-8), no split of an eligible household. */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/index.js";
import { household, member, wage } from "../../helpers.js";

// 2023-10-15, urban S = 735, near-dibao line 1102.50. Two members, m1 earns 1800 → per-capita 900: near-dibao.
const nearDibao = (m2: Parameters<typeof member>[1], asOf = "2023-10-15", extra = {}) =>
  evaluate(household([member("m1", { incomes: [wage("1800")] }), member("m2", m2)], extra), { asOf });

describe("R3 single-person-household referral", () => {
  it("near-dibao route: S − own income + top-ups (INT-8)", () => {
    // m2 grade-2 physical, own income 100: 735 − 100 + (60 + 40) = 735.00.
    const d = nearDibao({ disability: { category: "physical", grade: 2 }, incomes: [wage("100")] });
    expect(d.dibao.status).toBe("ineligible");
    expect(d.singlePersonReferrals.map(({ reasons: _r, ...entry }) => entry)).toEqual([{ memberId: "m2", route: "near-dibao", status: "refer", monthlyAmount: "735.00" }]);
    const amount = d.singlePersonReferrals[0]?.reasons.find((r) => r.code === "single-person.amount");
    expect(amount).toMatchObject({ interpretations: ["INT-8"], values: { baseAmount: "635.00", topUp: "100.00", monthlyAmount: "735.00" } });
  });

  it("severity: grade 3 intellectual or mental only from 2021-07-01; grade 3 physical never", () => {
    // 2021-06-30: urban S = 620 (line 930); m1 1300 → per-capita 650.
    const at = (asOf: string, disability: { category: "intellectual" | "mental" | "physical"; grade: number }) =>
      evaluate(household([member("m1", { incomes: [wage("1300")] }), member("m2", { disability: disability as never })]), { asOf }).singlePersonReferrals.map((r) => r.memberId);
    expect(at("2021-06-30", { category: "intellectual", grade: 3 })).toEqual([]);
    expect(at("2021-07-01", { category: "intellectual", grade: 3 })).toEqual(["m2"]);
    expect(at("2021-07-01", { category: "mental", grade: 3 })).toEqual(["m2"]);
    expect(at("2021-07-01", { category: "physical", grade: 3 })).toEqual([]);
  });

  it("serious illness qualifies", () => {
    // 735 − 0 + 60 = 795.00.
    expect(nearDibao({ seriousIllness: true }).singlePersonReferrals[0]?.monthlyAmount).toBe("795.00");
  });

  it("near-dibao line as a pair: one fen under 1.5 × S refers, exactly at it does not", () => {
    // Two members, total 2 × 1102.49 = 2204.98 → per-capita 1102.49 < 1102.50.
    expect(evaluate(household([member("m1", { incomes: [wage("2204.98")] }), member("m2", { seriousIllness: true })]), { asOf: "2023-10-15" }).singlePersonReferrals).toHaveLength(1);
    expect(evaluate(household([member("m1", { incomes: [wage("2205")] }), member("m2", { seriousIllness: true })]), { asOf: "2023-10-15" }).singlePersonReferrals).toHaveLength(0);
  });

  it("property unknown on the near-dibao route: needs-review entry with no amount", () => {
    const d = nearDibao({ seriousIllness: true }, "2023-10-15", { assets: undefined });
    expect(d.singlePersonReferrals.map(({ reasons: _r, ...e }) => e)).toEqual([{ memberId: "m2", route: "near-dibao", status: "needs-review", monthlyAmount: null }]);
  });

  it("registered-poor route comes first and needs no household means test", () => {
    // Per-capita 2000 ≫ 1.5 × S, registration unlifted: m2 grade 1, own income 0 → 735 + 100 = 835.00.
    const d = evaluate(household([member("m1", { incomes: [wage("4000")] }), member("m2", { disability: { category: "visual", grade: 1 } })], { status: { povertyRegistration: "unlifted" } }), { asOf: "2023-10-15" });
    expect(d.singlePersonReferrals.map((r) => [r.route, r.monthlyAmount])).toEqual([["registered-poor", "835.00"]]);
  });

  it("adult route from 2022-10-20: sibling and 60+ support not counted; employed must be known", () => {
    // Per-capita 2000 (not near-dibao). m2 grade 1, 30 years old, unemployed, 800 from a sibling, 100 other transfer.
    const m2 = (employed: boolean | undefined) =>
      member("m2", {
        birthDate: "1993-01-01",
        disability: { category: "physical", grade: 1 },
        employed,
        incomes: [
          { kind: "transfer", monthly: "800", supportFrom: "sibling" },
          { kind: "transfer", monthly: "100", supportFrom: "other" },
        ],
      });
    const run = (employed: boolean | undefined, asOf: string) => evaluate(household([member("m1", { incomes: [wage("3100")] }), m2(employed)]), { asOf }).singlePersonReferrals;
    // 2023-10-15: 735 − 100 + 100 = 735.00.
    expect(run(false, "2023-10-15").map((r) => [r.route, r.status, r.monthlyAmount])).toEqual([["adult-severe-disability", "refer", "735.00"]]);
    // 2022-10-19: the route is not in force (S = 717).
    expect(run(false, "2022-10-19")).toEqual([]);
    expect(run(false, "2022-10-20").map((r) => r.monthlyAmount)).toEqual(["717.00"]);
    expect(run(true, "2023-10-15")).toEqual([]);
    const unknown = run(undefined, "2023-10-15");
    expect(unknown.map((r) => [r.route, r.status])).toEqual([["adult-severe-disability", "needs-review"]]);
    expect(unknown[0]?.reasons.find((r) => r.code === "single-person.adult-severe-disability.person")?.missing).toEqual(["members[1].employed"]);
  });

  it("own income at the standard gives no referral by that route", () => {
    // m1 1000 + m2's own income: per-capita 867.50 / 867.495, inside the near-dibao band either way.
    const withOwn = (own: string) => evaluate(household([member("m1", { incomes: [wage("1000")] }), member("m2", { seriousIllness: true, incomes: [wage(own)] })]), { asOf: "2023-10-15" });
    expect(withOwn("735").singlePersonReferrals).toEqual([]);
    // 735 − 734.99 + 60 = 60.01.
    expect(withOwn("734.99").singlePersonReferrals[0]?.monthlyAmount).toBe("60.01");
  });

  it("no member is referred alone from a household eligible as a whole", () => {
    const d = evaluate(household([member("m1", { incomes: [wage("500")] }), member("m2", { disability: { category: "physical", grade: 1 } })], { status: { povertyRegistration: "unlifted" } }), { asOf: "2023-10-15" });
    expect(d.dibao.status).toBe("eligible");
    expect(d.singlePersonReferrals).toEqual([]);
  });

  it("two members referred, in member order; excluded members never", () => {
    const d = evaluate(
      household([
        member("m1", { incomes: [wage("2700")] }),
        member("m2", { seriousIllness: true }),
        member("m3", { excluded: "imprisoned", disability: { category: "physical", grade: 1 } }),
        member("m4", { disability: { category: "mental", grade: 2 } }),
      ]),
      { asOf: "2023-10-15" },
    );
    // n = 3, per-capita 900. m2: 735 + 60; m4: 735 + 100.
    expect(d.singlePersonReferrals.map((r) => [r.memberId, r.monthlyAmount])).toEqual([
      ["m2", "795.00"],
      ["m4", "835.00"],
    ]);
  });

  it("the near-dibao line is recorded as read (its estimated 2020-09-07 start warned about) only when the near-dibao route decided the entry", () => {
    // 2021-01-15, inside the line's uncertainty span (2020-09-07 … 2021-06-30); urban S = 620, line 1.5 × 620 = 930.
    const estimated = (d: ReturnType<typeof evaluate>) => d.warnings.find((w) => w.code === "W-PARAMETER-DATE-ESTIMATED")?.parameters ?? [];
    // Near-dibao route: m1 1300, n = 2 → per-capita 650, 620 ≤ 650 < 930; property not given → the route is
    // pending and decides the entry (needs-review). R7a is pending too, so only R3 records the line.
    const near = evaluate(household([member("m1", { incomes: [wage("1300")] }), member("m2", { seriousIllness: true })], { assets: {} }), { asOf: "2021-01-15" });
    expect(near.singlePersonReferrals.map((r) => [r.memberId, r.route, r.status])).toEqual([["m2", "near-dibao", "needs-review"]]);
    expect(estimated(near)).toContain("near-dibao.bound");
    // Registered-poor route: m1 3000 → per-capita 1500 ≥ 930, no near-dibao household (nor R7a member); m2 own
    // income 0 < 620, unlifted → referred by the legacy route, 620 + 60 = 680.00: the line decided nothing.
    const registered = evaluate(household([member("m1", { incomes: [wage("3000")] }), member("m2", { seriousIllness: true })], { status: { povertyRegistration: "unlifted" } }), { asOf: "2021-01-15" });
    expect(registered.singlePersonReferrals.map((r) => [r.memberId, r.route, r.status, r.monthlyAmount])).toEqual([["m2", "registered-poor", "refer", "680.00"]]);
    expect(estimated(registered)).not.toContain("near-dibao.bound");
  });
});
