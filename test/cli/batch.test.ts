/**
 * `batch`: NDJSON in, one line out per line in, in order; bad lines answered in place; backpressure;
 * worker threads (the built worker, dist/batch-worker.js); and one run of the built CLI end to end.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { generatePopulation } from "../../bench/population.js";
import { MAX_LINE_BYTES, processLines } from "../../src/cli/batch-lines.js";
import { batchCommand, progressLine, runBatch, workerCount, type BatchSettings } from "../../src/cli/batch.js";
import { main } from "../../src/cli/cli.js";
import { evaluate, InvalidOptionsError, type HouseholdInput } from "../../src/index.js";
import { household, member, wage } from "../helpers.js";

const ASOF = "2025-10-15";
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
const BUILT_WORKER = new URL("../../dist/batch-worker.js", import.meta.url);

beforeAll(() => {
  // The global setup builds dist/ when sources are newer; build here too if the worker bundle is missing.
  if (!existsSync(CLI) || !existsSync(BUILT_WORKER)) execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "ignore" });
}, 120_000);

/** Households as NDJSON lines, with a Chinese id so UTF-8 sequences cross chunk boundaries. */
const households = generatePopulation({ count: 60, asOf: ASOF, recipients: true }).map((entry, index) => ({ ...entry.household, id: `重庆-${index}` }));
const lines = households.map((each) => JSON.stringify(each));

function expectedLine(text: string, number: number): unknown {
  try {
    return evaluate(JSON.parse(text) as HouseholdInput, { asOf: ASOF });
  } catch {
    return { line: number };
  }
}

/** The output lines, each parsed, an error line reduced to its number for comparison. */
function parsedLines(output: string): unknown[] {
  expect(output.endsWith("\n")).toBe(true);
  return output
    .slice(0, -1)
    .split("\n")
    .map((line) => {
      const value = JSON.parse(line) as { line?: number; error?: unknown };
      return value.error === undefined ? value : { line: value.line };
    });
}

/** Input as byte chunks of the given size, cutting lines and UTF-8 sequences anywhere. */
function chunked(text: string, size: number): Readable {
  const bytes = Buffer.from(text, "utf8");
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return Readable.from(chunks);
}

function collector(options: { delay?: boolean; highWaterMark?: number } = {}): { stream: Writable; text: () => string; writes: () => number } {
  const parts: Buffer[] = [];
  let writes = 0;
  const stream = new Writable({
    highWaterMark: options.highWaterMark ?? 16_384,
    write(chunk: Buffer, _encoding, done) {
      parts.push(Buffer.from(chunk));
      writes++;
      if (options.delay === true) setImmediate(done);
      else done();
    },
  });
  return { stream, text: () => Buffer.concat(parts).toString("utf8"), writes: () => writes };
}

async function batch(input: Readable, settings: Partial<BatchSettings> = {}, output = collector()): Promise<{ text: string; lines: number; blank: number; errors: number }> {
  const summary = await runBatch({ asOf: ASOF, workers: 0, ...settings }, { input, output: output.stream, err: () => undefined, progress: false });
  return { text: output.text(), lines: summary.lines, blank: summary.blank, errors: summary.errors };
}

