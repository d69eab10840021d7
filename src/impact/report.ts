/**
 * The impact report (`impact --report`): one self-contained HTML file, in the audit report's style, that
 * a policy office opens in a browser or prints. The question (the dates and the parameters changed, each
 * series' baseline and reform value with its source), the cost table, two inline SVG charts (cost by
 * programme; households gaining and losing by decile), the bands, the low-income tiers, and the
 * households with the largest changes, each opening (`<details>`, no script) to its reason-level diff and
 * both explanations. It states the library version, the input's SHA-256 and the command that reproduces
 * it. No network and no script: a Content-Security-Policy allows inline style only. Every text from the
 * caseload and the parameter files is escaped. Pure: same input, same bytes.
 */
import type { Determination } from "../engine/determination.js";
import { explain } from "../explain/explain.js";
import type { ReasonValue } from "../model/determination.js";
import { Money } from "../model/money.js";
import { valueOn, type CompiledParameterSet, type CompiledValue } from "../policy/parameters.js";
import { PROGRAMME_LIST } from "../rules/index.js";
import type { Language } from "../rules/messages.js";
import { REPORT_STYLE } from "../audit/report-assets.js";
import { barChart, escapeHtml, yuan } from "../audit/report.js";
import { BANDS, type Band, type ReasonChange } from "./compare.js";
import type { HouseholdImpactWithDeterminations } from "./caseload.js";
import { fenOf } from "./fen.js";
import { LOW_INCOME_TIERS, PAYING_PROGRAMMES } from "./programmes.js";
import { IMPACT_REPORT_MESSAGES, type ImpactReportMessages } from "./report-messages.js";
import type { ImpactSummary, StepSummary } from "./summary.js";

/** One series whose value in force differs between the baseline and a reform step. */
export interface ParameterChange {
  readonly series: string;
  readonly description: string;
  readonly descriptionZh: string | undefined;
  readonly baseline: CompiledValue["value"] | null;
  readonly reform: CompiledValue["value"] | null;
  /** The reform value's source (its file, or the source it names). */
  readonly source: string | null;
}

export interface ImpactReportOptions {
  /** Language of the report and of the explanations (default zh-CN). */
  readonly lang?: Language;
  /** Per reform step, the series changed (from {@link parameterChanges}). */
  readonly changes: ReadonlyArray<readonly ParameterChange[]>;
  /** The households shown in detail, largest change first (the CLI keeps the `--report-limit` largest). */
  readonly households: readonly HouseholdImpactWithDeterminations[];
  /** The command that produced the report, shown under "reproducing". */
  readonly command?: string;
}

const same = (a: CompiledValue["value"] | null, b: CompiledValue["value"] | null): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The series whose value in force differs: the baseline's on `baselineAsOf` against the step's on `asOf`,
 * by series name, in name order. A series only one side holds counts as changed, the other side null.
 */
export function parameterChanges(baseline: CompiledParameterSet, step: CompiledParameterSet, baselineAsOf: string, asOf: string): ParameterChange[] {
  const names = [...new Set([...baseline.series.keys(), ...step.series.keys()])].sort();
  const changes: ParameterChange[] = [];
  for (const name of names) {
    const before = baseline.series.get(name);
    const after = step.series.get(name);
    const b = before === undefined ? undefined : valueOn(before, baselineAsOf);
    const r = after === undefined ? undefined : valueOn(after, asOf);
    const bv = b?.value ?? null;
    const rv = r?.value ?? null;
    if (same(bv, rv)) continue;
    const described = after ?? before;
    changes.push({ series: name, description: described?.description ?? "", descriptionZh: described?.descriptionZh, baseline: bv, reform: rv, source: r?.source ?? null });
  }
  return changes;
}

/** A signed difference: "+30.00", "−12.50", "0.00". */
function signed(amount: string): string {
  if (/^-?0+\.00$/.test(amount)) return "0.00";
  return amount.startsWith("-") ? yuan(amount) : `+${yuan(amount)}`;
}

function shown(value: CompiledValue["value"] | null, m: ImpactReportMessages): string {
  if (value === null) return m.parameters.noValue;
  return Array.isArray(value) ? value.join(", ") : String(value);
}

function programmeLabel(key: string, lang: Language): string {
  const labels: unknown = PROGRAMME_LIST.find((programme) => programme.section.key === key)?.messages[lang].labels;
  const heading = (labels as { heading?: unknown } | undefined)?.heading;
  return typeof heading === "string" ? heading : key;
}

