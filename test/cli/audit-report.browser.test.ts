/**
 * The audit report as a person sees it, in a real browser: Debian's Chromium (`/usr/bin/chromium`, or
 * CHROMIUM_PATH) driven by playwright-core, which downloads no browser. The report of the hand-worked
 * fixture caseload (fixtures/audit; figures from its expected.md) shows the summary figures, 24 rows,
 * filters that narrow them, a row that opens to the household's explanation (the prose of explain()),
 * and no console error. Screenshots go to reports/ (git-ignored). `.ci/run` installs Chromium, so CI
 * never skips this; on a machine without it the test is skipped and its title says why, which
 * `npm test` repeats in its last lines.
 */
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditCommand } from "../../src/cli/audit.js";
import { evaluate, explain, getClause, type HouseholdInput } from "../../src/index.js";
import { collectingStream } from "../helpers.js";
import { launchBrowser, missingBrowser, REPORTS, ROOT, type Browser } from "../browser.js";

const ASOF = "2025-10-15";
const CASELOAD = join(ROOT, "fixtures", "audit", "caseload.ndjson");

async function writeReport(dir: string, lang: string, caseload = CASELOAD, extra: readonly string[] = []): Promise<string> {
  const file = join(dir, `report-${lang}${extra.length === 0 ? "" : "-records"}.html`);
  let err = "";
  const streams = { input: Readable.from([]), output: collectingStream().stream, progress: false };
  const code = await auditCommand([caseload, "--as-of", ASOF, "--workers", "0", "--lang", lang, "--report", file, ...extra], { out: () => undefined, err: (text) => (err += text) }, streams);
  // Line 32 of the fixture caseload is invalid: exit 3 (issue 24, item 3); the records caseload has no invalid line.
  expect(code, err).toBe(caseload === CASELOAD ? 3 : 0);
  return file;
}

const visibleRows = (page: Page): Promise<number> => page.locator("tbody.hh:not([hidden])").count();

