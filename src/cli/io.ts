/** Reading input for the CLI: files or standard input, JSON or YAML, with errors a person can act on. */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { InvalidInputError, InvalidOptionsError, type InputIssue } from "../model/errors.js";

/** An input problem found before validation (unreadable file, not JSON): exit 2, like invalid input. */
export class UnreadableInputError extends InvalidInputError {
  constructor(issues: readonly InputIssue[]) {
    super("Unreadable input", issues);
    this.name = "UnreadableInputError";
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

/** Parses JSON text strictly: no BOM, not empty, one JSON value. */
export function parseJsonText(text: string, what: string): unknown {
  if (text.charCodeAt(0) === 0xfeff) {
    throw new UnreadableInputError([{ path: "", message: `${what} starts with a UTF-8 byte-order mark; JSON must be saved without one` }]);
  }
  if (text.trim() === "") throw new UnreadableInputError([{ path: "", message: `${what} is empty` }]);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof RangeError ? "nested too deeply" : error instanceof Error ? error.message : String(error);
    throw new UnreadableInputError([{ path: "", message: `${what} is not valid JSON: ${detail}` }]);
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
