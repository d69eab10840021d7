/** R2: which rule by date, the bound, INT-5/6/7, window dates, stops with written reasons. */
import { describe, expect, it } from "vitest";
import { evaluate, type Reason } from "../../../src/index.js";
import { household, member, wage } from "../../helpers.js";

const codes = (reasons: readonly Reason[]) => reasons.map((r) => `${r.code}:${r.outcome}`);
const recipient = (income: string, extra: Record<string, unknown> = {}) =>
  household([member("m1", { incomes: [wage(income)] })], { status: { dibao: { since: "2022-01-01", monthlyAmount: "300" }, ...extra } });

describe("R2 gradual exit", () => {
  it("current rule: one fen under 1.5 × S gets the window; exactly 1.5 × S stops", () => {
    // 2023-10-15 urban S = 735; 1.5 × 735 = 1102.50.
    const under = evaluate(recipient("1102.49"), { asOf: "2023-10-15" }).dibao;
    expect(under).toMatchObject({ status: "gradual-exit", monthlyAmount: "300.00", window: { start: "2023-11-01", end: "2024-04-30", rule: "current" }, stopFrom: null });
    expect(under.reasons.find((r) => r.code === "gradual-exit.window")?.clauses).toEqual([
      "cq-daily-2020-09/gradual-exit",
      "cq-daily-2020-09/urban-rural",
      "mlg-review-2021/art-33",
      "backstop-notice-2022/1-3",
    ]);
    const at = evaluate(recipient("1102.50"), { asOf: "2023-10-15" }).dibao;
    expect(at).toMatchObject({ status: "ineligible", stopFrom: "2023-11-01", window: null });
    expect(codes(at.reasons)).toContain("dibao.stop:met");
  });

  it("legacy rule before 2020-09-07: rural registered poor only, under 2 × S, with the estimated-date warning", () => {
    // 2020-06-01 rural S = 440 (2019 row); 2 × 440 = 880.
    const rural = (registration: string, income: string) =>
      household([member("m1", { incomes: [wage(income)] })], { area: "rural", status: { povertyRegistration: registration as never, dibao: { monthlyAmount: "100" } } });
    const granted = evaluate(rural("lifted", "879.99"), { asOf: "2020-06-01" });
    expect(granted.dibao.window).toEqual({ start: "2020-07-01", end: "2020-12-31", rule: "legacy" });
    // W-CLAUSE-BEFORE-INSTRUMENT: before 2021-07-01 the 2021 measures stand in for the earlier ones (issue 24).
    expect(granted.warnings.map((w) => w.code)).toEqual(["W-CLAUSE-BEFORE-INSTRUMENT", "W-PARAMETER-DATE-ESTIMATED"]);
    expect(granted.warnings[1]?.parameters).toEqual(["gradual-exit.bound", "gradual-exit.months", "gradual-exit.scope"]);
    expect(evaluate(rural("lifted", "880"), { asOf: "2020-06-01" }).dibao.status).toBe("ineligible");
    expect(evaluate(rural("none", "500"), { asOf: "2020-06-01" }).dibao.status).toBe("ineligible");
    expect(evaluate(rural("edge", "500"), { asOf: "2020-06-01" }).dibao.status).toBe("ineligible");
    const urban = evaluate(household([member("m1", { incomes: [wage("700")] })], { status: { povertyRegistration: "unlifted", dibao: {} } }), { asOf: "2020-09-06" });
    expect(urban.dibao.status).toBe("ineligible");
    expect(urban.dibao.reasons.find((r) => r.code === "gradual-exit.legacy-scope")?.outcome).toBe("not-met");
  });

  it("the current rule takes over on 2020-09-07, inside its uncertainty span", () => {
    // 2020-09-07 urban S = 620; 1.5 × 620 = 930; income 700.
    const d = evaluate(household([member("m1", { incomes: [wage("700")] })], { status: { dibao: { monthlyAmount: "50" } } }), { asOf: "2020-09-07" });
    expect(d.dibao.window?.rule).toBe("current");
    expect(d.warnings.map((w) => w.code)).toEqual(["W-CLAUSE-BEFORE-INSTRUMENT", "W-PARAMETER-DATE-ESTIMATED"]);
    expect(evaluate(household([member("m1", { incomes: [wage("700")] })], { status: { dibao: { monthlyAmount: "50" } } }), { asOf: "2021-07-01" }).warnings).toEqual([]);
  });

  it("inside the span, the estimated start is warned about only where the current rule's bound decided a new window or a stop", () => {
    // Urban S = 620 from 2020-09-01 (verified); 1.5 × 620 = 930. The current rule's start is estimated (span 2020-09-07 … 2021-06-30).
    const estimated = (income: string, asOf: string, status: Record<string, unknown> = {}, assets: unknown = { compliant: true }) => {
      const d = evaluate(household([member("m1", { incomes: [wage(income)] })], { assets: assets as never, status: { dibao: { since: "2019-01-01", monthlyAmount: "100" }, ...status } }), { asOf });
      const names = d.warnings.find((w) => w.code === "W-PARAMETER-DATE-ESTIMATED")?.parameters ?? [];
      return { status: d.dibao.status, gradualExit: names.filter((name) => name.startsWith("gradual-exit.")) };
    };
    const running = { gradualExit: { start: "2020-10-01", end: "2021-03-31" } };
    // A window in progress (INT-7), whatever the income: the estimated start decided nothing.
    expect(estimated("2000", "2020-12-15", running)).toEqual({ status: "gradual-exit", gradualExit: [] });
    // The window already used, income still ≥ S: stop by INT-7, not by the bound.
    expect(estimated("700", "2021-04-15", running)).toEqual({ status: "ineligible", gradualExit: [] });
    // A new window: 700 < 930 → granted by the bound: warned.
    expect(estimated("700", "2020-12-15")).toEqual({ status: "gradual-exit", gradualExit: ["gradual-exit.bound", "gradual-exit.months", "gradual-exit.scope"] });
    // 930 is not below 930 → stop decided by the bound: warned.
    expect(estimated("930", "2020-12-15")).toEqual({ status: "ineligible", gradualExit: ["gradual-exit.bound", "gradual-exit.scope"] });
    // Under the bound but the property test failed (a stop under any rule) or unknown (needs review): not warned.
    expect(estimated("700", "2020-12-15", {}, { compliant: false })).toEqual({ status: "ineligible", gradualExit: [] });
    expect(estimated("700", "2020-12-15", {}, {})).toEqual({ status: "needs-review", gradualExit: [] });
  });

  it("before 2020-09-07 the legacy rule (start unknown) governs every review: a window in progress or already used is warned about too", () => {
    // Rural S = 440 (2019 row); income 1000 ≥ 440 → R2. The legacy scope's start is unknown (startUnknown):
    // read for every review under it, so gradual-exit.scope is in W-PARAMETER-DATE-ESTIMATED.
    const review = (gradualExit: { start: string; end: string }, asOf: string) =>
      evaluate(household([member("m1", { incomes: [wage("1000")] })], { area: "rural", status: { povertyRegistration: "lifted", dibao: { since: "2019-01-01", monthlyAmount: "100" }, gradualExit } }), { asOf });
    // In progress (INT-7): runs to 2020-08-31 under the legacy rule.
    const running = review({ start: "2020-03-01", end: "2020-08-31" }, "2020-06-15");
    expect(running.dibao).toMatchObject({ status: "gradual-exit", window: { start: "2020-03-01", end: "2020-08-31", rule: "legacy" } });
    expect(running.warnings.filter((w) => w.code !== "W-CLAUSE-BEFORE-INSTRUMENT")).toEqual([{ code: "W-PARAMETER-DATE-ESTIMATED", parameters: ["gradual-exit.scope"], interpretations: [] }]);
    // Already used (ended 2020-06-30, dibao since 2019 ≤ end): stop from 2020-08-01 (INT-7).
    const used = review({ start: "2020-01-01", end: "2020-06-30" }, "2020-07-15");
    expect(used.dibao).toMatchObject({ status: "ineligible", stopFrom: "2020-08-01" });
    expect(used.warnings.filter((w) => w.code !== "W-CLAUSE-BEFORE-INSTRUMENT")).toEqual([{ code: "W-PARAMETER-DATE-ESTIMATED", parameters: ["gradual-exit.scope"], interpretations: [] }]);
  });

  it("INT-5: income exactly at the standard is in the window and says so; off, it stops", () => {
    const d = evaluate(recipient("735"), { asOf: "2023-10-15" });
    expect(d.dibao.status).toBe("gradual-exit");
    expect(d.dibao.reasons.find((r) => r.code === "gradual-exit.bound")?.interpretations).toEqual(["INT-5"]);
    expect(d.warnings).toMatchObject([{ code: "W-INTERPRETATION", parameters: [], interpretations: ["INT-5"] }]);
    // The warning says what the other reading decides: a stop instead of the window at the kept 300.00.
    expect(d.warnings[0]?.alternatives?.[0]?.changes[0]).toEqual({
      section: "dibao",
      memberId: null,
      item: null,
      status: "gradual-exit",
      amount: "300.00",
      alternativeStatus: "ineligible",
      alternativeAmount: null,
    });
    const off = evaluate(recipient("735"), { asOf: "2023-10-15", interpretations: { "INT-5": false } });
    expect(off.dibao.status).toBe("ineligible");
    expect(off.warnings).toEqual([]);
  });

  it("INT-6: the kept amount not given is null, naming the field", () => {
    const d = evaluate(household([member("m1", { incomes: [wage("800")] })], { status: { dibao: { since: "2022-01-01" } } }), { asOf: "2023-10-15" }).dibao;
    expect(d).toMatchObject({ status: "gradual-exit", monthlyAmount: null });
    expect(d.reasons.find((r) => r.code === "gradual-exit.kept-amount")).toMatchObject({ outcome: "unknown", missing: ["status.dibao.monthlyAmount"], interpretations: ["INT-6"] });
  });

  it("property: failed stops, unknown needs review", () => {
    expect(evaluate({ ...recipient("800"), assets: { compliant: false } }, { asOf: "2023-10-15" }).dibao).toMatchObject({ status: "ineligible", stopFrom: "2023-11-01" });
    expect(evaluate({ ...recipient("800"), assets: null }, { asOf: "2023-10-15" }).dibao).toMatchObject({ status: "needs-review", monthlyAmount: null, window: null });
  });

  it("INT-7: a window in progress runs to its end whatever income does", () => {
    const inWindow = (income: string, asOf: string) => evaluate(recipient(income, { gradualExit: { start: "2023-11-01", end: "2024-04-30" } }), { asOf });
    expect(inWindow("5000", "2024-04-30").dibao).toMatchObject({ status: "gradual-exit", window: { start: "2023-11-01", end: "2024-04-30", rule: "current" }, monthlyAmount: "300.00" });
    expect(codes(inWindow("5000", "2024-01-10").dibao.reasons)).toContain("gradual-exit.window-in-progress:met");
    // Income back below the standard: ordinary dibao, S 735 − 600 = 135.
    const back = inWindow("600", "2024-01-10").dibao;
    expect(back).toMatchObject({ status: "eligible", monthlyAmount: "135.00", window: null });
    expect(codes(back.reasons)).toContain("gradual-exit.window-superseded:met");
  });

  it("INT-7: after the window ends no second window in a row; a new dibao spell may have one", () => {
    const after = evaluate(recipient("800", { gradualExit: { start: "2023-11-01", end: "2024-04-30" } }), { asOf: "2024-05-01" }).dibao;
    expect(after).toMatchObject({ status: "ineligible", stopFrom: "2024-06-01" });
    expect(codes(after.reasons)).toContain("gradual-exit.window-already-used:not-met");
    const newSpell = household([member("m1", { incomes: [wage("800")] })], { status: { dibao: { since: "2024-08-01", monthlyAmount: "90" }, gradualExit: { start: "2023-11-01", end: "2024-04-30" } } });
    expect(evaluate(newSpell, { asOf: "2025-02-10" }).dibao.window).toEqual({ start: "2025-03-01", end: "2025-08-31", rule: "current" });
  });

  it("does not apply to a household that is not a recipient", () => {
    const d = evaluate(household([member("m1", { incomes: [wage("800")] })]), { asOf: "2023-10-15" }).dibao;
    expect(d).toMatchObject({ status: "ineligible", stopFrom: null, window: null });
    expect(d.reasons.some((r) => r.code.startsWith("gradual-exit."))).toBe(false);
  });
});
