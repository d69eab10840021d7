/**
 * `impact`'s work on each line, run where `batch` runs its own (worker threads or the main thread): the
 * household compared under the baseline and each reform step, as its output line, and counted into a
 * tally that travels to the main thread with each run of lines (plain data, merged there).
 */
import { impactComparer, tallyImpact } from "../impact/caseload.js";
import { emptyImpactTally, type ImpactTally } from "../impact/summary.js";
import type { ParameterOverride } from "../policy/parameters.js";
import type { LineTask } from "./batch-lines.js";

/** What the impact task is built from (plain data, as `workerData`). */
export interface ImpactTaskSpec {
  readonly asOf: string;
  readonly baselineAsOf: string;
  readonly reforms: readonly unknown[];
  readonly baseline?: unknown;
}

/** The impact task: each line's comparison, counted. The parameter sets are built once per thread. */
export function impactTask(spec: ImpactTaskSpec): LineTask {
  const comparer = impactComparer({ asOf: spec.asOf, baselineAsOf: spec.baselineAsOf, reform: spec.reforms as ParameterOverride[], baseline: spec.baseline as ParameterOverride | undefined });
  let tally = emptyImpactTally(comparer.steps);
  return {
    answer(value, line) {
      const impact = comparer.compare(value, line);
      tallyImpact(tally, impact);
      return JSON.stringify(impact);
    },
    take(): ImpactTally {
      const part = tally;
      tally = emptyImpactTally(comparer.steps);
      return part;
    },
  };
}
