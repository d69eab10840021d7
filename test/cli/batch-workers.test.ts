/**
 * How many worker threads a batch starts (issue 18 item 6, src/cli/batch-workers.ts): the first at
 * once, worker k + 1 once the input is expected to hold k × (k + 1) × 5 000 lines, the expected count
 * taken from a file's size and the bytes per line read so far, or from the lines read on a pipe.
 * Expected values are worked out from that rule by hand.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { expectedLines, WARM_UP_HOUSEHOLDS, workersFor } from "../../src/cli/batch-workers.js";
import { runBatch, workersText } from "../../src/cli/batch.js";
import { collectingStream, household, member, wage } from "../helpers.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BUILT_WORKER = new URL("../../dist/batch-worker.js", import.meta.url);
const ASOF = "2025-10-15";

beforeAll(() => {
  if (!existsSync(BUILT_WORKER)) execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "ignore" });
}, 120_000);

describe("workersFor", () => {
  it("takes 5 000 households as one warm-up's worth", () => {
    expect(WARM_UP_HOUSEHOLDS).toBe(5_000);
  });

  it("decides on the main thread when the cap is 0, whatever the input", () => {
    expect(workersFor(0, 0)).toBe(0);
    expect(workersFor(0, 1_000_000)).toBe(0);
  });

  it("starts one worker for any input below 10 000 lines (1 × 2 × 5 000)", () => {
    expect(workersFor(2, 0)).toBe(1);
    expect(workersFor(2, 1)).toBe(1);
    expect(workersFor(8, 9_999)).toBe(1);
  });

  it("starts the second at 10 000 lines, the third at 30 000 (2 × 3 × 5 000), the fourth at 60 000 (3 × 4 × 5 000)", () => {
    expect(workersFor(2, 10_000)).toBe(2);
    expect(workersFor(4, 29_999)).toBe(2);
    expect(workersFor(4, 30_000)).toBe(3);
    expect(workersFor(4, 59_999)).toBe(3);
    expect(workersFor(4, 60_000)).toBe(4);
  });

  it("never starts more than the cap", () => {
    expect(workersFor(1, 1_000_000)).toBe(1);
    expect(workersFor(2, 1_000_000)).toBe(2);
    // 8 workers need 7 × 8 × 5 000 = 280 000 lines; 7 need 6 × 7 × 5 000 = 210 000.
    expect(workersFor(8, 279_999)).toBe(7);
    expect(workersFor(8, 280_000)).toBe(8);
  });

  it("takes another warm-up figure when given one", () => {
    expect(workersFor(2, 199, 100)).toBe(1);
    expect(workersFor(2, 200, 100)).toBe(2);
  });
});

describe("expectedLines", () => {
  it("is the lines read when the size is not known (a pipe)", () => {
    expect(expectedLines(40, 65_536, undefined)).toBe(40);
    expect(expectedLines(0, 0, undefined)).toBe(0);
  });

  it("scales the lines read by the share of the file read", () => {
    // 40 lines in 64 KiB of a 100 MiB file: 40 × 1 600 = 64 000 lines.
    expect(expectedLines(40, 65_536, 100 * 1024 * 1024)).toBe(64_000);
    // 3 lines in 3 000 bytes of 10 000 000: 10 000 lines.
    expect(expectedLines(3, 3_000, 10_000_000)).toBe(10_000);
  });

  it("is the lines read once the whole file is read, or before any line", () => {
    expect(expectedLines(7, 7_000, 7_000)).toBe(7);
    expect(expectedLines(0, 65_536, 1_000_000)).toBe(0);
    expect(expectedLines(5, 0, 1_000_000)).toBe(5);
  });
});

describe("workersText", () => {
  it("names the threads in the summary line", () => {
    expect(workersText(0, 0)).toBe("main thread");
    expect(workersText(2, 2)).toBe("2 workers");
    expect(workersText(1, 2)).toBe("1 of 2 workers");
  });
});

describe("runBatch with warmUp", () => {
  const text = [household([member("m1", { incomes: [wage("200")] })], { id: "a" }), household([member("m1")], { area: "rural", id: "b" }), household([member("m1")], { id: "c" })]
    .map((each) => `${JSON.stringify(each)}\n`)
    .join("");
  const run = async (warmUp: boolean, size: number | undefined): Promise<{ workers: number; lines: string[] }> => {
    const { stream, text: out } = collectingStream();
    const summary = await runBatch({ asOf: ASOF, workers: 2, warmUp, workerEntry: BUILT_WORKER }, { input: Readable.from([text]), output: stream, err: () => undefined, progress: false, size });
    return { workers: summary.workers, lines: out().split("\n").slice(0, -1) };
  };

  it("starts one worker for three lines from a pipe, and answers them in order", async () => {
    const { workers, lines } = await run(true, undefined);
    expect(workers).toBe(1);
    expect(lines.map((line) => (JSON.parse(line) as { householdId: string }).householdId)).toEqual(["a", "b", "c"]);
  }, 60_000);

  it("starts both for a file whose size says it holds at least 10 000 such lines", async () => {
    // The three lines' bytes, scaled to 10 000 lines: expected 10 000 → 2 workers; one byte less → 9 999 → 1.
    const bytes = Buffer.byteLength(text);
    const perLine = bytes / 3;
    expect((await run(true, Math.ceil(perLine * 10_000))).workers).toBe(2);
    expect((await run(true, Math.floor(perLine * 10_000) - 1)).workers).toBe(1);
  }, 60_000);

  it("starts every worker at once without warmUp (an explicit --workers N)", async () => {
    expect((await run(false, undefined)).workers).toBe(2);
  }, 60_000);
});
