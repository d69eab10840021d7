/**
 * A parameter file is validated whole before the first household (issue 23): `evaluate`, `batch` and
 * `audit` with a bad `--parameters` exit 2, list every problem and write no output line; a file cannot
 * claim to be a compiled set; a YAML number for a money series is accepted.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { auditCommand } from "../../src/cli/audit.js";
import { batchCommand } from "../../src/cli/batch.js";
import { InvalidOptionsError } from "../../src/index.js";
import { collectingStream, household, member, wage, runMain } from "../helpers.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CASELOAD = join(ROOT, "fixtures", "audit", "caseload.ndjson");
const ASOF = "2025-10-15";
const dir = mkdtempSync(join(tmpdir(), "sar-parameters-"));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// A rural value no urban household reads, and a window of 2.5 months: both must be named up front.
const BAD = file(
  "bad.yaml",
  ["series:", "  dibao.standard.rural:", "    values:", "      - { from: 2025-07-01, value: \"-630\" }", "  gradual-exit.months:", "    values:", "      - { from: 2025-07-01, value: \"2.5\" }", ""].join("\n"),
);
const PROBLEMS = [/parameters\.series\["dibao\.standard\.rural"\]\.values\[0\]\.value: must be an amount in yuan per person per month/, /parameters\.series\["gradual-exit\.months"\]\.values\[0\]\.value: must be whole months, at least 1/];
const urbanLine = `${JSON.stringify(household([member("m1", { incomes: [wage("500")] })]))}\n`;

const run = runMain;

describe("a bad --parameters file", () => {
  it("evaluate: exit 2, every problem listed, before the household is read", async () => {
    const result = await run(["evaluate", join(dir, "no-such-household.json"), "--as-of", ASOF, "--parameters", BAD]);
    expect(result.code).toBe(2);
    for (const problem of PROBLEMS) expect(result.err).toMatch(problem);
    expect(result.out).toBe("");
  });

  it("batch: refused before any line is written, every problem listed; through the CLI, exit 2", async () => {
    const output = collectingStream();
    const error = await batchCommand(["--as-of", ASOF, "--workers", "0", "--parameters", BAD], { out: () => undefined, err: () => undefined }, { input: Readable.from([urbanLine, urbanLine]), output: output.stream, progress: false }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidOptionsError);
    for (const problem of PROBLEMS) expect((error as Error).message).toMatch(problem);
    expect(output.text()).toBe("");
    const cli = await run(["batch", CASELOAD, "--as-of", ASOF, "--workers", "0", "--parameters", BAD]);
    expect(cli.code).toBe(2);
    for (const problem of PROBLEMS) expect(cli.err).toMatch(problem);
  });

  it("audit: refused before any line is written (it used to exit 0 with every line an error); through the CLI, exit 2", async () => {
    const output = collectingStream();
    const error = await auditCommand(["--as-of", ASOF, "--workers", "0", "--parameters", BAD], { out: () => undefined, err: () => undefined }, { input: Readable.from([urbanLine]), output: output.stream, progress: false }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect(output.text()).toBe("");
    const cli = await run(["audit", CASELOAD, "--as-of", ASOF, "--workers", "0", "--parameters", BAD]);
    expect(cli.code).toBe(2);
    for (const problem of PROBLEMS) expect(cli.err).toMatch(problem);
  });

  it("a file claiming to be a compiled set is refused with a clear error, not a TypeError", async () => {
    const forged = file("forged.json", JSON.stringify({ kind: "compiled-parameter-set", id: "CN-CQ", jurisdiction: "CN-CQ", series: {} }));
    const household = file("household.json", urbanLine);
    const result = await run(["evaluate", household, "--as-of", ASOF, "--parameters", forged]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("parameters.kind: a parameter override has no kind: it cannot claim to be a compiled parameter set");
    expect(result.err).not.toContain("TypeError");
  });
});

describe("a good --parameters file", () => {
  it("a YAML number for a money series is accepted (value: 820)", async () => {
    const yaml = file("city.yaml", ["series:", "  dibao.standard.urban:", "    values:", "      - from: 2025-07-01", "        value: 820", ""].join("\n"));
    const household = file("household-820.json", urbanLine);
    const result = await run(["evaluate", household, "--as-of", ASOF, "--parameters", yaml]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    // S = 820; one member with a wage of 500: 820 − 500 = 320.
    const determination = JSON.parse(result.out) as { figures: { standard: string }; dibao: { monthlyAmount: string } };
    expect(determination.figures.standard).toBe("820.00");
    expect(determination.dibao.monthlyAmount).toBe("320.00");
  });
});
