/**
 * R4 condition 3, no able legal supporter (无法定赡养、抚养、扶养义务人，或者其法定义务人无履行义务能力,
 * `shp-identification-2021/art-4`, `art-8`): every supporter considered is unable by one of the cases of
 * art-8 — (1) an extreme-poverty person; (2) a dibao recipient aged 60+; (3) aged 70+ with income below last
 * year's local per-capita disposable income and property within low-income rules; (4) severely disabled with
 * such income and property; (5) without civil capacity, declared missing or in prison, with such property.
 * The supporters considered are the household's own members who owe the person a duty (INT-12,
 * `src/facts/supporters.ts`) and the listed `supporters` (people outside the household): "no able supporter"
 * is the three-valued AND over both, the outside list absent contributing unknown and `[]` true.
 */
import type { Outcome, Reason, ReasonValue } from "../../model/determination.js";
import type { Money } from "../../model/money.js";
import { amountOfMoney, compare, formatAmount } from "../../model/amount.js";
import { decimalForYear, integerParameter, interpretationOn, type EvaluationContext } from "../../facts/context.js";
import { severelyDisabledSupporter } from "../../facts/disability.js";
import type { HouseholdFacts, MemberFacts } from "../../facts/household-facts.js";
import { householdSupporterFacts, householdSupporters, listedSupporterFacts, type SupporterFacts } from "../../facts/supporters.js";
import type { ParameterName } from "../../policy/parameters.js";
import { every, given, known, some, test, type Finding } from "../reason.js";

const CLAUSES = ["shp-identification-2021/art-4", "shp-identification-2021/art-8"] as const;

/** The cases of art-8 by which a supporter is unable, in the article's order. */
export const SUPPORTER_CASES = ["special-hardship", "dibao-aged", "aged-low-income", "severe-disability-low-income", "incapacity"] as const;
export type SupporterCase = (typeof SUPPORTER_CASES)[number];

interface Ability {
  /** met: unable to support; not-met: able; unknown: a fact or the figure is missing. */
  readonly unable: Finding;
  readonly reason: Reason;
}

/** Last year's local per-capita disposable income (本人收入低于当地上年人均可支配收入), read only where a case needs it. */
interface Figure {
  readonly year: number;
  readonly name: ParameterName;
  read(): Money | undefined;
}

function figureFor(facts: HouseholdFacts, ctx: EvaluationContext): Figure {
  // An outside supporter is tested against the household's own area (docs/rules.md, R4 amendment).
  const name: ParameterName = `resident-disposable-income.${facts.household.area}`;
  const year = ctx.asOfDate.year - 1;
  let read = false;
  let value: Money | undefined;
  return {
    year,
    name,
    read() {
      if (!read) {
        value = decimalForYear(ctx, name, year);
        read = true;
      }
      return value;
    },
  };
}

