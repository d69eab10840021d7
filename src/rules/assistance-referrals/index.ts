/**
 * The specialised-assistance referrals programme (专项救助转介): R9 refers members or the household to
 * education, medical and housing assistance and rural housing renovation, naming the groups that qualify
 * them and the office a referral goes to. No amounts.
 */
import { sameEntriesWithoutReasons } from "../compare.js";
import type { Programme } from "../programme.js";
import { assistanceReferralsRule } from "./assistance-referrals.js";
import type { AssistanceReferralsLabels } from "./labels.js";
import { en } from "./messages-en.js";
import { zhCN } from "./messages-zh-CN.js";
import { ASSISTANCE_REFERRALS, assistanceReferralsSchema, type AssistanceReferral } from "./section.js";

export const assistanceReferralsProgramme: Programme<readonly AssistanceReferral[], AssistanceReferralsLabels, "assistanceReferrals"> = {
  section: ASSISTANCE_REFERRALS,
  title: "specialised assistance referrals",
  schema: assistanceReferralsSchema,
  rules: [assistanceReferralsRule],
  empty: [],
  sameOutcome: sameEntriesWithoutReasons,
  messages: { "zh-CN": zhCN, en },
  render(entries, out, labels) {
    out.heading(labels.heading);
    out.line(labels.note);
    if (entries.length === 0) {
      out.line(labels.none);
      return;
    }
    // Programmes in the order their entries come (the section is sorted by programme).
    for (const programme of [...new Set(entries.map((entry) => entry.programme))]) {
      out.item(labels.programme({ programme }));
      for (const entry of entries) {
        if (entry.programme !== programme) continue;
        out.item(
          labels.entry({
            programme,
            memberId: entry.memberId,
            status: entry.status,
            groups: entry.groups,
            pendingGroups: entry.pendingGroups,
            monitoring: entry.values.monitoring ?? null,
            form: entry.values.form ?? null,
          }),
          1,
        );
        out.reasons(entry.reasons, 2);
      }
    }
  },
};

export { ASSISTANCE_REFERRALS, type AssistanceReferral, type AssistanceGroup, type AssistanceProgramme } from "./section.js";
export { assistanceGroups, type AssistanceGroups, type GroupFinding, type HouseholdGroup } from "./groups.js";
