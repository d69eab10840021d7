/** English explanations: five-category screening (五类人群摸排). */
import type { ReasonMessages, Values } from "../messages.js";
import type { ProgrammeMessages } from "../programme.js";
import { s, name, REGISTRATION } from "../text/en.js";
import type { ScreeningLabels } from "./labels.js";

/** The five categories, after the report's words (`cq-daily-2020-09/five-categories`). */
const CATEGORY_WORDS: Record<string, string> = {
  "registered-poor-uncovered": "registered poor not yet lifted, unstably lifted or at the edge of poverty, and not covered by backstop support",
  "epidemic-backstop": "people who need backstop support because of the epidemic",
  "potential-recipient":
    "potential recipients whose income fell or spending rose suddenly through illness, disaster, the epidemic or the like, who do not qualify for assistance but are in some difficulty",
  "rural-covered-with-difficulties": "rural dibao recipients and dispersed extreme-poverty persons outside the poverty register, with housing, medical or education difficulties",
  "exited-needs-return": "people who left backstop support and, hit by the epidemic, may need to be covered again",
};
const STATUS: Record<string, string> = { flag: "flagged: verify at once", no: "no", unknown: "not known: facts missing" };
const DIFFICULTY: Record<string, string> = { housing: "housing", medical: "medical care", education: "education" };
const CAUSE: Record<string, string> = { illness: "illness", disaster: "disaster", epidemic: "the epidemic", accident: "an accident", other: "another cause" };

const ids = (value: unknown): string => (Array.isArray(value) && value.length > 0 ? value.join(", ") : "");
const named = (value: unknown, names: Record<string, string>): string => (Array.isArray(value) ? value.map((item) => names[String(item)] ?? String(item)).join(", ") : s(value));
/** The look-back window, always after "between": "between 2021-12-15 and 2022-12-15". */
const span = (v: Values): string => `${s(v.windowFrom)} and ${s(v.windowTo)}`;
const noShocks = "Whether the household's income fell or spending rose suddenly is not given.";

function covered(v: Values): string {
  const parts: string[] = [];
  if (v.dibaoRecipient === true) parts.push("receives dibao");
  if (ids(v.supportedMemberIds) !== "") parts.push(`${ids(v.supportedMemberIds)} supported as extreme-poverty persons`);
  return parts.join("; ");
}

function qualifying(v: Values): string {
  const parts: string[] = [];
  if (v.dibaoStatus === "eligible") parts.push("eligible for dibao");
  if (ids(v.referredMemberIds) !== "") parts.push(`${ids(v.referredMemberIds)} may apply as single-person households`);
  if (ids(v.specialHardshipEligibleIds) !== "") parts.push(`${ids(v.specialHardshipEligibleIds)} eligible for extreme-poverty support`);
  return parts.join("; ");
}

const pending = (v: Values): string => (ids(v.pendingMemberIds) === "" ? "" : ` (to review: ${ids(v.pendingMemberIds)})`);

const notCovered: ReasonMessages = {
  met: () => "The household is not covered by backstop support (no dibao, no member in extreme-poverty support).",
  "not-met": (v) => `The household is covered by backstop support (${covered(v)}).`,
};

