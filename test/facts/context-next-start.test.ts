/**
 * `nextStart` (src/facts/context.ts): the date a rule not yet in force begins, read from the series after
 * `asOf`, for a reason to state it; not recorded as a parameter read (a display figure).
 * Shipped dates from docs/parameters.md: the adult route from 2022-10-20 (false before), the near-dibao line
 * from 2020-09-07 (Chongqing) and again from 2021-07-01 (national).
 */
import { describe, expect, it } from "vitest";
import { nextStart, type EvaluationContext } from "../../src/facts/context.js";
import { parsePlainDate, type PlainDate } from "../../src/model/date.js";
import { DEFAULT_INTERPRETATIONS } from "../../src/policy/interpretations.js";
import { chongqingParameterSet } from "../../src/policy/parameters.js";

const context = (asOf: string): EvaluationContext => ({
  asOf,
  asOfDate: parsePlainDate(asOf) as PlainDate,
  parameters: chongqingParameterSet(),
  interpretations: DEFAULT_INTERPRETATIONS,
  used: new Set(),
  consulted: new Set(),
});

describe("nextStart", () => {
  it("the first later value the test accepts: the adult route's first true value", () => {
    const on = (value: { value: unknown }) => value.value === true;
    expect(nextStart(context("2020-06-15"), "single-person.adult-severe-disability-route", on)).toBe("2022-10-20");
    expect(nextStart(context("2022-10-19"), "single-person.adult-severe-disability-route", on)).toBe("2022-10-20");
    // On the day itself the value is in force, not a later one: nothing after it.
    expect(nextStart(context("2022-10-20"), "single-person.adult-severe-disability-route", on)).toBeUndefined();
  });

  it("without a test, the next value whatever it is; none after the last", () => {
    expect(nextStart(context("2020-06-15"), "near-dibao.bound")).toBe("2020-09-07");
    expect(nextStart(context("2020-09-07"), "near-dibao.bound")).toBe("2021-07-01");
    expect(nextStart(context("2023-10-15"), "near-dibao.bound")).toBeUndefined();
  });

  it("records no read", () => {
    const ctx = context("2020-06-15");
    nextStart(ctx, "near-dibao.bound");
    expect(ctx.used.size).toBe(0);
  });
});
