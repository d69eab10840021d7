/**
 * `npm run bench:impact`: the built CLI's `impact` command (one reform: the urban standard raised) against
 * `batch` of the same NDJSON file, at each caseload size, with the peak memory of each. Needs
 * `npm run build` first (the script does it) and Linux (/proc, for memory).
 *
 *   npm run bench:impact                               10⁵ households, 3 runs
 *   npm run bench:impact -- --sizes 2000 --runs 1      a quick check that it works
 *
 * Targets (issue 26): impact ≤ 2.2 × batch wall time at 10⁵; peak memory ≤ 250 MB. `impact` decides each
 * household twice (baseline and reform) where `batch` decides it once, and writes a shorter line.
 * Figures are wall time of a whole process, min / median / max over the runs, alternating batch and
 * impact on one file; the last line is one JSON object with the medians.
 */
import { rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { benchSetup, fmt, measure, say, spread, writeNdjson } from "./processes.js";

const { runs: runsOption, sizes, asOf, keep, dir, cli: CLI } = benchSetup("impact", "100000");
const runs = process.argv.some((arg) => arg.startsWith("--runs")) ? runsOption : 3;
const reform = join(dir, "raise-urban.reform.yaml");
writeFileSync(reform, 'series:\n  dibao.standard.urban:\n    values:\n      - { from: "2025-07-01", value: "800", source: "what-if" }\n');

async function main(): Promise<void> {
  say(`files in ${dir}; ${availableParallelism()} cores; default workers`);
  const perSize: Array<Record<string, unknown>> = [];
  for (const size of sizes) {
    const file = join(dir, `${size}.ndjson`);
    say(`generating ${size} households…`);
    await writeNdjson(file, size, asOf);
    const batch: number[] = [];
    const impact: number[] = [];
    const ratios: number[] = [];
    const batchPeaks: number[] = [];
    const impactPeaks: number[] = [];
    for (let run = 1; run <= runs; run++) {
      const b = await measure([CLI, "batch", "--as-of", asOf], file);
      const i = await measure([CLI, "impact", "--as-of", asOf, "--reform", reform, "--summary", join(dir, "summary.json")], file);
      batch.push(b.seconds);
      impact.push(i.seconds);
      ratios.push(i.seconds / b.seconds);
      batchPeaks.push(b.peakMb);
      impactPeaks.push(i.peakMb);
      say(`${size} households, run ${run}/${runs}: batch ${b.seconds.toFixed(2)} s (peak ${b.peakMb.toFixed(0)} MB), impact ${i.seconds.toFixed(2)} s (peak ${i.peakMb.toFixed(0)} MB), ratio ${(i.seconds / b.seconds).toFixed(2)}`);
    }
    const figures = { batch: spread(batch), impact: spread(impact), ratio: spread(ratios), batchPeak: spread(batchPeaks), impactPeak: spread(impactPeaks) };
    say(`${size} households:`);
    say(`  batch:          ${fmt(figures.batch, 2, "s")}, peak ${fmt(figures.batchPeak, 0, "MB")}`);
    say(`  impact:         ${fmt(figures.impact, 2, "s")}, peak ${fmt(figures.impactPeak, 0, "MB")} (target ≤ 250)`);
    say(`  impact / batch: ${fmt(figures.ratio, 2, "×")} wall (target ≤ 2.2)`);
    perSize.push({ households: size, batchSeconds: Number(figures.batch.median.toFixed(3)), impactSeconds: Number(figures.impact.median.toFixed(3)), impactOverBatch: Number(figures.ratio.median.toFixed(2)), impactPeakMb: Math.round(figures.impactPeak.max), batchPeakMb: Math.round(figures.batchPeak.max) });
    rmSync(file);
  }
  if (!keep) rmSync(dir, { recursive: true, force: true });
  say(JSON.stringify({ sizes: perSize }));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:impact failed: ${error instanceof Error ? error.message : String(error)}\n`);
  if (!keep) rmSync(dir, { recursive: true, force: true });
  process.exitCode = 1;
});
