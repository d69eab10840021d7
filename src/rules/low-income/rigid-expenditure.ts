/**
 * R7b Rigid-expenditure hardship household (刚性支出困难家庭), a tier of the low-income population
 * (`rigid-expenditure-2025/art-4` from 2025-01-01, `cq-rigid-expenditure-2025/ratio`,
 * `low-income-opinion-2023/2`): not covered by dibao, extreme-poverty support or the dibao-edge tier;
 * per-capita income below last year's local per-capita disposable income; property compliant; and rigid
 * expenditure over the last 12 months at least the local share (Chongqing 70 %) of household income.
 */
import type { Outcome, Reason } from "../../model/determination.js";
import { amountOf, amountOfMoney, compare, compareWithMultiple, formatAmount, formatDivided, formatRatio, isZero, plus, times, type Amount } from "../../model/amount.js";
import { decimalForYear, optionalValue, peekValue, switchParameter, type EvaluationContext } from "../../facts/context.js";
import { currentlySupportedMemberIds } from "../../facts/coverage.js";
import type { HouseholdFacts } from "../../facts/household-facts.js";
import type { ParameterName } from "../../policy/parameters.js";
import { DIBAO } from "../dibao/section.js";
import { readSection, type Draft } from "../programme.js";
import { outcomeOf, test } from "../reason.js";
import { SPECIAL_HARDSHIP } from "../special-hardship/section.js";
import type { RuleModule, RulePatch } from "../rule.js";
import { evaluateDibaoEdge } from "./dibao-edge.js";
import { LOW_INCOME, type LowIncomeSection, type TierResult } from "./section.js";
import { notInForce, tierStatus } from "./tier.js";

const ART_4 = "rigid-expenditure-2025/art-4";
const CQ_RATIO = "cq-rigid-expenditure-2025/ratio";
const OPINION = "low-income-opinion-2023/2";
export const RIGID_EXPENDITURE_CLAUSES = [ART_4, CQ_RATIO, OPINION] as const;

/** The `missing` of a section's undecided reasons: what left it at needs-review. */
function missingOf(reasons: readonly Reason[]): string[] {
  return reasons.filter((reason) => reason.outcome === "unknown").flatMap((reason) => reason.missing);
}

/**
 * Condition 1 (art-4 item 1): not in dibao (R1 eligible or an R2 window), not a dibao-edge household (R7a),
 * no member supported or eligible as an extreme-poverty person (R4). An undecided section is unknown.
 */
function notCoveredReason(facts: HouseholdFacts, draft: Draft, dibaoEdge: TierResult): Reason {
  const dibao = readSection(draft, DIBAO);
  const dibaoStatus = dibao?.status ?? "needs-review";
  const dibaoEdgeStatus = dibaoEdge.status;
  const supported = [...currentlySupportedMemberIds(facts.household)];
  const entries = readSection(draft, SPECIAL_HARDSHIP) ?? [];
  const eligible = entries.filter((entry) => entry.status === "eligible").map((entry) => entry.memberId);
  const pending = entries.filter((entry) => entry.status === "needs-review");
  const covered = dibaoStatus === "eligible" || dibaoStatus === "gradual-exit" || dibaoEdgeStatus === "member" || supported.length > 0 || eligible.length > 0;
  const undecided = dibaoStatus === "needs-review" || dibaoEdgeStatus === "needs-review" || pending.length > 0;
  const outcome: Outcome = covered ? "not-met" : undecided ? "unknown" : "met";
  const missing = [
    ...new Set([
      ...(dibaoStatus === "needs-review" ? missingOf(dibao?.reasons ?? []) : []),
      ...(dibaoEdgeStatus === "needs-review" ? missingOf(dibaoEdge.reasons) : []),
      ...pending.flatMap((entry) => missingOf(entry.reasons)),
    ]),
  ];
  return test("low-income.rigid-expenditure.not-covered", outcome, [ART_4], {
    values: {
      dibaoStatus,
      dibaoEdgeStatus,
      supportedMemberIds: supported,
      specialHardshipEligibleIds: eligible,
      specialHardshipPendingIds: pending.map((entry) => entry.memberId),
    },
    missing,
  });
}

/**
 * Condition 2 (art-4 item 2): per-capita monthly income × 12 below the local per-capita disposable income of
 * the previous calendar year, compared exactly as 12 × total < figure × n. A year not held is unknown.
 */
function incomeReason(facts: HouseholdFacts, ctx: EvaluationContext): Reason {
  const year = ctx.asOfDate.year - 1;
  const name: ParameterName = `resident-disposable-income.${facts.household.area}`;
  const figure = decimalForYear(ctx, name, year);
  const annualTotal = times(facts.totalIncome, 12);
  const figureAmount = figure === undefined ? undefined : amountOfMoney(figure);
  const values = {
    perCapitaMonthlyIncome: facts.perCapita,
    annualPerCapitaIncome: formatDivided(annualTotal, facts.countedMembers),
    disposableIncome: figureAmount === undefined ? null : formatAmount(figureAmount),
    disposableIncomeYear: year,
    area: facts.household.area,
  };
  const outcome: Outcome = figureAmount === undefined ? "unknown" : compare(annualTotal, times(figureAmount, facts.countedMembers)) < 0 ? "met" : "not-met";
  return test("low-income.rigid-expenditure.income", outcome, [ART_4, OPINION], { values, missing: [`parameters.${name}:${year}`] });
}

