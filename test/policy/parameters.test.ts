/** Parameters as data: the Chongqing tables as transcribed from the policy brief (every series listed in docs/parameters.md), date lookup, overrides. */
import { describe, expect, it } from "vitest";
import { CHONGQING_PARAMETERS, InvalidHouseholdError, InvalidOptionsError, chongqingParameterSet, compileParameterSet, evaluate } from "../../src/index.js";
import { applyOverride, valueOn, isInUncertaintySpan } from "../../src/policy/parameters.js";
import { getSource } from "../../src/policy/clauses.js";
import { NATIONAL_PARAMETERS } from "../../src/policy/national.js";
import { DEFAULT_INTERPRETATIONS } from "../../src/policy/interpretations.js";
import { decimalForYear, type EvaluationContext } from "../../src/facts/context.js";
import { parsePlainDate, type PlainDate } from "../../src/model/date.js";
import { household, member } from "../helpers.js";

const set = chongqingParameterSet();
const at = (name: string, date: string) => {
  const series = set.series.get(name);
  if (series === undefined) throw new Error(name);
  return valueOn(series, date)?.value;
};

describe("Chongqing standards (docs/parameters.md)", () => {
  it.each([
    ["2018-01-01", "546", "410", "710"],
    ["2019-06-30", "546", "410", "710"],
    ["2019-07-01", "580", "440", "754"],
    ["2020-08-31", "580", "440", "754"],
    ["2020-09-01", "620", "496", "806"],
    ["2021-09-01", "636", "515", "827"],
    ["2022-09-01", "717", "581", "932"],
    ["2023-09-01", "735", "600", "955"],
    ["2024-09-01", "750", "610", "975"],
    ["2025-06-30", "750", "610", "975"],
    ["2025-07-01", "770", "630", "1001"],
    ["2030-01-01", "770", "630", "1001"],
  ])("on %s: urban %s, rural %s, extreme-poverty basic %s", (date, urban, rural, basic) => {
    expect(at("dibao.standard.urban", date)).toBe(urban);
    expect(at("dibao.standard.rural", date)).toBe(rural);
    expect(at("special-hardship.basic-standard", date)).toBe(basic);
  });

  it("holds nothing before 2018-01-01", () => {
    expect(at("dibao.standard.urban", "2017-12-31")).toBeUndefined();
  });

  it("care subsidy tiers by date", () => {
    expect([at("special-hardship.care.self-care", "2020-08-31"), at("special-hardship.care.partial", "2020-08-31"), at("special-hardship.care.full", "2020-08-31")]).toEqual(["0", "200", "300"]);
    expect([at("special-hardship.care.self-care", "2020-09-01"), at("special-hardship.care.partial", "2024-08-31"), at("special-hardship.care.full", "2024-08-31")]).toEqual(["50", "200", "300"]);
    expect([at("special-hardship.care.self-care", "2024-09-01"), at("special-hardship.care.partial", "2024-09-01"), at("special-hardship.care.full", "2024-09-01")]).toEqual(["100", "300", "500"]);
  });

  it("top-ups, gradual-exit and near-dibao bounds", () => {
    expect(["disabled", "severely-disabled", "serious-illness", "aged", "child-or-student"].map((name) => at(`dibao.top-up.${name}`, "2023-01-01"))).toEqual(["40", "60", "60", "60", "100"]);
    expect(at("gradual-exit.bound", "2020-09-06")).toBe("2");
    expect(at("gradual-exit.bound", "2020-09-07")).toBe("1.5");
    expect(at("gradual-exit.scope", "2020-09-06")).toBe("rural-registered-poor");
    expect(at("near-dibao.bound", "2020-09-06")).toBeUndefined();
    expect(at("near-dibao.bound", "2020-09-07")).toBe("1.5");
  });

  it("marks the estimated starts and their spans", () => {
    const urban = set.series.get("dibao.standard.urban");
    if (urban === undefined) throw new Error("missing");
    expect(isInUncertaintySpan(urban, "2018-12-31")).toBe(false);
    expect(isInUncertaintySpan(urban, "2019-01-01")).toBe(true);
    expect(isInUncertaintySpan(urban, "2019-12-31")).toBe(true);
    expect(isInUncertaintySpan(urban, "2020-01-01")).toBe(false);
    expect(urban.lastConfirmed).toBe("2025-07-01");
  });

  it("names a known source for every value, except the weakly sourced 2019 row", () => {
    for (const [name, series] of Object.entries(CHONGQING_PARAMETERS.series)) {
      for (const value of series.values) {
        if (value.source === "aggregator-page-2019") continue;
        expect(getSource(value.source), `${name} from ${value.from}: ${value.source}`).toBeDefined();
      }
    }
  });
});

