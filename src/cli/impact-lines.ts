/**
 * `impact`'s work on each line, run where `batch` runs its own (worker threads or the main thread): the
 * household compared under the baseline and each reform step, as its output line, and counted into a
 * tally that travels to the main thread with each run of lines (plain data, merged there).
 */
import { impactComparer, tallyImpact } from "../impact/caseload.js";
import { emptyImpactTally, type ImpactTally } from "../impact/summary.js";
import { worstSelection, type Ranked } from "../audit/worst.js";
import type { ParameterOverride } from "../policy/parameters.js";
import type { LineTask } from "./batch-lines.js";

/** What the impact task is built from (plain data, as `workerData`). */
export interface ImpactTaskSpec {
  readonly asOf: string;
  readonly baselineAsOf: string;
  readonly reforms: readonly unknown[];
  readonly baseline?: unknown;
  /** For `--report`: how many households with the largest changes each thread keeps (0: none). */
  readonly keep?: number;
}

/** A household the report may show: the size of its whole-reform change, and its line to decide again. */
export interface LargestCandidate extends Ranked {
  readonly text: string;
}

/** What travels to the main thread with each run of lines. */
export interface ImpactPart {
  readonly tally: ImpactTally;
  readonly largest: readonly LargestCandidate[];
}

/** The impact task: each line's comparison, counted. The parameter sets are built once per thread. */
export function impactTask(spec: ImpactTaskSpec): LineTask {
  const comparer = impactComparer({ asOf: spec.asOf, baselineAsOf: spec.baselineAsOf, reform: spec.reforms as ParameterOverride[], baseline: spec.baseline as ParameterOverride | undefined });
  let tally = emptyImpactTally(comparer.steps);
  const keep = spec.keep ?? 0;
  let largest = worstSelection<LargestCandidate>(keep);
  return {
    answer(value, line) {
      const impact = comparer.compare(value, line);
      tallyImpact(tally, impact);
      const difference = impact.steps[impact.steps.length - 1]?.total.difference ?? "0.00";
      // Only households whose amount changed; the largest change first, then the earlier line.
      if (keep > 0 && !/^-?0+\.00$/.test(difference)) largest.offer({ stake: difference.replace(/^-/, ""), findings: 0, line, text: JSON.stringify(value) });
      return JSON.stringify(impact);
    },
    take(): ImpactPart {
      const part = { tally, largest: largest.sorted() };
      tally = emptyImpactTally(comparer.steps);
      largest = worstSelection<LargestCandidate>(keep);
      return part;
    },
  };
}
