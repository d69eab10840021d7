/**
 * `batch`: NDJSON households on standard input, one determination (or one error object) per line on
 * standard output, in input order — a stdin → stdout filter, so it runs unchanged under anything that
 * shards a caseload into streams (Spark's `RDD.pipe`, Hadoop Streaming, a job queue).
 *
 * Memory stays flat however long the input: input is read a chunk at a time, at most a few chunks per
 * worker are in flight, reading waits while standard output is not draining (backpressure), a line
 * longer than a household can be is answered without being kept, and the byte buffers that carry runs
 * of lines to the workers and answers back are reused rather than left to the collector. Lines are
 * decided on worker threads (`--workers`, default: the available cores); answers come back out of
 * order and are written in order. `audit` runs on the same machinery with its own line task.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { Readable, Writable } from "node:stream";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import type { EvaluateOptions } from "../engine/evaluate.js";
import { parseOptions } from "../engine/options.js";
import { validateParameters } from "../engine/evaluate.js";
import { answerLines, decodeRun, MAX_LINE_BYTES, overlongLine, type LineTask } from "./batch-lines.js";
import { expectedLines, workersFor } from "./batch-workers.js";
import type { BatchJob, BatchJobResult } from "./batch-worker.js";
import { lineTask, type LineTaskKind, type LineTaskSpec } from "./line-tasks.js";
import { UsageError, type Io } from "./commands.js";
import { openInputStream, readParameters, regularFileSize } from "./io.js";
import { ENGINE_NAME } from "../version.js";

export interface BatchSettings {
  /** Every household is assessed on this date. */
  readonly asOf: string;
  /** A parameter override (as `evaluate` takes it), read from `--parameters`. */
  readonly parameters?: unknown;
  /** Worker threads (at most); 0 decides on the calling thread. */
  readonly workers: number;
  /**
   * Start the first worker at once and the others only as the input proves large enough to repay their
   * warm-up (see batch-workers.ts); default false: all `workers` at once (an explicit `--workers N`).
   */
  readonly warmUp?: boolean;
  /** The worker script (default: batch-worker beside this module); tests point it at the built one. */
  readonly workerEntry?: URL;
  /** What each line is answered with (default: its determination, as `batch` does). */
  readonly task?: LineTaskKind;
  /** Receives what the task gathered besides the lines, once per run of lines, as runs are answered (in any order). */
  readonly onExtra?: (extra: unknown) => void;
  /** Told of each line too long to read (answered here, not by the task): its number and length. */
  readonly onOverlong?: (line: number, bytes: number) => void;
}

export interface BatchStreams {
  readonly input: Readable;
  readonly output: Writable;
  /** Standard error: the progress line and the summary. */
  readonly err: (text: string) => void;
  /** Draw a progress line (only when standard error is a terminal). */
  readonly progress: boolean;
  /** The input's size in bytes when known (a file), for the progress line's estimate of the time left. */
  readonly size?: number | undefined;
}

export interface BatchSummary {
  /** Lines answered: a determination (or the task's answer) or an error object. */
  readonly lines: number;
  /** Blank lines, skipped without an answer. */
  readonly blank: number;
  readonly errors: number;
  /** Lines that failed by a fault of the library, not of the line. */
  readonly internal: number;
  readonly seconds: number;
  /** Worker threads started (fewer than asked when the input was too small to repay the others' warm-up). */
  readonly workers: number;
}

/** Jobs in flight per worker: enough to keep every worker busy while results are written. */
const JOBS_PER_WORKER = 4;

/** A waiter for "something changed": a result came back, or the output drained. */
class Signal {
  private waiters: Array<() => void> = [];
  wait(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }
  notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

/** What a job came to, as the output writes it: text (main-thread mode) or UTF-8 bytes (from a worker). */
interface Answer {
  readonly out: string | Uint8Array;
  readonly lines: number;
  readonly blank?: number | undefined;
  readonly errors: number;
  readonly internal: number;
  readonly extra?: unknown;
}

/** Writes answers in job order, however they arrive, and remembers when the output asked to wait. */
class OrderedOutput {
  /** Output buffers written out, ready to be filled again by a worker. */
  readonly spares: Uint8Array[] = [];
  lines = 0;
  blank = 0;
  errors = 0;
  internal = 0;
  /** The output's buffer is full: produce nothing more until it drains. */
  blocked = false;
  private next = 0;
  private readonly held = new Map<number, Answer>();

