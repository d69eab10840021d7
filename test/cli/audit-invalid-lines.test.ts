/**
 * Issue 24, item 3: `audit` exits 3 when some lines are invalid, as `batch` does on the same file, and
 * the HTML report says which lines they are and why (not only how many).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { auditCommand } from "../../src/cli/audit.js";
import { batchCommand } from "../../src/cli/batch.js";
import { MAX_LINE_BYTES } from "../../src/cli/batch-lines.js";
import { collectingStream } from "../helpers.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CASELOAD = join(ROOT, "fixtures", "audit", "caseload.ndjson");
const ASOF = "2025-10-15";

type Command = typeof auditCommand;

async function run(command: Command, args: string[], input = ""): Promise<{ code: number; err: string }> {
  const output = collectingStream();
  let err = "";
  const code = await command(args, { out: () => undefined, err: (chunk) => (err += chunk) }, { input: Readable.from([input]), output: output.stream, progress: false });
  return { code, err };
}

describe("audit with invalid lines", () => {
  it("exits 3 on the fixture caseload (line 32 is invalid), as batch does on the same file", async () => {
    const audit = await run(auditCommand, [CASELOAD, "--as-of", ASOF, "--workers", "0"]);
    const batch = await run(batchCommand, [CASELOAD, "--as-of", ASOF, "--workers", "0"]);
    expect(batch.code).toBe(3);
    expect(audit.code).toBe(3);
    expect(audit.err).toMatch(/^audit: 31 households \(1 invalid lines\)/);
  });

  it("exits 0 when every line is a valid household", async () => {
    const valid = readFileSync(CASELOAD, "utf8").split("\n").slice(0, 31).join("\n");
    expect((await run(auditCommand, ["-", "--as-of", ASOF, "--workers", "0"], valid)).code).toBe(0);
  });

  it("lists each invalid line in the report: its number, the household's id and its first problem", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-audit-invalid-"));
    const lines = readFileSync(CASELOAD, "utf8").split("\n").slice(0, 3);
    const input = [lines[0], "{not json", lines[1], JSON.stringify({ id: "<b>x</b>", jurisdiction: "CN-CQ", area: "urban", members: [] }), `{"pad":"${"x".repeat(MAX_LINE_BYTES)}"}`, lines[2]].join("\n");
    const result = await run(auditCommand, ["-", "--as-of", ASOF, "--workers", "0", "--report", join(dir, "r.html"), "--lang", "en"], `${input}\n`);
    expect(result.code).toBe(3);
    const report = readFileSync(join(dir, "r.html"), "utf8");
    const section = /<section id="invalid-lines">(.*?)<\/section>/s.exec(report)?.[1] ?? "";
    expect(section).toContain("<h2>Invalid lines</h2>");
    const rows = [...section.matchAll(/<tr><td class="num">(\d+)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g)].map((m) => [m[1], m[2], m[3]]);
    expect(rows).toEqual([
      ["2", "—", expect.stringMatching(/^line 2 is not valid JSON/)],
      ["4", "&lt;b&gt;x&lt;/b&gt;", "members: must list at least one member"],
      ["5", "—", `line 5 is ${MAX_LINE_BYTES + 10} bytes long, more than the ${MAX_LINE_BYTES} a household can take; it was not read`],
    ]);
  });

  it("has no invalid-lines section when every line is valid", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-audit-invalid-"));
    const valid = readFileSync(CASELOAD, "utf8").split("\n").slice(0, 2).join("\n");
    await run(auditCommand, ["-", "--as-of", ASOF, "--workers", "0", "--report", join(dir, "r.html")], valid);
    expect(readFileSync(join(dir, "r.html"), "utf8")).not.toContain('id="invalid-lines"');
  });
});
