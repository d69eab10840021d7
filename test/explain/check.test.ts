/** explain() checks what it is given (issue 16): a clear error naming what is wrong, never a bare TypeError. */
import { describe, expect, it } from "vitest";
import { evaluate, explain, InvalidDeterminationError, InvalidOptionsError, parseDetermination, type Determination, type HouseholdInput } from "../../src/index.js";
import { loadFixtures } from "../../src/testing/index.js";
import { household, member } from "../helpers.js";

const ASOF = "2025-10-15";

function issuesOf(run: () => unknown, kind: new (...args: never[]) => Error): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(kind);
    return (error as { issues: unknown }).issues;
  }
  throw new Error("expected an error");
}

/** A valid determination to spoil, decided afresh in each test (never while the suite is collected: see vitest.config.ts). */
const valid = (): Determination => evaluate(household([member("m1")]), { asOf: ASOF });

describe("explain() given something that is not a determination", () => {

  it("names the missing schema of an object that is not one ({ foo: 1 })", () => {
    expect(issuesOf(() => explain({ foo: 1 } as never), InvalidDeterminationError)).toEqual([
      { path: "schema", message: 'is missing: a determination of this version, the object evaluate() returns, has schema "social-assistance-rules/determination@1.1"' },
    ]);
    expect(issuesOf(() => explain(null as never), InvalidDeterminationError)).toEqual([{ path: "", message: "must be a determination: the object evaluate() returns" }]);
  });

  it("names a field that is missing or holds a value a determination cannot have", () => {
    const determination = valid();
    const { figures: _figures, ...withoutFigures } = determination;
    expect(issuesOf(() => explain(withoutFigures as never), InvalidDeterminationError)).toEqual([{ path: "figures", message: "is required" }]);
    const wrongStatus = { ...determination, dibao: { ...determination.dibao, status: "maybe" } };
    expect(issuesOf(() => explain(wrongStatus as never), InvalidDeterminationError)).toEqual([{ path: "dibao.status", message: 'must be one of "eligible", "ineligible", "gradual-exit", "needs-review"' }]);
  });

  it("accepts a warning code a later 1.x release may add (contract v1.x is additive), but not a malformed one", () => {
    const determination = valid();
    const later = { ...determination, warnings: [{ code: "W-SOMETHING-NEW", parameters: [], interpretations: [] }] };
    expect(parseDetermination(later)).toBe(later);
    expect(explain(later as never, { lang: "en" })).toContain("W-SOMETHING-NEW");
    const malformed = { ...determination, warnings: [{ code: "something new", parameters: [], interpretations: [] }] };
    expect(issuesOf(() => explain(malformed as never), InvalidDeterminationError)).toEqual([
      { path: "warnings[0].code", message: expect.stringMatching(/^must be one of "W-PARAMETER-DATE-ESTIMATED"/) as unknown },
    ]);
  });

  it("says in plain words what each wrong field should be", () => {
    const determination = valid();
    const d = determination as unknown as Record<string, unknown>;
    expect(issuesOf(() => parseDetermination({ ...d, extra: 1, another: 2 }), InvalidDeterminationError)).toEqual([
      { path: "extra", message: "unknown field: not part of a determination of this version" },
      { path: "another", message: "unknown field: not part of a determination of this version" },
    ]);
    expect(issuesOf(() => parseDetermination({ ...d, figures: "none" }), InvalidDeterminationError)).toEqual([{ path: "figures", message: "must be an object" }]);
    expect(issuesOf(() => parseDetermination({ ...d, warnings: {} }), InvalidDeterminationError)).toEqual([{ path: "warnings", message: "must be a list" }]);
    expect(issuesOf(() => parseDetermination({ ...d, householdId: 5 }), InvalidDeterminationError)).toEqual([{ path: "householdId", message: "must be a string" }]);
    // A check other than type, value or key (here money's pattern) keeps zod's own words, under the path.
    const badMoney = issuesOf(() => parseDetermination({ ...d, figures: { ...determination.figures, standard: "770" } }), InvalidDeterminationError) as { path: string }[];
    expect(badMoney.map((issue) => issue.path)).toEqual(["figures.standard"]);
    expect(issuesOf(() => parseDetermination({ ...d, schema: "social-assistance-rules/determination@1.0" }), InvalidDeterminationError)).toEqual([
      { path: "schema", message: 'is "social-assistance-rules/determination@1.0": a determination of this version, the object evaluate() returns, has schema "social-assistance-rules/determination@1.1"' },
    ]);
    expect(issuesOf(() => parseDetermination([determination]), InvalidDeterminationError)).toEqual([{ path: "", message: "must be a determination: the object evaluate() returns" }]);
  });

  it("refuses a language or format it does not write", () => {
    const determination = valid();
    expect(issuesOf(() => explain(determination, { lang: "fr" } as never), InvalidOptionsError)).toEqual([{ path: "lang", message: 'must be "zh-CN" or "en", not "fr"' }]);
    expect(issuesOf(() => explain(determination, { format: "html" } as never), InvalidOptionsError)).toEqual([{ path: "format", message: 'must be "text" or "markdown", not "html"' }]);
    expect(issuesOf(() => explain(determination, { clauses: "all" } as never), InvalidOptionsError)).toEqual([{ path: "clauses", message: 'must be "compact" or "full", not "all"' }]);
  });

  it("accepts every fixture's determination, and its JSON parsed back, unchanged", () => {
    let checked = 0;
    for (const fixture of loadFixtures(["fixtures"])) {
      let decided: Determination;
      try {
        decided = evaluate(fixture.household as HouseholdInput, { asOf: fixture.asOf, parameters: fixture.parameters as never, interpretations: fixture.interpretations as never });
      } catch {
        continue;
      }
      const stored: unknown = JSON.parse(JSON.stringify(decided));
      expect(parseDetermination(stored)).toBe(stored);
      expect(explain(stored as Determination, { lang: "en" })).toBe(explain(decided, { lang: "en" }));
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  }, 60_000);
});
