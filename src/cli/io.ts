/** Reading input for the CLI: files or standard input, JSON or YAML, with errors a person can act on. */
import { closeSync, createReadStream, fstatSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import type { Readable } from "node:stream";
import { extname } from "node:path";
import { InvalidOptionsError } from "../model/errors.js";
import { parseJsonText, UnreadableInputError } from "../model/json-text.js";

// Parsing JSON text is pure and shared with the caseload audit (src/audit), so it lives in the model.
export { parseJsonText, UnreadableInputError } from "../model/json-text.js";

/** An NDJSON input file as a stream, opened now so that a missing file is an input error (exit 2), not a fault. */
export function openInputStream(file: string): Readable {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    throw new UnreadableInputError([{ path: "", message: `cannot read ${file} (${String((error as NodeJS.ErrnoException).code)})` }]);
  }
  if (fstatSync(fd).isDirectory()) {
    closeSync(fd);
    throw new UnreadableInputError([{ path: "", message: `cannot read ${file} (EISDIR)` }]);
  }
  return createReadStream("", { fd, highWaterMark: 64 * 1024 });
}

/** The size in bytes of a regular file (by path or descriptor), `undefined` for a pipe, a terminal or an error. */
export function regularFileSize(file: string | number): number | undefined {
  try {
    const stats = typeof file === "number" ? fstatSync(file) : statSync(file);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads FILE, or standard input for `-` or no file. With `maxBytes`, text longer than that is refused
 * unread (a file, by its size) or once that much has been read (a pipe): a 50 MB array of `{}` once
 * took 47 s and 1.6 GB before it was refused (issue 24).
 */
export function readText(file: string | undefined, maxBytes?: number): string {
  const stdin = file === undefined || file === "-";
  const name = stdin ? "standard input" : file;
  let fd: number | undefined;
  try {
    if (maxBytes === undefined) return readFileSync(stdin ? 0 : file, "utf8");
    fd = stdin ? 0 : openSync(file, "r");
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (stats.isFile() && stats.size > maxBytes) throw tooLong(name, maxBytes);
    // readFileSync waits for a non-blocking standard input as it should (a readSync loop would spin on EAGAIN).
    const bytes = readFileSync(fd);
    if (bytes.length > maxBytes) throw tooLong(name, maxBytes);
    try {
      // Strictly: a BOM is kept (and refused by parseJsonText), bytes that are not UTF-8 are refused here.
      return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw new UnreadableInputError([{ path: "", message: `${name} is not valid UTF-8; save it as UTF-8` }]);
    }
  } catch (error) {
    if (error instanceof UnreadableInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableInputError([{ path: "", message: `cannot read ${name}${code === undefined ? "" : ` (${code})`}` }]);
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}

function tooLong(name: string, maxBytes: number): UnreadableInputError {
  return new UnreadableInputError([{ path: "", message: `${name} is more than ${maxBytes} bytes (${maxBytes / (1024 * 1024)} MiB), more than a household can take; it was not read` }]);
}

/**
 * Reads a parameter override file (JSON, or YAML by extension). The YAML parser is loaded only for a
 * YAML file: loading it on every start was a large share of the CLI's start-up.
 */
export async function readParameters(file: string): Promise<unknown> {
  const text = readText(file);
  const ext = extname(file);
  if (ext === ".yaml" || ext === ".yml") {
    const { parseDocument } = await import("yaml");
    // Errors and warnings alike are refused, each named: a warning (an unresolved tag, say) once leaked
    // to stderr as "(node:…) YAMLWarning" while the file was read anyway (issue 24).
    const document = parseDocument(text, { schema: "core", prettyErrors: false });
    const problems = [...document.errors, ...document.warnings];
    if (problems.length > 0) {
      throw new InvalidOptionsError(problems.map((problem) => ({ path: "parameters", message: `${file} is not valid YAML: ${problem.message}` })));
    }
    return document.toJS() as unknown;
  }
  return parseJsonText(text, file);
}
