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
