/**
 * explain: a determination as prose, in Chinese or English, plain text or Markdown. All prose comes
 * from the message tables; every cited clause is quoted from the catalogue.
 */
import type { InterpretationAlternative, Reason, ReasonValue, Warning } from "../model/determination.js";
import type { Determination } from "../engine/determination.js";
import { PROGRAMMES, PROGRAMME_LIST, type SectionWriter } from "../rules/index.js";
import { getClause, getSource } from "../policy/clauses.js";
import { en } from "./messages/en.js";
import { zhCN } from "./messages/zh-CN.js";
import { checkExplainArguments } from "./check.js";
import type { MessageTable, Values } from "./types.js";

export type ExplainLanguage = "zh-CN" | "en";
export type ExplainFormat = "text" | "markdown";

export interface ExplainOptions {
  readonly lang?: ExplainLanguage;
  readonly format?: ExplainFormat;
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

function writer(format: ExplainFormat): Writer {
  const lines: string[] = [];
  const md = format === "markdown";
  return {
    heading: (text) => {
      if (lines.length > 0 && lines[lines.length - 1] !== "") lines.push("");
      lines.push(md ? `## ${text}` : `${text}\n${"=".repeat(Math.min(60, text.length * 2))}`);
      lines.push("");
    },
    line: (text) => lines.push(text),
    item: (text, depth = 0) => lines.push(`${"  ".repeat(depth)}${md ? "- " : "• "}${text}`),
    quote: (text) => lines.push(md ? `> ${text}` : `    “${text}”`),
    blank: () => lines.push(""),
    toString: () => `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`,
  };
}

function mark(reason: Reason): string {
  return reason.outcome === "met" ? "✓" : reason.outcome === "not-met" ? "✗" : "?";
}

function writeReasons(out: Writer, reasons: readonly Reason[], table: MessageTable, cited: Set<string>, depth = 0): void {
  for (const reason of reasons) {
    for (const id of reason.clauses) cited.add(id);
    const extras: string[] = [`[${reason.clauses.join(", ")}]`];
    if (reason.missing.length > 0) extras.push(`${table.labels.missing}: ${reason.missing.join(", ")}`);
    if (reason.interpretations.length > 0) extras.push(`${table.labels.interpretations}: ${reason.interpretations.join(", ")}`);
    out.item(`${mark(reason)} ${reasonText(reason, table)} ${extras.join("; ")}`, depth);
  }
}

function warningValues(warning: Warning): Values {
  const values: Record<string, ReasonValue> = { parameters: warning.parameters, interpretations: warning.interpretations };
  if (warning.memberIds !== undefined) values.memberIds = warning.memberIds;
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

/** Renders a determination as prose, quoting the text of every clause it cites. */
export function explain(determination: Determination, options: ExplainOptions = {}): string {
  checkExplainArguments(determination, options);
  const table = MESSAGE_TABLES[options.lang ?? "zh-CN"];
  const format = options.format ?? "text";
  const { labels } = table;
  const out = writer(format);
  const cited = new Set<string>();
  const d = determination;

  out.line(format === "markdown" ? `# ${labels.title}` : labels.title);
  out.blank();
  out.line(`${labels.household}: ${d.householdId ?? "—"} (${d.jurisdiction}); ${labels.asOf}: ${d.asOf}`);
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
    const template = table.warnings[warning.code];
    out.item(`${warning.code}: ${template === undefined ? "" : template(warningValues(warning))}`);
    for (const alternative of warning.alternatives ?? []) out.item(alternativeText(alternative, table), 1);
  }

  out.heading(labels.clauses);
  for (const id of [...cited].sort()) {
    const clause = getClause(id);
    if (clause === undefined) continue;
    const source = getSource(clause.source);
    out.item(`${id}${source === undefined ? "" : ` — ${source.title}`}`);
    out.quote(clause.zh);
    if (table.lang === "en") out.quote(`${clause.en}${clause.enBy === "library" ? " (gist: this library's wording)" : ""}`);
  }
  out.blank();
  out.line(`${labels.engine}: ${d.engine.name} ${d.engine.version}; parameters ${d.parameterSet.id} ${d.parameterSet.digest}; input ${d.inputDigest}`);
  return out.toString();
}
