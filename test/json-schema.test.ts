/**
 * Guards the JSON Schema that callers outside TypeScript validate against (issue 6): it compiles under a
 * real draft 2020-12 validator (ajv, strict mode); it accepts every fixture's household and any household
 * the property arbitraries generate (so it is never stricter than the library); it rejects the shape faults
 * of the hostile cases; and the faults it cannot express (real calendar dates, unique ids, ≤ 2 decimals in
 * a number, birth after asOf or before 1900, a second "self") are rejected by the library, as
 * householdJsonSchema's doc says. Every field carries a description with its Chinese term (issue 16). The
 * `schema` command prints the same schema.
 */
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/cli.js";
import { evaluate, householdJsonSchema, InvalidHouseholdError } from "../src/index.js";
import { loadFixtures } from "../src/testing/index.js";
import { householdCaseArb, propertyRuns, propertyOptions, timeoutFor } from "./arbitraries.js";
import { AS_OF, HOSTILE_CASES, validHousehold } from "./hostile/hostile-cases.js";

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(householdJsonSchema());

function accepts(value: unknown): boolean {
  return validate(value);
}

describe("householdJsonSchema", () => {
  it("is a draft 2020-12 schema that ajv compiles in strict mode", () => {
    expect(householdJsonSchema().$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(typeof validate).toBe("function");
  });

  it("accepts every fixture's household", () => {
    const fixtures = loadFixtures(["fixtures"]);
    const rejected = fixtures.filter((fixture) => !accepts(fixture.household)).map((fixture) => `${fixture.file ?? fixture.name}: ${ajv.errorsText(validate.errors)}`);
    expect(rejected).toEqual([]);
  });

  it("accepts the example household and every generated valid household", () => {
    expect(accepts(validHousehold())).toBe(true);
    fc.assert(
      fc.property(householdCaseArb(), ({ household }) => {
        // Through JSON: the schema describes JSON documents (no undefined, no null prototypes).
        const json = JSON.parse(JSON.stringify(household)) as unknown;
        expect(accepts(json), ajv.errorsText(validate.errors)).toBe(true);
      }),
      { numRuns: propertyRuns(500), ...propertyOptions() },
    );
    // Generated households carry the v1.1 fields too: a property's timeout, not a unit test's 5 s.
  }, timeoutFor(propertyRuns(500)));

  /** Hostile cases whose fault is in the document's shape, so a schema can see it. */
  const SHAPE_FAULTS = [
    "not an object: an array",
    "not an object: a number",
    "wrong type: members is a string",
    "wrong type: area is a number",
    "wrong type: birthDate is a number",
    "wrong type: assets.compliant is a string",
    "wrong type: disability grade 2.5",
    "wrong type: incomes is an object",
    "impossible date 2023-1-1",
    "money -1",
    'money "-1"',
    'money "1e3"',
    'money " 12"',
    'money "12.345"',
    'money "1234567890123" (13 digits)',
    'money "" (empty)',
    "a 10 MB file (200 000 incomes)",
    "a 10 MB household id",
    "10 000 members",
    `JSON nested 100000 levels deep in a field`,
    "a __proto__ key at the root",
    "a __proto__ key in a member",
    "constructor.prototype keys in an income",
    "a prototype key in assets",
    "unknown enum value: area",
    "unknown enum value: relation",
    "unknown enum value: income kind",
    "unknown enum value: schooling",
    "unknown field (a misspelling)",
    "tens of thousands of problems in one household under 1 MB",
    "unknown enum value: shock cause",
    "wrong type: orphan is a string",
    "unknown field in housing (a misspelling)",
    'money "1,800" in rigid expenditure',
  ];

  it.each(SHAPE_FAULTS)("rejects the hostile case: %s", (name) => {
    const hostile = HOSTILE_CASES.find((c) => c.name === name);
    expect(hostile, name).toBeDefined();
    // The JSON text the CLI would read, parsed: what a non-TypeScript caller validates.
    expect(accepts(JSON.parse(hostile?.text() ?? "null") as unknown)).toBe(false);
  });

  /** Faults beyond a JSON Schema: the schema lets them through and the library must catch them. */
  const LIBRARY_ONLY = [
    "impossible date 2023-02-29",
    "impossible date 2023-13-01",
    "impossible date in the status: 2023-02-29",
    "money 12.345 (a number)",
    "duplicate member ids",
    "born after the assessment date",
    "born before 1900",
    'two members with relation "self"',
    "impossible date in the exit from coverage: 2023-02-29",
  ];

  it.each(LIBRARY_ONLY)("leaves to the library, which rejects it: %s", (name) => {
    const hostile = HOSTILE_CASES.find((c) => c.name === name);
    expect(hostile, name).toBeDefined();
    const value = JSON.parse(hostile?.text() ?? "null") as unknown;
    expect(accepts(value)).toBe(true);
    expect(() => evaluate(value as never, { asOf: AS_OF })).toThrow(InvalidHouseholdError);
  });

  it("rejects a household with no members and one missing its jurisdiction", () => {
    expect(accepts({ ...validHousehold(), members: [] })).toBe(false);
    const { jurisdiction: _jurisdiction, ...noJurisdiction } = validHousehold();
    expect(accepts(noJurisdiction)).toBe(false);
  });

  /** Every property of every object in the schema, with its path ("members[].birthDate"). */
  function properties(node: unknown, path = ""): Array<{ path: string; schema: Record<string, unknown> }> {
    if (node === null || typeof node !== "object") return [];
    const record = node as Record<string, unknown>;
    const own = Object.entries((record.properties ?? {}) as Record<string, Record<string, unknown>>).map(([key, schema]) => ({ path: `${path}.${key}`, schema }));
    const nested = [
      ...Object.entries((record.properties ?? {}) as Record<string, unknown>).flatMap(([key, child]) => properties(child, `${path}.${key}`)),
      ...((record.anyOf ?? []) as unknown[]).flatMap((child) => properties(child, path)),
      ...(record.items === undefined ? [] : properties(record.items, `${path}[]`)),
      ...Object.values((record.$defs ?? {}) as Record<string, unknown>).flatMap((child) => properties(child, `${path}$defs`)),
    ];
    return [...own, ...nested];
  }

  it("describes every field, old and new, with its Chinese term (issue 16)", () => {
    const all = properties(householdJsonSchema());
    // The contract's fields: 9 of the household, 16 of a member, 8 of a supporter, the nested objects'.
    expect(all.length).toBeGreaterThanOrEqual(60);
    for (const path of [".members[].orphan", ".members[].supportArrangement", ".circumstances.shocks[].since", ".rigidExpenditure.items[].annual", ".housing.dwellingSafety", ".status.exitedCoverage.date"]) {
      expect(all.map((entry) => entry.path)).toContain(path);
    }
    const undescribed = all.filter(({ schema }) => typeof schema.description !== "string" || !/[\u4e00-\u9fff]/.test(schema.description));
    expect(undescribed.map((entry) => entry.path)).toEqual([]);
    expect(householdJsonSchema().description).toMatch(/[\u4e00-\u9fff]/);
    expect(householdJsonSchema().title).toBe("Household (social-assistance-rules contract v1.1)");
  });

  it("gives the Chinese terms of the contract's v1.1 fields", () => {
    const described = new Map(properties(householdJsonSchema()).map(({ path, schema }) => [path, String(schema.description)]));
    expect(described.get(".members[].orphan")).toContain("孤儿");
    expect(described.get(".members[].supportArrangement")).toContain("分散供养");
    expect(described.get(".members[].supportArrangement")).toContain("集中供养");
    expect(described.get(".circumstances.shocks")).toContain("收入骤减或支出骤增");
    expect(described.get(".rigidExpenditure")).toContain("刚性支出");
    expect(described.get(".housing.dwellingSafety")).toContain("危房");
    expect(described.get(".housing.securityApplied")).toContain("住房保障");
    expect(described.get(".status.exitedCoverage")).toContain("退出兜底保障");
  });

  it("accepts a household using every field of contract v1.1, and rejects its misspelt and out-of-range variants", () => {
    const v11 = {
      ...validHousehold(),
      area: "rural",
      members: [
        { id: "m1", relation: "self", birthDate: "1950-03-01", orphan: false, supportArrangement: "dispersed" },
        { id: "m2", relation: "grandchild", birthDate: "2014-09-30", orphan: true, supportArrangement: null, schooling: "compulsory" },
      ],
      status: { specialHardshipMemberIds: ["m1"], exitedCoverage: { date: "2021-06-30" } },
      circumstances: { shocks: [{ cause: "epidemic", effect: "income-drop", since: "2023-02-01" }], difficulties: ["housing", "medical"] },
      rigidExpenditure: { items: [{ kind: "medical", annual: "18000" }, { kind: "education", annual: 2400.5 }] },
      housing: { securityApplied: null, dwellingSafety: "D", previouslySupported: false },
    };
    expect(accepts(v11), ajv.errorsText(validate.errors)).toBe(true);
    expect(accepts({ ...v11, housing: { dwellingSafety: "E" } })).toBe(false);
    expect(accepts({ ...v11, circumstances: { shocks: [{ cause: "illness", effect: "income-drop" }] } })).toBe(false);
    expect(accepts({ ...v11, circumstances: { difficulties: ["money"] } })).toBe(false);
    expect(accepts({ ...v11, rigidExpenditure: { items: [{ kind: "medical", anual: "1" }] } })).toBe(false);
    expect(accepts({ ...v11, rigidExpenditure: {} })).toBe(false);
    expect(accepts({ ...v11, status: { exitedCoverage: {} } })).toBe(false);
    expect(accepts({ ...v11, circumstances: { shocks: Array.from({ length: 51 }, () => ({ cause: "other", effect: "income-drop", since: "2023-01-01" })) } })).toBe(false);
  });

  it("is what the `schema` command prints", async () => {
    let out = "";
    const code = await main(["schema"], { out: (text) => (out += text), err: () => undefined });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(householdJsonSchema());
  });
});
