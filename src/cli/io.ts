/** Reading input for the CLI: files or standard input, JSON or YAML, with errors a person can act on. */
import { closeSync, createReadStream, fstatSync, openSync, readFileSync, statSync } from "node:fs";
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

/** Reads FILE, or standard input for `-` or no file. */
export function readText(file: string | undefined): string {
  const stdin = file === undefined || file === "-";
  try {
    return readFileSync(stdin ? 0 : file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableInputError([{ path: "", message: `cannot read ${stdin ? "standard input" : file}${code === undefined ? "" : ` (${code})`}` }]);
  }
}

/**
 * Reads a parameter override file (JSON, or YAML by extension). The YAML parser is loaded only for a
 * YAML file: loading it on every start was a large share of the CLI's start-up.
 */
export async function readParameters(file: string): Promise<unknown> {
  const text = readText(file);
  const ext = extname(file);
  if (ext === ".yaml" || ext === ".yml") {
    const { parse: parseYaml } = await import("yaml");
    try {
      return parseYaml(text, { schema: "core" }) as unknown;
    } catch (error) {
      throw new InvalidOptionsError([{ path: "parameters", message: `${file} is not valid YAML: ${error instanceof Error ? error.message : String(error)}` }]);
    }
  }
  return parseJsonText(text, file);
}