describe("resident per-capita disposable income (docs/parameters.md; cq-statistics, secondary copies)", () => {
  // The figure for year Y is the value from Y-01-01, read for asOf in Y+1 (docs/rules.md R4 amendment, R7b).
  // A context with what the parameter reads use (the engine's own adds the records other reads keep).
  const ctxOn = (asOf: string) => ({ asOf, asOfDate: parsePlainDate(asOf) as PlainDate, parameters: set, interpretations: DEFAULT_INTERPRETATIONS, used: new Set<string>() }) as EvaluationContext;

  it.each([
    ["resident-disposable-income.urban", 2018, "34889"],
    ["resident-disposable-income.urban", 2023, "47435"],
    ["resident-disposable-income.rural", 2018, "13781"],
    ["resident-disposable-income.rural", 2023, "20820"],
  ] as const)("%s for %i is %s", (name, year, figure) => {
    const ctx = ctxOn(`${year + 1}-03-01`);
    expect(decimalForYear(ctx, name, year)?.toFixed(0)).toBe(figure);
    expect(ctx.used.has(name)).toBe(true);
  });

  it("holds no other year: 2017, 2019–2022 and 2024 are not held", () => {
    const ctx = ctxOn("2025-03-01");
    for (const year of [2017, 2019, 2020, 2021, 2022, 2024]) {
      expect(decimalForYear(ctx, "resident-disposable-income.urban", year), String(year)).toBeUndefined();
      expect(decimalForYear(ctx, "resident-disposable-income.rural", year), String(year)).toBeUndefined();
    }
  });

  it("each figure names cq-statistics, says its copy is secondary, and never goes stale", () => {
    for (const name of ["resident-disposable-income.urban", "resident-disposable-income.rural"]) {
      const series = set.series.get(name);
      expect(series?.lastConfirmed, name).toBeUndefined();
      expect(series?.values.map((value) => [value.from, value.source, value.dateStatus])).toEqual([
        ["2018-01-01", "cq-statistics", "verified"],
        ["2023-01-01", "cq-statistics", "verified"],
      ]);
      for (const value of series?.values ?? []) expect(value.note).toMatch(/^secondary copy/);
    }
  });
});

