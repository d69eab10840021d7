/** Turning untrusted input into a validated household, or one error listing every problem. */
import type { z } from "zod";
import { InvalidHouseholdError, formatPath, unknownFieldMessage, type InputIssue } from "../model/errors.js";
import { householdFieldsAt, householdSchema, type Household } from "../model/household.js";
import { parseValidHousehold } from "../model/household-fast.js";

/**
 * Flattens zod issues to `{ path, message }`, one per unknown key, which names the closest field of the
 * household's object there ("unknown field relaton: did you mean relation?").
 */
export function toInputIssues(error: z.ZodError): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      const fields = householdFieldsAt(issue.path);
      for (const key of issue.keys) {
        const message = fields === undefined ? "unknown field (the contract's objects are strict)" : unknownFieldMessage(key, fields);
        issues.push({ path: formatPath([...issue.path, key]), message });
      }
    } else {
      issues.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  // A check that aborts still leaves one issue; two checks failing with the same message say it once.
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function parseWithZod(input: unknown): Household {
  const parsed = householdSchema.safeParse(input);
  if (!parsed.success) throw new InvalidHouseholdError(toInputIssues(parsed.error));
  return parsed.data;
}

/**
 * Dates the input records as facts of the past or of today may not lie after the assessment date: a
 * member's birth, the start of the current dibao (`status.dibao.since`), of the gradual-exit window the
 * household is in (`status.gradualExit.start`). A window that has not started is not one the household
 * is in: read as running, it kept a 错保 paid (issue 24). A window's end may lie after asOf, and so may a
 * shock's `since` and `status.exitedCoverage.date`, which R8 reads against asOf (a shock or an exit
 * after it has not happened yet: rules.md, R8).
 */
function checkDates(household: Household, asOf: string | undefined): Household {
  if (asOf === undefined) return household;
  // Every evaluation passes here: nothing is allocated unless a date is late.
  let issues: InputIssue[] | undefined;
  const late = (date: string | null | undefined, path: string, what: string): void => {
    if (date != null && date > asOf) (issues ??= []).push({ path, message: `is after the assessment date ${asOf}${what}` });
  };
  const { members, status } = household;
  for (let index = 0; index < members.length; index++) {
    late((members[index] as Household["members"][number]).birthDate, `members[${index}].birthDate`, "");
  }
  if (status != null) {
    late(status.dibao?.since, "status.dibao.since", ": the current dibao cannot have begun after it");
    late(status.gradualExit?.start, "status.gradualExit.start", ": a window that has not started is not one the household is in (give the window once it has begun)");
  }
  if (issues !== undefined) throw new InvalidHouseholdError(issues);
  return household;
}

/**
 * Validates a household against the input contract (v1.1), and its dates against `asOf` (nobody born,
 * and no current dibao or gradual-exit window begun, after the assessment date). Throws {@link InvalidHouseholdError} listing every problem.
 */
export function parseHousehold(input: unknown, asOf?: string): Household {
  // A valid household takes the fast path, which returns what zod would; zod judges everything else.
  return checkDates(parseValidHousehold(input) ?? parseWithZod(input), asOf);
}

/**
 * {@link parseHousehold} for the engine: the same household and the same errors, with absent optional
 * fields present as `undefined` when the fast path took it (see `parseValidHousehold`'s `dense`).
 */
export function parseHouseholdForEvaluation(input: unknown, asOf: string): Household {
  return checkDates(parseValidHousehold(input, true) ?? parseWithZod(input), asOf);
}
