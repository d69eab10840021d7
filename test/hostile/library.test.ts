/**
 * Guards the library against hostile input (issue 6): every case in ./hostile-cases.ts makes `evaluate`
 * throw InvalidHouseholdError (InvalidOptionsError for a bad asOf) naming the field, within a second of CPU time,
 * with a message that carries no stack trace, and leaves Object.prototype as it was. Text-level faults
 * reach the library as what a careless caller would pass: the unparsed text, or nothing.
 */
import { describe, expect, it } from "vitest";
import { evaluate, InvalidHouseholdError, InvalidInputError, InvalidOptionsError, type HouseholdInput } from "../../src/index.js";
import { AS_OF, HOSTILE_CASES } from "./hostile-cases.js";
import { STACK_LINE, WALL_CEILING_MS, measuredWithin, polluted, prototypeSnapshot } from "./prototype-guard.js";

describe("hostile input to evaluate()", () => {
  const before = prototypeSnapshot();

  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const value = c.value();
    const { result: caught, cpuMs, wallMs } = await measuredWithin(1000, () => {
      try {
        evaluate(value as never, { asOf: c.asOf ?? AS_OF });
      } catch (error) {
        return error;
      }
      return undefined;
    });

    const expected = c.libraryError === "InvalidOptionsError" ? InvalidOptionsError : InvalidHouseholdError;
    expect(caught).toBeInstanceOf(expected);
    const error = caught as InvalidInputError;
    expect(error.name).toBe(expected.name);
    const paths = error.issues.map((issue) => issue.path);
    expect(paths).toContain(c.libraryPath);
    // The message spells out the first 100 problems and counts the rest; `issues` keeps every one.
    if (paths.indexOf(c.libraryPath) < 100) expect(error.message).toContain(`${c.libraryPath === "" ? "(root)" : c.libraryPath}: `);
    else expect(error.message).toContain(`… and ${paths.length - 100} more`);
    expect(error.message).not.toMatch(STACK_LINE);
    expect(cpuMs, "answered within a second of CPU time").toBeLessThan(1000);
    expect(wallMs).toBeLessThan(WALL_CEILING_MS);
    expect(prototypeSnapshot()).toBe(before);
    expect(polluted()).toBe(false);
  });

  it("rejects parameter overrides of the wrong shape as InvalidOptionsError naming parameters", () => {
    const household: HouseholdInput = { jurisdiction: "CN-CQ", area: "urban", members: [{ id: "m1", relation: "self", birthDate: "1980-01-01" }] };
    for (const parameters of [42, "CN-CQ", { series: { x: { values: [{ from: "2024-02-30", value: "1" }] } } }, { series: {}, extra: 1 }, { series: { x: { values: [{ from: "2024-01-01", value: 12 }] } } }]) {
      let caught: unknown;
      try {
        evaluate(household, { asOf: AS_OF, parameters: parameters as never });
      } catch (error) {
        caught = error;
      }
      expect(caught, JSON.stringify(parameters)).toBeInstanceOf(InvalidOptionsError);
      expect((caught as InvalidOptionsError).issues.every((issue) => issue.path.startsWith("parameters"))).toBe(true);
    }
  });

  /** A wrong-typed override value is an options error naming the parameter, not a TypeError from the rules. */
  it.each([
    ["an amount given as true", "dibao.standard.urban", true],
    ["an amount given as text", "dibao.standard.urban", "seven hundred"],
    ["a list given as text", "dibao.income.excluded-kinds", "wage"],
    ["a switch given as text", "dibao.basic-pension-exclusion.stated", "yes"],
  ])("a parameter override with %s is InvalidOptionsError", (_name, series, value) => {
    const household: HouseholdInput = { jurisdiction: "CN-CQ", area: "urban", members: [{ id: "m1", relation: "self", birthDate: "1980-01-01" }], assets: { compliant: true } };
    expect(() => evaluate(household, { asOf: AS_OF, parameters: { series: { [series]: { replace: true, values: [{ from: "2018-01-01", value }] } } } as never })).toThrow(InvalidOptionsError);
  });

  it("rejects options that are not an object, or an asOf of the wrong type, as InvalidOptionsError naming asOf", () => {
    for (const options of [undefined, null, "2024-01-15", { asOf: 20240115 }, { asOf: new Date(2024, 0, 15) }, {}]) {
      let caught: unknown;
      try {
        evaluate({ jurisdiction: "CN-CQ", area: "urban", members: [{ id: "m1", relation: "self", birthDate: "1980-01-01" }] }, options as never);
      } catch (error) {
        caught = error;
      }
      expect(caught, JSON.stringify(options)).toBeInstanceOf(InvalidOptionsError);
      expect((caught as InvalidOptionsError).issues.map((issue) => issue.path)).toContain("asOf");
    }
  });
});