  constructor(
    private readonly output: Writable,
    changed: Signal,
  ) {
    output.on("drain", () => {
      this.blocked = false;
      changed.notify();
    });
  }

  put(id: number, answer: Answer): void {
    this.held.set(id, answer);
    for (let ready = this.held.get(this.next); ready !== undefined; ready = this.held.get(this.next)) {
      this.held.delete(this.next);
      this.next++;
      this.lines += ready.lines;
      this.blank += ready.blank ?? 0;
      this.errors += ready.errors;
      this.internal += ready.internal;
      const out = ready.out;
      const written = typeof out === "string" ? this.output.write(out) : this.output.write(out, () => this.spares.push(new Uint8Array(out.buffer)));
      if (!written) this.blocked = true;
    }
  }
}

function workerEntry(): URL {
  // Built: dist/batch-worker.js beside dist/cli.js. From source (tsx), the .ts file beside this one.
  const built = new URL("./batch-worker.js", import.meta.url);
  return existsSync(built) ? built : new URL("./batch-worker.ts", import.meta.url);
}

/**
 * Heap limits of a worker. Its live data is small (the engine, one job, a few caches), but each isolate
 * lets its young generation grow to V8's default before collecting, and that is resident memory times
 * the number of cores. Measured on 100 000 households (2 workers): a 16 MB young generation peaked at
 * 202–206 MB for the process, 8 MB at 174–179 MB, 4 MB at 162–164 MB but with 15 % more CPU time in
 * collections; 8 MB keeps the batch under 200 MB at little cost. The old-generation cap is generous on
 * purpose: a hostile line just under MAX_LINE_BYTES (4 MiB of `{},{},…`) needs over 100 MB to parse,
 * and must be answered, not crash the run.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 256 } as const;

/** Worker threads, started as the run needs them, each given jobs while it has fewer than the others. */
class WorkerPool {
  inFlight = 0;
  failure: Error | undefined;
  private readonly workers: Array<{ readonly worker: Worker; load: number }> = [];

  /** Input buffers handed back by the workers. */
  readonly inputs: Uint8Array[] = [];

  constructor(
    count: number,
    private readonly entry: URL,
    private readonly spec: LineTaskSpec,
    private readonly onAnswer: (id: number, answer: Answer) => void,
    private readonly changed: Signal,
  ) {
    this.grow(count);
  }

  /** Workers running. */
  get size(): number {
    return this.workers.length;
  }

  /** Starts workers until `count` run (never stops one). */
  grow(count: number): void {
    while (this.workers.length < count) this.workers.push(this.start());
  }

  private start(): { readonly worker: Worker; load: number } {
    const slot = { worker: new Worker(this.entry, { workerData: this.spec, resourceLimits: WORKER_LIMITS }), load: 0 };
    slot.worker.on("message", (result: BatchJobResult) => {
      slot.load--;
      this.inFlight--;
      this.inputs.push(new Uint8Array(result.input.buffer));
      this.onAnswer(result.id, { out: result.bytes, lines: result.lines, blank: result.blank, errors: result.errors, internal: result.internal, extra: result.extra });
      this.changed.notify();
    });
    const fail = (error: Error): void => {
      this.failure ??= error;
      this.changed.notify();
    };
    slot.worker.on("error", fail);
    // Workers only stop when closed, which first removes this listener: any other exit loses jobs.
    slot.worker.on("exit", (code) => fail(new Error(`a worker thread stopped with exit code ${code}`)));
    return slot;
  }

  send(job: BatchJob): void {
    const slot = this.workers.reduce((least, candidate) => (candidate.load < least.load ? candidate : least));
    slot.load++;
    this.inFlight++;
    slot.worker.postMessage(job, job.spare === undefined ? [job.bytes.buffer as ArrayBuffer] : [job.bytes.buffer as ArrayBuffer, job.spare.buffer as ArrayBuffer]);
  }

