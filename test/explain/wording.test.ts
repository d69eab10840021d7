/** Issue 28, item 2: wording fixes — underlines as wide as their heading, singular counts, no id said twice. */
import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/explain/explain.js";
import { evaluate, explain } from "../../src/index.js";
import { workersText } from "../../src/cli/batch.js";
import { household, member, wage } from "../helpers.js";

describe("wording", () => {
  it("a heading's underline takes the heading's columns: one per Latin character, two per Chinese", () => {
    expect(displayWidth("Warnings")).toBe(8);
    expect(displayWidth("警告（提示）")).toBe(12);
    expect(displayWidth("低保 dibao")).toBe(10);
    const text = explain(evaluate(household([member("m1", { incomes: [wage("300")] })]), { asOf: "2025-10-15" }), { lang: "en", format: "text" });
    expect(text).toContain("\nWarnings\n========\n");
  });

  it("counts one worker, and many workers", () => {
    expect(workersText(1, 1)).toBe("1 worker");
    expect(workersText(2, 2)).toBe("2 workers");
    expect(workersText(1, 2)).toBe("1 of 2 workers");
    expect(workersText(0, 0)).toBe("main thread");
  });

  it("names INT-6 once for the kept amount: in the reason's interpretations, not in its sentence too", () => {
    // Urban 2025-10-15, S = 770; income 800 is above S and below 1.5 × S = 1155: a window, the current 100.00 kept.
    const d = evaluate(household([member("m1", { incomes: [wage("800")] })], { status: { dibao: { since: "2024-01-01", monthlyAmount: "100" } } }), { asOf: "2025-10-15" });
    expect(d.dibao.status).toBe("gradual-exit");
    const zh = explain(d, { lang: "zh-CN", format: "text" });
    const line = zh.split("\n").find((one) => one.includes("渐退期内继续按当前每月保障金"));
    expect(line?.match(/INT-6/g)).toHaveLength(1);
  });
});
