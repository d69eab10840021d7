/**
 * Typed parameter series (issue 23): every value is checked against its series' kind when a set is
 * compiled. Each override below is one of the issue's examples of nonsense that used to be accepted;
 * each must be refused naming the value's path and saying, in words, what the kind expects.
 */
import { describe, expect, it } from "vitest";
import { compileParameterSet, evaluate, InvalidOptionsError } from "../../src/index.js";
import { CHONGQING_PARAMETERS, PARAMETER_KINDS } from "../../src/policy/parameters.js";
import { household, issuesThrown, member, wage } from "../helpers.js";

const base = household([member("m1", { incomes: [wage("500")] })]);
const ASOF = "2026-02-01";

/** The issues of evaluating `base` with an override changing one series from 2026-01-01. */
function refused(name: string, value: unknown): ReadonlyArray<{ path: string; message: string }> {
  return issuesThrown(() => evaluate(base, { asOf: ASOF, parameters: { series: { [name]: { values: [{ from: "2026-01-01", value }] } } } as never }), InvalidOptionsError);
}

const path = (name: string, ...rest: Array<string | number>): string => `parameters.series["${name}"].values[0].value${rest.map((part) => `[${part}]`).join("")}`;

describe("the issue's nonsense overrides are refused at the value's path, in words", () => {
  it.each([
    ["dibao.standard.urban", "-820", "must be an amount in yuan per person per month: a non-negative number with at most 2 decimals"],
    ["dibao.standard.urban", "820.001", "must be an amount in yuan per person per month"],
    ["dibao.top-up.disabled", "-100", "must be an amount in yuan per person per month"],
    ["gradual-exit.months", "2.5", "must be whole months, at least 1"],
    ["gradual-exit.months", "-6", "must be whole months, at least 1"],
    ["gradual-exit.months", "1000000", "must be whole months, at least 1 and at most 120"],
    ["gradual-exit.months", "0", "must be whole months, at least 1"],
    ["dibao.top-up.aged-min-age", "-1", "must be whole years of age, 0 to 150"],
    ["dibao.top-up.aged-min-age", "151", "must be whole years of age, 0 to 150"],
    ["gradual-exit.scope", "everyone", 'must be one of the named regimes "rural-registered-poor", "urban-and-rural"'],
    ["near-dibao.bound", "0", "must be a multiple of the standard: a positive decimal"],
    ["rigid-expenditure.ratio", "1.2", "must be a share from 0 to 1"],
    ["screening.in-force", "yes", "must be a switch: true or false"],
    ["dibao.standard.urban", true, "must be an amount in yuan per person per month"],
  ])("%s = %j", (name, value, words) => {
    const issues = refused(name, value);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe(path(name));
    expect(issues[0]?.message).toContain(words);
    expect(issues[0]?.message).toContain(`not ${JSON.stringify(value)}`);
  });

  it.each([
    ["dibao.top-up.severely-disabled-grades", ["2"], 0, "is not written category:grade"],
    ["dibao.top-up.severely-disabled-grades", ["any:2", "physcal:2"], 1, '"physcal" is no disability category'],
    ["special-hardship.no-capacity.disability-grades", ["physical:5"], 0, "is not written category:grade"],
    ["dibao.income.excluded-kinds", ["scholarship", "scholarshp"], 1, '"scholarshp" is no income kind'],
    ["citations.near-dibao", ["nope/art-1"], 0, 'no clause "nope/art-1" in the clause catalogue'],
    ["special-hardship.continuation-schooling", ["college"], 0, '"college" is no schooling kind'],
    ["dibao.income.excluded-kinds", ["wage", "wage"], 1, '"wage" is listed twice'],
  ])("%s = %j: the item at its own path", (name, value, index, words) => {
    const issues = refused(name, value);
    expect(issues).toEqual([{ path: path(name, index), message: expect.stringContaining(words) }]);
  });

  it("a list kind given text is refused saying it is a list", () => {
    expect(refused("dibao.income.excluded-kinds", "scholarship")[0]?.message).toContain("must be a list of the contract's income kinds");
  });

  it("two values from one date in an override are an error, not the last silently winning", () => {
    const issues = issuesThrown(
      () => evaluate(base, { asOf: ASOF, parameters: { series: { "dibao.standard.urban": { values: [{ from: "2026-01-01", value: "800" }, { from: "2026-01-01", value: "900" }] } } } }),
      InvalidOptionsError,
    );
    expect(issues).toEqual([{ path: 'parameters.series["dibao.standard.urban"].values[1].from', message: expect.stringContaining("two values from 2026-01-01 (values[0] too)") }]);
  });

  it("every problem of an override is listed at once", () => {
    const issues = issuesThrown(
      () =>
        evaluate(base, {
          asOf: ASOF,
          parameters: { series: { "dibao.standard.rural": { values: [{ from: "2026-01-01", value: "-1" }] }, "gradual-exit.months": { values: [{ from: "2026-01-01", value: "2.5" }] } } },
        }),
      InvalidOptionsError,
    );
    expect(issues.map((issue) => issue.path)).toEqual([path("dibao.standard.rural"), path("gradual-exit.months")]);
  });
});

