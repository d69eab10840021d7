/**
 * R2's reasons, whole: what a caseworker or auditor reads for each gradual-exit decision — the code,
 * outcome, clauses in force, the figures used, what is missing and the interpretations behind it — and
 * the section they decide. Figures worked out by hand from the parameter tables:
 * 2023-10-15 urban S = 735, bound 1.5 (upper bound 1 102.50), 6 months, current-rule clauses
 * (cq-daily-2020-09 ×2, mlg-review-2021/art-33 from 2021-07-01, backstop-notice-2022/1-3 from 2022-10-20);
 * 2020-06-15 rural S = 440 (2019 row), legacy rule: rural registered-poor households, bound 2 (880).
 */
import { describe, expect, it } from "vitest";
import { evaluate, type Determination } from "../../../src/index.js";
import { expectedReason, household, member, wage } from "../../helpers.js";

const CURRENT = ["cq-daily-2020-09/gradual-exit", "cq-daily-2020-09/urban-rural", "mlg-review-2021/art-33", "backstop-notice-2022/1-3"];
const LEGACY = ["cq-daily-2020-09/gradual-exit-legacy"];
const PROPERTY = ["saim/art-9", "mlg-review-2021/art-14"];

const reason = (d: Determination, code: string) => d.dibao.reasons.find((r) => r.code === code);
const codes = (d: Determination) => d.dibao.reasons.map((r) => r.code);

type Extra = Parameters<typeof household>[1];
const recipient = (monthly: string, extra: Extra = {}, memberExtra = {}) =>
  household([member("m1", { incomes: [wage(monthly)], ...memberExtra })], { status: { dibao: { since: "2022-01-01", monthlyAmount: "300.00" } }, ...extra });

describe("a new window under the current rule (2023-10-15, income 1 000 per head)", () => {
  // Decided inside each test, not while the suite is collected (see vitest.config.ts on static mutants).
  const decide = () => evaluate(recipient("1000"), { asOf: "2023-10-15" });

  it("keeps the amount for six months from next month", () => {
    const d = decide();
    expect(d.dibao).toMatchObject({ status: "gradual-exit", monthlyAmount: "300.00", stopFrom: null, window: { start: "2023-11-01", end: "2024-04-30", rule: "current" } });
  });

  it("gives the bound, property, window and kept-amount reasons, and no stop", () => {
    const d = decide();
    expect(codes(d)).not.toContain("dibao.stop");
    expect(codes(d).slice(-4)).toEqual(["gradual-exit.bound", "gradual-exit.property-test", "gradual-exit.window", "gradual-exit.kept-amount"]);
    expect(reason(d, "gradual-exit.bound")).toEqual(expectedReason("gradual-exit.bound", "met", CURRENT, { rule: "current", perCapitaMonthlyIncome: "1000.00", standard: "735.00", multiple: "1.5", upperBound: "1102.50", countableMonthlyIncome: "1000.00", boundTimesMembers: "1102.50", incomeEqualsStandard: false }));
    expect(reason(d, "gradual-exit.property-test")).toEqual(expectedReason("gradual-exit.property-test", "met", [...PROPERTY, ...CURRENT], { assetsCompliant: true }));
    expect(reason(d, "gradual-exit.window")).toEqual(expectedReason("gradual-exit.window", "met", CURRENT, { start: "2023-11-01", end: "2024-04-30", months: 6, rule: "current" }));
    expect(reason(d, "gradual-exit.kept-amount")).toEqual(expectedReason("gradual-exit.kept-amount", "met", CURRENT, { monthlyAmount: "300.00" }, { interpretations: ["INT-6"] }));
  });

  it("without the current amount, keeps an unknown amount and names the field", () => {
    const d = decide();
    const noAmount = evaluate(recipient("1000", { status: { dibao: { since: "2022-01-01" } } }), { asOf: "2023-10-15" });
    expect(noAmount.dibao).toMatchObject({ status: "gradual-exit", monthlyAmount: null });
    expect(reason(noAmount, "gradual-exit.kept-amount")).toMatchObject({ outcome: "unknown", values: { monthlyAmount: null }, missing: ["status.dibao.monthlyAmount"] });
  });
});

describe("income exactly at the standard (INT-5)", () => {
  it("reaches R2, is under the bound, and the bound reason names INT-5", () => {
    const d = evaluate(recipient("735"), { asOf: "2023-10-15" });
    expect(d.dibao.status).toBe("gradual-exit");
    expect(reason(d, "gradual-exit.bound")).toMatchObject({ outcome: "met", values: { perCapitaMonthlyIncome: "735.00", incomeEqualsStandard: true }, interpretations: ["INT-5"] });
  });
});

