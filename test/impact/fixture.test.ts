/**
 * fixtures/impact: the summary and the household lines against the figures worked by hand in
 * expected.md (read from its yaml blocks); an empty reform changes nothing; stacked reforms' last step
 * equals the one-file reform that combines them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compareCaseload, createImpactSummary, type HouseholdImpact, type ImpactEntry, type ImpactOptions } from "../../src/impact/caseload.js";
import type { ImpactSummary } from "../../src/impact/summary.js";

const folder = new URL("../../fixtures/impact/", import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, folder), "utf8");
const lines = read("caseload.ndjson").split("\n");
const reform = (name: string): ImpactOptions["reform"] => parse(read(name)) as ImpactOptions["reform"];

/** Every yaml block of expected.md, merged. */
const expected = Object.assign({}, ...[...read("expected.md").matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => parse(match[1] ?? "") as object)) as {
  households: Record<string, { baseline: string; reform: string; difference: string; percentChange: string | null; band: string }>;
  summary: {
    households: number;
    weightedHouseholds: string;
    invalidLines: number;
    dibao: Record<string, unknown>;
    otherProgrammesPay: string;
    bands: { overall: Record<string, number>; overallShares: Record<string, string>; urbanShares: Record<string, string>; ruralShares: Record<string, string>; deciles: Record<string, string> };
    lowIncome: Record<string, { baseline: number; reform: number }>;
  };
  stacked: { step2: { dibaoReformMonthly: string; monthlyDifference: string; "imp-04": { baseline: string; reform: string; band: string } } };
};

async function run(reforms: ImpactOptions["reform"], names: string[]): Promise<{ entries: ImpactEntry[]; summary: ImpactSummary }> {
  const builder = createImpactSummary({ asOf: "2025-10-15", steps: names.length, reforms: names });
  const entries: ImpactEntry[] = [];
  for await (const entry of compareCaseload(lines, { asOf: "2025-10-15", reform: reforms })) {
    entries.push(entry);
    builder.add(entry);
  }
  return { entries, summary: builder.summary() };
}

const compared = (entries: readonly ImpactEntry[]): HouseholdImpact[] => entries.filter((entry): entry is HouseholdImpact => !("error" in entry));

describe("fixtures/impact: a raise of the urban standard, against the hand figures", async () => {
  const { entries, summary } = await run(reform("raise-urban.reform.yaml"), ["raise-urban.reform.yaml"]);
  const step = summary.steps[0];

  it("each household's totals, percent change and band", () => {
    const got = Object.fromEntries(compared(entries).map((entry) => [entry.id, { ...entry.steps[0]?.total, band: entry.steps[0]?.band }]));
    const want = Object.fromEntries(Object.entries(expected.households).map(([id, item]) => [id, { baseline: item.baseline, reform: item.reform, difference: item.difference, percentChange: item.percentChange, band: item.band }]));
    expect(got).toEqual(want);
  });

  it("the invalid line is an error entry in its place", () => {
    expect(entries[7]).toMatchObject({ line: 8, id: "imp-bad", error: { name: "InvalidHouseholdError" } });
    expect(summary.invalidLines).toBe(expected.summary.invalidLines);
  });

  it("dibao cost, coverage, entering and leaving", () => {
    expect(summary.households).toBe(expected.summary.households);
    expect(summary.weightedHouseholds).toBe(expected.summary.weightedHouseholds);
    expect(step?.programmes.dibao).toMatchObject(expected.summary.dibao);
    for (const key of ["singlePersonReferrals", "specialHardship"]) {
      expect(step?.programmes[key]?.baseline.monthly).toBe(expected.summary.otherProgrammesPay);
      expect(step?.programmes[key]?.reform.monthly).toBe(expected.summary.otherProgrammesPay);
    }
  });

  it("bands overall, by area (largest remainder) and by decile", () => {
    expect(step?.bands.overall.households).toEqual(expected.summary.bands.overall);
    expect(step?.bands.overall.shares).toEqual(expected.summary.bands.overallShares);
    expect(step?.bands.byArea.urban?.shares).toEqual(expected.summary.bands.urbanShares);
    expect(step?.bands.byArea.rural?.shares).toEqual(expected.summary.bands.ruralShares);
    const deciles = Object.fromEntries((step?.bands.byDecile ?? []).map((decile) => [String(decile.decile), Object.entries(decile.households).find(([, count]) => count > 0)?.[0]]));
    expect(deciles).toEqual(Object.fromEntries(Object.entries(expected.summary.bands.deciles).map(([key, band]) => [String(key), band])));
  });

  it("low-income tiers before and after", () => {
    for (const [tier, counts] of Object.entries(expected.summary.lowIncome)) expect(step?.lowIncome[tier as "dibaoEdge"]).toMatchObject(counts);
  });

  it("imp-03's reason diff names the income test, not met → met, with both standards", () => {
    const imp03 = compared(entries).find((entry) => entry.id === "imp-03");
    const income = imp03?.steps[0]?.reasons.find((change) => change.code === "dibao.income-test");
    expect(income).toMatchObject({ section: "dibao", baseline: { outcome: "not-met", values: { standard: "770.00" } }, reform: { outcome: "met", values: { standard: "800.00" } } });
  });
});

