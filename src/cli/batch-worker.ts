/**
 * A worker thread of `batch` and `audit`: answers the runs of lines the main thread sends with the task
 * it was started for, and sends back their output lines. Built as its own bundle (`dist/batch-worker.js`,
 * see tsup.config.ts) next to the CLI.
 */
import { parentPort, workerData } from "node:worker_threads";
import { answerLines, decodeRun } from "./batch-lines.js";
import { lineTask, type LineTaskSpec } from "./line-tasks.js";

/**
 * A run of lines to decide: `bytes` views the UTF-8 lines, separated by "\n"; `first` is the number of
 * the first. `spare`, when given, is an output buffer the main thread has written out, to fill again.
 */
export interface BatchJob {
  readonly id: number;
  readonly first: number;
  readonly bytes: Uint8Array;
  readonly spare?: Uint8Array | undefined;
}

/**
 * The answer to a job: `bytes` views the output lines; `input` hands the job's buffer back for reuse;
 * `extra` is what the task gathered besides the lines (see `LineTask.take`).
 */
export interface BatchJobResult {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly input: Uint8Array;
  readonly lines: number;
  readonly blank?: number | undefined;
  readonly errors: number;
  readonly internal: number;
  readonly extra?: unknown;
}

/** One task (and one options object) for the whole run, so a parameter override is compiled once per worker. */
const task = lineTask(workerData as LineTaskSpec);
const encoder = new TextEncoder();
/** Output buffers handed back by the main thread. */
const spares: Uint8Array[] = [];

// Bytes both ways, moved rather than copied, and the buffers go round rather than becoming garbage:
// freed buffers wait for a collection, and with three threads that slack was most of the batch's
// resident memory. The main thread neither decodes nor encodes text.
parentPort?.on("message", (job: BatchJob) => {
  if (job.spare !== undefined) spares.push(new Uint8Array(job.spare.buffer));
  const { out, lines, blank, errors, internal, extra } = answerLines(decodeRun(job.bytes), job.first, task);
  const size = Buffer.byteLength(out, "utf8");
  let buffer = spares.pop();
  // A little room to grow, so a slightly longer answer next time still fits.
  if (buffer === undefined || buffer.length < size) buffer = new Uint8Array(Math.ceil(size * 1.25));
  const { written } = encoder.encodeInto(out, buffer);
  const result: BatchJobResult = { id: job.id, bytes: buffer.subarray(0, written), input: job.bytes, lines, blank, errors, internal, extra };
  parentPort?.postMessage(result, [buffer.buffer as ArrayBuffer, job.bytes.buffer as ArrayBuffer]);
});
