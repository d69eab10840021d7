/**
 * R7b rigid-expenditure hardship household (刚性支出困难家庭, src/rules/low-income/rigid-expenditure.ts): the
 * coverage condition read from the other sections, last year's disposable income by area and year, the
 * exact share test with its 4-decimal display (half-up), and when the ratio is recorded (its estimated
 * start warns inside 2025-04-14 … 2025-06-30; it goes stale from 2026-05-13). Expected values by hand.
 */
import { describe, expect, it } from "vitest";
import { evaluate, type Determination, type Reason } from "../../../src/index.js";
import { household, member, wage } from "../../helpers.js";

type Input = Parameters<typeof household>[1];

/** A TEST figure for year Y (not a statistic): the library holds 2018 and 2023 only. */
const figure = (area: "urban" | "rural", year: number, value = "50000") => ({ series: { [`resident-disposable-income.${area}`]: { values: [{ from: `${year}-01-01`, value }] } } });
/** Two earners, total 3000.00 a month: per-capita 1500.00, above 1.5 × 770 = 1155.00 in 2025-08; household income 36000.00 a year. */
const earners = (annual: string | null, extra: Input = {}) =>
  household([member("m1", { incomes: [wage("1800.00")] }), member("m2", { relation: "spouse", incomes: [wage("1200.00")] })], {
    ...(annual === null ? {} : { rigidExpenditure: { items: [{ kind: "medical", annual }] } }),
    ...extra,
  });
const reason = (d: Determination, suffix: string): Reason | undefined => d.lowIncome.rigidExpenditure.reasons.find((each) => each.code === `low-income.rigid-expenditure.${suffix}`);
const warned = (d: Determination, code: string) => d.warnings.find((warning) => warning.code === code)?.parameters ?? [];

describe("the share test (condition 4), exact, shown to 4 decimals half-up", () => {
  it.each([
    // 25201.80 / 36000 = 0.70005 exactly → 0.7001 (half-up), and ≥ 25200 → met.
    ["25201.80", "0.7001", "met"],
    // 25201.79 / 36000 = 0.7000497… → 0.7000, ≥ 25200 → met.
    ["25201.79", "0.7000", "met"],
    // 25199.99 / 36000 = 0.6999997… → 0.7000 shown, but 25199.99 < 25200 → not met.
    ["25199.99", "0.7000", "not-met"],
    // 36000 / 36000 = 1 → 1.0000.
    ["36000.00", "1.0000", "met"],
  ])("expenditure %s: shown %s, %s", (annual, shown, outcome) => {
    const d = evaluate(earners(annual), { asOf: "2025-08-15", parameters: figure("urban", 2024) });
    expect(reason(d, "ratio")).toMatchObject({ outcome, values: { rigidExpenditureRatio: shown, ratio: "0.70", annualIncome: "36000.00" }, interpretations: ["INT-13"] });
  });

  it("sums the items; no item (expenditure 0) is not met whatever the ratio", () => {
    const items = [
      { kind: "living" as const, annual: "10000.00" },
      { kind: "rehabilitation" as const, annual: "15200.00" },
    ];
    const summed = evaluate(earners(null, { rigidExpenditure: { items } }), { asOf: "2025-08-15", parameters: figure("urban", 2024) });
    expect(reason(summed, "ratio")?.values.rigidExpenditure).toBe("25200.00");
    expect(summed.lowIncome.rigidExpenditure.status).toBe("member");
    // Before Chongqing's ratio (2025-03-01): nothing spent is still definitely not met.
    const none = evaluate(earners(null, { rigidExpenditure: { items: [] } }), { asOf: "2025-03-01", parameters: figure("urban", 2024) });
    expect(reason(none, "ratio")).toMatchObject({ outcome: "not-met", values: { rigidExpenditure: "0.00", rigidExpenditureRatio: "0.0000", ratio: null }, missing: [] });
  });
});

describe("last year's disposable income (condition 2)", () => {
  it("reads the rural figure for a rural household, and names it with the year when not held", () => {
    // Rural 2025-08-15: S 630; the 2024 rural figure is not held.
    const rural = { ...earners("25200.00"), area: "rural" as const };
    const d = evaluate(rural, { asOf: "2025-08-15" });
    expect(reason(d, "income")).toMatchObject({ outcome: "unknown", missing: ["parameters.resident-disposable-income.rural:2024"], values: { area: "rural", disposableIncomeYear: 2024, disposableIncome: null } });
    // An urban figure does not help a rural household.
    expect(reason(evaluate(rural, { asOf: "2025-08-15", parameters: figure("urban", 2024) }), "income")?.outcome).toBe("unknown");
    expect(reason(evaluate(rural, { asOf: "2025-08-15", parameters: figure("rural", 2024) }), "income")?.outcome).toBe("met");
  });

  it("is strict: annual per-capita income equal to the figure is not below it", () => {
    // 1500.00 × 12 = 18000.00 against a figure of 18000 → not met; 18000.01 → met.
    expect(reason(evaluate(earners("25200.00"), { asOf: "2025-08-15", parameters: figure("urban", 2024, "18000") }), "income")?.outcome).toBe("not-met");
    expect(reason(evaluate(earners("25200.00"), { asOf: "2025-08-15", parameters: figure("urban", 2024, "18000.01") }), "income")?.outcome).toBe("met");
  });
});

