/**
 * R0: facts every rule reads, derived once per evaluation — members' ages, who is counted
 * (`mlg-review-2021/art-7`), each member's countable income for dibao (`mlg-review-2021/art-13`), and the
 * household's total and per-capita income against the standard.
 */
import { isLeapDayBirthdayEve, parsePlainDate, type PlainDate } from "../model/date.js";
import type { Household, Member } from "../model/household.js";
import type { Money, MoneyString } from "../model/money.js";
import { amountOf, amountOfMoney, compare, formatDivided, isNegative, minus, plus, times, type Amount } from "../model/amount.js";
import { ageAt, decimalParameter, interpretationOn, listParameter, recordInterpretation, switchParameter, type EvaluationContext } from "./context.js";
import type { ParameterName } from "../policy/parameters.js";

/** R0 countable income of one member, in exact amounts (whole fen; see model/amount.ts). */
export interface DibaoIncome {
  /** Sum of the member's incomes of countable kinds. */
  readonly gross: Amount;
  /** Sum of the member's deductions. */
  readonly deductions: Amount;
  /**
   * gross − deductions, never below 0: the member's own countable income, as a person assessed alone has it
   * (INT-8) and as it enters the household total under INT-4.
   */
  readonly countable: Amount;
  /** gross − deductions, below 0 when the deductions exceed the income: with INT-4 off the excess offsets other members' income. */
  readonly net: Amount;
  /** The deductions exceeded the countable income. */
  readonly floored: boolean;
  /** Basic pension income was left out while no text in force states that exclusion (INT-3). */
  readonly basicPensionAssumed: boolean;
  /** Countable income paid by siblings or people aged 60+ (`supportFrom`), which the adult referral route exempts. */
  readonly supportFromSiblingsOrElderly: Amount;
}

/** Payers whose support `backstop-notice-2022/1-1` lets the adult referral route leave out. */
const EXEMPTABLE_SUPPORT = new Set(["sibling", "elderly-60-plus"]);

export interface MemberFacts {
  readonly member: Member;
  readonly index: number;
  /** Input path of the member, `members[2]`. */
  readonly path: string;
  readonly birth: PlainDate;
  readonly age: number;
  /** Born on 29 February and assessed on 28 February of a common year: INT-1 decided the age. */
  readonly leapDayEve: boolean;
  readonly counted: boolean;
  readonly income: DibaoIncome;
}

export interface HouseholdFacts {
  readonly household: Household;
  readonly members: readonly MemberFacts[];
  readonly counted: readonly MemberFacts[];
  readonly countedMembers: number;
  /** Parameter series of the standard for the household's area. */
  readonly standardParameter: string;
  /** S: the area's standard in force on asOf (`saim/art-10`), as the parameter holds it. */
  readonly standardValue: Money;
  /** S as an exact amount. */
  readonly standard: Amount;
  /** Total countable income of counted members. */
  readonly totalIncome: Amount;
  /** S × n: comparing the total with it is the exact form of "per-capita < S". */
  readonly standardTimesMembers: Amount;
  /** total ÷ n as shown (two decimals, half-up once); comparisons use {@link incomeBelowStandard}. */
  readonly perCapita: MoneyString;
  /** Income test (`saim/art-9`): per-capita income < S, decided exactly as total < S × n. */
  readonly incomeBelowStandard: boolean;
  readonly incomeEqualsStandard: boolean;
  /** Basic-pension income was excluded under INT-3 (W-BASIC-PENSION-EXCLUSION-ASSUMED). */
  readonly basicPensionAssumed: boolean;
  /**
   * INT-4 decided the total: a member's deductions exceeded their income while others had income the
   * excess would offset under the other reading (the two totals differ).
   */
  readonly deductionFloorApplied: boolean;
  /** Member ids currently supported as extreme-poverty persons. */
  readonly specialHardshipMemberIds: ReadonlySet<string>;
}

