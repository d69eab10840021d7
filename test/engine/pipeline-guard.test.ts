/**
 * evaluate's pipeline, run with a registry whose programmes have rule modules left out (the registry is
 * mocked): a list section no module decided is its programme's empty list in the determination, never
 * filled with something else; and if no module decided the dibao section (a pipeline built wrong, not a
 * bad household), evaluate fails loudly with a plain Error saying so, rather than blaming the caller's
 * input or options.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { evaluate, InvalidInputError } from "../../src/index.js";
import { minimumLivingGuaranteeRule } from "../../src/rules/dibao/minimum-living-guarantee.js";
import { dibaoEdgeRule } from "../../src/rules/low-income/dibao-edge.js";
import { rigidExpenditureRule } from "../../src/rules/low-income/rigid-expenditure.js";
import { fiveCategoryScreeningRule } from "../../src/rules/screening/five-category-screening.js";
import type { AnyProgramme, RuleModule } from "../../src/rules/index.js";
import { household, member } from "../helpers.js";

const pipeline = vi.hoisted(() => ({ rules: new Map<string, RuleModule[]>() }));

vi.mock("../../src/rules/index.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/rules/index.js")>();
  // Each programme as shipped, but running only the rule modules a test puts in `pipeline.rules`.
  const programmes = original.PROGRAMMES.map((programme: AnyProgramme) => ({
    ...programme,
    get rules() {
      return pipeline.rules.get(programme.section.key) ?? [];
    },
  }));
  return { ...original, PROGRAMMES: programmes, PROGRAMME_LIST: programmes };
});

beforeEach(() => {
  pipeline.rules.clear();
});

describe("a pipeline of R1 alone", () => {
  it("decides dibao and leaves referrals and extreme-poverty entries empty", () => {
    pipeline.rules.set("dibao", [minimumLivingGuaranteeRule as RuleModule]);
    // The low-income tiers and the screening are always decided (no empty value): their rules run too.
    pipeline.rules.set("lowIncome", [dibaoEdgeRule as RuleModule, rigidExpenditureRule as RuleModule]);
    pipeline.rules.set("screening", [fiveCategoryScreeningRule as RuleModule]);
    const d = evaluate(household([member("m1")]), { asOf: "2024-10-15" });
    expect(d.dibao.status).toBe("eligible");
    expect(d.singlePersonReferrals).toEqual([]);
    expect(d.specialHardship).toEqual([]);
  });
});

describe("a pipeline in which no rule decides the dibao section", () => {
  it("is a fault of the library: a plain Error naming it, not an input error", () => {
    let thrown: unknown;
    try {
      evaluate(household([member("m1")]), { asOf: "2024-10-15" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(InvalidInputError);
    expect((thrown as Error).message).toBe("no rule decided the dibao section");
  });
});
