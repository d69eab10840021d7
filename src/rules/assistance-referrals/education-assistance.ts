/**
 * R9 education assistance (教育救助), per counted member: a member in school (`schooling` other than
 * `none`) who is in dibao, extreme-poverty support, a registered-poor household or an orphan, or whose
 * household is a dibao-edge or rigid-expenditure household (残疾困难学生 and 其他家庭经济困难学生), and a
 * disabled child of compulsory-school age out of school in dibao or extreme-poverty support (`saim/art-33`
 * second sentence: 不能入学接受义务教育的残疾儿童). Cites `saim/art-33`, from 2020-09-07 also
 * `cq-daily-2020-09/education`, and for a general senior-high student `cq-education-2016/high-school-fee-waiver`.
 */
import type { Reason } from "../../model/determination.js";
import { citations, integerParameter, type EvaluationContext } from "../../facts/context.js";
import type { HouseholdFacts, MemberFacts } from "../../facts/household-facts.js";
import type { AssistanceGroups } from "./groups.js";
import { decideRoutes, groupReasons, referral, referralReason, type Route } from "./routes.js";
import type { AssistanceReferral } from "./section.js";

export const EDUCATION_CLAUSES = ["saim/art-33", "cq-daily-2020-09/education", "cq-education-2016/high-school-fee-waiver"] as const;

/** A member in school: 城乡低保、特困救助、建档立卡、孤儿、残疾困难学生和其他家庭经济困难学生. */
const STUDENT_ROUTES: readonly Route[] = [
  ["dibao"],
  ["special-hardship"],
  ["registered-poor"],
  ["orphan"],
  ["disabled", "dibao-edge"],
  ["disabled", "rigid-expenditure"],
  ["dibao-edge"],
  ["rigid-expenditure"],
];

/** A disabled child who cannot attend compulsory education, in dibao or extreme-poverty support (saim/art-33). */
const OUT_OF_SCHOOL_ROUTES: readonly Route[] = [
  ["dibao", "disabled"],
  ["special-hardship", "disabled"],
];

/** The route list and the reason for the member's schooling, or `undefined` when no route can apply. */
function condition(person: MemberFacts, ctx: EvaluationContext, clauses: readonly string[]): { routes: readonly Route[]; reason: () => Reason } | undefined {
  const memberId = person.member.id;
  const schooling = person.member.schooling ?? "none";
  if (schooling !== "none") {
    return { routes: STUDENT_ROUTES, reason: () => referralReason("assistance-referrals.education.schooling", "met", clauses, { memberId, schooling }) };
  }
  const disability = person.member.disability;
  if (disability == null) return undefined;
  const minAge = integerParameter(ctx, "education-assistance.disabled-child.min-age");
  const maxAge = integerParameter(ctx, "education-assistance.disabled-child.max-age");
  if (person.age < minAge || person.age > maxAge) return undefined;
  return {
    routes: OUT_OF_SCHOOL_ROUTES,
    reason: () => {
      const reason = referralReason("assistance-referrals.education.out-of-school-disabled-child", "met", clauses, {
        memberId,
        age: person.age,
        minAge,
        maxAge,
        disabilityCategory: disability.category,
        disabilityGrade: disability.grade,
      });
      // INT-1 decided the age on the eve of a 29 February birthday.
      return person.leapDayEve ? { ...reason, interpretations: [...reason.interpretations, "INT-1"] } : reason;
    },
  };
}

/** Education-assistance referrals of the counted members, in member order. */
export function educationReferrals(facts: HouseholdFacts, ctx: EvaluationContext, groups: AssistanceGroups): AssistanceReferral[] {
  const programmeClauses = citations(ctx, "citations.education-assistance");
  const entries: AssistanceReferral[] = [];
  for (const person of facts.counted) {
    // The senior-high fee waiver (普通高中免学费) is cited for general senior-high students only.
    const clauses = person.member.schooling === "high-school" ? [...programmeClauses, ...citations(ctx, "citations.education-assistance.high-school")] : programmeClauses;
    const found = condition(person, ctx, clauses);
    if (found === undefined) continue;
    const decision = decideRoutes(found.routes, (group) => groups.member(person, group));
    if (decision === undefined) continue;
    entries.push(referral("education-assistance", person.member.id, decision, {}, [found.reason(), ...groupReasons(decision, clauses)]));
  }
  return entries;
}
