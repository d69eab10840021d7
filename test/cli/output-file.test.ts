/**
 * The CLI's output files in process (issue 24, item 1): what the audit's child-process tests show from
 * outside, checked here branch by branch. A command never writes over a file it reads; an output is
 * written whole or not at all.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync, openSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkOutputFiles, clearPendingOutputs, OutputFileError, unwrittenOutputs, writeOutputFile } from "../../src/cli/output-file.js";

const dir = mkdtempSync(join(tmpdir(), "sar-output-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const thrown = (run: () => void): Error => {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("did not throw");
};

describe("checkOutputFiles", () => {
  it("refuses two flags naming one file, naming both", () => {
    const error = thrown(() => checkOutputFiles([{ flag: "--summary", path: join(dir, "a.json") }, { flag: "--report", path: join(dir, ".", "a.json") }], []));
    expect(error).toBeInstanceOf(OutputFileError);
    expect(error.message).toBe(`--report ${join(dir, ".", "a.json")} is the same file as --summary ${join(dir, "a.json")}: give each its own file`);
  });

  it("refuses an output that is a file the command reads, by path or by descriptor", () => {
    const caseload = join(dir, "caseload.ndjson");
    writeFileSync(caseload, "{}\n");
    expect(thrown(() => checkOutputFiles([{ flag: "--summary", path: caseload }], [{ what: "the caseload", path: caseload }])).message).toBe(
      `--summary ${caseload} is the same file as the caseload ${caseload}, which the command reads: it would be written over; choose another file`,
    );
    const fd = openSync(caseload, "r");
    try {
      expect(thrown(() => checkOutputFiles([{ flag: "--report", path: caseload }], [{ what: "the caseload", path: fd }])).message).toBe(
        `--report ${caseload} is the same file as the caseload (standard input), which the command reads: it would be written over; choose another file`,
      );
    } finally {
      closeSync(fd);
    }
  });

  it("accepts an existing output that is not an input, and an input that does not exist", () => {
    const old = join(dir, "old-summary.json");
    writeFileSync(old, "old");
    clearPendingOutputs();
    checkOutputFiles([{ flag: "--summary", path: old }], [{ what: "--parameters", path: join(dir, "missing.yaml") }, { what: "the caseload", path: dir }]);
    expect(unwrittenOutputs()).toEqual([old]);
    clearPendingOutputs();
    expect(unwrittenOutputs()).toEqual([]);
    expect(readFileSync(old, "utf8")).toBe("old");
  });

  it("refuses a folder, and a folder that does not exist or cannot be written", () => {
    expect(thrown(() => checkOutputFiles([{ flag: "--report", path: dir }], [])).message).toBe(`cannot write --report ${dir}: it is a folder (EISDIR)`);
    const missing = join(dir, "no-such-folder", "r.html");
    expect(thrown(() => checkOutputFiles([{ flag: "--report", path: missing }], [])).message).toBe(`cannot write --report ${missing} (ENOENT)`);
    expect(unwrittenOutputs()).toEqual([]);
  });

  it("refuses a folder it may not write in (unless running as root, who may)", () => {
    const locked = join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      const target = join(locked, "s.json");
      if (process.getuid?.() === 0) checkOutputFiles([{ flag: "--summary", path: target }], []);
      else expect(thrown(() => checkOutputFiles([{ flag: "--summary", path: target }], [])).message).toBe(`cannot write --summary ${target} (EACCES)`);
      expect(readdirSync(locked)).toEqual([]);
    } finally {
      chmodSync(locked, 0o700);
      clearPendingOutputs();
    }
  });
});

describe("writeOutputFile", () => {
  it("writes every piece, across the flush threshold, and leaves no temporary file", () => {
    const out = join(dir, "big.txt");
    const piece = "甲".repeat(100_000);
    writeOutputFile(out, [piece, piece, piece, "end"]);
    expect(readFileSync(out, "utf8")).toBe(piece + piece + piece + "end");
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("keeps the old file when producing the text fails, and passes that fault on as it is", () => {
    const out = join(dir, "kept.txt");
    writeFileSync(out, "old");
    function* failing(): Generator<string> {
      yield "new, half";
      throw new RangeError("fault while rendering");
    }
    const error = thrown(() => writeOutputFile(out, failing()));
    expect(error).toBeInstanceOf(RangeError);
    expect(readFileSync(out, "utf8")).toBe("old");
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("turns a file-system failure into an OutputFileError naming the file and the code", () => {
    const folder = join(dir, "a-folder");
    mkdirSync(join(folder, "inside"), { recursive: true });
    // Renaming a file onto a folder that is not empty fails (EISDIR, ENOTEMPTY or EEXIST by platform).
    const error = thrown(() => writeOutputFile(folder, ["text"]));
    expect(error).toBeInstanceOf(OutputFileError);
    expect(error.message).toMatch(new RegExp(`^cannot write ${folder.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(E[A-Z]+\\)$`));
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    const missing = join(dir, "gone", "x.txt");
    expect(thrown(() => writeOutputFile(missing, ["text"])).message).toBe(`cannot write ${missing} (ENOENT)`);
  });
});
