/** The fixture loader and matcher: every way a fixture file can be wrong is an InvalidFixtureError naming it. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidFixtureError, findFixtureFiles, loadFixtureFile, loadFixtures, matchPartial, parseFixture, runFixture } from "../../src/testing/index.js";

const dir = mkdtempSync(join(tmpdir(), "sar-fixtures-"));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const household = { jurisdiction: "CN-CQ", area: "urban", members: [{ id: "m1", relation: "self", birthDate: "1980-01-01" }], assets: { compliant: true } };

describe("loading fixtures", () => {
  it("walks folders recursively, sorted, keeping only YAML and JSON", () => {
    const root = join(dir, "tree");
    mkdirSync(join(root, "b"), { recursive: true });
    writeFileSync(join(root, "b", "two.json"), "{}");
    writeFileSync(join(root, "a.yaml"), "x: 1");
    writeFileSync(join(root, "notes.txt"), "not a fixture");
    expect(findFixtureFiles([root]).map((file) => file.slice(root.length))).toEqual(["/a.yaml", "/b/two.json"]);
  });

  it("reads JSON fixtures as well as YAML", () => {
    const file = write("one.json", JSON.stringify({ name: "json one", asOf: "2024-06-01", household, expect: { dibao: { status: "eligible", monthlyAmount: "735.00" } } }));
    expect(runFixture(loadFixtureFile(file))).toMatchObject({ name: "json one", passed: true, differences: [] });
  });

  it.each([
    ["a missing path", () => join(dir, "nowhere"), /no such file or folder/],
    ["malformed JSON", () => write("bad.json", "{"), /cannot be read as JSON/],
    ["malformed YAML", () => write("bad.yaml", "name: [unclosed\n"), /cannot be read as YAML/],
    ["not a fixture", () => write("not.yaml", "name: x\nasOf: 2024-13-01\nexpect: {}\n"), /asOf/],
  ])("%s is an InvalidFixtureError", (_label, path, message) => {
    expect(() => loadFixtures([path()])).toThrow(InvalidFixtureError);
    expect(() => loadFixtures([path()])).toThrow(message);
  });

  it("refuses two fixtures with one name", () => {
    const a = write("dup-a.json", JSON.stringify({ name: "same", asOf: "2024-06-01", household, expect: {} }));
    const b = write("dup-b.json", JSON.stringify({ name: "same", asOf: "2024-06-01", household, expect: {} }));
    expect(() => loadFixtures([a, b])).toThrow(/duplicate fixture name "same"/);
  });

  it("parses a fixture document without a file name too", () => {
    expect(parseFixture({ name: "inline", asOf: "2024-06-01", household, expect: {} }).file).toBeUndefined();
    expect(() => parseFixture({ name: "", asOf: "2024-06-01", expect: {} })).toThrow(InvalidFixtureError);
  });

  it("reports invalid options (parameters that are not an override) as the fixture's expected error outcome", () => {
    // Options that are not an object are an InvalidOptionsError, reported as the fixture's error outcome.
    const fixture = parseFixture({ name: "options", asOf: "2024-06-01", household, parameters: 5, expect: { error: { name: "InvalidOptionsError" } } });
    expect(runFixture(fixture).passed).toBe(true);
  });
});

describe("matchPartial", () => {
  it("compares objects on the given keys, arrays whole, values strictly", () => {
    expect(matchPartial({ a: 1 }, { a: 1, b: 2 })).toEqual([]);
    expect(matchPartial({ a: { b: [1, { c: 2 }] } }, { a: { b: [1, { c: 3, d: 4 }] } })).toEqual([{ path: "a.b[1].c", expected: 2, actual: 3 }]);
    expect(matchPartial([1, 2], [1])).toEqual([{ path: "", expected: [1, 2], actual: [1] }]);
    expect(matchPartial([1], "x")).toEqual([{ path: "", expected: [1], actual: "x" }]);
    expect(matchPartial({ a: 1 }, null)).toEqual([{ path: "", expected: { a: 1 }, actual: null }]);
    expect(matchPartial({ a: 1 }, {})).toEqual([{ path: "a", expected: 1, actual: undefined }]);
    expect(matchPartial(null, null)).toEqual([]);
  });
});

describe("fixture messages a person can act on (issue 16)", () => {
  const household = { jurisdiction: "CN-CQ", area: "urban", members: [{ id: "m1", relation: "self", birthDate: "1980-01-01" }] };
  const issues = (document: unknown) => {
    try {
      parseFixture(document, "case.yaml");
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidFixtureError);
      return (error as InvalidFixtureError).issues;
    }
    throw new Error("expected an error");
  };

  it("says expect is required, in plain words, when it is missing", () => {
    expect(issues({ name: "x", asOf: "2024-06-01", household })).toEqual([
      { path: "case.yaml: expect", message: "expect is required: the expected determination, in part (such as { dibao: { status: eligible } }), or the expected error ({ error: { name, issues } })" },
    ]);
  });

  it("names a missing household and name, suggests the field a misspelt one meant, and refuses a document that is not an object", () => {
    expect(issues({ asOf: "2024-06-01", expct: {}, expect: {} })).toEqual([
      { path: "case.yaml: name", message: "name is required: text naming the fixture, unique among the fixtures run together" },
      { path: "case.yaml: household", message: "household is required: the household to assess, as the input contract writes it" },
      { path: "case.yaml: expct", message: "unknown field expct: did you mean expect?" },
    ]);
    expect(issues(["a list"])).toEqual([{ path: "case.yaml", message: "must be a fixture: an object with name, asOf, household and expect" }]);
  });
});

describe("override files beside fixtures", () => {
  it("a folder walk skips *.reform.yaml and *.parameters.* files (fixtures/impact holds only reforms)", () => {
    const files = findFixtureFiles(["fixtures/impact"]);
    expect(files).toEqual([]);
    // Named on its own, a file is still read as a fixture (and fails as one): only the walk skips it.
    expect(findFixtureFiles(["fixtures/impact/raise-urban.reform.yaml"])).toEqual(["fixtures/impact/raise-urban.reform.yaml"]);
  });
});
