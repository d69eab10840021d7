/**
 * The `screening` section (五类人群摸排, contract v1.1): the five categories of the 2020 campaign, always
 * five entries in category order. A flag asks a caseworker to verify; it awards nothing.
 */
import { z } from "zod";
import { reasonSchema, type Reason } from "../../model/determination.js";
import { sectionRef } from "../programme.js";

/** The five categories, in the report's order (`cq-daily-2020-09/five-categories`). */
export const SCREENING_CATEGORIES = [
  "registered-poor-uncovered",
  "epidemic-backstop",
  "potential-recipient",
  "rural-covered-with-difficulties",
  "exited-needs-return",
] as const;
export type ScreeningCategory = (typeof SCREENING_CATEGORIES)[number];

export const SCREENING_STATUSES = ["flag", "no", "unknown"] as const;
export type ScreeningStatus = (typeof SCREENING_STATUSES)[number];

export interface ScreeningEntry {
  /** 1 to 5, the category's place in the report's list. */
  readonly category: number;
  readonly code: ScreeningCategory;
  readonly status: ScreeningStatus;
  readonly reasons: readonly Reason[];
}

/** The section's key and type, for the rules that read it. */
export const SCREENING = sectionRef<readonly ScreeningEntry[], "screening">("screening");

export const screeningSchema: z.ZodType<readonly ScreeningEntry[]> = z
  .array(
    z.strictObject({
      category: z.number().int().min(1).max(5),
      code: z.enum(SCREENING_CATEGORIES),
      status: z.enum(SCREENING_STATUSES),
      reasons: z.array(reasonSchema),
    }),
  )
  .length(5)
  .describe("Five-category screening (五类人群摸排): flag means verify, never an award.");
