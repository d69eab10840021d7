/**
 * `audit`'s work on each line, run where `batch` runs its own (worker threads or the main thread): the
 * household's audit as its output line, counted into a tally, and offered to a selection of the worst
 * households of this thread. Only those that enter that selection travel to the main thread (with their
 * input line, to be explained in the report); any other cannot be among the worst of the whole caseload.
 */
import { auditEntry, auditInput } from "../audit/caseload.js";
import { emptyTally, tallyAudit, type AuditTally } from "../audit/summary.js";
import { worstSelection, type Ranked } from "../audit/worst.js";
import type { PackedRecords } from "../audit/records.js";
import type { EvaluateOptions } from "../engine/evaluate.js";
import { describeInvalidLine, MAX_LISTED_INVALID_LINES, type InvalidLine } from "../audit/invalid-lines.js";
import type { LineTask } from "./batch-lines.js";

/** A household with findings that may be among the worst: its rank and its input line. */
export interface WorstCandidate extends Ranked {
  readonly text: string;
}

/** What a run of lines hands to the main thread besides its output: plain data, so it crosses `postMessage`. */
export interface AuditPart {
  readonly tally: AuditTally;
  readonly worst: readonly WorstCandidate[];
  /** The run's invalid lines, at most {@link MAX_LISTED_INVALID_LINES}, for the report. */
  readonly invalid: readonly InvalidLine[];
}

/**
 * The audit task: `keep` is how many worst households the report embeds (0: no report, none kept);
 * `records`, the departmental records indexed once on the main thread, packed (each worker gets its own copy).
 */
export function auditTask(evaluateOptions: EvaluateOptions, keep: number, records?: PackedRecords): LineTask {
  const options = records === undefined ? evaluateOptions : { ...evaluateOptions, records };
  let tally = emptyTally();
  let worst: WorstCandidate[] = [];
  let invalid: InvalidLine[] = [];
  const selection = worstSelection<Ranked>(keep);
  return {
    answer(value, line, raw) {
      // Validated as evaluate validates it: an invalid household throws the input error the line is answered with.
      const audit = auditInput(value, options);
      tallyAudit(tally, audit);
      if (audit.result === "findings") {
        const ranked: Ranked = { stake: audit.monthlyAtStake, findings: audit.findings.length, line };
        if (selection.offer(ranked)) worst.push({ ...ranked, text: raw });
      }
      return JSON.stringify(auditEntry(line, audit));
    },
    failed(line, id, issues) {
      // Lines come in order within a run: the first ones are the ones a report lists.
      if (invalid.length < MAX_LISTED_INVALID_LINES) invalid.push(describeInvalidLine(line, id, issues));
    },
    take(): AuditPart {
      const part = { tally, worst, invalid };
      tally = emptyTally();
      worst = [];
      invalid = [];
      return part;
    },
  };
}
