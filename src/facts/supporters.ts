/**
 * Legal supporters inside the household (法定赡养、抚养、扶养义务人, `shp-identification-2021/art-8`; docs/rules.md
 * "R4 amendment", INT-12): for a member X, the household's own listed members (counted or excluded) who owe
 * X a legal duty, derived from each member's `relation` to `self`:
 * - X's **spouse** (配偶): `self` ↔ the members with relation `spouse`;
 * - X's **parents** (父母), for a minor X or an adult X who cannot live independently (no capacity to work by
 *   a disability ground of `art-5`, or `schooling` other than `none`): for a `child` of `self`, `self` and
 *   the `spouse`; for `self`, the members with relation `parent`;
 * - X's **adult children** (成年子女): for `self` and for `self`'s `spouse`, the members with relation `child`
 *   aged 18+; for a `parent` of `self`, `self` (if 18+) and the members with relation `sibling` aged 18+.
 * Grandparents, grandchildren and siblings owe a duty only when closer supporters are dead or unable; they
 * are not derived (a caller lists them in `supporters`). The art-8 facts of a derived supporter all come
 * from the household: see {@link householdSupporterFacts}.
 */
import type { Disability, Supporter } from "../model/household.js";
import { amountOf, times, type Amount } from "../model/amount.js";
import { isLeapDayBirthdayEve, parsePlainDate } from "../model/date.js";
import { ageAt, integerParameter, type EvaluationContext } from "./context.js";
import { isCurrentDibaoRecipient } from "./coverage.js";
import { noCapacityToWorkByDisability } from "./disability.js";
import type { HouseholdFacts, MemberFacts } from "./household-facts.js";

/** The duty a household member owes X: as X's spouse, parent or adult child. */
export type SupporterDuty = "spouse" | "parent" | "child";

export interface HouseholdSupporter {
  readonly person: MemberFacts;
  readonly duty: SupporterDuty;
}

/** A minor, or an adult who cannot live independently: owed support by their parents (抚养). */
function owedParentalSupport(x: MemberFacts, adultAge: number, ctx: EvaluationContext): boolean {
  if (x.age < adultAge) return true;
  const schooling = x.member.schooling ?? "none";
  return schooling !== "none" || noCapacityToWorkByDisability(x.member.disability, ctx);
}

/**
 * X's legal supporters among the household's members (INT-12), in member order, each with the duty it
 * owes. Empty for a member whose relation the amendment derives no duty for (a grandchild, a sibling, other).
 */
export function householdSupporters(x: MemberFacts, facts: HouseholdFacts, ctx: EvaluationContext): HouseholdSupporter[] {
  const adultAge = integerParameter(ctx, "special-hardship.supporter.adult-min-age");
  const relation = x.member.relation;
  const parental = (relation === "child" || relation === "self") && owedParentalSupport(x, adultAge, ctx);
  const supporters: HouseholdSupporter[] = [];
  for (const other of facts.members) {
    if (other === x) continue;
    const duty = dutyOf(relation, other, parental, adultAge);
    if (duty !== undefined) supporters.push({ person: other, duty });
  }
  return supporters;
}

/** The duty `other` owes a member of relation `relation` to self, if the amendment derives one. */
function dutyOf(relation: string, other: MemberFacts, parental: boolean, adultAge: number): SupporterDuty | undefined {
  const theirs = other.member.relation;
  const adult = other.age >= adultAge;
  switch (relation) {
    case "self":
      if (theirs === "spouse") return "spouse";
      if (theirs === "parent" && parental) return "parent";
      if (theirs === "child" && adult) return "child";
      return undefined;
    case "spouse":
      if (theirs === "self") return "spouse";
      if (theirs === "child" && adult) return "child";
      return undefined;
    case "child":
      return parental && (theirs === "self" || theirs === "spouse") ? "parent" : undefined;
    case "parent":
      return (theirs === "self" || theirs === "sibling") && adult ? "child" : undefined;
    default:
      return undefined;
  }
}