describe("not covered (condition 1), from the sections decided before", () => {
  it("a member supported today as an extreme-poverty person covers the household", () => {
    const d = evaluate(earners("25200.00", { status: { specialHardshipMemberIds: ["m1"] } }), { asOf: "2025-08-15", parameters: figure("urban", 2024) });
    expect(reason(d, "not-covered")).toMatchObject({ outcome: "not-met", values: { supportedMemberIds: ["m1"] } });
    expect(d.lowIncome.rigidExpenditure.status).toBe("not-member");
  });

  it("a member whose extreme-poverty support needs review leaves coverage unknown, naming what R4 misses", () => {
    // m1 aged 65, no income of their own, own property finding not given, no supporter: R4 needs review.
    const input = household(
      [member("m1", { birthDate: "1960-01-01", supporters: [] }), member("m2", { relation: "other", incomes: [wage("3000.00")] })],
      { rigidExpenditure: { items: [{ kind: "medical", annual: "25200.00" }] } },
    );
    const d = evaluate(input, { asOf: "2025-08-15", parameters: figure("urban", 2024) });
    expect(d.specialHardship[0]?.status).toBe("needs-review");
    expect(reason(d, "not-covered")).toMatchObject({ outcome: "unknown", values: { specialHardshipPendingIds: ["m1"] }, missing: ["members[0].ownAssetsCompliant"] });
    expect(d.lowIncome.rigidExpenditure.status).toBe("needs-review");
  });
});

describe("not covered (condition 1) while dibao needs review", () => {
  it("names what dibao's review is missing, even when the dibao-edge tier is decided", () => {
    // Two earners, total 1000.00: per-capita 500.00 below S 770 (2025-08), property finding not given. Dibao
    // needs review for the property alone; R7a is not-member (500.00 is below the standard, not within
    // [770, 1155.00)), so only dibao's review leaves coverage unknown, and it misses assets.compliant.
    const input = { ...household([member("m1", { incomes: [wage("600.00")] }), member("m2", { relation: "spouse", incomes: [wage("400.00")] })], { rigidExpenditure: { items: [{ kind: "medical" as const, annual: "9000.00" }] } }), assets: null };
    const d = evaluate(input, { asOf: "2025-08-15", parameters: figure("urban", 2024) });
    expect(d.dibao.status).toBe("needs-review");
    expect(d.lowIncome.dibaoEdge.status).toBe("not-member");
    expect(reason(d, "not-covered")).toMatchObject({ outcome: "unknown", values: { dibaoStatus: "needs-review", dibaoEdgeStatus: "not-member", specialHardshipPendingIds: [] }, missing: ["assets.compliant"] });
  });
});

describe("when the ratio is recorded", () => {
  it("warns inside its estimated span only when the share test decided", () => {
    // 2025-06-30 (last day of the span): member → the ratio decided → W-PARAMETER-DATE-ESTIMATED.
    const decidedMember = evaluate(earners("25200.00"), { asOf: "2025-06-30", parameters: figure("urban", 2024) });
    expect(decidedMember.lowIncome.rigidExpenditure.status).toBe("member");
    expect(warned(decidedMember, "W-PARAMETER-DATE-ESTIMATED")).toEqual(["rigid-expenditure.ratio"]);
    // Same day, property fails: the tier is not-member whatever the share → no warning.
    const property = evaluate(earners("25200.00", { assets: { compliant: false } }), { asOf: "2025-06-30", parameters: figure("urban", 2024) });
    expect(property.lowIncome.rigidExpenditure.status).toBe("not-member");
    expect(warned(property, "W-PARAMETER-DATE-ESTIMATED")).toEqual([]);
    // Same day, no expenditure given: the share is unknown for want of the input, the ratio did not decide.
    expect(warned(evaluate(earners(null), { asOf: "2025-06-30", parameters: figure("urban", 2024) }), "W-PARAMETER-DATE-ESTIMATED")).toEqual([]);
  });

  it("goes stale from 2026-05-13 (last confirmed 2025-05-13), named only when it decided", () => {
    // 2026-06-01: standards not yet stale (until 2026-07-01); the 2025 figure supplied.
    const decided = evaluate(earners("25200.00"), { asOf: "2026-06-01", parameters: figure("urban", 2025) });
    expect(warned(decided, "W-PARAMETERS-MAY-BE-STALE")).toEqual(["rigid-expenditure.ratio"]);
    const edge = evaluate(
      household([member("m1", { incomes: [wage("1000.00")] })], { rigidExpenditure: { items: [{ kind: "medical", annual: "20000.00" }] } }),
      { asOf: "2026-06-01", parameters: figure("urban", 2025) },
    );
    expect(edge.lowIncome.dibaoEdge.status).toBe("member");
    expect(warned(edge, "W-PARAMETERS-MAY-BE-STALE")).toEqual([]);
  });
});
