/**
 * The batch worker (src/cli/batch-worker.ts) on the calling thread: `node:worker_threads` is replaced by
 * a port the test drives, so the worker's message handler runs where coverage sees it. It decodes the
 * job's UTF-8 lines, answers each in order (numbered from `first`), sends the answer as UTF-8 bytes with
 * the counts, hands the job's input buffer back, and writes into a spare output buffer when one is
 * given and large enough (else into a new one with a quarter more room than the answer needs).
 * test/cli/batch.test.ts runs the built worker in real threads, end to end.
 */
import { describe, expect, it, vi } from "vitest";
import type { BatchJob, BatchJobResult } from "../../src/cli/batch-worker.js";
import { evaluate } from "../../src/index.js";
import { household, member, wage } from "../helpers.js";

const ASOF = "2025-10-15";

/** The port the worker listens on: the test sends jobs, and reads what it posted back. */
const port = vi.hoisted(() => ({
  listener: undefined as ((job: unknown) => void) | undefined,
  posted: [] as Array<{ message: unknown; transfer: readonly unknown[] }>,
  on(event: string, listener: (job: unknown) => void): void {
    if (event === "message") this.listener = listener;
  },
  postMessage(message: unknown, transfer: readonly unknown[] = []): void {
    this.posted.push({ message, transfer });
  },
}));

vi.mock("node:worker_threads", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:worker_threads")>();
  return { ...actual, parentPort: port, workerData: { kind: "evaluate", options: { asOf: "2025-10-15" } }, isMainThread: false };
});

await import("../../src/cli/batch-worker.js");

const good = household([member("m1", { id: "重庆", incomes: [wage("300")] })], { id: "户-1" });
const text = `${JSON.stringify(good)}\n{oops\r\n`;
const bytes = (value: string): Uint8Array => new TextEncoder().encode(value);

function send(job: BatchJob): { result: BatchJobResult; transfer: readonly unknown[]; out: string[] } {
  if (port.listener === undefined) throw new Error("the worker did not listen for messages");
  port.posted.length = 0;
  port.listener(job);
  expect(port.posted).toHaveLength(1);
  const { message, transfer } = port.posted[0] ?? { message: undefined, transfer: [] };
  const result = message as BatchJobResult;
  return { result, transfer, out: new TextDecoder().decode(result.bytes).split("\n") };
}

describe("batch worker", () => {
  it("answers each line of a job in order, numbered from its first line, and hands its input back", () => {
    const input = bytes(text);
    const { result, transfer, out } = send({ id: 7, first: 41, bytes: input });
    // The third line, after the last newline, is blank: skipped and counted, not answered.
    expect(result).toMatchObject({ id: 7, lines: 2, blank: 1, errors: 1, internal: 0 });
    expect(result.input).toBe(input);
    expect(out).toHaveLength(3);
    expect(JSON.parse(out[0] ?? "")).toEqual(evaluate(good, { asOf: ASOF }));
    expect(JSON.parse(out[1] ?? "")).toMatchObject({ line: 42, error: { name: "UnreadableInputError", issues: [{ path: "", message: expect.stringMatching(/^line 42 is not valid JSON: /) as unknown }] } });
    expect(out[2]).toBe("");
    // Both buffers move back to the main thread rather than being copied.
    expect(transfer).toHaveLength(2);
    expect(transfer[0]).toBe(result.bytes.buffer);
    expect(transfer[1]).toBe(input.buffer);
  });

  it("writes a new answer buffer a quarter larger than the answer when it has no spare", () => {
    const { result } = send({ id: 1, first: 1, bytes: bytes(text) });
    const size = result.bytes.byteLength;
    expect(result.bytes.byteOffset).toBe(0);
    expect(result.bytes.buffer.byteLength).toBe(Math.ceil(size * 1.25));
  });

  it("fills the spare buffer the main thread hands back when the answer fits", () => {
    const spare = new Uint8Array(1 << 16);
    const { result, out } = send({ id: 2, first: 1, bytes: bytes(text), spare });
    expect(result.bytes.buffer).toBe(spare.buffer);
    expect(JSON.parse(out[0] ?? "")).toMatchObject({ householdId: "户-1" });
  });

  it("takes a new buffer when the spare is too small for the answer", () => {
    const spare = new Uint8Array(8);
    const { result, out } = send({ id: 3, first: 1, bytes: bytes(text), spare });
    expect(result.bytes.buffer).not.toBe(spare.buffer);
    expect(result.bytes.buffer.byteLength).toBe(Math.ceil(result.bytes.byteLength * 1.25));
    expect(JSON.parse(out[0] ?? "")).toMatchObject({ householdId: "户-1" });
  });
});
