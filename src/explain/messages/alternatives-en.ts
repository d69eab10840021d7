/** English prose of W-INTERPRETATION's alternatives: what each interpretation reads, and what the other reading would have decided. */
import type { AlternativeTexts } from "../types.js";

const amount = (value: string | null): string => (value === null ? "" : `, ${value} yuan a month`);
/** The entry a change is about: a low-income tier, a single-person route, a referral programme or a screening category. */
const ITEM: Record<string, string> = {
  "registered-poor": "registered poor",
  "near-dibao": "near-dibao household",
  "adult-severe-disability": "adult severely disabled, not employed",
  dibaoEdge: "dibao-edge household",
  rigidExpenditure: "rigid-expenditure hardship household",
  "education-assistance": "education assistance",
  "medical-assistance": "medical assistance",
  "housing-assistance": "housing assistance",
  "rural-housing-renovation": "rural housing renovation",
  "registered-poor-uncovered": "registered poor not covered by backstop support",
  "epidemic-backstop": "backstop support needed because of the epidemic",
  "potential-recipient": "potential recipient",
  "rural-covered-with-difficulties": "rural recipients with difficulties",
  "exited-needs-return": "left backstop support, may need to return",
};

export const alternativesEn: AlternativeTexts = {
  readings: {
    "INT-1": { reads: "someone born on 29 February turns a year older on 1 March of a common year", other: "they turn a year older on 28 February" },
    "INT-3": {
      reads: "the residents' basic pension stays out of dibao income outside 2021-07-01 … 2025-12-31",
      other: "the basic pension counts as income outside that span",
    },
    "INT-4": {
      reads: "deductions never take a member's countable income below 0 and do not reduce other members' income",
      other: "a member's deductions beyond their own income offset other members' income, the household total never going below 0",
    },
    "INT-5": {
      reads: "per-capita income exactly equal to the standard (not below it, not above it) gets a gradual-exit window",
      other: "income exactly at the standard gets no window, the report saying 超过 (above)",
    },
    "INT-9": {
      reads: "new extreme-poverty support on age alone needs age under 16; support already held continues to 18",
      other: "new support on age alone is open under 18",
    },
    "INT-10": { reads: "a preschool child (学龄前儿童) is a child under 6 not in school", other: "only a child whose schooling is given gets the top-up; age alone gives none" },
    "INT-11": {
      reads: "social-assistance payments are not the person's own income for the extreme-poverty livelihood test",
      other: "social-assistance payments count as the person's own income for that test",
    },
    "INT-12": {
      reads: "a member's legal supporters include the household members who owe them a duty (spouse; parents of a minor or of an adult who cannot live independently; adult children of a parent)",
      other: "only the listed supporters count",
    },
    // The audit's (R12); a determination never names it, but every switchable reading is worded.
    "INT-24": {
      reads: "a dibao household whose review category is not given is stable when no counted member is able to work",
      other: "a review category not given is unknown wherever it decides",
    },
  },
  statuses: {
    eligible: "eligible",
    ineligible: "not eligible",
    "needs-review": "needs review",
    "gradual-exit": "gradual-exit window",
    refer: "referred",
    member: "member",
    "not-member": "not a member",
    flag: "flagged",
    no: "not flagged",
    unknown: "unknown",
    none: "no entry",
  },
  change: (c) =>
    `${c.section}${c.memberId === null ? "" : `, ${c.memberId}`}${c.item === null ? "" : ` (${ITEM[c.item] ?? c.item})`}: ${c.alternativeStatus}${amount(c.alternativeAmount)} instead of ${c.status}${amount(c.amount)}`,
  sentence: (id, reads, other, changes) =>
    `${id}: this determination reads that ${reads ?? "—"}. The other reading (${other ?? "—"}) would have decided ${changes.length === 0 ? "otherwise" : changes.join("; ")}.`,
};
