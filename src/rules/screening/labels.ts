import type { Template } from "../messages.js";

/** What the screening renderer prints besides its reasons. */
export interface ScreeningLabels {
  readonly heading: string;
  /** A flag asks for verification and awards nothing. */
  readonly note: string;
  /** One category's result in one line, from `category` (1–5), `code` and `status`. */
  readonly entry: Template;
}
