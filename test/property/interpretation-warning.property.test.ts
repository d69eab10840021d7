/**
 * Guards W-INTERPRETATION (docs/rules.md, "Warnings": a contested interpretation changed the result; names
 * which) from outside the engine: for random households, a contested interpretation (INT-4, INT-5, INT-9,
 * INT-11) is named exactly when switching it off changes what was decided — any status, amount, date,
 * top-up, window, care tier or group of any section: dibao, the referrals, the extreme-poverty entries,
 * the low-income tiers, the screening, the specialised-assistance referrals (reasons aside) — and its
 * `alternatives` entry lists what the other reading decided. Settled ones (INT-1, INT-10, INT-12) are
 * never named; INT-3 has its own warning. Each household is evaluated once as given and once per
 * contested interpretation switched off.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, type Determination } from "../../src/index.js";
import type { InterpretationId } from "../../src/policy/interpretations.js";
import { householdCaseArb, propertyRuns, propertyOptions, timeoutFor } from "../arbitraries.js";

const RUNS = propertyRuns(600, 120);
/** The contested interpretations W-INTERPRETATION speaks for (docs/rules.md "Warnings"; INT-3 is W-BASIC-PENSION-EXCLUSION-ASSUMED). */
const NAMED: readonly InterpretationId[] = ["INT-4", "INT-5", "INT-9", "INT-11"];
/** Settled: switchable and named in the reasons, never in the warning. */
const SETTLED: readonly string[] = ["INT-1", "INT-10", "INT-12"];
/** The determination's parts that are not a programme's section. */
const NOT_SECTIONS = new Set(["schema", "householdId", "asOf", "jurisdiction", "engine", "parameterSet", "inputDigest", "interpretationsOff", "figures", "warnings"]);

/** The value with every `reasons` member left out, at any depth. */
function withoutReasons(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutReasons);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== "reasons").map(([key, item]) => [key, withoutReasons(item)]));
}

/** What a determination decided: every section, reasons left out. */
function decided(d: Determination): string {
  return JSON.stringify(withoutReasons(Object.fromEntries(Object.entries(d).filter(([key]) => !NOT_SECTIONS.has(key)))));
}

describe("W-INTERPRETATION (fast-check)", () => {
  it(`names exactly the interpretations whose alternative reading changes what is decided (${RUNS} households)`, () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(householdCaseArb(), ({ household, asOf, interpretations }) => {
        const given = interpretations ?? {};
        const determination = evaluate(household, { asOf, interpretations: given });
        const warning = determination.warnings.find((item) => item.code === "W-INTERPRETATION");
        const named = warning?.interpretations ?? [];
        expect(named.filter((id) => SETTLED.includes(id))).toEqual([]);
        // One alternative per interpretation named, in the same order, each with at least one entry decided differently.
        expect((warning?.alternatives ?? []).map((item) => item.interpretation)).toEqual(named);
        for (const alternative of warning?.alternatives ?? []) expect(alternative.changes.length).toBeGreaterThan(0);
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
    if (process.env.MUTATION !== "1") expect(seen.size, JSON.stringify([...seen])).toBeGreaterThanOrEqual(3);
  }, timeoutFor(RUNS * 7));
});