function meta(summary: ImpactSummary, m: ImpactReportMessages): string {
  const rows: Array<[string, string]> = [
    [m.meta.asOf, summary.asOf],
    [m.meta.baselineAsOf, summary.baselineAsOf],
    [m.meta.reforms, summary.steps[summary.steps.length - 1]?.reforms.join(" + ") ?? ""],
    [m.meta.input, `${summary.source.file ?? ""} ${summary.source.sha256 ?? ""}`.trim()],
    [m.meta.households, String(summary.households)],
  ];
  if (summary.weightedHouseholds !== String(summary.households)) rows.push([m.meta.weighted, summary.weightedHouseholds]);
  if (summary.invalidLines > 0) rows.push([m.meta.invalid, String(summary.invalidLines)]);
  rows.push([m.meta.engine, `${summary.engine.name} ${summary.engine.version}`]);
  return `<dl class="meta">${rows.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join("")}</dl>`;
}

function parametersSection(summary: ImpactSummary, changes: ImpactReportOptions["changes"], lang: Language, m: ImpactReportMessages): string {
  const blocks = summary.steps.map((step, index) => {
    const list = changes[index] ?? [];
    const heading = `<h3>${escapeHtml(m.parameters.step)} ${index + 1}: ${escapeHtml(step.reforms[index] ?? "")}</h3>`;
    if (list.length === 0) return `${heading}<p>${escapeHtml(m.parameters.none)}</p>`;
    const rows = list.map(
      (change) =>
        `<tr data-series="${escapeHtml(change.series)}"><td><code>${escapeHtml(change.series)}</code></td><td>${escapeHtml(lang === "zh-CN" ? (change.descriptionZh ?? change.description) : change.description)}</td>` +
        `<td class="num">${escapeHtml(shown(change.baseline, m))}</td><td class="num">${escapeHtml(shown(change.reform, m))}</td><td><code>${escapeHtml(change.source ?? "")}</code></td></tr>`,
    );
    return `${heading}<table class="households parameters"><thead><tr><th>${escapeHtml(m.parameters.series)}</th><th>${escapeHtml(m.parameters.description)}</th><th class="num">${escapeHtml(m.parameters.baseline)}</th><th class="num">${escapeHtml(m.parameters.reform)}</th><th>${escapeHtml(m.parameters.source)}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
  });
  return `<section id="parameters"><h2>${escapeHtml(m.parameters.heading)}</h2>${blocks.join("")}</section>`;
}

function costTable(step: StepSummary, index: number, lang: Language, m: ImpactReportMessages): string {
  const c = m.cost;
  const head =
    `<tr><th rowspan="2">${escapeHtml(c.programme)}</th><th colspan="2">${escapeHtml(c.baseline)}</th><th colspan="2">${escapeHtml(c.reform)}</th><th rowspan="2" class="num">${escapeHtml(c.entering)}</th><th rowspan="2" class="num">${escapeHtml(c.leaving)}</th><th rowspan="2" class="num">${escapeHtml(c.monthlyDifference)}</th><th rowspan="2" class="num">${escapeHtml(c.annualDifference)}</th></tr>` +
    `<tr><th class="num">${escapeHtml(c.households)}</th><th class="num">${escapeHtml(c.monthly)}</th><th class="num">${escapeHtml(c.households)}</th><th class="num">${escapeHtml(c.monthly)}</th></tr>`;
  const rows = PAYING_PROGRAMMES.map((programme) => {
    const p = step.programmes[programme.key];
    if (p === undefined) return "";
    return (
      `<tr data-programme="${escapeHtml(programme.key)}"><td>${escapeHtml(programmeLabel(programme.key, lang))}</td>` +
      `<td class="num">${p.baseline.households}</td><td class="num" data-fen="${fenOf(p.baseline.monthly)}">${yuan(p.baseline.monthly)}</td>` +
      `<td class="num">${p.reform.households}</td><td class="num" data-fen="${fenOf(p.reform.monthly)}">${yuan(p.reform.monthly)}</td>` +
      `<td class="num">${p.entering}</td><td class="num">${p.leaving}</td><td class="num">${signed(p.monthlyDifference)}</td><td class="num">${signed(p.annualDifference)}</td></tr>`
    );
  });
  const total =
    `<tr class="total" data-programme="total"><th>${escapeHtml(c.total)}</th><td></td><td class="num" data-fen="${fenOf(step.total.baseline)}">${yuan(step.total.baseline)}</td><td></td><td class="num" data-fen="${fenOf(step.total.reform)}">${yuan(step.total.reform)}</td>` +
    `<td></td><td></td><td class="num">${signed(step.total.monthlyDifference)}</td><td class="num">${signed(step.total.annualDifference)}</td></tr>`;
  return `<h3>${escapeHtml(m.parameters.step)} ${index + 1}: ${escapeHtml(step.reforms.join(" + "))}</h3><table class="households cost" data-step="${index + 1}"><thead>${head}</thead><tbody>${rows.join("")}${total}</tbody></table>`;
}

const ratioOf = (value: Money, largest: Money): number => (largest.isZero() ? 0 : value.dividedBy(largest).toNumber());

const GAINS: readonly Band[] = ["gains-up-to-10", "gains-over-10", "newly-covered"];
const LOSSES: readonly Band[] = ["loses-all", "loses-over-10", "loses-up-to-10"];

function charts(step: StepSummary, lang: Language, m: ImpactReportMessages): string {
  const sides = PAYING_PROGRAMMES.flatMap((programme) => {
    const p = step.programmes[programme.key];
    if (p === undefined) return [];
    return [
      { label: `${programmeLabel(programme.key, lang)} · ${m.cost.baseline}`, amount: p.baseline.monthly, colour: "#6b7280" },
      { label: `${programmeLabel(programme.key, lang)} · ${m.cost.reform}`, amount: p.reform.monthly, colour: "#1f5fa8" },
    ];
  });
  const largest = sides.reduce((max, side) => Money.max(max, new Money(side.amount)), new Money(0));
  const cost = barChart(
    m.charts.costByProgramme,
    sides.map((side) => ({ label: side.label, value: yuan(side.amount), ratio: ratioOf(new Money(side.amount), largest), colour: side.colour })),
    m.charts.none,
    "chart-cost",
  );
  const counts = step.bands.byDecile.map((decile) => ({
    decile: decile.decile,
    gains: GAINS.reduce((sum, band) => sum + decile.households[band], 0),
    losses: LOSSES.reduce((sum, band) => sum + decile.households[band], 0),
  }));
  const most = Math.max(0, ...counts.flatMap((count) => [count.gains, count.losses]));
  const decileBars = counts.flatMap((count) => [
    { label: `${m.charts.decile(count.decile)} · ${m.charts.gainers}`, value: String(count.gains), ratio: most === 0 ? 0 : count.gains / most, colour: "#1a7f37" },
    { label: `${m.charts.decile(count.decile)} · ${m.charts.losers}`, value: String(count.losses), ratio: most === 0 ? 0 : count.losses / most, colour: "#b3261e" },
  ]);
  return `<section id="charts"><h2>${escapeHtml(m.charts.heading)}</h2><div class="charts">${cost}${barChart(m.charts.deciles, decileBars, m.charts.none, "chart-deciles")}</div></section>`;
}

function bandsSection(step: StepSummary, m: ImpactReportMessages): string {
  const b = m.bands;
  const areas = Object.keys(step.bands.byArea);
  const head = `<tr><th>${escapeHtml(b.band)}</th><th class="num">${escapeHtml(b.households)}</th><th class="num">${escapeHtml(b.share)}</th>${areas.map((area) => `<th class="num">${escapeHtml(`${b.byArea}: ${b.areas[area] ?? area}`)}</th>`).join("")}</tr>`;
  const rows = BANDS.map(
    (band) =>
      `<tr data-band="${band}"><td>${escapeHtml(b.names[band])}</td><td class="num">${step.bands.overall.households[band]}</td><td class="num">${step.bands.overall.shares[band]}</td>${areas.map((area) => `<td class="num">${step.bands.byArea[area]?.households[band] ?? 0}</td>`).join("")}</tr>`,
  );
  const tiers = LOW_INCOME_TIERS.map((tier) => `<tr data-tier="${tier}"><td>${escapeHtml(m.lowIncome.names[tier] ?? tier)}</td><td class="num">${step.lowIncome[tier].baseline}</td><td class="num">${step.lowIncome[tier].reform}</td></tr>`);
  return (
    `<section id="bands"><h2>${escapeHtml(b.heading)}</h2><table class="households bands"><thead>${head}</thead><tbody>${rows.join("")}</tbody></table>` +
    `<h2>${escapeHtml(m.lowIncome.heading)}</h2><table class="households tiers"><thead><tr><th>${escapeHtml(m.lowIncome.tier)}</th><th class="num">${escapeHtml(m.cost.baseline)}</th><th class="num">${escapeHtml(m.cost.reform)}</th></tr></thead><tbody>${tiers.join("")}</tbody></table></section>`
  );
}

function valuesText(values: Readonly<Record<string, ReasonValue>>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key}: ${value === null ? "—" : Array.isArray(value) ? value.join(", ") : String(value)}`)
    .join("\n");
}

function reasonRows(changes: readonly ReasonChange[], m: ImpactReportMessages): string {
  const l = m.largest;
  if (changes.length === 0) return `<p>${escapeHtml(l.noReasons)}</p>`;
  const side = (item: ReasonChange["baseline"]): string =>
    item === null ? `<td>${escapeHtml(l.absent)}</td>` : `<td><strong>${escapeHtml(m.outcomes[item.outcome] ?? item.outcome)}</strong><div class="kv">${escapeHtml(valuesText(item.values))}</div></td>`;
  const rows = changes.map((change) => `<tr><td><code>${escapeHtml(change.section)}</code></td><td><code>${escapeHtml(change.code)}</code></td><td>${escapeHtml(change.memberId ?? "")}</td>${side(change.baseline)}${side(change.reform)}</tr>`);
  return `<table class="findings"><thead><tr><th>${escapeHtml(l.section)}</th><th>${escapeHtml(l.code)}</th><th>${escapeHtml(l.member)}</th><th>${escapeHtml(m.cost.baseline)}</th><th>${escapeHtml(m.cost.reform)}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function householdDetail(entry: HouseholdImpactWithDeterminations, lang: Language, m: ImpactReportMessages): string {
  const l = m.largest;
  const last = entry.impact.steps[entry.impact.steps.length - 1];
  const reform = entry.steps[entry.steps.length - 1] as Determination;
  if (last === undefined) return "";
  const heading =
    `<summary><span class="line">${escapeHtml(l.line)} ${entry.impact.line}</span> · <strong>${escapeHtml(entry.impact.id ?? "")}</strong> · ${escapeHtml(m.bands.areas[entry.impact.area] ?? entry.impact.area)} · ` +
    `${yuan(last.total.baseline)} → ${yuan(last.total.reform)} ${escapeHtml(m.yuan)} (<span class="difference">${signed(last.total.difference)}</span>) · ${escapeHtml(m.bands.names[last.band])}</summary>`;
  const body =
    `<h4>${escapeHtml(l.reasons)}</h4>${reasonRows(last.reasons, m)}` +
    `<h4>${escapeHtml(l.explanationBaseline)}</h4><pre class="explanation">${escapeHtml(explain(entry.baseline, { lang, format: "text" }))}</pre>` +
    `<h4>${escapeHtml(l.explanationReform)}</h4><pre class="explanation">${escapeHtml(explain(reform, { lang, format: "text" }))}</pre>`;
  return `<details class="hh" data-line="${entry.impact.line}">${heading}${body}</details>`;
}

function largestSection(summary: ImpactSummary, households: readonly HouseholdImpactWithDeterminations[], lang: Language, m: ImpactReportMessages): string {
  const l = m.largest;
  const intro = households.length === 0 ? l.none : l.intro(households.length, summary.households);
  return `<section id="largest"><h2>${escapeHtml(l.heading)}</h2><p>${escapeHtml(intro)}</p>${households.map((entry) => householdDetail(entry, lang, m)).join("")}</section>`;
}

/** The extra style of the impact report, beside the audit report's. */
const STYLE = `${REPORT_STYLE}
details.hh { border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; padding: 6px 10px; }
details.hh > summary { cursor: pointer; font-variant-numeric: tabular-nums; }
table.cost tr.total td, table.cost tr.total th { border-top: 2px solid var(--ink); font-weight: 700; }
h3 { font-size: 14px; margin: 14px 0 6px; }
`;

/** The policy: nothing loads from anywhere and no script runs; inline style only. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The whole report: same summary, changes, households and options → same bytes. */
export function renderImpactReport(summary: ImpactSummary, options: ImpactReportOptions): string {
  const lang = options.lang ?? "zh-CN";
  const m = IMPACT_REPORT_MESSAGES[lang];
  const last = summary.steps[summary.steps.length - 1];
  const cost = `<section id="cost"><h2>${escapeHtml(m.cost.heading)}</h2>${summary.steps.map((step, index) => costTable(step, index, lang, m)).join("")}</section>`;
  const reproduce =
    options.command === undefined
      ? ""
      : `<section id="reproduce"><h2>${escapeHtml(m.reproduce.heading)}</h2><p>${escapeHtml(m.reproduce.text)}</p><pre class="explanation"><code>${escapeHtml(options.command)}</code></pre></section>`;
  return (
    `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(m.title)}</title><style>${STYLE}</style></head><body>` +
    `<h1>${escapeHtml(m.title)}</h1><p class="notice">${escapeHtml(m.notice)}</p>${meta(summary, m)}` +
    parametersSection(summary, options.changes, lang, m) +
    cost +
    (last === undefined ? "" : charts(last, lang, m) + bandsSection(last, m)) +
    largestSection(summary, options.households, lang, m) +
    reproduce +
    `<footer>${escapeHtml(`${summary.engine.name} ${summary.engine.version}`)} · ${escapeHtml(summary.source.sha256 ?? "")}</footer></body></html>\n`
  );
}
