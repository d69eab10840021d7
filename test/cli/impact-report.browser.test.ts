/**
 * The impact report as a person sees it, in a real browser: Debian's Chromium (`/usr/bin/chromium`, or
 * CHROMIUM_PATH) driven by playwright-core, which downloads no browser (issue 26, item 3). The report of
 * the hand-worked fixture caseload (fixtures/impact; figures from its expected.md) renders without a
 * console error or a request, its cost table and charts show the summary's figures, and a household
 * opens to its explanations. `.ci/run` installs Chromium, so CI never skips this.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { impactCommand } from "../../src/cli/impact.js";
import type { ImpactSummary } from "../../src/index.js";
import { runStreaming } from "../helpers.js";
import { launchBrowser, missingBrowser, REPORTS, ROOT, type Browser } from "../browser.js";

const FOLDER = join(ROOT, "fixtures", "impact");

describe.skipIf(missingBrowser !== undefined)(`impact report in Chromium${missingBrowser === undefined ? "" : ` — SKIPPED: ${missingBrowser}`}`, () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser("sar-impact-browser-");
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the summary's cost, bands and charts, and opens a household, without a console error", { timeout: 120_000 }, async () => {
    const report = join(browser.dir, "impact.html");
    const summaryFile = join(browser.dir, "summary.json");
    const { code } = await runStreaming(impactCommand, [join(FOLDER, "caseload.ndjson"), "--as-of", "2025-10-15", "--workers", "0", "--reform", join(FOLDER, "raise-urban.reform.yaml"), "--summary", summaryFile, "--report", report]);
    expect(code).toBe(3); // the fixture's invalid line
    const summary = JSON.parse(readFileSync(summaryFile, "utf8")) as ImpactSummary;
    const step = summary.steps[0];
    const page = await browser.open(report);
    await expect(page.title()).resolves.toBe("政策调整影响测算报告");

    // The cost table against the summary JSON, cell by cell (fen compared exactly), and against expected.md.
    const dibao = await page.locator('table.cost tr[data-programme="dibao"] td').allInnerTexts();
    expect(dibao).toEqual(["最低生活保障（低保）", "4", "2,210.00", "6", "2,430.00", "2", "0", "+220.00", "+2,640.00"]);
    const fen = await page.locator('table.cost tr[data-programme="dibao"] td[data-fen]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute("data-fen")));
    const p = step?.programmes.dibao;
    expect(fen).toEqual([p?.baseline.monthly, p?.reform.monthly].map((amount) => String(Math.round(Number(amount) * 100))));
    expect(dibao[1]).toBe(String(p?.baseline.households));
    expect(dibao[3]).toBe(String(p?.reform.households));
    const total = await page.locator('table.cost tr[data-programme="total"] td').allInnerTexts();
    expect(total[6]).toBe(`+${step?.total.monthlyDifference}`);

    // Bands: households and weighted shares as the summary has them.
    for (const band of ["unchanged", "gains-up-to-10", "gains-over-10", "newly-covered"] as const) {
      const row = await page.locator(`table.bands tr[data-band="${band}"] td`).allInnerTexts();
      expect(row.slice(1, 3), band).toEqual([String(step?.bands.overall.households[band]), step?.bands.overall.shares[band]]);
    }

    // The cost chart's bars carry the summary's amounts; the decile chart, 7 deciles × gain and lose.
    const costBars = await page.locator("#chart-cost text.bar-value").allTextContents();
    expect(costBars.slice(0, 2)).toEqual(["2,210.00", "2,430.00"]);
    expect(await page.locator("#chart-deciles rect").count()).toBe(2 * (step?.bands.byDecile.length ?? 0));
    expect(step?.bands.byDecile.length).toBe(7);

    // The largest change, imp-06 (+90.00), opens to its two explanations.
    const first = page.locator("details.hh").first();
    await expect(first.getAttribute("data-line")).resolves.toBe("6");
    await expect(first.locator("pre.explanation").first().isVisible()).resolves.toBe(false);
    await first.locator("summary").click();
    await expect(first.locator("pre.explanation").first().isVisible()).resolves.toBe(true);
    await expect(first.locator("pre.explanation").nth(1).innerText()).resolves.toContain("最低生活保障（低保）");

    await page.screenshot({ path: join(REPORTS, "impact-report.png"), fullPage: true });
    expect(browser.problems).toEqual([]);
  });
});
