/**
 * R9 rural housing renovation (农村危房改造), for a rural household as a whole whose house is graded C or
 * D (危房) and which is a dibao household, has a member supported dispersed, is monitored (脱贫不稳定户、
 * 边缘户), is a dibao-edge or rigid-expenditure household, has had a sudden income drop or expenditure
 * surge, or was lifted from poverty without ever having had rural housing support — `saim/art-38`, from
 * 2020-09-07 `cq-daily-2020-09/housing`, from 2023 `cq-housing-renovation-2023/targets` (INT-15). A house
 * not assessed gives no entry.
 */
import { citations, type EvaluationContext } from "../../facts/context.js";
import type { HouseholdFacts } from "../../facts/household-facts.js";
import type { AssistanceGroups, HouseholdGroup } from "./groups.js";
import { decideRoutes, groupReasons, referral, referralReason, type Route } from "./routes.js";
import type { AssistanceReferral } from "./section.js";

export const RURAL_RENOVATION_CLAUSES = ["saim/art-38", "cq-daily-2020-09/housing", "cq-housing-renovation-2023/targets"] as const;

/** Grades C and D are dangerous houses (危房), as the input contract defines `housing.dwellingSafety`. */
const DANGEROUS_GRADES = new Set(["C", "D"]);

const ROUTES: readonly Route[] = [["dibao"], ["dispersed-support"], ["monitored"], ["dibao-edge"], ["rigid-expenditure"], ["shock"], ["lifted-never-supported"]];

/** The household's rural housing-renovation referral, if any. */
export function ruralRenovationReferrals(facts: HouseholdFacts, ctx: EvaluationContext, groups: AssistanceGroups): AssistanceReferral[] {
  const { area, housing } = facts.household;
  const grade = housing?.dwellingSafety;
  if (area !== "rural" || grade == null || !DANGEROUS_GRADES.has(grade)) return [];
  const decision = decideRoutes(ROUTES, (group) => groups.household(group as HouseholdGroup));
  if (decision === undefined) return [];
  const clauses = citations(ctx, "citations.rural-housing-renovation");
  const dwelling = referralReason("assistance-referrals.rural-renovation.dwelling", "met", clauses, { area, dwellingSafety: grade });
  return [referral("rural-housing-renovation", null, decision, {}, [dwelling, ...groupReasons(decision, clauses)])];
}
