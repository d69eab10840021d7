/**
 * The `batch` command's defaults: without --workers it may use one worker thread per available core,
 * but starts the second and later only once the input repays their warm-up (batch-workers.ts; a
 * three-line input runs on one), on the worker script beside batch.ts (from source, batch-worker.ts),
 * and without --parameters every line is decided on the shipped set. Node cannot run the TypeScript worker, so `Worker` records the
 * script it is asked for and starts the built dist/batch-worker.js in its place.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { batchCommand, workersText } from "../../src/cli/batch.js";
import { collectingStream, household, member, wage } from "../helpers.js";

const requested = vi.hoisted(() => [] as string[]);

vi.mock("node:worker_threads", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:worker_threads")>();
  const built = new URL("../../dist/batch-worker.js", import.meta.url);
  class RedirectedWorker extends actual.Worker {
    constructor(entry: string | URL, options?: import("node:worker_threads").WorkerOptions) {
      requested.push(String(entry));
      super(built, options);
    }
  }
  return { ...actual, Worker: RedirectedWorker };
});

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BUILT_WORKER = fileURLToPath(new URL("../../dist/batch-worker.js", import.meta.url));
const ASOF = "2025-10-15";

beforeAll(() => {
  if (!existsSync(BUILT_WORKER)) execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "ignore" });
}, 120_000);

describe("batch command defaults", () => {
  it("starts one worker for a small input, on the worker script beside it, and uses the shipped parameters", async () => {
    const households = [household([member("m1", { incomes: [wage("200")] })], { id: "a" }), household([member("m1")], { area: "rural", id: "b" })];
    const { stream: output, text } = collectingStream();
    let err = "";
    const input = Readable.from([`${households.map((each) => JSON.stringify(each)).join("\n")}\n[]\n`]);
    const code = await batchCommand(["--as-of", ASOF], { out: () => undefined, err: (text) => (err += text) }, { input, output, progress: false });

    const cores = availableParallelism();
    // The third line is not a household: answered in place, and the exit status says some lines failed.
    expect(code).toBe(3);
    // Three lines are far below the 10 000 that repay a second worker's warm-up.
    expect(requested).toEqual([new URL("../../src/cli/batch-worker.ts", import.meta.url).href]);
    expect(err).toMatch(new RegExp(`^batch: 3 lines, 1 errors, \\d+ households/s \\(\\d+\\.\\d\\d s, ${workersText(1, cores)}\\)\\n$`));
    const lines = text().split("\n");
    expect(lines).toHaveLength(4);
    // The shipped standards from 2025-07-01: urban 770, rural 630; neither adult has a top-up.
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({ householdId: "a", parameterSet: { id: "CN-CQ" }, figures: { standard: "770.00" }, dibao: { status: "eligible", monthlyAmount: "570.00" } });
    expect(JSON.parse(lines[1] ?? "")).toMatchObject({ householdId: "b", parameterSet: { id: "CN-CQ" }, figures: { standard: "630.00" }, dibao: { status: "eligible", monthlyAmount: "630.00" } });
    expect(JSON.parse(lines[2] ?? "")).toMatchObject({ line: 3, error: { name: "InvalidHouseholdError" } });
  });
});