describe.skipIf(missingBrowser !== undefined)(`audit report in Chromium${missingBrowser === undefined ? "" : ` — SKIPPED: ${missingBrowser}`}`, () => {
  let browser: Browser;
  let dir: string;
  let problems: string[];
  const open = (file: string): Promise<Page> => browser.open(file);

  beforeAll(async () => {
    browser = await launchBrowser("sar-report-browser-");
    dir = browser.dir;
    problems = browser.problems;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the summary figures, the rows, filters that narrow them and an explanation, without a console error", { timeout: 120_000 }, async () => {
    const page = await open(await writeReport(dir, "zh-CN"));
    await expect(page.title()).resolves.toContain("社会救助个案核查报告");
    await expect(page.locator("#notice").innerText()).resolves.toContain("不是认定结论");

    // The figures of expected.md's summary, as the page shows them.
    const figures = Object.fromEntries(
      await page.locator("#figures .figure").evaluateAll((nodes) => nodes.map((node) => [node.querySelector(".label")?.textContent ?? "", node.querySelector(".value")?.textContent ?? ""])),
    );
    expect(figures).toEqual({
      核查户数: "31",
      一致: "7",
      有发现: "24",
      无法判断: "5",
      无效行: "1",
      每月多发: "1,210.00 元/月",
      每月少发: "200.00 元/月",
      每月漏保: "7,233.00 元/月",
      金额未知的发现: "3",
    });
    await expect(page.locator("#meta").innerText()).resolves.toContain(ASOF);

    // 24 households with findings; undecidable ones: aud-22, 23, 24, 25, 31.
    expect(await visibleRows(page)).toBe(24);
    await page.selectOption("#f-code", "undecidable");
    expect(await visibleRows(page)).toBe(5);
    await expect(page.locator("#shown").innerText()).resolves.toBe("5 / 24");
    await page.selectOption("#f-code", "");
    // Rural households with findings: aud-06, 14, 16, 18, 21, 23, 29.
    await page.selectOption("#f-area", "rural");
    expect(await visibleRows(page)).toBe(7);
    await page.selectOption("#f-area", "");
    // At least 1001 yuan a month at stake: aud-18 (2191.00), aud-29 (1101.00) and aud-19 (1001.00, the bound
    // itself); at least 1001.01, one fen more, no longer aud-19. A filter that is not an amount filters nothing.
    await page.fill("#f-min", "1001");
    expect(await visibleRows(page)).toBe(3);
    await page.fill("#f-min", "1001.01");
    expect(await visibleRows(page)).toBe(2);
    await page.fill("#f-min", "lots");
    expect(await visibleRows(page)).toBe(24);
    await expect(page.locator("#f-min").getAttribute("aria-invalid")).resolves.toBe("true");
    await page.fill("#f-min", "");
    await page.fill("#f-text", "aud-1");
    // aud-11, 12, 13, 14, 16, 18, 19.
    expect(await visibleRows(page)).toBe(7);
    await page.fill("#f-text", "");
    expect(await visibleRows(page)).toBe(24);

    // Worst first: aud-18; sorting by line (descending first) puts aud-31, the last line with a finding, first.
    await expect(page.locator("tbody.hh").first().getAttribute("data-id")).resolves.toBe("aud-18");
    await page.click('th[data-key="line"] button');
    await expect(page.locator("tbody.hh").first().getAttribute("data-id")).resolves.toBe("aud-31");
    await page.click('th[data-key="fen"] button');
    await expect(page.locator("tbody.hh").first().getAttribute("data-id")).resolves.toBe("aud-18");

    // Opening aud-18 shows its findings and the explanation explain() writes.
    const row = page.locator('tbody.hh[data-id="aud-18"]');
    await expect(row.locator("tr.detail").isVisible()).resolves.toBe(false);
    await row.locator("button.toggle").click();
    await expect(row.locator("tr.detail").isVisible()).resolves.toBe(true);
    await expect(row.locator("button.toggle").getAttribute("aria-expanded")).resolves.toBe("true");
    const household = JSON.parse(readFileSync(CASELOAD, "utf8").split("\n")[17] ?? "{}") as HouseholdInput;
    expect(household.id).toBe("aud-18");
    // The prose of explain(), its clause quotes left to the appendix the household's clause links lead to.
    const text = explain(evaluate(household, { asOf: ASOF }), { lang: "zh-CN", format: "text" });
    const [prose = "", quoted = ""] = text.split("\n依据\n");
    const shown = (await row.locator("pre.explanation").textContent()) ?? "";
    expect(shown.startsWith(prose.trimEnd())).toBe(true);
    expect(shown.trimEnd().split("\n").at(-1)).toBe(text.trimEnd().split("\n").at(-1));
    const ids = [...quoted.matchAll(/^• (\S+)/gm)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(5);
    // The same clauses (the report lists them in code-unit order, explain() in reading order: art-7 before art-13).
    await expect(row.locator("p.cited a").allTextContents().then((links) => [...links].sort())).resolves.toEqual([...ids].sort());
    await row.locator("p.cited a", { hasText: "shp-identification-2021/art-4" }).click();
    await expect(page.locator('[id="clause-shp-identification-2021/art-4"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[id="clause-shp-identification-2021/art-4"] blockquote').first().textContent()).resolves.toBe(getClause("shp-identification-2021/art-4")?.zh);
    await expect(row.locator("table.findings tbody tr").count()).resolves.toBe(2);
    await expect(row.locator("table.findings").innerText()).resolves.toContain("−1,501.00 (漏保)");

    // The top of the page with the worst household open (the picture in the README is one of these).
    // Runs in the page: the test is compiled without the DOM library, so the page's global is typed here.
    await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
    await page.screenshot({ path: join(REPORTS, "audit-report.png"), fullPage: true, clip: { x: 0, y: 0, width: 1200, height: 1900 } });
    await page.screenshot({ path: join(REPORTS, "audit-report-full.png"), fullPage: true });
    expect(problems).toEqual([]);
  });

  it("reads the same in English", { timeout: 120_000 }, async () => {
    const page = await open(await writeReport(dir, "en"));
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expect(page.locator("#notice").innerText()).resolves.toContain("not a verdict");
    await expect(page.locator('.figure[data-figure="Missed a month"] .value').innerText()).resolves.toBe("7,233.00 yuan/month");
    expect(await visibleRows(page)).toBe(24);
    await page.click("#open-all");
    await expect(page.locator("tr.detail:visible").count()).resolves.toBe(24);
    await page.click("#close-all");
    await expect(page.locator("tr.detail:visible").count()).resolves.toBe(0);
    await page.screenshot({ path: join(REPORTS, "audit-report-en.png") });
    expect(problems).toEqual([]);
  });

  // The departmental-records fixture (fixtures/audit/expected-records.md): its figures, a section per department
  // with the Chinese name first, and each conflict's two values side by side.
  it("shows the departmental records: figures, a section per department, both values side by side", { timeout: 120_000 }, async () => {
    const records = join(ROOT, "fixtures", "audit", "records.ndjson");
    const page = await open(await writeReport(dir, "zh-CN", join(ROOT, "fixtures", "audit", "records-caseload.ndjson"), ["--records", records]));
    const figures = Object.fromEntries(
      await page.locator("#records-figures .figure").evaluateAll((nodes) => nodes.map((node) => [node.querySelector(".label")?.textContent ?? "", node.querySelector(".value")?.textContent ?? ""])),
    );
    expect(figures).toEqual({
      读取的部门记录: "18",
      已比对的记录: "14",
      未匹配的记录: "2",
      无效记录: "1",
      晚于核查日期的记录: "1",
      按部门数据比对结果不同的家庭: "7",
      按部门数据的发现: "16",
      按部门数据每月多发: "1,010.00 元/月",
      按部门数据每月少发: "260.00 元/月",
      按部门数据每月漏保: "0.00 元/月",
    });
    await expect(page.locator('#figures-review .figure .value').innerText()).resolves.toBe("10");
    // Eight departments with conflicts, in the contract's order, each heading Chinese first.
    await expect(page.locator("section.department").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-department")))).resolves.toEqual([
      "civil-affairs",
      "public-security",
      "justice",
      "disabled-persons-federation",
      "education",
      "medical-insurance",
      "housing",
      "natural-resources",
    ]);
    const federation = page.locator('section.department[data-department="disabled-persons-federation"]');
    await expect(federation.locator("h3").innerText()).resolves.toMatch(/^残联（残疾人证） disabled-persons-federation$/);
    // rec-01: the caseload's no disability beside the federation's grade 1; rec-05: grade 2 (civil affairs' grade 4 is in its own section).
    const rec01 = federation.locator('tr[data-household="rec-01"]');
    await expect(rec01.locator("td.caseload-value").innerText()).resolves.toBe("—");
    await expect(rec01.locator("td.department-value").innerText()).resolves.toBe('{"category":"physical","grade":1}');
    await expect(rec01.innerText()).resolves.toContain("dibao: eligible 270.00 → eligible 370.00");
    await expect(federation.locator('tr[data-household="rec-05"] td.department-value').innerText()).resolves.toBe('{"category":"physical","grade":2}');
    const civil = page.locator('section.department[data-department="civil-affairs"]');
    await expect(civil.locator('tr[data-household="rec-02"] td.department-value').innerText()).resolves.toBe("2025-08-12");
    await expect(civil.locator('tr[data-household="rec-02"]').innerText()).resolves.toContain("dibao: eligible 1240.00 → eligible 470.00");
    await expect(page.locator('section.department[data-department="public-security"] tr[data-household="rec-04"]').innerText()).resolves.toContain("早于最近一次核查");
    // In the households table, rec-01's departmental finding sits beside its conflict.
    const row = page.locator('tbody.hh[data-id="rec-01"]');
    await row.locator("button.toggle").click();
    await expect(row.locator('table.findings tr[data-basis="departmental"]').count()).resolves.toBe(2);
    await expect(row.locator("table.findings").innerText()).resolves.toContain("−100.00 (少发)");
    await page.screenshot({ path: join(REPORTS, "audit-report-records.png"), fullPage: true });
    expect(problems).toEqual([]);
  });
});
