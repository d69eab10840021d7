/**
 * R7a dibao-edge household (低保边缘家庭, src/rules/low-income/dibao-edge.ts): the conditions decided one by
 * one, the clauses in force by date, and W-PARAMETER-DATE-ESTIMATED only when R7a decided `member` inside
 * the line's uncertainty span (2020-09-07 … 2021-06-30). Expected values worked out by hand in each case.
 */
import { describe, expect, it } from "vitest";
import { evaluate, type Determination } from "../../../src/index.js";
import { household, member, wage } from "../../helpers.js";

const single = (income: string, extra: Parameters<typeof household>[1] = {}) => household([member("m1", { incomes: [wage(income)] })], extra);
const estimated = (d: Determination) => d.warnings.find((warning) => warning.code === "W-PARAMETER-DATE-ESTIMATED")?.parameters ?? [];
const codes = (d: Determination) => d.lowIncome.dibaoEdge.reasons.map((reason) => `${reason.code}:${reason.outcome}`);

describe("R7a conditions", () => {
  it("a household inside the line with property compliant is a member, every condition shown met", () => {
    // 2024-10-15: S 750, line 1125.00; 1000.00 lies in [750, 1125).
    const d = evaluate(single("1000.00"), { asOf: "2024-10-15" });
    expect(d.lowIncome.dibaoEdge.status).toBe("member");
    expect(codes(d)).toEqual(["low-income.dibao-edge.in-dibao:met", "low-income.dibao-edge.income:met", "low-income.dibao-edge.property-test:met"]);
  });

  it("shows every condition even when the first already fails (no short-circuit)", () => {
    // Recipient below the standard: eligible for dibao, so in dibao and below the line's range; property fails too.
    const d = evaluate(single("500.00", { assets: { compliant: false }, status: { dibao: { since: "2023-01-01" } } }), { asOf: "2024-10-15" });
    expect(d.dibao.status).toBe("ineligible");
    expect(codes(d)).toEqual(["low-income.dibao-edge.in-dibao:met", "low-income.dibao-edge.income:not-met", "low-income.dibao-edge.property-test:not-met"]);
    expect(d.lowIncome.dibaoEdge.status).toBe("not-member");
  });

  it("a recipient whose window is undecided (property unknown) is unknown on condition 1, naming the property finding", () => {
    // Recipient at 800.00 ≥ 750 with assets not given: R2 needs review; R7a cannot tell whether it is outside dibao.
    const input = { ...single("800.00", { status: { dibao: { since: "2023-01-01" } } }), assets: null };
    const d = evaluate(input, { asOf: "2024-10-15" });
    expect(d.dibao.status).toBe("needs-review");
    expect(d.lowIncome.dibaoEdge.reasons[0]).toMatchObject({ code: "low-income.dibao-edge.in-dibao", outcome: "unknown", missing: ["assets.compliant"], values: { dibaoStatus: "needs-review" } });
    expect(d.lowIncome.dibaoEdge.status).toBe("needs-review");
  });

  it("a window in progress is still dibao: not a member although income and property qualify", () => {
    const d = evaluate(single("900.00", { status: { dibao: { since: "2023-01-01", monthlyAmount: "100.00" }, gradualExit: { start: "2024-08-01", end: "2025-01-31" } } }), { asOf: "2024-10-15" });
    expect(d.dibao.status).toBe("gradual-exit");
    expect(d.lowIncome.dibaoEdge).toMatchObject({ status: "not-member", reasons: [{ outcome: "not-met", values: { dibaoStatus: "gradual-exit" } }, { outcome: "met" }, { outcome: "met" }] });
  });
});

describe("R7a clauses by date (citations.dibao-edge)", () => {
  const clausesOn = (asOf: string) => evaluate(single("1000.00"), { asOf }).lowIncome.dibaoEdge.reasons[1]?.clauses;

  it("cites the Chongqing report alone before the national texts, then adds them as they come into force", () => {
    // 2022-10-19 / 2022-10-20: backstop-notice-2022; 2023-10-31 / 2023-11-01: the 2023 opinion (month only in our copy).
    expect(clausesOn("2022-10-19")).toEqual(["cq-daily-2020-09/single-person"]);
    expect(clausesOn("2022-10-20")).toEqual(["cq-daily-2020-09/single-person", "backstop-notice-2022/1-4"]);
    expect(clausesOn("2023-10-31")).toEqual(["cq-daily-2020-09/single-person", "backstop-notice-2022/1-4"]);
    expect(clausesOn("2023-11-01")).toEqual(["cq-daily-2020-09/single-person", "backstop-notice-2022/1-4", "low-income-opinion-2023/2"]);
  });

  it("for a city on the national layer alone, the tier starts 2022-10-20 and cites no Chongqing text", () => {
    const parameters = {
      base: "CN",
      id: "CN-XX",
      jurisdiction: "CN-XX",
      series: { "dibao.standard.urban": { values: [{ from: "2022-01-01", value: "800" }] }, "dibao.standard.rural": { values: [{ from: "2022-01-01", value: "600" }] } },
    };
    const city = { ...single("1000.00"), jurisdiction: "CN-XX" };
    expect(evaluate(city, { asOf: "2022-10-19", parameters }).lowIncome.dibaoEdge).toMatchObject({
      status: "not-member",
      reasons: [{ code: "low-income.not-in-force", clauses: ["backstop-notice-2022/1-4"], values: { from: "2022-10-20" } }],
    });
    const after = evaluate(city, { asOf: "2022-10-20", parameters }).lowIncome.dibaoEdge;
    expect(after.status).toBe("member");
    expect(after.reasons.flatMap((reason) => reason.clauses)).not.toContain("cq-daily-2020-09/single-person");
  });
});

describe("W-PARAMETER-DATE-ESTIMATED for the line's estimated start (2020-09-07 … 2021-06-30)", () => {
  it("names the line and the tier's start when R7a decided member inside the span", () => {
    // 2021-06-30: S 620 (from 2020-09-01), line 930.00; 700.00 lies in [620, 930).
    const d = evaluate(single("700.00"), { asOf: "2021-06-30" });
    expect(d.lowIncome.dibaoEdge.status).toBe("member");
    expect(estimated(d)).toEqual(["dibao-edge.in-force", "near-dibao.bound"]);
  });

  it("raises nothing inside the span when R7a decided not-member (income above the line)", () => {
    const d = evaluate(single("1000.00"), { asOf: "2021-06-30" });
    expect(d.lowIncome.dibaoEdge.status).toBe("not-member");
    expect(estimated(d)).toEqual([]);
  });

  it("raises nothing inside the span when R7a left the household to review", () => {
    const d = evaluate({ ...single("700.00"), assets: null }, { asOf: "2021-06-30" });
    expect(d.lowIncome.dibaoEdge.status).toBe("needs-review");
    expect(estimated(d)).toEqual([]);
  });

  it("raises nothing for a member after the span (2021-07-01)", () => {
    const d = evaluate(single("700.00"), { asOf: "2021-07-01" });
    expect(d.lowIncome.dibaoEdge.status).toBe("member");
    expect(estimated(d)).toEqual([]);
  });
});
