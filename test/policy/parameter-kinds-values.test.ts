/**
 * Each kind of issue 23's closed vocabulary, value by value: what it accepts (and how a number is
 * normalized to decimal text), what it refuses, and the words a refusal uses. Expected values follow
 * the vocabulary as the issue states it: money with at most 2 decimals; a multiple above zero; a ratio
 * within its range (0–1 unless stated); whole months 1–120; whole years of age 0–150; a count within its range.
 */
import { describe, expect, it } from "vitest";
import { checkSpec, checkValue, expectation, type KindSpec } from "../../src/policy/parameter-kinds.js";

const ok = (spec: KindSpec, value: unknown) => {
  const result = checkValue(spec, value);
  return result.ok ? result.value : undefined;
};
const problems = (spec: KindSpec, value: unknown) => {
  const result = checkValue(spec, value);
  return result.ok ? [] : result.problems;
};

describe("decimal kinds", () => {
  const money: KindSpec = { kind: "money-per-month" };
  it("money: numbers and text with up to 2 decimals; -0 is 0; negatives, 3 decimals, exponents and non-finite numbers are refused", () => {
    expect(ok(money, 820)).toBe("820");
    expect(ok(money, "770.50")).toBe("770.50");
    expect(ok(money, -0)).toBe("0");
    expect(ok({ kind: "money-per-year" }, 47435)).toBe("47435");
    for (const bad of [-1, "-820", "1.005", 1e21, Number.NaN, Number.POSITIVE_INFINITY, "", "1e3", null, true, ["1"]]) expect(ok(money, bad), String(bad)).toBeUndefined();
    expect(problems(money, "-820")).toEqual([{ at: [], message: `must be ${expectation(money)}, not "-820"` }]);
  });

  it("a multiple of the standard is above zero", () => {
    const multiple: KindSpec = { kind: "multiple-of-standard" };
    expect(ok(multiple, 1.5)).toBe("1.5");
    expect(ok(multiple, "0.01")).toBe("0.01");
    expect(ok(multiple, "0")).toBeUndefined();
    expect(ok(multiple, "0.00")).toBeUndefined();
    expect(ok(multiple, "abc")).toBeUndefined();
  });

  it("a ratio lies in 0–1 by default, or in its stated range, compared exactly", () => {
    const share: KindSpec = { kind: "ratio" };
    expect(ok(share, "0.70")).toBe("0.70");
    expect(ok(share, "1")).toBe("1");
    expect(ok(share, "0")).toBe("0");
    expect(ok(share, "1.0001")).toBeUndefined();
    expect(ok(share, "x")).toBeUndefined();
    const ranged: KindSpec = { kind: "ratio", range: { min: "0.5", max: "10" } };
    expect(ok(ranged, "0.49")).toBeUndefined();
    expect(ok(ranged, "0.5")).toBe("0.5");
    expect(ok(ranged, "09.99")).toBe("09.99");
    expect(ok(ranged, "10.00")).toBe("10.00");
    expect(ok(ranged, "10.01")).toBeUndefined();
    expect(ok(ranged, "100")).toBeUndefined();
    expect(expectation(share)).toBe('a share from 0 to 1 ("0.70")');
    expect(expectation(ranged)).toBe('a share from 0.5 to 10 ("0.70")');
  });
});

describe("whole-number kinds", () => {
  it("months: 1 to 120, leading zeros dropped", () => {
    const months: KindSpec = { kind: "months" };
    expect(ok(months, 6)).toBe("6");
    expect(ok(months, "006")).toBe("6");
    expect(ok(months, "120")).toBe("120");
    for (const bad of ["0", "121", "2.5", "-6", "1000000", 2.5]) expect(ok(months, bad), String(bad)).toBeUndefined();
    expect(expectation(months)).toBe("whole months, at least 1 and at most 120");
  });

  it("age: 0 to 150", () => {
    const age: KindSpec = { kind: "age" };
    expect(ok(age, 0)).toBe("0");
    expect(ok(age, "150")).toBe("150");
    expect(ok(age, "151")).toBeUndefined();
    expect(ok(age, "-1")).toBeUndefined();
    expect(expectation(age)).toBe("whole years of age, 0 to 150");
  });

  it("count: 0 to 999999 by default, or its stated range", () => {
    expect(ok({ kind: "count" }, "999999")).toBe("999999");
    expect(ok({ kind: "count" }, "1000000")).toBeUndefined();
    const ranged: KindSpec = { kind: "count", range: { min: "2", max: "5" } };
    expect(ok(ranged, 1)).toBeUndefined();
    expect(ok(ranged, 2)).toBe("2");
    expect(ok(ranged, 6)).toBeUndefined();
    expect(expectation({ kind: "count" })).toBe("a whole number from 0 to 999999");
    expect(expectation(ranged)).toBe("a whole number from 2 to 5");
  });
});

