/** Money: decimal text in, exact arithmetic, one half-up rounding out (INT-2). */
import { describe, expect, it } from "vitest";
import { formatMoney, money, normalizeMoney, sum } from "../../src/model/money.js";

describe("normalizeMoney", () => {
  it.each([
    ["1200", "1200.00"],
    ["1200.5", "1200.50"],
    ["0.01", "0.01"],
    ["007.5", "7.50"],
    [0, "0.00"],
    [-0, "0.00"],
    [1200.5, "1200.50"],
    [0.1, "0.10"],
    [999999999999.99, "999999999999.99"],
  ] as const)("%j → %s", (input, expected) => expect(normalizeMoney(input)).toBe(expected));

  it.each([["12.345"], [" 12"], ["1e3"], ["-1"], ["1,200"], [""], ["."], ["1."], [-1], [Number.NaN], [Number.POSITIVE_INFINITY], [1e21], [0.1 + 0.2], [1.005], ["1000000000000"]])(
    "rejects %j",
    (input) => expect(normalizeMoney(input)).toBeUndefined(),
  );
});

describe("formatMoney", () => {
  it("rounds half-up once, to 0.01", () => {
    expect(formatMoney(money("0.005"))).toBe("0.01");
    expect(formatMoney(money("2.675"))).toBe("2.68");
    expect(formatMoney(money("2.674999"))).toBe("2.67");
    expect(formatMoney(money("1000").dividedBy(3))).toBe("333.33");
    expect(formatMoney(money("2000").dividedBy(3))).toBe("666.67");
  });
  it("adds exactly", () => {
    expect(formatMoney(sum([money("0.10"), money("0.20")]))).toBe("0.30");
    expect(formatMoney(sum([]))).toBe("0.00");
  });
});
