/** The entries for data of unknown shape: the contract's errors returned, not thrown (issue 16). */
import { describe, expect, it } from "vitest";
import { evaluate, InvalidHouseholdError, InvalidOptionsError, parseHousehold, safeEvaluate, safeParseHousehold } from "../../src/index.js";
import { household, member } from "../helpers.js";

const ASOF = "2025-10-15";

describe("safeEvaluate", () => {
  it("returns what evaluate returns for a valid household given as parsed JSON", () => {
    const json: unknown = JSON.parse(JSON.stringify(household([member("m1")])));
    const result = safeEvaluate(json, { asOf: ASOF });
    expect(result).toEqual({ success: true, data: evaluate(household([member("m1")]), { asOf: ASOF }) });
  });

  it("returns the household error, every problem by path, instead of throwing", () => {
    const result = safeEvaluate({ jurisdiction: "CN-CQ", area: "city", members: [{ id: "1", relaton: "self", birthDate: "1980-01-01" }] }, { asOf: ASOF });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(InvalidHouseholdError);
    expect(result.error.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(["area", "members[0].relaton"]));
  });

  it("returns an options error too", () => {
    const result = safeEvaluate(household([member("m1")]), { asOf: "2025-02-30" });
    expect(result.success === false && result.error instanceof InvalidOptionsError).toBe(true);
  });
});

describe("safeParseHousehold", () => {
  it("returns the validated household, money as canonical text, as parseHousehold does", () => {
    const input = household([member("m1", { incomes: [{ kind: "wage", monthly: 1800.5 }] })]);
    const result = safeParseHousehold(input);
    expect(result).toEqual({ success: true, data: parseHousehold(input) });
    expect(result.success && result.data.members[0]?.incomes?.[0]?.monthly).toBe("1800.50");
  });

  it("returns the error for a household that breaks the contract, and checks birth dates against asOf when given", () => {
    expect(safeParseHousehold(null).success).toBe(false);
    const late = household([member("m1", { birthDate: "2030-01-01" })]);
    expect(safeParseHousehold(late).success).toBe(true);
    const result = safeParseHousehold(late, ASOF);
    expect(result.success === false && result.error.issues.map((issue) => issue.path)).toEqual(["members[0].birthDate"]);
  });

  it("passes a fault of the library on, rather than returning it as the caller's error", () => {
    // An options object whose asOf cannot be read is not a contract error of the caller's data: it throws as it is.
    const options = Object.defineProperty({}, "asOf", { get: () => { throw new TypeError("unreadable"); }, enumerable: true });
    expect(() => safeEvaluate(household([member("m1")]), options as never)).toThrow(TypeError);
    const input = Object.defineProperty({}, "members", { get: () => { throw new TypeError("unreadable"); }, enumerable: true });
    expect(() => safeParseHousehold(input)).toThrow(TypeError);
  });
});
