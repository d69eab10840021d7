/**
 * W-INTERPRETATION's narrowed re-run (src/engine/counterfactuals.ts `alternativeDraft`): under the other
 * reading of an interpretation only the rules that read it, that read a fact it changed (INT-4: the
 * household total) or that read a section decided differently before them run again, and a rule that
 * decides member by member (R4, `eachMember`) decides again only the members the interpretation
 * decided (INT-9: a member aged 16 or 17; INT-11: a member with social-assistance income). For random
 * households the determination, W-INTERPRETATION and its alternatives included, must be exactly the one
 * a full re-decision per interpretation gives (the engine's internal `fullRedecision` switch, which runs
 * every rule again as the engine did before). Not vacuous: the households make every contested
 * interpretation the rules record change a result somewhere, and make some interpretation be tried
 * without changing anything.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateInput } from "../../src/engine/evaluate.js";
import { householdCaseArb, propertyOptions, propertyRuns, timeoutFor } from "../arbitraries.js";

const RUNS = propertyRuns(1000, 200);

describe("narrowed W-INTERPRETATION re-run (fast-check)", () => {
  it(`decides every household exactly as a full re-decision per interpretation (${RUNS} households)`, () => {
    const named = new Map<string, number>();
    fc.assert(
      fc.property(householdCaseArb(), ({ household, asOf, interpretations }) => {
        const options = { asOf, ...(interpretations === undefined ? {} : { interpretations }) };
        const narrowed = evaluateInput(household, options);
        const full = evaluateInput(household, options, { fullRedecision: true });
        expect(JSON.stringify(narrowed)).toBe(JSON.stringify(full));
        for (const id of narrowed.warnings.find((item) => item.code === "W-INTERPRETATION")?.interpretations ?? []) named.set(id, (named.get(id) ?? 0) + 1);
      }),
      { numRuns: RUNS, ...propertyOptions() },
    );
    if (process.env.MUTATION !== "1") expect([...named.keys()].sort(), JSON.stringify([...named])).toEqual(expect.arrayContaining(["INT-11", "INT-4", "INT-9"]));
  }, timeoutFor(RUNS * 3));
});
