/**
 * R8 five-category screening (五类人群摸排, src/rules/screening/five-category-screening.ts): always five
 * entries in the report's order; each category's conditions three-valued; qualification through any of
 * R1, R3 and R4; the exit date against the shock date; a city without the screening. Expected by hand.
 */
import { describe, expect, it } from "vitest";
import { evaluate, type Determination, type ScreeningEntry } from "../../../src/index.js";
import { household, member, wage } from "../../helpers.js";

type Input = Parameters<typeof household>[1];
const epidemic = (since: string) => ({ cause: "epidemic" as const, effect: "income-drop" as const, since });
const single = (income: string, extra: Input = {}) => household([member("m1", { incomes: [wage(income)] })], extra);
const statuses = (d: Determination) => d.screening.map((entry) => entry.status);
const category = (d: Determination, n: number): ScreeningEntry => {
  const found = d.screening[n - 1];
  if (found === undefined) throw new Error(`no category ${n}`);
  return found;
};

describe("the five entries", () => {
  it("are always five, numbered 1–5 in the report's order, each with reasons citing the report", () => {
    for (const asOf of ["2020-09-06", "2024-10-15"]) {
      const d = evaluate(single("1500.00"), { asOf });
      expect(d.screening.map((entry) => [entry.category, entry.code])).toEqual([
        [1, "registered-poor-uncovered"],
        [2, "epidemic-backstop"],
        [3, "potential-recipient"],
        [4, "rural-covered-with-difficulties"],
        [5, "exited-needs-return"],
      ]);
      for (const entry of d.screening) {
        expect(entry.reasons.length).toBeGreaterThan(0);
        for (const reason of entry.reasons) expect(reason.clauses).toEqual(["cq-daily-2020-09/five-categories"]);
      }
    }
  });
});

describe("qualification (categories 2 and 3) through R1, R3 or R4", () => {
  it("a member referred alone (R3 route B) makes the household qualify", () => {
    // 2022-12-15, urban S 717, line 1075.50: per-capita 1000.00 ≥ 717 and below the line; m2 seriously ill → refer.
    const input = household([member("m1", { incomes: [wage("2000.00")] }), member("m2", { relation: "spouse", seriousIllness: true })], { circumstances: { shocks: [epidemic("2022-11-01")] } });
    const d = evaluate(input, { asOf: "2022-12-15" });
    expect(d.singlePersonReferrals[0]).toMatchObject({ memberId: "m2", status: "refer" });
    expect(category(d, 2)).toMatchObject({ status: "flag", reasons: [{ outcome: "met" }, { outcome: "met" }, { outcome: "met", values: { referredMemberIds: ["m2"] } }] });
    expect(category(d, 3).status).toBe("no");
  });

  it("a member referred alone is referred, not pending: only needs-review referrals are pending", () => {
    // The route-B household above: dibao ineligible (1000.00 ≥ 717), m2 referred, no extreme-poverty entry.
    const input = household([member("m1", { incomes: [wage("2000.00")] }), member("m2", { relation: "spouse", seriousIllness: true })], { circumstances: { shocks: [epidemic("2022-11-01")] } });
    const d = evaluate(input, { asOf: "2022-12-15" });
    expect(d.singlePersonReferrals.map((entry) => [entry.memberId, entry.status])).toEqual([["m2", "refer"]]);
    expect(category(d, 2).reasons[2]?.values).toEqual({ dibaoStatus: "ineligible", referredMemberIds: ["m2"], specialHardshipEligibleIds: [], pendingMemberIds: [] });
  });

  it("a member eligible for extreme-poverty support (R4) makes the household qualify", () => {
    // m1 aged 80, no income, own property compliant, no supporter → R4 eligible; the household's property fails dibao.
    const input = household([member("m1", { birthDate: "1944-01-01", ownAssetsCompliant: true, supporters: [] })], { assets: { compliant: false }, circumstances: { shocks: [epidemic("2022-11-01")] } });
    const d = evaluate(input, { asOf: "2022-12-15" });
    expect(d.dibao.status).toBe("ineligible");
    expect(d.specialHardship[0]?.status).toBe("eligible");
    expect(category(d, 2)).toMatchObject({ status: "flag", reasons: [{}, {}, { values: { specialHardshipEligibleIds: ["m1"] } }] });
  });

  it("a referral under review leaves qualification unknown, naming what it misses", () => {
    // As the route-B case, but the household's property finding is not given: dibao cannot fail on income
    // (1000.00 ≥ 717 is a definite fail), so only the referral is pending.
    const input = {
      ...household([member("m1", { incomes: [wage("2000.00")] }), member("m2", { relation: "spouse", seriousIllness: true })], { circumstances: { shocks: [epidemic("2022-11-01")] } }),
      assets: null,
    };
    const d = evaluate(input, { asOf: "2022-12-15" });
    expect(d.singlePersonReferrals[0]?.status).toBe("needs-review");
    expect(category(d, 2).reasons[2]).toMatchObject({ outcome: "unknown", missing: ["assets.compliant"], values: { pendingMemberIds: ["m2"] } });
    expect([category(d, 2).status, category(d, 3).status]).toEqual(["unknown", "unknown"]);
  });
});

