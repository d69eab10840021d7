/**
 * R0 facts about income (src/facts/household-facts.ts): where no text in force states the basic-pension
 * exclusion (before 2021 and after 2025), INT-3 still leaves the residents' basic pension out and
 * W-BASIC-PENSION-EXCLUSION-ASSUMED says so; other excluded kinds (a scholarship) are excluded by a text
 * and raise no such warning.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import { household, member } from "../helpers.js";

const assumed = (kind: "basic-pension" | "scholarship", asOf: string) =>
  evaluate(household([member("m1", { incomes: [{ kind, monthly: "200" }] })]), { asOf }).warnings.find((w) => w.code === "W-BASIC-PENSION-EXCLUSION-ASSUMED");

describe("the basic-pension exclusion outside the period a text states it", () => {
  it("is assumed for a basic pension on 2020-06-15, and the warning names INT-3", () => {
    expect(assumed("basic-pension", "2020-06-15")).toEqual({ code: "W-BASIC-PENSION-EXCLUSION-ASSUMED", parameters: [], interpretations: ["INT-3"] });
  });

  it("is not in question for a scholarship, excluded by the text itself", () => {
    expect(assumed("scholarship", "2020-06-15")).toBeUndefined();
  });

  it("is stated, not assumed, for a basic pension on 2023-10-15", () => {
    expect(assumed("basic-pension", "2023-10-15")).toBeUndefined();
  });
});