/** Whether one supporter is unable to support (art-8): unable when any case is met, able only when every case is definitely not met. */
function ability(person: MemberFacts, supporter: SupporterFacts, figure: Figure, ctx: EvaluationContext): Ability {
  const { age, paths } = supporter;
  const dibaoAge = integerParameter(ctx, "special-hardship.supporter.dibao-min-age");
  const elderlyAge = integerParameter(ctx, "special-hardship.supporter.elderly-min-age");
  const agedAtLeast = (years: number): Finding => given(age === undefined ? undefined : age >= years, paths.birthDate);
  const assetsWithin = given(supporter.assetsWithinLowIncomeRules, paths.assetsWithinLowIncomeRules);
  const severelyDisabled = severelyDisabledSupporter(supporter.disability, ctx);
  const dibaoAged = every(agedAtLeast(dibaoAge), given(supporter.dibaoRecipient, paths.dibaoRecipient));
  const elderly = agedAtLeast(elderlyAge);
  // The figure is read only for a supporter whom cases 3 or 4 could make unable: it is then a parameter the determination used.
  const needsFigure = elderly.outcome !== "not-met" || severelyDisabled;
  const value = needsFigure ? figure.read() : undefined;
  const incomeBelow: Finding =
    value === undefined || supporter.annualIncome === undefined
      ? {
          outcome: "unknown",
          missing: [...(value === undefined ? [`parameters.${figure.name}:${figure.year}`] : []), ...(supporter.annualIncome === undefined ? [paths.annualIncome] : [])],
        }
      : known(compare(supporter.annualIncome, amountOfMoney(value)) < 0);
  const cases: Record<SupporterCase, Finding> = {
    "special-hardship": given(supporter.specialHardship, paths.specialHardship),
    "dibao-aged": dibaoAged,
    "aged-low-income": every(elderly, incomeBelow, assetsWithin),
    "severe-disability-low-income": every(known(severelyDisabled), incomeBelow, assetsWithin),
    incapacity: every(known(supporter.legalIncapacity != null), assetsWithin),
  };
  const unable = some(...SUPPORTER_CASES.map((name) => cases[name]));
  const named = (outcome: Outcome): string[] => SUPPORTER_CASES.filter((name) => cases[name].outcome === outcome);
  const values: Record<string, ReasonValue> = {
    memberId: person.member.id,
    supporter: supporter.label,
    inHousehold: supporter.inHousehold,
    relation: supporter.relation,
    age: age ?? null,
    casesMet: named("met"),
    casesUnknown: named("unknown"),
    specialHardship: supporter.specialHardship ?? null,
    dibaoRecipient: supporter.dibaoRecipient ?? null,
    disabilityCategory: supporter.disability?.category ?? null,
    disabilityGrade: supporter.disability?.grade ?? null,
    severelyDisabled,
    annualIncome: supporter.annualIncome === undefined ? null : formatAmount(supporter.annualIncome),
    disposableIncome: value === undefined ? null : formatAmount(amountOfMoney(value)),
    disposableIncomeYear: figure.year,
    incomeBelowFigure: incomeBelow.outcome === "unknown" ? null : incomeBelow.outcome === "met",
    assetsWithinLowIncomeRules: supporter.assetsWithinLowIncomeRules ?? null,
    legalIncapacity: supporter.legalIncapacity ?? null,
    // The ages the cases are named by (60周岁以上, 70周岁以上), for the explanation.
    dibaoAge,
    elderlyAge,
  };
  const reason = test("special-hardship.supporter", unable.outcome, CLAUSES, {
    values,
    missing: unable.missing,
    interpretations: [...(supporter.inHousehold ? ["INT-12"] : []), ...(supporter.leapDayEve ? ["INT-1"] : [])],
  });
  return { unable, reason };
}

/**
 * Condition 3 for one person: a reason per supporter considered (household members first, in member order,
 * then the listed ones), then the condition itself.
 */
export function supporterReasons(person: MemberFacts, facts: HouseholdFacts, ctx: EvaluationContext): Reason[] {
  const derived = householdSupporters(person, facts, ctx);
  // INT-12 decides only where the household holds someone who owes the person a duty.
  const inHousehold = interpretationOn(ctx, "INT-12", derived.length > 0) ? derived : [];
  const listed = person.member.supporters;
  const figure = figureFor(facts, ctx);
  const household = inHousehold.map((supporter) => ability(person, householdSupporterFacts(supporter, facts), figure, ctx));
  const outside = (listed ?? []).map((supporter, index) => ability(person, listedSupporterFacts(supporter, index, person.path, ctx), figure, ctx));
  const listKnown: Finding = listed == null ? { outcome: "unknown", missing: [`${person.path}.supporters`] } : known(true);
  const all = every(...household.map((item) => item.unable), ...outside.map((item) => item.unable), listKnown);
  const considered = [...household, ...outside];
  const condition = test("special-hardship.no-able-supporter", all.outcome, CLAUSES, {
    values: {
      memberId: person.member.id,
      // The listed supporters: how many (null when the list is not given), and whether each is unable.
      supporters: listed == null ? null : listed.length,
      unable: outside.map((item) => item.unable.outcome),
      householdSupporters: inHousehold.map((supporter) => supporter.person.member.id),
      ableSupporters: considered.filter((item) => item.unable.outcome === "not-met").map((item) => String(item.reason.values.supporter)),
      disposableIncomeYear: figure.year,
    },
    missing: all.missing,
    interpretations: inHousehold.length > 0 ? ["INT-12"] : [],
  });
  return [...considered.map((item) => item.reason), condition];
}
