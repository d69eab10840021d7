/**
 * Guards the command line against hostile input (issue 6), twice: in process through `main()` (so
 * Object.prototype can be checked in the same heap) and as the shipped `dist/cli.js` in a child process
 * (built by the vitest globalSetup). Every case in ./hostile-cases.ts must exit 2, name the field on
 * stderr, print nothing on stdout, show no stack trace, leave Object.prototype untouched (in the child,
 * checked by a preload at exit) and answer within a second of CPU time (Node's start-up included).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/cli.js";
import { AS_OF, HOSTILE_CASES, householdWithEveryFieldWrong, validHousehold, type HostileCase } from "./hostile-cases.js";
import { STACK_LINE, WALL_CEILING_MS, measuredWithin, polluted, prototypeSnapshot } from "./prototype-guard.js";

const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
/**
 * Preloaded into the child: at exit it reports on file descriptor 3 (not stderr, which is under test)
 * whether a built-in prototype gained a key, and the CPU time the process used.
 */
const REPORTER = `data:text/javascript,${encodeURIComponent(
  `import { writeSync } from "node:fs";
   const keys = () => JSON.stringify([Object.prototype, Array.prototype, Function.prototype].map((p) => Reflect.ownKeys(p).map(String).sort()));
   const before = keys();
   process.on("exit", () => {
     const cpu = process.cpuUsage();
     writeSync(3, JSON.stringify({ polluted: keys() !== before || ({}).polluted !== undefined, cpuMs: (cpu.user + cpu.system) / 1000 }));
   });`,
)}`;

let dir: string;
const files = new Map<string, string>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sar-hostile-"));
  HOSTILE_CASES.forEach((c, index) => {
    const file = join(dir, `case-${index}.json`);
    writeFileSync(file, c.text(), "utf8");
    files.set(c.name, file);
  });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly wallMs: number;
  /** CPU time of the whole child process, Node's start-up included. */
  readonly cpuMs: number;
  readonly polluted: boolean;
}

function runCli(args: readonly string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [`--import=${REPORTER}`, CLI, ...args], { stdio: ["pipe", "pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let report = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    (child.stdio[3] as NodeJS.ReadableStream).setEncoding("utf8").on("data", (chunk: string) => (report += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const { polluted: childPolluted, cpuMs } = JSON.parse(report || '{"polluted":true,"cpuMs":null}') as { polluted: boolean; cpuMs: number };
      resolve({ code, stdout, stderr, wallMs: performance.now() - start, cpuMs, polluted: childPolluted });
    });
    child.stdin.end(stdin ?? "");
  });
}

function expectRejected(run: { code: number | null; stdout: string; stderr: string }, path: string): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toContain(`- ${path}: `);
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.stderr).not.toContain("internal error");
}

/** Within a second of CPU time (the whole process, Node's start-up included); wall time only bounded against a hang. */
function expectQuick(run: Run, budget: { readonly ms: number; readonly why: string } = { ms: 1000, why: "answered within a second of CPU time" }): void {
  expect(run.polluted, "a built-in prototype gained a key").toBe(false);
  expect(run.cpuMs, budget.why).toBeLessThan(budget.ms);
  expect(run.wallMs).toBeLessThan(WALL_CEILING_MS);
}

const cases = HOSTILE_CASES.map((c) => [c.name, c] as const);

describe("hostile input to the CLI, in process", () => {
  const before = prototypeSnapshot();

  it.each(cases)("%s", async (_name, c: HostileCase) => {
    let stdout = "";
    let stderr = "";
    const { result: code, cpuMs, wallMs } = await measuredWithin(1000, () => {
      stdout = "";
      stderr = "";
      return main(["evaluate", files.get(c.name) ?? "", "--as-of", c.asOf ?? AS_OF], { out: (text) => (stdout += text), err: (text) => (stderr += text) });
    });
    expectRejected({ code, stdout, stderr }, c.cliPath);
    expect(cpuMs, "answered within a second of CPU time").toBeLessThan(1000);
    expect(wallMs).toBeLessThan(WALL_CEILING_MS);
    expect(prototypeSnapshot()).toBe(before);
    expect(polluted()).toBe(false);
  });
});

