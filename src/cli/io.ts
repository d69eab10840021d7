/** Reading input for the CLI: files or standard input, JSON or YAML, with errors a person can act on. */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { InvalidOptionsError } from "../model/errors.js";
import { parseJsonText, UnreadableInputError } from "../model/json-text.js";

// Parsing JSON text is pure and shared with the caseload audit (src/audit), so it lives in the model.
export { parseJsonText, UnreadableInputError } from "../model/json-text.js";

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
