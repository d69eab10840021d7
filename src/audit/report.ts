/**
 * The audit report: one self-contained HTML file an auditor opens in a browser, prints on A4 or hands
 * over. Summary figures, two inline SVG charts, and a table of the households with findings (the worst
 * `limit`, saying how many more exist) that sorts, filters and opens each household to its findings and
 * its full explanation — the prose of `explain()`, its clauses listed and linked to an appendix that
 * quotes each cited clause once (quoted in every household, they were over half the file). It states the library
 * version, parameter sets and digests, the assessment date and the input's SHA-256, so it can be
 * reproduced. No network: inline CSS and script only, pinned by a Content-Security-Policy. Every text
 * from the caseload (household ids, member ids, values) is escaped. Pure: same input, same bytes.
 */
import { sha256 } from "@noble/hashes/sha2";
import { utf8ToBytes } from "@noble/hashes/utils";
import type { Determination } from "../engine/determination.js";
import { explain, MESSAGE_TABLES } from "../explain/explain.js";
import type { ReasonValue } from "../model/determination.js";
import { AREAS } from "../model/household.js";
import { getClause, getSource } from "../policy/clauses.js";
import { Money } from "../model/money.js";
import type { Language } from "../rules/messages.js";
import { AUDIT_NOTICE, FINDING_CODES, type AuditFinding, type FindingCode, type HouseholdAudit } from "./findings.js";
import { REPORT_SCRIPT, REPORT_STYLE } from "./report-assets.js";
import { REPORT_MESSAGES, type ReportMessages } from "./report-messages.js";
import type { AuditSummary } from "./summary.js";
import { DEPARTMENT_NAMES_ZH, DEPARTMENTS } from "../model/departmental-record.js";
import type { InvalidLine } from "./invalid-lines.js";

/** A household the report shows in detail: its audit and the determination it came from. */
export interface ReportHousehold {
  readonly line: number;
  readonly audit: HouseholdAudit;
  readonly determination: Determination;
}

export interface AuditReportOptions {
  /** Language of the report and of the explanations (default zh-CN). */
  readonly lang?: Language;
  /** The most households shown in detail (what `--report-limit` set), stated in the report. */
  readonly limit: number;
  /** The command that produced the report, shown under "reproducing" (the CLI passes its own). */
  readonly command?: string;
  /** The caseload's invalid lines (the first ones; `summary.invalidLines` counts them all), listed with their problem. */
  readonly invalidLines?: readonly InvalidLine[];
}

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => (char === "&" ? "&amp;" : char === "<" ? "&lt;" : char === ">" ? "&gt;" : char === '"' ? "&quot;" : "&#39;"));
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function base64(bytes: Uint8Array): string {
  let out = "";
  for (let at = 0; at < bytes.length; at += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[at], bytes[at + 1], bytes[at + 2]];
    const word = (a << 16) | (b << 8) | c;
    out += BASE64.charAt((word >> 18) & 63) + BASE64.charAt((word >> 12) & 63);
    out += at + 1 < bytes.length ? BASE64.charAt((word >> 6) & 63) : "=";
    out += at + 2 < bytes.length ? BASE64.charAt(word & 63) : "=";
  }
  return out;
}

/** The policy: nothing loads from anywhere; only this report's own script runs. */
const CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${base64(sha256(utf8ToBytes(REPORT_SCRIPT)))}'; img-src data:; base-uri 'none'; form-action 'none'`;

const DIRECTION_COLOUR = { "over-paid": "#b3261e", "under-paid": "#9a6700", missed: "#1f5fa8" } as const;

/** Yuan with thousands separators for display; the digits are the exact decimal string's. */
export function yuan(amount: string): string {
  const negative = amount.startsWith("-");
  const [whole = "0", fraction = "00"] = (negative ? amount.slice(1) : amount).split(".");
  return `${negative ? "−" : ""}${whole.replace(/\B(?=(\d{3})+$)/g, ",")}.${fraction}`;
}

/** Whole fen as digits (no sign): what the script compares exactly. */
function fen(amount: string): string {
  const [whole = "0", fraction = "00"] = amount.replace(/^-/, "").split(".");
  return `${whole}${fraction}`.replace(/^0+(?=\d)/, "");
}