describe("low-income tiers and the screening (docs/parameters.md, R7–R8)", () => {
  const series = (name: string) => {
    const found = set.series.get(name);
    if (found === undefined) throw new Error(name);
    return found;
  };

  it("rigid-expenditure.ratio: 0.70 from 2025-04-14, estimated within 2025-04-14 … 2025-06-30, last confirmed 2025-05-13", () => {
    expect(at("rigid-expenditure.ratio", "2025-04-13")).toBeUndefined();
    expect(at("rigid-expenditure.ratio", "2025-04-14")).toBe("0.70");
    const ratio = series("rigid-expenditure.ratio");
    expect(ratio.values.map((value) => [value.from, value.source, value.dateStatus])).toEqual([["2025-04-14", "cq-rigid-expenditure-2025", "estimated"]]);
    expect([isInUncertaintySpan(ratio, "2025-04-13"), isInUncertaintySpan(ratio, "2025-04-14"), isInUncertaintySpan(ratio, "2025-06-30"), isInUncertaintySpan(ratio, "2025-07-01")]).toEqual([false, true, true, false]);
    expect(ratio.lastConfirmed).toBe("2025-05-13");
  });

  it("the dibao-edge tier: from 2020-09-07, estimated as the near-dibao line (same span), national from 2022-10-20", () => {
    expect([at("dibao-edge.in-force", "2020-09-06"), at("dibao-edge.in-force", "2020-09-07"), at("dibao-edge.in-force", "2022-10-20")]).toEqual([false, true, true]);
    const edge = series("dibao-edge.in-force");
    const line = series("near-dibao.bound");
    for (const day of ["2020-09-06", "2020-09-07", "2021-06-30", "2021-07-01"]) expect(isInUncertaintySpan(edge, day), day).toBe(isInUncertaintySpan(line, day));
    expect(isInUncertaintySpan(edge, "2021-06-30")).toBe(true);
    expect(edge.values.map((value) => [value.from, value.source, value.dateStatus])).toEqual([
      ["2018-01-01", "cq-daily-2020-09", "verified"],
      ["2020-09-07", "cq-daily-2020-09", "estimated"],
      ["2022-10-20", "backstop-notice-2022", "verified"],
    ]);
  });

  it("the rigid-expenditure tier: from 2025-01-01, verified, from the national measures", () => {
    expect([at("rigid-expenditure.in-force", "2024-12-31"), at("rigid-expenditure.in-force", "2025-01-01")]).toEqual([false, true]);
    const tier = series("rigid-expenditure.in-force");
    expect(tier.values.every((value) => value.source === "rigid-expenditure-2025" && value.dateStatus === "verified")).toBe(true);
    expect(NATIONAL_PARAMETERS.series["rigid-expenditure.in-force"]).toBeDefined();
    expect(NATIONAL_PARAMETERS.series["rigid-expenditure.ratio"]).toBeUndefined();
  });

  it("the five-category screening from 2020-09-07 (verified, the meeting date), a shock looked back on for 12 months (INT-14)", () => {
    expect([at("screening.in-force", "2020-09-06"), at("screening.in-force", "2020-09-07")]).toEqual([false, true]);
    expect(series("screening.in-force").values.every((value) => value.source === "cq-daily-2020-09" && value.dateStatus === "verified")).toBe(true);
    expect(at("screening.shock-lookback-months", "2020-09-06")).toBeUndefined();
    expect(at("screening.shock-lookback-months", "2020-09-07")).toBe("12");
    expect(series("screening.shock-lookback-months").values[0]?.note).toMatch(/^INT-14/);
  });

  it("the in-force switches and the look-back were last confirmed 2025-07-01", () => {
    for (const name of ["dibao-edge.in-force", "rigid-expenditure.in-force", "screening.in-force", "screening.shock-lookback-months"]) expect(series(name).lastConfirmed, name).toBe("2025-07-01");
  });
});

