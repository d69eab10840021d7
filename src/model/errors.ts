/** Errors for invalid input: one error that lists every problem, each by its path. */
import { escapeControls } from "./printable.js";

/** One problem with the input: where it is (`members[0].birthDate`) and what is wrong. */
export interface InputIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * Problems spelt out in the message. A hostile input within the size limits can hold tens of thousands
 * of problems; the message (what the CLI prints) names the first ones and counts the rest, while
 * `issues` keeps every one.
 */
const MESSAGE_ISSUES = 100;

function describe(kind: string, issues: readonly InputIssue[]): string {
  // What the input put in a path or message (an id, a key) cannot forge a line or reach a terminal as an escape code.
  const lines = issues.slice(0, MESSAGE_ISSUES).map((issue) => `  - ${issue.path === "" ? "(root)" : escapeControls(issue.path)}: ${escapeControls(issue.message)}`);
  if (issues.length > MESSAGE_ISSUES) lines.push(`  … and ${issues.length - MESSAGE_ISSUES} more (every one is in the error's issues)`);
  const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
  return `${kind} (${count}):\n${lines.join("\n")}`;
}

/** Base class of the input errors: `issues` lists every problem found, never just the first. */
export class InvalidInputError extends Error {
  readonly issues: readonly InputIssue[];
  constructor(kind: string, issues: readonly InputIssue[]) {
    super(describe(kind, issues));
    this.name = "InvalidInputError";
    this.issues = issues;
  }
}

/** The household does not satisfy the v1 contract. No determination is produced. */
export class InvalidHouseholdError extends InvalidInputError {
  constructor(issues: readonly InputIssue[]) {
    super("Invalid household", issues);
    this.name = "InvalidHouseholdError";
  }
}

/** The evaluation options (asOf, parameters, interpretations) are invalid, or the parameter set holds no value needed on `asOf`. */
export class InvalidOptionsError extends InvalidInputError {
  constructor(issues: readonly InputIssue[]) {
    super("Invalid options", issues);
    this.name = "InvalidOptionsError";
  }
}

/**
 * Edit distance between two words (insertions, deletions, substitutions and swaps of neighbours each
 * cost 1), ignoring case: "relaton" is 1 from "relation", "birthdate" 0 from "birthDate".
 */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  // rows[i][j]: distance between the first i characters of x and the first j of y.
  const rows: number[][] = [];
  for (let i = 0; i <= x.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= y.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] as number[];
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[x.length] as number[])[y.length] as number;
}

/**
 * The valid word a misspelt one most likely meant: the nearest within a third of its length (at least
 * one edit), the first in `candidates`' order on a tie; `undefined` when none is that near.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  // Longer than any field or series name: not a misspelling of one, and not worth the comparison.
  if (word.length > 100) return undefined;
  const within = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = within + 1;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: most candidates need no comparison.
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const d = distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The message for a key a strict object does not have: the closest valid key when one is near
 * ("unknown field relaton: did you mean relation?"), else the keys the object has.
 */
export function unknownFieldMessage(key: string, allowed: readonly string[]): string {
  // A hostile input repeats the same unknown key thousands of times (one per list entry): each message
  // is worded once per list of fields. The cache forgets everything past a few hundred keys.
  let messages = unknownFieldMessages.get(allowed);
  if (messages === undefined) unknownFieldMessages.set(allowed, (messages = new Map()));
  let message = messages.get(key);
  if (message === undefined) {
    if (messages.size >= 256) messages.clear();
    message = wordUnknownField(key, allowed);
    messages.set(key, message);
  }
  return message;
}

const unknownFieldMessages = new WeakMap<readonly string[], Map<string, string>>();

function wordUnknownField(key: string, allowed: readonly string[]): string {
  // A key that is not a plain name (spaces, quotes, a megabyte of text) is quoted, and cut short.
  const shown = key.length <= 40 && IDENTIFIER.test(key) ? key : escapeControls(JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key));
  const suggestion = closestMatch(key, allowed);
  if (suggestion !== undefined) return `unknown field ${shown}: did you mean ${suggestion}?`;
  return `unknown field ${shown}: not part of the contract here (the fields here are ${allowed.join(", ")})`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The longest key a path spells out: an unknown key of 50 MB once made a 52 MB error message (issue 24).
 * A longer one is cut, with "…", and its length stated.
 */
const PATH_KEY_CHARS = 200;

/** Formats a zod-style path as `members[0].birthDate`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else {
      const whole = String(key);
      const text = whole.length > PATH_KEY_CHARS ? `${whole.slice(0, PATH_KEY_CHARS)}… (${whole.length} characters)` : whole;
      if (IDENTIFIER.test(text)) out += out === "" ? text : `.${text}`;
      else out += `[${escapeControls(JSON.stringify(text))}]`;
    }
  }
  return out;
}
