/**
 * The disability concepts (src/facts/disability.ts), each against its legal text, worked out by hand:
 * - top-up table (cq-standards-2018, 一至二级重残人员): grade 1–2 of any category, at every date;
 * - single-person referral (mlg-review-2021/art-8 item 1, 一级、二级重度残疾人和三级智力残疾人、三级精神残疾人):
 *   grade 1–2 of any category, and from 2021-07-01 grade-3 intellectual or mental too (Chongqing's 2020 rule
 *   before: grade 1–2 only);
 * - supporter (shp-identification-2021/art-8 item 4, 重度残疾人和残疾等级为三级的智力、精神残疾人): grade 1–2 of
 *   any category, or grade-3 intellectual or mental;
 * - no capacity to work (shp-identification-2021/art-5): 60 or over; under 16 (INT-9; under 18 with INT-9
 *   off); intellectual or mental grade 1–3, physical 1–2, visual 1 (no other category).
 * Each concept reads its figures from the parameter set: an override changes the answer.
 */
import { describe, expect, it } from "vitest";
import type { EvaluationContext } from "../../src/facts/context.js";
import {
  noCapacityToWork,
  noCapacityToWorkByDisability,
  onGradeList,
  severelyDisabledForReferral,
  severelyDisabledForTopUp,
  severelyDisabledSupporter,
} from "../../src/facts/disability.js";
import { parsePlainDate, type PlainDate } from "../../src/model/date.js";
import type { Disability } from "../../src/model/household.js";
import { DEFAULT_INTERPRETATIONS } from "../../src/policy/interpretations.js";
import { applyOverride, CHONGQING_PARAMETERS, chongqingParameterSet, compileParameterSet, type ParameterOverride } from "../../src/policy/parameters.js";

type Category = Disability["category"];

function context(asOf: string, options: { override?: ParameterOverride; int9?: boolean } = {}): EvaluationContext {
  return {
    asOf,
    asOfDate: parsePlainDate(asOf) as PlainDate,
    parameters: options.override === undefined ? chongqingParameterSet() : compileParameterSet(applyOverride(CHONGQING_PARAMETERS, options.override)),
    interpretations: { ...DEFAULT_INTERPRETATIONS, "INT-9": options.int9 ?? true },
    used: new Set(),
    consulted: new Set(),
  };
}

const d = (category: Category, grade: number): Disability => ({ category, grade });

describe("onGradeList: category:highest grade entries, 'any' for every category", () => {
  it("a grade qualifies up to its category's highest grade (grade 1 is the most severe)", () => {
    const art5 = ["intellectual:3", "mental:3", "physical:2", "visual:1"];
    expect([onGradeList(d("physical", 2), art5), onGradeList(d("physical", 3), art5)]).toEqual([true, false]);
    expect([onGradeList(d("visual", 1), art5), onGradeList(d("visual", 2), art5)]).toEqual([true, false]);
    expect([onGradeList(d("mental", 3), art5), onGradeList(d("mental", 4), art5)]).toEqual([true, false]);
    // A category the list does not name qualifies at no grade.
    expect([onGradeList(d("hearing", 1), art5), onGradeList(d("speech", 1), art5), onGradeList(d("multiple", 1), art5)]).toEqual([false, false, false]);
  });

  it("'any' qualifies every category up to its grade; a category's own entry can go further", () => {
    const list = ["any:2", "intellectual:3"];
    expect([onGradeList(d("hearing", 2), list), onGradeList(d("hearing", 3), list)]).toEqual([true, false]);
    expect([onGradeList(d("intellectual", 3), list), onGradeList(d("intellectual", 4), list)]).toEqual([true, false]);
    // A category's own lower entry does not take away what 'any' gives.
    expect(onGradeList(d("visual", 2), ["any:2", "visual:1"])).toBe(true);
  });

  it("no disability is on no list; an entry without a number qualifies nobody and hides no other entry", () => {
    expect([onGradeList(null, ["any:4"]), onGradeList(undefined, ["any:4"])]).toEqual([false, false]);
    expect(onGradeList(d("physical", 1), ["physical:"])).toBe(false);
    expect(onGradeList(d("physical", 2), ["physical:", "physical:2"])).toBe(true);
    expect(onGradeList(d("physical", 2), ["physical:1", "physical:2"])).toBe(true);
  });
});

