/**
 * R3 Single-person-household referral (分户 / 单人户): a severely disabled or seriously ill member of a
 * household that is not eligible as a whole may be referred to dibao alone, by the first route that
 * holds — registered poor (`cq-daily-2020-09/single-person-legacy`), near-dibao household
 * (`cq-daily-2020-09/single-person`, `mlg-review-2021/art-8`, `backstop-notice-2022/1-4`) or adult
 * unemployed severely disabled (`backstop-notice-2022/1-1`). A referral needs the person's own application.
 */
import type { Outcome, Reason } from "../../model/determination.js";
import type { ReferralRoute, SinglePersonReferral } from "./section.js";
import { DIBAO } from "../dibao/section.js";
import { compare, formatAmount, isNegative, minus, plus, type Amount } from "../../model/amount.js";
import { citations, integerParameter, nextStart, switchParameter, type EvaluationContext } from "../../facts/context.js";
import type { HouseholdFacts, MemberFacts } from "../../facts/household-facts.js";
import { severelyDisabledForReferral } from "../../facts/disability.js";
import { nearDibaoLine, nearDibaoLineValues, recordNearDibaoLine } from "../../facts/near-dibao.js";
import { classifiedTopUp, CLASSIFIED_TOP_UP_CLAUSES } from "../dibao/classified-top-ups.js";
import { PROPERTY_TEST_CLAUSES } from "../dibao/minimum-living-guarantee.js";
import { allOf, outcomeOf, test } from "../reason.js";
import { readSection, type Draft } from "../programme.js";
import type { RuleModule, RulePatch } from "../rule.js";

const LEGACY = "cq-daily-2020-09/single-person-legacy";
const NEAR_DIBAO_2020 = "cq-daily-2020-09/single-person";
const ART_8 = "mlg-review-2021/art-8";
const ADULT_ROUTE = "backstop-notice-2022/1-1";
export const SINGLE_PERSON_CLAUSES = [LEGACY, NEAR_DIBAO_2020, ART_8, "backstop-notice-2022/1-4", ADULT_ROUTE, "saim/art-12/para-1", ...PROPERTY_TEST_CLAUSES] as const;

interface RouteResult {
  readonly route: ReferralRoute;
  readonly outcome: Outcome;
  readonly reasons: readonly Reason[];
  /** The person's own income as this route counts it. */
  readonly ownIncome: Amount;
  readonly clauses: readonly string[];
}

/** Severely disabled for referral (`severelyDisabledForReferral`: mlg-review-2021/art-8 item 1, Chongqing's rule before it) or seriously ill. */
function severity(person: MemberFacts, ctx: EvaluationContext): { severelyDisabled: boolean; seriouslyIll: boolean; reason: Reason } {
  const disability = person.member.disability;
  const { severelyDisabled, addedGradesInForce: grade3Counts } = severelyDisabledForReferral(disability, ctx);
  const seriouslyIll = person.member.seriousIllness === true;
  const reason = test("single-person.severity", severelyDisabled || seriouslyIll ? "met" : "not-met", grade3Counts ? [ART_8] : [LEGACY], {
    values: {
      memberId: person.member.id,
      disabilityCategory: disability?.category ?? null,
      disabilityGrade: disability?.grade ?? null,
      seriousIllness: seriouslyIll,
      grade3IntellectualMentalCounts: grade3Counts,
    },
  });
  return { severelyDisabled, seriouslyIll, reason };
}

/** The person's own countable income (R0), less the countable support the adult route exempts. */
function ownIncome(person: MemberFacts, exemptSupport: boolean): Amount {
  if (!exemptSupport) return person.income.countable;
  const net = minus(person.income.countable, person.income.supportFromSiblingsOrElderly);
  return isNegative(net) ? 0 : net;
}

function ownIncomeReason(person: MemberFacts, income: Amount, standard: Amount, route: ReferralRoute, clauses: readonly string[]): Reason {
  return test(`single-person.${route}.own-income`, compare(income, standard) < 0 ? "met" : "not-met", clauses, {
    values: { memberId: person.member.id, ownMonthlyIncome: formatAmount(income), standard: formatAmount(standard) },
    interpretations: ["INT-8"],
  });
}

function registeredPoorRoute(facts: HouseholdFacts, person: MemberFacts): RouteResult {
  const registration = facts.household.status?.povertyRegistration ?? null;
  const clauses = [LEGACY];
  const income = ownIncome(person, false);
  const reasons = [
    test("single-person.registered-poor.registration", registration === "unlifted" ? "met" : "not-met", clauses, { values: { povertyRegistration: registration } }),
    ownIncomeReason(person, income, facts.standard, "registered-poor", clauses),
  ];
  return { route: "registered-poor", outcome: allOf(reasons.map((r) => r.outcome)), reasons, ownIncome: income, clauses };
}

function nearDibaoRoute(facts: HouseholdFacts, person: MemberFacts, ctx: EvaluationContext): RouteResult {
  const near = nearDibaoLine(facts, ctx);
  const clauses = citations(ctx, "citations.near-dibao");
  const income = ownIncome(person, false);
  if (near === undefined) {
    // The date the line starts, from the data: an override that moves it moves the explanation too.
    const inForceFrom = nextStart(ctx, "near-dibao.bound", (value) => value.decimal !== undefined) ?? null;
    const reasons = [test("single-person.near-dibao.in-force", "not-met", [NEAR_DIBAO_2020], { values: { asOf: ctx.asOf, inForceFrom } })];
    return { route: "near-dibao", outcome: "not-met", reasons, ownIncome: income, clauses: [NEAR_DIBAO_2020] };
  }
  const compliant = facts.household.assets?.compliant;
  const reasons = [
    test("single-person.near-dibao.household-income", near.withinLine ? "met" : "not-met", clauses, {
      values: nearDibaoLineValues(facts, near),
    }),
    test("single-person.near-dibao.property-test", outcomeOf(compliant), [...clauses, ...PROPERTY_TEST_CLAUSES], {
      values: { assetsCompliant: compliant ?? null },
      missing: ["assets.compliant"],
    }),
    ownIncomeReason(person, income, facts.standard, "near-dibao", clauses),
  ];
  return { route: "near-dibao", outcome: allOf(reasons.map((r) => r.outcome)), reasons, ownIncome: income, clauses };
}

