import type { Template } from "../messages.js";

/** What one programme is, in the renderer's language: its name, the office a referral goes to, what it offers. */
export interface AssistanceProgrammeText {
  readonly name: string;
  /** The office that takes the referral (教育, 医疗保障, 住房城乡建设部门). */
  readonly office: string;
  /** What the programme offers, in the words of its clauses. */
  readonly offer: string;
}

/** What the assistance-referrals renderer prints besides its reasons. */
export interface AssistanceReferralsLabels {
  readonly heading: string;
  /** No amounts: the library holds no Chongqing figures for these programmes; who confirms the groups (civil affairs). */
  readonly note: string;
  /** When no member or household is referred. */
  readonly none: string;
  readonly programmes: Readonly<Record<string, AssistanceProgrammeText>>;
  /** A programme's line, from `programme` (its name, office and offer are looked up). */
  readonly programme: Template;
  /** One entry, from `programme`, `memberId`, `status`, `groups`, `pendingGroups`, `monitoring`, `form`. */
  readonly entry: Template;
}
