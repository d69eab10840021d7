/**
 * `impact`: a caseload (NDJSON, a file or standard input) compared under the baseline and each reform step,
 * one comparison line per household on standard output, in input order, on `batch`'s machinery (worker
 * threads, backpressure, flat memory, invalid lines answered in place). The summary is counted as the
 * lines are answered and written with `--summary`, whole (a temporary file in the same folder, then a
 * rename), never over an input. Reform and baseline files are read and validated before any line.
 */
import { createHash } from "node:crypto";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { impactComparer, type HouseholdImpactWithDeterminations } from "../impact/caseload.js";
import { DEFAULT_JURISDICTION, impactParameterSets } from "../impact/parameters.js";
import { parameterChanges, renderImpactReport } from "../impact/report.js";
import { worstSelection } from "../audit/worst.js";
import { ENGINE_NAME } from "../version.js";
import type { ImpactPart, LargestCandidate } from "./impact-lines.js";
import { checkOutputFiles, writeOutputFile, type InputFile, type OutputFile } from "./output-file.js";
import { emptyImpactTally, impactSummaryOf, mergeImpactTallies, type ImpactSource, type ImpactSummary, type ImpactTally } from "../impact/summary.js";
import type { ParameterOverride } from "../policy/parameters.js";
import { hashing, sha256Of, shellWord } from "./audit.js";
import { EXIT_SOME_LINES_FAILED, processStreams, rate, runBatch, workerCount, workersText, type BatchStreams } from "./batch.js";
import { langOption, UsageError, type Io } from "./commands.js";
import { openInputStream, readParameters, regularFileSize } from "./io.js";

const IMPACT_OPTIONS = {
  "as-of": { type: "string" },
  reform: { type: "string", multiple: true },
  baseline: { type: "string" },
  "baseline-as-of": { type: "string" },
  summary: { type: "string" },
  report: { type: "string" },
  "report-limit": { type: "string" },
  lang: { type: "string" },
  workers: { type: "string" },
} as const;

/** The name of the one step when no --reform is given: the shipped parameters, compared across dates (or with --baseline). */
const NO_REFORM = "(no reform)";

/** Households shown in detail in the report unless `--report-limit` says otherwise. */
export const DEFAULT_IMPACT_REPORT_LIMIT = 50;

function reportLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_IMPACT_REPORT_LIMIT;
  if (!/^\d{1,5}$/.test(value)) throw new UsageError("--report-limit must be a whole number of households (at most 99999)");
  return Number(value);
}

/** The command that reproduces the report: every option that changes a byte of it, file names without their folders. */
function reproducingCommand(file: string | undefined, asOf: string, baselineAsOf: string, reforms: readonly string[], baseline: string | undefined, lang: string, limit: number): string {
  const parts = [ENGINE_NAME, "impact", file === undefined ? "-" : basename(file), "--as-of", asOf];
  if (baselineAsOf !== asOf) parts.push("--baseline-as-of", baselineAsOf);
  for (const reform of reforms) parts.push("--reform", basename(reform));
  if (baseline !== undefined) parts.push("--baseline", basename(baseline));
  parts.push("--report", "report.html", "--lang", lang, "--report-limit", String(limit));
  return parts.map(shellWord).join(" ");
}

function summaryLine(summary: ImpactSummary, seconds: number, workers: string): string {
  const last = summary.steps[summary.steps.length - 1];
  const bands = last?.bands.overall.households;
  return (
    `impact: ${summary.households} households${summary.invalidLines > 0 ? ` (${summary.invalidLines} invalid ${summary.invalidLines === 1 ? "line" : "lines"})` : ""}, ` +
    `${summary.steps.length} ${summary.steps.length === 1 ? "step" : "steps"}; whole reform: monthly ${last?.total.baseline ?? "0.00"} → ${last?.total.reform ?? "0.00"} ` +
    `(difference ${last?.total.monthlyDifference ?? "0.00"}, annual ${last?.total.annualDifference ?? "0.00"}); ` +
    `newly covered ${bands?.["newly-covered"] ?? 0}, losing all ${bands?.["loses-all"] ?? 0}; ` +
    `${rate(summary.households + summary.invalidLines, seconds)} households/s (${seconds.toFixed(2)} s, ${workers})\n`
  );
}

/**
 * The `impact` command. Exit status: 0 every line compared; 3 some lines were errors (the others were
 * compared); 2 usage, an unreadable file or an invalid reform or baseline (before any line); 1 internal fault.
 */