describe("fixtures/impact: an empty reform", async () => {
  const { entries, summary } = await run(reform("empty.reform.yaml"), ["empty.reform.yaml"]);
  it("every household unchanged, every difference zero, no reason changed", () => {
    for (const entry of compared(entries)) {
      expect(entry.steps[0]?.band).toBe("unchanged");
      expect(entry.steps[0]?.total.difference).toBe("0.00");
      expect(entry.steps[0]?.reasons).toEqual([]);
      for (const programme of Object.values(entry.steps[0]?.programmes ?? {})) expect(programme.difference).toBe("0.00");
    }
    const step = summary.steps[0];
    expect(step?.bands.overall.households.unchanged).toBe(7);
    expect(step?.total.monthlyDifference).toBe("0.00");
    for (const programme of Object.values(step?.programmes ?? {})) {
      expect(programme.monthlyDifference).toBe("0.00");
      expect(programme.entering + programme.leaving).toBe(0);
    }
  });
});

describe("fixtures/impact: stacked reforms", async () => {
  const stacked = await run([reform("raise-urban.reform.yaml"), reform("raise-rural.reform.yaml")] as ImpactOptions["reform"], ["raise-urban.reform.yaml", "raise-rural.reform.yaml"]);
  const single = await run(reform("raise-urban.reform.yaml"), ["raise-urban.reform.yaml"]);
  const combined = await run(reform("raise-both.reform.yaml"), ["raise-both.reform.yaml"]);

  it("step 1 is the first reform alone; step 2 adds the rural raise (hand figures)", () => {
    const { reforms: _a, ...first } = stacked.summary.steps[0] ?? {};
    const { reforms: _b, ...alone } = single.summary.steps[0] ?? {};
    expect(first).toEqual(alone);
    expect(stacked.summary.steps[1]?.reforms).toEqual(["raise-urban.reform.yaml", "raise-rural.reform.yaml"]);
    expect(stacked.summary.steps[1]?.programmes.dibao?.reform.monthly).toBe(expected.stacked.step2.dibaoReformMonthly);
    expect(stacked.summary.steps[1]?.programmes.dibao?.monthlyDifference).toBe(expected.stacked.step2.monthlyDifference);
    const imp04 = compared(stacked.entries).find((entry) => entry.id === "imp-04")?.steps[1];
    expect({ baseline: imp04?.total.baseline, reform: imp04?.total.reform, band: imp04?.band }).toEqual(expected.stacked.step2["imp-04"]);
  });

  it("the last step equals the one-file combined reform, in the summary and household by household", () => {
    const { reforms: _a, ...last } = stacked.summary.steps[1] ?? {};
    const { reforms: _b, ...both } = combined.summary.steps[0] ?? {};
    expect(last).toEqual(both);
    expect(compared(stacked.entries).map((entry) => entry.steps[1])).toEqual(compared(combined.entries).map((entry) => entry.steps[0]));
  });
});
