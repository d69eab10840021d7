/**
 * Parameter reads through the evaluation context (src/facts/context.ts), seen through `evaluate`: a
 * parameter a rule needs that is not yet in force on asOf, or that holds the wrong kind of value, is an
 * InvalidOptionsError on "parameters" naming the parameter, the set, and the date or the value.
 */
import { describe, expect, it } from "vitest";
import { evaluate, InvalidOptionsError, type EvaluateOptions, type HouseholdInput } from "../../src/index.js";
import { ParameterError } from "../../src/facts/context.js";
import { household, issuesThrown, member, wage } from "../helpers.js";

const optionsIssues = (input: unknown, options: EvaluateOptions) => issuesThrown(() => evaluate(input as HouseholdInput, options), InvalidOptionsError);

describe("parameters read by the rules", () => {
  it("a parameter whose first value comes after asOf names that first date", () => {
    // Every evaluation reads the income kinds excluded for dibao.
    const parameters = { series: { "dibao.income.excluded-kinds": { replace: true, values: [{ from: "2030-01-01", value: ["scholarship"] }] } } };
    expect(optionsIssues(household([member("m1")]), { asOf: "2025-10-15", parameters })).toEqual([
      { path: "parameters", message: 'the parameter set CN-CQ+override holds no value of "dibao.income.excluded-kinds" on 2025-10-15: its first value is from 2030-01-01' },
    ]);
    // From its first date on, the same override decides.
    expect(evaluate(household([member("m1")]), { asOf: "2030-01-01", parameters }).parameterSet.id).toBe("CN-CQ+override");
  });

  it("a text parameter given as a switch names the parameter, its date and the value", () => {
    // A dibao recipient above the standard (735 on 2023-10-15) but under 1.5 × it: a new gradual-exit
    // window, whose regime is read from the text parameter gradual-exit.scope.
    const recipient = household([member("m1", { incomes: [wage("1000")] })], { status: { dibao: { since: "2022-01-01", monthlyAmount: "300" } } });
    expect(evaluate(recipient, { asOf: "2023-10-15" }).dibao.status).toBe("gradual-exit");
    const parameters = { series: { "gradual-exit.scope": { replace: true, values: [{ from: "2020-09-07", value: true }] } } };
    // Issue 23: refused when the set is compiled, at the value's path, whatever the household reads.
    expect(optionsIssues(recipient, { asOf: "2023-10-15", parameters })).toEqual([
      { path: 'parameters.series["gradual-exit.scope"].values[0].value', message: 'must be one of the named regimes "rural-registered-poor", "urban-and-rural", not true' },
    ]);
  });

  it("a parameter the set holds no value of at all names it, without a first date", () => {
    const parameters = { series: { "dibao.income.excluded-kinds": { replace: true, values: [] } } };
    expect(optionsIssues(household([member("m1")]), { asOf: "2025-10-15", parameters })).toEqual([
      { path: "parameters", message: 'the parameter set CN-CQ+override holds no value of "dibao.income.excluded-kinds"' },
    ]);
  });

  it("an amount, a switch or a list of the wrong kind names what it must be", () => {
    const wrong = (name: string, value: unknown) => optionsIssues(household([member("m1")]), { asOf: "2025-10-15", parameters: { series: { [name]: { replace: true, values: [{ from: "2018-01-01", value }] } } } as never });
    // Issue 23: refused when the set is compiled, at the value's path, in the words of the series' kind.
    const at = (name: string) => `parameters.series["${name}"].values[0].value`;
    expect(wrong("dibao.standard.urban", ["800"])).toEqual([
      { path: at("dibao.standard.urban"), message: 'must be an amount in yuan per person per month: a non-negative number with at most 2 decimals (770, "770" or "770.50"), not ["800"]' },
    ]);
    expect(wrong("dibao.basic-pension-exclusion.stated", "yes")).toEqual([{ path: at("dibao.basic-pension-exclusion.stated"), message: 'must be a switch: true or false, not "yes"' }]);
    expect(wrong("dibao.income.excluded-kinds", "scholarship")).toEqual([
      { path: at("dibao.income.excluded-kinds"), message: expect.stringMatching(/^must be a list of the contract's income kinds \(.*\), not "scholarship"$/) },
    ]);
  });
});

describe("ParameterError", () => {
  it("is named and carries the parameter it is about", () => {
    const error = new ParameterError("dibao.standard.urban", "no value");
    expect(error.name).toBe("ParameterError");
    expect(error.parameter).toBe("dibao.standard.urban");
    expect(error.message).toBe("no value");
  });
});
