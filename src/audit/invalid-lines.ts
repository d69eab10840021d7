/**
 * The invalid lines of a caseload as the audit report lists them: each line's number, the household's
 * id when one could be read, and its first problem (with how many more), cut to a readable length.
 */

/** An invalid line of the caseload, as the report lists it. */
export interface InvalidLine {
  readonly line: number;
  readonly id?: string | number;
  /** The first problem, `path: message`, and how many more there are. */
  readonly problem: string;
}

/** The report lists at most this many invalid lines (the first ones); it counts the rest. */
export const MAX_LISTED_INVALID_LINES = 1000;

/** What one problem text may echo: a hostile line's text must not fill the report. */
const PROBLEM_CHARS = 300;

/** The report's entry for an invalid line. */
export function describeInvalidLine(line: number, id: string | number | undefined, issues: ReadonlyArray<{ readonly path: string; readonly message: string }>): InvalidLine {
  const first = issues[0];
  let problem = first === undefined ? "" : first.path === "" ? first.message : `${first.path}: ${first.message}`;
  if (problem.length > PROBLEM_CHARS) problem = `${problem.slice(0, PROBLEM_CHARS)}…`;
  if (issues.length > 1) problem += ` (+${issues.length - 1})`;
  return id === undefined ? { line, problem } : { line, id, problem };
}

/** Merges listed invalid lines from parts answered in any order: the first {@link MAX_LISTED_INVALID_LINES} by line number. */
export function firstInvalidLines(lines: readonly InvalidLine[]): InvalidLine[] {
  return [...lines].sort((a, b) => a.line - b.line).slice(0, MAX_LISTED_INVALID_LINES);
}
