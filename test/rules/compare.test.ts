/**
 * sameIgnoringReasons (src/rules/compare.ts) against its TSDoc contract, on small hand-written values:
 * strictly the same value with every `reasons` member left out at any depth; null and absent differ; key
 * order aside. Each expectation is read off the contract, not off the code.
 */
import { describe, expect, it } from "vitest";
import { sameIgnoringReasons } from "../../src/rules/compare.js";

describe("sameIgnoringReasons", () => {
  it("two distinct objects with the same members are the same, whatever the key order", () => {
    expect(sameIgnoringReasons({ status: "eligible", amount: "750.00" }, { status: "eligible", amount: "750.00" })).toBe(true);
    expect(sameIgnoringReasons({ status: "eligible", amount: "750.00" }, { amount: "750.00", status: "eligible" })).toBe(true);
    expect(sameIgnoringReasons({}, {})).toBe(true);
  });

  it("leaves out reasons at any depth: different, present on one side only, or on neither", () => {
    expect(sameIgnoringReasons({ status: "eligible", reasons: ["a"] }, { status: "eligible", reasons: ["b"] })).toBe(true);
    expect(sameIgnoringReasons({ status: "eligible", reasons: ["a"] }, { status: "eligible" })).toBe(true);
    expect(sameIgnoringReasons({ status: "eligible" }, { status: "eligible", reasons: ["b"] })).toBe(true);
    const nested = (reason: string) => ({ entries: [{ memberId: "m1", status: "refer", reasons: [{ code: reason }] }], inner: { flag: true, reasons: reason } });
    expect(sameIgnoringReasons(nested("x"), nested("y"))).toBe(true);
  });

  it("still compares every other member, at any depth", () => {
    expect(sameIgnoringReasons({ status: "eligible", reasons: [] }, { status: "ineligible", reasons: [] })).toBe(false);
    expect(sameIgnoringReasons({ entries: [{ memberId: "m1", status: "refer" }] }, { entries: [{ memberId: "m1", status: "needs-review" }] })).toBe(false);
  });

  it("null and absent differ, on either side", () => {
    expect(sameIgnoringReasons({ a: 1, amount: null }, { a: 1 })).toBe(false);
    expect(sameIgnoringReasons({ a: 1 }, { a: 1, amount: null })).toBe(false);
    expect(sameIgnoringReasons({ amount: null }, { amount: null })).toBe(true);
  });

  it("an extra member on either side differs", () => {
    expect(sameIgnoringReasons({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameIgnoringReasons({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    // The same number of members, but not the same keys.
    expect(sameIgnoringReasons({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
  });

  it("arrays differ in length even with an equal prefix, either way round; an array is not an object with index keys", () => {
    expect(sameIgnoringReasons(["m1"], ["m1", "m2"])).toBe(false);
    expect(sameIgnoringReasons(["m1", "m2"], ["m1"])).toBe(false);
    expect(sameIgnoringReasons([], ["m1"])).toBe(false);
    expect(sameIgnoringReasons(["m1", "m2"], ["m1", "m2"])).toBe(true);
    expect(sameIgnoringReasons(["m1"], { 0: "m1" })).toBe(false);
    expect(sameIgnoringReasons({ 0: "m1" }, ["m1"])).toBe(false);
  });

  it("non-objects: the same only when identical", () => {
    expect(sameIgnoringReasons("eligible", "eligible")).toBe(true);
    expect(sameIgnoringReasons("eligible", "ineligible")).toBe(false);
    expect(sameIgnoringReasons(1, "1")).toBe(false);
    expect(sameIgnoringReasons(null, undefined)).toBe(false);
    expect(sameIgnoringReasons(null, {})).toBe(false);
    expect(sameIgnoringReasons({}, null)).toBe(false);
    expect(sameIgnoringReasons("m1", ["m1"])).toBe(false);
  });
});
