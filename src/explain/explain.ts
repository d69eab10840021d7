/**
 * explain: a determination as prose, in Chinese or English, plain text or Markdown. All prose comes
 * from the message tables; the decision and its figures come first, then the authorities cited: by
 * default one line per clause (id and short title), or each clause quoted from the catalogue on request.
 */
import type { InterpretationAlternative, Reason, ReasonValue, Warning } from "../model/determination.js";
import type { Determination } from "../engine/determination.js";
import { PROGRAMMES, PROGRAMME_LIST, type SectionWriter } from "../rules/index.js";
import { getClause, getSource } from "../policy/clauses.js";
import { byClauseOrder } from "../policy/clause-order.js";
import { en } from "./messages/en.js";
import { zhCN } from "./messages/zh-CN.js";
import { clauseTitle } from "./authority.js";
import { checkExplainArguments } from "./check.js";
import type { MessageTable, Values } from "./types.js";
import { escapeControls } from "../model/printable.js";
import { instrumentStart } from "../engine/instrument-dates.js";
import { date as zhDate } from "../rules/text/zh-CN.js";

/** Characters an id may hold that Markdown or HTML would read as markup. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>&|~#!]/g;

/** An id as Markdown text: each markup character backslash-escaped (CommonMark), so `<b>` or `*x*` in an id shows as written. */
function markdownText(id: string): string {
  return id.replace(MARKDOWN_SPECIAL, (char) => `\\${char}`);
}

/** A field holding ids (`householdId`, `memberId`, `memberIds`, `excludedMemberIds`, …), whatever the section. */
const ID_KEY = /^(id|[a-zA-Z]*(Id|Ids))$/;

/**
 * The determination with every id (a value under a key ending in `Id` or `Ids`) written as Markdown
 * text, for the Markdown explanation: an id's `<script>` or `**` is shown, never rendered.
 */
function withMarkdownIds(value: unknown, key = ""): unknown {
  if (typeof value === "string") return ID_KEY.test(key) ? markdownText(value) : value;
  if (Array.isArray(value)) return value.map((item) => withMarkdownIds(item, key));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) out[name] = withMarkdownIds(item, name);
  return out;
}

export type ExplainLanguage = "zh-CN" | "en";
export type ExplainFormat = "text" | "markdown";
/** How the closing list of authorities shows each clause: `compact` its id and short title, `full` also its text. */
export type ExplainClauses = "compact" | "full";

export interface ExplainOptions {
  /** Language of the prose: `zh-CN` (the default) or `en`. */
  readonly lang?: ExplainLanguage;
  /** `text` (the default) or `markdown`. */
  readonly format?: ExplainFormat;
  /** The authorities at the end: `compact` (the default), one line per clause cited; `full`, each clause quoted. */
  readonly clauses?: ExplainClauses;
}

/** A language's common table with every programme's reason messages merged in (registry order). */
function withProgrammes(table: MessageTable): MessageTable {
  const reasons = Object.assign({}, table.reasons, ...PROGRAMMES.map((programme) => programme.messages[table.lang].reasons)) as MessageTable["reasons"];
  return { ...table, reasons };
}

export const MESSAGE_TABLES: Readonly<Record<ExplainLanguage, MessageTable>> = { "zh-CN": withProgrammes(zhCN), en: withProgrammes(en) };

/** The prose of one reason: its message for the outcome, or a plain fallback naming the code. */
export function reasonText(reason: Reason, table: MessageTable): string {
  const messages = table.reasons[reason.code];
  const template = messages?.[reason.outcome] ?? messages?.any;
  return template === undefined ? `${reason.code}: ${table.labels.outcome[reason.outcome]}` : template(reason.values);
}

interface Writer {
  heading(text: string): void;
  line(text: string): void;
  item(text: string, depth?: number): void;
  quote(text: string): void;
  blank(): void;
  toString(): string;
}

/**
 * Writes lines of prose. Every piece passes through {@link escapeControls}: an id holding a newline or
 * an escape code (the messages never do) can neither forge a line nor reach a terminal (issue 24).
 */
