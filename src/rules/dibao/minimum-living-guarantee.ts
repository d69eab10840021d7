/**
 * R0 + R1 Minimum living guarantee (最低生活保障, 低保) for the household: counted members, the income
 * test, the property test and the monthly amount with its classified top-ups (R5).
 */
import type { Reason } from "../../model/determination.js";
import type { DibaoSection, TopUp } from "./section.js";
import { firstDayOfNextMonth } from "../../model/date.js";
import { formatAmount, minus, plus, type Amount } from "../../model/amount.js";
import type { EvaluationContext } from "../../facts/context.js";
import type { HouseholdFacts } from "../../facts/household-facts.js";
import { isCurrentDibaoRecipient } from "../../facts/coverage.js";
import { CLASSIFIED_TOP_UP_CLAUSES, classifiedTopUp } from "./classified-top-ups.js";
import { allOf, outcomeOf, test } from "../reason.js";
import type { RuleModule, RulePatch, RuleWarning } from "../rule.js";

export const COUNTED_MEMBERS_CLAUSES = ["mlg-review-2021/art-7"] as const;
export const INCOME_TEST_CLAUSES = ["saim/art-9", "saim/art-10", "mlg-review-2021/art-13"] as const;
export const PROPERTY_TEST_CLAUSES = ["saim/art-9", "mlg-review-2021/art-14"] as const;
export const AMOUNT_CLAUSES = ["saim/art-12/para-1", "mlg-review-2021/art-23", "mlg-review-2021/art-21"] as const;
/** A decision to stop payment needs written reasons (`saim/art-13`). */
export const STOP_CLAUSES = ["saim/art-13"] as const;
export const STOP_REASON_CODE = "dibao.stop";

/** The reason for stopping a current recipient's payment from the first day of next month. */
export function stopReason(ctx: EvaluationContext, values: Record<string, string>): Reason {
  return test(STOP_REASON_CODE, "met", STOP_CLAUSES, { values: { ...values, stopFrom: firstDayOfNextMonth(ctx.asOf) } });
}

function countedMembersReason(facts: HouseholdFacts): Reason {
  // A member is left out exactly when an exclusion reason is given (R0).
  const excluded = facts.members.flatMap(({ member }) => (member.excluded == null ? [] : [{ id: member.id, reason: member.excluded }]));
  return test("household.counted-members", "met", COUNTED_MEMBERS_CLAUSES, {
    values: {
      countedMembers: facts.countedMembers,
      excludedMemberIds: excluded.map((member) => member.id),
      exclusionReasons: excluded.map((member) => member.reason),
    },
  });
}

function incomeTestReason(facts: HouseholdFacts): Reason {
  return test("dibao.income-test", facts.incomeBelowStandard ? "met" : "not-met", INCOME_TEST_CLAUSES, {
    values: {
      countableMonthlyIncome: formatAmount(facts.totalIncome),
      countedMembers: facts.countedMembers,
      perCapitaMonthlyIncome: facts.perCapita,
      standard: formatAmount(facts.standard),
      standardTimesMembers: formatAmount(facts.standardTimesMembers),
      area: facts.household.area,
    },
    interpretations: [...(facts.basicPensionAssumed ? ["INT-3"] : []), ...(facts.deductionFloorApplied ? ["INT-4"] : [])],
  });
}

function propertyTestReason(facts: HouseholdFacts): Reason {
  const compliant = facts.household.assets?.compliant;
  return test("dibao.property-test", outcomeOf(compliant), PROPERTY_TEST_CLAUSES, {
    values: { assetsCompliant: compliant ?? null },
    missing: ["assets.compliant"],
  });
}

function emptySection(status: DibaoSection["status"], reasons: Reason[], stopFrom: string | null): DibaoSection {
  return { status, monthlyAmount: null, baseAmount: null, topUps: [], paymentStart: null, stopFrom, window: null, reasons };
}

/**
 * Decides dibao for the household (`saim/art-9`): eligible when per-capita income is below the
 * standard and the property test passes; the amount is S × n − total countable income plus top-ups,
 * rounded once (`saim/art-12/para-1`, INT-2), paid from next month (`mlg-review-2021/art-21`).
 */
export function evaluateMinimumLivingGuarantee(facts: HouseholdFacts, ctx: EvaluationContext): { section: DibaoSection; warnings: RuleWarning[] } {
  const warnings: RuleWarning[] = facts.basicPensionAssumed ? [{ code: "W-BASIC-PENSION-EXCLUSION-ASSUMED", interpretations: ["INT-3"] }] : [];
  const income = incomeTestReason(facts);
  const property = propertyTestReason(facts);
  const reasons: Reason[] = [countedMembersReason(facts), income, property];
  const outcome = allOf([income.outcome, property.outcome]);

  if (outcome === "unknown") return { section: emptySection("needs-review", reasons, null), warnings };
  if (outcome === "not-met") {
    const recipient = isCurrentDibaoRecipient(facts.household);
    if (recipient) reasons.push(stopReason(ctx, { failedTests: [income, property].filter((r) => r.outcome === "not-met").map((r) => r.code).join(",") }));
    return { section: emptySection("ineligible", reasons, recipient ? firstDayOfNextMonth(ctx.asOf) : null), warnings };
  }

  const base = minus(facts.standardTimesMembers, facts.totalIncome);
  const topUps: TopUp[] = [];
  let topUpTotal: Amount = 0;
  for (const member of facts.counted) {
    const result = classifiedTopUp(member, ctx);
    if (result.topUp === undefined || result.reason === undefined) continue;
    topUps.push(result.topUp);
    reasons.push(result.reason);
    topUpTotal = plus(topUpTotal, result.amount);
  }
  const monthlyAmount = formatAmount(plus(base, topUpTotal));
  const paymentStart = firstDayOfNextMonth(ctx.asOf);
  reasons.push(
    test("dibao.amount", "met", AMOUNT_CLAUSES, {
      values: {
        standardTimesMembers: formatAmount(facts.standardTimesMembers),
        countableMonthlyIncome: formatAmount(facts.totalIncome),
        baseAmount: formatAmount(base),
        topUpTotal: formatAmount(topUpTotal),
        monthlyAmount,
        paymentStart,
      },
    }),
  );
  return {
    section: { status: "eligible", monthlyAmount, baseAmount: formatAmount(base), topUps, paymentStart, stopFrom: null, window: null, reasons },
    warnings,
  };
}

export const minimumLivingGuaranteeRule: RuleModule<DibaoSection> = {
  id: "R1",
  title: "minimum living guarantee (household)",
  clauses: [...COUNTED_MEMBERS_CLAUSES, ...INCOME_TEST_CLAUSES, ...PROPERTY_TEST_CLAUSES, ...AMOUNT_CLAUSES, ...STOP_CLAUSES, ...CLASSIFIED_TOP_UP_CLAUSES],
  apply(facts, ctx): RulePatch<DibaoSection> {
    return evaluateMinimumLivingGuarantee(facts, ctx);
  },
};
