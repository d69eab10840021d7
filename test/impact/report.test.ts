/**
 * The impact report (`impact --report`, issue 26 item 3) on the hand-worked fixture caseload
 * (fixtures/impact; every figure below from its expected.md): the parameter changed with its old and new
 * value and source, the cost table, bands and tiers, the households with the largest changes in order
 * with their reason diff and both explanations, the reproducing command; strict CSP, no script; every
 * caseload text escaped; the same input gives the same bytes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { impactCommand } from "../../src/cli/impact.js";
import { parameterChanges } from "../../src/impact/report.js";
import { impactParameterSets } from "../../src/impact/parameters.js";
import { runStreaming } from "../helpers.js";
import { main } from "../../src/cli/cli.js";

async function cli(argv: string[]): Promise<{ code: number; err: string }> {
  let err = "";
  const code = await main(argv, { out: () => undefined, err: (text) => (err += text) });
  return { code, err };
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const FOLDER = join(ROOT, "fixtures", "impact");
const CASELOAD = join(FOLDER, "caseload.ndjson");
const URBAN = join(FOLDER, "raise-urban.reform.yaml");
const RURAL = join(FOLDER, "raise-rural.reform.yaml");
const dir = mkdtempSync(join(tmpdir(), "sar-impact-report-"));

async function report(args: string[], name = "r.html"): Promise<{ code: number; err: string; html: string }> {
  const file = join(dir, name);
  const { code, err } = await runStreaming(impactCommand, [CASELOAD, "--as-of", "2025-10-15", "--workers", "0", "--report", file, ...args]);
  return { code, err, html: code === 2 ? "" : readFileSync(file, "utf8") };
}

const rowOf = (html: string, attribute: string): string => new RegExp(`<tr[^>]* ${attribute}[^>]*>(.*?)</tr>`).exec(html)?.[1] ?? "";
const cells = (row: string): string[] => [...row.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((match) => (match[1] ?? "").replace(/<[^>]+>/g, ""));

describe("impact --report", () => {
  it("states the question: the urban standard 770 → 800 from the reform file", async () => {
    const { code, html } = await report(["--reform", URBAN]);
    expect(code).toBe(3); // the fixture's invalid line, as without --report
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">")).toBe(true);
    expect(cells(rowOf(html, 'data-series="dibao.standard.urban"'))).toEqual(["dibao.standard.urban", "城市低保标准", "770", "800", "what-if"]);
    expect(html.match(/<tr data-series=/g)).toHaveLength(1);
  });

  it("shows the summary's cost: dibao 4 → 6 households, 2,210.00 → 2,430.00 a month, +220.00, +2,640.00 a year, 2 entering", async () => {
    const { html } = await report(["--reform", URBAN]);
    expect(cells(rowOf(html, 'data-programme="dibao"'))).toEqual(["最低生活保障（低保）", "4", "2,210.00", "6", "2,430.00", "2", "0", "+220.00", "+2,640.00"]);
    expect(cells(rowOf(html, 'data-programme="total"'))).toEqual(["合计", "", "2,210.00", "", "2,430.00", "", "", "+220.00", "+2,640.00"]);
    // Bands (weighted shares of 8) and by area; the dibao-edge tier 1 → 0.
    expect(cells(rowOf(html, 'data-band="unchanged"'))).toEqual(["不变", "2", "37.50", "1", "1"]);
    expect(cells(rowOf(html, 'data-band="newly-covered"'))).toEqual(["新纳入", "2", "25.00", "0", "2"]);
    expect(cells(rowOf(html, 'data-tier="dibaoEdge"'))).toEqual(["低保边缘家庭", "1", "0"]);
  });

  it("lists the households whose amount changed, the largest change first: imp-06 +90, imp-07 +50, imp-01 and imp-02 +30 (by line), imp-03 +20", async () => {
    const { html } = await report(["--reform", URBAN]);
    expect([...html.matchAll(/<details class="hh" data-line="(\d+)">/g)].map((match) => Number(match[1]))).toEqual([6, 7, 1, 2, 3]);
    const first = /<details class="hh" data-line="6">(.*?)<\/details>/s.exec(html)?.[1] ?? "";
    expect(first).toContain("1,510.00 → 1,600.00 元 (<span class=\"difference\">+90.00</span>)");
    // imp-03 enters dibao: its reason diff holds dibao.income-test not met → met; both explanations follow.
    const imp03 = /<details class="hh" data-line="3">(.*?)<\/details>/s.exec(html)?.[1] ?? "";
    expect(imp03).toMatch(/<code>dibao<\/code><\/td><td><code>dibao\.income-test<\/code><\/td><td><\/td><td><strong>不符合<\/strong>.*?<\/td><td><strong>符合<\/strong>/s);
    expect(imp03).toContain("基准下的说明");
    expect(imp03).toContain("调整后的说明");
    expect(imp03.match(/<pre class="explanation">/g)).toHaveLength(2);
    expect(html).toContain("按月度变化额从大到小列出5户（共比较7户）");
  });

  it("--report-limit keeps the largest N, and reproduces with every option that shapes the report", async () => {
    const { html } = await report(["--reform", URBAN, "--reform", RURAL, "--report-limit", "2", "--lang", "en"], "limited.html");
    expect([...html.matchAll(/<details class="hh" data-line="(\d+)">/g)].map((match) => Number(match[1]))).toHaveLength(2);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("social-assistance-rules impact caseload.ndjson --as-of 2025-10-15 --reform raise-urban.reform.yaml --reform raise-rural.reform.yaml --report report.html --lang en --report-limit 2");
    expect(html.match(/<table class="households cost" data-step="\d">/g)).toHaveLength(2);
  });

  it("is strict and self-contained: a CSP with no script source, no script, no external resource", async () => {
    const { html } = await report(["--reform", URBAN]);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"`);
    expect(html).not.toMatch(/<script|src="http|href="http/);
  });

  it("escapes the caseload's ids and gives the same bytes for the same input", async () => {
    const caseload = join(dir, "hostile.ndjson");
    const household = JSON.parse(readFileSync(CASELOAD, "utf8").split("\n")[0] ?? "{}") as Record<string, unknown>;
    writeFileSync(caseload, `${JSON.stringify({ ...household, id: '<img src=x onerror="alert(1)">' })}\n`);
    const once = await runStreaming(impactCommand, [caseload, "--as-of", "2025-10-15", "--workers", "0", "--reform", URBAN, "--report", join(dir, "h1.html")]);
    const twice = await runStreaming(impactCommand, [caseload, "--as-of", "2025-10-15", "--workers", "0", "--reform", URBAN, "--report", join(dir, "h2.html")]);
    expect([once.code, twice.code]).toEqual([0, 0]);
    const html = readFileSync(join(dir, "h1.html"), "utf8");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(readFileSync(join(dir, "h2.html"), "utf8")).toBe(html);
  });

  it("refuses a report over an input and a bad limit before any line (exit 2)", async () => {
    const over = await cli(["impact", CASELOAD, "--as-of", "2025-10-15", "--reform", URBAN, "--report", URBAN]);
    expect(over.code).toBe(2);
    expect(over.err).toContain(`--report ${URBAN} is the same file as --reform ${URBAN}, which the command reads`);
    const limit = await cli(["impact", CASELOAD, "--as-of", "2025-10-15", "--reform", URBAN, "--report", join(dir, "x.html"), "--report-limit", "many"]);
    expect(limit.code).toBe(2);
    expect(limit.err).toContain("--report-limit must be a whole number of households");
  });
});

describe("parameterChanges", () => {
  it("lists the series whose value in force differs, the baseline read on its own date", () => {
    const sets = impactParameterSets("CN-CQ", undefined, [{ series: {} }]);
    // No reform, two dates: 2025-06-30 (urban 750, the 2024-09-01 row) against 2025-10-15 (urban 770, the 2025-07-01 row).
    const changes = parameterChanges(sets.baseline, sets.steps[0] as never, "2025-06-30", "2025-10-15");
    expect(changes.find((change) => change.series === "dibao.standard.urban")).toMatchObject({ baseline: "750", reform: "770", source: "cq-standards-2025" });
    expect(parameterChanges(sets.baseline, sets.steps[0] as never, "2025-10-15", "2025-10-15")).toEqual([]);
  });
});
