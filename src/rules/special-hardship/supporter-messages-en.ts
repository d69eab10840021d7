/** English explanations of R4 condition 3: each legal supporter considered, and the condition itself. */
import type { ReasonMessages, Values } from "../messages.js";
import { s, yuan, disability, person, people } from "../text/en.js";

const RELATION: Record<string, string> = {
  spouse: "spouse",
  parent: "parent",
  child: "child",
  grandparent: "grandparent",
  grandchild: "grandchild",
  sibling: "sibling",
  other: "other relation",
};
const INCAPACITY: Record<string, string> = { "no-civil-capacity": "has no civil capacity", "declared-missing": "is declared missing", imprisoned: "is in prison" };

/** "m2 (spouse, in the household, age 63)" or "listed supporter 1 (child, outside the household, age 45)" for supporters[0]. */
function who(v: Values): string {
  const relation = v.inHousehold === true && v.relation === "child" ? "adult child" : (RELATION[String(v.relation)] ?? s(v.relation));
  return `${person(v.supporter)} (${relation}, ${v.inHousehold === true ? "in the household" : "outside the household"}, age ${s(v.age)})`;
}

const figure = (v: Values): string => `last year's (${s(v.disposableIncomeYear)}) local per-capita disposable income ${v.disposableIncome === null ? "(not held)" : yuan(v.disposableIncome)}`;
const lowIncome = (v: Values): string => `annual income ${yuan(v.annualIncome)} below ${figure(v)}, property within the low-income rules`;

/** The cases of shp-identification-2021/art-8 by name. */
function caseText(name: string, v: Values): string {
  switch (name) {
    case "special-hardship":
      return "(1) an extreme-poverty person";
    case "dibao-aged":
      return `(2) a dibao recipient aged ${s(v.dibaoAge)} or over`;
    case "aged-low-income":
      return `(3) aged ${s(v.elderlyAge)} or over, ${lowIncome(v)}`;
    case "severe-disability-low-income":
      return `(4) severely disabled (${disability(v.disabilityCategory, v.disabilityGrade)}), ${lowIncome(v)}`;
    case "incapacity":
      return `(5) ${INCAPACITY[String(v.legalIncapacity)] ?? "without civil capacity, declared missing or in prison"}, property within the low-income rules`;
    default:
      return name;
  }
}

const cases = (names: unknown, v: Values): string => (Array.isArray(names) ? names.map((name) => caseText(String(name), v)).join("; ") : "");

/** Why no case of art-8 applies: for each, the fact that rules it out. */
function ableBecause(v: Values): string {
  const parts: string[] = [];
  if (v.specialHardship === false) parts.push("not an extreme-poverty person");
  parts.push(v.dibaoRecipient === false ? "not a dibao recipient" : `under ${s(v.dibaoAge)}`);
  // "Under 70" only when the age is known: with no birth date, cases 3 and 4 were ruled out by income or property.
  const younger = typeof v.age === "number" && typeof v.elderlyAge === "number" && v.age < v.elderlyAge;
  if (younger && v.severelyDisabled !== true) parts.push(`under ${s(v.elderlyAge)} and not severely disabled`);
  else if (v.incomeBelowFigure === false) parts.push(`annual income ${yuan(v.annualIncome)} not below ${figure(v)}`);
  else if (v.assetsWithinLowIncomeRules === false) parts.push("property outside the low-income rules");
  parts.push(v.legalIncapacity === null ? "has civil capacity, is neither declared missing nor in prison" : "property outside the low-income rules");
  return [...new Set(parts)].join("; ");
}

export const supporterMessagesEn: Readonly<Record<string, ReasonMessages>> = {
  "special-hardship.supporter": {
    met: (v) => `${who(v)} is unable to support ${s(v.memberId)}: ${cases(v.casesMet, v)}.`,
    "not-met": (v) => `${who(v)} is able to support ${s(v.memberId)}: ${ableBecause(v)}.`,
    unknown: (v) => `Whether ${who(v)} is able to support ${s(v.memberId)} is not known: ${cases(v.casesUnknown, v)} cannot be decided.`,
  },
  "special-hardship.no-able-supporter": {
    met: (v) =>
      v.supporters === 0 && Array.isArray(v.householdSupporters) && v.householdSupporters.length === 0
        ? `${s(v.memberId)} has no legal supporter.`
        : `Every legal supporter of ${s(v.memberId)} is unable to support.`,
    "not-met": (v) => `${s(v.memberId)} has a legal supporter able to support: ${people(v.ableSupporters)}.`,
    unknown: (v) => (v.supporters === null ? `${s(v.memberId)}'s legal supporters outside the household are not given.` : `Whether ${s(v.memberId)}'s legal supporters are able to support is not known.`),
  },
};