/** One bar of {@link barChart}. */
export interface Bar {
  readonly label: string;
  readonly value: string;
  /** Length against the longest bar; for drawing only. */
  readonly ratio: number;
  readonly colour: string;
}

/** A horizontal bar chart as inline SVG, every label escaped (the audit's and the impact report's). */
export function barChart(title: string, bars: readonly Bar[], none: string, id?: string): string {
  const rowHeight = 24;
  const labelWidth = 250;
  const barWidth = 230;
  const height = Math.max(1, bars.length) * rowHeight + 8;
  const rows = bars.map((bar, index) => {
    const y = 4 + index * rowHeight;
    const width = Math.max(bar.ratio > 0 ? 2 : 0, Math.round(bar.ratio * barWidth));
    return (
      `<text x="${labelWidth - 6}" y="${y + 16}" text-anchor="end" font-size="12" fill="#1d2430">${escapeHtml(bar.label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 4}" width="${width}" height="${rowHeight - 8}" fill="${bar.colour}"></rect>` +
      `<text class="bar-value" x="${labelWidth + width + 6}" y="${y + 16}" font-size="12" fill="#1d2430">${escapeHtml(bar.value)}</text>`
    );
  });
  const body = bars.length === 0 ? `<text x="8" y="18" font-size="12" fill="#5b6472">${escapeHtml(none)}</text>` : rows.join("");
  return `<figure class="chart"${id === undefined ? "" : ` id="${id}"`}><h3>${escapeHtml(title)}</h3><svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${labelWidth + barWidth + 90} ${height}" xmlns="http://www.w3.org/2000/svg">${body}</svg></figure>`;
}

function ratioOf(value: Money, largest: Money): number {
  return largest.isZero() ? 0 : value.dividedBy(largest).toNumber();
}

function charts(summary: AuditSummary, m: ReportMessages): string {
  const counted = FINDING_CODES.filter((code) => summary.findings[code] > 0);
  const most = Math.max(1, ...counted.map((code) => summary.findings[code]));
  const byCode = counted.map((code) => ({ label: m.codes[code], value: String(summary.findings[code]), ratio: summary.findings[code] / most, colour: code === "undecidable" ? "#6b7280" : "#3d5a80" }));
  const amounts = (["over-paid", "under-paid", "missed"] as const).map((direction) => ({
    direction,
    amount: direction === "over-paid" ? summary.monthly.overPaid : direction === "under-paid" ? summary.monthly.underPaid : summary.monthly.missed,
  }));
  const largest = amounts.reduce((top, each) => Money.max(top, new Money(each.amount)), new Money(0));
  const money = amounts.map(({ direction, amount }) => ({ label: m.directions[direction], value: yuan(amount), ratio: ratioOf(new Money(amount), largest), colour: DIRECTION_COLOUR[direction] }));
  return `<div class="charts">${barChart(m.charts.byCode, byCode, m.charts.none)}${barChart(m.charts.amounts, money, m.charts.none)}</div>`;
}

function figure(label: string, value: string, kind = ""): string {
  return `<div class="figure${kind === "" ? "" : ` ${kind}`}" data-figure="${escapeHtml(label)}"><div class="label">${escapeHtml(label)}</div><div class="value">${escapeHtml(value)}</div></div>`;
}

function figures(summary: AuditSummary, m: ReportMessages): string {
  const f = m.figures;
  return (
    `<div class="figures" id="figures">` +
    figure(f.households, String(summary.households)) +
    figure(f.consistent, String(summary.consistent)) +
    figure(f.withFindings, String(summary.withFindings)) +
    figure(f.undecidable, String(summary.undecidable)) +
    figure(f.invalidLines, String(summary.invalidLines)) +
    figure(f.overPaid, m.perMonth(yuan(summary.monthly.overPaid)), "over") +
    figure(f.underPaid, m.perMonth(yuan(summary.monthly.underPaid)), "under") +
    figure(f.missed, m.perMonth(yuan(summary.monthly.missed)), "missed") +
    figure(f.withoutAmount, String(summary.findingsWithoutAmount)) +
    `</div>`
  );
}