  async close(): Promise<void> {
    for (const slot of this.workers) slot.worker.removeAllListeners("exit");
    await Promise.all(this.workers.map((slot) => slot.worker.terminate()));
  }
}

const NEWLINE = 0x0a;

function countLines(bytes: Uint8Array): number {
  let count = 1;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) count++;
  return count;
}

export function rate(lines: number, seconds: number): number {
  return Math.round(lines / Math.max(seconds, 1e-3));
}

/** A duration for a person: "45 s", "12 min", "2 h 05 min". */
function duration(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}

/**
 * The progress line: lines done, lines a second, errors, and the time left estimated from the share of
 * the input read so far when its size is known.
 */
export function progressLine(name: string, done: { readonly lines: number; readonly errors: number }, seconds: number, read: number, size: number | undefined): string {
  let line = `${name}: ${done.lines} lines, ${rate(done.lines, seconds)} lines/s, ${done.errors} errors`;
  if (size !== undefined && size > 0 && read > 0) {
    line += `, ${Math.min(100, Math.floor((read / size) * 100))}% read`;
    if (seconds >= 1 && read < size) line += `, about ${duration(((size - read) * seconds) / read)} left`;
  }
  return line;
}

/** How often the progress line is redrawn. */
const PROGRESS_EVERY_MS = 1000;

/**
 * Runs a batch over the given streams; resolves when every line has been answered and written.
 * Input is split into runs of whole lines on the "\n" byte (never inside a UTF-8 sequence); each run
 * goes to a worker as its own buffer, moved, not copied, and comes back as bytes to write.
 */
export async function runBatch(settings: BatchSettings, streams: BatchStreams): Promise<BatchSummary> {
  const options: EvaluateOptions = settings.parameters === undefined ? { asOf: settings.asOf } : { asOf: settings.asOf, parameters: settings.parameters as never };
  parseOptions(options); // a bad date stops the run before any line (exit 2), not once per line
  const spec: LineTaskSpec = { ...(settings.task ?? { kind: "evaluate" }), options };
  const name = spec.kind === "evaluate" ? "batch" : spec.kind;
  const started = performance.now();
  const changed = new Signal();
  const output = new OrderedOutput(streams.output, changed);
  const answered = (id: number, answer: Answer): void => {
    if (answer.extra !== undefined) settings.onExtra?.(answer.extra);
    output.put(id, answer);
  };
  // With warmUp, one worker to begin with; more as the input proves large enough (batch-workers.ts).
  const pool = settings.workers > 0 ? new WorkerPool(settings.warmUp === true ? workersFor(settings.workers, 0) : settings.workers, settings.workerEntry ?? workerEntry(), spec, answered, changed) : undefined;
  /** The task on this thread, in main-thread mode (made at the first run of lines). */
  let task: LineTask | undefined;
  /** Bytes of input read so far, for the progress line. */
  let read = 0;
  const progress = streams.progress
    ? setInterval(() => {
        const seconds = (performance.now() - started) / 1000;
        streams.err(`\r\u001b[K${progressLine(name, output, seconds, read, streams.size)}`);
      }, PROGRESS_EVERY_MS)
    : undefined;
  progress?.unref();

  const until = async (ready: () => boolean): Promise<void> => {
    for (;;) {
      if (pool?.failure !== undefined) throw pool.failure;
      if (ready()) return;
      await changed.wait();
    }
  };

  /** Buffers to cut input runs into, handed back once decoded: by the workers, or here in main-thread mode. */
  const buffers = pool?.inputs ?? [];
  let jobs = 0;
  let nextLine = 1;
  /** Bytes of the whole lines handed over so far (newlines included): with the size of a file, the expected number of lines. */
  let cut = 0;
  /** Hands over a run of whole lines (its own copy of the bytes, without the final newline), or answers an overlong line. */
  const submit = async (run: Uint8Array | Overlong): Promise<void> => {
    const id = jobs++;
    const first = nextLine;
    if (!(run instanceof Uint8Array)) {
      nextLine++;
      settings.onOverlong?.(first, run.bytes);
      answered(id, overlongLine(first, run.bytes));
      await until(() => !output.blocked);
      return;
    }
    nextLine += countLines(run);
    cut += run.length + 1;
    if (pool === undefined) {
      const text = decodeRun(run);
      buffers.push(new Uint8Array(run.buffer));
      task ??= lineTask(spec);
      answered(id, answerLines(text, first, task));
      await until(() => !output.blocked);
      return;
    }
    if (settings.warmUp === true) pool.grow(workersFor(settings.workers, expectedLines(nextLine - 1, cut, streams.size)));
    await until(() => pool.inFlight < pool.size * JOBS_PER_WORKER && !output.blocked);
    pool.send({ id, first, bytes: run, spare: output.spares.pop() });
  };

  try {
    const lines = new LineCutter(buffers);
    for await (const chunk of streams.input as AsyncIterable<Buffer | string>) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      read += bytes.length;
      for (const run of lines.push(bytes)) await submit(run);
    }
    for (const run of lines.end()) await submit(run);
    await until(() => (pool?.inFlight ?? 0) === 0 && !output.blocked);
  } finally {
    if (progress !== undefined) clearInterval(progress);
    await pool?.close();
  }
  const seconds = (performance.now() - started) / 1000;
  if (streams.progress) streams.err("\r\u001b[K");
  return { lines: output.lines, blank: output.blank, errors: output.errors, internal: output.internal, seconds, workers: pool?.size ?? 0 };
}

