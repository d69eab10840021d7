/**
 * Issue 24, item 5: ids cannot forge prose. A newline in a household or member id once forged lines of
 * the text and Markdown explanations ("# Eligible: 9999 yuan"), raw HTML in an id passed into the
 * Markdown, and ANSI escapes reached the terminal on stdout and stderr. The audit report's "reproduce"
 * command printed a file named `c$(touch PWNED);x.ndjson` as it is, to be pasted into a shell.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { auditCommand, shellWord } from "../../src/cli/audit.js";
import { main } from "../../src/cli/cli.js";
import { evaluate, explain } from "../../src/index.js";
import { collectingStream, household, member, wage } from "../helpers.js";

const FORGED_LINE = "hh\n# Eligible: 9999 yuan";
const ANSI = "m1\u001b[31mRED\u001b[0m\u009b2J";
const HTML = "<img src=x onerror=alert(1)>*bold*";

const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

function decided() {
  return evaluate(household([member(ANSI, { incomes: [wage("500")] }), member(HTML, { relation: "child", birthDate: "2015-01-01" })], { id: FORGED_LINE }), { asOf: "2025-10-15" });
}

describe("ids in the explanation", () => {
  it.each(["text", "markdown"] as const)("%s: a newline in an id forges no line, and no control character is written", (format) => {
    for (const lang of ["zh-CN", "en"] as const) {
      const prose = explain(decided(), { lang, format });
      expect(prose.split("\n").some((line) => line.startsWith("# Eligible"))).toBe(false);
      expect(prose).not.toMatch(CONTROL);
      // In Markdown, "#" and "[" of an id are escaped as well.
      expect(prose).toContain(format === "text" ? "hh\\u000A# Eligible: 9999 yuan" : "hh\\u000A\\# Eligible: 9999 yuan");
      expect(prose).toContain(format === "text" ? "\\u001B[31mRED\\u001B[0m\\u009B2J" : "\\u001B\\[31mRED\\u001B\\[0m\\u009B2J");
    }
  });

  it("markdown: raw HTML and emphasis in an id are shown, not rendered", () => {
    const prose = explain(decided(), { lang: "en", format: "markdown" });
    expect(prose).not.toMatch(/(^|[^\\])<img/m);
    expect(prose).toContain("\\<img src=x onerror=alert(1)\\>\\*bold\\*");
  });

  it("the text explanation leaves an ordinary id as it is", () => {
    const d = evaluate(household([member("m-1_a", { incomes: [wage("500")] })], { id: "demo-1" }), { asOf: "2025-10-15" });
    expect(explain(d, { lang: "en", format: "markdown" })).toContain("demo-1");
    expect(explain(d, { lang: "en" })).toContain("m-1_a");
  });
});

describe("ids on standard error", () => {
  it("an error naming an id writes its control characters out, never raw", async () => {
    const input = household([member("a\u001b[2J\nforged"), member("a\u001b[2J\nforged")], { status: { specialHardshipMemberIds: ["\u001b]0;title\u0007"] } });
    let err = "";
    const dir = mkdtempSync(join(tmpdir(), "sar-ids-"));
    const file = join(dir, "h.json");
    writeFileSync(file, JSON.stringify(input));
    const code = await main(["evaluate", file, "--as-of", "2025-10-15"], { out: () => undefined, err: (chunk) => (err += chunk) });
    expect(code).toBe(2);
    expect(err).toContain('duplicate member id "a\\u001b[2J\\nforged"');
    expect(err).toContain('no member has id "\\u001b]0;title\\u0007"');
    expect(err).not.toMatch(CONTROL);
  });
});

describe("the audit report's reproduce command", () => {
  it("quotes a word a shell would read specially, and leaves plain ones", () => {
    expect(shellWord("caseload.ndjson")).toBe("caseload.ndjson");
    expect(shellWord("c$(touch PWNED);x.ndjson")).toBe("'c$(touch PWNED);x.ndjson'");
    expect(shellWord("it's")).toBe("'it'\\''s'");
  });

  it("pasted into sh, the quoted file name is a name, not a command", { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-sh-"));
    for (const name of ["c$(touch PWNED);x.ndjson", "a'b`touch PWNED2`.ndjson", "new\nline;touch PWNED3"]) {
      const result = spawnSync("sh", ["-c", `printf '%s' ${shellWord(name)}`], { cwd: dir, encoding: "utf8" });
      expect(result.stdout).toBe(name);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it("the report prints the file name quoted", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-audit-quote-"));
    const caseload = join(dir, "c$(touch PWNED);x.ndjson");
    copyFileSync(fileURLToPath(new URL("../../fixtures/audit/caseload.ndjson", import.meta.url)), caseload);
    const streams = { input: Readable.from([]), output: collectingStream().stream, progress: false };
    await auditCommand([caseload, "--as-of", "2025-10-15", "--workers", "0", "--report", join(dir, "r.html"), "--report-limit", "1"], { out: () => undefined, err: () => undefined }, streams);
    const report = readFileSync(join(dir, "r.html"), "utf8");
    expect(report).toContain("social-assistance-rules audit &#39;c$(touch PWNED);x.ndjson&#39; --as-of 2025-10-15");
    expect(existsSync(join(dir, "PWNED"))).toBe(false);
  });
});
