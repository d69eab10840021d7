/**
 * The built CLI as a Unix filter (issue 16): when the reader of its output goes away (`clauses | head -1`,
 * `batch … | head`), it stops quietly with status 0, not with a stack trace; a SIGPIPE ends it as quietly.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
const HOUSEHOLD = JSON.stringify(JSON.parse(readFileSync(new URL("../../examples/urban-family.json", import.meta.url), "utf8")));

/** Runs the CLI, reads the first chunk of its output, then closes the pipe as `head` does. */
function headOne(args: readonly string[], input?: string): Promise<{ code: number | null; signal: string | null; first: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    let first = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.stdout.once("data", (chunk: Buffer) => {
      first = chunk.toString("utf8").split("\n")[0] ?? "";
      child.stdout.destroy();
    });
    child.stdin.on("error", () => undefined);
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, first, stderr }));
  });
}

describe("the CLI when its reader goes away", () => {
  it("clauses | head -1: the first line, then status 0 and nothing on stderr", async () => {
    const result = await headOne(["clauses"]);
    expect(result.first).toMatch(/^saim\/art-9 /);
    expect(result).toMatchObject({ code: 0, signal: null, stderr: "" });
  }, 60_000);

  it("batch | head -1 on a long caseload: status 0, only the summary-free quiet end", async () => {
    const input = `${Array.from({ length: 4000 }, () => HOUSEHOLD).join("\n")}\n`;
    const result = await headOne(["batch", "--as-of", "2025-10-15", "--workers", "1"], input);
    expect(JSON.parse(result.first)).toMatchObject({ householdId: "demo-urban-family" });
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/EPIPE|Error|at /);
  }, 60_000);

  it("ends with status 0 on SIGPIPE", async () => {
    const child = spawn(process.execPath, [CLI, "batch", "--as-of", "2025-10-15", "--workers", "0"], { stdio: ["pipe", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    // Standard input stays open: the command waits for lines until the signal comes. Node ignores SIGPIPE
    // until the CLI installs its handler, and on a busy machine start-up can take longer than any fixed
    // delay, so the signal is sent again every half second until the command ends.
    const timer = setInterval(() => child.kill("SIGPIPE"), 500);
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on("close", (c, s) => resolve([c, s])));
    clearInterval(timer);
    expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: "" });
  }, 60_000);
});
