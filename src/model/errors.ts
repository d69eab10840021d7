/** Errors for invalid input: one error that lists every problem, each by its path. */

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
  const lines = issues.slice(0, MESSAGE_ISSUES).map((issue) => `  - ${issue.path === "" ? "(root)" : issue.path}: ${issue.message}`);
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

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Formats a zod-style path as `members[0].birthDate`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else {
      const text = String(key);
      if (IDENTIFIER.test(text)) out += out === "" ? text : `.${text}`;
      else out += `[${JSON.stringify(text)}]`;
    }
  }
  return out;
}