describe("switches and regimes", () => {
  it("a switch is true or false, never text", () => {
    expect(ok({ kind: "switch" }, false)).toBe(false);
    expect(ok({ kind: "switch" }, "true")).toBeUndefined();
    expect(expectation({ kind: "switch" })).toBe("a switch: true or false");
  });

  it("a regime is one of its names; without names nothing is accepted", () => {
    const regime: KindSpec = { kind: "regime", names: ["current", "legacy"] };
    expect(ok(regime, "legacy")).toBe("legacy");
    expect(ok(regime, "everyone")).toBeUndefined();
    expect(ok(regime, 1)).toBeUndefined();
    expect(ok({ kind: "regime" }, "current")).toBeUndefined();
    expect(expectation(regime)).toBe('one of the named regimes "current", "legacy"');
    expect(expectation({ kind: "regime" })).toBe("one of the named regimes ");
  });
});

describe("list kinds", () => {
  it("disability grades: category:grade with a known category and grade 1–4, each once", () => {
    const grades: KindSpec = { kind: "disability-grades" };
    expect(ok(grades, ["physical:2", "any:1"])).toEqual(["physical:2", "any:1"]);
    expect(problems(grades, ["2", "physcal:2", "physical:5", 3, "any:1", "any:1"])).toEqual([
      { at: [0], message: '"2" is not written category:grade (a category, a colon and a grade 1 to 4, such as "physical:2" or "any:2")' },
      { at: [1], message: '"physcal" is no disability category (the categories: any, physical, visual, hearing, speech, intellectual, mental, multiple)' },
      { at: [2], message: '"physical:5" is not written category:grade (a category, a colon and a grade 1 to 4, such as "physical:2" or "any:2")' },
      { at: [3], message: `must be text, an item of ${expectation(grades)}, not 3` },
      { at: [5], message: '"any:1" is listed twice' },
    ]);
    expect(problems(grades, "physical:2")).toHaveLength(1);
  });

  it("income kinds, schooling kinds and clause ids: the contract's words and the catalogue's ids", () => {
    expect(ok({ kind: "income-kinds" }, ["wage"])).toEqual(["wage"]);
    expect(problems({ kind: "income-kinds" }, ["scholarshp"])[0]?.message).toMatch(/^"scholarshp" is no income kind \(the income kinds: wage, /);
    expect(ok({ kind: "schooling-kinds" }, ["compulsory", "higher"])).toEqual(["compulsory", "higher"]);
    expect(problems({ kind: "schooling-kinds" }, ["college"])).toEqual([{ at: [0], message: '"college" is no schooling kind (the schooling kinds: none, preschool, compulsory, high-school, vocational, higher)' }]);
    expect(ok({ kind: "clause-ids" }, ["saim/art-9"])).toEqual(["saim/art-9"]);
    expect(problems({ kind: "clause-ids" }, ["nope/art-1"])).toEqual([{ at: [0], message: 'no clause "nope/art-1" in the clause catalogue' }]);
    expect(expectation({ kind: "schooling-kinds" })).toBe("a list of the contract's schooling kinds (none, preschool, compulsory, high-school, vocational, higher)");
    expect(expectation({ kind: "clause-ids" })).toBe('a list of clause ids the clause catalogue holds ("mlg-review-2021/art-8")');
    expect(expectation({ kind: "money-per-year" })).toBe('an amount in yuan per year: a non-negative number with at most 2 decimals (47435 or "47435")');
    expect(expectation({ kind: "multiple-of-standard" })).toBe('a multiple of the standard: a positive decimal (1.5 or "1.5")');
  });
});

describe("checkSpec: the declaration itself", () => {
  it("a regime lists names; only a regime does; only a ratio or count states a range, in order", () => {
    expect(checkSpec({ kind: "regime", names: ["a"] })).toEqual([]);
    expect(checkSpec({ kind: "regime" })).toEqual([{ field: "names", message: "a regime lists its allowed names" }]);
    expect(checkSpec({ kind: "regime", names: [] })).toEqual([{ field: "names", message: "a regime lists its allowed names" }]);
    expect(checkSpec({ kind: "switch", names: ["a"] })).toEqual([{ field: "names", message: "only a regime lists names" }]);
    expect(checkSpec({ kind: "months", range: { min: "1", max: "2" } })).toEqual([{ field: "range", message: "only a ratio or a count states a range" }]);
    expect(checkSpec({ kind: "ratio", range: { min: "0.2", max: "0.8" } })).toEqual([]);
    expect(checkSpec({ kind: "count", range: { min: "5", max: "2" } })).toEqual([{ field: "range", message: "min and max are non-negative decimals, min not above max" }]);
    expect(checkSpec({ kind: "ratio", range: { min: "-1", max: "1" } })).toHaveLength(1);
    expect(checkSpec({ kind: "ratio", range: { min: "0", max: "x" } })).toHaveLength(1);
  });
});
