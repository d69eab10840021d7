/**
 * Typed parameter names: a rule reads a series only by a name the shipped layers hold. The misspelt
 * reads below never run; `npx tsc --noEmit` (which includes test/) fails if any of them stops being a
 * type error (`@ts-expect-error` unused), or if a correct read stops type-checking.
 */
import { describe, expect, it } from "vitest";
import {
  citations,
  decimalForYear,
  decimalParameter,
  integerParameter,
  listParameter,
  optionalValue,
  peekValue,
  switchParameter,
  textParameter,
  type EvaluationContext,
} from "../../src/facts/context.js";
import { CHONGQING_SERIES } from "../../src/policy/chongqing.js";
import { NATIONAL_SERIES } from "../../src/policy/national.js";
import { CHONGQING_PARAMETERS, type ParameterName } from "../../src/policy/parameters.js";

/** Never called: only type-checked. */
export function misspeltReads(ctx: EvaluationContext): void {
  // @ts-expect-error "urbn" is no series
  decimalParameter(ctx, "dibao.standard.urbn");
  // @ts-expect-error the age series is "special-hardship.no-capacity.elderly-min-age"
  integerParameter(ctx, "special-hardship.no-capacity.elderly-age");
  // @ts-expect-error "route" without "-route"
  switchParameter(ctx, "single-person.adult-severe-disability");
  // @ts-expect-error "excluded-kind" singular
  listParameter(ctx, "dibao.income.excluded-kind");
  // @ts-expect-error "gradual-exit.scopes"
  textParameter(ctx, "gradual-exit.scopes");
  // @ts-expect-error "near-dibao.line"
  optionalValue(ctx, "near-dibao.line");
  // @ts-expect-error "near-dibao.bounds"
  peekValue(ctx, "near-dibao.bounds");
  // @ts-expect-error "citation." singular
  citations(ctx, "citation.near-dibao");
  // @ts-expect-error "disposable-income.urban" lacks its prefix
  decimalForYear(ctx, "disposable-income.urban", 2023);
}

/** Never called: names built from typed parts check when every value of the part names a series. */
export function builtReads(ctx: EvaluationContext, area: "urban" | "rural", tier: "self-care" | "partial" | "full", text: string): void {
  decimalParameter(ctx, `dibao.standard.${area}`);
  decimalParameter(ctx, `special-hardship.care.${tier}`);
  decimalForYear(ctx, `resident-disposable-income.${area}`, 2023);
  // @ts-expect-error any string is not a series name
  decimalParameter(ctx, `dibao.standard.${text}`);
  // @ts-expect-error a part with a value that names no series ("suburban")
  decimalParameter(ctx, `dibao.standard.${area as "urban" | "suburban"}`);
}

describe("parameter names", () => {
  it("every name a rule may read is a series of the shipped CN-CQ set, and the set holds no other", () => {
    const names: ParameterName[] = [...(Object.keys(NATIONAL_SERIES) as ParameterName[]), ...(Object.keys(CHONGQING_SERIES) as ParameterName[])];
    expect(new Set(names)).toEqual(new Set(Object.keys(CHONGQING_PARAMETERS.series)));
  });
});