/** Runs main() in process; returns the exit code and what it printed. */
async function inProcess(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

function writeCase(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content, "utf8");
  return file;
}

const HOUSEHOLD_FILE = (): string => writeCase("base.json", JSON.stringify(validHousehold()));

describe("hostile arguments and side files to the CLI, in process", () => {
  it.each([
    ["two files", ["evaluate", "a.json", "b.json", "--as-of", AS_OF], "one FILE"],
    ["an unknown --format", ["evaluate", "-", "--as-of", AS_OF, "--format", "pdf"], "--format"],
    ["an unknown --lang", ["evaluate", "-", "--as-of", AS_OF, "--lang", "fr"], "--lang"],
    ["an unknown flag", ["evaluate", "-", "--as-of", AS_OF, "--__proto__"], "__proto__"],
    ["no --as-of", ["evaluate", "-"], "--as-of"],
    ["a positional to schema", ["schema", "extra"], "schema"],
    ["an unknown --lang to clauses", ["clauses", "--lang", "de"], "--lang"],
    ["test with nothing to run", ["test"], "fixture"],
  ])("%s: exit 2 with the usage", async (_name, argv, mention) => {
    const { code, out, err } = await inProcess(...argv);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(mention);
    expect(err).toContain("Usage:");
    expect(err).not.toMatch(STACK_LINE);
  });

  it.each([
    ["a parameter file that does not exist", () => join(dir, "missing-parameters.json"), "(root)"],
    ["a parameter file of malformed YAML", () => writeCase("broken.yaml", "series: [unclosed\n  - : :"), "parameters"],
    ["a parameter file of malformed JSON", () => writeCase("broken.json", '{"series": '), "(root)"],
    ["a parameter file with a BOM", () => writeCase("bom.json", '\uFEFF{"series": {}}'), "(root)"],
    ["a parameter file of the wrong shape", () => writeCase("shape.json", JSON.stringify({ series: { "dibao.standard.urban": { values: [{ from: "2024-13-01", value: "800" }] } } })), "parameters.series"],
    ["a parameter file with unknown keys", () => writeCase("keys.json", JSON.stringify({ series: {}, __proto__: { polluted: true } }).replace('"series"', '"__proto__":{"polluted":true},"series"')), "parameters"],
  ])("%s: exit 2 naming it", async (_name, parameters, path) => {
    const before = prototypeSnapshot();
    const { code, out, err } = await inProcess("evaluate", HOUSEHOLD_FILE(), "--as-of", AS_OF, "--parameters", parameters());
    expect(code, err).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(`- ${path}`);
    expect(err).not.toMatch(STACK_LINE);
    expect(prototypeSnapshot()).toBe(before);
    expect(polluted()).toBe(false);
  });

  /** Regression (fixed): an override value of the wrong kind for its series used to end in a TypeError (exit 1). */
  it("a parameter override of the wrong type (an amount given as true): exit 2 naming parameters", async () => {
    const parameters = writeCase("wrong-type.json", JSON.stringify({ series: { "dibao.standard.urban": { replace: true, values: [{ from: "2018-01-01", value: true }] } } }));
    const { code, err } = await inProcess("evaluate", HOUSEHOLD_FILE(), "--as-of", AS_OF, "--parameters", parameters);
    expect(err).not.toContain("internal error");
    expect(code).toBe(2);
  });

  it("a fixture file that fails prints each differing field, (absent) for a missing one, and exits 1", async () => {
    const fixture = writeCase(
      "failing-fixture.json",
      JSON.stringify({ name: "wrong on purpose", source: "test", asOf: AS_OF, household: validHousehold(), expect: { dibao: { status: "ineligible", nonsense: 1 } } }),
    );
    const { code, out } = await inProcess("test", fixture);
    expect(code).toBe(1);
    expect(out).toContain('dibao.status expected "ineligible", got "eligible"');
    expect(out).toContain("dibao.nonsense expected 1, got (absent)");
    expect(out).toContain("0 passed, 1 failed");
  });

  it("a fixture expecting an input error passes when the error and its path match, fails otherwise", async () => {
    const household = { ...validHousehold(), area: "suburban" };
    const good = writeCase("error-fixture.json", JSON.stringify({ name: "error expected", asOf: AS_OF, household, expect: { error: { name: "InvalidHouseholdError", issues: [{ path: "area" }] } } }));
    expect((await inProcess("test", good)).out).toContain("1 passed, 0 failed");
    const wrong = writeCase("error-fixture-wrong.json", JSON.stringify({ name: "error expected elsewhere", asOf: AS_OF, household, expect: { error: { name: "InvalidHouseholdError", issues: [{ path: "members" }] } } }));
    const { code, out } = await inProcess("test", wrong);
    expect(code).toBe(1);
    expect(out).toContain('error.issues[0].path expected "members", got "area"');
  });

  /**
   * Regression (fixed): bad fixture files are input errors of the `test` command (InvalidFixtureError), not
   * internal faults. Each is reported and the others run (issue 16), so the run fails with exit 1; a path
   * that does not exist is a usage error (exit 2).
   */
  it.each([
    ["not a fixture (an impossible asOf)", () => writeCase("not-a-fixture.yaml", "name: x\nasOf: 2024-13-01\nhousehold: {}\nexpect: {}\n"), 1],
    ["malformed YAML", () => writeCase("malformed.yaml", "name: [unclosed\n"), 1],
    ["a path that does not exist", () => join(dir, "no-such-fixtures"), 2],
  ])("a bad fixture file (%s): reported without 'internal error'", async (_name, path, status) => {
    const file = path();
    const { code, err } = await inProcess("test", file);
    expect(err).not.toContain("internal error");
    expect(err).toContain(file);
    expect(code).toBe(status);
  });
});