describe("overrides", () => {
  const base = household([member("m1", { incomes: [{ kind: "wage", monthly: "500" }] })]);

  it("a what-if value from a date applies then, and leaves the shipped set untouched", () => {
    const override = { series: { "dibao.standard.urban": { values: [{ from: "2026-01-01", value: "900" }] } } };
    const reform = evaluate(base, { asOf: "2026-02-01", parameters: override });
    expect(reform.figures.standard).toBe("900.00");
    expect(reform.dibao.monthlyAmount).toBe("400.00");
    expect(reform.parameterSet.id).toBe("CN-CQ+override");
    expect(evaluate(base, { asOf: "2026-02-01" }).figures.standard).toBe("770.00");
    expect(at("dibao.standard.urban", "2026-02-01")).toBe("770");
    expect(evaluate(base, { asOf: "2025-10-01", parameters: override }).figures.standard).toBe("770.00");
  });

  it("replace: true drops the base series", () => {
    const data = applyOverride(CHONGQING_PARAMETERS, { series: { "dibao.standard.urban": { replace: true, values: [{ from: "2024-01-01", value: "1000" }] } } });
    expect(data.series["dibao.standard.urban"]?.values).toHaveLength(1);
    expect(CHONGQING_PARAMETERS.series["dibao.standard.urban"]?.values).toHaveLength(8);
  });

  it("another city: its own jurisdiction and figures, the national series inherited", () => {
    const city = { id: "CN-XX", jurisdiction: "CN-XX", base: "CN-CQ", series: { "dibao.standard.urban": { replace: true, values: [{ from: "2024-01-01", value: "1000", source: "test city notice" }] } } };
    const result = evaluate({ ...base, jurisdiction: "CN-XX" }, { asOf: "2024-06-01", parameters: city });
    expect(result.parameterSet.id).toBe("CN-XX");
    expect(result.dibao.monthlyAmount).toBe("500.00");
  });

  it("a compiled set can be passed as is", () => {
    const compiled = compileParameterSet(applyOverride(CHONGQING_PARAMETERS, { series: { "dibao.standard.urban": { values: [{ from: "2024-01-01", value: "800" }] } } }));
    // S = 800 from 2024-01-01; one member with 500 wage: 800 − 500 = 300.
    expect(evaluate(base, { asOf: "2024-06-01", parameters: compiled }).dibao.monthlyAmount).toBe("300.00");
  });

  it("an invalid override lists every bad field by path", () => {
    try {
      // A number is money as decimal text is (issue 23); -5 is no amount, and is listed with the other problems.
      evaluate(base, { asOf: "2024-06-01", parameters: { series: { "dibao.standard.urban": { values: [{ from: "2024-02-30", value: -5 }] } }, colour: "red" } as never });
      throw new Error("expected an error");
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidOptionsError);
      const paths = (error as InvalidOptionsError).issues.map((issue) => issue.path);
      expect(paths).toEqual(expect.arrayContaining(['parameters.series["dibao.standard.urban"].values[0].from', 'parameters.series["dibao.standard.urban"].values[0].value', "parameters"]));
    }
  });

  it("two values from one date are an error", () => {
    expect(() => compileParameterSet({ id: "x", jurisdiction: "CN-XX", series: { a: { values: [{ from: "2024-01-01", value: "1" }, { from: "2024-01-01", value: "2" }] } } })).toThrow(InvalidOptionsError);
  });

  it("an asOf before the first standard is an error naming the first date held", () => {
    expect(() => evaluate(base, { asOf: "2017-12-31" })).toThrow(/2018-01-01/);
    expect(() => evaluate(base, { asOf: "2017-12-31" })).toThrow(InvalidOptionsError);
  });

  it("a jurisdiction with no shipped set, and a set for another jurisdiction, are errors", () => {
    expect(() => evaluate({ ...base, jurisdiction: "CN-SH" }, { asOf: "2024-06-01" })).toThrow(InvalidHouseholdError);
    expect(() => evaluate({ ...base, jurisdiction: "CN-SH" }, { asOf: "2024-06-01", parameters: set })).toThrow(/CN-CQ/);
  });

  it("an unknown base set is an error", () => {
    expect(() => evaluate(base, { asOf: "2024-06-01", parameters: { base: "CN-ZZ", series: {} } })).toThrow(/CN-ZZ/);
  });

  it("an uncertainty span that ends before it begins is an error at its path", () => {
    const set = { id: "x", jurisdiction: "CN-XX", series: { a: { kind: "count", values: [{ from: "2024-01-01", value: "1", dateStatus: "estimated", uncertainty: { earliest: "2024-03-01", latest: "2024-01-01" } }] } } };
    expect(() => compileParameterSet(set)).toThrow(InvalidOptionsError);
    expect(() => compileParameterSet(set)).toThrow("parameters.series.a.values[0].uncertainty: earliest is after latest");
    const ordered = { ...set, series: { a: { kind: "count", values: [{ from: "2024-01-01", value: "1", dateStatus: "estimated", uncertainty: { earliest: "2024-01-01", latest: "2024-03-01" } }] } } };
    expect(compileParameterSet(ordered).series.get("a")?.values[0]?.uncertainty).toEqual({ earliest: "2024-01-01", latest: "2024-03-01" });
  });

  it("a set that is not a parameter set is an error listing its bad fields", () => {
    try {
      compileParameterSet({ id: "", jurisdiction: "CN-XX", series: { a: { values: "none" } } });
      throw new Error("expected an error");
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as InvalidOptionsError).issues.map((issue) => issue.path)).toEqual(["parameters.id", "parameters.series.a.values"]);
    }
  });

  it("an override with no base is a custom set, with no jurisdiction unless it names one", () => {
    expect(applyOverride(undefined, { series: {} })).toEqual({ id: "custom", jurisdiction: "", description: "", series: {} });
    // A household of a jurisdiction with no shipped set: the override inherits nothing and must name its jurisdiction.
    try {
      evaluate({ ...base, jurisdiction: "CN-XX" }, { asOf: "2024-06-01", parameters: { series: { "dibao.standard.urban": { values: [{ from: "2024-01-01", value: "1000" }] } } } });
      throw new Error("expected an error");
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as InvalidOptionsError).issues.map((issue) => issue.path)).toEqual(["parameters.jurisdiction"]);
    }
  });

  it("a set without the household's standard says so, naming the set and the series", () => {
    const bare = { id: "bare", jurisdiction: "CN-XX", inherit: false, series: { "dibao.standard.rural": { values: [{ from: "2024-01-01", value: "600" }] } } };
    try {
      evaluate({ ...base, jurisdiction: "CN-XX" }, { asOf: "2024-06-01", parameters: bare });
      throw new Error("expected an error");
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as InvalidOptionsError).issues).toEqual([{ path: "asOf", message: "the parameter set bare holds no dibao.standard.urban" }]);
    }
  });

  it("a parameter missing from a custom set is an options error, not a crash", () => {
    const bare = { id: "bare", jurisdiction: "CN-XX", inherit: false, series: { "dibao.standard.urban": { values: [{ from: "2024-01-01", value: "1000" }] } } };
    expect(() => evaluate({ ...base, jurisdiction: "CN-XX" }, { asOf: "2024-06-01", parameters: bare })).toThrow(InvalidOptionsError);
  });
});