const reasons: Record<string, ReasonMessages> = {
  "screening.not-in-force": {
    any: (v) => `On ${s(v.asOf)} the five-category screening had not begun${v.from === null || v.from === undefined ? "" : ` (from ${s(v.from)})`}.`,
  },
  "screening.registered-poor-uncovered.not-covered": notCovered,
  "screening.registered-poor-uncovered.registration": {
    met: (v) => `Poverty registration: ${name(REGISTRATION, v.povertyRegistration)}, one of registered poor not yet lifted, unstably lifted or at the edge of poverty.`,
    "not-met": (v) => `Poverty registration: ${name(REGISTRATION, v.povertyRegistration)}, none of registered poor not yet lifted, unstably lifted or at the edge of poverty.`,
  },
  "screening.epidemic-backstop.not-covered": notCovered,
  "screening.epidemic-backstop.epidemic-shock": {
    met: (v) => `Between ${span(v)} income fell or spending rose suddenly because of the epidemic (from ${s(v.since)}).`,
    "not-met": (v) => `No sudden income drop or spending rise because of the epidemic between ${span(v)}.`,
    unknown: () => noShocks,
  },
  "screening.epidemic-backstop.qualifies": {
    met: (v) => `The household now qualifies for backstop support (${qualifying(v)}): it needs backstop support because of the epidemic.`,
    "not-met": () => "The household does not qualify now for dibao, a single-person referral or extreme-poverty support.",
    unknown: (v) => `Whether the household qualifies for backstop support needs review${pending(v)}.`,
  },
  "screening.potential-recipient.not-covered": notCovered,
  "screening.potential-recipient.shock": {
    met: (v) => `Between ${span(v)} income fell or spending rose suddenly (${named(v.causes, CAUSE)}; from ${s(v.since)}).`,
    "not-met": (v) => `No sudden income drop or spending rise between ${span(v)}.`,
    unknown: () => noShocks,
  },
  "screening.potential-recipient.not-qualifying": {
    met: () => "The household does not qualify for dibao, a single-person referral or extreme-poverty support: a potential recipient in some difficulty.",
    "not-met": (v) => `The household qualifies now (${qualifying(v)}): to be handled by the assistance procedure, not as a potential recipient.`,
    unknown: (v) => `Whether the household qualifies for assistance needs review${pending(v)}.`,
  },
  "screening.rural-covered-with-difficulties.rural": {
    met: () => "The household is rural.",
    "not-met": () => "The household is urban: the category names rural dibao recipients and rural dispersed extreme-poverty persons.",
  },
  "screening.rural-covered-with-difficulties.not-registered": {
    met: () => "The household is outside the poverty register.",
    "not-met": (v) => `The household is on the poverty register (${name(REGISTRATION, v.povertyRegistration)}).`,
  },
  "screening.rural-covered-with-difficulties.covered": {
    met: (v) =>
      [v.dibaoRecipient === true ? "The household receives dibao" : "", ids(v.dispersedMemberIds) === "" ? "" : `${ids(v.dispersedMemberIds)} supported dispersed (at home)`].filter((part) => part !== "").join("; ") + ".",
    "not-met": () => "The household receives no dibao and has no member supported dispersed.",
    unknown: (v) => `The support arrangement (dispersed or centralised) of ${ids(v.arrangementUnknownIds)} is not given.`,
  },
  "screening.rural-covered-with-difficulties.difficulties": {
    met: (v) => `The household has difficulties with ${name(DIFFICULTY, v.difficulties)}.`,
    "not-met": () => "The household has no housing, medical or education difficulty.",
    unknown: () => "Whether the household has housing, medical or education difficulties is not given.",
  },
  "screening.exited-needs-return.exited": {
    met: (v) => `The household left backstop support on ${s(v.exitDate)}.`,
    "not-met": (v) => (v.exitDate === null ? "The household has not left backstop support." : `The household's exit date ${s(v.exitDate)} is after the assessment date.`),
  },
  "screening.exited-needs-return.not-covered": notCovered,
  "screening.exited-needs-return.epidemic-shock-since-exit": {
    met: (v) => `Since leaving, the epidemic cut income or raised costs (from ${s(v.since)}, between ${span(v)}).`,
    "not-met": (v) => `No sudden income drop or spending rise because of the epidemic between ${span(v)}${v.exitDate === null ? "" : ` after the exit on ${s(v.exitDate)}`}.`,
    unknown: () => noShocks,
  },
};

export const en: ProgrammeMessages<ScreeningLabels> = {
  reasons,
  labels: {
    heading: "Five-category screening",
    note: "A flag asks a caseworker to verify the household at once; the screening decides nothing and awards nothing.",
    entry: (v) => `Category ${s(v.category)} (${CATEGORY_WORDS[String(v.code)] ?? s(v.code)}): ${STATUS[String(v.status)] ?? s(v.status)}.`,
  },
};
