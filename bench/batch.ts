/**
 * `npm run bench:batch`: the built CLI's `batch` command (run from a copy of dist/) against a bare JSON.parse + JSON.stringify
 * pass over the same NDJSON file, its peak memory as the input grows, and the start-up of `evaluate`
 * against `node -e 0`. Needs `npm run build` first (the script does it) and Linux (/proc, for memory).
 *
 *   npm run bench:batch                               100 000 households, 5 runs; memory at 10⁴, 10⁵, 10⁶
 *   npm run bench:batch -- --count 20000 --runs 3 --sizes 10000,20000
 *
 * Input files are generated into a fresh temporary directory and deleted afterwards. Every figure is
 * wall time of a whole process (start-up included), min / median / max over the runs. Peak memory is
 * the peak resident set (VmHWM) of the whole process — worker threads live inside it — sampled from
 * /proc until the process ends. The last line is one JSON object with the medians.
 */
import { rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { benchSetup, fmt, measure, say, spread, writeNdjson } from "./processes.js";

const { count, runs, sizes, asOf, keep, dir, cli: CLI, root: ROOT } = benchSetup("batch", "10000,100000,1000000");

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
  say(`files in ${dir}; ${availableParallelism()} cores; batch uses its default workers`);
  const batchArgs = [CLI, "batch", "--as-of", asOf];

  // 1. Throughput: batch against the bare pass, alternating, on one file.
  const file = join(dir, `${count}.ndjson`);
  say(`generating ${count} households…`);
  await writeNdjson(file, count, asOf);
  const bare: number[] = [];
  const batch: number[] = [];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  const oneWorker: number[] = [];
  const speedUps: number[] = [];
  for (let run = 1; run <= runs; run++) {
    const b = await measure([bareScript], file);
    const c = await measure(batchArgs, file);
    // The same file with one worker: what the second core adds on this machine.
    const one = await measure([...batchArgs, "--workers", "1"], file);
    oneWorker.push(one.seconds);
    speedUps.push(one.seconds / c.seconds);
    bare.push(b.seconds);
    batch.push(c.seconds);
    ratios.push(c.seconds / b.seconds);
    cpuRatios.push(c.cpuSeconds / b.cpuSeconds);
    say(
      `run ${run}/${runs}: bare ${b.seconds.toFixed(2)} s (cpu ${b.cpuSeconds.toFixed(2)} s), batch ${c.seconds.toFixed(2)} s (cpu ${c.cpuSeconds.toFixed(2)} s, ` +
        `${Math.round(count / c.seconds)} households/s, peak ${c.peakMb.toFixed(0)} MB), ratio ${(c.seconds / b.seconds).toFixed(2)}, cpu ratio ${(c.cpuSeconds / b.cpuSeconds).toFixed(2)}; ` +
        `one worker ${one.seconds.toFixed(2)} s (ratio ${(one.seconds / b.seconds).toFixed(2)})`,
    );
  }
  const throughput = { bare: spread(bare), batch: spread(batch), ratio: spread(ratios), cpuRatio: spread(cpuRatios), oneWorker: spread(oneWorker), speedUp: spread(speedUps) };
  say(`bare JSON pass: ${fmt(throughput.bare, 2, "s")}`);
  say(`batch:          ${fmt(throughput.batch, 2, "s")}`);
  say(`batch / bare:   ${fmt(throughput.ratio, 2, "×")} wall (target ≤ 4); ${fmt(throughput.cpuRatio, 2, "×")} CPU time`);
  say(`one worker:     ${fmt(throughput.oneWorker, 2, "s")}; default workers over one: ${fmt(throughput.speedUp, 2, "×")} faster`);

  // 2. Memory as the input grows.
  const memory: Array<{ households: number; peakMb: number; seconds: number }> = [];
  for (const size of sizes) {
    const sized = size === count ? file : join(dir, `${size}.ndjson`);
    if (sized !== file) {
      say(`generating ${size} households…`);
      await writeNdjson(sized, size, asOf);
    }
    const result = await measure(batchArgs, sized);
    memory.push({ households: size, peakMb: result.peakMb, seconds: result.seconds });
    say(`memory: ${size} households → peak ${result.peakMb.toFixed(0)} MB (${result.seconds.toFixed(1)} s, ${Math.round(size / result.seconds)} households/s)`);
    if (sized !== file) rmSync(sized);
  }

  // 3. Start-up: one household through `evaluate`, against `node -e 0`, alternating.
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
  say(
    JSON.stringify({
      households: count,
      batchSeconds: Number(throughput.batch.median.toFixed(3)),
      bareSeconds: Number(throughput.bare.median.toFixed(3)),
      batchOverBare: Number(throughput.ratio.median.toFixed(2)),
      batchOverBareCpu: Number(throughput.cpuRatio.median.toFixed(2)),
      oneWorkerSeconds: Number(throughput.oneWorker.median.toFixed(3)),
      speedUpOverOneWorker: Number(throughput.speedUp.median.toFixed(2)),
      peakMb: Object.fromEntries(memory.map((entry) => [entry.households, Math.round(entry.peakMb)])),
      startupOverNode: Number(startup.ratio.toFixed(2)),
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:batch failed: ${error instanceof Error ? error.message : String(error)}\n`);
  if (!keep) rmSync(dir, { recursive: true, force: true });
  process.exitCode = 1;
});
