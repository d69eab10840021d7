/**
 * The `singlePersonReferrals` section (单人户 / 分户): members who may apply for dibao alone (R3), each by
 * the route that referred them, with the amount they would receive as a one-person household (INT-8).
 */
import { z } from "zod";
import { moneyOutSchema, reasonSchema, type Reason } from "../../model/determination.js";
import type { MoneyString } from "../../model/money.js";
import { sectionRef } from "../programme.js";

export const REFERRAL_ROUTES = ["registered-poor", "near-dibao", "adult-severe-disability"] as const;
export type ReferralRoute = (typeof REFERRAL_ROUTES)[number];

export interface SinglePersonReferral {
  readonly memberId: string;
  readonly route: ReferralRoute;
  readonly status: "refer" | "needs-review";
  readonly monthlyAmount: MoneyString | null;
  readonly reasons: readonly Reason[];
}

/** The section's key and type, for the rules that read it. */
export const SINGLE_PERSON_REFERRALS = sectionRef<readonly SinglePersonReferral[], "singlePersonReferrals">("singlePersonReferrals");

export const singlePersonReferralsSchema: z.ZodType<readonly SinglePersonReferral[]> = z
  .array(
    z.strictObject({
      memberId: z.string(),
      route: z.enum(REFERRAL_ROUTES),
      status: z.enum(["refer", "needs-review"]),
      monthlyAmount: moneyOutSchema.nullable(),
      reasons: z.array(reasonSchema),
    }),
  )
  .describe("Members referred to apply for dibao as single-person households (单人户); a referral, not an award.");

/** The ids of members referred alone (status `refer`): what R4, R6 and later programmes read of the section. */
export function referredMemberIds(referrals: readonly SinglePersonReferral[] | undefined): ReadonlySet<string> {
  return new Set((referrals ?? []).filter((referral) => referral.status === "refer").map((referral) => referral.memberId));
}
