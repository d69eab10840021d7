/**
 * The national layer (`CN`): the figures, lists and in-force dates that national measures fix for every
 * city — the income kinds not counted (`mlg-review-2021/art-13`, `shp-identification-2021/art-6`), the
 * ages and disability grades of "no capacity to work" (`shp-identification-2021/art-5`), continuation
 * (`art-24`), the supporter cases (`art-8`), the self-care tiers (`art-22`), the near-dibao line of 1.5 ×
 * the standard (`mlg-review-2021/art-8`, `backstop-notice-2022/1-4`), the adult severe-disability route
 * (`backstop-notice-2022/1-1`) and the rigid-expenditure tier (`rigid-expenditure-2025/art-4`).
 *
 * It holds no standard, top-up, care subsidy or gradual-exit bound: those are local. A city's layer is
 * composed on top of it (`chongqing.ts`); a caller's city can start from it with `base: "CN"`.
 * National constants are held from 2018-01-01, the first date the library holds any value; a value that
 * changed with a measure starts on that measure's date.
 *
 * The series are data (issue 23): the `national` sections of each programme's `parameters.yaml` beside
 * its rules and of `src/policy/shared-parameters.yaml`, generated into `parameters.generated.ts`.
 */
import { NATIONAL_SERIES } from "./parameters.generated.js";
import type { ParameterSetData } from "./parameter-types.js";

export { NATIONAL_SERIES };

/** The national layer as a set: a base for a city's own set (`base: "CN"`), not a set to assess a household with. */
export const NATIONAL_PARAMETERS: ParameterSetData = {
  id: "CN",
  jurisdiction: "CN",
  description: "National layer: the figures, lists and dates fixed by national measures; a city's set adds its standards, top-ups, care subsidy and local rules",
  series: NATIONAL_SERIES,
};
