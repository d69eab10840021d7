/**
 * The impact module's small parts, case by case: whole fen (exact, sign kept, weighted totals rounded
 * half up), and the parameter sets of a run (baseline, stacked reforms, per jurisdiction, errors kept).
 */
import { describe, expect, it } from "vitest";
import { fenOf, formatFen, formatWeightedFen } from "../../src/impact/fen.js";
import { impactParameterSets, parameterSetsByJurisdiction } from "../../src/impact/parameters.js";
import { InvalidOptionsError } from "../../src/model/errors.js";
import { Money } from "../../src/model/money.js";
import { valueOn } from "../../src/policy/parameters.js";

describe("whole fen", () => {
  it("reads an amount with two decimals as fen, negative too, and refuses anything else as a fault", () => {
    expect(fenOf("270.00")).toBe(27000);
    expect(fenOf("-0.01")).toBe(-1);
    expect(fenOf("0.00")).toBe(0);
    expect(() => fenOf("270" as never)).toThrow('not an amount with two decimals: "270"');
    expect(() => fenOf("1.5e3" as never)).toThrow(Error);
  });

  it("writes fen as yuan with two places, the sign in front", () => {
    expect(formatFen(27000)).toBe("270.00");
    expect(formatFen(-1)).toBe("-0.01");
    expect(formatFen(-105)).toBe("-1.05");
    expect(formatFen(0)).toBe("0.00");
  });

  it("rounds a weighted total of fen half up to whole fen", () => {
    expect(formatWeightedFen(new Money("12345.5"))).toBe("123.46");
    expect(formatWeightedFen(new Money("12345.49"))).toBe("123.45");
    expect(formatWeightedFen(new Money("-0.5"))).toBe("-0.01");
  });
});

describe("the parameter sets of an impact run", () => {
  const raise = { series: { "dibao.standard.urban": { values: [{ from: "2025-07-01", value: "900" }] } } };
  const more = { series: { "dibao.standard.urban": { values: [{ from: "2025-07-01", value: "950" }] } } };
  const urbanOn = (set: { series: ReadonlyMap<string, unknown> }) => valueOn(set.series.get("dibao.standard.urban") as never, "2025-10-15")?.decimal?.toString();

  it("stacks the reforms in order on the baseline: A, then A + B", () => {
    const sets = impactParameterSets("CN-CQ", undefined, [raise, more]);
    expect(urbanOn(sets.baseline)).toBe("770"); // parameters: urban 770 from 2025-07-01 (cq-standards-2025)
    expect(sets.steps.map(urbanOn)).toEqual(["900", "950"]);
  });

  it("applies a baseline override under every step", () => {
    const sets = impactParameterSets("CN-CQ", raise, [{ series: {} }]);
    expect(urbanOn(sets.baseline)).toBe("900");
    expect(sets.steps.map(urbanOn)).toEqual(["900"]);
  });

  it("needs a baseline where no set ships, saying so by path", () => {
    let error: unknown;
    try {
      impactParameterSets("CN-XX", undefined, []);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as InvalidOptionsError).issues).toEqual([{ path: "jurisdiction", message: 'no parameter set ships for "CN-XX"; give a baseline override with its own base' }]);
  });

  it("builds each jurisdiction's sets once, and remembers an error to throw it again", () => {
    const forJurisdiction = parameterSetsByJurisdiction(undefined, [raise]);
    const first = forJurisdiction("CN-CQ");
    expect(forJurisdiction("CN-CQ")).toBe(first);
    expect(() => forJurisdiction("CN-XX")).toThrow(InvalidOptionsError);
    let again: unknown;
    let before: unknown;
    try {
      forJurisdiction("CN-XX");
    } catch (error) {
      again = error;
    }
    try {
      forJurisdiction("CN-XX");
    } catch (error) {
      before = error;
    }
    expect(again).toBe(before);
  });

  it("names a bad reform value by the reform's index", () => {
    let error: unknown;
    try {
      impactParameterSets("CN-CQ", undefined, [raise, { series: { "dibao.standard.urban": { values: [{ from: "2025-07-01", value: "-1" }] } } }]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as InvalidOptionsError).issues[0]?.path).toMatch(/^reform\[1\]/);
  });
});
