/** The input contract: strict objects, every problem listed by path, no partial result, nothing polluted. */
import { describe, expect, it } from "vitest";
import { canonicalJson, evaluate, householdSchema, InvalidHouseholdError, parseHousehold } from "../../src/index.js";
import { canonicalValidHousehold, parseValidHousehold } from "../../src/model/household-fast.js";
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

/** The money message, written out: plain words, no pattern syntax (issue 16). */
const MONEY = 'must be an amount in yuan written like "1800" or "1800.50" (no commas or spaces, not negative, at most 2 decimals and 12 digits before the point)';
const DATE = "must be a real calendar date written YYYY-MM-DD (years 1850–2200)";
/** One message for every bad birth date, whatever the fault (issue 24). */
const BIRTH_DATE = "must be a real calendar date written YYYY-MM-DD, from 1900-01-01 to 2200-12-31";

/** A household using every field of contract v1.1 (`docs/contract.md`, "Contract v1.1"). */
function v11(): Record<string, unknown> {
  return {
    id: "cq-v11",
    jurisdiction: "CN-CQ",
    area: "rural",
    members: [
      { id: "m1", relation: "self", birthDate: "1948-07-01", orphan: false, supportArrangement: "dispersed" },
      { id: "m2", relation: "grandchild", birthDate: "2012-02-29", orphan: true, supportArrangement: null, schooling: "compulsory" },
    ],
    assets: { compliant: true },
    status: { specialHardshipMemberIds: ["m1"], exitedCoverage: { date: "2021-06-30" } },
    circumstances: { shocks: [{ cause: "illness", effect: "expenditure-surge", since: "2025-03-01" }], difficulties: ["housing"] },
    rigidExpenditure: { items: [{ kind: "medical", annual: "18000" }, { kind: "education", annual: 2400.5 }] },
    housing: { securityApplied: false, dwellingSafety: "C", previouslySupported: false },
  };
}

const byPath = (issues: { path: string; message: string }[]) => [...issues].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

