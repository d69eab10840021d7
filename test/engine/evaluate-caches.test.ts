/**
 * Kills mutants in the caches of src/engine/evaluate.ts (parameter digests per set,
 * compiled overrides per options object, stale-from dates per series): whatever was evaluated before,
 * a household gets the same determination, byte for byte, as in a fresh copy of the library. Random
 * households are evaluated forwards in one copy of the module graph and backwards in another, so that
 * every determination meets caches warmed by different households; one set gives one parameter digest.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type { HouseholdInput } from "../../src/index.js";
import { householdCaseArb, propertyOptions, propertyRuns, timeoutFor } from "../arbitraries.js";

type Library = typeof import("../../src/index.js");

async function freshLibrary(): Promise<Library> {
  vi.resetModules();
  return import("../../src/index.js");
}

/** A what-if override (another standard from 2024-09-01), shared by every call as one options object would be. */
const OVERRIDE = { series: { "dibao.standard.urban": { values: [{ from: "2024-09-01", value: "800" }] } } };

describe("evaluate's caches never change a determination", () => {
  it(`gives the same answers whatever was evaluated before (${propertyRuns(150)} households, both orders, with and without an override)`, async () => {
    const cases = fc.sample(householdCaseArb(), { numRuns: propertyRuns(150), ...propertyOptions() });
    const forwards = await freshLibrary();
    const backwards = await freshLibrary();
    const answer = (library: Library, index: number, parameters: typeof OVERRIDE | undefined): string => {
      const c = cases[index];
      if (c === undefined) throw new Error("no case");
      return JSON.stringify(library.evaluate(c.household, { asOf: c.asOf, interpretations: c.interpretations, parameters }));
    };
    for (const parameters of [undefined, OVERRIDE]) {
      const ahead = cases.map((_, index) => answer(forwards, index, parameters));
      const behind = cases.map((_, index) => cases.length - 1 - index).map((index) => answer(backwards, index, parameters)).reverse();
      expect(behind).toEqual(ahead);
    }
  }, timeoutFor(2_000));

  // Issue 23: the digest covers the whole set in force, not the series a household read (the test used
  // to expect households reading different series to get different digests).
  it("gives every household under one set the same parameter digest, and a set differing in one value another", async () => {
    const { evaluate } = await freshLibrary();
    const adult = (extra: object): HouseholdInput => ({ jurisdiction: "CN-CQ", area: "urban", members: [{ id: "m1", relation: "self", birthDate: "1980-01-01", ...extra }], assets: { compliant: true } });
    const plain = evaluate(adult({}), { asOf: "2024-10-15" }).parameterSet.digest;
    const rural = evaluate({ ...adult({}), area: "rural" }, { asOf: "2024-10-15" }).parameterSet.digest;
    const recipient = evaluate({ ...adult({ incomes: [{ kind: "wage", monthly: "800" }] }), status: { dibao: { since: "2020-01-01" } } }, { asOf: "2024-10-15" }).parameterSet.digest;
    expect(new Set([plain, rural, recipient]).size).toBe(1);
    // A rural standard no urban household reads still changes the digest of the set in force.
    const reform = { id: "CN-CQ", series: { "dibao.standard.rural": { values: [{ from: "2024-09-01", value: "611" }] } } };
    expect(evaluate(adult({}), { asOf: "2024-10-15", parameters: reform }).parameterSet.digest).not.toBe(plain);
  });
});
