/**
 * Issue 24, item 2: dates the input records as past facts (a gradual-exit window's start, the current
 * dibao's `since`) may not lie after `asOf`. Such a household is invalid input
 * naming the field, never a window silently "in force": the issue's household earning 5 000 a month with
 * a window 2026-01-01 … 2026-06-30 came out `gradual-exit` on 2025-10-15 and the audit called it consistent.
 */
import { describe, expect, it } from "vitest";
import { auditHousehold, InvalidHouseholdError, safeEvaluate } from "../../src/index.js";
import { issuesThrown } from "../helpers.js";
import { evaluateInput } from "../../src/engine/evaluate.js";

const FUTURE_WINDOW = {
  id: "fw",
  jurisdiction: "CN-CQ",
  area: "urban",
  members: [{ id: "m1", relation: "self", birthDate: "1980-01-01", incomes: [{ kind: "wage", monthly: "5000" }] }],
  assets: { compliant: true },
  status: { gradualExit: { start: "2026-01-01", end: "2026-06-30" }, dibao: { monthlyAmount: "300" } },
};

describe("recorded dates after the assessment date", () => {
  it("refuses a gradual-exit window that has not started, naming its start", () => {
    const issues = issuesThrown(() => evaluateInput(FUTURE_WINDOW, { asOf: "2025-10-15" }), InvalidHouseholdError);
    expect(issues).toEqual([{ path: "status.gradualExit.start", message: expect.stringMatching(/^is after the assessment date 2025-10-15/) }]);
    const safe = safeEvaluate(FUTURE_WINDOW, { asOf: "2025-10-15" });
    expect(safe.success).toBe(false);
  });

  it("the audit does not call the household consistent: it is an invalid line", () => {
    expect(() => auditHousehold(FUTURE_WINDOW as never, { asOf: "2025-10-15" })).toThrow(InvalidHouseholdError);
  });

  it("a window that began on asOf runs; on the day before its start it is refused", () => {
    // Income 5 000 against the 2025 urban standard of 770 (bound 1.5 × 770 = 1 155): above the bound,
    // but INT-7 lets a window in progress run to its end: gradual-exit, keeping the 300 paid.
    const onStart = evaluateInput(FUTURE_WINDOW, { asOf: "2026-01-01" });
    expect(onStart.dibao.status).toBe("gradual-exit");
    expect(onStart.dibao.monthlyAmount).toBe("300.00");
    expect(() => evaluateInput(FUTURE_WINDOW, { asOf: "2025-12-31" })).toThrow(InvalidHouseholdError);
  });

  it("refuses dibao.since after asOf, every late date at once, with a late birth date", () => {
    const household = {
      ...FUTURE_WINDOW,
      members: [{ id: "m1", relation: "self", birthDate: "2025-10-16" }],
      status: { dibao: { since: "2025-11-01" }, gradualExit: { start: "2025-10-16", end: "2026-03-31" }, exitedCoverage: { date: "2025-12-01" } },
    };
    const issues = issuesThrown(() => evaluateInput(household, { asOf: "2025-10-15" }), InvalidHouseholdError);
    expect(issues.map((issue) => issue.path)).toEqual(["members[0].birthDate", "status.dibao.since", "status.gradualExit.start"]);
  });

  it("accepts those dates on asOf itself, and an exit or a shock after asOf (R8 reads them against asOf: not happened yet)", () => {
    const household = {
      ...FUTURE_WINDOW,
      members: [{ id: "m1", relation: "self", birthDate: "1980-01-01" }],
      status: { dibao: { since: "2025-10-15" }, gradualExit: { start: "2025-10-15", end: "2026-03-31" }, exitedCoverage: { date: "2025-12-01" } },
      circumstances: { shocks: [{ cause: "illness", effect: "income-drop", since: "2025-12-01" }] },
    };
    expect(evaluateInput(household, { asOf: "2025-10-15" }).householdId).toBe("fw");
  });
});
