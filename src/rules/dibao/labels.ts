import type { Template } from "../messages.js";

/** What the dibao renderer prints besides its reasons. */
export interface DibaoLabels {
  readonly heading: string;
  /** The decision in one sentence, from the section's status, amounts and dates. */
  readonly status: Template;
}