function meta(summary: AuditSummary, options: AuditReportOptions, m: ReportMessages): string {
  const g = m.meta;
  const row = (label: string, html: string): string => `<dt>${escapeHtml(label)}</dt><dd>${html}</dd>`;
  const source = summary.source;
  const sets =
    summary.parameterSets.length === 0
      ? escapeHtml(g.notGiven)
      : `<details${summary.parameterSets.length <= 6 ? " open" : ""}><summary>${summary.parameterSets.length}</summary><ul>${summary.parameterSets
          .map((set) => `<li><code>${escapeHtml(set.id)}</code> <span class="digest">${escapeHtml(set.digest)}</span> (${set.households})</li>`)
          .join("")}</ul></details>`;
  const command = options.command === undefined ? "" : `<pre class="kv"><code>${escapeHtml(options.command)}</code></pre>`;
  return (
    `<dl class="meta" id="meta">` +
    row(g.library, `<code>${escapeHtml(summary.engine.name)} ${escapeHtml(summary.engine.version)}</code>`) +
    row(g.asOf, `<code>${escapeHtml(summary.asOf)}</code>`) +
    row(g.input, escapeHtml(source.file ?? g.notGiven)) +
    row(g.inputDigest, `<span class="digest">${escapeHtml(source.sha256 ?? g.notGiven)}</span>`) +
    row(g.parametersFile, source.parameters === undefined ? escapeHtml(g.shipped) : `${escapeHtml(source.parameters.file)} <span class="digest">${escapeHtml(source.parameters.sha256)}</span>`) +
    row(g.parameterSets, sets) +
    row(g.reportLimit, String(options.limit)) +
    `</dl><h2>${escapeHtml(g.reproduce)}</h2><p>${escapeHtml(g.reproduceText)}</p>${command}`
  );
}

/** A value as the report shows it: text as is, a list joined, a fact of a departmental record as JSON. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (Array.isArray(value) && value.every((item) => typeof item !== "object" || item === null)) return value.join(", ");
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function values(record: Readonly<Record<string, unknown>>): string {
  const text = Object.entries(record)
    .map(([key, value]) => `${key}: ${shown(value)}`)
    .join("\n");
  return `<div class="kv">${escapeHtml(text)}</div>`;
}

/** The clause ids every reason of a determination cites, whatever its section: any object with a code and clauses. */
function citedClauses(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) citedClauses(item, into);
  } else if (value !== null && typeof value === "object") {
    const record = value as Readonly<Record<string, unknown>>;
    if (typeof record.code === "string" && Array.isArray(record.clauses)) for (const id of record.clauses) into.add(String(id));
    else for (const item of Object.values(record)) citedClauses(item, into);
  }
  return into;
}

/**
 * `explain()`'s text without its closing list of quoted clauses (the report quotes each clause once, in
 * its appendix), keeping the last line, which names the engine, parameters and input digest.
 */
function explanationProse(text: string, lang: Language): string {
  const [prose] = text.split(`\n${MESSAGE_TABLES[lang].labels.clauses}\n`, 1);
  const trimmed = text.trimEnd();
  return `${(prose as string).trimEnd()}\n\n${trimmed.slice(trimmed.lastIndexOf("\n") + 1)}\n`;
}

function clauseLinks(ids: readonly string[]): string {
  return ids.map((id) => `<a href="#clause-${escapeHtml(id)}">${escapeHtml(id)}</a>`).join(" · ");
}

/** A conflict's departmental values, one line per department: who, when, what. */
function departmentalValues(finding: AuditFinding): string {
  const text = (finding.departmental ?? []).map((item) => `${item.department} ${item.asOf}: ${shown(item.value)}`).join("\n");
  return `<div class="kv">${escapeHtml(text)}</div>`;
}

