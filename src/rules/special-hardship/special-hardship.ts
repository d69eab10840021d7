/**
 * R4 Extreme-poverty support (特困人员救助供养), per counted member: no capacity to work, no livelihood
 * and no able legal supporter (`saim/art-14`, `shp-identification-2021/art-4`–`art-9`, `art-24`), with the
 * published basic standard and the care subsidy of the person's self-care tier (`saim/art-15`, `art-21`, `art-22`).
 */
import type { Reason } from "../../model/determination.js";
import type { CareTier, SpecialHardshipEntry } from "./section.js";
import { firstDayOfNextMonth } from "../../model/date.js";
import { amountOf, amountOfMoney, compare, formatAmount, plus, type Amount } from "../../model/amount.js";
import { decimalParameter, eachMember, integerParameter, interpretationOn, listParameter, optionalValue, type EvaluationContext } from "../../facts/context.js";
import { noCapacityToWork } from "../../facts/disability.js";
import type { ParameterName } from "../../policy/parameters.js";
import type { HouseholdFacts, MemberFacts } from "../../facts/household-facts.js";
import { memo2 } from "../../model/memo.js";
import { getClause } from "../../policy/clauses.js";
import { allOf, outcomeOf, test } from "../reason.js";
import type { RuleModule, RulePatch } from "../rule.js";
import { supporterReasons } from "./supporters.js";

const ART = (n: number): string => `shp-identification-2021/art-${n}`;
export const SPECIAL_HARDSHIP_CLAUSES = [
  "saim/art-14",
  "saim/art-15",
  ART(4),
  ART(5),
  ART(6),
  ART(8),
  ART(9),
  ART(17),
  ART(21),
  ART(22),
  ART(24),
  "reform-opinion-2020/item-5",
  // The standards notices behind the published basic standard and care subsidy in force.
  "cq-standards-2018",
  "cq-standards-2020",
  "cq-standards-2021",
  "cq-standards-2022",
  "cq-standards-2023",
  "cq-standards-2024",
  "cq-standards-2025",
] as const;

/** Condition 1, no capacity to work (art-5; INT-9 in `noCapacityToWork`), with continuation of a supported minor (art-24). */
function capacityReason(person: MemberFacts, ctx: EvaluationContext, supported: boolean): Reason {
  const capacity = noCapacityToWork(person.age, person.member.disability, ctx);
  const { continuationAge, int9 } = capacity;
  const schooling = person.member.schooling ?? "none";
  const grounds: string[] = [];
  if (capacity.aged) grounds.push("aged");
  if (capacity.minor) grounds.push("minor");
  if (capacity.disabled) grounds.push("disability");
  const continuing = supported && (person.age < continuationAge || listParameter(ctx, "special-hardship.continuation-schooling").includes(schooling));
  if (continuing && !grounds.includes("minor")) grounds.push("continuation");
  const int9Decided = int9 && grounds.length === 0 && person.age < continuationAge;
  const clauses = ["saim/art-14", ART(4), ART(5), ...(grounds.includes("continuation") ? [ART(24)] : []), ...(int9Decided ? ["reform-opinion-2020/item-5"] : [])];
  return test("special-hardship.no-capacity", grounds.length > 0 ? "met" : "not-met", clauses, {
    values: {
      memberId: person.member.id,
      age: person.age,
      disabilityCategory: person.member.disability?.category ?? null,
      disabilityGrade: person.member.disability?.grade ?? null,
      currentlySupported: supported,
      schooling,
      grounds,
      // The ages the grounds are named by (60周岁以上, 未满16周岁), for the explanation.
      elderlyAge: capacity.elderlyAge,
      minorAge: capacity.minorAge,
    },
    interpretations: [...(int9Decided ? ["INT-9"] : []), ...(person.leapDayEve ? ["INT-1"] : [])],
  });
}

/** The kinds the livelihood test leaves out, per parameter value and INT-11 setting: built once, read for every member. */
const excludedKindsCache = new WeakMap<readonly string[], Map<boolean, ReadonlySet<string>>>();

function excludedKinds(kinds: readonly string[], int11: boolean): ReadonlySet<string> {
  return memo2(excludedKindsCache, kinds, int11, () => new Set(int11 ? [...kinds, "social-assistance"] : kinds));
}

/** Own income for the livelihood test (art-6): all kinds but those it excludes, and assistance (INT-11); no deductions. */
function ownIncome(person: MemberFacts, ctx: EvaluationContext): { income: Amount; int11: boolean } {
  const incomes = person.member.incomes ?? [];
  const hasAssistance = incomes.some((item) => item.kind === "social-assistance");
  // The readings differ only for a person with social-assistance income.
  const int11 = interpretationOn(ctx, "INT-11", hasAssistance);
  const excluded = excludedKinds(listParameter(ctx, "special-hardship.income.excluded-kinds"), int11);
  let income: Amount = 0;
  for (const item of incomes) if (!excluded.has(item.kind)) income = plus(income, amountOf(item.monthly));
  return { income, int11: int11 && hasAssistance };
}