function adultRoute(facts: HouseholdFacts, person: MemberFacts, ctx: EvaluationContext, severelyDisabled: boolean): RouteResult {
  const clauses = [ADULT_ROUTE];
  const income = ownIncome(person, true);
  if (!switchParameter(ctx, "single-person.adult-severe-disability-route")) {
    const inForceFrom = nextStart(ctx, "single-person.adult-severe-disability-route", (value) => value.value === true) ?? null;
    const reasons = [test("single-person.adult-severe-disability.in-force", "not-met", clauses, { values: { asOf: ctx.asOf, inForceFrom } })];
    return { route: "adult-severe-disability", outcome: "not-met", reasons, ownIncome: income, clauses };
  }
  const adultAge = integerParameter(ctx, "single-person.adult-min-age");
  const employed = person.member.employed;
  const reasons = [
    test("single-person.adult-severe-disability.person", allOf([person.age >= adultAge ? "met" : "not-met", outcomeOf(employed == null ? null : !employed), severelyDisabled ? "met" : "not-met"]), clauses, {
      values: { memberId: person.member.id, age: person.age, adultAge, employed: employed ?? null, severelyDisabled },
      missing: [`${person.path}.employed`],
      interpretations: person.leapDayEve ? ["INT-1"] : [],
    }),
    ownIncomeReason(person, income, facts.standard, "adult-severe-disability", clauses),
  ];
  return { route: "adult-severe-disability", outcome: allOf(reasons.map((r) => r.outcome)), reasons, ownIncome: income, clauses };
}

/** Whether the household as a whole is outside dibao: eligible → no one is referred alone. */
function householdGate(draft: Draft, ctx: EvaluationContext): Reason {
  const status = readSection(draft, DIBAO)?.status ?? "needs-review";
  const outcome: Outcome = status === "eligible" ? "not-met" : status === "needs-review" ? "unknown" : "met";
  return test("single-person.household-not-eligible", outcome, citations(ctx, "citations.no-split-when-eligible"), {
    values: { dibaoStatus: status },
    missing: ["assets.compliant"],
  });
}

function referral(person: MemberFacts, chosen: RouteResult, reasons: Reason[], facts: HouseholdFacts, ctx: EvaluationContext): SinglePersonReferral {
  if (chosen.outcome !== "met") {
    return { memberId: person.member.id, route: chosen.route, status: "needs-review", monthlyAmount: null, reasons };
  }
  // INT-8: the person is assessed as a one-person household: S − own income, plus their own top-ups.
  const base = minus(facts.standard, chosen.ownIncome);
  const topUp = classifiedTopUp(person, ctx);
  const monthlyAmount = formatAmount(plus(base, topUp.amount));
  const amountReasons = topUp.reason === undefined ? [] : [topUp.reason];
  const amount = test("single-person.amount", "met", [...chosen.clauses, "saim/art-12/para-1", ...(topUp.reason?.clauses ?? [])], {
    values: { standard: formatAmount(facts.standard), ownMonthlyIncome: formatAmount(chosen.ownIncome), baseAmount: formatAmount(base), topUp: formatAmount(topUp.amount), monthlyAmount },
    interpretations: ["INT-8"],
  });
  return { memberId: person.member.id, route: chosen.route, status: "refer", monthlyAmount, reasons: [...reasons, ...amountReasons, amount] };
}

/** Decides the single-person referrals of a household whose dibao section R1/R2 have decided. */
export function evaluateSinglePersonReferrals(facts: HouseholdFacts, ctx: EvaluationContext, draft: Draft): SinglePersonReferral[] {
  const referrals: SinglePersonReferral[] = [];
  if (readSection(draft, DIBAO)?.status === "eligible") return referrals;
  for (const person of facts.counted) {
    const { severelyDisabled, seriouslyIll, reason } = severity(person, ctx);
    if (!severelyDisabled && !seriouslyIll) continue;
    const gate = householdGate(draft, ctx);
    const routes = [registeredPoorRoute(facts, person), nearDibaoRoute(facts, person, ctx), adultRoute(facts, person, ctx, severelyDisabled)].map((route) => ({
      ...route,
      outcome: allOf([gate.outcome, route.outcome]),
    }));
    const chosen = routes.find((route) => route.outcome === "met") ?? routes.find((route) => route.outcome === "unknown");
    if (chosen === undefined) continue;
    // The near-dibao line decided this entry: reading it records it, so its estimated start is warned about.
    if (chosen.route === "near-dibao") recordNearDibaoLine(ctx);
    referrals.push(referral(person, chosen, [reason, gate, ...routes.flatMap((route) => route.reasons)], facts, ctx));
  }
  return referrals;
}

export const singlePersonHouseholdRule: RuleModule<readonly SinglePersonReferral[]> = {
  id: "R3",
  title: "single-person-household referral",
  clauses: [...SINGLE_PERSON_CLAUSES, ...CLASSIFIED_TOP_UP_CLAUSES],
  apply(facts, ctx, draft): RulePatch<readonly SinglePersonReferral[]> {
    return { section: evaluateSinglePersonReferrals(facts, ctx, draft) };
  },
};
