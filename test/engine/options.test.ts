/**
 * The evaluation options (src/engine/options.ts): an interpretation named but left undefined keeps its
 * shipped setting, whether the others are given or not; an interpretation switched off is recorded.
 */
import { describe, expect, it } from "vitest";
import { parseOptions } from "../../src/engine/options.js";
import { evaluate } from "../../src/index.js";
import { household, member, wage } from "../helpers.js";

describe("interpretations in the options", () => {
  it("an interpretation given as undefined keeps its shipped setting", () => {
    const parsed = parseOptions({ asOf: "2023-10-15", interpretations: { "INT-5": undefined, "INT-10": false } });
    expect(parsed.interpretations["INT-5"]).toBe(true);
    expect(parsed.interpretations["INT-10"]).toBe(false);
    expect(parsed.interpretationsOff).toEqual(["INT-10"]);
  });

  it("so a household at exactly the standard still gets its gradual-exit window (INT-5 on)", () => {
    // 2023-10-15: urban standard 735; a recipient whose income is exactly 735 is taken into the window by INT-5.
    const recipient = household([member("m1", { incomes: [wage("735")] })], { status: { dibao: { since: "2022-01-01", monthlyAmount: "300" } } });
    const d = evaluate(recipient, { asOf: "2023-10-15", interpretations: { "INT-5": undefined } });
    expect(d.dibao.status).toBe("gradual-exit");
    expect(d.interpretationsOff).toBeUndefined();
    expect(evaluate(recipient, { asOf: "2023-10-15", interpretations: { "INT-5": false } }).dibao.status).toBe("ineligible");
  });
});

describe("messages for options a person can act on (issue 16)", () => {
  const issues = (options: unknown) => {
    try {
      parseOptions(options);
    } catch (error) {
      return (error as { issues: unknown }).issues;
    }
    throw new Error("expected an error");
  };

  it("an interpretation that cannot be switched off says so and lists those that can", () => {
    expect(issues({ asOf: "2025-10-15", interpretations: { "INT-2": false } })).toEqual([
      { path: 'interpretations["INT-2"]', message: expect.stringMatching(/^cannot be switched off: it has no alternative reading \(the switchable interpretations are INT-1, INT-3, INT-4, INT-5, /) },
    ]);
  });

  it("a misspelt interpretation or option suggests the nearest, and a value that is not a boolean says what it must be", () => {
    expect(issues({ asOf: "2025-10-15", interpretations: { INT5: false, "INT-4": "no" } })).toEqual([
      { path: 'interpretations["INT-4"]', message: "must be true (the library's reading) or false (the alternative)" },
      { path: "interpretations.INT5", message: "no such interpretation; did you mean INT-5?" },
    ]);
    // A misspelt option is not silently ignored, on the fast path or off it.
    expect(issues({ asOf: "2025-10-15", interpretation: { "INT-5": false } })).toEqual([{ path: "interpretation", message: "unknown field interpretation: did you mean interpretations?" }]);
  });
});