function livelihoodReasons(person: MemberFacts, facts: HouseholdFacts, ctx: EvaluationContext): Reason[] {
  const { income, int11 } = ownIncome(person, ctx);
  const compliant = person.member.ownAssetsCompliant;
  return [
    test("special-hardship.own-income", compare(income, facts.standard) < 0 ? "met" : "not-met", [ART(6)], {
      values: { memberId: person.member.id, ownMonthlyIncome: formatAmount(income), standard: formatAmount(facts.standard) },
      interpretations: int11 ? ["INT-11"] : [],
    }),
    test("special-hardship.own-property", outcomeOf(compliant), [ART(6)], {
      values: { memberId: person.member.id, ownAssetsCompliant: compliant ?? null },
      missing: [`${person.path}.ownAssetsCompliant`],
    }),
  ];
}

function careTierOf(adlFailed: number, fullLossFrom: number): CareTier {
  if (adlFailed === 0) return "self-care";
  return adlFailed >= fullLossFrom ? "full" : "partial";
}

/** The citation of a parameter's source when the catalogue holds it as a clause (the standards notices). */
function sourceClause(ctx: EvaluationContext, name: ParameterName): string[] {
  const source = optionalValue(ctx, name)?.source;
  return source !== undefined && getClause(source) !== undefined ? [source] : [];
}

function entryFor(person: MemberFacts, facts: HouseholdFacts, ctx: EvaluationContext): SpecialHardshipEntry {
  const supported = facts.specialHardshipMemberIds.has(person.member.id);
  const reasons: Reason[] = [capacityReason(person, ctx, supported)];
  if (person.age < integerParameter(ctx, "special-hardship.continuation-max-age")) {
    const chosen = person.member.orphanSupportChosen === true;
    reasons.push(test("special-hardship.orphan-choice", chosen ? "not-met" : "met", [ART(9)], { values: { memberId: person.member.id, orphanSupportChosen: chosen } }));
  }
  reasons.push(...livelihoodReasons(person, facts, ctx), ...supporterReasons(person, facts, ctx));
  const status = allOf(reasons.map((reason) => reason.outcome));
  // Written out rather than spread from a shared "none" object: a spread per member was a visible cost. Same keys, same order.
  if (status === "not-met") return { memberId: person.member.id, basicMonthly: null, careMonthly: null, careTier: null, supportStart: null, status: "ineligible", reasons };
  if (status === "unknown") return { memberId: person.member.id, basicMonthly: null, careMonthly: null, careTier: null, supportStart: null, status: "needs-review", reasons };

  const basic = formatAmount(amountOfMoney(decimalParameter(ctx, "special-hardship.basic-standard")));
  const supportStart = firstDayOfNextMonth(ctx.asOf);
  reasons.push(
    test("special-hardship.basic", "met", ["saim/art-15", ART(17), ...sourceClause(ctx, "special-hardship.basic-standard")], {
      values: { basicMonthly: basic, supportStart },
    }),
  );
  const adlFailed = person.member.selfCare?.adlFailed;
  if (adlFailed == null) {
    reasons.push(test("special-hardship.care-tier", "unknown", [ART(21), ART(22)], { values: { memberId: person.member.id }, missing: [`${person.path}.selfCare`] }));
    return { memberId: person.member.id, basicMonthly: basic, careMonthly: null, careTier: null, supportStart, status: "eligible", reasons };
  }
  const tier = careTierOf(adlFailed, integerParameter(ctx, "special-hardship.self-care.full-loss-min-failed"));
  const careName: ParameterName = `special-hardship.care.${tier}`;
  const care = formatAmount(amountOfMoney(decimalParameter(ctx, careName)));
  reasons.push(
    test("special-hardship.care-tier", "met", ["saim/art-15", ART(21), ART(22), ...sourceClause(ctx, careName)], {
      values: { memberId: person.member.id, adlFailed, careTier: tier, careMonthly: care },
    }),
  );
  return { memberId: person.member.id, status: "eligible", basicMonthly: basic, careMonthly: care, careTier: tier, supportStart, reasons };
}

/** Decides extreme-poverty support for every counted member, in member order. */
export function evaluateSpecialHardship(facts: HouseholdFacts, ctx: EvaluationContext): SpecialHardshipEntry[] {
  // Member by member through eachMember: W-INTERPRETATION re-decides only the members an interpretation decided.
  return eachMember(ctx, facts.counted, (person) => entryFor(person, facts, ctx));
}

export const specialHardshipRule: RuleModule<readonly SpecialHardshipEntry[]> = {
  id: "R4",
  title: "extreme-poverty support",
  clauses: SPECIAL_HARDSHIP_CLAUSES,
  apply(facts, ctx): RulePatch<readonly SpecialHardshipEntry[]> {
    return { section: evaluateSpecialHardship(facts, ctx) };
  },
};