export async function impactCommand(args: readonly string[], io: Io, streams: Omit<BatchStreams, "err"> = processStreams()): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: IMPACT_OPTIONS });
  const asOf = values["as-of"];
  if (asOf === undefined) throw new UsageError("impact needs --as-of YYYY-MM-DD");
  const reformFiles = values.reform ?? [];
  // No --reform: one step with nothing changed, so the comparison is that of the two dates (--baseline-as-of).
  if (reformFiles.length === 0 && values["baseline-as-of"] === undefined && values.baseline === undefined) {
    throw new UsageError("impact needs --reform FILE (repeat it to stack reforms), or --baseline-as-of / --baseline to compare without one");
  }
  if (positionals.length > 1) throw new UsageError("impact takes one CASELOAD file (or - for standard input)");
  const lang = langOption(values.lang);
  const limit = reportLimit(values["report-limit"]);
  const workers = workerCount(values.workers, io.err);
  const file = positionals[0] === "-" ? undefined : positionals[0];
  const baselineAsOf = values["baseline-as-of"] ?? asOf;
  // Every output is checked before any line is read: writable, and none of the files read; each is
  // written whole at the end (output-file.ts), so a run cut short leaves the old file or none.
  const outputs: OutputFile[] = [];
  if (values.summary !== undefined) outputs.push({ flag: "--summary", path: values.summary });
  if (values.report !== undefined) outputs.push({ flag: "--report", path: values.report });
  const inputs: InputFile[] = [
    file === undefined ? { what: "the caseload", path: 0 } : { what: "the caseload", path: file },
    ...reformFiles.map((reform) => ({ what: "--reform", path: reform })),
    ...(values.baseline === undefined ? [] : [{ what: "--baseline", path: values.baseline }]),
  ];
  checkOutputFiles(outputs, inputs);

  const reforms: unknown[] = [];
  for (const reform of reformFiles) reforms.push(await readParameters(reform));
  if (reforms.length === 0) reforms.push({ series: {} });
  const reformNames = reformFiles.length === 0 ? [NO_REFORM] : reformFiles.map((reform) => basename(reform));
  const baseline = values.baseline === undefined ? undefined : await readParameters(values.baseline);
  // Every reform and the baseline validated, the dates checked, before any line is read (exit 2).
  impactComparer({ asOf, baselineAsOf, reform: reforms as ParameterOverride[], baseline: baseline as ParameterOverride | undefined });

  const input = file === undefined ? streams.input : openInputStream(file);
  const hash = createHash("sha256");
  const tally: ImpactTally = emptyImpactTally(reforms.length);
  const keep = values.report === undefined ? 0 : limit;
  const largest = worstSelection<LargestCandidate>(keep);
  const run = await runBatch(
    {
      asOf,
      workers,
      warmUp: values.workers === undefined,
      task: { kind: "impact", asOf, baselineAsOf, reforms, keep, ...(baseline === undefined ? {} : { baseline }) },
      onExtra: (extra) => {
        const part = extra as ImpactPart;
        mergeImpactTallies(tally, part.tally);
        for (const candidate of part.largest) largest.offer(candidate);
      },
    },
    { ...streams, input: Readable.from(hashing(input as AsyncIterable<Buffer | string>, hash)), size: file === undefined ? streams.size : regularFileSize(file), err: io.err },
  );
  tally.invalid = run.errors;
  const source: ImpactSource = {
    file: file === undefined ? "standard input" : basename(file),
    sha256: `sha256:${hash.digest("hex")}`,
    reforms: reformFiles.map((reform) => ({ file: basename(reform), sha256: sha256Of(reform) })),
    ...(values.baseline === undefined ? {} : { baseline: { file: basename(values.baseline), sha256: sha256Of(values.baseline) } }),
  };
  const summary = impactSummaryOf(tally, { asOf, baselineAsOf, reforms: reformNames, source });
  if (values.summary !== undefined) writeOutputFile(values.summary, [`${JSON.stringify(summary, null, 2)}\n`]);
  if (values.report !== undefined) {
    const options = { asOf, baselineAsOf, reform: reforms as ParameterOverride[], baseline: baseline as ParameterOverride | undefined };
    const comparer = impactComparer(options);
    // The largest changes, decided again from their lines (same input and options, same determinations).
    const households: HouseholdImpactWithDeterminations[] = largest.sorted().map((candidate) => comparer.compareWithDeterminations(JSON.parse(candidate.text), candidate.line));
    const sets = impactParameterSets(DEFAULT_JURISDICTION, baseline, reforms);
    const changes = sets.steps.map((step) => parameterChanges(sets.baseline, step, baselineAsOf, asOf));
    const command = reproducingCommand(file, asOf, baselineAsOf, reformFiles, values.baseline, lang, limit);
    writeOutputFile(values.report, [renderImpactReport(summary, { lang, changes, households, command })]);
  }
  io.err(summaryLine(summary, run.seconds, workersText(run.workers, workers)));
  if (run.internal > 0) return 1;
  return run.errors > 0 ? EXIT_SOME_LINES_FAILED : 0;
}
