/**
 * evaluate's guard on its own pipeline: if no rule module decided the dibao section (a pipeline built
 * wrong, not a bad household), evaluate fails loudly with a plain Error saying so, rather than returning a
 * determination without it or blaming the caller's input or options.
 */
import { describe, expect, it, vi } from "vitest";
import { evaluate, InvalidInputError } from "../../src/index.js";
import { household, member } from "../helpers.js";

vi.mock("../../src/rules/index.js", () => ({ RULES: [] }));

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
