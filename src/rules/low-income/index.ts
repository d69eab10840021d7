/**
 * The low-income tiers programme (低收入人口分层, `low-income-opinion-2023/2`): R7a decides whether the
 * household is a dibao-edge household (低保边缘家庭), R7b whether it is a rigid-expenditure hardship
 * household (刚性支出困难家庭), which needs R7a's answer.
 */
import { sameWithoutReasons } from "../compare.js";
import type { Programme } from "../programme.js";
import { dibaoEdgeRule } from "./dibao-edge.js";
import type { LowIncomeLabels } from "./labels.js";
import { en } from "./messages-en.js";
import { zhCN } from "./messages-zh-CN.js";
import { rigidExpenditureRule } from "./rigid-expenditure.js";
import { LOW_INCOME, lowIncomeSchema, type LowIncomeSection } from "./section.js";

export const lowIncomeProgramme: Programme<LowIncomeSection, LowIncomeLabels, "lowIncome"> = {
  section: LOW_INCOME,
  title: "low-income tiers",
  schema: lowIncomeSchema,
  rules: [dibaoEdgeRule, rigidExpenditureRule],
  empty: undefined,
  // Each tier compared without its reasons: what was decided is its status.
  sameOutcome: (a, b) => sameWithoutReasons(a.dibaoEdge, b.dibaoEdge) && sameWithoutReasons(a.rigidExpenditure, b.rigidExpenditure),
  messages: { "zh-CN": zhCN, en },
  render(section, out, labels) {
    out.heading(labels.heading);
    out.line(labels.note);
    out.item(labels.tier({ tier: "dibao-edge", status: section.dibaoEdge.status }));
    out.reasons(section.dibaoEdge.reasons, 1);
    out.item(labels.tier({ tier: "rigid-expenditure", status: section.rigidExpenditure.status }));
    out.reasons(section.rigidExpenditure.reasons, 1);
  },
};

export { LOW_INCOME, type LowIncomeSection, type TierResult, type TierStatus } from "./section.js";
