/**
 * Guards the JSON Schema that callers outside TypeScript validate against (issue 6): it compiles under a
 * real draft 2020-12 validator (ajv, strict mode); it accepts every fixture's household and any household
 * the property arbitraries generate (so it is never stricter than the library); it rejects the shape faults
 * of the hostile cases; and the faults it cannot express (real calendar dates, unique ids, ≤ 2 decimals in
 * a number, birth after asOf) are rejected by the library, as householdJsonSchema's doc says. The `schema`
 * command prints the same schema.
 */
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/cli.js";
import { evaluate, householdJsonSchema, InvalidHouseholdError } from "../src/index.js";
import { loadFixtures } from "../src/testing/index.js";
import { householdCaseArb, propertyRuns, propertyOptions } from "./arbitraries.js";
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
  });

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
  ];

  it.each(SHAPE_FAULTS)("rejects the hostile case: %s", (name) => {
    const hostile = HOSTILE_CASES.find((c) => c.name === name);
    expect(hostile, name).toBeDefined();
    // The JSON text the CLI would read, parsed: what a non-TypeScript caller validates.
    expect(accepts(JSON.parse(hostile?.text() ?? "null") as unknown)).toBe(false);
  });

  /** Faults beyond a JSON Schema: the schema lets them through and the library must catch them. */
  const LIBRARY_ONLY = ["impossible date 2023-02-29", "impossible date 2023-13-01", "impossible date in the status: 2023-02-29", "money 12.345 (a number)", "duplicate member ids", "born after the assessment date"];

  it.each(LIBRARY_ONLY)("leaves to the library, which rejects it: %s", (name) => {
    const hostile = HOSTILE_CASES.find((c) => c.name === name);
    expect(hostile, name).toBeDefined();
    const value = JSON.parse(hostile?.text() ?? "null") as unknown;
    expect(accepts(value)).toBe(true);
    expect(() => evaluate(value, { asOf: AS_OF })).toThrow(InvalidHouseholdError);
  });

  it("rejects a household with no members and one missing its jurisdiction", () => {
    expect(accepts({ ...validHousehold(), members: [] })).toBe(false);
    const { jurisdiction: _jurisdiction, ...noJurisdiction } = validHousehold();
    expect(accepts(noJurisdiction)).toBe(false);
  });

  it("is what the `schema` command prints", async () => {
    let out = "";
    const code = await main(["schema"], { out: (text) => (out += text), err: () => undefined });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(householdJsonSchema());
  });
});
