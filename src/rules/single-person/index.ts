/** The single-person-household programme (单人户 / 分户): R3 refers members to apply for dibao alone. */
import { sameEntriesWithoutReasons } from "../compare.js";
import type { Programme } from "../programme.js";
import type { SinglePersonLabels } from "./labels.js";
import { en } from "./messages-en.js";
import { zhCN } from "./messages-zh-CN.js";
import { SINGLE_PERSON_REFERRALS, singlePersonReferralsSchema, type SinglePersonReferral } from "./section.js";
import { singlePersonHouseholdRule } from "./single-person-household.js";

export const singlePersonProgramme: Programme<readonly SinglePersonReferral[], SinglePersonLabels, "singlePersonReferrals"> = {
  section: SINGLE_PERSON_REFERRALS,
  title: "single-person-household referral",
  schema: singlePersonReferralsSchema,
  rules: [singlePersonHouseholdRule],
  empty: [],
  sameOutcome: sameEntriesWithoutReasons,
  messages: { "zh-CN": zhCN, en },
  render(referrals, out, labels) {
    out.heading(labels.heading);
    if (referrals.length === 0) {
      out.line(labels.none);
      return;
    }
    out.line(labels.applicationNote);
    for (const referral of referrals) {
      out.item(labels.entry({ memberId: referral.memberId, route: referral.route, status: referral.status, monthlyAmount: referral.monthlyAmount }));
      out.reasons(referral.reasons, 1);
    }
  },
};

export { SINGLE_PERSON_REFERRALS, referredMemberIds, type SinglePersonReferral, type ReferralRoute } from "./section.js";
