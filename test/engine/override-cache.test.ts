/**
 * evaluate compiles a caller's parameter override once per override object and base set, as its
 * documentation promises (evaluateMany with one options object compiles once), and never serves one
 * jurisdiction's compiled set to another. compileParameterSet is watched through a module mock.
 */
import { describe, expect, it, vi } from "vitest";
import * as parameters from "../../src/policy/parameters.js";
import { evaluate } from "../../src/index.js";
import { household, member } from "../helpers.js";

vi.mock("../../src/policy/parameters.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/policy/parameters.js")>();
  return { ...original, compileParameterSet: vi.fn(original.compileParameterSet) };
});

const compile = vi.mocked(parameters.compileParameterSet);
const ASOF = "2024-10-15";

describe("override compilation", () => {
  it("happens once per override object and base set, and again for another object or another base", () => {
    const raise = { id: "raise", jurisdiction: "CN-CQ", series: { "dibao.standard.urban": { values: [{ from: "2024-09-01", value: "900" }] } } };
    const chongqing = household([member("m1")]);
    const shanghai = household([member("m1")], { jurisdiction: "CN-SH" });
    compile.mockClear();

    expect(evaluate(chongqing, { asOf: ASOF, parameters: raise }).figures.standard).toBe("900.00");
    expect(evaluate(chongqing, { asOf: ASOF, parameters: raise }).figures.standard).toBe("900.00");
    expect(compile).toHaveBeenCalledTimes(1);

    // The same figures in another object: compiled for it.
    expect(evaluate(chongqing, { asOf: ASOF, parameters: structuredClone(raise) }).figures.standard).toBe("900.00");
    expect(compile).toHaveBeenCalledTimes(2);

    // The same object for a household of another jurisdiction: no set ships for it, so the override is
    // compiled again with no base, is for Chongqing, and is refused, without losing what was compiled for Chongqing.
    expect(() => evaluate(shanghai, { asOf: ASOF, parameters: raise })).toThrow('is "CN-SH" but the parameter set raise is for "CN-CQ"');
    expect(compile).toHaveBeenCalledTimes(3);
    expect(evaluate(chongqing, { asOf: ASOF, parameters: raise }).figures.standard).toBe("900.00");
    expect(compile).toHaveBeenCalledTimes(3);
  });
});
