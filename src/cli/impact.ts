/**
 * `impact`: a caseload (NDJSON, a file or standard input) compared under the baseline and each reform step,
 * one comparison line per household on standard output, in input order, on `batch`'s machinery (worker
 * threads, backpressure, flat memory, invalid lines answered in place). The summary is counted as the
 * lines are answered and written with `--summary`, whole (a temporary file in the same folder, then a
 * rename), never over an input. Reform and baseline files are read and validated before any line.
 */
import { createHash } from "node:crypto";
import { existsSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { impactComparer } from "../impact/caseload.js";
import { emptyImpactTally, impactSummaryOf, mergeImpactTallies, type ImpactSource, type ImpactSummary, type ImpactTally } from "../impact/summary.js";
import type { ParameterOverride } from "../policy/parameters.js";
import { hashing, sha256Of } from "./audit.js";
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
  lang: { type: "string" },
  workers: { type: "string" },
} as const;

/** The name of the one step when no --reform is given: the shipped parameters, compared across dates (or with --baseline). */
const NO_REFORM = "(no reform)";

/** The path a file names, through links when it exists: two names of one file compare equal. */
function realPath(file: string): string {
  const path = resolve(file);
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** An output file's checks before any line is read: not an input, and a folder that exists to write it in. */
function checkOutput(file: string, flag: string, inputs: readonly string[]): void {
  const target = realPath(file);
  if (inputs.some((input) => realPath(input) === target)) throw new UsageError(`${flag} ${file} is also an input: the command never writes over a file it reads`);
  const folder = dirname(resolve(file));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`cannot write ${flag} ${file}: no folder ${folder}`);
  if (existsSync(target) && statSync(target).isDirectory()) throw new UsageError(`cannot write ${flag} ${file}: it is a folder`);
}

/** Writes `text` to `file` whole: a temporary file in the same folder, then a rename over the target. */
export function writeWhole(file: string, text: string): void {
  const temporary = join(dirname(resolve(file)), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, text, "utf8");
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UsageError(`cannot write ${file} (${String((error as NodeJS.ErrnoException).code)})`);
  }
}

function summaryLine(summary: ImpactSummary, seconds: number, workers: string): string {
  const last = summary.steps[summary.steps.length - 1];
  const bands = last?.bands.overall.households;
  return (
    `impact: ${summary.households} households${summary.invalidLines > 0 ? ` (${summary.invalidLines} invalid lines)` : ""}, ` +
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
  if (values.report !== undefined) throw new UsageError("--report is not available yet in this version of impact: use --summary");
  langOption(values.lang);
  const workers = workerCount(values.workers, io.err);
  const file = positionals[0] === "-" ? undefined : positionals[0];
  const baselineAsOf = values["baseline-as-of"] ?? asOf;
  const inputs = [...(file === undefined ? [] : [file]), ...reformFiles, ...(values.baseline === undefined ? [] : [values.baseline])];
  if (values.summary !== undefined) checkOutput(values.summary, "--summary", inputs);

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
  const run = await runBatch(
    {
      asOf,
      workers,
      warmUp: values.workers === undefined,
      task: { kind: "impact", asOf, baselineAsOf, reforms, ...(baseline === undefined ? {} : { baseline }) },
      onExtra: (extra) => mergeImpactTallies(tally, extra as ImpactTally),
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
  if (values.summary !== undefined) writeWhole(values.summary, `${JSON.stringify(summary, null, 2)}\n`);
  io.err(summaryLine(summary, run.seconds, workersText(run.workers, workers)));
  if (run.internal > 0) return 1;
  return run.errors > 0 ? EXIT_SOME_LINES_FAILED : 0;
}