describe("the property test of a new window", () => {
  it("unknown: needs review, naming assets.compliant, with no window", () => {
    const d = evaluate(recipient("1000", { assets: { compliant: null } }), { asOf: "2023-10-15" });
    expect(d.dibao).toMatchObject({ status: "needs-review", monthlyAmount: null, window: null, stopFrom: null });
    expect(reason(d, "gradual-exit.property-test")).toMatchObject({ outcome: "unknown", values: { assetsCompliant: null }, missing: ["assets.compliant"] });
    expect(codes(d)).not.toContain("gradual-exit.window");
  });

  it("not met: stops from next month, saying why", () => {
    const d = evaluate(recipient("1000", { assets: { compliant: false } }), { asOf: "2023-10-15" });
    expect(d.dibao).toMatchObject({ status: "ineligible", stopFrom: "2023-11-01", window: null });
    expect(reason(d, "gradual-exit.property-test")).toMatchObject({ outcome: "not-met", values: { assetsCompliant: false }, missing: [] });
    expect(reason(d, "dibao.stop")).toMatchObject({ outcome: "met", clauses: ["saim/art-13"], values: { why: "gradual-exit", stopFrom: "2023-11-01" } });
  });
});

describe("a window already running (INT-7)", () => {
  // The dibao began before the window (a since after asOf is invalid input: issue 24).
  const running = (monthly: string, window: { start: string; end: string }, extra: Extra = {}) =>
    recipient(monthly, { status: { dibao: { since: window.start < "2022-01-01" ? "2017-07-01" : "2022-01-01", monthlyAmount: "300.00" }, gradualExit: window }, ...extra });

  it("runs to its end whatever income does, under the rule in force the day before it began", () => {
    // Income 2 000 is over the bound: the window still runs.
    const d = evaluate(running("2000", { start: "2023-08-01", end: "2024-01-31" }), { asOf: "2023-10-15" });
    expect(d.dibao).toMatchObject({ status: "gradual-exit", monthlyAmount: "300.00", window: { start: "2023-08-01", end: "2024-01-31", rule: "current" } });
    expect(reason(d, "gradual-exit.window-in-progress")).toEqual(expectedReason("gradual-exit.window-in-progress", "met", CURRENT, { start: "2023-08-01", end: "2024-01-31", asOf: "2023-10-15" }, { interpretations: ["INT-7"] }));
    expect(codes(d)).not.toContain("gradual-exit.bound");
  });

  it("stops when the property test fails, and needs review when it is unknown", () => {
    const window = { start: "2023-08-01", end: "2024-01-31" };
    const failed = evaluate(running("2000", window, { assets: { compliant: false } }), { asOf: "2023-10-15" });
    expect(failed.dibao).toMatchObject({ status: "ineligible", stopFrom: "2023-11-01", window: null, monthlyAmount: null });
    expect(reason(failed, "dibao.stop")?.values).toMatchObject({ why: "property", stopFrom: "2023-11-01" });
    const unknown = evaluate(running("2000", window, { assets: { compliant: null } }), { asOf: "2023-10-15" });
    expect(unknown.dibao).toMatchObject({ status: "needs-review", stopFrom: null, window: null, monthlyAmount: null });
    expect(reason(unknown, "gradual-exit.property-test")).toMatchObject({ outcome: "unknown", missing: ["assets.compliant"] });
    expect(codes(unknown)).not.toContain("gradual-exit.kept-amount");
  });

  it("begun under the legacy rule, stays a legacy window with the legacy clause", () => {
    // Started 2020-08-01: the scope on 2020-07-31 is the legacy one.
    const d = evaluate(running("900", { start: "2020-08-01", end: "2021-01-31" }, { area: "rural", status: { povertyRegistration: "lifted", dibao: { since: "2019-01-01", monthlyAmount: "300.00" }, gradualExit: { start: "2020-08-01", end: "2021-01-31" } } }), { asOf: "2020-10-15" });
    expect(d.dibao.window).toEqual({ start: "2020-08-01", end: "2021-01-31", rule: "legacy" });
    expect(reason(d, "gradual-exit.window-in-progress")?.clauses).toEqual(LEGACY);
    expect(reason(d, "gradual-exit.property-test")?.clauses).toEqual([...PROPERTY, ...LEGACY]);
  });

  it("is superseded when income is back below the standard: ordinary dibao, with a note", () => {
    const d = evaluate(running("500", { start: "2023-08-01", end: "2024-01-31" }), { asOf: "2023-10-15" });
    expect(d.dibao.status).toBe("eligible");
    expect(reason(d, "gradual-exit.window-superseded")).toEqual(expectedReason("gradual-exit.window-superseded", "met", CURRENT, { start: "2023-08-01", end: "2024-01-31" }, { interpretations: ["INT-7"] }));
  });

  it("begun on the first day the tables hold (no scope the day before), is a legacy window", () => {
    // 2018-03-15: rural S = 410; the window began 2018-01-01, and the tables start that day.
    const d = evaluate(running("900", { start: "2018-01-01", end: "2018-06-30" }, { area: "rural" }), { asOf: "2018-03-15" });
    expect(d.dibao.window).toEqual({ start: "2018-01-01", end: "2018-06-30", rule: "legacy" });
    expect(reason(d, "gradual-exit.window-in-progress")?.clauses).toEqual(LEGACY);
  });

  it("superseded before the current rule began, cites the legacy clause", () => {
    const d = evaluate(running("100", { start: "2020-05-01", end: "2020-10-31" }, { area: "rural" }), { asOf: "2020-06-15" });
    expect(d.dibao.status).toBe("eligible");
    expect(reason(d, "gradual-exit.window-superseded")?.clauses).toEqual(LEGACY);
  });

  it("once ended, has no say when income is below the standard again: ordinary dibao, no note", () => {
    const d = evaluate(running("500", { start: "2023-01-01", end: "2023-06-30" }), { asOf: "2023-10-15" });
    expect(d.dibao.status).toBe("eligible");
    expect(codes(d).filter((code) => code.startsWith("gradual-exit."))).toEqual([]);
  });

  it("once ended, counts as just used when the household's dibao began on its last day or is not dated", () => {
    for (const dibao of [{ since: "2023-06-30", monthlyAmount: "300.00" }, { monthlyAmount: "300.00" }]) {
      const d = evaluate(recipient("1000", { status: { dibao, gradualExit: { start: "2023-01-01", end: "2023-06-30" } } }), { asOf: "2023-10-15" });
      expect(d.dibao.status).toBe("ineligible");
      expect(reason(d, "gradual-exit.window-already-used")?.outcome).toBe("not-met");
    }
    // Re-entered the day after: a new spell, and a new window.
    const again = evaluate(recipient("1000", { status: { dibao: { since: "2023-07-01", monthlyAmount: "300.00" }, gradualExit: { start: "2023-01-01", end: "2023-06-30" } } }), { asOf: "2023-10-15" });
    expect(again.dibao).toMatchObject({ status: "gradual-exit", window: { start: "2023-11-01", end: "2024-04-30", rule: "current" } });
  });

  it("once ended, is not followed by a second window while the household has not re-entered dibao", () => {
    const d = evaluate(running("1000", { start: "2023-01-01", end: "2023-06-30" }), { asOf: "2023-10-15" });
    expect(d.dibao).toMatchObject({ status: "ineligible", stopFrom: "2023-11-01", window: null });
    expect(reason(d, "gradual-exit.window-already-used")).toEqual(expectedReason("gradual-exit.window-already-used", "not-met", CURRENT, { previousStart: "2023-01-01", previousEnd: "2023-06-30" }, { interpretations: ["INT-7"] }));
    expect(reason(d, "dibao.stop")?.values).toMatchObject({ why: "window-already-used" });
  });
});

