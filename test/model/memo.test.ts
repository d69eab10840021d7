/**
 * src/engine/memo.ts, the engine's caches: a value is computed once per key (per pair of keys), kept,
 * and returned as computed; a computation that throws keeps nothing and is tried again.
 */
import { describe, expect, it, vi } from "vitest";
import { memo, memo2 } from "../../src/model/memo.js";

describe("memo", () => {
  it("computes once per key and returns the kept value after", () => {
    const cache = new Map<string, { n: number }>();
    const compute = vi.fn(() => ({ n: compute.mock.calls.length }));
    const first = memo(cache, "a", compute);
    expect(first).toEqual({ n: 1 });
    expect(memo(cache, "a", compute)).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(memo(cache, "b", compute)).toEqual({ n: 2 });
    expect(compute).toHaveBeenCalledTimes(2);
    expect(cache.get("a")).toBe(first);
  });

  it("keeps nothing when the computation throws, and tries again", () => {
    const cache = new Map<string, string>();
    expect(() => memo(cache, "a", () => { throw new Error("no"); })).toThrow("no");
    expect(cache.has("a")).toBe(false);
    expect(memo(cache, "a", () => "yes")).toBe("yes");
  });
});

describe("memo2", () => {
  it("computes once per pair of keys, keeping the other pairs of the same first key", () => {
    const cache = new WeakMap<object, Map<string, string>>();
    const owner = {};
    const compute = vi.fn((text: string) => text.toUpperCase());
    expect(memo2(cache, owner, "x", () => compute("x"))).toBe("X");
    expect(memo2(cache, owner, "y", () => compute("y"))).toBe("Y");
    expect(memo2(cache, owner, "x", () => compute("x again"))).toBe("X");
    expect(memo2(cache, owner, "y", () => compute("y again"))).toBe("Y");
    expect(compute).toHaveBeenCalledTimes(2);
    expect(memo2(cache, {}, "x", () => compute("other owner"))).toBe("OTHER OWNER");
    expect(compute).toHaveBeenCalledTimes(3);
  });
});
