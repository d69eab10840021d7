/**
 * The `lowIncome` section (低收入人口分层, contract v1.1): the two tiers the household's own figures decide,
 * R7a dibao-edge household (低保边缘家庭) and R7b rigid-expenditure hardship household (刚性支出困难家庭).
 */
import { z } from "zod";
import { reasonSchema, type Reason } from "../../model/determination.js";
import { sectionRef } from "../programme.js";

export const TIER_STATUSES = ["member", "not-member", "needs-review"] as const;
export type TierStatus = (typeof TIER_STATUSES)[number];

/** One tier: whether the household belongs to it, with every condition met or not as reasons. */
export interface TierResult {
  readonly status: TierStatus;
  readonly reasons: readonly Reason[];
}

export interface LowIncomeSection {
  readonly dibaoEdge: TierResult;
  readonly rigidExpenditure: TierResult;
}

/** The section's key and type, for the rules that read it (R9 reads both tiers). */
export const LOW_INCOME = sectionRef<LowIncomeSection, "lowIncome">("lowIncome");

const tierSchema = z.strictObject({ status: z.enum(TIER_STATUSES), reasons: z.array(reasonSchema) });

export const lowIncomeSchema: z.ZodType<LowIncomeSection> = z
  .strictObject({
    dibaoEdge: tierSchema.describe("R7a dibao-edge household (低保边缘家庭)."),
    rigidExpenditure: tierSchema.describe("R7b rigid-expenditure hardship household (刚性支出困难家庭)."),
  })
  .describe("Low-income tiers (低收入人口分层) decided from the household's figures.");
