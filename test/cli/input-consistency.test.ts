/**
 * Issue 24, item 7: small inconsistencies settled. A byte-order mark is refused alike by `evaluate` and on
 * every line of `batch`, the first included (it was accepted on batch's first line only); bytes that
 * are not UTF-8 are refused with a message (they became U+FFFD without a word); a YAML warning in a
 * parameter file is an error naming it, not a "(node:…) YAMLWarning" on stderr; a bad birth date gets
 * one message with one range.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { batchCommand } from "../../src/cli/batch.js";
import { main } from "../../src/cli/cli.js";
import { InvalidHouseholdError, parseHousehold } from "../../src/index.js";
import { collectingStream, household, member } from "../helpers.js";
import { issuesThrown } from "../helpers.js";

const LINE = JSON.stringify(household([member("m1")]));

async function batch(bytes: Buffer): Promise<{ code: number; lines: Array<{ line?: number; error?: { issues: Array<{ message: string }> } }> }> {
  const output = collectingStream();
  const code = await batchCommand(["-", "--as-of", "2025-10-15", "--workers", "0"], { out: () => undefined, err: () => undefined }, { input: Readable.from([bytes]), output: output.stream, progress: false });
  return { code, lines: output.text().trimEnd().split("\n").map((line) => JSON.parse(line)) };
}

describe("input text, settled", () => {
  it("a byte-order mark is refused on batch's first line as on any other", async () => {
    const { code, lines } = await batch(Buffer.from(`\uFEFF${LINE}\n${LINE}\n\uFEFF${LINE}\n`, "utf8"));
    expect(code).toBe(3);
    expect(lines.map((line) => line.error?.issues[0]?.message ?? "ok")).toEqual(["line 1 starts with a UTF-8 byte-order mark; JSON must be saved without one", "ok", "line 3 starts with a UTF-8 byte-order mark; JSON must be saved without one"]);
  });

  it("a line that is not UTF-8 is refused with a message, the others decided", async () => {
    const bad = Buffer.concat([Buffer.from('{"id":"a'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]);
    const { code, lines } = await batch(Buffer.concat([Buffer.from(`${LINE}\n`), bad, Buffer.from(`${LINE}\n`)]));
    expect(code).toBe(3);
    expect(lines[1]).toEqual({ line: 2, error: { name: "UnreadableInputError", issues: [{ path: "", message: "line 2 is not valid UTF-8; save the file as UTF-8" }] } });
    expect(lines[2]?.error).toBeUndefined();
  });

  it("evaluate refuses a file that is not UTF-8", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-utf8-"));
    const file = join(dir, "h.json");
    writeFileSync(file, Buffer.concat([Buffer.from(LINE.replace('"jurisdiction"', '"id":"\u0000x","jurisdiction"').replace("\u0000", "")), Buffer.from([0xc3])]));
    let err = "";
    expect(await main(["evaluate", file, "--as-of", "2025-10-15"], { out: () => undefined, err: (chunk) => (err += chunk) })).toBe(2);
    expect(err).toContain(`${file} is not valid UTF-8`);
  });

  it("a YAML warning in a parameter file is an error that names it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-yaml-"));
    const file = join(dir, "p.yaml");
    writeFileSync(file, "base: !unknown-tag CN-CQ\n");
    writeFileSync(join(dir, "h.json"), LINE);
    let err = "";
    const code = await main(["evaluate", join(dir, "h.json"), "--as-of", "2025-10-15", "--parameters", file], { out: () => undefined, err: (chunk) => (err += chunk) });
    expect(code).toBe(2);
    expect(err).toContain(`${file} is not valid YAML`);
    expect(err).toContain("unknown-tag");
  });

  it("a bad birth date gets one message, one range, whatever is wrong with it", () => {
    const messages = ["1899-12-31", "1850-01-01", "2201-01-01", "1980-02-30", "yesterday"].map((birthDate) => issuesThrown(() => parseHousehold(household([member("m1", { birthDate })])), InvalidHouseholdError)[0]?.message);
    expect(new Set(messages)).toEqual(new Set(["must be a real calendar date written YYYY-MM-DD, from 1900-01-01 to 2200-12-31"]));
  });
});
