/**
 * evaluate's pipeline, run with rule modules left out (the rule list is mocked): the draft starts
 * empty, so a section no module decided is empty in the determination, never filled with something
 * else; and if no module decided the dibao section (a pipeline built wrong, not a bad household),
 * evaluate fails loudly with a plain Error saying so, rather than blaming the caller's input or options.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { evaluate, InvalidInputError } from "../../src/index.js";
import { minimumLivingGuaranteeRule } from "../../src/rules/dibao/minimum-living-guarantee.js";
import type { RuleModule } from "../../src/rules/index.js";
import { household, member } from "../helpers.js";

const pipeline = vi.hoisted(() => ({ rules: [] as RuleModule[] }));
vi.mock("../../src/rules/index.js", () => ({ RULES: pipeline.rules }));

beforeEach(() => {
  pipeline.rules.length = 0;
});

describe("a pipeline of R1 alone", () => {
  it("decides dibao and leaves referrals and extreme-poverty entries empty", () => {
    pipeline.rules.push(minimumLivingGuaranteeRule);
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
