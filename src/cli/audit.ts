/**
 * `audit`: a caseload (NDJSON, a file or standard input) in, one audit line per household out, in input
 * order, on `batch`'s machinery (worker threads, backpressure, flat memory). The summary is counted as
 * the lines are answered; `--summary` writes it as JSON, `--report` writes the HTML report with the
 * `--report-limit` worst households in detail (re-decided at the end from their input lines, so the run
 * holds no determination meanwhile). The input's SHA-256 is taken as it streams by.
 */
import { createHash, type Hash } from "node:crypto";
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { auditHouseholdWithDetermination } from "../audit/caseload.js";
import { auditReportChunks, type ReportHousehold } from "../audit/report.js";
import { emptyTally, mergeTallies, summaryOf, type AuditSource, type AuditSummary } from "../audit/summary.js";
import { worstSelection } from "../audit/worst.js";
import type { EvaluateOptions } from "../engine/evaluate.js";
import { parseOptions } from "../engine/options.js";
import { ENGINE_NAME } from "../version.js";
import type { AuditPart, WorstCandidate } from "./audit-lines.js";
import { processStreams, rate, runBatch, workerCount, type BatchStreams } from "./batch.js";
import { langOption, UsageError, type Io } from "./commands.js";
import { openInputStream, readParameters, regularFileSize } from "./io.js";

/** The command's flags: every one takes a value. */
const AUDIT_OPTIONS = {
  "as-of": { type: "string" },
  report: { type: "string" },
  "report-limit": { type: "string" },
  lang: { type: "string" },
  summary: { type: "string" },
  workers: { type: "string" },
  parameters: { type: "string" },
} as const;

/** Households shown in detail in the report unless `--report-limit` says otherwise. */
export const DEFAULT_REPORT_LIMIT = 2000;

function reportLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_REPORT_LIMIT;
  if (!/^\d{1,7}$/.test(value)) throw new UsageError("--report-limit must be a whole number of households");
  return Number(value);
}

/** An output file, opened (and emptied) before the run, so a bad path stops it before any line is read. */
function openOutput(file: string, flag: string): number {
  try {
    return openSync(file, "w");
  } catch (error) {
    throw new UsageError(`cannot write ${flag} ${file} (${String((error as NodeJS.ErrnoException).code)})`);
  }
}

/** Writes the texts to `fd` in pieces of a quarter megabyte or so, then closes it. */
function writeAll(fd: number, texts: Iterable<string>): void {
  let pending = "";
  const flush = (): void => {
    const bytes = Buffer.from(pending, "utf8");
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    pending = "";
  };
  for (const text of texts) {
    pending += text;
    if (pending.length >= 1 << 18) flush();
  }
  flush();
  closeSync(fd);
}

/** Passes the input through unchanged, hashing its bytes on the way. */
export async function* hashing(input: AsyncIterable<Buffer | string>, hash: Hash): AsyncGenerator<Buffer | string> {
  for await (const chunk of input) {
    hash.update(chunk);
    yield chunk;
  }
}

/** The digest of a file `readParameters` has just read. */
export function sha256Of(file: string): string {
  return `sha256:${createHash("sha256").update(readFileSync(file)).digest("hex")}`;
}

/** The command that reproduces the report: every option that changes a byte of it, file names without their folders. */
function reproducingCommand(file: string | undefined, asOf: string, lang: string, limit: number, parameters: string | undefined): string {
  const parts = [ENGINE_NAME, "audit", file === undefined ? "-" : basename(file), "--as-of", asOf, "--report", "report.html", "--lang", lang, "--report-limit", String(limit)];
  if (parameters !== undefined) parts.push("--parameters", basename(parameters));
  return parts.join(" ");
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
 * The `audit` command: exit 0 when every line was answered (bad lines included), 1 on an internal
 * fault, 2 on bad usage or an unreadable file. Reads FILE (or standard input) and writes standard
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
  const input = file === undefined ? streams.input : openInputStream(file);
  const summaryFd = values.summary === undefined ? undefined : openOutput(values.summary, "--summary");
  const reportFd = values.report === undefined ? undefined : openOutput(values.report, "--report");

  const hash = createHash("sha256");
  const tally = emptyTally();
  const worst = worstSelection<WorstCandidate>(limit);
  const run = await runBatch(
    {
      asOf,
      workers,
      // As batch: without --workers, the others start once the input repays their warm-up.
      warmUp: values.workers === undefined,
      ...(parameters === undefined ? {} : { parameters }),
      task: { kind: "audit", keep: reportFd === undefined ? 0 : limit },
      onExtra: (extra) => {
        const part = extra as AuditPart;
        mergeTallies(tally, part.tally);
        for (const candidate of part.worst) worst.offer(candidate);
      },
    },
    { ...streams, input: Readable.from(hashing(input as AsyncIterable<Buffer | string>, hash)), size: file === undefined ? streams.size : regularFileSize(file), err: io.err },
  );
  tally.invalid = run.errors;
  const source: AuditSource = {
    file: file === undefined ? "standard input" : basename(file),
    sha256: `sha256:${hash.digest("hex")}`,
    ...(values.parameters === undefined ? {} : { parameters: { file: basename(values.parameters), sha256: sha256Of(values.parameters) } }),
  };
  const summary = summaryOf(tally, asOf, source);
  if (summaryFd !== undefined) writeAll(summaryFd, [`${JSON.stringify(summary, null, 2)}\n`]);
  if (reportFd !== undefined) {
    // The worst households, decided again from their lines (the same input and options give the same
    // determination), one at a time as the report is written: no more than one determination is held.
    const households = (function* (): Generator<ReportHousehold> {
      for (const candidate of worst.sorted()) yield { line: candidate.line, ...auditHouseholdWithDetermination(JSON.parse(candidate.text), options) };
    })();
    writeAll(reportFd, auditReportChunks(summary, households, { lang, limit, command: reproducingCommand(file, asOf, lang, limit, values.parameters) }));
  }
  io.err(summaryLine(summary, run.seconds, run.internal));
  return run.internal > 0 ? 1 : 0;
}
