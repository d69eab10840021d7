/**
 * The `impact` command: the fixture caseload (fixtures/impact, worked by hand in its expected.md, checked
 * in test/impact/fixture.test.ts) through the command in process and through the built CLI on worker
 * threads — the library twin's lines in input order, the summary written whole, exit 3 for the invalid
 * line, exit 2 for a bad reform before any line, never writing over an input.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { impactCommand } from "../../src/cli/impact.js";
import { main } from "../../src/cli/cli.js";
import { compareCaseload, type ImpactEntry, type ImpactSummary } from "../../src/index.js";
import { parse } from "yaml";
import { collectingStream, ndjsonLines, runStreaming } from "../helpers.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");
const FOLDER = join(ROOT, "fixtures", "impact");
const CASELOAD = join(FOLDER, "caseload.ndjson");
const URBAN = join(FOLDER, "raise-urban.reform.yaml");
const RURAL = join(FOLDER, "raise-rural.reform.yaml");
const ASOF = "2025-10-15";
const text = readFileSync(CASELOAD, "utf8");
const SHA = `sha256:${createHash("sha256").update(readFileSync(CASELOAD)).digest("hex")}`;

beforeAll(() => {
  if (!existsSync(CLI) || !existsSync(join(ROOT, "dist", "batch-worker.js"))) execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "ignore" });
}, 180_000);

async function library(reforms: string[]): Promise<ImpactEntry[]> {
  const entries: ImpactEntry[] = [];
  const overrides = reforms.map((file) => parse(readFileSync(file, "utf8")) as never);
  for await (const entry of compareCaseload(text.split("\n").slice(0, -1), { asOf: ASOF, reform: overrides })) entries.push(entry);
  return entries;
}

const lines = ndjsonLines;
const run = (args: string[], input = ""): Promise<{ code: number; out: string; err: string }> => runStreaming(impactCommand, args, input);

describe("impact command, in process", () => {
  it("writes the library twin's lines in order, exit 3 for the invalid line, and the summary whole", { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-impact-"));
    const summaryFile = join(dir, "summary.json");
    const { code, out, err } = await run([CASELOAD, "--as-of", ASOF, "--reform", URBAN, "--workers", "0", "--summary", summaryFile]);
    expect(code).toBe(3);
    expect(lines(out)).toEqual(await library([URBAN]));
    const summary = JSON.parse(readFileSync(summaryFile, "utf8")) as ImpactSummary;
    // The hand figures of fixtures/impact/expected.md.
    expect(summary.steps[0]?.programmes.dibao).toMatchObject({ entering: 2, leaving: 0, monthlyDifference: "220.00", annualDifference: "2640.00", baseline: { households: 4, persons: 6, monthly: "2210.00" } });
    expect(summary.steps[0]?.reforms).toEqual(["raise-urban.reform.yaml"]);
    expect(summary.source).toMatchObject({ file: "caseload.ndjson", sha256: SHA, reforms: [{ file: "raise-urban.reform.yaml" }] });
    expect(summary.invalidLines).toBe(1);
    // No temporary file left behind.
    expect(readdirSync(dir)).toEqual(["summary.json"]);
    expect(err).toMatch(/impact: 7 households \(1 invalid line\), 1 step; whole reform: monthly 2210\.00 → 2430\.00 \(difference 220\.00, annual 2640\.00\)/);
  });

  it("stacks reforms: two steps per line, named in order", { timeout: 60_000 }, async () => {
    const { code, out } = await run(["-", "--as-of", ASOF, "--reform", URBAN, "--reform", RURAL, "--workers", "0"], text);
    expect(code).toBe(3);
    const got = lines(out);
    expect(got).toEqual(await library([URBAN, RURAL]));
    expect((got[3] as { steps: Array<{ total: { reform: string } }> }).steps.map((step) => step.total.reform)).toEqual(["130.00", "160.00"]);
  });

  it("exit 0 when every line was compared", { timeout: 60_000 }, async () => {
    const good = text.split("\n").slice(0, 7).join("\n");
    const { code } = await run(["-", "--as-of", ASOF, "--reform", URBAN, "--workers", "0"], `${good}\n`);
    expect(code).toBe(0);
  });

  it("a bad reform file is exit 2 before any line: nothing on standard output, no summary", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-impact-"));
    const bad = join(dir, "bad.reform.yaml");
    writeFileSync(bad, "series:\n  dibao.standard.urbn:\n    values: [{ from: '2025-07-01', value: '800' }]\n");
    // The command throws the input error (main makes it exit 2) before writing a byte: the second reform is named.
    const output = collectingStream();
    await expect(impactCommand([CASELOAD, "--as-of", ASOF, "--reform", URBAN, "--reform", bad, "--summary", join(dir, "s.json"), "--workers", "0"], { out: () => undefined, err: () => undefined }, { input: Readable.from([""]), output: output.stream, progress: false })).rejects.toThrow(/reform\[1\]\.series/);
    expect(output.text()).toBe("");
    let message = "";
    expect(await main(["impact", CASELOAD, "--as-of", ASOF, "--reform", bad, "--workers", "0"], { out: () => undefined, err: (chunk) => (message += chunk) })).toBe(2);
    expect(message).toContain('reform[0].series["dibao.standard.urbn"]: no such series; did you mean dibao.standard.urban?');
    expect(existsSync(join(dir, "s.json"))).toBe(false);
  });

  it("refuses to write the summary over an input, and needs --as-of and --reform", async () => {
    let err = "";
    const io = { out: () => undefined, err: (chunk: string) => (err += chunk) };
    expect(await main(["impact", CASELOAD, "--as-of", ASOF, "--reform", URBAN, "--summary", URBAN], io)).toBe(2);
    // The audit's rule (output-file.ts): never over a file the command reads, naming both.
    expect(err).toContain(`--summary ${URBAN} is the same file as --reform ${URBAN}, which the command reads: it would be written over; choose another file`);
    expect(await main(["impact", CASELOAD, "--reform", URBAN], io)).toBe(2);
    expect(err).toContain("impact needs --as-of");
    expect(await main(["impact", CASELOAD, "--as-of", ASOF], io)).toBe(2);
    expect(err).toContain("impact needs --reform");
  });

  it("without --reform, --baseline-as-of compares two dates: one step named (no reform)", { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-impact-"));
    const good = `${text.split("\n").slice(0, 7).join("\n")}\n`;
    const same = await run(["-", "--as-of", ASOF, "--baseline-as-of", ASOF, "--workers", "0", "--summary", join(dir, "s.json")], good);
    expect(same.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, "s.json"), "utf8")) as ImpactSummary;
    expect(summary.steps.map((step) => step.reforms)).toEqual([["(no reform)"]]);
    // The same date on both sides: nothing changes.
    expect(summary.steps[0]?.bands.overall.households.unchanged).toBe(7);
    // 2024-10-15 (urban standard 750, docs/parameters.md row of 2024-09-01) against 2025-10-15 (770): imp-01 270 − 20 = 250 → 270.
    const dates = await run(["-", "--as-of", ASOF, "--baseline-as-of", "2024-10-15", "--workers", "0"], good);
    const imp01 = (ndjsonLines(dates.out)[0] as { steps: Array<{ total: { baseline: string; reform: string } }> }).steps[0]?.total;
    expect(imp01).toEqual({ baseline: "250.00", reform: "270.00", difference: "20.00", percentChange: "8.00" });
  });

  it("answers --help", async () => {
    let out = "";
    expect(await main(["impact", "--help"], { out: (chunk) => (out += chunk), err: () => undefined })).toBe(0);
    expect(out).toContain("--reform FILE");
    expect(out).toContain("--baseline-as-of");
  });
});

describe("impact command, built, on worker threads", () => {
  it("the same bytes with 2 workers as on the main thread; the summary's figures", { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-impact-"));
    const outputs = ["0", "2"].map((workers) => {
      const result = spawnSync(process.execPath, [CLI, "impact", CASELOAD, "--as-of", ASOF, "--reform", URBAN, "--workers", workers, "--summary", join(dir, `s${workers}.json`)], { encoding: "utf8" });
      expect(result.status).toBe(3);
      return result.stdout;
    });
    expect(outputs[1]).toBe(outputs[0]);
    const summaries = ["0", "2"].map((workers) => readFileSync(join(dir, `s${workers}.json`), "utf8"));
    expect(summaries[1]).toBe(summaries[0]);
    expect((JSON.parse(summaries[0] ?? "{}") as ImpactSummary).steps[0]?.bands.overall.households["newly-covered"]).toBe(2);
  });
});
