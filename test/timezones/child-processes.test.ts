/**
 * Guards "never differ between machines" (issue 6) across processes: the built package (dist/, from the
 * vitest globalSetup) evaluates every fixture and 300 random households in four child processes started
 * with TZ=UTC, Asia/Shanghai, America/Los_Angeles and Pacific/Kiritimati; their outputs must be byte for
 * byte the same, and the same as the sources give in this process. The CLI's output for the example
 * household must be byte-identical under the four zones too.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { determinationLines, timeZoneInputs, type Evaluation } from "./inputs.js";
import { JANUARY_OFFSETS, ZONES } from "./zones.js";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST = pathToFileURL(join(ROOT, "dist", "index.js")).href;

/** The child: prints its time-zone offset in January 2024, then one line per evaluation (as determinationLines does). */
const CHILD = `
import { readFileSync } from "node:fs";
const { evaluate, InvalidInputError } = await import(${JSON.stringify(DIST)});
const inputs = JSON.parse(readFileSync(process.argv[1], "utf8"));
const lines = inputs.map((input) => {
  try { return JSON.stringify(evaluate(input.household, input.options)); }
  catch (error) { if (error instanceof InvalidInputError) return JSON.stringify({ error: error.name, issues: error.issues }); throw error; }
});
process.stdout.write(JSON.stringify({ offset: new Date(2024, 0, 15, 12).getTimezoneOffset(), lines }));
`;

const dir = mkdtempSync(join(tmpdir(), "sar-tz-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("determinations do not depend on the time zone (child processes, built package)", () => {
  it("are byte-identical under the four zones, and equal to the sources' answers", async () => {
    // Through JSON, as the children read them, so this process evaluates exactly what they do.
    const inputs = JSON.parse(JSON.stringify(timeZoneInputs())) as Evaluation[];
    const file = join(dir, "inputs.json");
    writeFileSync(file, JSON.stringify(inputs));
    const outputs = await Promise.all(
      ZONES.map(async (zone) => {
        const { stdout } = await run(process.execPath, ["--input-type=module", "-e", CHILD, file], { env: { ...process.env, TZ: zone }, maxBuffer: 256 * 1024 * 1024 });
        return { zone, ...(JSON.parse(stdout) as { offset: number; lines: string[] }) };
      }),
    );
    for (const output of outputs) expect(output.offset, `TZ=${output.zone} took effect in the child`).toBe(JANUARY_OFFSETS[output.zone]);
    const expected = determinationLines(inputs);
    expect(expected.filter((line) => line.startsWith('{"schema"')).length).toBeGreaterThan(inputs.length / 2);
    for (const output of outputs) {
      const differing = output.lines.flatMap((line, i) => (line === expected[i] ? [] : [inputs[i]?.name ?? String(i)]));
      expect(differing, `TZ=${output.zone}`).toEqual([]);
      expect(output.lines.length).toBe(inputs.length);
    }
  }, 120_000);

  it("the CLI prints the same bytes for the example household under the four zones", async () => {
    const outputs = await Promise.all(
      ZONES.map(async (zone) => {
        const { stdout } = await run(process.execPath, [join(ROOT, "dist", "cli.js"), "evaluate", join(ROOT, "examples", "urban-family.json"), "--as-of", "2025-10-15", "--format", "text", "--lang", "en"], {
          env: { ...process.env, TZ: zone },
        });
        return stdout;
      }),
    );
    expect(outputs[0]?.length).toBeGreaterThan(100);
    for (const output of outputs) expect(output).toBe(outputs[0]);
  }, 60_000);
});