describe("severely disabled for the classified top-up (一至二级重残人员, cq-standards-2018)", () => {
  it.each([
    ["physical", 1, true],
    ["hearing", 2, true],
    ["speech", 2, true],
    ["physical", 3, false],
    // The table names grades only: grade-3 intellectual or mental is not in it, whatever the date.
    ["intellectual", 3, false],
    ["mental", 3, false],
  ] as const)("%s grade %i on 2018-01-01 and 2025-10-15: %s", (category, grade, expected) => {
    expect(severelyDisabledForTopUp(d(category, grade), context("2018-01-01"))).toBe(expected);
    expect(severelyDisabledForTopUp(d(category, grade), context("2025-10-15"))).toBe(expected);
  });

  it("reads its grade list only for a disabled person", () => {
    const ctx = context("2023-10-15");
    expect(severelyDisabledForTopUp(null, ctx)).toBe(false);
    expect(ctx.used.has("dibao.top-up.severely-disabled-grades")).toBe(false);
    severelyDisabledForTopUp(d("visual", 4), ctx);
    expect(ctx.used.has("dibao.top-up.severely-disabled-grades")).toBe(true);
  });

  it("a caller's grade list decides (a city paying grade 3 too)", () => {
    const override = { series: { "dibao.top-up.severely-disabled-grades": { values: [{ from: "2024-01-01", value: ["any:3"] }] } } };
    expect(severelyDisabledForTopUp(d("hearing", 3), context("2023-12-31", { override }))).toBe(false);
    expect(severelyDisabledForTopUp(d("hearing", 3), context("2024-01-01", { override }))).toBe(true);
  });
});

describe("severely disabled for single-person referral (mlg-review-2021/art-8 item 1)", () => {
  it("grade-3 intellectual or mental counts from 2021-07-01, not on 2021-06-30", () => {
    for (const category of ["intellectual", "mental"] as const) {
      expect(severelyDisabledForReferral(d(category, 3), context("2021-06-30"))).toEqual({ severelyDisabled: false, addedGradesInForce: false });
      expect(severelyDisabledForReferral(d(category, 3), context("2021-07-01"))).toEqual({ severelyDisabled: true, addedGradesInForce: true });
    }
  });

  it("grade 1–2 of any category counts on both sides of 2021-07-01; grade 3 of another category and grade 4 never", () => {
    for (const asOf of ["2020-06-15", "2021-06-30", "2021-07-01", "2025-10-15"]) {
      expect(severelyDisabledForReferral(d("physical", 2), context(asOf)).severelyDisabled, asOf).toBe(true);
      expect(severelyDisabledForReferral(d("visual", 1), context(asOf)).severelyDisabled, asOf).toBe(true);
      expect(severelyDisabledForReferral(d("physical", 3), context(asOf)).severelyDisabled, asOf).toBe(false);
      expect(severelyDisabledForReferral(d("hearing", 3), context(asOf)).severelyDisabled, asOf).toBe(false);
      expect(severelyDisabledForReferral(d("intellectual", 4), context(asOf)).severelyDisabled, asOf).toBe(false);
    }
  });

  it("no disability: not severely disabled; the switch is still read (it decides the clause), the lists are not", () => {
    const ctx = context("2023-10-15");
    expect(severelyDisabledForReferral(undefined, ctx)).toEqual({ severelyDisabled: false, addedGradesInForce: true });
    expect([...ctx.used]).toEqual(["single-person.grade-3-intellectual-mental"]);
  });

  it("the switch and the added grades are parameters: off, grade-3 intellectual is not severe; another list adds another category", () => {
    const off = { series: { "single-person.grade-3-intellectual-mental": { values: [{ from: "2023-01-01", value: false }] } } };
    expect(severelyDisabledForReferral(d("intellectual", 3), context("2023-10-15", { override: off }))).toEqual({ severelyDisabled: false, addedGradesInForce: false });
    const hearing = { series: { "single-person.severe-disability-added-grades": { replace: true, values: [{ from: "2018-01-01", value: ["hearing:3"] }] } } };
    expect(severelyDisabledForReferral(d("hearing", 3), context("2023-10-15", { override: hearing })).severelyDisabled).toBe(true);
    expect(severelyDisabledForReferral(d("intellectual", 3), context("2023-10-15", { override: hearing })).severelyDisabled).toBe(false);
  });
});

