import type { Template } from "../messages.js";

/** What the single-person renderer prints besides its reasons. */
export interface SinglePersonLabels {
  readonly heading: string;
  /** When no member is referred. */
  readonly none: string;
  /** A referral takes the person's own application (经本人申请). */
  readonly applicationNote: string;
  readonly entry: Template;
}
