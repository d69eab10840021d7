/**
 * R6 Coordination (衔接): a member eligible for extreme-poverty support who also belongs to a household
 * eligible for dibao, or is referred alone, is reported under both, with a warning naming them — the
 * schemes must be coordinated and the choice is the caseworker's (`saim/art-15`).
 */
import { DIBAO } from "../dibao/section.js";
import { readSection } from "../programme.js";
import type { RuleModule, RulePatch } from "../rule.js";
import { referredMemberIds, SINGLE_PERSON_REFERRALS } from "../single-person/section.js";
import { SPECIAL_HARDSHIP, type SpecialHardshipEntry } from "./section.js";

export const COORDINATION_CLAUSES = ["saim/art-15"] as const;

export const coordinationRule: RuleModule<readonly SpecialHardshipEntry[]> = {
  id: "R6",
  title: "coordination of extreme-poverty support with dibao",
  clauses: COORDINATION_CLAUSES,
  apply(_facts, _ctx, draft): RulePatch<readonly SpecialHardshipEntry[]> {
    const householdEligible = readSection(draft, DIBAO)?.status === "eligible";
    const referred = referredMemberIds(readSection(draft, SINGLE_PERSON_REFERRALS));
    const memberIds = (readSection(draft, SPECIAL_HARDSHIP) ?? [])
      .filter((entry) => entry.status === "eligible" && (householdEligible || referred.has(entry.memberId)))
      .map((entry) => entry.memberId);
    return memberIds.length === 0 ? {} : { warnings: [{ code: "W-OVERLAP-SPECIAL-HARDSHIP-DIBAO", memberIds }] };
  },
};
