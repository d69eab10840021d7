/**
 * R9 Specialised assistance referrals (专项救助转介): which members (or the household) to refer to education,
 * medical and housing assistance and rural housing renovation, through which groups, on what authority.
 * The groups are worked out once (`groups.ts`) from the sections R1–R7 decided and `status`; each
 * programme reads them. No amounts: the library holds no reliable Chongqing figures for these programmes.
 */
import type { RuleModule, RulePatch } from "../rule.js";
import { EDUCATION_CLAUSES, educationReferrals } from "./education-assistance.js";
import { assistanceGroups } from "./groups.js";
import { HOUSING_CLAUSES, housingReferrals } from "./housing-assistance.js";
import { MEDICAL_CLAUSES, medicalReferrals } from "./medical-assistance.js";
import { RURAL_RENOVATION_CLAUSES, ruralRenovationReferrals } from "./rural-housing-renovation.js";
import type { AssistanceReferral } from "./section.js";

export const ASSISTANCE_REFERRAL_CLAUSES = [...new Set<string>([...EDUCATION_CLAUSES, ...MEDICAL_CLAUSES, ...HOUSING_CLAUSES, ...RURAL_RENOVATION_CLAUSES])];

/** Entries in programme order (education, medical, housing, rural renovation), then member order, household entries first. */
export const assistanceReferralsRule: RuleModule<readonly AssistanceReferral[]> = {
  id: "R9",
  title: "specialised assistance referrals",
  clauses: ASSISTANCE_REFERRAL_CLAUSES,
  apply(facts, ctx, draft): RulePatch<readonly AssistanceReferral[]> {
    const groups = assistanceGroups(facts, ctx, draft);
    return {
      section: [...educationReferrals(facts, ctx, groups), ...medicalReferrals(facts, ctx, groups), ...housingReferrals(facts, ctx, groups), ...ruralRenovationReferrals(facts, ctx, groups)],
    };
  },
};
