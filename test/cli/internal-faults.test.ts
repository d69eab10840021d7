/**
 * A fault of the library itself is never passed off as a problem with the input. `evaluate` is wrapped
 * to fail on two marked households (one throws a TypeError, one a bare string, as a bug might) and to
 * decide every other household as usual; the CLI then exits 1 with "internal error" (exit 2 is for bad
 * input), `batch` answers the line with an InternalError, counts it and exits 1, and `runFixture`
 * rethrows the fault instead of recording it as the fixture's error outcome.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { processLines } from "../../src/cli/batch-lines.js";
import { batchCommand } from "../../src/cli/batch.js";
import { main } from "../../src/cli/cli.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { parseFixture, runFixture } from "../../src/testing/index.js";
import { collectingStream, household, member } from "../helpers.js";

vi.mock("../../src/engine/evaluate.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/engine/evaluate.js")>();
  const fault = (input: unknown): void => {
    const id = typeof input === "object" && input !== null ? (input as { id?: unknown }).id : undefined;
    if (id === "fault-error") throw new TypeError("simulated fault");
    if (id === "fault-value") throw "simulated value";
  };
  // Both entries: the typed one and the one for data of unknown shape, which the CLI and fixtures use.
  const faulty: typeof actual.evaluate = (input, options) => {
    fault(input);
    return actual.evaluate(input, options);
  };
  const faultyInput: typeof actual.evaluateInput = (input, options) => {
    fault(input);
    return actual.evaluateInput(input, options);
  };
  return { ...actual, evaluate: faulty, evaluateInput: faultyInput };
});

const ASOF = "2025-10-15";
const good = household([member("m1")], { id: "good" });
const faultError = household([member("m1")], { id: "fault-error" });
const faultValue = household([member("m1")], { id: "fault-value" });
const dir = mkdtempSync(join(tmpdir(), "sar-faults-"));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const REPORT = "Please report it with the input that caused it.\n";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

describe("the wrapped evaluate", () => {
  it("decides unmarked households as usual", () => {
    expect(evaluate(good, { asOf: ASOF }).householdId).toBe("good");
  });
});

describe("evaluate command", () => {
  it("exits 1 with an internal error naming the error's class, not exit 2", async () => {
    expect(await run("evaluate", write("error.json", JSON.stringify(faultError)), "--as-of", ASOF)).toEqual({
      code: 1,
      out: "",
      err: `social-assistance-rules: internal error: TypeError: simulated fault\n${REPORT}`,
    });
  });

  it("exits 1 with the thrown value itself when it is not an Error", async () => {
    expect(await run("evaluate", write("value.json", JSON.stringify(faultValue)), "--as-of", ASOF)).toEqual({
      code: 1,
      out: "",
      err: `social-assistance-rules: internal error: simulated value\n${REPORT}`,
    });
  });
});

describe("test command and runFixture", () => {
  const fixture = { name: "faulty", asOf: ASOF, household: faultError, expect: { error: { name: "TypeError" } } };

  it("runFixture rethrows a fault instead of taking it for the expected error", () => {
    expect(() => runFixture(parseFixture(fixture))).toThrow(new TypeError("simulated fault"));
    expect(runFixture(parseFixture({ ...fixture, household: good, expect: { householdId: "good" } })).passed).toBe(true);
  });

  it("the test command exits 1 with an internal error, not a failed fixture", async () => {
    expect(await run("test", write("faulty.json", JSON.stringify(fixture)))).toEqual({
      code: 1,
      out: "",
      err: `social-assistance-rules: internal error: TypeError: simulated fault\n${REPORT}`,
    });
  });
});

describe("batch", () => {
  it("answers a faulty line with an InternalError, whatever was thrown, and goes on", () => {
    const text = [good, faultError, faultValue, good].map((each) => JSON.stringify(each)).join("\n");
    const result = processLines(text, 10, { asOf: ASOF });
    expect(result).toMatchObject({ lines: 4, errors: 2, internal: 2 });
    const out = result.out.split("\n");
    expect(out[1]).toBe('{"line":11,"id":"fault-error","error":{"name":"InternalError","issues":[{"path":"","message":"TypeError: simulated fault"}]}}');
    expect(out[2]).toBe('{"line":12,"id":"fault-value","error":{"name":"InternalError","issues":[{"path":"","message":"simulated value"}]}}');
    expect(JSON.parse(out[3] ?? "")).toMatchObject({ householdId: "good" });
  });

  it("counts internal faults in its summary and exits 1", async () => {
    const { stream: output, text } = collectingStream();
    let err = "";
    const input = Readable.from([[good, faultError, good].map((each) => JSON.stringify(each)).join("\n")]);
    const code = await batchCommand(["--as-of", ASOF, "--workers", "0"], { out: () => undefined, err: (text) => (err += text) }, { input, output, progress: false });
    expect(code).toBe(1);
    expect(err).toMatch(/^batch: 3 lines, 1 errors \(1 internal\), \d+ households\/s \(\d+\.\d\d s, main thread\)\n$/);
    const lines = text().split("\n");
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[1] ?? "")).toEqual({ line: 2, id: "fault-error", error: { name: "InternalError", issues: [{ path: "", message: "TypeError: simulated fault" }] } });
  });
});