function findingRow(finding: AuditFinding, m: ReportMessages): string {
  if (finding.code === "record-conflict") {
    return (
      `<tr data-code="${finding.code}" data-basis="departmental"><td><strong>${escapeHtml(m.codes[finding.code])}</strong><br><code>${finding.code}</code><br><code>${escapeHtml(finding.field ?? "")}</code></td>` +
      `<td>${escapeHtml(finding.memberId ?? m.detail.household)}</td>` +
      `<td>${values(finding.recorded)}</td><td>${departmentalValues(finding)}</td>` +
      `<td class="num">—</td><td>${escapeHtml(finding.missing.join(", "))}</td>` +
      `<td>${clauseLinks([...citedClauses(finding.reasons, new Set())].sort())}</td></tr>`
    );
  }
  const difference = finding.monthlyDifference === null ? "—" : yuan(finding.monthlyDifference);
  const direction = finding.direction === null ? "" : ` (${m.directions[finding.direction]})`;
  return (
    `<tr data-code="${finding.code}" data-basis="${finding.basis}"><td><strong>${escapeHtml(m.codes[finding.code])}</strong><br><code>${finding.code}</code></td>` +
    `<td>${escapeHtml(finding.memberId ?? m.detail.household)}</td>` +
    `<td>${values(finding.recorded)}</td><td>${values(finding.decided)}</td>` +
    `<td class="num">${escapeHtml(difference + direction)}</td>` +
    `<td>${escapeHtml(finding.missing.join(", "))}</td>` +
    `<td>${clauseLinks([...citedClauses(finding.reasons, new Set())].sort())}</td></tr>`
  );
}

function badges(audit: HouseholdAudit, m: ReportMessages): string {
  return audit.findings
    .map((finding) => `<span class="badge${finding.direction === null ? "" : ` ${finding.direction}`}">${escapeHtml(m.codes[finding.code])}${finding.memberId === null ? "" : ` · ${escapeHtml(finding.memberId)}`}</span>`)
    .join(" ");
}

function householdBody(entry: ReportHousehold, m: ReportMessages, lang: Language, cited: Set<string>): string {
  const { audit } = entry;
  const id = audit.householdId ?? "";
  const codes = [...new Set(audit.findings.map((finding) => finding.code))].join(" ");
  const d = m.detail;
  const findingsTable =
    `<table class="findings"><colgroup><col class="code"><col class="member"><col class="values"><col class="values"><col class="difference"><col class="missing"><col></colgroup><thead><tr><th>${escapeHtml(m.table.findings)}</th><th>${escapeHtml(d.member)}</th><th>${escapeHtml(d.recorded)}</th><th>${escapeHtml(d.decided)}</th>` +
    `<th>${escapeHtml(d.difference)}</th><th>${escapeHtml(d.missing)}</th><th>${escapeHtml(d.reasons)}</th></tr></thead><tbody>` +
    audit.findings.map((finding) => findingRow(finding, m)).join("") +
    `</tbody></table>`;
  const explanation = explanationProse(explain(entry.determination, { lang, format: "text" }), lang);
  // The determination's clauses, and those only the audit's own findings cite (R12, the departmental comparison).
  const clauses = [...citedClauses(audit.findings, citedClauses(entry.determination, new Set()))].sort();
  for (const id of clauses) cited.add(id);
  return (
    `<tbody class="hh" data-line="${entry.line}" data-id="${escapeHtml(id)}" data-area="${escapeHtml(audit.area)}" data-codes="${codes}" data-fen="${fen(audit.monthlyAtStake)}" data-count="${audit.findings.length}">` +
    `<tr class="row"><td><button type="button" class="toggle" aria-expanded="false" title="${escapeHtml(m.table.open)}">▸</button></td>` +
    `<td class="num">${entry.line}</td><td>${escapeHtml(id === "" ? "—" : id)}</td><td>${escapeHtml((m.areas as Readonly<Record<string, string | undefined>>)[audit.area] ?? audit.area)}</td>` +
    `<td>${badges(audit, m)}</td><td class="num">${yuan(audit.monthlyAtStake)}</td></tr>` +
    `<tr class="detail" hidden><td colspan="6">${findingsTable}<h4>${escapeHtml(d.explanation)}</h4><pre class="explanation">${escapeHtml(explanation)}</pre>` +
    `<p class="cited"><strong>${escapeHtml(d.clauses)}:</strong> ${clauseLinks(clauses)}</p></td></tr></tbody>`
  );
}