/** Countable incomes of one member under R0, with the deductions of `mlg-review-2021/art-13`. */
function dibaoIncome(member: Member, excludedKinds: ReadonlySet<string>, basicPensionStated: boolean): DibaoIncome {
  let gross: Amount = 0;
  let exemptable: Amount = 0;
  let basicPensionAssumed = false;
  for (const income of member.incomes ?? []) {
    if (excludedKinds.has(income.kind)) {
      if (income.kind === "basic-pension" && !basicPensionStated) basicPensionAssumed = true;
      continue;
    }
    const monthly = amountOf(income.monthly);
    gross = plus(gross, monthly);
    if (income.supportFrom != null && EXEMPTABLE_SUPPORT.has(income.supportFrom)) exemptable = plus(exemptable, monthly);
  }
  let deductions: Amount = 0;
  for (const deduction of member.deductions ?? []) deductions = plus(deductions, amountOf(deduction.monthly));
  const net = minus(gross, deductions);
  const floored = isNegative(net);
  return { gross, deductions, countable: floored ? 0 : net, net, floored, basicPensionAssumed, supportFromSiblingsOrElderly: exemptable };
}

/** The income kinds excluded for dibao on asOf; INT-3 decides the basic pension where no text states it. */
function excludedDibaoKinds(ctx: EvaluationContext): { kinds: ReadonlySet<string>; stated: boolean } {
  const kinds = new Set(listParameter(ctx, "dibao.income.excluded-kinds"));
  const stated = switchParameter(ctx, "dibao.basic-pension-exclusion.stated");
  // Recorded by deriveHouseholdFacts only where a basic pension was actually left out under it.
  if (!stated && !interpretationOn(ctx, "INT-3", false)) kinds.delete("basic-pension");
  return { kinds, stated };
}

function memberFacts(member: Member, index: number, ctx: EvaluationContext, excluded: ReadonlySet<string>, stated: boolean): MemberFacts {
  const birth = parsePlainDate(member.birthDate) as PlainDate;
  return {
    member,
    index,
    path: `members[${index}]`,
    birth,
    age: ageAt(ctx, birth),
    leapDayEve: isLeapDayBirthdayEve(birth, ctx.asOfDate),
    counted: member.excluded == null,
    income: dibaoIncome(member, excluded, stated),
  };
}

/**
 * Total countable income of the counted members (R0). INT-4: each member's income floored at 0, so a
 * member's excess deductions do not reach the others. Off: the excess offsets other members' income, and
 * the total never goes below 0. INT-4 is consulted only where the two totals differ.
 */
function householdTotal(counted: readonly MemberFacts[], ctx: EvaluationContext): { totalIncome: Amount; int4Decided: boolean } {
  let floored: Amount = 0;
  let offset: Amount = 0;
  for (const member of counted) {
    floored = plus(floored, member.income.countable);
    offset = plus(offset, member.income.net);
  }
  if (isNegative(offset)) offset = 0;
  const int4Decided = compare(floored, offset) !== 0;
  return { totalIncome: int4Decided && !interpretationOn(ctx, "INT-4") ? offset : floored, int4Decided };
}

/** Derives the facts of a validated household on `ctx.asOf`. */
export function deriveHouseholdFacts(household: Household, ctx: EvaluationContext): HouseholdFacts {
  const { kinds, stated } = excludedDibaoKinds(ctx);
  const members = household.members.map((member, index) => memberFacts(member, index, ctx, kinds, stated));
  const counted = members.filter((member) => member.counted);
  const standardParameter: ParameterName = `dibao.standard.${household.area}`;
  const standardValue = decimalParameter(ctx, standardParameter);
  const standard = amountOfMoney(standardValue);
  const { totalIncome, int4Decided } = householdTotal(counted, ctx);
  const n = counted.length;
  const standardTimesMembers = times(standard, n);
  const comparison = compare(totalIncome, standardTimesMembers);
  const basicPensionAssumed = counted.some((member) => member.income.basicPensionAssumed);
  if (basicPensionAssumed) recordInterpretation(ctx, "INT-3");
  return {
    household,
    members,
    counted,
    countedMembers: n,
    standardParameter,
    standardValue,
    standard,
    totalIncome,
    standardTimesMembers,
    perCapita: formatDivided(totalIncome, n),
    incomeBelowStandard: comparison < 0,
    incomeEqualsStandard: comparison === 0,
    basicPensionAssumed,
    deductionFloorApplied: int4Decided,
    specialHardshipMemberIds: new Set(household.status?.specialHardshipMemberIds ?? []),
  };
}
