/** One W-INTERPRETATION alternative in a sentence: the fallbacks for what the tables do not name. */
import { describe, expect, it } from "vitest";
import { alternativeText, MESSAGE_TABLES } from "../../src/explain/explain.js";

describe("alternativeText", () => {
  it("names an interpretation the tables lack by its id, and says 'otherwise' when no entry is listed", () => {
    const alternative = { interpretation: "INT-99", changes: [] };
    expect(alternativeText(alternative, MESSAGE_TABLES.en)).toBe("INT-99: this determination reads that —. The other reading (—) would have decided otherwise.");
    expect(alternativeText(alternative, MESSAGE_TABLES["zh-CN"])).toBe("INT-99：本结果采用的解释是—。若采用另一种解释（—），结果将是不同的。");
  });

  it("writes a household-level change without a member or item, and an unknown section by its key", () => {
    const alternative = {
      interpretation: "INT-99",
      changes: [{ section: "later", memberId: null, item: null, status: "eligible", amount: null, alternativeStatus: null, alternativeAmount: null }],
    };
    const english = alternativeText(alternative, MESSAGE_TABLES.en);
    expect(english).toContain("later: no entry instead of eligible");
    expect(alternativeText(alternative, MESSAGE_TABLES["zh-CN"])).toContain("later：无此项，而非");
  });
});
