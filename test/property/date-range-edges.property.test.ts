/**
 * Issue 24, item 4: valid input never throws, at the edges of the accepted dates too. `asOf` may be any
 * date up to 2200-12-31 (the schema's last year), and the rules derive dates from it: the first day of
 * next month (payment start, a new gradual-exit window, a stop), the window's end six months on, the
 * shock look-back twelve months back. On 2200-12-15 a new window once began on 2201-01-01 and
 * `evaluate` threw `RangeError: not a calendar date`. Here households are decided on the last days the
 * range holds and the first days the shipped parameters cover; each is a determination or an input
 * error, never anything else.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, InvalidInputError, safeEvaluate } from "../../src/index.js";
import { addCalendarMonths, endOfNthMonth, firstDayOfNextMonth, previousDay } from "../../src/model/date.js";
import { householdCaseArb, propertyOptions, propertyRuns, timeoutFor } from "../arbitraries.js";

const RUNS = propertyRuns(2_000);

/** The last days of the accepted range, and the first the shipped parameters hold (2018-01-01). */
const EDGES = ["2200-12-31", "2200-12-15", "2200-12-01", "2200-11-30", "2200-07-01", "2200-06-30", "2200-01-01", "2018-01-01", "2018-01-31", "2018-02-28"] as const;
/** December 2200, where next month is past the range, most often. */
const EDGE_ARB = fc.oneof({ weight: 3, arbitrary: fc.constantFrom("2200-12-31", "2200-12-15", "2200-12-01") }, { weight: 1, arbitrary: fc.constantFrom(...EDGES) });

describe("dates at the edges of the accepted range", () => {
  it("the issue's household: a recipient whose income left the standard behind, on 2200-12-15, opens a window into 2201", () => {
    const household = {
      jurisdiction: "CN-CQ",
      area: "urban" as const,
      members: [{ id: "m1", relation: "self" as const, birthDate: "1980-01-01", incomes: [{ kind: "wage" as const, monthly: "1000" }] }],
      assets: { compliant: true },
      status: { dibao: { monthlyAmount: "300" } },
    };
    const d = evaluate(household, { asOf: "2200-12-15" });
    // Six calendar months from the first day of next month: 2201-01-01 to 2201-06-30.
    expect(d.dibao.window).toMatchObject({ start: "2201-01-01", end: "2201-06-30" });
    expect(safeEvaluate(household, { asOf: "2200-12-31" }).success).toBe(true);
  });

  it("date arithmetic reaches past the accepted years without throwing", () => {
    expect(firstDayOfNextMonth("2200-12-31")).toBe("2201-01-01");
    expect(endOfNthMonth("2201-01-01", 6)).toBe("2201-06-30");
    expect(addCalendarMonths("1850-01-31", -12)).toBe("1849-01-31");
    expect(previousDay("1850-01-01")).toBe("1849-12-31");
  });

  it(`decides every valid household on the edge dates, or refuses it as input (${RUNS} households)`, { timeout: timeoutFor(RUNS) }, () => {
    fc.assert(
      // Half of them recipients of dibao whose property passes, so the gradual-exit window and the stop (dated next month) are reached often.
      fc.property(householdCaseArb({ asOf: EDGE_ARB }), fc.boolean(), ({ household, asOf, interpretations }, recipient) => {
        if (recipient) household = { ...household, assets: { compliant: true }, status: { ...household.status, dibao: household.status?.dibao ?? { monthlyAmount: "300" } } };
        try {
          const result = safeEvaluate(household, { asOf, interpretations });
          if (result.success) expect(result.data.asOf).toBe(asOf);
          else expect(result.error).toBeInstanceOf(InvalidInputError);
        } catch (error) {
          throw new Error(`threw on ${asOf}: ${String(error)}`);
        }
      }),
      { numRuns: RUNS, ...propertyOptions() },
    );
  });
});