/** The art-8 facts of one legal supporter, whether listed or derived, with the input path of each. */
export interface SupporterFacts {
  /** The member id of a household supporter; `supporters[i]` for a listed one. */
  readonly label: string;
  readonly inHousehold: boolean;
  /** The duty a household supporter owes, or the relation a listed one was given. */
  readonly relation: string;
  readonly age: number | undefined;
  /** Born on 29 February and assessed on 28 February of a common year: INT-1 decided the age. */
  readonly leapDayEve: boolean;
  readonly specialHardship: boolean | undefined;
  readonly dibaoRecipient: boolean | undefined;
  readonly disability: Disability | null | undefined;
  /** Yuan per year. */
  readonly annualIncome: Amount | undefined;
  readonly assetsWithinLowIncomeRules: boolean | undefined;
  readonly legalIncapacity: "no-civil-capacity" | "declared-missing" | "imprisoned" | null | undefined;
  /** Where each fact comes from in the input, for `missing`. */
  readonly paths: {
    readonly birthDate: string;
    readonly specialHardship: string;
    readonly dibaoRecipient: string;
    readonly annualIncome: string;
    readonly assetsWithinLowIncomeRules: string;
  };
}

const MONTHS_PER_YEAR = 12;

/**
 * A household supporter's art-8 facts (docs/rules.md "R4 amendment"): birth date and disability from the member;
 * an extreme-poverty person when in `status.specialHardshipMemberIds`; a dibao recipient when `status.dibao`
 * is given; in prison or declared missing from `excluded`; annual income = 12 × the member's monthly income
 * of the countable kinds of R0, without deductions; property within low-income rules = `assets.compliant`.
 */
export function householdSupporterFacts(supporter: HouseholdSupporter, facts: HouseholdFacts): SupporterFacts {
  const { person } = supporter;
  const excluded = person.member.excluded;
  return {
    label: person.member.id,
    inHousehold: true,
    relation: supporter.duty,
    age: person.age,
    leapDayEve: person.leapDayEve,
    specialHardship: facts.specialHardshipMemberIds.has(person.member.id),
    dibaoRecipient: isCurrentDibaoRecipient(facts.household),
    disability: person.member.disability,
    annualIncome: times(person.income.gross, MONTHS_PER_YEAR),
    assetsWithinLowIncomeRules: facts.household.assets?.compliant ?? undefined,
    legalIncapacity: excluded === "imprisoned" || excluded === "declared-missing" ? excluded : null,
    paths: {
      birthDate: `${person.path}.birthDate`,
      specialHardship: "status.specialHardshipMemberIds",
      dibaoRecipient: "status.dibao",
      annualIncome: `${person.path}.incomes`,
      assetsWithinLowIncomeRules: "assets.compliant",
    },
  };
}

/** A listed supporter's art-8 facts, as the caller gave them (absent facts stay unknown). */
export function listedSupporterFacts(supporter: Supporter, index: number, memberPath: string, ctx: EvaluationContext): SupporterFacts {
  const path = `${memberPath}.supporters[${index}]`;
  const birth = supporter.birthDate == null ? undefined : parsePlainDate(supporter.birthDate);
  return {
    label: `supporters[${index}]`,
    inHousehold: false,
    relation: supporter.relation,
    age: birth === undefined ? undefined : ageAt(ctx, birth),
    leapDayEve: birth !== undefined && isLeapDayBirthdayEve(birth, ctx.asOfDate),
    specialHardship: supporter.specialHardship ?? undefined,
    dibaoRecipient: supporter.dibaoRecipient ?? undefined,
    disability: supporter.disability,
    annualIncome: supporter.annualIncome == null ? undefined : amountOf(supporter.annualIncome),
    assetsWithinLowIncomeRules: supporter.assetsWithinLowIncomeRules ?? undefined,
    legalIncapacity: supporter.legalIncapacity,
    paths: {
      birthDate: `${path}.birthDate`,
      specialHardship: `${path}.specialHardship`,
      dibaoRecipient: `${path}.dibaoRecipient`,
      annualIncome: `${path}.annualIncome`,
      assetsWithinLowIncomeRules: `${path}.assetsWithinLowIncomeRules`,
    },
  };
}
