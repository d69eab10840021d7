/**
 * The audit report's HTML: self-contained (nothing loaded from anywhere, only its own script allowed to
 * run), every caseload text escaped, the figures and provenance stated, each household's explanation the
 * prose of explain(), and the same bytes for the same input. test/cli/audit-report.browser.test.ts opens
 * it in Chromium and checks what a person sees.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/audit/report.js";
import { ENGINE_VERSION, auditHouseholdWithDetermination, auditReportChunks, createAuditSummary, explain, getClause, renderAuditReport, type ReportHousehold } from "../../src/index.js";
import { household, member, wage } from "../helpers.js";

const ASOF = "2025-10-15";
const HOSTILE_ID = `</script><img src=x onerror="alert(1)">'&amp;`;

function caseload(): { households: ReportHousehold[]; summary: ReturnType<ReturnType<typeof createAuditSummary>["summary"]> } {
  const inputs = [
    household([member("m1", { incomes: [wage("500")] })], { id: HOSTILE_ID }), // dibao missed: −270.00
    household([member("m1", { id: "<b>m</b>", incomes: [wage("400")] })], { id: "h2", area: "rural", status: { dibao: { since: "2024-01-01", monthlyAmount: "300.00" } } }), // rural 630 − 400 = 230: +70.00
    household([member("m1", { incomes: [wage("3000")] })], { id: "h3" }), // consistent
  ];
  const builder = createAuditSummary(ASOF);
  const households: ReportHousehold[] = [];
  inputs.forEach((input, index) => {
    const { audit, determination } = auditHouseholdWithDetermination(input, { asOf: ASOF });
    builder.add({ line: index + 1, ...audit });
    if (audit.result === "findings") households.push({ line: index + 1, audit, determination });
  });
  return { households, summary: builder.summary({ file: "caseload.ndjson", sha256: "sha256:abc123" }) };
}

describe("renderAuditReport", () => {
  const { households, summary } = caseload();
  const html = renderAuditReport(summary, households, { limit: 2000, command: "social-assistance-rules audit caseload.ndjson --as-of 2025-10-15" });

  it("loads nothing from anywhere and lets only its own script run", () => {
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    const hash = createHash("sha256").update(script, "utf8").digest("base64");
    // The policy sits in an attribute, its quotes escaped; the browser reads them back.
    expect(html).toContain(escapeHtml(`script-src 'sha256-${hash}'`));
    expect(html).toContain(escapeHtml("default-src 'none'"));
    expect(html.match(/<script/g)).toHaveLength(1);
    // The only URL is the SVG namespace, which names and loads nothing.
    expect([...html.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/gi)].map((match) => match[0])).toEqual(["http://www.w3.org", "http://www.w3.org"]);
    // No tag has an attribute that loads or sends anything (attribute values, escaped text included, set aside).
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[a-z][^>]*\s(?:src|action)=/i);
    // Links only within the page (a household's clauses to the appendix).
    expect([...html.matchAll(/\shref="([^"]*)"/g)].every((match) => match[1]?.startsWith("#clause-"))).toBe(true);
  });

  it("escapes every text from the caseload", () => {
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>m</b>");
    expect(html).toContain(escapeHtml(HOSTILE_ID));
    expect(html).toContain("&lt;b&gt;m&lt;/b&gt;");
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("states the figures, the provenance and the notice, in Chinese by default", () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain("不是认定结论");
    for (const text of [`social-assistance-rules ${ENGINE_VERSION}`, ASOF, "caseload.ndjson", "sha256:abc123", summary.parameterSets[0]?.digest ?? "?", "social-assistance-rules audit caseload.ndjson --as-of 2025-10-15"]) {
      expect(html).toContain(text);
    }
    // Households 3, consistent 1, with findings 2; over-paid 70.00, missed 270.00 (yuan a month).
    expect(html).toContain('<div class="label">核查户数</div><div class="value">3</div>');
    expect(html).toContain('<div class="label">每月多发</div><div class="value">70.00 元/月</div>');
    expect(html).toContain('<div class="label">每月漏保</div><div class="value">270.00 元/月</div>');
    expect(html.match(/<tbody class="hh"/g)).toHaveLength(2);
  });

  it("embeds each household's explanation, the prose of explain(), its clauses linked to one appendix that quotes each once", () => {
    for (const entry of households) {
      const text = explain(entry.determination, { lang: "zh-CN", format: "text" });
      const [prose = "", quoted = ""] = text.split("\n依据\n");
      const lines = text.trimEnd().split("\n");
      // The prose as explain() writes it, then its last line (engine, parameters, input digest); the quotes go to the appendix.
      expect(html).toContain(`<pre class="explanation">${escapeHtml(`${prose.trimEnd()}\n\n${lines[lines.length - 1] ?? ""}\n`)}</pre>`);
      for (const [, id] of quoted.matchAll(/^• (\S+)/gm)) {
        expect(html).toContain(`<a href="#clause-${escapeHtml(id ?? "")}">`);
        expect(html.match(new RegExp(`<li id="clause-${(id ?? "").replace(/[/.]/g, "\\$&")}">`, "g"))).toHaveLength(1);
      }
    }
    // The appendix names each source in the report's language only (the Chinese title, no English name).
    expect(html).toContain(`<li id="clause-saim/art-9"><code>saim/art-9</code> — 《社会救助暂行办法》<blockquote`);
    expect(html).not.toContain("Interim Measures for Social Assistance");
    expect(html).toContain(escapeHtml(getClause("saim/art-9")?.zh ?? "?"));
    expect(html).toContain('data-codes="dibao-missed"');
    expect(html).toContain('data-fen="27000"');
    expect(html).toContain('data-fen="7000"');
    expect(html).toContain("−270.00 (漏保)");
  });

  it("writes the same document in pieces, reading the households one at a time", () => {
    let read = 0;
    const lazy = (function* () {
      for (const entry of households) {
        read++;
        yield entry;
      }
    })();
    const pieces = [...auditReportChunks(summary, lazy, { limit: 2000, command: "social-assistance-rules audit caseload.ndjson --as-of 2025-10-15" })];
    expect(read).toBe(2);
    expect(pieces).toHaveLength(4);
    expect(pieces.join("")).toBe(html);
  });

  it("writes English when asked, and says how many households with findings are not shown", () => {
    const english = renderAuditReport(summary, households.slice(0, 1), { lang: "en", limit: 1 });
    expect(english).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(english).toContain("not a verdict");
    expect(english).toContain("1 more households with findings are not shown in detail (this report shows the 1 with the most at stake)");
    expect(english).toContain(escapeHtml((explain(households[0]?.determination ?? ({} as never), { lang: "en", format: "text" }).split("\nAuthority\n")[0] ?? "?").trimEnd()));
    expect(english).toContain(`<blockquote lang="en">${escapeHtml(getClause("saim/art-9")?.en ?? "?")}`);
    expect(english).toContain(`<code>saim/art-9</code> — Interim Measures for Social Assistance<blockquote`);
    expect(english.match(/<tbody class="hh"/g)).toHaveLength(1);
  });

  it("says so when no household has a finding, and draws empty charts", () => {
    const empty = renderAuditReport(createAuditSummary(ASOF).summary(), [], { lang: "en", limit: 2000 });
    expect(empty).toContain('<p id="no-findings">No household has a finding.</p>');
    expect(empty).not.toContain('<tbody class="hh"');
    expect(empty).toContain(">none</text>");
    expect(empty).toContain("(not given)");
  });

  it("shows every kind of finding of the fixture caseload: amounts unknown, lists of members, households without an id", () => {
    const lines = readFileSync(fileURLToPath(new URL("../../fixtures/audit/caseload.ndjson", import.meta.url)), "utf8").split("\n").slice(0, 31);
    const builder = createAuditSummary(ASOF);
    const shown: ReportHousehold[] = [];
    lines.forEach((line, index) => {
      const input = JSON.parse(line) as { id?: string };
      if (input.id === "aud-22") delete input.id; // one household without an id
      const { audit, determination } = auditHouseholdWithDetermination(input, { asOf: ASOF });
      builder.add({ line: index + 1, ...audit });
      if (audit.result === "findings") shown.push({ line: index + 1, audit, determination });
    });
    const page = renderAuditReport(builder.summary(), shown, { lang: "en", limit: 2000 });
    expect(page.match(/<tbody class="hh"/g)).toHaveLength(24);
    expect(page).toContain('data-line="22" data-id="" data-area="urban" data-codes="undecidable" data-fen="0" data-count="1"');
    expect(page).toContain('<td class="num">22</td><td>—</td>');
    // aud-16: the single-person payment, its members listed; aud-12: an amount not recorded.
    expect(page).toContain("memberIds: m2");
    expect(page).toContain("monthlyAmount: —");
    expect(page).toContain('<span class="badge">Undecidable: facts missing</span>');
    expect(page).toContain('<span class="badge missed">Qualifies for extreme-poverty support, not covered · m1</span>');
    expect(page).not.toContain('id="more"');
  });

  it("lists a cited clause the catalogue does not hold without a quote, and an unknown area as written", () => {
    const [entry] = households;
    if (entry === undefined) throw new Error("no household");
    const odd: ReportHousehold = {
      ...entry,
      audit: { ...entry.audit, area: "island" },
      determination: { ...entry.determination, dibao: { ...entry.determination.dibao, reasons: [{ code: "x", outcome: "met", clauses: ["no/such-clause"], values: {}, missing: [], interpretations: [] }] } },
    };
    const page = renderAuditReport(summary, [odd], { limit: 1 });
    expect(page).toContain('<li id="clause-no/such-clause"><code>no/such-clause</code></li>');
    expect(page).toContain("<td>island</td>");
  });

  it("is the same bytes every time", () => {
    const again = caseload();
    expect(renderAuditReport(again.summary, again.households, { limit: 2000, command: "social-assistance-rules audit caseload.ndjson --as-of 2025-10-15" })).toBe(html);
  });

  it("shows a long list of parameter digests folded, and an override file with its digest", () => {
    const many = { ...summary, parameterSets: Array.from({ length: 8 }, (_, index) => ({ id: "CN-CQ", digest: `sha256:${index}`, households: 1 })), source: { ...summary.source, parameters: { file: "what-if.yaml", sha256: "sha256:feed" } } };
    const folded = renderAuditReport(many, [], { limit: 5 });
    expect(folded).toContain("<details><summary>8</summary>");
    expect(folded).toContain("what-if.yaml <span class=\"digest\">sha256:feed</span>");
  });
});