/** A line longer than {@link MAX_LINE_BYTES}, dropped as it was read: only its length is kept. */
interface Overlong {
  readonly bytes: number;
}

/**
 * Cuts input into runs of whole lines on the "\n" byte (never inside a UTF-8 sequence). The start of a
 * line not yet ended is kept in pieces and copied once, when it ends; past {@link MAX_LINE_BYTES} it is
 * dropped and only counted, so one endless line cannot grow memory without bound.
 */
class LineCutter {
  /** @param buffers spare buffers to cut runs into (handed back by the workers), so input makes no garbage. */
  constructor(private readonly buffers: Uint8Array[]) {}

  private pieces: Uint8Array[] = [];
  private bytes = 0;
  private overlong = false;

  /** What a chunk completes, in order: runs of whole lines, and overlong lines. */
  push(data: Uint8Array): Array<Uint8Array | Overlong> {
    const first = data.indexOf(NEWLINE);
    if (first === -1) {
      this.keep(data);
      return [];
    }
    const last = data.lastIndexOf(NEWLINE);
    const out: Array<Uint8Array | Overlong> = [];
    if (this.overlong || this.bytes + first > MAX_LINE_BYTES) {
      out.push({ bytes: this.bytes + first });
      if (last > first) out.push(joined([], data.subarray(first + 1, last), this.buffers));
    } else {
      out.push(joined(this.pieces, data.subarray(0, last), this.buffers));
    }
    this.pieces = [];
    this.bytes = 0;
    this.overlong = false;
    this.keep(data.subarray(last + 1));
    return out;
  }

  /** The last line, when the input does not end with a newline. */
  end(): Array<Uint8Array | Overlong> {
    if (this.overlong) return [{ bytes: this.bytes }];
    return this.bytes > 0 ? [joined(this.pieces, new Uint8Array(0), this.buffers)] : [];
  }

  private keep(piece: Uint8Array): void {
    if (piece.length === 0) return;
    this.bytes += piece.length;
    if (this.overlong) return;
    if (this.bytes > MAX_LINE_BYTES) {
      this.overlong = true;
      this.pieces = [];
    } else {
      this.pieces.push(piece);
    }
  }
}

/**
 * The pieces then `tail`, in a buffer of its own (so it can be moved to a worker): a spare one when one
 * is large enough, else a new one with room for the usual run (input arrives in 64 KiB chunks).
 */
