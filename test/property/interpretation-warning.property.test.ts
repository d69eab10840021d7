/**
 * Guards W-INTERPRETATION (rules.md, "Warnings": an interpretation changed the result; names which)
 * from outside the engine: for random households, an interpretation is named exactly when switching it
 * off changes what was decided — any status, amount, date, top-up, window or care tier of the dibao
 * section, the referrals, the extreme-poverty entries or the specialised-assistance referrals (reasons aside). INT-3 has its own warning and
 * is not named here. Each household is evaluated once as given and once per interpretation switched off.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, type Determination } from "../../src/index.js";
import type { InterpretationId } from "../../src/policy/interpretations.js";
import { householdCaseArb, propertyRuns, propertyOptions, timeoutFor } from "../arbitraries.js";

const RUNS = propertyRuns(600);
/** The switchable interpretations W-INTERPRETATION speaks for (INT-3 is W-BASIC-PENSION-EXCLUSION-ASSUMED). */
const NAMED: readonly InterpretationId[] = ["INT-1", "INT-4", "INT-5", "INT-9", "INT-10", "INT-11"];

/** What a determination decided, reasons left out. */
function decided(d: Determination): string {
  const { reasons: _reasons, ...dibao } = d.dibao;
  return JSON.stringify({
    dibao,
    referrals: d.singlePersonReferrals.map(({ reasons: _r, ...entry }) => entry),
    specialHardship: d.specialHardship.map(({ reasons: _r, ...entry }) => entry),
    assistanceReferrals: d.assistanceReferrals.map(({ reasons: _r, ...entry }) => entry),
  });
}

describe("W-INTERPRETATION (fast-check)", () => {
  it(`names exactly the interpretations whose alternative reading changes what is decided (${RUNS} households)`, () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(householdCaseArb(), ({ household, asOf, interpretations }) => {
        const given = interpretations ?? {};
        const determination = evaluate(household, { asOf, interpretations: given });
        const named = determination.warnings.find((warning) => warning.code === "W-INTERPRETATION")?.interpretations ?? [];
        const changed = NAMED.filter((id) => {
          if (given[id] === false) return false;
          const alternative = evaluate(household, { asOf, interpretations: { ...given, [id]: false } });
          return decided(alternative) !== decided(determination);
        });
        for (const id of changed) seen.set(id, (seen.get(id) ?? 0) + 1);
        expect([...named].sort()).toEqual([...changed].sort());
      }),
      { numRuns: RUNS, ...propertyOptions() },
    );
    // Not vacuous: the generated households make several interpretations matter.
    if (process.env.MUTATION !== "1") expect(seen.size, JSON.stringify([...seen])).toBeGreaterThanOrEqual(4);
  }, timeoutFor(RUNS * 7));
});
