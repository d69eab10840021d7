/**
 * src/engine/parse-household.ts: zod's issues as the library reports them, one `{ path, message }` per
 * problem: an unknown key of a strict object is one issue per key, naming the key; two checks failing
 * at one path with one message are said once; different messages at one path are all kept. And the
 * household's dates against the assessment date.
 */
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { parseHousehold, toInputIssues } from "../../src/engine/parse-household.js";
import { InvalidHouseholdError } from "../../src/index.js";
import { household, member } from "../helpers.js";

function zodError(issues: Array<Record<string, unknown>>): z.ZodError {
  return new z.ZodError(issues as never);
}

describe("toInputIssues", () => {
  it("names each unknown key of a strict object in its own issue, with the nearest field or the fields there", () => {
    const error = zodError([{ code: "unrecognized_keys", keys: ["relaton", "__proto__"], path: ["members", 0], message: "Unrecognized keys" }]);
    expect(toInputIssues(error)).toEqual([
      { path: "members[0].relaton", message: "unknown field relaton: did you mean relation?" },
      {
        path: "members[0].__proto__",
        message:
          "unknown field __proto__: not part of the contract here (the fields here are id, relation, birthDate, excluded, disability, seriousIllness, employed, schooling, selfCare, incomes, deductions, ownAssetsCompliant, orphanSupportChosen, supporters, orphan, supportArrangement)",
      },
    ]);
  });

  it("says only that a key is unknown where the path leads to no object of the household", () => {
    const error = zodError([{ code: "unrecognized_keys", keys: ["x"], path: ["members", 0, "id"], message: "Unrecognized keys" }]);
    expect(toInputIssues(error)).toEqual([{ path: "members[0].id.x", message: "unknown field (the contract's objects are strict)" }]);
  });

  it("says a repeated issue once, and keeps different messages at one path", () => {
    const error = zodError([
      { code: "custom", path: ["asOf"], message: "must be a date" },
      { code: "custom", path: ["asOf"], message: "must be a date" },
      { code: "custom", path: ["asOf"], message: "must not be in the future" },
      { code: "custom", path: ["members", 1, "id"], message: "must be a date" },
    ]);
    expect(toInputIssues(error)).toEqual([
      { path: "asOf", message: "must be a date" },
      { path: "asOf", message: "must not be in the future" },
      { path: "members[1].id", message: "must be a date" },
    ]);
  });
});

describe("parseHousehold", () => {
  it("rejects every member born after the assessment date, by path, and takes one born on it", () => {
    const input = household([member("m1", { birthDate: "2024-10-16" }), member("m2", { birthDate: "2024-10-15" }), member("m3", { birthDate: "2025-01-01" })]);
    expect(() => parseHousehold(input, "2024-10-15")).toThrow(InvalidHouseholdError);
    try {
      parseHousehold(input, "2024-10-15");
    } catch (error) {
      expect((error as InvalidHouseholdError).issues).toEqual([
        { path: "members[0].birthDate", message: "is after the assessment date 2024-10-15" },
        { path: "members[2].birthDate", message: "is after the assessment date 2024-10-15" },
      ]);
    }
    expect(parseHousehold(input).members).toHaveLength(3);
    expect(parseHousehold(household([member("m2", { birthDate: "2024-10-15" })]), "2024-10-15").members[0]?.birthDate).toBe("2024-10-15");
  });
});
