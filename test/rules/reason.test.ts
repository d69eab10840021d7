/**
 * src/rules/reason.ts: the one way a rule records a test, and the three-valued logic of findings
 * (Kleene's strong AND and OR: not-met dominates AND, met dominates OR, unknown otherwise).
 */
import { describe, expect, it } from "vitest";
import { allOf, anyOf, every, given, known, outcomeOf, some, test } from "../../src/rules/reason.js";

describe("test", () => {
  it("keeps the missing fields only on an unknown outcome", () => {
    expect(test("x", "unknown", ["c"], { missing: ["members[0].disability"] }).missing).toEqual(["members[0].disability"]);
    expect(test("x", "met", ["c"], { missing: ["members[0].disability"] }).missing).toEqual([]);
    expect(test("x", "not-met", ["c"], { missing: ["a"] }).missing).toEqual([]);
  });

  it("fills what is not given with empty values, never undefined", () => {
    expect(test("dibao.amount", "unknown", ["saim/art-12"])).toEqual({
      code: "dibao.amount",
      outcome: "unknown",
      clauses: ["saim/art-12"],
      values: {},
      missing: [],
      interpretations: [],
    });
    expect(test("x", "met", ["c"], { values: { a: "1.00" }, interpretations: ["INT-5"] })).toMatchObject({ values: { a: "1.00" }, interpretations: ["INT-5"] });
  });
});

describe("three-valued logic", () => {
  it("outcomeOf maps true, false and a missing fact", () => {
    expect([outcomeOf(true), outcomeOf(false), outcomeOf(null), outcomeOf(undefined)]).toEqual(["met", "not-met", "unknown", "unknown"]);
  });

  it("allOf: not-met wins, then unknown, else met (met for nothing to test)", () => {
    expect(allOf(["met", "unknown", "not-met"])).toBe("not-met");
    expect(allOf(["met", "unknown"])).toBe("unknown");
    expect(allOf(["met", "met"])).toBe("met");
    expect(allOf([])).toBe("met");
  });

  it("anyOf: met wins, then unknown, else not-met (not-met for nothing to test)", () => {
    expect(anyOf(["not-met", "unknown", "met"])).toBe("met");
    expect(anyOf(["not-met", "unknown"])).toBe("unknown");
    expect(anyOf(["not-met"])).toBe("not-met");
    expect(anyOf([])).toBe("not-met");
  });

  it("every and some name only what left an unknown result unknown", () => {
    const a = given(null, "members[0].a");
    const b = given(undefined, "members[0].b");
    expect(every(known(true), a, b)).toEqual({ outcome: "unknown", missing: ["members[0].a", "members[0].b"] });
    // A settled part needs nothing: not-met decides AND, whatever is missing elsewhere.
    expect(every(known(false), a)).toEqual({ outcome: "not-met", missing: [] });
    expect(some(known(true), a)).toEqual({ outcome: "met", missing: [] });
    expect(some(known(false), a, a)).toEqual({ outcome: "unknown", missing: ["members[0].a"] });
    expect(given(true, "p")).toEqual({ outcome: "met", missing: [] });
    expect(given(false, "p")).toEqual({ outcome: "not-met", missing: [] });
  });
});
