/**
 * The five-category screening programme (五类人群摸排, `cq-daily-2020-09/five-categories`): R8 flags the
 * household, category by category, for a caseworker to verify. A flag awards nothing.
 */
import { sameEntriesWithoutReasons } from "../compare.js";
import type { Programme } from "../programme.js";
import { fiveCategoryScreeningRule } from "./five-category-screening.js";
import type { ScreeningLabels } from "./labels.js";
import { en } from "./messages-en.js";
import { zhCN } from "./messages-zh-CN.js";
import { SCREENING, screeningSchema, type ScreeningEntry } from "./section.js";

export const screeningProgramme: Programme<readonly ScreeningEntry[], ScreeningLabels, "screening"> = {
  section: SCREENING,
  title: "five-category screening",
  schema: screeningSchema,
  rules: [fiveCategoryScreeningRule],
  empty: undefined,
  sameOutcome: sameEntriesWithoutReasons,
  messages: { "zh-CN": zhCN, en },
  render(entries, out, labels) {
    out.heading(labels.heading);
    out.line(labels.note);
    for (const entry of entries) {
      out.item(labels.entry({ category: entry.category, code: entry.code, status: entry.status }));
      out.reasons(entry.reasons, 1);
    }
  },
};

export { SCREENING, SCREENING_CATEGORIES, type ScreeningEntry, type ScreeningCategory, type ScreeningStatus } from "./section.js";
