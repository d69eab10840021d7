/**
 * Chongqing (`CN-CQ`) parameters. Published amounts are stored as published, never derived. Every value
 * names its source id (`policy/sources.yaml`) and whether its start date is stated (`verified`) or our
 * estimate (`estimated`).
 *
 * This is the Chongqing layer: the city's standards, top-ups, care subsidy, gradual-exit rule, the dates
 * from which its own rules apply and its statistics. The shipped set is this layer composed on the
 * national layer (`national.ts`), which holds what the national measures fix.
 *
 * The series are data (issue 23): the `chongqing` sections of each programme's `parameters.yaml` beside
 * its rules and of `src/policy/shared-parameters.yaml`, generated into `parameters.generated.ts`.
 */
import { composeLayers } from "./layers.js";
import { NATIONAL_PARAMETERS } from "./national.js";
import { CHONGQING_SERIES } from "./parameters.generated.js";
import type { ParameterSetData } from "./parameter-types.js";

export { CHONGQING_SERIES };

/** The shipped Chongqing parameter set: the Chongqing layer composed on the national layer. */
export const CHONGQING_PARAMETERS: ParameterSetData = composeLayers(NATIONAL_PARAMETERS, {
  id: "CN-CQ",
  jurisdiction: "CN-CQ",
  description: "Chongqing municipality: dibao and extreme-poverty standards, classified top-ups, care subsidy, gradual exit and single-person-household rules",
  series: CHONGQING_SERIES,
});