describe("accepted values", () => {
  it("a number for a money series is accepted, as household money is: 820 is 820.00", () => {
    // S = 820 from 2026-01-01; one member with 500 wage: 820 − 500 = 320.
    const result = evaluate(base, { asOf: ASOF, parameters: { series: { "dibao.standard.urban": { values: [{ from: "2026-01-01", value: 820 as never }] } } } });
    expect(result.figures.standard).toBe("820.00");
    expect(result.dibao.monthlyAmount).toBe("320.00");
  });

  it("a number for a multiple and for months is accepted", () => {
    expect(() => evaluate(base, { asOf: ASOF, parameters: { series: { "near-dibao.bound": { values: [{ from: "2026-01-01", value: 1.7 as never }] }, "gradual-exit.months": { values: [{ from: "2026-01-01", value: 3 as never }] } } } })).not.toThrow();
  });

  it("every shipped series declares a kind of the closed vocabulary", () => {
    for (const [name, series] of Object.entries(CHONGQING_PARAMETERS.series)) expect(PARAMETER_KINDS, name).toContain(series.kind);
  });
});

describe("compileParameterSet checks a caller's whole set the same way", () => {
  it("a shipped series' values by its shipped kind; a kind of its own cannot change it", () => {
    const issues = issuesThrown(
      () => compileParameterSet({ id: "x", jurisdiction: "CN-XX", series: { "gradual-exit.months": { kind: "count", values: [{ from: "2024-01-01", value: "2.5" }] } } }),
      InvalidOptionsError,
    );
    expect(issues.map((issue) => issue.path)).toEqual(['parameters.series["gradual-exit.months"].kind', 'parameters.series["gradual-exit.months"].values[0].value']);
    expect(issues[0]?.message).toContain("the rules read this series as months (whole months, at least 1 and at most 120)");
  });

  it("a series no shipped set holds must declare its kind", () => {
    const issues = issuesThrown(() => compileParameterSet({ id: "x", jurisdiction: "CN-XX", series: { "own.figure": { values: [{ from: "2024-01-01", value: "1" }] } } }), InvalidOptionsError);
    expect(issues).toEqual([{ path: 'parameters.series["own.figure"].kind', message: expect.stringContaining("required for a series no shipped set holds") }]);
  });

  it("duplicate from in a whole set is an error at the second value", () => {
    const issues = issuesThrown(
      () => compileParameterSet({ id: "x", jurisdiction: "CN-XX", series: { "dibao.standard.urban": { values: [{ from: "2024-01-01", value: "1" }, { from: "2024-01-01", value: "2" }] } } }),
      InvalidOptionsError,
    );
    expect(issues.map((issue) => issue.path)).toEqual(['parameters.series["dibao.standard.urban"].values[1].from']);
  });

  it("the shipped data itself passes (it is compiled with the same checks)", () => {
    expect(() => compileParameterSet(CHONGQING_PARAMETERS)).not.toThrow();
  });
});