describe("an override naming a series no set holds (issue 16)", () => {
  const base = household([member("m1")]);
  const issues = (parameters: unknown) => {
    try {
      evaluate(base, { asOf: "2025-10-15", parameters: parameters as never });
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidOptionsError);
      return (error as InvalidOptionsError).issues;
    }
    throw new Error("expected an error");
  };

  it("is an error suggesting the nearest name, not a what-if that keeps the shipped figure", () => {
    expect(issues({ series: { "dibao.standard.urbn": { values: [{ from: "2025-07-01", value: "900" }] } } })).toEqual([
      { path: 'parameters.series["dibao.standard.urbn"]', message: "no such series; did you mean dibao.standard.urban?" },
    ]);
  });

  it("says no rule reads it when no name is near, and lists it with the other problems of the override", () => {
    expect(issues({ series: { colour: { values: [{ from: "2025-07-01", value: "red" }] } } })).toEqual([
      { path: "parameters.series.colour", message: "no such series: no rule reads a series of this name (CHONGQING_PARAMETERS.series lists those of the shipped set)" },
    ]);
    expect(issues({ series: { "dibao.standard.urbn": { values: [{ from: "2025-02-30", value: "900" }] } } }).map((issue) => issue.path)).toEqual([
      'parameters.series["dibao.standard.urbn"].values[0].from',
      'parameters.series["dibao.standard.urbn"]',
    ]);
  });

  it("accepts a series a rule reads that the base set lacks, and a series of the caller's own base", () => {
    // The national layer holds no city standard: a city built on it supplies one.
    expect(() => applyOverride(NATIONAL_PARAMETERS, { base: "CN", series: { "dibao.standard.urban": { values: [{ from: "2024-01-01", value: "1000" }] } } })).not.toThrow();
    const own = { id: "own", jurisdiction: "CN-XX", description: "", series: { "own.figure": { description: "", kind: "count" as const, unit: "", values: [{ from: "2024-01-01", value: "1", source: "x", dateStatus: "verified" as const }] } } };
    expect(applyOverride(own, { series: { "own.figure": { values: [{ from: "2025-01-01", value: "2" }] } } }).series["own.figure"]?.values.map((value) => value.value)).toEqual(["1", "2"]);
    expect(() => applyOverride(own, { series: { "own.figur": { values: [] } } })).toThrow('parameters.series["own.figur"]: no such series; did you mean own.figure?');
  });
});