describe("category 4: how a supported member is supported", () => {
  const rural = (arrangement: "dispersed" | "centralised" | undefined) =>
    household([member("m1", { incomes: [{ kind: "pension", monthly: "700.00" }], ...(arrangement === undefined ? {} : { supportArrangement: arrangement }) })], {
      area: "rural",
      status: { specialHardshipMemberIds: ["m1"] },
      circumstances: { shocks: [], difficulties: ["education"] },
    });

  it.each([
    ["dispersed", "flag"],
    ["centralised", "no"],
    [undefined, "unknown"],
  ] as const)("%s → %s", (arrangement, status) => {
    expect(category(evaluate(rural(arrangement), { asOf: "2024-10-15" }), 4).status).toBe(status);
  });

  it("a dibao household with an empty list of difficulties is not flagged", () => {
    const d = evaluate(single("400.00", { area: "rural", status: { dibao: { since: "2022-01-01" } }, circumstances: { difficulties: [] } }), { asOf: "2024-10-15" });
    expect(category(d, 4)).toMatchObject({ status: "no", reasons: [{ outcome: "met" }, { outcome: "met" }, { outcome: "met" }, { outcome: "not-met" }] });
  });
});

describe("category 5: the exit and the epidemic shock", () => {
  it("a shock before the exit date does not count", () => {
    // Exit 2022-09-01; epidemic shock since 2022-08-31 (in the 12-month window, but before the exit).
    const d = evaluate(single("1500.00", { status: { exitedCoverage: { date: "2022-09-01" } }, circumstances: { shocks: [epidemic("2022-08-31")] } }), { asOf: "2022-12-15" });
    expect(category(d, 5)).toMatchObject({ status: "no", reasons: [{ outcome: "met" }, { outcome: "met" }, { outcome: "not-met", values: { exitDate: "2022-09-01" } }] });
    // …while a shock on the exit date does.
    const onExit = evaluate(single("1500.00", { status: { exitedCoverage: { date: "2022-09-01" } }, circumstances: { shocks: [epidemic("2022-09-01")] } }), { asOf: "2022-12-15" });
    expect(category(onExit, 5).status).toBe("flag");
  });

  it("an exit dated after asOf has not happened yet", () => {
    const d = evaluate(single("1500.00", { status: { exitedCoverage: { date: "2022-12-16" } }, circumstances: { shocks: [epidemic("2022-11-01")] } }), { asOf: "2022-12-15" });
    expect(category(d, 5).reasons[0]).toMatchObject({ outcome: "not-met", values: { exitDate: "2022-12-16" } });
    expect(category(d, 5).status).toBe("no");
  });

  it("a shock of another cause is not the epidemic", () => {
    const d = evaluate(single("1500.00", { status: { exitedCoverage: { date: "2022-01-01" } }, circumstances: { shocks: [{ cause: "disaster", effect: "expenditure-surge", since: "2022-07-01" }] } }), { asOf: "2022-12-15" });
    expect(statuses(d)).toEqual(["no", "no", "flag", "no", "no"]);
  });
});

describe("a city without the screening", () => {
  it("on the national layer alone, every category is no, without an error for the missing series", () => {
    const parameters = {
      base: "CN",
      id: "CN-XX",
      jurisdiction: "CN-XX",
      series: { "dibao.standard.urban": { values: [{ from: "2022-01-01", value: "800" }] }, "dibao.standard.rural": { values: [{ from: "2022-01-01", value: "600" }] } },
    };
    const d = evaluate({ ...single("1500.00", { circumstances: { shocks: [epidemic("2024-05-01")] } }), jurisdiction: "CN-XX" }, { asOf: "2024-10-15", parameters });
    expect(statuses(d)).toEqual(["no", "no", "no", "no", "no"]);
    expect(d.screening[0]?.reasons[0]).toMatchObject({ code: "screening.not-in-force", values: { from: null } });
  });
});
