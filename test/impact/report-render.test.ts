/**
 * renderImpactReport, branch by branch, on the fixture caseload compared through the library (figures
 * from fixtures/impact/expected.md) and on summaries cut down to the edge cases: English, no weights, no
 * invalid line, no command, no household changed, a series one side lacks, a reason one side lacks.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { compareCaseload, createImpactSummary, impactComparer, type HouseholdImpactWithDeterminations, type ImpactSummary } from "../../src/index.js";
import { parameterChanges, renderImpactReport, type ParameterChange } from "../../src/impact/report.js";
import { compileParameterSet } from "../../src/policy/parameters.js";

const FOLDER = fileURLToPath(new URL("../../fixtures/impact/", import.meta.url));
const lines = readFileSync(`${FOLDER}caseload.ndjson`, "utf8").split("\n").slice(0, -1);
const reform = parse(readFileSync(`${FOLDER}raise-urban.reform.yaml`, "utf8")) as never;
const ASOF = "2025-10-15";

async function fixture(): Promise<{ summary: ImpactSummary; households: HouseholdImpactWithDeterminations[] }> {
  const builder = createImpactSummary({ asOf: ASOF, steps: 1, reforms: ["raise-urban.reform.yaml"] });
  for await (const entry of compareCaseload(lines, { asOf: ASOF, reform })) builder.add(entry);
  const comparer = impactComparer({ asOf: ASOF, reform });
  // imp-06 (+90.00) and imp-05 (unchanged), by hand.
  const households = [comparer.compareWithDeterminations(JSON.parse(lines[5] ?? "{}"), 6), comparer.compareWithDeterminations(JSON.parse(lines[4] ?? "{}"), 5)];
  return { summary: builder.summary({ file: "caseload.ndjson", sha256: "sha256:00" }), households };
}

const CHANGE: ParameterChange = { series: "dibao.standard.urban", description: "Urban minimum living guarantee standard (城市低保标准)", descriptionZh: undefined, baseline: null, reform: ["a", "b"], source: null };

describe("renderImpactReport", () => {
  it("in English: the English description, a value one side lacks, a list value, the weighted count and the invalid line", async () => {
    const { summary, households } = await fixture();
    const html = renderImpactReport(summary, { lang: "en", changes: [[CHANGE]], households, command: "social-assistance-rules impact x" });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<td>Urban minimum living guarantee standard (城市低保标准)</td><td class=\"num\">(none)</td><td class=\"num\">a, b</td><td><code></code></td>");
    expect(html).toContain("<dt>Weighted households</dt><dd>8</dd><dt>Invalid lines</dt><dd>1</dd>");
    expect(html).toContain("2 households by the size of the monthly change (of 7 compared)");
    expect(html).toContain("<h2>Reproducing</h2>");
    expect(renderImpactReport(summary, { lang: "en", changes: [[]], households: households.slice(0, 1) })).toContain("1 household by the size of the monthly change (of 7 compared)");
    // imp-05 is unchanged: 0.00 and no reason changed.
    expect(html).toMatch(/data-line="5">.*\(<span class="difference">0\.00<\/span>\).*No reason changed its outcome\./s);
  });

  it("in Chinese by default, the Chinese description falling back to the English one when none is given", async () => {
    const { summary } = await fixture();
    const html = renderImpactReport(summary, { changes: [[CHANGE, { ...CHANGE, series: "x.y", descriptionZh: "某参数" }]], households: [] });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("<td>Urban minimum living guarantee standard (城市低保标准)</td>");
    expect(html).toContain("<td>某参数</td>");
    expect(html).toContain("没有家庭的金额发生变化。");
    expect(html).not.toContain('id="reproduce"');
  });

  it("without weights or invalid lines, and a step with no change listed, says so", async () => {
    const { summary } = await fixture();
    const plain: ImpactSummary = { ...summary, weightedHouseholds: String(summary.households), invalidLines: 0, source: {} };
    const html = renderImpactReport(plain, { changes: [], households: [] });
    expect(html).not.toContain("加权家庭数");
    expect(html).not.toContain("无效行");
    expect(html).toContain("无参数变化（仅比较两个日期）。");
  });

  it("with no step at all (an empty summary) writes the frame without cost rows or charts", async () => {
    const { summary } = await fixture();
    const html = renderImpactReport({ ...summary, steps: [] }, { changes: [], households: [] });
    expect(html).toContain("<h2>支出</h2></section>");
    expect(html).not.toContain('id="charts"');
    expect(html).toContain("<dt>调整方案</dt><dd></dd>");
  });

  it("a step without a programme's figures, an area and tier the words do not name, and no decile: drawn empty", async () => {
    const { summary } = await fixture();
    const step = summary.steps[0];
    if (step === undefined) throw new Error("no step");
    const bare = {
      ...step,
      programmes: {},
      total: { ...step.total, monthlyDifference: "-5.00", annualDifference: "-60.00" },
      bands: { ...step.bands, byArea: { suburban: step.bands.overall }, byDecile: [] },
    };
    const html = renderImpactReport({ ...summary, steps: [bare] }, { lang: "en", changes: [[]], households: [] });
    expect(html).toContain("<td class=\"num\">−5.00</td><td class=\"num\">−60.00</td>");
    expect(html).toContain("By area: suburban");
    expect(html.match(/No data/g)).toHaveLength(2);
  });
});

describe("parameterChanges", () => {
  it("counts a series one set lacks as changed, the other side null, described by the side that holds it", () => {
    const series = (value: string) => ({ description: "d", kind: "money-per-month" as const, unit: "CNY", values: [{ from: "2025-01-01", value, source: "s", dateStatus: "verified" as const }] });
    const a = compileParameterSet({ id: "a", jurisdiction: "CN-XX", series: { "p.one": series("1"), "p.gone": series("2") } });
    const b = compileParameterSet({ id: "b", jurisdiction: "CN-XX", series: { "p.one": series("1"), "p.new": series("3") } });
    expect(parameterChanges(a, b, ASOF, ASOF)).toEqual([
      { series: "p.gone", description: "d", descriptionZh: undefined, baseline: "2", reform: null, source: null },
      { series: "p.new", description: "d", descriptionZh: undefined, baseline: null, reform: "3", source: "s" },
    ]);
  });
});
