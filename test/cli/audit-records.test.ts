/**
 * `audit --records FILE`: the departmental-records fixture (worked by hand in fixtures/audit/expected-records.md)
 * through the command, in process on the main thread and through the built CLI on worker threads: the same
 * lines as the library twin, byte for byte whatever the number of workers; the records file's digest in the
 * summary's source and in the report's command; an unreadable records file is bad usage (exit 2). Bad
 * records never stop the run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { auditCommand } from "../../src/cli/audit.js";
import { auditCaseload, indexRecords, type AuditSummary } from "../../src/index.js";
import { collectingStream } from "../helpers.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");
const CASELOAD = join(ROOT, "fixtures", "audit", "records-caseload.ndjson");
const RECORDS = join(ROOT, "fixtures", "audit", "records.ndjson");
const ASOF = "2025-10-15";

beforeAll(() => {
  if (!existsSync(CLI) || !existsSync(join(ROOT, "dist", "batch-worker.js"))) execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "ignore" });
}, 120_000);

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const output = collectingStream();
  let err = "";
  const code = await auditCommand(args, { out: () => undefined, err: (chunk) => (err += chunk) }, { input: Readable.from([""]), output: output.stream, progress: false });
  return { code, out: output.text(), err };
}

describe("audit --records", () => {
  it("answers the library twin's lines and states the records file in the summary and the report", { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-audit-records-"));
    const { code, out, err } = await run([CASELOAD, "--as-of", ASOF, "--workers", "0", "--records", RECORDS, "--summary", join(dir, "summary.json"), "--report", join(dir, "report.html")]);
    expect(code, err).toBe(0);
    const twin: string[] = [];
    const records = indexRecords(readFileSync(RECORDS, "utf8").split("\n").slice(0, -1), ASOF);
    for await (const entry of auditCaseload(readFileSync(CASELOAD, "utf8").split("\n").slice(0, -1), { asOf: ASOF, records })) twin.push(JSON.stringify(entry));
    expect(out).toBe(`${twin.join("\n")}\n`);
    const summary = JSON.parse(readFileSync(join(dir, "summary.json"), "utf8")) as AuditSummary;
    expect(summary.source.records).toEqual({ file: "records.ndjson", sha256: `sha256:${createHash("sha256").update(readFileSync(RECORDS)).digest("hex")}` });
    expect(summary.records).toMatchObject({ read: 18, used: 14, unmatched: 2, invalid: 1, afterAsOf: 1 });
    expect(readFileSync(join(dir, "report.html"), "utf8")).toContain("--records records.ndjson");
  });

  it("gives the same bytes on worker threads as on the main thread", { timeout: 120_000 }, () => {
    const runCli = (workers: string): string => {
      const result = spawnSync(process.execPath, [CLI, "audit", CASELOAD, "--as-of", ASOF, "--records", RECORDS, "--workers", workers], { encoding: "utf8", maxBuffer: 1 << 26 });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout;
    };
    const main = runCli("0");
    expect(main.split("\n").filter((line) => line.includes("record-conflict")).length).toBe(9);
    expect(runCli("2")).toBe(main);
  });

  it("refuses an unreadable records file as bad usage, before any line", async () => {
    await expect(run([CASELOAD, "--as-of", ASOF, "--records", join(ROOT, "no-such-records.ndjson")])).rejects.toThrow(/cannot read --records/);
  });

  it("leaves every line without --records as it was: no monthlyAtStakeIfRecordsHold, no departmental finding", async () => {
    const { out } = await run([CASELOAD, "--as-of", ASOF, "--workers", "0"]);
    const parsed = out.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown> & { findings: Array<{ basis: string }> });
    expect(parsed.every((line) => !("monthlyAtStakeIfRecordsHold" in line))).toBe(true);
    expect(parsed.flatMap((line) => line.findings.map((finding) => finding.basis))).toEqual(["declared", "declared", "declared"]);
  });
});
