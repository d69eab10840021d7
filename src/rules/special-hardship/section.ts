/**
 * The `specialHardship` section (特困人员救助供养): one entry per counted member under R4, with the basic
 * standard and the care subsidy of the person's self-care tier when eligible.
 */
import { z } from "zod";
import type { IsoDate } from "../../model/date.js";
import { dateOutSchema, moneyOutSchema, reasonSchema, type Reason } from "../../model/determination.js";
import type { MoneyString } from "../../model/money.js";
import { sectionRef } from "../programme.js";

export const CARE_TIERS = ["self-care", "partial", "full"] as const;
export type CareTier = (typeof CARE_TIERS)[number];

export interface SpecialHardshipEntry {
  readonly memberId: string;
  readonly status: "eligible" | "ineligible" | "needs-review";
  readonly basicMonthly: MoneyString | null;
  readonly careMonthly: MoneyString | null;
  readonly careTier: CareTier | null;
  readonly supportStart: IsoDate | null;
  readonly reasons: readonly Reason[];
}

/** The section's key and type, for the rules that read it. */
export const SPECIAL_HARDSHIP = sectionRef<readonly SpecialHardshipEntry[], "specialHardship">("specialHardship");

export const specialHardshipSchema: z.ZodType<readonly SpecialHardshipEntry[]> = z
  .array(
    z.strictObject({
      memberId: z.string(),
      status: z.enum(["eligible", "ineligible", "needs-review"]),
      basicMonthly: moneyOutSchema.nullable(),
      careMonthly: moneyOutSchema.nullable(),
      careTier: z.enum(CARE_TIERS).nullable(),
      supportStart: dateOutSchema.nullable(),
      reasons: z.array(reasonSchema),
    }),
  )
  .describe("Extreme-poverty support (特困人员救助供养), one entry per counted member.");
