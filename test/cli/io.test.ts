/**
 * The CLI's input reading (src/cli/io.ts), standard input included: `readFileSync` is wrapped so that
 * descriptor 0 (what `-` and a missing FILE read) answers with a given text or a given failure, which the
 * in-process tests cannot otherwise feed. Every message names what was read: the file, or "standard input".
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { PathOrFileDescriptor } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/cli.js";
import { parseJsonText, readParameters, readText, UnreadableInputError } from "../../src/cli/io.js";
import { InvalidOptionsError } from "../../src/index.js";
import { issuesThrown } from "../helpers.js";

/** What descriptor 0 gives the next reads: a text, or an error to throw. */
const stdin = vi.hoisted(() => ({ answer: undefined as { text: string } | { error: Error } | undefined, reads: 0 }));

vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  const wrapped = (path: PathOrFileDescriptor, options?: unknown): unknown => {
    if (path !== 0) return (actual.readFileSync as (path: PathOrFileDescriptor, options?: unknown) => unknown)(path, options);
    stdin.reads++;
    const answer = stdin.answer;
    if (answer === undefined) throw new Error("test fault: standard input read without an answer set");
    if ("error" in answer) throw answer.error;
    // As the real one: a Buffer without an encoding, a string with one.
    return options === undefined ? Buffer.from(answer.text, "utf8") : answer.text;
  };
  const readFileSyncMock = wrapped as typeof actual.readFileSync;
  return { ...actual, readFileSync: readFileSyncMock, default: { ...actual, readFileSync: readFileSyncMock } };
});

afterEach(() => {
  stdin.answer = undefined;
  stdin.reads = 0;
});

const ASOF = "2025-10-15";
const URBAN_FAMILY = readFileSync("examples/urban-family.json", "utf8");
const dir = mkdtempSync(join(tmpdir(), "sar-io-"));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

const issuesOf = (action: () => unknown) => issuesThrown(action, UnreadableInputError);

describe("readText", () => {
  it("reads standard input for - and for no file", () => {
    stdin.answer = { text: "from stdin" };
    expect(readText("-")).toBe("from stdin");
    expect(readText(undefined)).toBe("from stdin");
    expect(stdin.reads).toBe(2);
  });

  it("names standard input, with the system's error code when there is one, when it cannot be read", () => {
    stdin.answer = { error: Object.assign(new Error("resource temporarily unavailable"), { code: "EAGAIN" }) };
    expect(issuesOf(() => readText(undefined))).toEqual([{ path: "", message: "cannot read standard input (EAGAIN)" }]);
    stdin.answer = { error: new Error("no code") };
    expect(issuesOf(() => readText(undefined))).toEqual([{ path: "", message: "cannot read standard input" }]);
    // "-" is standard input too, and is named so, not as a file called "-".
    stdin.answer = { error: Object.assign(new Error("resource temporarily unavailable"), { code: "EAGAIN" }) };
    expect(issuesOf(() => readText("-"))).toEqual([{ path: "", message: "cannot read standard input (EAGAIN)" }]);
  });

  it("names the file it cannot read, with the error code", () => {
    const missing = join(dir, "missing.json");
    expect(issuesOf(() => readText(missing))).toEqual([{ path: "", message: `cannot read ${missing} (ENOENT)` }]);
    expect(issuesOf(() => readText(dir))).toEqual([{ path: "", message: `cannot read ${dir} (EISDIR)` }]);
  });
});

describe("parseJsonText", () => {
  it("names what it parsed in every complaint", () => {
    expect(issuesOf(() => parseJsonText("\uFEFF{}", "line 4"))).toEqual([{ path: "", message: "line 4 starts with a UTF-8 byte-order mark; JSON must be saved without one" }]);
    expect(issuesOf(() => parseJsonText(" \n\t", "standard input"))).toEqual([{ path: "", message: "standard input is empty" }]);
    const [issue] = issuesOf(() => parseJsonText("{", "a.json")) as Array<{ path: string; message: string }>;
    expect(issue?.message.startsWith("a.json is not valid JSON: ")).toBe(true);
    expect(parseJsonText(' {"a": [1, "x"]} ', "b.json")).toEqual({ a: [1, "x"] });
  });
});

describe("readParameters", () => {
  it("reads .yml as YAML (core schema: dates stay text) and anything else as JSON", async () => {
    const yml = join(dir, "p.yml");
    writeFileSync(yml, "series:\n  a:\n    values:\n      - { from: 2025-07-01, value: '1' }\n");
    expect(await readParameters(yml)).toEqual({ series: { a: { values: [{ from: "2025-07-01", value: "1" }] } } });
    const json = join(dir, "p.txt");
    writeFileSync(json, "series: {}");
    await expect(readParameters(json)).rejects.toThrow(`${json} is not valid JSON`);
  });

  it("reports broken YAML as an options error on parameters, naming the file", async () => {
    const broken = join(dir, "broken.yaml");
    writeFileSync(broken, "series: [");
    const error: unknown = await readParameters(broken).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidOptionsError);
    const issues = (error as InvalidOptionsError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe("parameters");
    expect(issues[0]?.message.startsWith(`${broken} is not valid YAML: `)).toBe(true);
  });
});

describe("evaluate from standard input", () => {
  it("decides the household read from - or from no FILE", async () => {
    for (const argv of [["evaluate", "-", "--as-of", ASOF], ["evaluate", "--as-of", ASOF]]) {
      stdin.answer = { text: URBAN_FAMILY };
      const { code, out, err } = await run(...argv);
      expect({ code, err }).toEqual({ code: 0, err: "" });
      expect(JSON.parse(out)).toMatchObject({ householdId: "demo-urban-family", asOf: ASOF });
    }
    expect(stdin.reads).toBe(2);
  });

  it("exits 2 naming standard input when it is empty or not JSON", async () => {
    stdin.answer = { text: "" };
    expect(await run("evaluate", "-", "--as-of", ASOF)).toEqual({
      code: 2,
      out: "",
      err: "social-assistance-rules: Unreadable input (1 problem):\n  - (root): standard input is empty\n",
    });
    stdin.answer = { text: "{" };
    const broken = await run("evaluate", "--as-of", ASOF);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain("  - (root): standard input is not valid JSON: ");
  });
});
