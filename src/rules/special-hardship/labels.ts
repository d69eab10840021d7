import type { Template } from "../messages.js";

/** What the extreme-poverty renderer prints besides its reasons. */
export interface SpecialHardshipLabels {
  readonly heading: string;
  readonly entry: Template;
}
