/** The input contract: strict objects, every problem listed by path, no partial result, nothing polluted. */
import { describe, expect, it } from "vitest";
import { InvalidHouseholdError, parseHousehold } from "../../src/index.js";
import { household, member, wage } from "../helpers.js";

function issuesOf(input: unknown, asOf?: string): { path: string; message: string }[] {
  try {
    parseHousehold(input, asOf);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidHouseholdError);
    return [...(error as InvalidHouseholdError).issues];
  }
  throw new Error("expected InvalidHouseholdError");
}

describe("parseHousehold", () => {
  it("accepts the contract example shape and normalises money", () => {
    const parsed = parseHousehold(household([member("m1", { incomes: [wage("1200"), { kind: "transfer", monthly: 300.5, supportFrom: "sibling" }] })]));
    expect(parsed.members[0]?.incomes?.map((income) => income.monthly)).toEqual(["1200.00", "300.50"]);
  });

  it("lists every problem at once, each by path", () => {
    const issues = issuesOf({
      jurisdiction: "CN-CQ",
      area: "suburban",
      members: [
        { id: "m1", relation: "self", birthDate: "2023-02-29", incomes: [{ kind: "wage", monthly: "12.345" }] },
        { id: "m2", relation: "boss", birthDate: "1980-01-01", nickname: "x" },
      ],
    });
    const paths = issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["area", "members[0].birthDate", "members[0].incomes[0].monthly", "members[1].relation", "members[1].nickname"]));
    expect(issues.find((issue) => issue.path === "members[1].nickname")?.message).toMatch(/unknown field/);
  });

  it("treats __proto__, constructor and prototype keys as unknown fields and pollutes nothing", () => {
    const input = JSON.parse('{"jurisdiction":"CN-CQ","area":"urban","__proto__":{"polluted":true},"constructor":1,"members":[{"id":"a","relation":"self","birthDate":"1980-01-01","prototype":2}]}') as unknown;
    const paths = issuesOf(input).map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["__proto__", "constructor", "members[0].prototype"]));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("rejects duplicate member ids, naming both places", () => {
    const issues = issuesOf(household([member("m1"), member("m1")]));
    expect(issues).toEqual([{ path: "members[1].id", message: expect.stringContaining("members[0].id") }]);
  });

  it("needs at least one counted member (mlg-review-2021/art-7)", () => {
    expect(issuesOf(household([member("m1", { excluded: "imprisoned" })])).map((issue) => issue.path)).toEqual(["members"]);
    expect(issuesOf(household([])).map((issue) => issue.path)).toEqual(["members"]);
  });

  it("checks references and orders inside status", () => {
    const issues = issuesOf(household([member("m1")], { status: { specialHardshipMemberIds: ["m9"], gradualExit: { start: "2024-05-01", end: "2024-04-30" } } }));
    expect(issues.map((issue) => issue.path).sort()).toEqual(["status.gradualExit.end", "status.specialHardshipMemberIds[0]"]);
  });

  it("rejects a member born after the assessment date", () => {
    expect(issuesOf(household([member("m1", { birthDate: "2025-01-02" })]), "2025-01-01")).toEqual([{ path: "members[0].birthDate", message: "is after the assessment date 2025-01-01" }]);
  });

  it("limits sizes with clear messages", () => {
    const many = Array.from({ length: 51 }, (_, index) => member(`m${index}`));
    expect(issuesOf(household(many))).toEqual([{ path: "members", message: "at most 50 members" }]);
  });

  it("reads null as not given", () => {
    const parsed = parseHousehold(household([member("m1", { disability: null, incomes: null, excluded: null })], { status: null, assets: null }));
    expect(parsed.members[0]?.disability).toBeNull();
  });
});
