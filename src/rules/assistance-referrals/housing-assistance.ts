/**
 * R9 housing assistance (住房救助), for an urban household as a whole: one that has applied for housing
 * security (提出住房保障申请) and is a dibao household or has a member supported dispersed (分散供养的特困人员)
 * is referred for public rental housing or a rental subsidy (实物配租或租赁补贴) — `saim/art-37`,
 * `saim/art-38`, `housing-notice-2014/targets`, from 2020-09-07 also `cq-daily-2020-09/housing`. Without an
 * application there is no entry: only the household can apply.
 */
import { citations, type EvaluationContext } from "../../facts/context.js";
import type { HouseholdFacts } from "../../facts/household-facts.js";
import type { AssistanceGroups } from "./groups.js";
import { decideRoutes, groupReasons, referral, referralReason, type Route } from "./routes.js";
import type { AssistanceReferral } from "./section.js";

export const HOUSING_CLAUSES = ["saim/art-37", "saim/art-38", "housing-notice-2014/targets", "cq-daily-2020-09/housing"] as const;

/** "The household is dibao" means R1 eligible or an R2 window, not a member referred alone. */
const ROUTES: readonly Route[] = [["dibao"], ["dispersed-support"]];

/** 实物配租或租赁补贴: the form of urban housing assistance (`saim/art-38`, `housing-notice-2014/targets`). */
export const URBAN_HOUSING_FORM = "public-rental-or-subsidy";

/** The household's housing-assistance referral, if any. */
export function housingReferrals(facts: HouseholdFacts, ctx: EvaluationContext, groups: AssistanceGroups): AssistanceReferral[] {
  const { area, housing } = facts.household;
  if (area !== "urban" || housing?.securityApplied !== true) return [];
  const decision = decideRoutes(ROUTES, (group) => groups.household(group as "dibao" | "dispersed-support"));
  if (decision === undefined) return [];
  const clauses = citations(ctx, "citations.housing-assistance");
  const application = referralReason("assistance-referrals.housing.application", "met", clauses, { area, securityApplied: true });
  return [referral("housing-assistance", null, decision, { form: URBAN_HOUSING_FORM }, [application, ...groupReasons(decision, clauses)])];
}
