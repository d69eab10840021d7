/**
 * The work of `batch` (and `audit`) on a run of NDJSON lines, shared by the worker threads and the
 * in-process mode: each line becomes one output line — what the command's {@link LineTask} answers (a
 * determination, an audit) or `{"line": N, "error": {...}}` — in order.
 * Kept apart from `batch.ts` so the worker bundle carries only the engine, not the CLI.
 */
import { evaluateInput, type EvaluateOptions } from "../engine/evaluate.js";
import { InvalidInputError } from "../model/errors.js";
import { isBlankLine, parseJsonText, readableId } from "../model/json-text.js";

/** What one run of lines came to. */
export interface LinesResult {
  /** One NDJSON line per input line that is not blank, each ending with a newline. */
  readonly out: string;
  /** Lines answered (blank lines are not). */
  readonly lines: number;
  /** Blank lines (nothing but spaces), skipped without an answer; they keep their numbers. */
  readonly blank?: number;
  /** Lines answered with an error object (bad JSON, invalid household). */
  readonly errors: number;
  /** Of those, faults of the library rather than of the line (reported as `InternalError`). */
  readonly internal: number;
  /** What the task gathered over the run besides its lines ({@link LineTask.take}), if anything. */
  readonly extra?: unknown;
}

/** What a command does with each line of its input. */
export interface LineTask {
  /**
   * The output line (JSON, no newline) for the parsed value of line number `line`, whose text is `raw`.
   * Throws `InvalidInputError` for a line that is not a valid household: it is answered in place.
   */
  answer(value: unknown, line: number, raw: string): string;
  /**
   * What the task gathered since the last call besides its lines (a summary's counts), handed to the
   * main thread with each run's answer; it must survive `postMessage` (plain data).
   */
  take?(): unknown;
  /**
   * Told of each line answered with an error object instead (its number, the household's id when one
   * could be read, and the problems), so a task can list them (the audit report names its invalid lines).
   */
  failed?(line: number, id: string | number | undefined, issues: ReadonlyArray<{ readonly path: string; readonly message: string }>): void;
}

/** `batch`'s task: each line's determination. */
export function evaluateTask(options: EvaluateOptions): LineTask {
  return { answer: (value) => JSON.stringify(evaluateInput(value, options)) };
}

/**
 * The longest line `batch` reads. The largest household the contract allows (50 members, each with 50
 * incomes, deductions and supporters) is about 1.2 MB of JSON; a longer line is answered with an error
 * without being parsed, which keeps memory bounded whatever the input.
 */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;

/** Stands for a line whose bytes are not UTF-8 (see {@link decodeRun}): NULs, which no JSON line can start with and still be valid. */
const NOT_UTF8 = "\u0000\u0000not UTF-8";

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * A run of NDJSON lines as text. UTF-8 is read strictly, a byte-order mark included (so a BOM is refused
 * by `parseJsonText` on any line, the first as every other, as `evaluate` refuses it): a line that is not
 * UTF-8 is answered with an error saying so, never decoded into U+FFFD without a word (issue 24).
 */
export function decodeRun(bytes: Uint8Array): string {
  try {
    return strict.decode(bytes);
  } catch {
    const lines: string[] = [];
    let start = 0;
    while (start <= bytes.length) {
      let end = bytes.indexOf(0x0a, start);
      if (end === -1) end = bytes.length;
      try {
        lines.push(strict.decode(bytes.subarray(start, end)));
      } catch {
        lines.push(NOT_UTF8);
      }
      start = end + 1;
    }
    return lines.join("\n");
  }
}

/** The error object of a line: its number, the household's `id` when one could be read, and every problem. */
function errorLine(line: number, name: string, issues: ReadonlyArray<{ readonly path: string; readonly message: string }>, id?: string | number): string {
  return JSON.stringify({ line, ...(id === undefined ? {} : { id }), error: { name, issues: issues.map(({ path, message }) => ({ path, message })) } });
}


/** The problem of a line too long to read. */
export function overlongProblem(line: number, bytes: number): string {
  return `line ${line} is ${bytes} bytes long, more than the ${MAX_LINE_BYTES} a household can take; it was not read`;
}

function overlongMessage(line: number, bytes: number): string {
  return errorLine(line, "UnreadableInputError", [{ path: "", message: overlongProblem(line, bytes) }]);
}

/** The answer to a line too long to read (see {@link MAX_LINE_BYTES}). */
export function overlongLine(line: number, bytes: number): LinesResult {
  return { out: `${overlongMessage(line, bytes)}\n`, lines: 1, errors: 1, internal: 0 };
}

/** `batch` on a run of lines: {@link answerLines} with each line's determination. */
export function processLines(text: string, firstLine: number, options: EvaluateOptions): LinesResult {
  return answerLines(text, firstLine, evaluateTask(options));
}

/**
 * Answers each line of `text` (lines separated by "\n"; a trailing "\r" is dropped) with `task`, numbering
 * them from `firstLine`. Never throws: a line that cannot be answered is answered with its error in its place.
 */
export function answerLines(text: string, firstLine: number, task: LineTask): LinesResult {
  let out = "";
  let numbered = 0;
  let blank = 0;
  let errors = 0;
  let internal = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const raw = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    const line = firstLine + numbered;
    numbered++;
    // A blank line (a trailing newline too many, a gap between records) holds no household: skipped, counted.
    if (isBlankLine(raw)) {
      blank++;
      start = end + 1;
      continue;
    }
    // A run may hold a long line whole (when the input came in large chunks): the same limit applies.
    const bytes = raw.length > MAX_LINE_BYTES / 3 ? Buffer.byteLength(raw, "utf8") : 0;
    if (bytes > MAX_LINE_BYTES) {
      errors++;
      out += `${overlongMessage(line, bytes)}\n`;
      task.failed?.(line, undefined, [{ path: "", message: overlongProblem(line, bytes) }]);
      start = end + 1;
      continue;
    }
    if (raw === NOT_UTF8) {
      errors++;
      const message = `line ${line} is not valid UTF-8; save the file as UTF-8`;
      out += `${errorLine(line, "UnreadableInputError", [{ path: "", message }])}\n`;
      task.failed?.(line, undefined, [{ path: "", message }]);
      start = end + 1;
      continue;
    }
    let value: unknown;
    try {
      value = parseJsonText(raw, `line ${line}`);
      out += `${task.answer(value, line, raw)}\n`;
    } catch (error) {
      errors++;
      if (error instanceof InvalidInputError) {
        out += `${errorLine(line, error.name, error.issues, readableId(value))}\n`;
        task.failed?.(line, readableId(value), error.issues);
      } else {
        internal++;
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        out += `${errorLine(line, "InternalError", [{ path: "", message }], readableId(value))}\n`;
        task.failed?.(line, readableId(value), [{ path: "", message: `internal error: ${message}` }]);
      }
    }
    start = end + 1;
  }
  const lines = numbered - blank;
  return task.take === undefined ? { out, lines, blank, errors, internal } : { out, lines, blank, errors, internal, extra: task.take() };
}