/** The controls and the head of the households table, before the first household. */
function tableStart(summary: AuditSummary, options: AuditReportOptions, m: ReportMessages): string {
  const t = m.table;
  const present = FINDING_CODES.filter((code) => summary.findings[code] > 0);
  const codeOptions = present.map((code: FindingCode) => `<option value="${code}">${escapeHtml(m.codes[code])}</option>`).join("");
  // Both areas of the contract, so the controls come before the households they filter (which stream after).
  const areaOptions = AREAS.map((area) => `<option value="${area}">${escapeHtml(m.areas[area])}</option>`).join("");
  const header = (key: string, label: string, numeric = false): string =>
    `<th${numeric ? ' class="num"' : ""} data-key="${key}"${key === "fen" ? ' aria-sort="descending"' : ""}><button type="button">${escapeHtml(label)}</button></th>`;
  return (
    `<section><h2>${escapeHtml(t.heading)}</h2><p class="more">${escapeHtml(t.shownWorst(options.limit))}</p>` +
    `<div class="controls"><label>${escapeHtml(t.filterCode)}<select id="f-code"><option value="">${escapeHtml(t.all)}</option>${codeOptions}</select></label>` +
    `<label>${escapeHtml(t.filterArea)}<select id="f-area"><option value="">${escapeHtml(t.all)}</option>${areaOptions}</select></label>` +
    `<label>${escapeHtml(t.filterMin)}<input id="f-min" inputmode="decimal" size="10"></label>` +
    `<label>${escapeHtml(t.filterText)}<input id="f-text" type="search" size="14"></label>` +
    `<span>${escapeHtml(t.shown)}: <output id="shown"></output></span>` +
    `<button type="button" id="open-all">${escapeHtml(t.expandAll)}</button><button type="button" id="close-all">${escapeHtml(t.collapseAll)}</button>` +
    `<button type="button" id="print">${escapeHtml(t.print)}</button></div>` +
    `<table class="households" id="households"><thead><tr><th></th>${header("line", t.line, true)}${header("id", t.household)}${header("area", t.area)}<th>${escapeHtml(t.findings)}</th>${header("fen", t.stake, true)}</tr></thead>`
  );
}

/** After the last household: how many with findings are not shown, or that none has a finding. */
function tableEnd(summary: AuditSummary, shown: number, options: AuditReportOptions, m: ReportMessages): string {
  const more = summary.withFindings - shown;
  return (
    `</table>` +
    (shown === 0 && more === 0 ? `<p id="no-findings">${escapeHtml(m.table.empty)}</p>` : "") +
    (more > 0 ? `<p class="more" id="more">${escapeHtml(m.table.more(more, options.limit))}</p>` : "") +
    `</section>`
  );
}

/** One conflict of a household shown in detail, for its department's section. */
interface ConflictRow {
  readonly line: number;
  readonly householdId: string;
  readonly finding: AuditFinding;
}

function changesText(finding: AuditFinding): string {
  return (finding.changes ?? []).map((change) => `${change.section}${change.memberId === null ? "" : ` ${change.memberId}`}: ${change.from.status ?? "—"} ${change.from.monthlyAmount ?? ""} → ${change.to.status ?? "—"} ${change.to.monthlyAmount ?? ""}`.replace(/ +/g, " ").trim()).join("\n");
}

/**
 * The departmental records (contract v1.2 rule 9): the figures, then a section per department (Chinese
 * name first) with its conflicts by field and, for the households shown in detail, each conflict's two
 * values side by side. Only with a records file.
 */