describe("a supporter severely disabled (shp-identification-2021/art-8 item 4)", () => {
  it.each([
    ["physical", 2, true],
    ["hearing", 1, true],
    ["intellectual", 3, true],
    ["mental", 3, true],
    ["physical", 3, false],
    ["visual", 3, false],
    ["intellectual", 4, false],
  ] as const)("%s grade %i: %s", (category, grade, expected) => {
    expect(severelyDisabledSupporter(d(category, grade), context("2023-10-15"))).toBe(expected);
    // A national constant: the same before the 2021 measures.
    expect(severelyDisabledSupporter(d(category, grade), context("2019-03-01"))).toBe(expected);
  });

  it("no disability: not severely disabled, and the list is not read", () => {
    const ctx = context("2023-10-15");
    expect(severelyDisabledSupporter(null, ctx)).toBe(false);
    expect(ctx.used.size).toBe(0);
  });
});

describe("no capacity to work (shp-identification-2021/art-5)", () => {
  it.each([
    ["intellectual", 3, true],
    ["intellectual", 4, false],
    ["mental", 3, true],
    ["physical", 2, true],
    ["physical", 3, false],
    ["visual", 1, true],
    ["visual", 2, false],
    ["hearing", 1, false],
    ["speech", 1, false],
    ["multiple", 1, false],
  ] as const)("by disability, %s grade %i: %s", (category, grade, expected) => {
    expect(noCapacityToWorkByDisability(d(category, grade), context("2023-10-15"))).toBe(expected);
  });

  it("aged 60 or over (60周岁以上); 59 is not", () => {
    expect(noCapacityToWork(60, null, context("2023-10-15"))).toMatchObject({ aged: true, minor: false, disabled: false, elderlyAge: 60 });
    expect(noCapacityToWork(59, null, context("2023-10-15"))).toMatchObject({ aged: false, minor: false, disabled: false });
  });

  it("under 16 with INT-9 (未满16周岁): 15 is a minor, 16 and 17 are not and record INT-9, 18 records nothing", () => {
    const at = (age: number) => {
      const ctx = context("2023-10-15");
      return { ...noCapacityToWork(age, null, ctx), consulted: [...ctx.consulted] };
    };
    expect(at(15)).toMatchObject({ minor: true, minorAge: 16, continuationAge: 18, int9: true, consulted: [] });
    expect(at(16)).toMatchObject({ minor: false, minorAge: 16, consulted: ["INT-9"] });
    expect(at(17)).toMatchObject({ minor: false, consulted: ["INT-9"] });
    expect(at(18)).toMatchObject({ minor: false, consulted: [] });
  });

  it("with INT-9 off the minor age is the continuation age, 18: 17 is a minor", () => {
    const ctx = context("2023-10-15", { int9: false });
    expect(noCapacityToWork(17, null, ctx)).toMatchObject({ minor: true, minorAge: 18, int9: false });
    expect(noCapacityToWork(18, null, ctx)).toMatchObject({ minor: false, minorAge: 18 });
    expect([...ctx.consulted]).toEqual([]);
  });

  it("a disabled person of working age has no capacity by the grade list alone", () => {
    expect(noCapacityToWork(40, d("physical", 2), context("2023-10-15"))).toMatchObject({ aged: false, minor: false, disabled: true });
    expect(noCapacityToWork(40, d("physical", 3), context("2023-10-15"))).toMatchObject({ aged: false, minor: false, disabled: false });
  });

  it("the ages are parameters: a caller's 65 from 2024-01-01 makes 64 of working age from that day", () => {
    const override = { series: { "special-hardship.no-capacity.elderly-min-age": { values: [{ from: "2024-01-01", value: "65" }] } } };
    expect(noCapacityToWork(64, null, context("2023-12-31", { override }))).toMatchObject({ aged: true, elderlyAge: 60 });
    expect(noCapacityToWork(64, null, context("2024-01-01", { override }))).toMatchObject({ aged: false, elderlyAge: 65 });
  });
});