describe("processLines", () => {
  it("answers every line in order: a determination, or the error in its place; blank lines are skipped but keep their numbers", () => {
    const good = JSON.stringify(household([member("m1", { incomes: [wage("100")] })]));
    const result = processLines([good, "{not json", "", `${good}\r`, JSON.stringify({ jurisdiction: "CN-CQ" }), "\uFEFF{}", " \t\r"].join("\n"), 7, { asOf: ASOF });
    expect(result).toMatchObject({ lines: 5, blank: 2, errors: 3, internal: 0 });
    const out = result.out.split("\n");
    expect(out).toHaveLength(6);
    expect(out[5]).toBe("");
    expect(JSON.parse(out[0] ?? "")).toEqual(evaluate(JSON.parse(good) as HouseholdInput, { asOf: ASOF }));
    expect(out[2]).toBe(out[0]); // a CRLF line is the same line
    expect(JSON.parse(out[1] ?? "")).toEqual({ line: 8, error: { name: "UnreadableInputError", issues: [{ path: "", message: expect.stringContaining("line 8 is not valid JSON") as unknown }] } });
    // Line 9 is blank: no answer. Line 11 has no id, so its error names none.
    const invalid = JSON.parse(out[3] ?? "") as { line: number; id?: unknown; error: { name: string; issues: Array<{ path: string; message: string }> } };
    expect(invalid.line).toBe(11);
    expect(invalid).not.toHaveProperty("id");
    expect(invalid.error.name).toBe("InvalidHouseholdError");
    expect(invalid.error.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(["area", "members"]));
    expect(JSON.parse(out[4] ?? "")).toMatchObject({ line: 12, error: { name: "UnreadableInputError" } });
  });

  it("puts the household's id on its error line when one could be read", () => {
    const lines = [
      JSON.stringify({ id: "cq-007", jurisdiction: "CN-CQ", area: "city", members: [] }),
      JSON.stringify({ id: 42, jurisdiction: "CN-CQ" }),
      JSON.stringify({ id: "x".repeat(129), jurisdiction: "CN-CQ" }),
      JSON.stringify([{ id: "in a list" }]),
    ];
    const out = processLines(lines.join("\n"), 1, { asOf: ASOF }).out.split("\n");
    expect(JSON.parse(out[0] ?? "")).toMatchObject({ line: 1, id: "cq-007", error: { name: "InvalidHouseholdError" } });
    // The id first, after the line number, so a person reading the line finds it at once.
    expect(out[0]).toMatch(/^\{"line":1,"id":"cq-007","error":/);
    expect(JSON.parse(out[1] ?? "")).toMatchObject({ line: 2, id: 42 });
    // Too long to be a household id, or not a household object: no id.
    expect(JSON.parse(out[2] ?? "")).not.toHaveProperty("id");
    expect(JSON.parse(out[3] ?? "")).not.toHaveProperty("id");
  });

  it("reports a fault of the library as an InternalError line instead of stopping", () => {
    // An options object whose date cannot be read makes evaluate throw something that is not an input error.
    const hostile = {
      get asOf(): string {
        throw new RangeError("boom");
      },
    };
    const result = processLines("{}", 1, hostile);
    expect(result).toMatchObject({ lines: 1, errors: 1, internal: 1 });
    expect(JSON.parse(result.out)).toEqual({ line: 1, error: { name: "InternalError", issues: [{ path: "", message: "RangeError: boom" }] } });
  });
});

describe("runBatch on the calling thread", () => {
  it("gives one line per input line, in order, whatever the chunking", async () => {
    const input = [...lines.slice(0, 20), "garbage", ...lines.slice(20)].join("\n") + "\n";
    const expected = input
      .slice(0, -1)
      .split("\n")
      .map((line, index) => expectedLine(line, index + 1));
    for (const size of [1, 7, 1000, 1 << 20]) {
      const { text, lines: count, errors } = await batch(chunked(input, size));
      expect(count).toBe(expected.length);
      expect(errors).toBe(1);
      expect(parsedLines(text)).toEqual(expected);
    }
  });

  it("counts a last line without a newline, and no line after a final newline", async () => {
    expect((await batch(Readable.from([`${lines[0] ?? ""}\n${lines[1] ?? ""}`]))).lines).toBe(2);
    expect((await batch(Readable.from([`${lines[0] ?? ""}\n`]))).lines).toBe(1);
    expect((await batch(Readable.from([]))).lines).toBe(0);
    const blank = await batch(Readable.from(["\n\n"]));
    expect(blank).toMatchObject({ lines: 0, blank: 2, errors: 0, text: "" });
    // A trailing blank line is skipped, not an error.
    expect(await batch(Readable.from([`${lines[0] ?? ""}\n\n`]))).toMatchObject({ lines: 1, blank: 1, errors: 0 });
  });

  it("answers a line longer than a household can be without reading it, however it is chunked", async () => {
    const long = `{"id":"${"x".repeat(MAX_LINE_BYTES)}"}`;
    const input = `${lines[0] ?? ""}\n${long}\n${lines[1] ?? ""}\n${long}`;
    for (const size of [65_536, 10 * MAX_LINE_BYTES]) {
      const { text, lines: count, errors } = await batch(chunked(input, size));
      expect({ count, errors }).toEqual({ count: 4, errors: 2 });
      const out = text.slice(0, -1).split("\n");
      for (const index of [1, 3]) {
        expect(JSON.parse(out[index] ?? "")).toEqual({
          line: index + 1,
          error: { name: "UnreadableInputError", issues: [{ path: "", message: `line ${index + 1} is ${long.length} bytes long, more than the ${MAX_LINE_BYTES} a household can take; it was not read` }] },
        });
      }
      expect(parsedLines(text)[2]).toEqual(expectedLine(lines[1] ?? "", 3));
    }
  });

  it("counts an overlong line on through chunks that hold no newline, and reads the line after it", async () => {
    // Twice the limit in 64 KiB chunks: many chunks arrive after the line is known to be overlong, and the
    // chunk that ends it holds no other newline (the last line has none).
    const long = "y".repeat(2 * MAX_LINE_BYTES);
    const { text, lines: count, errors } = await batch(chunked(`${long}\n${lines[2] ?? ""}`, 65_536));
    expect({ count, errors }).toEqual({ count: 2, errors: 1 });
    const out = text.slice(0, -1).split("\n");
    expect(JSON.parse(out[0] ?? "")).toEqual({
      line: 1,
      error: { name: "UnreadableInputError", issues: [{ path: "", message: `line 1 is ${2 * MAX_LINE_BYTES} bytes long, more than the ${MAX_LINE_BYTES} a household can take; it was not read` }] },
    });
    expect(parsedLines(text)[1]).toEqual(expectedLine(lines[2] ?? "", 2));
  });

  it("reads no further ahead than the output takes (backpressure)", async () => {
    let read = 0;
    let aheadMost = 0;
    const output = collector({ delay: true, highWaterMark: 1 });
    async function* source(): AsyncGenerator<string> {
      for (const line of lines) {
        read++;
        aheadMost = Math.max(aheadMost, read - output.writes());
        yield `${line}\n`;
      }
    }
    const { lines: count } = await batch(Readable.from(source()), {}, output);
    expect(count).toBe(lines.length);
    expect(aheadMost).toBeLessThanOrEqual(3);
  });

  it("applies a parameter override to every line", async () => {
    const parameters = { series: { "dibao.standard.urban": { values: [{ from: "2025-07-01", value: "2000" }] } } };
    const urban = JSON.stringify(household([member("m1")]));
    const { text } = await batch(Readable.from([`${urban}\n${urban}\n`]), { parameters });
    for (const line of parsedLines(text)) expect(line).toMatchObject({ figures: { standard: "2000.00" } });
  });

  it("draws a progress line while it runs when stderr is a terminal, and clears it at the end", async () => {
    async function* slow(): AsyncGenerator<string> {
      yield `${lines[0] ?? ""}\n`;
      // Longer than the second between progress lines.
      await new Promise((resolve) => setTimeout(resolve, 1150));
      yield `${lines[1] ?? ""}\n`;
    }
    let err = "";
    await runBatch({ asOf: ASOF, workers: 0 }, { input: Readable.from(slow()), output: collector().stream, err: (text) => (err += text), progress: true, size: 1000 });
    expect(err).toMatch(/^\r\u001b\[Kbatch: 1 lines, \d+ lines\/s, 0 errors, \d+% read/);
    expect(err.endsWith("\r\u001b[K")).toBe(true);
  }, 5_000);

  it("words the progress line: lines done, lines a second, errors, and the time left when the input's size is known", () => {
    expect(progressLine("batch", { lines: 5000, errors: 3 }, 2, 250_000, 1_000_000)).toBe("batch: 5000 lines, 2500 lines/s, 3 errors, 25% read, about 6 s left");
    expect(progressLine("batch", { lines: 60_000, errors: 0 }, 60, 1_000_000, 6_000_000)).toBe("batch: 60000 lines, 1000 lines/s, 0 errors, 16% read, about 5 min left");
    expect(progressLine("audit", { lines: 10, errors: 0 }, 3600, 1, 10)).toBe("audit: 10 lines, 0 lines/s, 0 errors, 10% read, about 9 h 00 min left");
    // From a pipe the size is not known: no estimate.
    expect(progressLine("batch", { lines: 10, errors: 1 }, 1, 500, undefined)).toBe("batch: 10 lines, 10 lines/s, 1 errors");
  });

  it("refuses a bad --as-of before reading any line", async () => {
    await expect(batch(Readable.from([`${lines[0] ?? ""}\n`]), { asOf: "2025-02-30" })).rejects.toBeInstanceOf(InvalidOptionsError);
  });
});

describe("runBatch on worker threads", () => {
  it("keeps input order with several workers and small jobs", async () => {
    const input = lines.join("\n") + "\n";
    const { text, lines: count } = await batch(chunked(input, 3000), { workers: 3, workerEntry: BUILT_WORKER });
    expect(count).toBe(lines.length);
    expect(parsedLines(text)).toEqual(lines.map((line, index) => expectedLine(line, index + 1)));
  });

  it("fails the run, not a line, when a worker dies", async () => {
    const dying = new URL(`data:text/javascript,${encodeURIComponent('import { parentPort } from "node:worker_threads"; parentPort.on("message", () => process.exit(3));')}`);
    await expect(batch(Readable.from([`${lines[0] ?? ""}\n`]), { workers: 1, workerEntry: dying })).rejects.toThrow("exit code 3");
    const throwing = new URL(`data:text/javascript,${encodeURIComponent('import { parentPort } from "node:worker_threads"; parentPort.on("message", () => { throw new Error("worker fault"); });')}`);
    await expect(batch(Readable.from([`${lines[0] ?? ""}\n`]), { workers: 1, workerEntry: throwing })).rejects.toThrow("worker fault");
  });
});

describe("batch command", () => {
  async function run(...argv: string[]): Promise<{ code: number; err: string }> {
    let err = "";
    const code = await main(argv, { out: () => undefined, err: (text) => (err += text) });
    return { code, err };
  }

  it("exits 2 on bad usage", async () => {
    expect((await run("batch")).code).toBe(2);
    expect((await run("batch", "--as-of", ASOF, "--workers", "two")).err).toContain("--workers");
    expect((await run("batch", "--as-of", ASOF, "a.ndjson", "b.ndjson")).err).toContain("one FILE");
    // A file that is not there is an unreadable input, before any line.
    expect(await run("batch", "--as-of", ASOF, join(tmpdir(), "no-such-caseload.ndjson"))).toMatchObject({ code: 2, err: expect.stringContaining("cannot read") as unknown });
  });

  it("caps --workers at the available cores, with a notice", () => {
    let notice = "";
    expect(workerCount("64", (text) => (notice += text), 2)).toBe(2);
    expect(notice).toBe("social-assistance-rules: --workers 64 is more than the 2 available cores; using 2\n");
    expect(workerCount("2", () => expect.unreachable(), 2)).toBe(2);
    expect(workerCount("0", undefined, 2)).toBe(0);
    expect(workerCount(undefined, undefined, 3)).toBe(3);
  });

  it("reads FILE instead of standard input, and exits 0 when every line was decided", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-batch-"));
    const caseload = join(dir, "caseload.ndjson");
    writeFileSync(caseload, `${lines[0] ?? ""}\n\n${lines[1] ?? ""}\n`);
    const output = collector();
    let err = "";
    const code = await batchCommand([caseload, "--as-of", ASOF, "--workers", "0"], { out: () => undefined, err: (text) => (err += text) }, { input: Readable.from(["not read"]), output: output.stream, progress: false });
    expect(code).toBe(0);
    expect(parsedLines(output.text())).toEqual([expectedLine(lines[0] ?? "", 1), expectedLine(lines[1] ?? "", 3)]);
    expect(err).toMatch(/^batch: 2 lines, 0 errors, 1 blank line skipped, /);
  });

  it("reads the streams it is given, prints a summary and exits 3 when some lines were errors", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-batch-"));
    const parametersFile = join(dir, "parameters.json");
    writeFileSync(parametersFile, JSON.stringify({ series: { "dibao.standard.urban": { values: [{ from: "2025-07-01", value: "2000" }] } } }));
    const urban = JSON.stringify(household([member("m1")]));
    const output = collector();
    let err = "";
    const code = await batchCommand(["--as-of", ASOF, "--workers", "0", "--parameters", parametersFile], { out: () => undefined, err: (text) => (err += text) }, {
      input: Readable.from([`${urban}\nnope\n${urban}`]),
      output: output.stream,
      progress: false,
    });
    expect(code).toBe(3);
    expect(err).toMatch(/^batch: 3 lines, 1 errors, \d+ households\/s \([\d.]+ s, main thread\)\n$/);
    expect(parsedLines(output.text())).toEqual([expect.objectContaining({ figures: expect.objectContaining({ standard: "2000.00" }) as unknown }), { line: 2 }, expect.anything()]);
  });

  it("runs end to end from the built CLI: ordered lines, errors in place, a summary on stderr, exit 3 for the bad line", () => {
    const input = [...lines, '{"broken', ...lines.slice(0, 5)].join("\n") + "\n";
    const result = spawnSync(process.execPath, [CLI, "batch", "--as-of", ASOF, "--workers", "2"], { input, encoding: "utf8" });
    expect(result.status).toBe(3);
    const expected = input
      .slice(0, -1)
      .split("\n")
      .map((line, index) => expectedLine(line, index + 1));
    expect(parsedLines(result.stdout)).toEqual(expected);
    // Not a terminal: no progress line, only the summary.
    expect(result.stderr).toMatch(/^batch: 66 lines, 1 errors, \d+ households\/s \([\d.]+ s, 2 workers\)\n$/);
  });
});