function recordsSection(summary: AuditSummary, rows: readonly ConflictRow[], m: ReportMessages): string {
  const records = summary.records;
  if (records === undefined) return "";
  const r = m.records;
  const d = summary.byBasis.departmental;
  const lines = (list: readonly number[]): string => (list.length === 0 ? "" : ` <span class="lines">(${escapeHtml(r.lines)} ${escapeHtml(list.slice(0, 50).join(", "))}${list.length > 50 ? " …" : ""})</span>`);
  const figuresHtml =
    `<div class="figures" id="records-figures">` +
    figure(r.read, String(records.read)) +
    figure(r.used, String(records.used)) +
    figure(r.unmatched, String(records.unmatched)) +
    figure(r.invalid, String(records.invalid)) +
    figure(r.afterAsOf, String(records.afterAsOf)) +
    figure(r.differing, String(records.householdsDiffering)) +
    figure(r.departmentalFindings, String(d.findings)) +
    figure(r.departmentalOverPaid, m.perMonth(yuan(d.monthly.overPaid)), "over") +
    figure(r.departmentalUnderPaid, m.perMonth(yuan(d.monthly.underPaid)), "under") +
    figure(r.departmentalMissed, m.perMonth(yuan(d.monthly.missed)), "missed") +
    `</div>` +
    `<p class="record-lines">${escapeHtml(r.unmatched)}${lines(records.lines.unmatched)}; ${escapeHtml(r.invalid)}${lines(records.lines.invalid.map((item) => item.line))}; ${escapeHtml(r.afterAsOf)}${lines(records.lines.afterAsOf.map((item) => item.line))}</p>`;
  const byField = Object.entries(records.conflictsByField)
    .map(([field, n]) => `<li><code>${escapeHtml(field)}</code>: ${n}</li>`)
    .join("");
  const departments = DEPARTMENTS.filter((name) => (records.conflictsByDepartment[name] ?? 0) > 0).map((name) => {
    const mine = rows.filter((row) => (row.finding.departmental ?? []).some((item) => item.department === name));
    const body = mine
      .map((row) => {
        const theirs = (row.finding.departmental ?? []).filter((item) => item.department === name);
        const value = theirs.map((item) => shown(item.value)).join("\n");
        const when = theirs.map((item) => item.asOf).join("\n");
        const reference = theirs.map((item) => item.reference ?? "—").join("\n");
        return (
          `<tr data-household="${escapeHtml(row.householdId)}"><td class="num">${row.line}</td><td>${escapeHtml(row.householdId)}</td><td>${escapeHtml(row.finding.memberId ?? m.detail.household)}</td><td><code>${escapeHtml(row.finding.field ?? "")}</code></td>` +
          `<td class="caseload-value">${escapeHtml(shown(row.finding.recorded.value))}</td><td class="department-value">${escapeHtml(value)}</td>` +
          `<td>${escapeHtml(when)}${row.finding.recordPredatesReview === true ? ` (${escapeHtml(r.predatesReview)})` : ""}</td><td>${escapeHtml(reference)}</td><td><div class="kv">${escapeHtml(changesText(row.finding))}</div></td></tr>`
        );
      })
      .join("");
    const table =
      mine.length === 0
        ? ""
        : `<table class="conflicts"><thead><tr><th>${escapeHtml(m.table.line)}</th><th>${escapeHtml(m.table.household)}</th><th>${escapeHtml(m.detail.member)}</th><th>${escapeHtml(r.field)}</th><th>${escapeHtml(r.caseload)}</th><th>${escapeHtml(r.department)}</th><th>${escapeHtml(r.recordDate)}</th><th>${escapeHtml(r.reference)}</th><th>${escapeHtml(r.changes)}</th></tr></thead><tbody>${body}</tbody></table>`;
    // Chinese first, whatever the report's language; the contract's value beside it.
    return `<section class="department" data-department="${name}"><h3>${escapeHtml(DEPARTMENT_NAMES_ZH[name])} <code>${name}</code></h3><p>${escapeHtml(r.conflicts)}: ${records.conflictsByDepartment[name] ?? 0}</p>${table}</section>`;
  });
  return (
    `<section id="records"><h2>${escapeHtml(r.heading)}</h2><p>${escapeHtml(r.intro)}</p>${figuresHtml}` +
    `<h3>${escapeHtml(r.byField)}</h3><ul class="by-field">${byField === "" ? `<li>${escapeHtml(r.none)}</li>` : byField}</ul>` +
    `<p class="more">${escapeHtml(r.shownOnly)}</p>${departments.join("")}</section>`
  );
}

/** Every clause the embedded households cite, quoted once, as explain() quotes it (the English gist too, in English). */
function appendix(cited: ReadonlySet<string>, m: ReportMessages, lang: Language): string {
  if (cited.size === 0) return "";
  const items = [...cited].sort().map((id) => {
    // An id the catalogue does not hold is listed without a quote (explain() leaves it out; a test keeps every cited id in the catalogue).
    const clause = getClause(id);
    const source = getSource(clause?.source ?? "");
    const english = lang === "en" && clause !== undefined ? `<blockquote lang="en">${escapeHtml(`${clause.en}${clause.enBy === "library" ? " (gist: this library's wording)" : ""}`)}</blockquote>` : "";
    const quote = clause === undefined ? "" : `<blockquote lang="zh-CN">${escapeHtml(clause.zh)}</blockquote>${english}`;
    return `<li id="clause-${escapeHtml(id)}"><code>${escapeHtml(id)}</code>${source === undefined ? "" : ` — ${escapeHtml(lang === "en" ? source.titleEn : source.titleZh)}`}${quote}</li>`;
  });
  return `<section id="clauses"><h2>${escapeHtml(m.detail.clauses)}</h2><ol class="clauses">${items.join("")}</ol></section>`;
}

