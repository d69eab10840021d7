/**
 * The `dibao` section (最低生活保障, 低保) of the determination: the household's status under R1 and R2,
 * its monthly amount with the classified top-ups of R5, and a gradual-exit window where one applies.
 */
import { z } from "zod";
import type { IsoDate } from "../../model/date.js";
import { dateOutSchema, moneyOutSchema, reasonSchema, type Reason } from "../../model/determination.js";
import type { MoneyString } from "../../model/money.js";
import { sectionRef } from "../programme.js";

export const DIBAO_STATUSES = ["eligible", "ineligible", "gradual-exit", "needs-review"] as const;
export type DibaoStatus = (typeof DIBAO_STATUSES)[number];

export const TOP_UP_CATEGORIES = ["severely-disabled", "serious-illness", "aged-70-plus", "preschool-child", "student", "disabled"] as const;
export type TopUpCategory = (typeof TOP_UP_CATEGORIES)[number];

export interface TopUp {
  readonly memberId: string;
  readonly amount: MoneyString;
  readonly categories: readonly TopUpCategory[];
}

export interface GradualExitWindow {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly rule: "current" | "legacy";
}

export interface DibaoSection {
  readonly status: DibaoStatus;
  readonly monthlyAmount: MoneyString | null;
  readonly baseAmount: MoneyString | null;
  readonly topUps: readonly TopUp[];
  readonly paymentStart: IsoDate | null;
  readonly stopFrom: IsoDate | null;
  readonly window: GradualExitWindow | null;
  readonly reasons: readonly Reason[];
}

/** The section's key and type, for the rules that read it. */
export const DIBAO = sectionRef<DibaoSection, "dibao">("dibao");

export const dibaoSectionSchema: z.ZodType<DibaoSection> = z.strictObject({
  status: z.enum(DIBAO_STATUSES).describe("eligible, ineligible, gradual-exit (渐退期) or needs-review."),
  monthlyAmount: moneyOutSchema.nullable().describe("Yuan a month paid to the household (base plus top-ups), or kept during a window."),
  baseAmount: moneyOutSchema.nullable().describe("Standard × counted members − total countable income."),
  topUps: z
    .array(
      z.strictObject({
        memberId: z.string(),
        amount: moneyOutSchema,
        categories: z.array(z.enum(TOP_UP_CATEGORIES)),
      }),
    )
    .describe("Classified top-ups (分类重点救助) per member."),
  paymentStart: dateOutSchema.nullable(),
  stopFrom: dateOutSchema.nullable().describe("For a current recipient who no longer qualifies: the first day without payment."),
  window: z
    .strictObject({ start: dateOutSchema, end: dateOutSchema, rule: z.enum(["current", "legacy"]) })
    .nullable()
    .describe("The gradual-exit window (渐退期), when one applies."),
  reasons: z.array(reasonSchema),
});