/** The ratio shown: 4 decimals, half-up, for display only (the test compares exactly). */
function displayRatio(expenditure: Amount, income: Amount): string | null {
  return compare(income, 0) > 0 ? formatRatio(expenditure, income) : null;
}

interface RatioTest {
  readonly reason: Reason;
  /** The local ratio decided the outcome (it was compared against); otherwise the outcome holds for any ratio. */
  readonly ratioUsed: boolean;
}

/**
 * Condition 4 (art-4 item 4, `cq-rigid-expenditure-2025/ratio`): rigid expenditure over the 12 months
 * before `asOf` at least the local ratio of household total income over the same months, taken as
 * 12 × the total countable monthly income (INT-13). Income 0 with expenditure → met; no expenditure → not met.
 */
function ratioTest(facts: HouseholdFacts, ctx: EvaluationContext): RatioTest {
  const inForce = peekValue(ctx, "rigid-expenditure.ratio");
  const ratio = inForce?.decimal;
  const items = facts.household.rigidExpenditure?.items;
  let expenditure: Amount | undefined;
  if (items != null) {
    expenditure = 0;
    for (const item of items) expenditure = plus(expenditure, amountOf(item.annual));
  }
  const annualIncome = times(facts.totalIncome, 12);
  const clauses = ratio === undefined ? [ART_4, OPINION] : [ART_4, CQ_RATIO, OPINION];
  const values = {
    rigidExpenditure: expenditure === undefined ? null : formatAmount(expenditure),
    annualIncome: formatAmount(annualIncome),
    // As published ("0.70"), not as the number prints.
    ratio: ratio === undefined ? null : String(inForce?.value),
    rigidExpenditureRatio: expenditure === undefined ? null : displayRatio(expenditure, annualIncome),
  };
  const details = { values, interpretations: ["INT-13"] };
  if (expenditure === undefined) {
    return { reason: test("low-income.rigid-expenditure.ratio", "unknown", clauses, { ...details, missing: ["rigidExpenditure", ...(ratio === undefined ? ["parameters.rigid-expenditure.ratio"] : [])] }), ratioUsed: false };
  }
  // Decided whatever the ratio: nothing spent is never a share of income; spending against no income always is.
  if (isZero(expenditure)) return { reason: test("low-income.rigid-expenditure.ratio", "not-met", clauses, details), ratioUsed: false };
  if (!(compare(annualIncome, 0) > 0)) return { reason: test("low-income.rigid-expenditure.ratio", "met", clauses, details), ratioUsed: false };
  if (ratio === undefined) {
    return { reason: test("low-income.rigid-expenditure.ratio", "unknown", clauses, { ...details, missing: ["parameters.rigid-expenditure.ratio"] }), ratioUsed: false };
  }
  // "不低于70%": expenditure ≥ ratio × income, exactly.
  const outcome: Outcome = compareWithMultiple(expenditure, ratio, annualIncome) >= 0 ? "met" : "not-met";
  return { reason: test("low-income.rigid-expenditure.ratio", outcome, clauses, details), ratioUsed: true };
}

/** Decides whether the household is a rigid-expenditure hardship household on `asOf`, given its R7a result. */
export function evaluateRigidExpenditure(facts: HouseholdFacts, ctx: EvaluationContext, draft: Draft, dibaoEdge: TierResult): TierResult {
  if (!switchParameter(ctx, "rigid-expenditure.in-force")) return notInForce(ctx, "rigid-expenditure", "rigid-expenditure.in-force", [ART_4]);
  const compliant = facts.household.assets?.compliant;
  const ratio = ratioTest(facts, ctx);
  const others = [
    notCoveredReason(facts, draft, dibaoEdge),
    incomeReason(facts, ctx),
    test("low-income.rigid-expenditure.property-test", outcomeOf(compliant), [ART_4, OPINION], { values: { assetsCompliant: compliant ?? null }, missing: ["assets.compliant"] }),
  ];
  // The ratio decided the tier when it was compared against and no other condition already fails:
  // only then is it recorded, so its estimated start warns (W-PARAMETER-DATE-ESTIMATED) inside its span.
  if (ratio.ratioUsed && others.every((reason) => reason.outcome !== "not-met")) optionalValue(ctx, "rigid-expenditure.ratio");
  const reasons = [...others, ratio.reason];
  return { status: tierStatus(reasons), reasons };
}

export const rigidExpenditureRule: RuleModule<LowIncomeSection> = {
  id: "R7b",
  title: "rigid-expenditure hardship household",
  clauses: RIGID_EXPENDITURE_CLAUSES,
  apply(facts, ctx, draft): RulePatch<LowIncomeSection> {
    // R7a ran first in this programme; its result is one of R7b's conditions.
    const dibaoEdge = readSection(draft, LOW_INCOME)?.dibaoEdge ?? evaluateDibaoEdge(facts, ctx, draft);
    return { section: { dibaoEdge, rigidExpenditure: evaluateRigidExpenditure(facts, ctx, draft, dibaoEdge) } };
  },
};
