/**
 * R6 Coordination (衔接): a member eligible for extreme-poverty support who also belongs to a household
 * eligible for dibao, or is referred alone, is reported under both, with a warning naming them — the
 * schemes must be coordinated and the choice is the caseworker's (`saim/art-15`).
 */
import type { RuleModule, RulePatch } from "../rule.js";

export const COORDINATION_CLAUSES = ["saim/art-15"] as const;

export const coordinationRule: RuleModule = {
  id: "R6",
  title: "coordination of extreme-poverty support with dibao",
  clauses: COORDINATION_CLAUSES,
  apply(_facts, _ctx, draft): RulePatch {
    const householdEligible = draft.dibao?.status === "eligible";
    const referred = new Set(draft.singlePersonReferrals.filter((referral) => referral.status === "refer").map((referral) => referral.memberId));
    const memberIds = draft.specialHardship
      .filter((entry) => entry.status === "eligible" && (householdEligible || referred.has(entry.memberId)))
      .map((entry) => entry.memberId);
    return memberIds.length === 0 ? {} : { warnings: [{ code: "W-OVERLAP-SPECIAL-HARDSHIP-DIBAO", memberIds }] };
  },
};
