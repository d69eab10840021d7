/**
 * JSON text as the library reads it from callers' files and lines (pure: no I/O, so the CLI and the
 * caseload audit in a browser read a line alike): strictly one JSON value, errors a person can act on.
 */
import { InvalidInputError, type InputIssue } from "./errors.js";

/** An input problem found before validation (unreadable file, not JSON): exit 2, like invalid input. */
export class UnreadableInputError extends InvalidInputError {
  constructor(issues: readonly InputIssue[]) {
    super("Unreadable input", issues);
    this.name = "UnreadableInputError";
  }
}

/** Parses JSON text strictly: no BOM, not empty, one JSON value. `what` names the text in messages ("line 4"). */
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

/** A line of JSON whitespace only (the test stops at the first other character): no household, skipped by batch and audit. */
export function isBlankLine(text: string): boolean {
  return /^[ \t\r]*$/.test(text);
}

/** The `id` of a parsed line, when it has one a person could look up (a short text or a number): error lines carry it. */
export function readableId(value: unknown): string | number | undefined {
  const id = typeof value === "object" && value !== null ? (value as { id?: unknown }).id : undefined;
  if (typeof id === "string" && id.length > 0 && id.length <= 128) return id;
  return typeof id === "number" && Number.isFinite(id) ? id : undefined;
}