describe("the legacy rule (2020-06-15, rural S = 440, bound 2)", () => {
  const legacy = (registration: "none" | "lifted" | "edge" | null, area: "rural" | "urban" = "rural") =>
    evaluate(recipient("600", { area, status: { dibao: { since: "2019-01-01", monthlyAmount: "300.00" }, ...(registration === null ? {} : { povertyRegistration: registration }) } }), { asOf: "2020-06-15" });

  it("gives a registered-poor rural household a window, naming the scope, with the legacy clause", () => {
    const d = legacy("lifted");
    expect(d.dibao).toMatchObject({ status: "gradual-exit", window: { start: "2020-07-01", end: "2020-12-31", rule: "legacy" } });
    expect(reason(d, "gradual-exit.legacy-scope")).toEqual(expectedReason("gradual-exit.legacy-scope", "met", LEGACY, { area: "rural", povertyRegistration: "lifted", currentRuleFrom: "2020-09-07" }));
    expect(reason(d, "gradual-exit.bound")).toMatchObject({
      outcome: "met",
      clauses: LEGACY,
      values: { rule: "legacy", perCapitaMonthlyIncome: "600.00", standard: "440.00", multiple: "2", upperBound: "880.00", boundTimesMembers: "880.00" },
    });
  });

  it("stops a household not registered, or not rural", () => {
    for (const d of [legacy(null), legacy("none"), legacy("edge"), legacy("lifted", "urban")]) {
      expect(d.dibao).toMatchObject({ status: "ineligible", stopFrom: "2020-07-01" });
      expect(reason(d, "gradual-exit.legacy-scope")?.outcome).toBe("not-met");
    }
    // The current rule's start, 2020-09-07 (docs/parameters.md, series citations.gradual-exit.current), for the explanation.
    expect(reason(legacy(null), "gradual-exit.legacy-scope")?.values).toEqual({ area: "rural", povertyRegistration: null, currentRuleFrom: "2020-09-07" });
  });
});
