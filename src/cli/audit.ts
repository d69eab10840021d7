/**
 * `audit`: a caseload (NDJSON, a file or standard input) in, one audit line per household out, in input
 * order, on `batch`'s machinery (worker threads, backpressure, flat memory). The summary is counted as
 * the lines are answered; `--summary` writes it as JSON, `--report` writes the HTML report with the
 * `--report-limit` worst households in detail (re-decided at the end from their input lines, so the run
 * holds no determination meanwhile). The input's SHA-256 is taken as it streams by.
 */
import { createHash, type Hash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { auditHouseholdWithDetermination } from "../audit/caseload.js";
import { auditReportChunks, type ReportHousehold } from "../audit/report.js";
import { emptyTally, mergeTallies, summaryOf, type AuditSource, type AuditSummary } from "../audit/summary.js";
import { worstSelection } from "../audit/worst.js";
import { indexRecords, packRecords, type RecordIndex } from "../audit/records.js";
import { describeInvalidLine, firstInvalidLines, MAX_LISTED_INVALID_LINES, type InvalidLine } from "../audit/invalid-lines.js";
import type { EvaluateOptions } from "../engine/evaluate.js";
import { parseOptions } from "../engine/options.js";
import { validateParameters } from "../engine/evaluate.js";
import { ENGINE_NAME } from "../version.js";
import type { AuditPart, WorstCandidate } from "./audit-lines.js";
import { EXIT_SOME_LINES_FAILED, processStreams, rate, runBatch, workerCount, type BatchStreams } from "./batch.js";
import { overlongProblem } from "./batch-lines.js";
import { langOption, UsageError, type Io } from "./commands.js";
import { openInputStream, readParameters, regularFileSize } from "./io.js";
import { checkOutputFiles, writeOutputFile, type InputFile, type OutputFile } from "./output-file.js";

/** The command's flags: every one takes a value. */
const AUDIT_OPTIONS = {
  "as-of": { type: "string" },
  report: { type: "string" },
  "report-limit": { type: "string" },
  lang: { type: "string" },
  summary: { type: "string" },
  workers: { type: "string" },
  parameters: { type: "string" },
  records: { type: "string" },
} as const;

/** Households shown in detail in the report unless `--report-limit` says otherwise. */
export const DEFAULT_REPORT_LIMIT = 2000;

function reportLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_REPORT_LIMIT;
  if (!/^\d{1,7}$/.test(value)) throw new UsageError("--report-limit must be a whole number of households");
  return Number(value);
}

/** Passes the input through unchanged, hashing its bytes on the way. */
export async function* hashing(input: AsyncIterable<Buffer | string>, hash: Hash): AsyncGenerator<Buffer | string> {
  for await (const chunk of input) {
    hash.update(chunk);
    yield chunk;
  }
}

/**
 * `--records`: the departmental records file, read whole before the caseload and indexed by household id
 * (contract v1.2 "Departmental records", rule 2), with its digest. A bad record is counted and listed in
 * the summary, never fatal; an unreadable file is bad usage.
 */
function readRecords(file: string, asOf: string): { readonly index: RecordIndex; readonly sha256: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read --records ${file} (${String((error as NodeJS.ErrnoException).code)})`);
  }
  const text = bytes.toString("utf8");
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return { index: indexRecords(lines, asOf), sha256: `sha256:${createHash("sha256").update(bytes).digest("hex")}` };
}

/** The digest of a file `readParameters` has just read. */
export function sha256Of(file: string): string {
  return `sha256:${createHash("sha256").update(readFileSync(file)).digest("hex")}`;
}

/** The command that reproduces the report: every option that changes a byte of it, file names without their folders. */
function reproducingCommand(file: string | undefined, asOf: string, lang: string, limit: number, parameters: string | undefined, records: string | undefined): string {
  const parts = [ENGINE_NAME, "audit", file === undefined ? "-" : basename(file), "--as-of", asOf, "--report", "report.html", "--lang", lang, "--report-limit", String(limit)];
  if (parameters !== undefined) parts.push("--parameters", basename(parameters));
  if (records !== undefined) parts.push("--records", basename(records));
  return parts.map(shellWord).join(" ");
}

/**
 * A word quoted for a POSIX shell: as it is when it holds only characters no shell reads specially,
 * else in single quotes (a quote inside written '\''), so a file named `c$(touch PWNED);x.ndjson`
 * is a file name to whoever pastes the command, not a command (issue 24).
 */
export function shellWord(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, "'\\''")}'`;
}

function summaryLine(summary: AuditSummary, seconds: number, internal: number): string {
  return (
    `audit: ${summary.households} households${summary.invalidLines > 0 ? ` (${summary.invalidLines} invalid lines${internal > 0 ? `, ${internal} of them internal faults` : ""})` : ""}, ` +
    `${summary.consistent} consistent, ${summary.withFindings} with findings, ${summary.undecidable} undecidable; yuan a month over-paid ${summary.monthly.overPaid}, ` +
    `under-paid ${summary.monthly.underPaid}, missed ${summary.monthly.missed}; ${rate(summary.households + summary.invalidLines, seconds)} households/s (${seconds.toFixed(2)} s). ` +
    `Findings are this library's reading of the rules, not a verdict.\n`
  );
}

