/**
 * Whether two drafts decided the same, leaving out their reasons: what W-INTERPRETATION compares between
 * a household decided under the interpretations in force and under one alternative reading. Each
 * programme says how its own section compares.
 */
import { PROGRAMMES, type Draft } from "../rules/index.js";

export { sameValue } from "../rules/compare.js";

/** True when every programme's section decided the same in both drafts (statuses, amounts, dates). */
export function sameOutcome(a: Draft, b: Draft): boolean {
  for (const programme of PROGRAMMES) {
    const left = a.get(programme.section.key) ?? programme.empty;
    const right = b.get(programme.section.key) ?? programme.empty;
    if (left === undefined || right === undefined) {
      if (left !== right) return false;
      continue;
    }
    if (!(programme.sameOutcome as (x: unknown, y: unknown) => boolean)(left, right)) return false;
  }
  return true;
}
