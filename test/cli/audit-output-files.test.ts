/**
 * Issue 24, item 1: the files `audit` writes (`--summary`, `--report`). Never over a file the command
 * reads (exit 2, naming both); every output path checked before a line is decided, with a short error,
 * not the usage text; each written whole (a temporary file in the same folder, renamed into place), so
 * a run cut short by its reader going away or by SIGTERM leaves the old file, never an empty one.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, copyFileSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Readable } from "node:stream";
import { auditCommand } from "../../src/cli/audit.js";
import { main } from "../../src/cli/cli.js";
import { collectingStream } from "../helpers.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");
const CASELOAD = join(ROOT, "fixtures", "audit", "caseload.ndjson");
const ASOF = "2025-10-15";
const HOUSEHOLD = JSON.stringify(JSON.parse(readFileSync(join(ROOT, "examples", "urban-family.json"), "utf8")));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (chunk) => (out += chunk), err: (chunk) => (err += chunk) });
  return { code, out, err };
}

function copyOfCaseload(): { dir: string; caseload: string; bytes: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), "sar-audit-files-"));
  const caseload = join(dir, "c.ndjson");
  copyFileSync(CASELOAD, caseload);
  return { dir, caseload, bytes: readFileSync(caseload) };
}

describe("audit output files, checked before the run", () => {
  it.each(["--summary", "--report"])("refuses %s naming the caseload it reads, with exit 2, and leaves the caseload whole", async (flag) => {
    const { caseload, bytes } = copyOfCaseload();
    const result = await run(["audit", caseload, "--as-of", ASOF, "--workers", "0", flag, caseload]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`${flag} ${caseload} is the same file as the caseload ${caseload}`);
    expect(result.err).not.toContain("Usage:");
    expect(readFileSync(caseload)).toEqual(bytes);
  });

  it("refuses an output that is the --parameters file, or another output", async () => {
    const { dir, caseload } = copyOfCaseload();
    const parameters = join(dir, "p.json");
    writeFileSync(parameters, "{}\n");
    const overParameters = await run(["audit", caseload, "--as-of", ASOF, "--workers", "0", "--parameters", parameters, "--summary", parameters]);
    expect(overParameters.code).toBe(2);
    expect(overParameters.err).toContain(`--summary ${parameters} is the same file as --parameters ${parameters}`);
    expect(readFileSync(parameters, "utf8")).toBe("{}\n");
    const twice = await run(["audit", caseload, "--as-of", ASOF, "--workers", "0", "--summary", join(dir, "x"), "--report", join(dir, "x")]);
    expect(twice.code).toBe(2);
    expect(twice.err).toContain("is the same file as --summary");
  });

  it("refuses the caseload read on standard input (the same file, not only the same name)", { timeout: 60_000 }, () => {
    const { caseload, bytes } = copyOfCaseload();
    const fd = openSync(caseload, "r");
    try {
      const result = spawnSync(process.execPath, [CLI, "audit", "-", "--as-of", ASOF, "--workers", "0", "--summary", caseload], { stdio: [fd, "pipe", "pipe"], encoding: "utf8" });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("is the same file as the caseload (standard input)");
      expect(result.stdout).toBe("");
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(caseload)).toEqual(bytes);
  });

  it("stops on an unwritable output before deciding any line, with a short message and no usage text", async () => {
    const result = await run(["audit", CASELOAD, "--as-of", ASOF, "--workers", "0", "--report", "/nonexistent/dir/r.html"]);
    expect(result.code).toBe(2);
    expect(result.out).toBe("");
    expect(result.err).toBe("social-assistance-rules: cannot write --report /nonexistent/dir/r.html (ENOENT)\n");
  });

  it("writes over an existing output whole, leaving no temporary file beside it", async () => {
    const { dir, caseload } = copyOfCaseload();
    writeFileSync(join(dir, "s.json"), "old summary");
    let err = "";
    const output = collectingStream();
    await auditCommand([caseload, "--as-of", ASOF, "--workers", "0", "--summary", join(dir, "s.json")], { out: () => undefined, err: (chunk) => (err += chunk) }, { input: Readable.from([]), output: output.stream, progress: false });
    expect(err).toMatch(/^audit: 31 households/);
    expect(JSON.parse(readFileSync(join(dir, "s.json"), "utf8"))).toMatchObject({ households: 31 });
    expect(readdirSync(dir).sort()).toEqual(["c.ndjson", "s.json"]);
  });
});

describe("audit output files when the run is cut short (built CLI)", () => {
  it("audit … | head -2: the old summary and report stay as they were, and the status is not 0", { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-audit-epipe-"));
    const caseload = join(dir, "big.ndjson");
    writeFileSync(caseload, `${Array.from({ length: 3000 }, () => HOUSEHOLD).join("\n")}\n`);
    writeFileSync(join(dir, "s.json"), "old summary");
    writeFileSync(join(dir, "r.html"), "old report");
    const command = `"${process.execPath}" "${CLI}" audit "${caseload}" --as-of ${ASOF} --workers 1 --summary "${join(dir, "s.json")}" --report "${join(dir, "r.html")}"`;
    const result = spawnSync("bash", ["-c", `set -o pipefail; ${command} | head -2 >/dev/null; echo "status $?"`], { encoding: "utf8" });
    expect(result.stdout.trim()).toBe("status 1");
    expect(result.stderr).toContain("not written (left as they were)");
    expect(readFileSync(join(dir, "s.json"), "utf8")).toBe("old summary");
    expect(readFileSync(join(dir, "r.html"), "utf8")).toBe("old report");
    expect(readdirSync(dir).sort()).toEqual(["big.ndjson", "r.html", "s.json"]);
  });

  it("SIGTERM during the run leaves the old files", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-audit-term-"));
    writeFileSync(join(dir, "s.json"), "old summary");
    const child = spawn(process.execPath, [CLI, "audit", "-", "--as-of", ASOF, "--workers", "0", "--summary", join(dir, "s.json"), "--report", join(dir, "r.html")], { stdio: ["pipe", "pipe", "pipe"] });
    // Standard input stays open: after the first answered line, the run is surely under way.
    child.stdin.write(`${HOUSEHOLD}\n`);
    // On a busy machine the first answer can be slow: after 10 s the run is under way all the same (the
    // summary is written only at the end), so the signal is sent then.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 10_000);
      child.stdout.once("data", () => {
        clearTimeout(timer);
        resolve();
      });
    });
    child.kill("SIGTERM");
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on("close", (c, s) => resolve([c, s])));
    expect({ code, signal }).toEqual({ code: null, signal: "SIGTERM" });
    expect(readFileSync(join(dir, "s.json"), "utf8")).toBe("old summary");
    expect(readdirSync(dir)).toEqual(["s.json"]);
  });
});
