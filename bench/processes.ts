/**
 * What the process benchmarks (`bench:batch`, `bench:audit`) share: the built CLI run from a copy of
 * dist/, a seeded NDJSON caseload written to a file, and one run of a command measured as a whole
 * process — wall time, CPU time and peak resident memory sampled from /proc (Linux only).
 */
import { spawn } from "node:child_process";
import { closeSync, cpSync, createWriteStream, mkdtempSync, openSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generatePopulation } from "./population.js";

/**
 * A process benchmark's options (`--count`, `--runs`, `--sizes`, `--million` to add 10⁶ to the sizes,
 * `--as-of`, `--keep`, `--dist DIR` to run another build than the repository's dist/) and its scratch folder (under the system's temporary directory) with the CLI copied in.
 */
export interface BenchSetup {
  readonly count: number;
  readonly runs: number;
  readonly sizes: readonly number[];
  readonly asOf: string;
  /** Keep the scratch folder afterwards. */
  readonly keep: boolean;
  readonly dir: string;
  /** The copied CLI (see {@link copyOfCli}). */
  readonly cli: string;
  readonly root: string;
}

export function benchSetup(name: string, defaultSizes: string): BenchSetup {
  const { values } = parseArgs({
    options: { count: { type: "string" }, runs: { type: "string" }, sizes: { type: "string" }, million: { type: "boolean" }, "as-of": { type: "string" }, keep: { type: "boolean" }, dist: { type: "string" } },
  });
  const sizes = (values.sizes ?? defaultSizes).split(",").map(Number);
  if (values.million === true && !sizes.includes(1_000_000)) sizes.push(1_000_000);
  for (const size of sizes) if (!Number.isInteger(size) || size < 1) throw new Error(`--sizes must list whole numbers ≥ 1: ${values.sizes ?? defaultSizes}`);
  const root = fileURLToPath(new URL("..", import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), `sar-bench-${name}-`));
  return {
    count: Number(values.count ?? 100_000),
    runs: Number(values.runs ?? 5),
    sizes,
    asOf: values["as-of"] ?? "2025-10-15",
    keep: values.keep === true,
    dir,
    cli: copyOfCli(root, dir, values.dist),
    root,
  };
}

export const say = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

/**
 * The CLI runs from a copy of dist/, so a rebuild during the runs (a test suite's set-up) cannot pull
 * it away; node_modules is linked for any package the bundle leaves external. Returns the CLI's path.
 */
export function copyOfCli(root: string, dir: string, dist: string = join(root, "dist")): string {
  cpSync(dist, join(dir, "dist"), { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  return join(dir, "dist", "cli.js");
}

/**
 * `households` seeded households (see population.ts: the realistic mix of applicants, recipients,
 * windows and v1.1 facts), one per line; `recipients` false leaves out what households have today.
 */
export async function writeNdjson(file: string, households: number, asOf: string, recipients = true): Promise<void> {
  const out = createWriteStream(file);
  for (let done = 0; done < households; done += 10_000) {
    let text = "";
    for (const entry of generatePopulation({ count: Math.min(10_000, households - done), seed: 1 + done, asOf, recipients })) text += `${JSON.stringify(entry.household)}\n`;
    if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

export interface Run {
  readonly seconds: number;
  /** CPU time of the process (user + system, all threads): what the work costs whatever else runs. */
  readonly cpuSeconds: number;
  /** Peak resident set of the process, MB. */
  readonly peakMb: number;
  readonly code: number | null;
  /** What the process wrote to standard error (the CLI's summary line). */
  readonly stderr: string;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** utime + stime of a process (its threads included), from /proc/<pid>/stat. */
function cpuSecondsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function peakRssKb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match === null ? 0 : Number(match[1]);
  } catch {
    return 0; // ended between two samples
  }
}

/** Runs `node args…` with stdin from `input` (a file, or nothing) and stdout discarded. */
export function measure(args: readonly string[], input: string | undefined): Promise<Run> {
  return new Promise((resolve, reject) => {
    const fd = input === undefined ? "ignore" : openSync(input, "r");
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: [fd, "ignore", "pipe"] });
    let peak = 0;
    let cpu = 0;
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Sampled while it runs: by the time Node reports the exit, the process is reaped and /proc is gone.
    const sampler = setInterval(() => {
      if (child.pid === undefined) return;
      peak = Math.max(peak, peakRssKb(child.pid));
      cpu = Math.max(cpu, cpuSecondsOf(child.pid));
    }, 20);
    child.on("error", reject);

    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      if (typeof fd === "number") closeSync(fd);
      if (code !== 0) reject(new Error(`node ${args.join(" ")} exited ${code}: ${stderr}`));
      else resolve({ seconds, cpuSeconds: cpu, peakMb: peak / 1024, code, stderr });
    });
  });
}

export function spread(xs: readonly number[]): { min: number; median: number; max: number } {
  const sorted = [...xs].sort((a, b) => a - b);
  return { min: sorted[0] ?? 0, median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted.at(-1) ?? 0 };
}

export const fmt = (s: { min: number; median: number; max: number }, digits: number, unit: string): string =>
  `min ${s.min.toFixed(digits)} / median ${s.median.toFixed(digits)} / max ${s.max.toFixed(digits)} ${unit}`;
