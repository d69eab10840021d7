/**
 * Guards R4 (extreme-poverty support) against an independent reading of the brief (./brief-oracle.ts):
 * for random households every counted member's entry agrees field by field — status, basic and care
 * amounts, care tier, support start — whatever the supporters, schooling, continuation, orphan choice,
 * own income kinds and interpretations.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import { householdCaseArb, propertyRuns, propertyOptions, timeoutFor } from "../arbitraries.js";
import { oracleOptions, oracleSpecialHardship } from "./brief-oracle.js";

const RUNS = propertyRuns(3_000, 600);

describe("extreme-poverty support against an independent reading of the brief (fast-check)", () => {
  it(`agrees field by field on every member's entry (${RUNS} households)`, () => {
    let eligible = 0;
    fc.assert(
      fc.property(householdCaseArb(), ({ household, asOf, interpretations }) => {
        const { specialHardship } = evaluate(household, { asOf, interpretations });
        const expected = oracleSpecialHardship(household, asOf, {
          ...oracleOptions(interpretations),
          int9: interpretations?.["INT-9"] !== false,
          int11: interpretations?.["INT-11"] !== false,
          int12: interpretations?.["INT-12"] !== false,
        });
        expect(specialHardship.map(({ reasons: _reasons, ...entry }) => entry)).toEqual(expected);
        eligible += expected.filter((entry) => entry.status === "eligible").length;
      }),
      { numRuns: RUNS, ...propertyOptions() },
    );
    // Not vacuous: some members are found eligible, with amounts to compare.
    if (process.env.MUTATION !== "1") expect(eligible).toBeGreaterThan(RUNS / 50);
  }, timeoutFor(RUNS));
});