/** Wide characters (CJK, full-width forms) take two columns on a terminal, the rest one. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The columns `text` takes on a terminal: a heading's underline is as wide as the heading (issue 28). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

function writer(format: ExplainFormat): Writer {
  const lines: string[] = [];
  const md = format === "markdown";
  return {
    heading: (raw) => {
      const text = escapeControls(raw);
      if (lines.length > 0 && lines[lines.length - 1] !== "") lines.push("");
      lines.push(md ? `## ${text}` : `${text}\n${"=".repeat(Math.min(60, displayWidth(text)))}`);
      lines.push("");
    },
    line: (text) => lines.push(escapeControls(text)),
    item: (text, depth = 0) => lines.push(`${"  ".repeat(depth)}${md ? "- " : "• "}${escapeControls(text)}`),
    quote: (text) => lines.push(md ? `> ${escapeControls(text)}` : `    “${escapeControls(text)}”`),
    blank: () => lines.push(""),
    toString: () => `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`,
  };
}

export { byClauseOrder } from "../policy/clause-order.js";

function mark(reason: Reason): string {
  return reason.outcome === "met" ? "✓" : reason.outcome === "not-met" ? "✗" : "?";
}

function writeReasons(out: Writer, reasons: readonly Reason[], table: MessageTable, cited: Set<string>, depth = 0): void {
  for (const reason of reasons) {
    for (const id of reason.clauses) cited.add(id);
    const extras: string[] = [`[${reason.clauses.join(", ")}]`];
    const { colon, semicolon } = table.labels;
    if (reason.missing.length > 0) extras.push(`${table.labels.missing}${colon}${reason.missing.join(", ")}`);
    if (reason.interpretations.length > 0) extras.push(`${table.labels.interpretations}${colon}${reason.interpretations.join(", ")}`);
    out.item(`${mark(reason)} ${reasonText(reason, table)} ${extras.join(semicolon)}`, depth);
  }
}

function warningValues(warning: Warning, lang: MessageTable["lang"]): Values {
  const values: Record<string, ReasonValue> = { parameters: warning.parameters, interpretations: warning.interpretations };
  if (warning.memberIds !== undefined) values.memberIds = warning.memberIds;
  if (warning.clauses !== undefined) {
    values.clauses = warning.clauses;
    // Each clause with its instrument's first day, from the catalogue (a clause it does not hold: its id alone).
    values.clauseStarts = warning.clauses.map((id) => {
      const start = instrumentStart(id);
      if (start === undefined) return id;
      if (lang === "zh-CN") return `${id}（${start.exact ? "" : "不早于"}${zhDate(start.day)}${start.exact ? "起施行" : "施行"}）`;
      return `${id} (in force ${start.exact ? "from" : "no earlier than"} ${start.day})`;
    });
  }
  return values;
}

/** A section's heading in the table's language (its programme's label), or its key. */
function sectionHeading(key: string, table: MessageTable): string {
  const labels: unknown = PROGRAMME_LIST.find((programme) => programme.section.key === key)?.messages[table.lang].labels;
  const heading = (labels as { heading?: unknown } | undefined)?.heading;
  return typeof heading === "string" ? heading : key;
}

/** One interpretation of W-INTERPRETATION in a sentence: what it reads, and what the other reading would have decided. */
export function alternativeText(alternative: InterpretationAlternative, table: MessageTable): string {
  const texts = table.alternatives;
  const status = (value: string | null): string => texts.statuses[value ?? "none"] ?? value ?? "";
  const changes = alternative.changes.map((change) =>
    texts.change({
      section: sectionHeading(change.section, table),
      memberId: change.memberId,
      item: change.item,
      status: status(change.status),
      amount: change.amount,
      alternativeStatus: status(change.alternativeStatus),
      alternativeAmount: change.alternativeAmount,
    }),
  );
  const reading = texts.readings[alternative.interpretation];
  return texts.sentence(alternative.interpretation, reading?.reads, reading?.other, changes);
}

/**
 * Renders a determination as prose: the decisions and figures, then the clauses cited, each by id and
 * short title (`clauses: "full"` quotes their text as well).
 */
export function explain(determination: Determination, options: ExplainOptions = {}): string {
  checkExplainArguments(determination, options);
  const table = MESSAGE_TABLES[options.lang ?? "zh-CN"];
  const format = options.format ?? "text";
  const { labels } = table;
  const out = writer(format);
  const cited = new Set<string>();
  const d = format === "markdown" ? (withMarkdownIds(determination) as Determination) : determination;

  out.line(format === "markdown" ? `# ${labels.title}` : labels.title);
  out.blank();
  const jurisdiction = labels.jurisdictions[d.jurisdiction] ?? d.jurisdiction;
  out.line(`${labels.household}${labels.colon}${d.householdId ?? "—"}${table.lang === "zh-CN" ? `（${jurisdiction}）` : ` (${jurisdiction})`}${labels.semicolon}${labels.asOf}${labels.colon}${d.asOf}`);
  out.line(labels.figures(d.figures as unknown as Values));

  const sections = d as unknown as Readonly<Record<string, unknown>>;
  const sectionWriter: SectionWriter = {
    heading: (text) => out.heading(text),
    line: (text) => out.line(text),
    item: (text, depth) => out.item(text, depth),
    reasons: (reasons, depth) => writeReasons(out, reasons, table, cited, depth),
  };
  for (const programme of PROGRAMME_LIST) {
    programme.render(sections[programme.section.key], sectionWriter, programme.messages[table.lang].labels);
  }

  out.heading(labels.warnings);
  if (d.warnings.length === 0) out.line(labels.noWarnings);
  for (const warning of d.warnings) {
    // The code stays in the determination's JSON; the reader sees its title (a code this version does not know, as itself).
    const template = table.warnings[warning.code];
    out.item(`${table.warningTitles[warning.code] ?? warning.code}${labels.colon}${template === undefined ? "" : template(warningValues(warning, table.lang))}`);
    for (const alternative of warning.alternatives ?? []) out.item(alternativeText(alternative, table), 1);
  }

  out.heading(labels.clauses);
  const full = options.clauses === "full";
  for (const id of [...cited].sort(byClauseOrder)) {
    const clause = getClause(id);
    if (clause === undefined) continue;
    const title = clauseTitle(clause, getSource(clause.source), table.lang);
    if (!full) {
      out.item(`${id} ${title}`);
      continue;
    }
    out.item(`${id} — ${title}`);
    out.quote(clause.zh);
    if (table.lang === "en") out.quote(`${clause.en}${clause.enBy === "library" ? ` ${labels.libraryGist}` : ""}`);
  }
  out.blank();
  out.line(
    labels.footer({
      engine: d.engine.name,
      version: d.engine.version,
      parameterSet: d.parameterSet.id,
      parameterDigest: d.parameterSet.digest,
      inputDigest: d.inputDigest,
    }),
  );
  return out.toString();
}