describe("hostile input to dist/cli.js, in a child process", () => {
  it.each(cases)("%s", async (_name, c: HostileCase) => {
    const run = await runCli(["evaluate", files.get(c.name) ?? "", "--as-of", c.asOf ?? AS_OF]);
    expectRejected(run, c.cliPath);
    expectQuick(run, c.childCpuBudget);
  });

  it.each([
    ["empty standard input", "", "(root)"],
    ["truncated JSON on standard input", JSON.stringify(validHousehold()).slice(0, 30), "(root)"],
    ["a byte-order mark on standard input", `\uFEFF${JSON.stringify(validHousehold())}`, "(root)"],
  ])("%s (evaluate -)", async (_name, stdin, path) => {
    const run = await runCli(["evaluate", "-", "--as-of", AS_OF], stdin);
    expectRejected(run, path);
    expectQuick(run);
  });

  it("tens of thousands of problems: a short answer that names the first ones and counts the rest", async () => {
    const run = await runCli(["evaluate", "-", "--as-of", AS_OF], JSON.stringify(householdWithEveryFieldWrong()));
    expectRejected(run, "jurisdiction");
    expect(run.stderr.length, "stderr stays short").toBeLessThan(64 * 1024);
    expect(run.stderr).toMatch(/Invalid household \(\d{5} problems\)/);
    expect(run.stderr).toMatch(/and \d{5} more/);
    expectQuick(run, HOSTILE_CASES.find((c) => c.childCpuBudget !== undefined)?.childCpuBudget);
  });

  it("a file that does not exist names it and exits 2", async () => {
    const run = await runCli(["evaluate", join(dir, "no-such-file.json"), "--as-of", AS_OF]);
    expectRejected(run, "(root)");
    expectQuick(run);
    expect(run.stderr).toContain("no-such-file.json");
  });

  it("the valid base household is accepted (the cases above fail for their fault, not the base)", async () => {
    const run = await runCli(["evaluate", "-", "--as-of", AS_OF], JSON.stringify(validHousehold()));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expectQuick(run);
    expect((JSON.parse(run.stdout) as { householdId: string }).householdId).toBe("hostile-base");
  });
});
