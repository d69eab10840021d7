/**
 * The parameter sets of an impact run: the baseline (the shipped set, or the shipped set with a baseline
 * override) and one set per reform step, each the previous with the next reform file applied (A, A + B, …).
 * Compiled once per jurisdiction; validated before the first household, so a bad reform file stops the
 * run with every problem listed by path (`reform[1].series.dibao.standard.urbn`).
 */
import { InvalidOptionsError } from "../model/errors.js";
import { applyOverride, compileParameterSet, shippedParameterSet, type CompiledParameterSet, type ParameterSetData } from "../policy/parameters.js";

export interface ImpactParameterSets {
  readonly baseline: CompiledParameterSet;
  /** One per reform step, stacked. */
  readonly steps: readonly CompiledParameterSet[];
}

/** The jurisdiction the sets are checked against before any household (the only one that ships in v1). */
export const DEFAULT_JURISDICTION = "CN-CQ";

/** Builds the baseline and the stacked steps on the shipped set of `jurisdiction`. Throws {@link InvalidOptionsError}. */
export function impactParameterSets(jurisdiction: string, baseline: unknown, reforms: readonly unknown[]): ImpactParameterSets {
  const shipped = shippedParameterSet(jurisdiction)?.data;
  if (shipped === undefined && (baseline === undefined || baseline === null)) {
    throw new InvalidOptionsError([{ path: "jurisdiction", message: `no parameter set ships for "${jurisdiction}"; give a baseline override with its own base` }]);
  }
  let data: ParameterSetData | undefined = baseline === undefined || baseline === null ? shipped : applyOverride(shipped, baseline, ["baseline"]);
  const baselineSet = compileParameterSet(data, ["baseline"]);
  const steps: CompiledParameterSet[] = [];
  reforms.forEach((reform, index) => {
    data = applyOverride(data, reform, ["reform", index]);
    steps.push(compileParameterSet(data, ["reform", index]));
  });
  return { baseline: baselineSet, steps };
}

/** The sets per jurisdiction, built on first use; an error for one jurisdiction is remembered and thrown again for it. */
export function parameterSetsByJurisdiction(baseline: unknown, reforms: readonly unknown[]): (jurisdiction: string) => ImpactParameterSets {
  const built = new Map<string, ImpactParameterSets | InvalidOptionsError>();
  return (jurisdiction) => {
    let sets = built.get(jurisdiction);
    if (sets === undefined) {
      try {
        sets = impactParameterSets(jurisdiction, baseline, reforms);
      } catch (error) {
        if (!(error instanceof InvalidOptionsError)) throw error;
        sets = error;
      }
      built.set(jurisdiction, sets);
    }
    if (sets instanceof InvalidOptionsError) throw sets;
    return sets;
  };
}
