/**
 * R5 Classified top-ups (分类重点救助): per-person extras for members of a household in dibao and for a
 * person referred alone — `cq-standards-2018`, `saim/art-12/para-2`.
 */
import type { Reason } from "../../model/determination.js";
import type { TopUp, TopUpCategory } from "./section.js";
import { amountOfMoney, compare, formatAmount, plus, type Amount } from "../../model/amount.js";
import { decimalParameter, integerParameter, interpretationOn, optionalValue, type EvaluationContext } from "../../facts/context.js";
import { getClause } from "../../policy/clauses.js";
import type { ParameterName } from "../../policy/parameters.js";
import type { MemberFacts } from "../../facts/household-facts.js";
import { severelyDisabledForTopUp, severelyDisabledForTopUpGrades } from "../../facts/disability.js";
import { test } from "../reason.js";

export const CLASSIFIED_TOP_UP_CLAUSES = ["cq-standards-2018", "saim/art-12/para-2"] as const;

/** The series each category's amount is read from. */
const TOP_UP_SERIES: Readonly<Record<TopUpCategory, ParameterName>> = {
  "severely-disabled": "dibao.top-up.severely-disabled",
  "serious-illness": "dibao.top-up.serious-illness",
  "aged-70-plus": "dibao.top-up.aged",
  "preschool-child": "dibao.top-up.child-or-student",
  student: "dibao.top-up.child-or-student",
  disabled: "dibao.top-up.disabled",
};

/**
 * The clauses behind the amounts paid: each amount's own source where the catalogue holds it as a clause
 * (the shipped set: `cq-standards-2018`), so a caller's set never cites a Chongqing notice for its own figures.
 */
function sourceClauses(ctx: EvaluationContext, paid: readonly Candidate[]): string[] {
  const clauses: string[] = [];
  for (const item of paid) {
    const source = optionalValue(ctx, TOP_UP_SERIES[item.category])?.source;
    if (source !== undefined && getClause(source) !== undefined && !clauses.includes(source)) clauses.push(source);
  }
  return clauses;
}

export interface TopUpResult {
  readonly amount: Amount;
  readonly topUp: TopUp | undefined;
  readonly reason: Reason | undefined;
}

interface Candidate {
  readonly category: TopUpCategory;
  readonly amount: Amount;
}

/** A top-up amount parameter as an exact amount. */
function amountParameter(ctx: EvaluationContext, name: ParameterName): Amount {
  return amountOfMoney(decimalParameter(ctx, name));
}

/**
 * The classified top-up of one person: the highest of the four exclusive categories they fall in,
 * plus the disabled top-up if disabled at any grade ("此五类对象不交叉重复享受，但属残疾人可同时享受残疾人员分类重点救助").
 * Ties keep the table order.
 */
export function classifiedTopUp(person: MemberFacts, ctx: EvaluationContext): TopUpResult {
  const { member } = person;
  const schooling = member.schooling ?? "none";
  const preschoolMaxAge = integerParameter(ctx, "dibao.top-up.preschool-max-age");
  // INT-10: 学龄前儿童 read as a child under 6 not in school; off, only a given schooling counts.
  const preschoolByAge = schooling === "none" && person.age < preschoolMaxAge && interpretationOn(ctx, "INT-10");
  const exclusive: Candidate[] = [];
  if (severelyDisabledForTopUp(member.disability, ctx)) exclusive.push({ category: "severely-disabled", amount: amountParameter(ctx, "dibao.top-up.severely-disabled") });
  if (member.seriousIllness === true) exclusive.push({ category: "serious-illness", amount: amountParameter(ctx, "dibao.top-up.serious-illness") });
  const agedMinAge = integerParameter(ctx, "dibao.top-up.aged-min-age");
  if (person.age >= agedMinAge) exclusive.push({ category: "aged-70-plus", amount: amountParameter(ctx, "dibao.top-up.aged") });
  if (preschoolByAge) exclusive.push({ category: "preschool-child", amount: amountParameter(ctx, "dibao.top-up.child-or-student") });
  if (schooling !== "none") exclusive.push({ category: "student", amount: amountParameter(ctx, "dibao.top-up.child-or-student") });

  let best: Candidate | undefined;
  for (const candidate of exclusive) if (best === undefined || compare(candidate.amount, best.amount) > 0) best = candidate;
  const paid: Candidate[] = best === undefined ? [] : [best];
  if (member.disability != null) paid.push({ category: "disabled", amount: amountParameter(ctx, "dibao.top-up.disabled") });
  if (paid.length === 0) return { amount: 0, topUp: undefined, reason: undefined };

  let amount: Amount = 0;
  for (const item of paid) amount = plus(amount, item.amount);
  const categories = paid.map((item) => item.category);
  const topUp: TopUp = { memberId: member.id, amount: formatAmount(amount), categories };
  const reason = test("top-up.member", "met", [...sourceClauses(ctx, paid), "saim/art-12/para-2"], {
    values: {
      memberId: member.id,
      age: person.age,
      categories,
      eligibleCategories: exclusive.map((item) => item.category),
      amount: topUp.amount,
      // The figures the categories are named by (70岁以上老人, 一至二级重残人员), for the explanation.
      agedMinAge,
      severeDisabilityGrades: member.disability == null ? null : severelyDisabledForTopUpGrades(ctx),
    },
    interpretations: [
      ...(best?.category === "preschool-child" ? ["INT-10"] : []),
      ...(person.leapDayEve ? ["INT-1"] : []),
    ],
  });
  return { amount, topUp, reason };
}
