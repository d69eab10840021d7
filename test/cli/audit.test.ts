/**
 * The `audit` command: the fixture caseload (fixtures/audit, worked out by hand; its findings are checked
 * against expected.md in test/audit/caseload-fixture.test.ts) through the command in process and through
 * the built CLI on worker threads — the same lines as the library twin, in input order; the summary
 * and the report written; the input's SHA-256 stated; the same bytes whatever the number of workers;
 * usage and file errors as exit 2 before anything is written.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { auditCommand } from "../../src/cli/audit.js";
import { main } from "../../src/cli/cli.js";
import { auditCaseload, createAuditSummary, type AuditEntry, type AuditSummary } from "../../src/index.js";
import { collectingStream } from "../helpers.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");
const CASELOAD = join(ROOT, "fixtures", "audit", "caseload.ndjson");
const ASOF = "2025-10-15";
const text = readFileSync(CASELOAD, "utf8");
const SHA = `sha256:${createHash("sha256").update(readFileSync(CASELOAD)).digest("hex")}`;

beforeAll(() => {
  if (!existsSync(CLI) || !existsSync(join(ROOT, "dist", "batch-worker.js"))) execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "ignore" });
}, 120_000);

async function library(): Promise<{ entries: AuditEntry[]; summary: AuditSummary }> {
  const entries: AuditEntry[] = [];
  const builder = createAuditSummary(ASOF);
  for await (const entry of auditCaseload(text.split("\n").slice(0, -1), { asOf: ASOF })) {
    entries.push(entry);
    builder.add(entry);
  }
  return { entries, summary: builder.summary({ file: "caseload.ndjson", sha256: SHA }) };
}

function lines(output: string): unknown[] {
  expect(output.endsWith("\n")).toBe(true);
  return output
    .slice(0, -1)
    .split("\n")
    .map((line) => JSON.parse(line) as unknown);
}

async function run(args: string[], input = ""): Promise<{ code: number; out: string; err: string }> {
  const output = collectingStream();
  let err = "";
  const code = await auditCommand(args, { out: () => undefined, err: (chunk) => (err += chunk) }, { input: Readable.from([input]), output: output.stream, progress: false });
  return { code, out: output.text(), err };
}

describe("audit command, in process", () => {
  it("writes the library twin's lines, the summary and the report for a file", { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-audit-"));
    const { code, out, err } = await run([CASELOAD, "--as-of", ASOF, "--workers", "0", "--summary", join(dir, "summary.json"), "--report", join(dir, "report.html"), "--lang", "en"]);
    const expected = await library();
    // Line 32 of the fixture caseload is invalid: exit 3, as batch (issue 24, item 3).
    expect(code).toBe(3);
    expect(lines(out)).toEqual(JSON.parse(JSON.stringify(expected.entries)));
    expect(JSON.parse(readFileSync(join(dir, "summary.json"), "utf8"))).toEqual(expected.summary);
    expect(err).toMatch(/^audit: 31 households \(1 invalid lines\), 7 consistent, 24 with findings, 5 undecidable; yuan a month over-paid 1210\.00, under-paid 200\.00, missed 7233\.00; \d+ households\/s \([\d.]+ s\)\. Findings are this library's reading of the rules, not a verdict\.\n$/);
    const report = readFileSync(join(dir, "report.html"), "utf8");
    expect(report).toContain('<html lang="en">');
    expect(report).toContain(SHA);
    expect(report).toContain("social-assistance-rules audit caseload.ndjson --as-of 2025-10-15 --report report.html --lang en --report-limit 2000");
    expect(report.match(/<tbody class="hh"/g)).toHaveLength(24);
  });

  it("reads standard input for - or no FILE, and embeds at most --report-limit households, worst first", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-audit-"));
    const { code, out } = await run(["-", "--as-of", ASOF, "--workers", "0", "--report", join(dir, "report.html"), "--report-limit", "3"], text);
    expect(code).toBe(3);
    expect(lines(out)).toHaveLength(32);
    const report = readFileSync(join(dir, "report.html"), "utf8");
    expect(report).toContain("standard input");
    // The three with most at stake, by hand: aud-18 (2191.00), aud-29 (1101.00), aud-19 (1001.00).
    expect([...report.matchAll(/data-id="([^"]+)"/g)].map((match) => match[1])).toEqual(["aud-18", "aud-29", "aud-19"]);
    expect(report).toContain("另有 21 户有发现");
    const { out: fromNoFile } = await run(["--as-of", ASOF, "--workers", "0"], text);
    expect(fromNoFile).toBe(out);
  });

  it("states a parameter override file with its digest, and decides with it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-audit-"));
    const parameters = join(dir, "what-if.json");
    const override = JSON.stringify({ series: { "dibao.standard.urban": { values: [{ from: "2025-07-01", value: "2000" }] } } });
    writeFileSync(parameters, override);
    const { out } = await run(["-", "--as-of", ASOF, "--workers", "0", "--parameters", parameters, "--summary", join(dir, "s.json"), "--report", join(dir, "r.html")], `${text.split("\n")[25] ?? ""}\n`);
    expect(readFileSync(join(dir, "r.html"), "utf8")).toContain("social-assistance-rules audit - --as-of 2025-10-15 --report report.html --lang zh-CN --report-limit 2000 --parameters what-if.json");
    // aud-26, wage 3000: with an urban standard of 2000, still ineligible (3000 ≥ 2000), nothing recorded → consistent.
    expect(lines(out)).toMatchObject([{ householdId: "aud-26", result: "consistent" }]);
    const summary = JSON.parse(readFileSync(join(dir, "s.json"), "utf8")) as AuditSummary;
    expect(summary.source.parameters).toEqual({ file: "what-if.json", sha256: `sha256:${createHash("sha256").update(override).digest("hex")}` });
  });

  it("refuses bad usage and unreadable files with exit 2, before writing any file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-audit-"));
    const report = join(dir, "report.html");
    const cases: Array<[string[], RegExp]> = [
      [["audit"], /--as-of/],
      [["audit", "a", "b", "--as-of", ASOF], /one FILE/],
      [["audit", CASELOAD, "--as-of", ASOF, "--lang", "fr"], /--lang/],
      [["audit", CASELOAD, "--as-of", ASOF, "--report-limit", "lots"], /--report-limit/],
      [["audit", join(dir, "missing.ndjson"), "--as-of", ASOF], /cannot read .*missing\.ndjson \(ENOENT\)/],
      [["audit", dir, "--as-of", ASOF], /cannot read .* \(EISDIR\)/],
      [["audit", CASELOAD, "--as-of", ASOF, "--report", join(dir, "no", "such", "report.html")], /cannot write --report .*ENOENT/],
      [["audit", CASELOAD, "--as-of", "2025-02-30", "--report", report], /asOf/],
      [["audit", CASELOAD, "--as-of", ASOF, "--parameters", join(dir, "none.json")], /cannot read/],
    ];
    for (const [argv, message] of cases) {
      let err = "";
      const code = await main(argv, { out: () => undefined, err: (chunk) => (err += chunk) });
      expect({ argv, code }).toEqual({ argv, code: 2 });
      expect(err).toMatch(message);
    }
    expect(existsSync(report)).toBe(false);
  });
});

describe("audit from the built CLI", () => {
  it("gives the same lines, summary and report on worker threads as on the main thread, byte for byte", { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-audit-cli-"));
    const outputs = ["0", "2"].map((workers) => {
      const result = spawnSync(process.execPath, [CLI, "audit", CASELOAD, "--as-of", ASOF, "--workers", workers, "--summary", join(dir, `s${workers}.json`), "--report", join(dir, `r${workers}.html`)], { encoding: "utf8" });
      expect(result.status).toBe(3);
      expect(result.stderr).toMatch(/^audit: 31 households \(1 invalid lines\), 7 consistent, 24 with findings, 5 undecidable;/);
      return { stdout: result.stdout, summary: readFileSync(join(dir, `s${workers}.json`), "utf8"), report: readFileSync(join(dir, `r${workers}.html`), "utf8") };
    });
    expect(outputs[1]).toEqual(outputs[0]);
    expect(lines(outputs[0]?.stdout ?? "")).toHaveLength(32);
    expect(JSON.parse(outputs[0]?.summary ?? "{}")).toMatchObject({ households: 31, source: { file: "caseload.ndjson", sha256: SHA } });
  });

  it("lists audit in its usage", { timeout: 30_000 }, () => {
    const result = spawnSync(process.execPath, [CLI, "--help"], { encoding: "utf8" });
    expect(result.stdout).toContain("audit [FILE|-] --as-of YYYY-MM-DD");
  });
});
