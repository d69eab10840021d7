/**
 * The digest identifies what decided (issue 23): for every series of the shipped set, its value in force
 * on asOf is changed (to another valid value of its kind, under the shipped set's id so the id cannot
 * tell them apart), and over a range of generated households, whenever the determination's JSON other
 * than the digest changes, `parameterSet.digest` changes too. The old digest, of the series recorded as
 * read, broke this for series read without recording (the citation lists, peeked for display).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chongqingParameterSet, evaluate, type Determination } from "../../src/index.js";
import { valueOn, type CompiledSeries, type ParameterValue } from "../../src/policy/parameters.js";
import { householdCaseArb, propertyRuns, timeoutFor, type Case } from "../arbitraries.js";

const shipped = chongqingParameterSet();

/** Another valid value of the series' kind: a figure moved, a switch flipped, a list shortened or grown. */
function perturbed(series: CompiledSeries, value: ParameterValue): ParameterValue {
  const number = (): number => Number(value as string);
  switch (series.kind) {
    case "money-per-month":
      return String(number() + 13);
    case "money-per-year":
      return String(number() + 1000);
    case "multiple-of-standard":
      return String(number() + 0.2);
    case "ratio":
      return number() > 0.5 ? "0.5" : "0.9";
    case "months":
      return String(number() > 3 ? number() - 3 : number() + 3);
    case "age":
      return String(number() >= 5 ? number() - 5 : number() + 5);
    case "count":
      return String(number() > 1 ? number() - 1 : number() + 1);
    case "switch":
      return !(value as boolean);
    case "regime":
      return (series.names ?? []).find((name) => name !== value) ?? (value as string);
    case "disability-grades":
      return (value as readonly string[]).length > 0 ? (value as readonly string[]).slice(1) : ["any:1"];
    case "income-kinds":
      return (value as readonly string[]).length > 0 ? (value as readonly string[]).slice(1) : ["wage"];
    case "schooling-kinds":
      return (value as readonly string[]).length > 0 ? (value as readonly string[]).slice(1) : ["compulsory"];
    case "clause-ids":
      return (value as readonly string[]).length > 0 ? (value as readonly string[]).slice(0, -1) : ["saim/art-33"];
  }
}

/** The override changing `series`' value in force on `asOf` (or adding one from 2018-01-01 when none is), cached per value. */
const overrides = new Map<string, unknown>();
function overrideFor(series: CompiledSeries, asOf: string): unknown {
  const inForce = valueOn(series, asOf);
  const from = inForce?.from ?? "2018-01-01";
  const key = `${series.name}@${from}`;
  if (!overrides.has(key)) {
    const value = inForce === undefined ? perturbed(series, series.values[0]?.value ?? []) : perturbed(series, inForce.value);
    overrides.set(key, { id: shipped.id, series: { [series.name]: { values: [{ from, value, source: "perturbed" }] } } });
  }
  return overrides.get(key);
}

function withoutDigest(determination: Determination): string {
  return JSON.stringify({ ...determination, parameterSet: { ...determination.parameterSet, digest: "" } });
}

const HOUSEHOLDS = propertyRuns(300, 40);

describe("parameterSet.digest identifies the parameters that decided", () => {
  it(
    "for every shipped series: a perturbed value that changes a determination changes its digest",
    () => {
      const cases: Case[] = fc.sample(householdCaseArb({ interpretations: false }), { numRuns: HOUSEHOLDS, seed: 20251015 });
      const changedBy = new Set<string>();
      let compared = 0;
      for (const c of cases) {
        let base: Determination;
        try {
          base = evaluate(c.household, { asOf: c.asOf });
        } catch {
          continue; // an asOf before the first standard: nothing to compare
        }
        for (const series of shipped.series.values()) {
          let changed: Determination;
          try {
            changed = evaluate(c.household, { asOf: c.asOf, parameters: overrideFor(series, c.asOf) as never });
          } catch {
            continue; // e.g. a value now missing on asOf: an error, not a determination
          }
          compared++;
          expect(changed.parameterSet.id).toBe(base.parameterSet.id);
          if (withoutDigest(changed) !== withoutDigest(base)) {
            changedBy.add(series.name);
            expect(changed.parameterSet.digest, `${series.name} on ${c.asOf}`).not.toBe(base.parameterSet.digest);
          }
        }
      }
      expect(compared).toBeGreaterThan(HOUSEHOLDS * 10);
      // The perturbations reach the rules: many series change some determination (the test can fail).
      expect(changedBy.size).toBeGreaterThan(20);
    },
    timeoutFor(HOUSEHOLDS * shipped.series.size * 2),
  );

  it("the digest differs from the shipped one for every perturbed series, whatever the household reads", () => {
    const household = { jurisdiction: "CN-CQ", area: "urban", members: [{ id: "m1", relation: "self", birthDate: "1980-01-01" }] } as const;
    const base = evaluate(household as never, { asOf: "2025-10-15" }).parameterSet.digest;
    const digests = new Set<string>([base]);
    for (const series of shipped.series.values()) {
      digests.add(evaluate(household as never, { asOf: "2025-10-15", parameters: overrideFor(series, "2025-10-15") as never }).parameterSet.digest);
    }
    expect(digests.size).toBe(shipped.series.size + 1);
  });
});
