/**
 * The library twin of the `audit` command: one household (`auditHousehold`), or a caseload streamed
 * from any iterable or async iterable of NDJSON lines or household objects (`auditCaseload`), one
 * entry per item in order, never holding more than the item at hand. `createAuditSummary` counts the
 * entries into the summary the command writes. Pure: no I/O, runs in a browser.
 */
import type { Determination } from "../engine/determination.js";
import { evaluate, evaluateInput } from "../engine/evaluate.js";
import { parseOptions, type EvaluateOptions } from "../engine/options.js";
import { InvalidInputError, type InputIssue } from "../model/errors.js";
import type { HouseholdInput } from "../model/household.js";
import { isBlankLine, parseJsonText, readableId } from "../model/json-text.js";
import { auditDetermination, type HouseholdAudit } from "./findings.js";
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
export function auditHousehold(household: HouseholdInput, options: EvaluateOptions): HouseholdAudit {
  return auditDetermination(household, evaluate(household, options));
}

/**
 * {@link auditHousehold} for data of unknown shape (an NDJSON line): validated as `evaluate` validates it.
 * For the library's own readers of caseloads (`auditCaseload`, the CLI).
 *
 * @internal
 */
export function auditInput(household: unknown, options: EvaluateOptions): HouseholdAudit {
  return auditDetermination(household, evaluateInput(household, options));
}

/** The audit with the determination it came from (for a report that shows the explanation); any input, validated. */
export function auditHouseholdWithDetermination(household: unknown, options: EvaluateOptions): { readonly audit: HouseholdAudit; readonly determination: Determination } {
  const determination = evaluateInput(household, options);
  return { audit: auditDetermination(household, determination), determination };
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
export async function* auditCaseload(source: Iterable<unknown> | AsyncIterable<unknown>, options: EvaluateOptions): AsyncGenerator<AuditEntry, void, undefined> {
  parseOptions(options);
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

export function createAuditSummary(asOf: string): AuditSummaryBuilder {
  const tally = emptyTally();
  return {
    add(entry) {
      if ("error" in entry) tally.invalid++;
      else tallyAudit(tally, entry);
    },
    tally,
    summary: (source) => summaryOf(tally, asOf, source),
  };
}