/** Which lines of the caseload could not be audited, and why: the first ones, and how many more. */
function invalidLines(summary: AuditSummary, options: AuditReportOptions, m: ReportMessages): string {
  if (summary.invalidLines === 0) return "";
  const listed = options.invalidLines ?? [];
  const t = m.invalid;
  const rows = listed.map((entry) => `<tr><td class="num">${entry.line}</td><td>${entry.id === undefined ? "—" : escapeHtml(String(entry.id))}</td><td>${escapeHtml(entry.problem)}</td></tr>`).join("");
  const more = summary.invalidLines - listed.length;
  return (
    `<section id="invalid-lines"><h2>${escapeHtml(m.figures.invalidLines)}</h2><p>${escapeHtml(t.intro)}</p>` +
    (listed.length === 0 ? "" : `<table class="invalid"><thead><tr><th>${escapeHtml(m.table.line)}</th><th>${escapeHtml(m.table.household)}</th><th>${escapeHtml(t.problem)}</th></tr></thead><tbody>${rows}</tbody></table>`) +
    (more > 0 ? `<p class="more">${escapeHtml(t.more(more))}</p>` : "") +
    `</section>`
  );
}

function codeHelp(m: ReportMessages): string {
  return `<ul class="codes">${FINDING_CODES.map((code) => `<li><code>${code}</code> ${escapeHtml(m.codes[code])}: ${escapeHtml(m.codeHelp[code])}</li>`).join("")}</ul>`;
}

/**
 * The report as HTML text, in pieces, so a caller can write it as it goes: `households` (the ones shown
 * in detail, worst first; see `worstSelection`) are read one at a time and need not all be held at once.
 * The figures and charts come from `summary`, which covers the whole caseload. Joined, the pieces are
 * {@link renderAuditReport}'s document.
 */
export function* auditReportChunks(summary: AuditSummary, households: Iterable<ReportHousehold>, options: AuditReportOptions): Generator<string, void, undefined> {
  const lang = options.lang ?? "zh-CN";
  const m = REPORT_MESSAGES[lang];
  yield (
    `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="generator" content="${escapeHtml(`${summary.engine.name} ${summary.engine.version}`)}">` +
    `<title>${escapeHtml(`${m.title} — ${summary.asOf}`)}</title><style>${REPORT_STYLE}</style></head><body>` +
    `<header><h1>${escapeHtml(m.title)}</h1><p class="notice" id="notice">${escapeHtml(m.notice)}</p></header>` +
    `<main><section><h2>${escapeHtml(m.meta.heading)}</h2>${meta(summary, options, m)}</section>` +
    `<section><h2>${escapeHtml(m.summary)}</h2>${figures(summary, m)}` +
    `<div class="figures" id="figures-review">${figure(m.records.reviewNotTested, String(summary.reviewNotTested))}</div>` +
    `${charts(summary, m)}${codeHelp(m)}</section>` +
    invalidLines(summary, options, m) +
    tableStart(summary, options, m)
  );
  const cited = new Set<string>();
  const conflicts: ConflictRow[] = [];
  let count = 0;
  for (const entry of households) {
    count++;
    for (const finding of entry.audit.findings) if (finding.code === "record-conflict") conflicts.push({ line: entry.line, householdId: entry.audit.householdId ?? "", finding });
    yield householdBody(entry, m, lang, cited);
  }
  yield `${tableEnd(summary, count, options, m)}${recordsSection(summary, conflicts, m)}${appendix(cited, m, lang)}</main><footer>${escapeHtml(AUDIT_NOTICE)}</footer><script>${REPORT_SCRIPT}</script></body></html>\n`;
}

/** The report as one HTML document (see {@link auditReportChunks}). */
export function renderAuditReport(summary: AuditSummary, households: Iterable<ReportHousehold>, options: AuditReportOptions): string {
  let out = "";
  for (const chunk of auditReportChunks(summary, households, options)) out += chunk;
  return out;
}
