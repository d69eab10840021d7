/**
 * Every total of the impact summary reconciles exactly, in fen, with the sum of the household lines it
 * counts, and a tally counted in two parts and merged equals the tally counted whole (worker threads).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { householdCaseArb, propertyOptions, propertyRuns, timeoutFor } from "../arbitraries.js";
import { compareCaseload, createImpactSummary, type HouseholdImpact, type ImpactEntry } from "../../src/impact/caseload.js";
import { BANDS } from "../../src/impact/compare.js";
import { emptyImpactTally, impactSummaryOf, mergeImpactTallies } from "../../src/impact/summary.js";
import { tallyImpact } from "../../src/impact/caseload.js";
import type { ParameterOverride } from "../../src/policy/parameters.js";

/** Runs in which some programme paid something: the property must meet real amounts, not only zeros. */
let paying = 0;

/** Yuan text → fen, written out again here so the test does not lean on the code under test. */
function fen(text: string): number {
  const [whole = "0", part = "00"] = text.replace("-", "").split(".");
  const value = Number(whole) * 100 + Number(part.padEnd(2, "0"));
  return text.startsWith("-") ? -value : value;
}

const yuan = (value: number): string => `${value < 0 ? "-" : ""}${Math.floor(Math.abs(value) / 100)}.${String(Math.abs(value) % 100).padStart(2, "0")}`;

const RUNS = propertyRuns(200, 25);

const reformArb = fc.record({
  urban: fc.integer({ min: 500, max: 1200 }),
  rural: fc.integer({ min: 400, max: 1000 }),
  weights: fc.boolean(),
});

async function entriesOf(households: readonly unknown[], reform: ParameterOverride): Promise<ImpactEntry[]> {
  const entries: ImpactEntry[] = [];
  for await (const entry of compareCaseload(households, { asOf: "2025-10-15", reform: [reform] })) entries.push(entry);
  return entries;
}

describe("impact summary reconciles with its lines", () => {
  it(
    "programme totals, counts, entering, leaving and bands equal the sums over the lines; split-and-merge equals whole",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(householdCaseArb({ asOf: fc.constant("2025-10-15"), interpretations: false }), { minLength: 1, maxLength: 6 }), reformArb, fc.integer({ min: 0, max: 6 }), async (cases, change, cut) => {
          const reform: ParameterOverride = { series: { "dibao.standard.urban": { values: [{ from: "2025-07-01", value: String(change.urban) }] }, "dibao.standard.rural": { values: [{ from: "2025-07-01", value: String(change.rural) }] } } };
          const households = cases.map((item, index) => (change.weights && index % 2 === 0 ? { ...item.household, weight: index + 1 } : item.household));
          const entries = await entriesOf(households, reform);
          const builder = createImpactSummary({ asOf: "2025-10-15", steps: 1 });
          for (const entry of entries) builder.add(entry);
          const summary = builder.summary();
          const lines = entries.filter((entry): entry is HouseholdImpact => !("error" in entry));
          expect(lines.length).toBe(cases.length);
          const step = summary.steps[0];
          if (step === undefined) throw new Error("no step");
          for (const [key, programme] of Object.entries(step.programmes)) {
            const sides = lines.map((line) => line.steps[0]?.programmes[key]);
            for (const side of ["baseline", "reform"] as const) {
              expect(fen(programme[side].monthly)).toBe(sides.reduce((sum, item) => sum + fen(item?.[side].monthly ?? "0.00"), 0));
              expect(programme[side].households).toBe(sides.filter((item) => item?.[side].covered === true).length);
              expect(programme[side].persons).toBe(sides.reduce((sum, item) => sum + (item?.[side].persons ?? 0), 0));
            }
            expect(fen(programme.monthlyDifference)).toBe(sides.reduce((sum, item) => sum + fen(item?.difference ?? "0.00"), 0));
            expect(fen(programme.annualDifference)).toBe(12 * fen(programme.monthlyDifference));
            expect(programme.entering).toBe(sides.filter((item) => item?.reform.covered === true && !item.baseline.covered).length);
            expect(programme.leaving).toBe(sides.filter((item) => item?.baseline.covered === true && !item.reform.covered).length);
          }
          expect(fen(step.total.monthlyDifference)).toBe(lines.reduce((sum, line) => sum + fen(line.steps[0]?.total.difference ?? "0.00"), 0));
          expect(step.total.baseline).toBe(yuan(lines.reduce((sum, line) => sum + fen(line.steps[0]?.total.baseline ?? "0.00"), 0)));
          for (const band of BANDS) expect(step.bands.overall.households[band]).toBe(lines.filter((line) => line.steps[0]?.band === band).length);
          const shareSum = Object.values(step.bands.overall.shares).reduce((sum, share) => sum + fen(share), 0);
          expect(shareSum).toBe(10000);
          const byDecile = step.bands.byDecile.reduce((sum, decile) => sum + Object.values(decile.households).reduce((a, b) => a + b, 0), 0);
          expect(byDecile).toBe(lines.length);
          // The weighted monthly total: Σ weight × amount, worked here in fen.
          const weighted = lines.reduce((sum, line) => sum + (line.weight ?? 1) * fen(line.steps[0]?.total.reform ?? "0.00"), 0);
          expect(fen(step.total.weighted.reform)).toBe(weighted);
          // Counted in two parts and merged: the same summary.
          const first = emptyImpactTally(1);
          const second = emptyImpactTally(1);
          lines.forEach((line, index) => tallyImpact(index < cut ? first : second, line));
          mergeImpactTallies(first, second);
          const merged = impactSummaryOf(first, { asOf: "2025-10-15", baselineAsOf: "2025-10-15", reforms: ["reform 1"] });
          expect(merged.steps).toEqual(summary.steps);
          if (step.total.reform !== "0.00" || step.total.baseline !== "0.00") paying++;
        }),
        { numRuns: RUNS, ...propertyOptions() },
      );
      expect(paying).toBeGreaterThan(0);
    },
    timeoutFor(RUNS * 20),
  );
});
