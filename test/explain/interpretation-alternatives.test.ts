/**
 * explain() on W-INTERPRETATION: for each interpretation named, a sentence saying what the library reads
 * and what the other reading would have decided (the status and amount it would have given), in Chinese
 * and English. Households worked out by hand on 2023-10-15 (urban S = 735).
 */
import { describe, expect, it } from "vitest";
import { MESSAGE_TABLES, evaluate, explain } from "../../src/index.js";
import { INTERPRETATIONS } from "../../src/policy/interpretations.js";
import { household, member, wage } from "../helpers.js";

// m1 100 − 300 → 0 under INT-4, m2 150: total 150, base 1470 − 150 = 1320.00. The other reading offsets
// m2's income: −200 + 150 → 0 → 1470.00.
const deducted = household([member("m1", { incomes: [wage("100")], deductions: [{ kind: "disability-or-illness-cost", monthly: "300" }] }), member("m2", { relation: "spouse", incomes: [wage("150")] })]);

describe("W-INTERPRETATION explains itself", () => {
  it("in English: what INT-4 reads, and the amount the other reading would pay", () => {
    const text = explain(evaluate(deducted, { asOf: "2023-10-15" }), { lang: "en" });
    // The warning's title, not its code: W-INTERPRETATION stays in the JSON.
    expect(text).toContain("• An interpretation changed the result: INT-4.");
    expect(text).not.toContain("W-INTERPRETATION");
    expect(text).toContain(
      "INT-4: this determination reads that deductions never take a member's countable income below 0 and do not reduce other members' income. " +
        "The other reading (a member's deductions beyond their own income offset other members' income, the household total never going below 0) " +
        "would have decided Minimum living guarantee (dibao): eligible, 1470.00 yuan a month instead of eligible, 1320.00 yuan a month.",
    );
  });

  it("in Chinese, the same", () => {
    const text = explain(evaluate(deducted, { asOf: "2023-10-15" }), { lang: "zh-CN" });
    expect(text).toContain("• 解释改变了结果：INT-4。");
    expect(text).not.toContain("W-INTERPRETATION");
    expect(text).toContain(
      "INT-4：本结果采用的解释是扣减项不使成员的可计收入低于0，也不冲减其他成员的收入。若采用另一种解释（成员超出本人收入的扣减冲减其他成员的收入，家庭合计不低于0），结果将是最低生活保障（低保）：符合，每月1470.00元，而非符合，每月1320.00元。",
    );
  });

  it("names the member and the status the other reading gives (INT-9: a 16-year-old alone)", () => {
    // m1, 16, alone, no supporter, no income, own property compliant: under INT-9 no ground → ineligible;
    // the other reading (entry under 18) → eligible at the 2023-09-01 basic standard 955.
    const d = evaluate(household([member("m1", { birthDate: "2007-06-01", ownAssetsCompliant: true, supporters: [] })]), { asOf: "2023-10-15" });
    expect(explain(d, { lang: "en" })).toContain("Extreme-poverty support, m1: eligible, 955.00 yuan a month instead of not eligible");
    expect(explain(d, { lang: "zh-CN" })).toContain("特困人员救助供养（m1）：符合，每月955.00元，而非不符合");
  });

  it("both languages say what every switchable interpretation reads and what its other reading is", () => {
    for (const { id, alternative } of INTERPRETATIONS) {
      if (alternative === undefined) continue;
      for (const table of Object.values(MESSAGE_TABLES)) {
        expect(table.alternatives.readings[id]?.reads, `${table.lang} ${id}`).toBeTruthy();
        expect(table.alternatives.readings[id]?.other, `${table.lang} ${id}`).toBeTruthy();
      }
    }
  });
});
