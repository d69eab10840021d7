/**
 * The library twin of the `audit` command: one household (`auditHousehold`), or a caseload streamed
 * from any iterable or async iterable of NDJSON lines or household objects (`auditCaseload`), one
 * entry per item in order, never holding more than the item at hand. `createAuditSummary` counts the
 * entries into the summary the command writes. Pure: no I/O, runs in a browser.
 */
import type { Determination } from "../engine/determination.js";
import { evaluateWithContext, type EvaluationBasis } from "../engine/evaluate.js";
import { parseOptions, type EvaluateOptions } from "../engine/options.js";
import { InvalidInputError, type InputIssue } from "../model/errors.js";
import type { HouseholdInput } from "../model/household.js";
import { isBlankLine, parseJsonText, readableId } from "../model/json-text.js";
import { compareWithRecords } from "./departmental.js";
import { auditDetermination, comparisonFindings, reviewFindings, type HouseholdAudit } from "./findings.js";
import { indexRecords, recordsOf, type IndexedRecord, type PackedRecords, type RecordIndex } from "./records.js";
import { reviewSchedule } from "./review.js";
import { emptyTally, summaryOf, tallyAudit, type AuditSource, type AuditSummary, type AuditTally } from "./summary.js";

/**
 * The audit of one household, or the input error that kept it from being audited (with the household's
 * `id` when one could be read), numbered from 1.
 */
export type AuditEntry =
  | ({ readonly line: number } & HouseholdAudit)
  | { readonly line: number; readonly id?: string | number; readonly error: { readonly name: string; readonly issues: readonly InputIssue[] } };

/**
 * Audits one household on `options.asOf`: what its `status` records against what the library decides.
 * Throws `InvalidInputError` for a household `evaluate` would refuse.
 */
export function auditHousehold(household: HouseholdInput, options: AuditOptions): HouseholdAudit {
  return auditInput(household, options);
}

/**
 * The audit's options: the evaluation's, and the departmental records to compare the caseload with
 * (contract v1.2 "Departmental records"): an index built with {@link indexRecords} (what `auditCaseload` and the
 * CLI use: read once, indexed by household id), or the records themselves, validated here, those invalid
 * or dated after `asOf` set aside (`indexRecords` counts and lists them).
 */
export interface AuditOptions extends EvaluateOptions {
  readonly records?: RecordIndex | PackedRecords | Iterable<unknown> | null | undefined;
}

function isIndex(value: unknown): value is RecordIndex | PackedRecords {
  return typeof value === "object" && value !== null && (value as { byHousehold?: unknown }).byHousehold instanceof Map;
}

/** The evaluation's own options (the engine refuses unknown keys) and the record index, if any. */
function splitOptions(options: AuditOptions): { readonly evaluate: EvaluateOptions; readonly records: RecordIndex | PackedRecords | undefined } {
  if (options === null || typeof options !== "object" || !("records" in options)) return { evaluate: options, records: undefined };
  const { records, ...evaluate } = options;
  if (records == null) return { evaluate, records: undefined };
  const { asOf } = parseOptions(evaluate);
  return { evaluate, records: isIndex(records) ? records : indexRecords(records, asOf) };
}

const NO_RECORDS: readonly IndexedRecord[] = [];

/** The audit of a household already decided, with what the audit reads beside its determination (R12, the departmental records). */
function auditBasis(household: unknown, basis: EvaluationBasis, options: EvaluateOptions, records: RecordIndex | PackedRecords | undefined): HouseholdAudit {
  const review = reviewSchedule(basis.household, basis.context);
  const reviewNotTested = review.kind === "not-tested" && review.why === "no-last-reviewed";
  if (records === undefined) return auditDetermination(household, basis.determination, { review, meta: { reviewNotTested } });
  const declared = [...comparisonFindings(household, basis.determination), ...reviewFindings(review)];
  const id = basis.household.id;
  const mine = id == null ? NO_RECORDS : recordsOf(records, id);
  const comparison = compareWithRecords(basis.household, basis.determination, declared, mine, options, (overlay, again) => evaluateWithContext(overlay, again).determination);
  return auditDetermination(household, basis.determination, {
    review,
    departmental: { findings: comparison.findings, monthlyAtStakeIfRecordsHold: comparison.monthlyAtStakeIfRecordsHold },
    meta: { reviewNotTested, records: { used: comparison.usedLines, unmatched: comparison.unmatchedLines, differs: comparison.differs } },
  });
}

/**
 * {@link auditHousehold} for data of unknown shape (an NDJSON line): validated as `evaluate` validates it.
 * For the library's own readers of caseloads (`auditCaseload`, the CLI).
 *
 * @internal
 */
export function auditInput(household: unknown, options: AuditOptions): HouseholdAudit {
  const split = splitOptions(options);
  return auditBasis(household, evaluateWithContext(household, split.evaluate), split.evaluate, split.records);
}

/** The audit with the determination it came from (for a report that shows the explanation); any input, validated. */
export function auditHouseholdWithDetermination(household: unknown, options: AuditOptions): { readonly audit: HouseholdAudit; readonly determination: Determination } {
  const split = splitOptions(options);
  const basis = evaluateWithContext(household, split.evaluate);
  return { audit: auditBasis(household, basis, split.evaluate, split.records), determination: basis.determination };
}

/** The entry of line `line`: the audit, with the line number first. */
export function auditEntry(line: number, audit: HouseholdAudit): AuditEntry {
  return { line, ...audit };
}

/** An entry for an input error, in the shape `batch` answers a bad line: its number, the readable `id` of `value`, every problem. */
export function errorEntry(line: number, error: InvalidInputError, value?: unknown): AuditEntry {
  const id = readableId(value);
  return { line, ...(id === undefined ? {} : { id }), error: { name: error.name, issues: error.issues.map(({ path, message }) => ({ path, message })) } };
}


/**
 * Audits a caseload as it streams: each item is an NDJSON line (a string) or a household object, and
 * gives one entry, in order; a blank line gives none but keeps its number. A bad item gives an error
 * entry in its place; a fault of the library throws. The options are checked before the first item (an
 * invalid date throws `InvalidOptionsError`).
 */
export async function* auditCaseload(source: Iterable<unknown> | AsyncIterable<unknown>, options: AuditOptions): AsyncGenerator<AuditEntry, void, undefined> {
  const split = splitOptions(options);
  parseOptions(split.evaluate);
  // Read once and indexed (rule 2), before the first household.
  options = split.records === undefined ? split.evaluate : { ...split.evaluate, records: split.records };
  let line = 0;
  for await (const item of source) {
    line++;
    if (typeof item === "string" && isBlankLine(item)) continue;
    let household: unknown;
    try {
      household = typeof item === "string" ? parseJsonText(item.endsWith("\r") ? item.slice(0, -1) : item, `line ${line}`) : item;
      yield auditEntry(line, auditInput(household, options));
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      yield errorEntry(line, error, household);
    }
  }
}

/** Counts entries into the caseload's summary as they stream by. */
export interface AuditSummaryBuilder {
  add(entry: AuditEntry): void;
  /** The running tally (plain data: tallies of shards merge with `mergeTallies`). */
  readonly tally: AuditTally;
  summary(source?: AuditSource): AuditSummary;
}

/** `records`: the index the caseload was audited with, for the summary's departmental-records figures. */
export function createAuditSummary(asOf: string, records?: RecordIndex): AuditSummaryBuilder {
  const tally = emptyTally();
  return {
    add(entry) {
      if ("error" in entry) tally.invalid++;
      else tallyAudit(tally, entry);
    },
    tally,
    summary: (source) => summaryOf(tally, asOf, source, records),
  };
}
