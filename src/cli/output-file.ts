/**
 * Files a command writes besides standard output (`audit --summary`, `--report`): checked before any
 * work, written whole. A command never writes over a file it reads; each output is written to a
 * temporary file in the same folder and renamed into place only once complete, so a run cut short (a
 * crash, SIGTERM, its reader going away) leaves the old file or none, never a truncated one.
 */
import { closeSync, fstatSync, openSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/**
 * An output file that cannot be written, or would write over an input: exit 2 with this message alone
 * (a file problem, not a usage mistake, so no usage text).
 */
export class OutputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputFileError";
  }
}

/** A file the command writes: the flag that names it and its path. */
export interface OutputFile {
  readonly flag: string;
  readonly path: string;
}

/** A file the command reads: what it is ("the caseload", "--parameters") and its path, or a descriptor (standard input). */
export interface InputFile {
  readonly what: string;
  readonly path: string | number;
}

function statOf(file: string | number): Stats | undefined {
  try {
    return typeof file === "number" ? fstatSync(file) : statSync(file);
  } catch {
    return undefined;
  }
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

function describeInput(input: InputFile): string {
  return typeof input.path === "number" ? `${input.what} (standard input)` : `${input.what} ${input.path}`;
}

/** Output paths waiting to be written by this process (checked, not yet renamed into place). */
const pending = new Set<string>();

/** The outputs checked by {@link checkOutputFiles} and not written yet: what a run cut short leaves unwritten. */
export function unwrittenOutputs(): readonly string[] {
  return [...pending];
}

/** Forgets the pending outputs (a command that ended with an error before writing them). */
export function clearPendingOutputs(): void {
  pending.clear();
}

let probes = 0;

/** A temporary name beside `path`, hidden, unique to this process and call. */
function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${++probes}.tmp`);
}

/**
 * Checks, before any work, that each output can be written and is none of the inputs (nor another
 * output); throws {@link OutputFileError} naming both files otherwise. Writability is proved by creating
 * (and removing) a temporary file in the output's folder, where the file will be written.
 */
export function checkOutputFiles(outputs: readonly OutputFile[], inputs: readonly InputFile[]): void {
  const seen = new Map<string, OutputFile>();
  for (const output of outputs) {
    const absolute = resolve(output.path);
    const twin = seen.get(absolute);
    if (twin !== undefined) throw new OutputFileError(`${output.flag} ${output.path} is the same file as ${twin.flag} ${twin.path}: give each its own file`);
    seen.set(absolute, output);
    const existing = statOf(output.path);
    if (existing !== undefined) {
      for (const input of inputs) {
        const read = statOf(input.path);
        if (read !== undefined && read.isFile() && sameFile(read, existing)) {
          throw new OutputFileError(`${output.flag} ${output.path} is the same file as ${describeInput(input)}, which the command reads: it would be written over; choose another file`);
        }
      }
      if (existing.isDirectory()) throw new OutputFileError(`cannot write ${output.flag} ${output.path}: it is a folder (EISDIR)`);
    }
    const probe = temporaryPath(output.path);
    try {
      closeSync(openSync(probe, "wx"));
      unlinkSync(probe);
    } catch (error) {
      throw new OutputFileError(`cannot write ${output.flag} ${output.path} (${String((error as NodeJS.ErrnoException).code)})`);
    }
  }
  for (const output of outputs) pending.add(resolve(output.path));
}

/** Temporary files being written now, removed if the process is told to stop. */
const live = new Set<string>();

function removeLive(): void {
  for (const path of live) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
  live.clear();
}

const SIGNALS = ["SIGTERM", "SIGINT", "SIGHUP"] as const;

/** On a signal: remove any temporary file, then end as the signal would have. */
function onSignal(signal: NodeJS.Signals): void {
  removeLive();
  for (const each of SIGNALS) process.removeListener(each, onSignal);
  process.kill(process.pid, signal);
}

let handling = false;

/**
 * Installs {@link onSignal} once, for good: a signal that arrives during a (synchronous) write is
 * handled when the write returns, and removing the listener then could drop it.
 */
function handleSignals(): void {
  if (handling) return;
  handling = true;
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

/**
 * Writes `texts` to `path` whole: into a temporary file in the same folder, then renamed into place.
 * Until the rename the old file (or none) stays; on an error or a signal the temporary file is removed.
 */
export function writeOutputFile(path: string, texts: Iterable<string>): void {
  const temporary = temporaryPath(path);
  handleSignals();
  live.add(temporary);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, "wx");
    let pendingText = "";
    const flush = (): void => {
      const bytes = Buffer.from(pendingText, "utf8");
      for (let at = 0; at < bytes.length; ) at += writeSync(fd as number, bytes, at);
      pendingText = "";
    };
    for (const text of texts) {
      pendingText += text;
      if (pendingText.length >= 1 << 18) flush();
    }
    flush();
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
    live.delete(temporary);
    pending.delete(resolve(path));
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    removeLive();
    // A file-system error is the file's; anything else (a fault while producing the text) passes on as it is.
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === "string" && /^E[A-Z]+$/.test(code)) throw new OutputFileError(`cannot write ${path} (${code})`);
    throw error;
  }
}