describe("contract v1.1 input", () => {
  it("parses a household using every new field, money normalised, and keeps v1 input valid", () => {
    const parsed = parseHousehold(v11(), "2025-10-15");
    expect(parsed.members.map((each) => [each.orphan, each.supportArrangement])).toEqual([
      [false, "dispersed"],
      [true, null],
    ]);
    expect(parsed.circumstances).toEqual({ shocks: [{ cause: "illness", effect: "expenditure-surge", since: "2025-03-01" }], difficulties: ["housing"] });
    expect(parsed.rigidExpenditure?.items).toEqual([
      { kind: "medical", annual: "18000.00" },
      { kind: "education", annual: "2400.50" },
    ]);
    expect(parsed.housing).toEqual({ securityApplied: false, dwellingSafety: "C", previouslySupported: false });
    expect(parsed.status?.exitedCoverage).toEqual({ date: "2021-06-30" });
    // Absent and null both mean "not given"; empty lists mean none.
    const empty = parseHousehold({ ...v11(), circumstances: { shocks: [], difficulties: null }, rigidExpenditure: { items: [] }, housing: {}, status: { exitedCoverage: null } });
    expect(empty.circumstances).toEqual({ shocks: [], difficulties: null });
    expect(empty.rigidExpenditure).toEqual({ items: [] });
    expect(empty.housing).toEqual({});
    const v1 = parseHousehold(household([member("m1")]));
    expect(v1.circumstances).toBeUndefined();
  });

  it("takes the fast path for it, giving what zod gives and the same canonical text", () => {
    const fast = parseValidHousehold(v11());
    expect(fast).toBeDefined();
    expect(fast).toStrictEqual(householdSchema.parse(v11()));
    expect(canonicalValidHousehold(fast as never)).toBe(canonicalJson(householdSchema.parse(v11())));
    const dense = parseValidHousehold(v11(), true);
    expect(canonicalValidHousehold(dense as never)).toBe(canonicalJson(fast));
  });

  it("keeps the canonical text of the household it returned last only: any other is written by canonicalJson", () => {
    const first = parseValidHousehold(v11(), true);
    const second = parseValidHousehold(household([member("m1")]), true);
    // Keys sorted at every level, absent fields left out, as canonicalJson writes them.
    const text = '{"area":"urban","assets":{"compliant":true},"jurisdiction":"CN-CQ","members":[{"birthDate":"1980-05-05","id":"m1","relation":"self"}]}';
    expect(canonicalValidHousehold(second as never)).toBe(text);
    expect(canonicalValidHousehold(first as never)).toBeUndefined();
    // A household the fast path doubts (an inherited field) leaves the last one's text as it was.
    expect(parseValidHousehold(household([Object.assign(Object.create({ employed: true }) as object, member("m1")) as never]))).toBeUndefined();
    expect(canonicalValidHousehold(second as never)).toBe(text);
  });

  it("leaves to zod an object with a field it cannot enumerate: zod reads it by name", () => {
    for (const value of [true, "yes"]) {
      const applicant = member("m1");
      Object.defineProperty(applicant, "employed", { enumerable: false, value });
      const input = household([applicant]);
      expect(parseValidHousehold(input)).toBeUndefined();
      const zod = householdSchema.safeParse(input);
      if (value === true) expect(parseHousehold(input).members[0]?.employed).toBe(zod.data?.members[0]?.employed);
      else expect(issuesOf(input)).toEqual([{ path: "members[0].employed", message: "must be true or false" }]);
    }
    // The household's and a supporter's fields alike.
    const hidden = household([member("m1", { supporters: [{ relation: "child" }] })]);
    Object.defineProperty(hidden, "area", { enumerable: false, value: "rural" });
    expect(parseValidHousehold(hidden)).toBeUndefined();
    expect(parseHousehold(hidden).area).toBe("rural");
    const supporterHidden = household([member("m1", { supporters: [{ relation: "child" }] })]);
    Object.defineProperty(supporterHidden.members[0]?.supporters?.[0], "dibaoRecipient", { enumerable: false, value: 1 });
    expect(parseValidHousehold(supporterHidden)).toBeUndefined();
    expect(issuesOf(supporterHidden)).toEqual([{ path: "members[0].supporters[0].dibaoRecipient", message: "must be true or false" }]);
  });

  it("leaves to zod a household validated from inside another's walk (by a getter): the walks would share one text", () => {
    let inner: unknown = "not called";
    const applicant = member("m1");
    Object.defineProperty(applicant, "employed", { enumerable: true, get: () => ((inner = parseValidHousehold(household([member("x")]))), true) });
    const outer = parseValidHousehold(household([applicant]));
    expect(inner).toBeUndefined();
    // The outer walk's text is its own, untouched by the inner call.
    const plain = household([member("m1", { employed: true })]);
    expect(canonicalValidHousehold(outer as never)).toBe(canonicalJson(householdSchema.parse(plain)));
    expect(evaluate(household([applicant]), { asOf: "2025-10-15" }).inputDigest).toBe(evaluate(plain, { asOf: "2025-10-15" }).inputDigest);
    // Walks after it run as before.
    expect(parseValidHousehold(household([member("x")]))).toBeDefined();
  });

  it("reports every bad value of the new fields at once, each by path", () => {
    const input = {
      ...v11(),
      members: [{ id: "m1", relation: "self", birthDate: "1950-01-01", orphan: "yes", supportArrangement: "home" }],
      status: { exitedCoverage: { date: "2022-02-30" } },
      circumstances: {
        shocks: [
          { cause: "flood", effect: "income-drop", since: "2023-01-01" },
          { cause: "illness", effect: "surge", since: "2023-1-1" },
        ],
        difficulties: ["money"],
      },
      rigidExpenditure: { items: [{ kind: "medical", annual: "1,800" }, { kind: "food", annual: -5 }] },
      housing: { securityApplied: "yes", dwellingSafety: "E", previouslySupported: 0 },
    };
    expect(byPath(issuesOf(input))).toEqual([
      { path: "circumstances.difficulties[0]", message: 'must be one of "housing", "medical", "education"' },
      { path: "circumstances.shocks[0].cause", message: 'must be one of "illness", "disaster", "epidemic", "accident", "other"' },
      { path: "circumstances.shocks[1].effect", message: 'must be one of "income-drop", "expenditure-surge"' },
      { path: "circumstances.shocks[1].since", message: DATE },
      { path: "housing.dwellingSafety", message: 'must be one of "A", "B", "C", "D"' },
      { path: "housing.previouslySupported", message: "must be true or false" },
      { path: "housing.securityApplied", message: "must be true or false" },
      { path: "members[0].orphan", message: "must be true or false" },
      { path: "members[0].supportArrangement", message: 'must be one of "dispersed", "centralised"' },
      { path: "rigidExpenditure.items[0].annual", message: MONEY },
      { path: "rigidExpenditure.items[1].annual", message: MONEY },
      { path: "rigidExpenditure.items[1].kind", message: 'must be one of "living", "medical", "education", "rehabilitation", "other"' },
      { path: "status.exitedCoverage.date", message: DATE },
    ]);
  });

  it("names the required fields of the new objects, unknown keys in them, and their size limits", () => {
    const input = {
      ...v11(),
      status: { exitedCoverage: {} },
      circumstances: { shocks: [{}], dificulties: [] },
      rigidExpenditure: {},
      housing: { dwelingSafety: "C" },
    };
    expect(byPath(issuesOf(input))).toEqual([
      { path: "circumstances.dificulties", message: "unknown field dificulties: did you mean difficulties?" },
      { path: "circumstances.shocks[0].cause", message: 'cause is required: one of "illness", "disaster", "epidemic", "accident", "other"' },
      { path: "circumstances.shocks[0].effect", message: 'effect is required: one of "income-drop", "expenditure-surge"' },
      { path: "circumstances.shocks[0].since", message: "since is required: a date written YYYY-MM-DD" },
      { path: "housing.dwelingSafety", message: "unknown field dwelingSafety: did you mean dwellingSafety?" },
      { path: "rigidExpenditure.items", message: "items is required: a list of expenditure items" },
      { path: "status.exitedCoverage.date", message: "date is required: a date written YYYY-MM-DD" },
    ]);
    const shock = { cause: "other", effect: "income-drop", since: "2024-01-01" };
    const tooMany = {
      ...v11(),
      circumstances: { shocks: Array.from({ length: 51 }, () => shock), difficulties: Array.from({ length: 11 }, () => "medical") },
      rigidExpenditure: { items: Array.from({ length: 51 }, () => ({ kind: "other", annual: "1" })) },
    };
    expect(byPath(issuesOf(tooMany))).toEqual([
      { path: "circumstances.difficulties", message: "at most 10 difficulties" },
      { path: "circumstances.shocks", message: "at most 50 shocks" },
      { path: "rigidExpenditure.items", message: "at most 50 expenditure items" },
    ]);
    // At the limits: accepted.
    expect(() => parseHousehold({ ...tooMany, circumstances: { shocks: tooMany.circumstances.shocks.slice(1), difficulties: [] }, rigidExpenditure: { items: tooMany.rigidExpenditure.items.slice(1) } })).not.toThrow();
  });

  it("accepts a shock or an exit dated after the assessment date: the rules read them against asOf (R8), as status dates are", () => {
    const later = { ...v11(), status: { exitedCoverage: { date: "2026-01-01" } }, circumstances: { shocks: [{ cause: "epidemic", effect: "income-drop", since: "2025-10-16" }] } };
    expect(parseHousehold(later, "2025-10-15").status?.exitedCoverage?.date).toBe("2026-01-01");
  });
});

