/**
 * How evaluate refuses what it cannot decide: a jurisdiction no parameter set ships for, a `parameters`
 * option that is neither an override nor a compiled set, a set for another jurisdiction, a set holding
 * no standard for the household's area on `asOf`. Each is one error naming the field, with the message
 * a caller reads; a caller's own set for another city is taken.
 */
import { describe, expect, it } from "vitest";
import { chongqingParameterSet, compileParameterSet, evaluate, InvalidHouseholdError, InvalidOptionsError } from "../../src/index.js";
import { household, issuesThrown, member } from "../helpers.js";

const ASOF = "2023-10-15";

const issuesOf = issuesThrown;

describe("a jurisdiction no parameter set ships for", () => {
  const shanghai = household([member("m1")], { jurisdiction: "CN-SH" });
  const expected = [{ path: "jurisdiction", message: 'no parameter set ships for "CN-SH"; pass one in options.parameters (only CN-CQ ships in v1)' }];

  it("is an invalid household naming the jurisdiction, with or without parameters: null", () => {
    expect(issuesOf(() => evaluate(shanghai, { asOf: ASOF }), InvalidHouseholdError)).toEqual(expected);
    expect(issuesOf(() => evaluate(shanghai, { asOf: ASOF, parameters: null }), InvalidHouseholdError)).toEqual(expected);
    expect(issuesOf(() => evaluate(shanghai, { asOf: ASOF, parameters: undefined }), InvalidHouseholdError)).toEqual(expected);
  });

  it("is decided with a caller's set for it, built on Chongqing's (2023-10-15: urban standard 735)", () => {
    const d = evaluate(shanghai, { asOf: ASOF, parameters: { base: "CN-CQ", jurisdiction: "CN-SH", id: "sh-what-if", series: {} } });
    expect(d.jurisdiction).toBe("CN-SH");
    expect(d.parameterSet.id).toBe("sh-what-if");
    expect(d.figures.standard).toBe("735.00");
    expect(d.dibao.status).toBe("eligible");
  });
});

describe("a parameters option that is not an override", () => {
  it.each([["text", "CN-CQ"], ["number", 12], ["boolean", true]] as const)("(%s) is invalid options naming `parameters`", (_kind, value) => {
    expect(issuesOf(() => evaluate(household([member("m1")]), { asOf: ASOF, parameters: value as never }), InvalidOptionsError)).toEqual([
      { path: "parameters", message: "must be a parameter override object or a compiled parameter set" },
    ]);
  });

  it("is taken as it is when it is a compiled set: its id and its figures decide", () => {
    const data = chongqingParameterSet().data;
    const compiled = compileParameterSet({ ...data, id: "cq-copy" });
    const d = evaluate(household([member("m1")]), { asOf: ASOF, parameters: compiled });
    expect(d.parameterSet.id).toBe("cq-copy");
    expect(d.figures.standard).toBe("735.00");
  });
});

describe("a parameter set for another jurisdiction", () => {
  it("is an invalid household naming both jurisdictions", () => {
    expect(issuesOf(() => evaluate(household([member("m1")]), { asOf: ASOF, parameters: { jurisdiction: "CN-SH", id: "sh", series: {} } }), InvalidHouseholdError)).toEqual([
      { path: "jurisdiction", message: 'is "CN-CQ" but the parameter set sh is for "CN-SH"' },
    ]);
  });
});

describe("a parameter set without the household's standard on asOf", () => {
  it("holding no such series at all is invalid options naming asOf and the series", () => {
    const parameters = { id: "rural-only", jurisdiction: "CN-CQ", inherit: false, series: { "dibao.standard.rural": { values: [{ from: "2020-01-01", value: "500" }] } } };
    expect(issuesOf(() => evaluate(household([member("m1")]), { asOf: ASOF, parameters }), InvalidOptionsError)).toEqual([
      { path: "asOf", message: "the parameter set rural-only holds no dibao.standard.urban" },
    ]);
  });

  it("holding the series with no value at all is invalid options naming the series", () => {
    const parameters = { series: { "dibao.standard.urban": { replace: true, values: [] } } };
    expect(issuesOf(() => evaluate(household([member("m1")]), { asOf: ASOF, parameters }), InvalidOptionsError)).toEqual([
      { path: "asOf", message: "the parameter set CN-CQ+override holds no dibao.standard.urban" },
    ]);
  });

  it("holding it only from a later date is invalid options naming that date", () => {
    const parameters = { id: "late", jurisdiction: "CN-CQ", inherit: false, series: { "dibao.standard.urban": { values: [{ from: "2024-01-01", value: "800" }] } } };
    expect(issuesOf(() => evaluate(household([member("m1")]), { asOf: ASOF, parameters }), InvalidOptionsError)).toEqual([
      {
        path: "asOf",
        message: "2023-10-15 is before the first dibao.standard.urban the parameter set late holds (from 2024-01-01); the library does not guess earlier standards",
      },
    ]);
  });
});

describe("options that are not an object", () => {
  it.each([["absent", undefined], ["null", null], ["a date alone", "2023-10-15"]] as const)("(%s) are invalid options asking for asOf", (_kind, options) => {
    expect(issuesOf(() => evaluate(household([member("m1")]), options as never), InvalidOptionsError)).toEqual([{ path: "asOf", message: "options with an asOf date are required" }]);
  });
});
