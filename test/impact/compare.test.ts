import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bandOf, percentChange } from "../../src/impact/compare.js";
import { largestRemainderShares } from "../../src/impact/summary.js";
import { Money } from "../../src/model/money.js";

// Amounts in fen. Hand-worked: a baseline of 300.00 yuan; 10 % of it is 30.00.
describe("bandOf: the 10 % boundary, decided exactly", () => {
  it("a gain of exactly 10 % is 'up to 10 %'; one fen more is over", () => {
    expect(bandOf(30000, 33000)).toBe("gains-up-to-10"); // +30.00 / 300.00 = exactly 10 %
    expect(bandOf(30000, 33001)).toBe("gains-over-10"); // +30.01 / 300.00 = 10.003 %
    expect(bandOf(30000, 30001)).toBe("gains-up-to-10");
  });
  it("a loss of exactly 10 % is 'up to 10 %'; one fen more is over", () => {
    expect(bandOf(30000, 27000)).toBe("loses-up-to-10"); // −30.00 / 300.00
    expect(bandOf(30000, 26999)).toBe("loses-over-10"); // −30.01 / 300.00
    expect(bandOf(30000, 29999)).toBe("loses-up-to-10");
  });
  it("nothing before and after is unchanged; nothing before is newly covered; nothing after is loses-all", () => {
    expect(bandOf(0, 0)).toBe("unchanged");
    expect(bandOf(27000, 27000)).toBe("unchanged");
    expect(bandOf(0, 1)).toBe("newly-covered");
    expect(bandOf(1, 0)).toBe("loses-all");
  });
  it("a baseline of 1 fen: +0.1 fen cannot happen, so any gain is over 10 %", () => {
    expect(bandOf(1, 2)).toBe("gains-over-10");
    // 10 fen baseline: +1 fen is exactly 10 %.
    expect(bandOf(10, 11)).toBe("gains-up-to-10");
    expect(bandOf(10, 9)).toBe("loses-up-to-10");
  });
});

describe("percentChange = (reform − baseline) / baseline, not doubled", () => {
  it("hand values", () => {
    expect(percentChange(30000, 33000)).toBe("10.00");
    expect(percentChange(10000, 11000)).toBe("10.00"); // 100 → 110 is 10 %, never 20 %
    expect(percentChange(27000, 30000)).toBe("11.11"); // 30 / 270 = 0.11111…
    expect(percentChange(151000, 160000)).toBe("5.96"); // 90 / 1510 = 0.059602…
    expect(percentChange(30000, 27000)).toBe("-10.00");
    expect(percentChange(30000, 0)).toBe("-100.00");
    expect(percentChange(0, 2000)).toBeNull();
    // Half up at the third decimal: 1 / 8 = 12.5 %; 1 / 800 = 0.125 % → 0.13.
    expect(percentChange(80000, 80100)).toBe("0.13");
  });
  it("agrees with the band on every pair (property): over 10 % exactly when |percent| > 10 before rounding", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), (baseline, reform) => {
        const exact = new Money(reform - baseline).dividedBy(baseline).abs();
        const band = bandOf(baseline, reform);
        if (reform === baseline) return band === "unchanged";
        return band.endsWith("over-10") === exact.greaterThan("0.1");
      }),
    );
  });
});

describe("largestRemainderShares", () => {
  it("thirds: 33.34 + 33.33 + 33.33, the extra hundredth to the first of equal remainders", () => {
    expect(largestRemainderShares(["1", "1", "1"])).toEqual(["33.34", "33.33", "33.33"]);
  });
  it("1 : 2 : 1 : 2 of six: 16.67 33.33 16.67 33.33 (the .666… remainders get the two missing hundredths)", () => {
    expect(largestRemainderShares(["1", "2", "1", "2"])).toEqual(["16.67", "33.33", "16.67", "33.33"]);
  });
  it("an empty group has no shares (all 0.00); a single band is 100.00", () => {
    expect(largestRemainderShares(["0", "0"])).toEqual(["0.00", "0.00"]);
    expect(largestRemainderShares(["0", "2.5", "0"])).toEqual(["0.00", "100.00", "0.00"]);
  });
  it("always sums to exactly 100.00, each share within 0.01 of the exact one (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 7, maxLength: 7 }).filter((counts) => counts.some((count) => count > 0)), (counts) => {
        const shares = largestRemainderShares(counts.map(String));
        const total = counts.reduce((a, b) => a + b, 0);
        const sum = shares.reduce((acc, share) => acc.plus(share), new Money(0));
        if (!sum.equals(100)) return false;
        return shares.every((share, index) => new Money(share).minus(new Money(counts[index] ?? 0).times(100).dividedBy(total)).abs().lessThan("0.01"));
      }),
    );
  });
});
