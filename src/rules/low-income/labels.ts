import type { Template } from "../messages.js";

/** What the low-income renderer prints besides its reasons. */
export interface LowIncomeLabels {
  readonly heading: string;
  /** What a tier is for: identification for assistance, decided from the figures below. */
  readonly note: string;
  /** One tier's result in one line, from `tier` ("dibao-edge" / "rigid-expenditure") and `status`. */
  readonly tier: Template;
}