/**
 * The `audit` command: exit 0 when every line was audited, 3 when some lines were invalid (answered
 * with an error object in their place; the others were audited), 1 on an internal fault, 2 on bad
 * usage, an unreadable file or an output file that cannot be written. Reads FILE (or standard input) and writes standard
 * output unless given other streams (tests).
 */
export async function auditCommand(args: readonly string[], io: Io, streams: Omit<BatchStreams, "err"> = processStreams()): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: AUDIT_OPTIONS });
  const asOf = values["as-of"];
  if (asOf === undefined) throw new UsageError("audit needs --as-of YYYY-MM-DD");
  if (positionals.length > 1) throw new UsageError("audit takes one FILE (or - for standard input)");
  const lang = langOption(values.lang);
  const limit = reportLimit(values["report-limit"]);
  const workers = workerCount(values.workers, io.err);
  const file = positionals[0] === "-" ? undefined : positionals[0];
  const parameters = values.parameters === undefined ? undefined : await readParameters(values.parameters);
  const options: EvaluateOptions = parameters === undefined ? { asOf } : { asOf, parameters: parameters as never };
  parseOptions(options); // a bad date stops here, before any file is opened or emptied
  // Every output is checked before any line is read: writable, and none of the files read (a summary
  // written over the caseload would destroy it). They are written whole at the end (output-file.ts).
  const outputs: OutputFile[] = [];
  if (values.summary !== undefined) outputs.push({ flag: "--summary", path: values.summary });
  if (values.report !== undefined) outputs.push({ flag: "--report", path: values.report });
  const inputs: InputFile[] = [file === undefined ? { what: "the caseload", path: 0 } : { what: "the caseload", path: file }];
  if (values.parameters !== undefined) inputs.push({ what: "--parameters", path: values.parameters });
  if (values.records !== undefined) inputs.push({ what: "--records", path: values.records });
  checkOutputFiles(outputs, inputs);
  validateParameters(parameters); // then a bad parameter file (issue 23): exit 2, no line written
  const records = values.records === undefined ? undefined : readRecords(values.records, asOf);
  const input = file === undefined ? streams.input : openInputStream(file);
  const withReport = values.report !== undefined;

  const hash = createHash("sha256");
  const tally = emptyTally();
  const worst = worstSelection<WorstCandidate>(limit);
  // The first invalid lines, for the report: parts arrive in any order, so the list is trimmed as it grows.
  let invalid: InvalidLine[] = [];
  const noteInvalid = (lines: readonly InvalidLine[]): void => {
    invalid.push(...lines);
    if (invalid.length > 2 * MAX_LISTED_INVALID_LINES) invalid = firstInvalidLines(invalid);
  };
  const run = await runBatch(
    {
      asOf,
      workers,
      // As batch: without --workers, the others start once the input repays their warm-up.
      warmUp: values.workers === undefined,
      ...(parameters === undefined ? {} : { parameters }),
      task: { kind: "audit", keep: withReport ? limit : 0, ...(records === undefined ? {} : { records: packRecords(records.index) }) },
      onExtra: (extra) => {
        const part = extra as AuditPart;
        mergeTallies(tally, part.tally);
        for (const candidate of part.worst) worst.offer(candidate);
        noteInvalid(part.invalid);
      },
      onOverlong: (line, bytes) => noteInvalid([describeInvalidLine(line, undefined, [{ path: "", message: overlongProblem(line, bytes) }])]),
    },
    { ...streams, input: Readable.from(hashing(input as AsyncIterable<Buffer | string>, hash)), size: file === undefined ? streams.size : regularFileSize(file), err: io.err },
  );
  tally.invalid = run.errors;
  const source: AuditSource = {
    file: file === undefined ? "standard input" : basename(file),
    sha256: `sha256:${hash.digest("hex")}`,
    ...(values.parameters === undefined ? {} : { parameters: { file: basename(values.parameters), sha256: sha256Of(values.parameters) } }),
    ...(values.records === undefined || records === undefined ? {} : { records: { file: basename(values.records), sha256: records.sha256 } }),
  };
  const summary = summaryOf(tally, asOf, source, records?.index);
  const auditOptions = records === undefined ? options : { ...options, records: records.index };
  if (values.summary !== undefined) writeOutputFile(values.summary, [`${JSON.stringify(summary, null, 2)}\n`]);
  if (values.report !== undefined) {
    // The worst households, decided again from their lines (the same input and options give the same
    // determination), one at a time as the report is written: no more than one determination is held.
    const households = (function* (): Generator<ReportHousehold> {
      for (const candidate of worst.sorted()) yield { line: candidate.line, ...auditHouseholdWithDetermination(JSON.parse(candidate.text), auditOptions) };
    })();
    writeOutputFile(values.report, auditReportChunks(summary, households, { lang, limit, command: reproducingCommand(file, asOf, lang, limit, values.parameters, values.records), invalidLines: firstInvalidLines(invalid) }));
  }
  io.err(summaryLine(summary, run.seconds, run.internal));
  // As batch: 3 when some lines could not be audited (the others were), so a script can tell.
  if (run.internal > 0) return 1;
  return run.errors > 0 ? EXIT_SOME_LINES_FAILED : 0;
}
