/**
 * The near-dibao line (低保边缘线): per-capita income below a multiple of the standard (1.5 ×), the income
 * bound of a near-dibao household (低保边缘家庭: `cq-daily-2020-09/single-person` from 2020-09-07,
 * `mlg-review-2021/art-8`, `backstop-notice-2022/1-4`). One definition, read by the single-person route B
 * (R3), the dibao-edge tier (R7a) and the determination's `figures.nearDibaoLine`.
 */
import { decimalText, type Money } from "../model/money.js";
import { compareWithMultiple, formatAmount, timesMultiple, type Amount } from "../model/amount.js";
import { memo } from "../model/memo.js";
import { optionalValue, peekValue, type EvaluationContext } from "./context.js";
import type { HouseholdFacts } from "./household-facts.js";

export interface NearDibaoLine {
  /** The multiple of the standard (`near-dibao.bound`, 1.5). */
  readonly multiple: Money;
  /** The multiple as shown ("1.5"). */
  readonly multipleText: string;
  /** multiple × S: the per-capita line, shown as `figures.nearDibaoLine`. */
  readonly line: Amount;
  /** Per-capita income < the line, decided exactly as total < multiple × S × n. */
  readonly belowLine: boolean;
  /** Per-capita income ≥ S and < the line: the income condition of a near-dibao household. */
  readonly withinLine: boolean;
}

/** One line per household's facts: the facts belong to one evaluation (one date, one parameter set). */
const lines = new WeakMap<HouseholdFacts, NearDibaoLine | null>();

/**
 * The near-dibao line on `asOf`, with where the household's per-capita income lies against it, or
 * `undefined` before the line is in force. Does not record a read: a rule whose result the line decided
 * calls {@link recordNearDibaoLine}, so its estimated start is warned about only then.
 */
export function nearDibaoLine(facts: HouseholdFacts, ctx: EvaluationContext): NearDibaoLine | undefined {
  return (
    memo(lines, facts, () => {
      const multiple = peekValue(ctx, "near-dibao.bound")?.decimal;
      if (multiple === undefined) return null;
      // Compared on totals, like the income test: per-capita < m × S exactly when total < m × S × n.
      const belowLine = compareWithMultiple(facts.totalIncome, multiple, facts.standardTimesMembers) < 0;
      return { multiple, multipleText: decimalText(multiple), line: timesMultiple(facts.standard, multiple), belowLine, withinLine: belowLine && !facts.incomeBelowStandard };
    }) ?? undefined
  );
}

/** Records that the near-dibao line decided a result (W-PARAMETER-DATE-ESTIMATED inside its uncertainty span). */
export function recordNearDibaoLine(ctx: EvaluationContext): void {
  optionalValue(ctx, "near-dibao.bound");
}

/**
 * The figures a reason shows when the near-dibao line decided it (R3 route B, R7a): per-capita income, the
 * standard, the multiple and the line, and whether income is below the standard. One shape for both rules,
 * so their messages read the same values.
 */
export function nearDibaoLineValues(facts: HouseholdFacts, near: NearDibaoLine): Record<string, string | boolean> {
  return {
    perCapitaMonthlyIncome: facts.perCapita,
    standard: formatAmount(facts.standard),
    multiple: near.multipleText,
    nearDibaoLine: formatAmount(near.line),
    incomeBelowStandard: facts.incomeBelowStandard,
  };
}
