/**
 * Exact amounts (src/model/amount.ts): whole fen in safe integers, bigint past 2⁵³, decimal.js for values
 * that are not whole fen. Every expected value below is worked out by hand.
 */
import { afterEach, describe, expect, it } from "vitest";
import { Money } from "../../src/model/money.js";
import {
  amountOf,
  amountOfMoney,
  compare,
  compareWithMultiple,
  formatAmount,
  formatDivided,
  formatRatio,
  isNegative,
  minus,
  plus,
  times,
  timesMultiple,
  useDecimalReference,
} from "../../src/model/amount.js";

afterEach(() => {
  useDecimalReference(false);
});

describe("amounts in whole fen", () => {
  it("parses two-decimal text to fen and writes it back", () => {
    expect(amountOf("123.40")).toBe(12340);
    expect(amountOf("0.05")).toBe(5);
    expect(amountOf("999999999999.99")).toBe(99_999_999_999_999);
    expect(formatAmount(12340)).toBe("123.40");
    expect(formatAmount(5)).toBe("0.05");
    expect(formatAmount(-250)).toBe("-2.50");
    expect(formatAmount(-0)).toBe("0.00");
  });

  it("takes other plain decimal text through decimal.js, to the same fen", () => {
    expect(amountOf("7.5")).toBe(750);
    expect(amountOf("12")).toBe(1200);
  });

  it("keeps a parameter with more than two decimals as decimal.js, rounded half-up only when shown", () => {
    const standard = amountOfMoney(new Money("770.555"));
    expect(typeof standard).toBe("object");
    // 770.555 × 2 = 1541.11 exactly; 770.555 + 0.01 = 770.565 → 770.57 half-up.
    expect(formatAmount(times(standard, 2))).toBe("1541.11");
    expect(formatAmount(plus(standard, 1))).toBe("770.57");
    expect(compare(standard, 77_056)).toBe(-1);
    expect(compare(standard, 77_055)).toBe(1);
  });

  it("moves to bigint past 2⁵³ − 1 fen and back", () => {
    const cap = 99_999_999_999_999; // 999 999 999 999.99 yuan
    // 91 × cap = 9 099 999 999 999 909 fen > 9 007 199 254 740 991.
    const total = times(cap, 91);
    expect(typeof total).toBe("bigint");
    expect(formatAmount(total)).toBe("90999999999999.09");
    // Less 90 × cap is one cap again: a safe number.
    expect(minus(total, times(cap, 90))).toBe(cap);
    // 2⁵³ − 1 + 1 = 2⁵³: not safe, so a bigint, exactly.
    expect(plus(Number.MAX_SAFE_INTEGER, 1)).toBe(2n ** 53n);
    expect(compare(2n ** 53n, Number.MAX_SAFE_INTEGER)).toBe(1);
    expect(isNegative(minus(Number.MAX_SAFE_INTEGER, 2n ** 53n))).toBe(true);
  });

  it("compares with a multiple on integers: total against 1.5 × S × n", () => {
    const line = new Money("1.5");
    // S × n = 770 × 3 = 2310.00; 1.5 × 2310.00 = 3465.00.
    expect(compareWithMultiple(346_499, line, 231_000)).toBe(-1);
    expect(compareWithMultiple(346_500, line, 231_000)).toBe(0);
    expect(compareWithMultiple(346_501, line, 231_000)).toBe(1);
    // 100 × expenditure ≥ 70 × income: 7000.00 against 0.70 × 10000.00 = 7000.00.
    expect(compareWithMultiple(700_000, new Money("0.70"), 1_000_000)).toBe(0);
    // Past 2⁵³: 12 × cap against 1.5 × (8 × cap) — 12 × cap = 1.5 × 8 × cap exactly.
    const cap = 99_999_999_999_999;
    expect(compareWithMultiple(times(cap, 12), line, times(cap, 8))).toBe(0);
    expect(compareWithMultiple(plus(times(cap, 12), 1), line, times(cap, 8))).toBe(1);
  });

  it("compares safe amounts whose products pass 2⁵³ exactly, where floats would round them together", () => {
    const line = new Money("1.5");
    const a = Number.MAX_SAFE_INTEGER; // 9 007 199 254 740 991
    // 10 × a = 90 071 992 547 409 910; 15 × 6 004 799 503 160 661 = 90 071 992 547 409 915: a is 0.5 fen below the line.
    expect(compareWithMultiple(a, line, 6_004_799_503_160_661)).toBe(-1);
    // 15 × 6 004 799 503 160 660 = 90 071 992 547 409 900: a is 1 fen above it.
    expect(compareWithMultiple(a, line, 6_004_799_503_160_660)).toBe(1);
  });

  it("shows a multiple of the standard in whole fen when it is, half-up once when it is not", () => {
    expect(formatAmount(timesMultiple(77_000, new Money("1.5")))).toBe("1155.00");
    // 1.5 × 770.25 = 1155.375 → 1155.38.
    expect(formatAmount(timesMultiple(77_025, new Money("1.5")))).toBe("1155.38");
  });

  it("shows a per-capita figure rounded half-up once", () => {
    expect(formatDivided(231_000, 3)).toBe("770.00");
    // 1000.00 ÷ 3 = 333.333… → 333.33; 0.05 ÷ 2 = 0.025 → 0.03; 20.00 ÷ 3 = 6.666… → 6.67.
    expect(formatDivided(100_000, 3)).toBe("333.33");
    expect(formatDivided(5, 2)).toBe("0.03");
    expect(formatDivided(2_000, 3)).toBe("6.67");
  });

  it("shows a ratio with four decimals, half-up", () => {
    // 2000.00 ÷ 3000.00 = 0.66666… → 0.6667.
    expect(formatRatio(200_000, 300_000)).toBe("0.6667");
  });

  it("runs on decimal.js throughout as the reference, to the same results", () => {
    useDecimalReference(true);
    const text = amountOf("123.40");
    expect(typeof text).toBe("object");
    expect(formatAmount(plus(text, amountOf("0.60")))).toBe("124.00");
    expect(compareWithMultiple(amountOf("3465.00"), new Money("1.5"), amountOf("2310.00"))).toBe(0);
    expect(formatDivided(amountOf("1000.00"), 3)).toBe("333.33");
  });
});

