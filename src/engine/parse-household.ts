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

/** Nobody may be born after the assessment date. */
function checkBirthDates(household: Household, asOf: string | undefined): Household {
  if (asOf === undefined) return household;
  // Every evaluation passes here: nothing is allocated unless a birth date is late.
  let issues: InputIssue[] | undefined;
  const { members } = household;
  for (let index = 0; index < members.length; index++) {
    if ((members[index] as Household["members"][number]).birthDate > asOf) {
      (issues ??= []).push({ path: `members[${index}].birthDate`, message: `is after the assessment date ${asOf}` });
    }
  }
  if (issues !== undefined) throw new InvalidHouseholdError(issues);
  return household;
}

/**
 * Validates a household against the input contract (v1.1), and its dates against `asOf` (nobody may be
 * born after the assessment date). Throws {@link InvalidHouseholdError} listing every problem.
 */
export function parseHousehold(input: unknown, asOf?: string): Household {
  // A valid household takes the fast path, which returns what zod would; zod judges everything else.
  return checkBirthDates(parseValidHousehold(input) ?? parseWithZod(input), asOf);
}

/**
 * {@link parseHousehold} for the engine: the same household and the same errors, with absent optional
 * fields present as `undefined` when the fast path took it (see `parseValidHousehold`'s `dense`).
 */
export function parseHouseholdForEvaluation(input: unknown, asOf: string): Household {
  return checkBirthDates(parseValidHousehold(input, true) ?? parseWithZod(input), asOf);
}