function joined(pieces: readonly Uint8Array[], tail: Uint8Array, spares: Uint8Array[]): Uint8Array {
  let length = tail.length;
  for (const piece of pieces) length += piece.length;
  const spare = spares.pop();
  const out = spare !== undefined && spare.length >= length ? spare.subarray(0, length) : new Uint8Array(Math.max(length, 128 * 1024)).subarray(0, length);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  out.set(tail, at);
  return out;
}

/**
 * `--workers`: a whole number, or the available cores when not given (then started as the input
 * proves large enough to repay each one's warm-up: `BatchSettings.warmUp`, batch-workers.ts). More workers than cores only add
 * start-up and memory (64 workers on 2 cores took 20 s for 7 lines): the count is capped at the cores,
 * with a notice through `notice` when given.
 */
export function workerCount(value: string | undefined, notice?: (text: string) => void, cores: number = availableParallelism()): number {
  if (value === undefined) return cores;
  if (!/^\d{1,3}$/.test(value)) throw new UsageError("--workers must be a whole number (0 decides on the main thread)");
  const asked = Number(value);
  if (asked <= cores) return asked;
  notice?.(`${ENGINE_NAME}: --workers ${asked} is more than the ${cores} available cores; using ${cores}\n`);
  return cores;
}

/** How the summary line names the threads: "main thread", "2 workers", or "1 of 2 workers" when the input was too small for the others. */
export function workersText(started: number, cap: number): string {
  if (cap === 0) return "main thread";
  const workers = (n: number): string => `${n} ${n === 1 ? "worker" : "workers"}`;
  return started === cap ? workers(cap) : `${started} of ${workers(cap)}`;
}

/** Standard input and output, and a progress line when standard error is a terminal. */
export function processStreams(): Omit<BatchStreams, "err"> {
  return { input: process.stdin, output: process.stdout, progress: process.stderr.isTTY === true, size: regularFileSize(0) };
}

/** Exit status of `batch` when every line was answered but some with an error object. */
export const EXIT_SOME_LINES_FAILED = 3;

/**
 * The `batch` command. Exit status: 0 when every line was decided, 3 when some lines were answered
 * with an error object (the others were decided), 1 on an internal fault, 2 on bad usage or an
 * unreadable file. Reads FILE (or standard input) and writes standard output unless given other
 * streams (tests).
 */
export async function batchCommand(args: readonly string[], io: Io, streams: Omit<BatchStreams, "err"> = processStreams()): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { "as-of": { type: "string" }, workers: { type: "string" }, parameters: { type: "string" } },
  });
  if (values["as-of"] === undefined) throw new UsageError("batch needs --as-of YYYY-MM-DD");
  if (positionals.length > 1) throw new UsageError("batch takes one FILE (or - for standard input)");
  const file = positionals[0] === "-" ? undefined : positionals[0];
  const settings: BatchSettings = {
    asOf: values["as-of"],
    workers: workerCount(values.workers, io.err),
    // Without --workers, the cores are the cap and the input decides how many are worth starting.
    warmUp: values.workers === undefined,
    ...(values.parameters === undefined ? {} : { parameters: await readParameters(values.parameters) }),
  };
  parseOptions(settings.parameters === undefined ? { asOf: settings.asOf } : { asOf: settings.asOf, parameters: settings.parameters as never });
  // The whole parameter set is compiled and checked before the first line: a bad file is exit 2 and no line written (issue 23).
  validateParameters(settings.parameters);
  const input = file === undefined ? streams : { ...streams, input: openInputStream(file), size: regularFileSize(file) };
  const summary = await runBatch(settings, { ...input, err: io.err });
  io.err(
    `batch: ${summary.lines} lines, ${summary.errors} errors${summary.internal > 0 ? ` (${summary.internal} internal)` : ""}` +
      `${summary.blank > 0 ? `, ${summary.blank} blank ${summary.blank === 1 ? "line" : "lines"} skipped` : ""}, ` +
      `${rate(summary.lines, summary.seconds)} households/s (${summary.seconds.toFixed(2)} s, ${workersText(summary.workers, settings.workers)})\n`,
  );
  if (summary.internal > 0) return 1;
  return summary.errors > 0 ? EXIT_SOME_LINES_FAILED : 0;
}