describe("amounts at the edges of their forms", () => {
  it("writes negative amounts and single-digit fen in every form", () => {
    // 0.05 − 1.00 = −0.95; past 2⁵³ fen: −(2⁵³ + 5) fen = −90 071 992 547 409.97 yuan.
    expect(formatAmount(minus(amountOf("0.05"), amountOf("1.00")))).toBe("-0.95");
    expect(formatAmount(-(2n ** 53n) - 5n)).toBe("-90071992547409.97");
    expect(formatAmount(2n ** 53n + 3n)).toBe("90071992547409.95");
    expect(isNegative(-(2n ** 53n))).toBe(true);
    expect(isNegative(2n ** 53n)).toBe(false);
    expect(isNegative(new Money("-0.001"))).toBe(true);
  });

  it("reads text that is not two-decimal fen through decimal.js, exactly", () => {
    // "7" and "1.5" are not the canonical "7.00": read as decimals, 7 yuan is 700 fen, 1.5 yuan 150 fen.
    expect(amountOf("7")).toBe(700);
    expect(amountOf("1.5")).toBe(150);
  });

  it("compares against a multiple with too many decimals on decimal.js", () => {
    // 0.1234567890123456 (16 decimals) cannot be numerator / 10^k in safe integers: decimal.js decides.
    // × 1000.00 yuan = 123.4567890123456 yuan: 123.45 is below it, 123.46 above.
    const multiple = new Money("0.1234567890123456");
    expect(compareWithMultiple(12345, multiple, 100000)).toBe(-1);
    expect(compareWithMultiple(12346, multiple, 100000)).toBe(1);
  });
});
