/**
 * How `options.parameters` is resolved (issue 23): an override changed after its first use takes
 * effect (it is compiled again, never served stale from the cache); only a set compileParameterSet
 * built passes as compiled; validateParameters checks an override against every base it can meet.
 */
import { describe, expect, it } from "vitest";
import { chongqingParameterSet, compileParameterSet, evaluate, InvalidOptionsError, isCompiledParameterSet } from "../../src/index.js";
import { validateParameters } from "../../src/engine/evaluate.js";
import { household, issuesThrown, member, wage } from "../helpers.js";

const urban = household([member("m1", { incomes: [wage("500")] })]);
const ASOF = "2026-02-01";

describe("a mutated override", () => {
  it("takes effect on the next evaluation", () => {
    const values = [{ from: "2026-01-01", value: "900" }];
    const options = { asOf: ASOF, parameters: { series: { "dibao.standard.urban": { values } } } };
    // S = 900: 900 − 500 = 400.
    expect(evaluate(urban, options).dibao.monthlyAmount).toBe("400.00");
    (values[0] as { value: string }).value = "1000";
    // S = 1000: 1000 − 500 = 500.
    expect(evaluate(urban, options).dibao.monthlyAmount).toBe("500.00");
  });

  it("made invalid, is refused on the next evaluation", () => {
    const values = [{ from: "2026-01-01", value: "900" }];
    const options = { asOf: ASOF, parameters: { series: { "dibao.standard.urban": { values } } } };
    evaluate(urban, options);
    (values[0] as { value: string }).value = "-900";
    expect(issuesThrown(() => evaluate(urban, options), InvalidOptionsError).map((issue) => issue.path)).toEqual(['parameters.series["dibao.standard.urban"].values[0].value']);
  });
});

describe("compiled sets", () => {
  it("only a set compileParameterSet built is compiled; a look-alike object is an override, refused", () => {
    expect(isCompiledParameterSet(chongqingParameterSet())).toBe(true);
    const lookAlike = { ...chongqingParameterSet() };
    expect(isCompiledParameterSet(lookAlike)).toBe(false);
    expect(issuesThrown(() => evaluate(urban, { asOf: ASOF, parameters: lookAlike as never }), InvalidOptionsError)[0]?.path).toBe("parameters.kind");
    expect(isCompiledParameterSet(compileParameterSet(chongqingParameterSet().data))).toBe(true);
  });
});

describe("validateParameters", () => {
  it("names a bad value of a series the household would not read (rural, for an urban caseload)", () => {
    expect(issuesThrown(() => validateParameters({ series: { "dibao.standard.rural": { values: [{ from: "2026-01-01", value: "-1" }] } } }), InvalidOptionsError)).toEqual([
      { path: 'parameters.series["dibao.standard.rural"].values[0].value', message: expect.stringContaining("must be an amount in yuan per person per month") },
    ]);
  });

  it("lists each problem once though the override is compiled against every base", () => {
    const issues = issuesThrown(() => validateParameters({ series: { "gradual-exit.months": { values: [{ from: "2026-01-01", value: "0" }] } } }), InvalidOptionsError);
    expect(issues).toHaveLength(1);
  });

  it("passes no parameters, a compiled set and a good override", () => {
    expect(() => validateParameters(undefined)).not.toThrow();
    expect(() => validateParameters(chongqingParameterSet())).not.toThrow();
    expect(() => validateParameters({ series: { "dibao.standard.urban": { values: [{ from: "2026-01-01", value: 900 }] } } })).not.toThrow();
  });
});