describe("messages a person can act on (issue 16)", () => {
  it("says a missing required field is required, and what it expects", () => {
    const issues = issuesOf({ area: "urban", members: [{ relation: "self" }] });
    expect(byPath(issues)).toEqual([
      { path: "jurisdiction", message: 'jurisdiction is required: a jurisdiction code such as "CN-CQ"' },
      { path: "members[0].birthDate", message: "birthDate is required: a date written YYYY-MM-DD" },
      { path: "members[0].id", message: "id is required: text of 1 to 64 characters" },
    ]);
    expect(issuesOf({ jurisdiction: "CN-CQ", area: "urban" })).toEqual([{ path: "members", message: "members is required: a list of members" }]);
    expect(issuesOf(household([member("m1", { incomes: [{ kind: "wage" } as never], disability: { category: "visual" } as never })])).sort()).toEqual([
      { path: "members[0].disability.grade", message: "grade is required: a whole number from 1 to 4" },
      { path: "members[0].incomes[0].monthly", message: 'monthly is required: an amount in yuan written like "1800" or "1800.50"' },
    ]);
  });

  it("words bad money plainly, whatever form it takes", () => {
    const amounts: unknown[] = ["1,800", "-5", -5, "1800.505", 12.345, " 12", "", true, Number.NaN];
    const issues = issuesOf(household([member("m1", { incomes: amounts.map((monthly) => ({ kind: "wage", monthly }) as never) })]));
    expect(issues).toEqual(amounts.map((_, index) => ({ path: `members[0].incomes[${index}].monthly`, message: MONEY })));
    expect(MONEY).not.toMatch(/pattern|\/\^|\\d/);
  });

  it("lists the allowed values of an enum, and the expected form of a wrong-typed value", () => {
    const issues = issuesOf({ jurisdiction: "cq", area: "suburban", members: [{ id: "", relation: "cousin", birthDate: 19800505, seriousIllness: "no", selfCare: { adlFailed: 7 } }] });
    expect(byPath(issues)).toEqual([
      { path: "area", message: 'must be one of "urban", "rural"' },
      { path: "jurisdiction", message: 'must be a jurisdiction code such as "CN-CQ"' },
      { path: "members[0].birthDate", message: BIRTH_DATE },
      { path: "members[0].id", message: "must not be empty" },
      { path: "members[0].relation", message: 'must be one of "self", "spouse", "child", "parent", "grandparent", "grandchild", "sibling", "other"' },
      { path: "members[0].selfCare.adlFailed", message: "must be a whole number from 0 to 6" },
      { path: "members[0].seriousIllness", message: "must be true or false" },
    ]);
    expect(issuesOf(household([member("m1", { disability: "grade 2" as never, incomes: "none" as never })]))).toEqual([
      { path: "members[0].disability", message: "must be an object with the fields category, grade" },
      { path: "members[0].incomes", message: "must be a list of incomes" },
    ]);
  });

  it("suggests the closest field for a misspelt key, and lists the fields when none is close", () => {
    const issues = issuesOf({ jurisdiction: "CN-CQ", area: "urban", members: [{ id: "m1", relaton: "self", relation: "self", birthdate: "1980-01-01", birthDate: "1980-01-01", nickname: "x" }], asests: {} });
    expect(byPath(issues)).toEqual([
      { path: "asests", message: "unknown field asests: did you mean assets?" },
      { path: "members[0].birthdate", message: "unknown field birthdate: did you mean birthDate?" },
      {
        path: "members[0].nickname",
        message:
          "unknown field nickname: not part of the contract here (the fields here are id, relation, birthDate, excluded, disability, seriousIllness, employed, schooling, selfCare, incomes, deductions, ownAssetsCompliant, orphanSupportChosen, supporters, orphan, supportArrangement)",
      },
      { path: "members[0].relaton", message: "unknown field relaton: did you mean relation?" },
    ]);
  });

  it('allows one "self" (the applicant): each later one is an error naming the first', () => {
    const members = [
      { id: "a", relation: "spouse", birthDate: "1980-01-01" },
      { id: "b", relation: "self", birthDate: "1980-01-01" },
      { id: "c", relation: "self", birthDate: "2010-01-01" },
      { id: "d", relation: "self", birthDate: "2012-01-01" },
    ];
    expect(issuesOf({ jurisdiction: "CN-CQ", area: "urban", members })).toEqual([
      { path: "members[2].relation", message: 'only one member can be "self" (the applicant, 申请人); members[1] already is' },
      { path: "members[3].relation", message: 'only one member can be "self" (the applicant, 申请人); members[1] already is' },
    ]);
    // No "self" at all is allowed: the contract names no applicant as required.
    expect(parseHousehold({ jurisdiction: "CN-CQ", area: "urban", members: members.slice(0, 1) }).members).toHaveLength(1);
    expect(parseValidHousehold({ jurisdiction: "CN-CQ", area: "urban", members })).toBeUndefined();
  });

  it("rejects a birth date before 1900-01-01, a member's or a supporter's, and takes 1900-01-01 itself", () => {
    const issues = issuesOf(household([member("m1", { birthDate: "1899-12-31", supporters: [{ relation: "child", birthDate: "1850-01-01" }] })]));
    expect(issues).toEqual([
      { path: "members[0].birthDate", message: BIRTH_DATE },
      { path: "members[0].supporters[0].birthDate", message: BIRTH_DATE },
    ]);
    const oldest = household([member("m1", { birthDate: "1900-01-01", supporters: [{ relation: "child", birthDate: "1900-01-01" }] })]);
    expect(parseHousehold(oldest, "2018-01-01").members[0]?.birthDate).toBe("1900-01-01");
    expect(parseValidHousehold(oldest)).toBeDefined();
    expect(parseValidHousehold(household([member("m1", { birthDate: "1899-12-31" })]))).toBeUndefined();
    // An impossible date is said once, as impossible, not also as implausible.
    expect(issuesOf(household([member("m1", { birthDate: "1899-02-30" })]))).toEqual([{ path: "members[0].birthDate", message: BIRTH_DATE }]);
  });
});
