/**
 * Guards the published package (issue 6): `npm pack` holds only dist/, README.md, LICENSE and
 * CHANGELOG.md (and package.json); the tarball installs into an empty project (offline from the npm
 * cache, else from the registry) and works there through `require` and `import`, for the main entry,
 * the `./testing` subpath and the bin, giving the same determination as the sources; and its types
 * check under TypeScript's node16 resolution, from an ES module and from CommonJS, including an error
 * where a caller passes the wrong type.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluate, type HouseholdInput } from "../../src/index.js";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const EXAMPLE = join(ROOT, "examples", "urban-family.json");
const AS_OF = "2025-10-15";

interface PackResult {
  readonly filename: string;
  readonly files: ReadonlyArray<{ readonly path: string }>;
}

let work: string;
let consumer: string;
let packed: PackResult;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "sar-package-"));
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", work], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  packed = (JSON.parse(stdout) as PackResult[])[0] as PackResult;
  consumer = join(work, "consumer");
  mkdirSync(consumer);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
  const tarball = join(work, packed.filename);
  const flags = ["--no-audit", "--no-fund", "--no-package-lock"];
  try {
    // The dependencies are in the npm cache from this repository's own install.
    await run("npm", ["install", "--offline", ...flags, tarball], { cwd: consumer });
  } catch {
    await run("npm", ["install", ...flags, tarball], { cwd: consumer });
  }
}, 180_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("the packed tarball", () => {
  it("holds dist/, README.md, LICENSE, CHANGELOG.md and package.json, nothing else", () => {
    const paths = packed.files.map((file) => file.path).sort();
    expect(paths.filter((path) => !path.startsWith("dist/"))).toEqual(["CHANGELOG.md", "LICENSE", "README.md", "package.json"]);
    for (const built of ["cli.js", "index.cjs", "index.d.cts", "index.d.ts", "index.js", "testing.cjs", "testing.d.cts", "testing.d.ts", "testing.js"]) {
      expect(paths).toContain(`dist/${built}`);
    }
    // No source maps, tests or sources: dist holds only what the exports and the bin point at.
    expect(paths.filter((path) => /\.(map|ts)$/.test(path) && !/\.d\.c?ts$/.test(path))).toEqual([]);
  });

  it("declares Apache-2.0, no side effects and Node 20, with a LICENSE that is the Apache License 2.0", () => {
    const manifest = JSON.parse(readFileSync(join(consumer, "node_modules", "social-assistance-rules", "package.json"), "utf8")) as Record<string, unknown>;
    expect(manifest.license).toBe("Apache-2.0");
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.engines).toEqual({ node: ">=20" });
    const license = readFileSync(join(consumer, "node_modules", "social-assistance-rules", "LICENSE"), "utf8");
    expect(license).toContain("Apache License");
    expect(license).toContain("Version 2.0, January 2004");
  });
});

describe("the installed package", () => {
  const household = JSON.parse(readFileSync(EXAMPLE, "utf8")) as HouseholdInput;
  const expected = JSON.stringify(evaluate(household, { asOf: AS_OF }));

  /** What each consumer script prints: the determination, the explanation's first line, fixture results and the schema's title. */
  const report = (load: string) => `${load}
const household = JSON.parse(readFileSync(${JSON.stringify(EXAMPLE)}, "utf8"));
const determination = lib.evaluate(household, { asOf: ${JSON.stringify(AS_OF)} });
const fixtures = testing.loadFixtures([${JSON.stringify(join(ROOT, "fixtures", "dibao"))}]);
let invalid = "";
try { lib.evaluate({}, { asOf: ${JSON.stringify(AS_OF)} }); } catch (error) { invalid = error instanceof lib.InvalidHouseholdError ? error.name : "wrong class"; }
process.stdout.write(JSON.stringify({
  determination: JSON.stringify(determination),
  explanation: lib.explain(determination, { lang: "en", format: "text" }).split("\\n")[0],
  fixtures: fixtures.length,
  failed: fixtures.filter((fixture) => !testing.runFixture(fixture).passed).length,
  schemaTitle: lib.householdJsonSchema().title,
  invalid,
}));`;

  async function node(file: string, source: string): Promise<Record<string, unknown>> {
    writeFileSync(join(consumer, file), source);
    const { stdout } = await run(process.execPath, [file], { cwd: consumer, maxBuffer: 16 * 1024 * 1024 });
    return JSON.parse(stdout) as Record<string, unknown>;
  }

  function expectWorking(result: Record<string, unknown>): void {
    expect(result.determination).toBe(expected);
    expect(result.explanation).toMatch(/\S/);
    expect(result.fixtures).toBeGreaterThan(20);
    expect(result.failed).toBe(0);
    expect(result.schemaTitle).toMatch(/Household/);
    expect(result.invalid).toBe("InvalidHouseholdError");
  }

  it("works through require (CommonJS)", async () => {
    expectWorking(
      await node(
        "use.cjs",
        report(`const { readFileSync } = require("node:fs");
const lib = require("social-assistance-rules");
const testing = require("social-assistance-rules/testing");`),
      ),
    );
  });

  it("works through import (ES module)", async () => {
    expectWorking(
      await node(
        "use.mjs",
        report(`import { readFileSync } from "node:fs";
import * as lib from "social-assistance-rules";
import * as testing from "social-assistance-rules/testing";`),
      ),
    );
  });

  it("runs its bin", async () => {
    const bin = join(consumer, "node_modules", ".bin", "social-assistance-rules");
    const { stdout: version } = await run(bin, ["--version"], { cwd: consumer });
    expect(version.trim()).toBe((JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version);
    const { stdout } = await run(bin, ["evaluate", EXAMPLE, "--as-of", AS_OF], { cwd: consumer });
    expect(JSON.stringify(JSON.parse(stdout))).toBe(expected);
  });

  const use = (kind: "esm" | "cjs"): string => `${
      kind === "esm"
        ? `import { evaluate, explain, InvalidHouseholdError, safeEvaluate, type Determination, type HouseholdInput } from "social-assistance-rules";
import { runFixture, type Fixture } from "social-assistance-rules/testing";`
        : `import lib = require("social-assistance-rules");
import testing = require("social-assistance-rules/testing");
const { evaluate, explain, InvalidHouseholdError, safeEvaluate } = lib;
const { runFixture } = testing;
type Determination = lib.Determination;
type HouseholdInput = lib.HouseholdInput;
type Fixture = testing.Fixture;`
    }
const household: HouseholdInput = { jurisdiction: "CN-CQ", area: "urban", members: [{ id: "m1", relation: "self", birthDate: "1980-01-01" }] };
const determination: Determination = evaluate(household, { asOf: "2025-10-15" });
const status: "eligible" | "ineligible" | "gradual-exit" | "needs-review" = determination.dibao.status;
const amount: string | null = determination.dibao.monthlyAmount;
const text: string = explain(determination, { lang: "zh-CN", format: "markdown" });
const error: Error = new InvalidHouseholdError([{ path: "members", message: "m" }]);
const run = (fixture: Fixture): boolean => runFixture(fixture).passed;
// @ts-expect-error asOf is a YYYY-MM-DD string
evaluate(household, { asOf: 20251015 });
// @ts-expect-error area is "urban" or "rural"
const wrong: HouseholdInput = { jurisdiction: "CN-CQ", area: "suburban", members: [] };
// @ts-expect-error INT-2 has no alternative reading: only the switchable interpretations are keys
evaluate(household, { asOf: "2025-10-15", interpretations: { "INT-2": false } });
evaluate(household, { asOf: "2025-10-15", interpretations: { "INT-5": false } });
// @ts-expect-error a parameter series is named by a series the rules read
evaluate(household, { asOf: "2025-10-15", parameters: { series: { "dibao.standard.urbn": { values: [{ from: "2026-01-01", value: "900" }] } } } });
// Data of unknown shape goes through the safe entry, which takes unknown and returns the error.
const untrusted: unknown = JSON.parse("{}");
const outcome = safeEvaluate(untrusted, { asOf: "2025-10-15" });
const failed: readonly { readonly path: string }[] = outcome.success ? [] : outcome.error.issues;
// @ts-expect-error evaluate() takes a HouseholdInput, not unknown data
evaluate(untrusted, { asOf: "2025-10-15" });
export { status, amount, text, error, run, wrong, failed };
`;

  /** Runs tsc (strict) over the consumer files; returns its diagnostics ("" when clean). */
  async function typeCheck(options: { readonly skipLibCheck: boolean }, files: readonly string[] = ["use-types.mts", "use-types.cts"]): Promise<string> {
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "node16", moduleResolution: "node16", target: "ES2022", strict: true, noEmit: true, types: [], ...options }, files }),
    );
    return run(process.execPath, [TSC, "-p", "tsconfig.json"], { cwd: consumer }).then(
      () => "",
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
  }

  it("type-checks from an ES module and from CommonJS (node16 resolution), and rejects a wrong call", async () => {
    writeFileSync(join(consumer, "use-types.mts"), use("esm"));
    writeFileSync(join(consumer, "use-types.cts"), use("cjs"));
    const result = await typeCheck({ skipLibCheck: true });
    expect(result).toBe("");
    // The same files with one more wrong line must fail: the check above really type-checks.
    writeFileSync(join(consumer, "use-types.mts"), `${use("esm")}\nconst notMoney: number = determination.dibao.monthlyAmount;\n`);
    expect(await typeCheck({ skipLibCheck: true })).toMatch(/use-types\.mts.*error TS2322/);
  }, 120_000);

  /** Issue 16: the household the types must catch, as a new user wrote it, fails `tsc --strict` against the packed types. */
  it("refuses a misspelt household at type-checking (area: city, id: 1, relaton), from ESM and CommonJS", async () => {
    const call = 'evaluate({ area: "city", members: [{ id: 1, relaton: "self" }] }, { asOf: "2025-10-15" });\n';
    writeFileSync(join(consumer, "misspelt.mts"), `import { evaluate } from "social-assistance-rules";\n${call}`);
    writeFileSync(join(consumer, "misspelt.cts"), `import lib = require("social-assistance-rules");\nconst { evaluate } = lib;\n${call}`);
    for (const file of ["misspelt.mts", "misspelt.cts"]) {
      const diagnostics = await typeCheck({ skipLibCheck: false }, [file]);
      expect(diagnostics).toContain(`${file}(`);
      expect(diagnostics).toMatch(/error TS\d+/);
      // What is wrong is named: the value "city" is not an area, or the object lacks the fields a household needs.
      expect(diagnostics).toMatch(/"city"|jurisdiction|relaton/);
    }
  }, 120_000);

  /**
   * Regression (fixed): with skipLibCheck off, the ES module declarations failed on decimal.js's default
   * import under node16 resolution (TS2344); src/model/money.ts now imports `{ Decimal }` by name.
   */
  it("type-checks with skipLibCheck off too (decimal.js imported by name, so the ESM declarations resolve)", async () => {
    writeFileSync(join(consumer, "use-types.mts"), use("esm"));
    writeFileSync(join(consumer, "use-types.cts"), use("cjs"));
    expect(await typeCheck({ skipLibCheck: false })).toBe("");
  }, 120_000);
});
