/**
 * `npm run bench:batch`: the built CLI's `batch` command (run from a copy of dist/) against a bare
 * JSON.parse + JSON.stringify pass over the same NDJSON file, at each caseload size, with its peak
 * memory; and the start-up of `evaluate` against `node -e 0`. Needs `npm run build` first (the script
 * does it) and Linux (/proc, for memory).
 *
 *   npm run bench:batch                               10⁴ and 10⁵ households, 3 runs each
 *   npm run bench:batch -- --million --runs 1         … and 10⁶ (each 10⁶ run about 6 min on 2 idle cores)
 *   npm run bench:batch -- --sizes 2000,5000 --runs 1 a quick check that it works
 *
 * Targets (issue 18): batch ≤ 4 × the bare pass at 10⁵; peak memory ≤ 200 MB and flat from 10⁴ to 10⁶.
 * The caseload is the realistic bench population (bench/population.ts). Input files are generated into
 * a fresh temporary directory and deleted afterwards (`--keep` keeps them). Every figure is wall time
 * of a whole process (start-up included), min / median / max over the runs; at each size a run times,
 * one after the other, the bare pass, `batch` with its default workers (started as the input repays
 * their warm-up, src/cli/batch-workers.ts; the workers it started are shown) and `batch --workers 1`.
 * Peak memory is the peak resident set (VmHWM) of the whole process — worker threads live inside it —
 * sampled from /proc until the process ends. The last line is one JSON object with the medians.
 */
import { rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { benchSetup, fmt, measure, say, spread, writeNdjson } from "./processes.js";

const { runs: runsOption, sizes, asOf, keep, dir, cli: CLI, root: ROOT } = benchSetup("batch", "10000,100000");
const runs = process.argv.some((arg) => arg.startsWith("--runs")) ? runsOption : 3;

/** The baseline: the same streaming shape as `batch` (stdin chunks → lines → stdout), doing only JSON.parse + JSON.stringify. */
const BARE = `let pending = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) {
  const text = pending + chunk;
  const last = text.lastIndexOf("\\n");
  if (last === -1) { pending = text; continue; }
  pending = text.slice(last + 1);
  let out = "";
  for (const line of text.slice(0, last).split("\\n")) out += JSON.stringify(JSON.parse(line)) + "\\n";
  if (!process.stdout.write(out)) await new Promise((resolve) => process.stdout.once("drain", resolve));
}
if (pending !== "") process.stdout.write(JSON.stringify(JSON.parse(pending)) + "\\n");
`;
const bareScript = join(dir, "bare.mjs");
writeFileSync(bareScript, BARE);

async function main(): Promise<void> {
  say(`files in ${dir}; ${availableParallelism()} cores; batch with its default workers`);
  const batchArgs = [CLI, "batch", "--as-of", asOf];

  // 1. Throughput and memory at each size: batch against the bare pass, and against one worker, alternating, on one file.
  const perSize: Array<Record<string, unknown>> = [];
  for (const size of sizes) {
    const file = join(dir, `${size}.ndjson`);
    say(`generating ${size} households…`);
    await writeNdjson(file, size, asOf);
    const bare: number[] = [];
    const batch: number[] = [];
    const ratios: number[] = [];
    const cpuRatios: number[] = [];
    const oneWorker: number[] = [];
    const speedUps: number[] = [];
    const peaks: number[] = [];
    let workers = "";
    for (let run = 1; run <= runs; run++) {
      const b = await measure([bareScript], file);
      const c = await measure(batchArgs, file);
      // The same file with one worker: what the other cores add on this machine.
      const one = await measure([...batchArgs, "--workers", "1"], file);
      workers = /\(([^)]*workers?|main thread)\)\s*$/.exec(c.stderr)?.[1]?.replace(/^[\d.]+ s, /, "") ?? "?";
      oneWorker.push(one.seconds);
      speedUps.push(one.seconds / c.seconds);
      bare.push(b.seconds);
      batch.push(c.seconds);
      ratios.push(c.seconds / b.seconds);
      cpuRatios.push(c.cpuSeconds / b.cpuSeconds);
      peaks.push(c.peakMb);
      say(
        `${size} households, run ${run}/${runs}: bare ${b.seconds.toFixed(2)} s (cpu ${b.cpuSeconds.toFixed(2)} s), batch ${c.seconds.toFixed(2)} s ` +
          `(cpu ${c.cpuSeconds.toFixed(2)} s, ${workers}, ${Math.round(size / c.seconds)} households/s, peak ${c.peakMb.toFixed(0)} MB), ` +
          `ratio ${(c.seconds / b.seconds).toFixed(2)}, cpu ratio ${(c.cpuSeconds / b.cpuSeconds).toFixed(2)}; ` +
          `one worker ${one.seconds.toFixed(2)} s (ratio ${(one.seconds / b.seconds).toFixed(2)}, peak ${one.peakMb.toFixed(0)} MB)`,
      );
    }
    const figures = { bare: spread(bare), batch: spread(batch), ratio: spread(ratios), cpuRatio: spread(cpuRatios), oneWorker: spread(oneWorker), speedUp: spread(speedUps), peak: spread(peaks) };
    say(`${size} households:`);
    say(`  bare JSON pass: ${fmt(figures.bare, 2, "s")}`);
    say(`  batch:          ${fmt(figures.batch, 2, "s")} (${workers})`);
    say(`  batch / bare:   ${fmt(figures.ratio, 2, "×")} wall (target ≤ 4); ${fmt(figures.cpuRatio, 2, "×")} CPU time`);
    say(`  one worker:     ${fmt(figures.oneWorker, 2, "s")}; default workers over one: ${fmt(figures.speedUp, 2, "×")} faster`);
    say(`  peak memory:    ${fmt(figures.peak, 0, "MB")} (target ≤ 200)`);
    perSize.push({
      households: size,
      workers,
      batchSeconds: Number(figures.batch.median.toFixed(3)),
      bareSeconds: Number(figures.bare.median.toFixed(3)),
      batchOverBare: Number(figures.ratio.median.toFixed(2)),
      batchOverBareCpu: Number(figures.cpuRatio.median.toFixed(2)),
      oneWorkerSeconds: Number(figures.oneWorker.median.toFixed(3)),
      speedUpOverOneWorker: Number(figures.speedUp.median.toFixed(2)),
      peakMb: Math.round(figures.peak.max),
    });
    rmSync(file);
  }
  const peaks = perSize.map((entry) => entry.peakMb as number);
  say(`peak memory by size: ${perSize.map((entry) => `${entry.households} → ${entry.peakMb} MB`).join(", ")}; largest over smallest ${(Math.max(...peaks) / Math.min(...peaks)).toFixed(2)} × (flat: close to 1)`);

  // 2. Start-up: one household through `evaluate`, against `node -e 0`, alternating.
  const example = join(ROOT, "examples", "urban-family.json");
  const node: number[] = [];
  const cli: number[] = [];
  for (let run = 0; run < Math.max(runs, 10) * 2; run++) {
    node.push((await measure(["-e", "0"], undefined)).seconds);
    cli.push((await measure([CLI, "evaluate", example, "--as-of", asOf], undefined)).seconds);
  }
  const startup = { node: spread(node), cli: spread(cli), ratio: spread(cli).median / spread(node).median };
  say(`node -e 0:          ${fmt(startup.node, 3, "s")}`);
  say(`evaluate (1 file):  ${fmt(startup.cli, 3, "s")}`);
  say(`start-up ratio (medians): ${startup.ratio.toFixed(2)} (target ≤ 3)`);

  if (!keep) rmSync(dir, { recursive: true, force: true });
  say(JSON.stringify({ sizes: perSize, startupOverNode: Number(startup.ratio.toFixed(2)) }));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:batch failed: ${error instanceof Error ? error.message : String(error)}\n`);
  if (!keep) rmSync(dir, { recursive: true, force: true });
  process.exitCode = 1;
});
