/** Turning untrusted input into a validated household, or one error listing every problem. */
import type { z } from "zod";
import { InvalidHouseholdError, formatPath, unknownFieldMessage, type InputIssue } from "../model/errors.js";
import { householdFieldsAt, householdSchema, LIMITS, memberSchema, type Household } from "../model/household.js";
import { householdRelationIssues } from "../model/household-relations.js";
import { isIsoDate } from "../model/date.js";
import { parseValidHousehold } from "../model/household-fast.js";

/**
 * Flattens zod issues to `{ path, message }`, one per unknown key, which names the closest field of the
 * household's object there ("unknown field relaton: did you mean relation?").
 */
export function toInputIssues(error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const zodIssue of error.issues) {
    // A member checked on its own (past the limit on members) reports its paths inside the household.
    const issue = prefix.length === 0 ? zodIssue : { ...zodIssue, path: [...prefix, ...zodIssue.path] };
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

/** How many members past the limit are still checked one by one: a hostile list is not read to its end. */
const EXTRA_MEMBERS_CHECKED = 20 * LIMITS.members;

/**
 * The problems of the members past {@link LIMITS.members}: zod stops at "at most 50 members", so each of
 * them is checked on its own (up to {@link EXTRA_MEMBERS_CHECKED} of them), and the rest counted.
 */
function extraMemberIssues(input: unknown): InputIssue[] {
  const members = typeof input === "object" && input !== null ? (input as { members?: unknown }).members : undefined;
  if (!Array.isArray(members) || members.length <= LIMITS.members) return [];
  const issues: InputIssue[] = [];
  const last = Math.min(members.length, LIMITS.members + EXTRA_MEMBERS_CHECKED);
  for (let index = 0; index < last; index++) {
    const parsed = memberSchema.safeParse(members[index]);
    if (!parsed.success) for (const issue of toInputIssues(parsed.error, ["members", index])) issues.push(issue);
  }
  if (last < members.length) issues.push({ path: `members[${last}]`, message: `not checked: the ${members.length - last} members from here on (only the first ${last} of ${members.length} are)` });
  return issues;
}

/**
 * zod's verdict on a household the fast path doubted. When it fails, the rules across fields and the
 * dates against asOf are applied to the input as it is, and every member is checked past the limit on
 * members, so `issues` lists every problem at once (zod runs a refinement only on a valid shape).
 */
function parseWithZod(input: unknown, asOf: string | undefined): Household {
  const parsed = householdSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = [
    ...toInputIssues(parsed.error),
    ...extraMemberIssues(input),
    ...householdRelationIssues(input).map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    ...(asOf === undefined ? [] : lateDateIssues(input, asOf)),
  ];
  const seen = new Set<string>();
  throw new InvalidHouseholdError(
    issues.filter((issue) => {
      const key = `${issue.path}\u0000${issue.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  );
}

/** A field of data of any shape, `undefined` when it is not there. */
function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * Dates the input records as facts of the past or of today may not lie after the assessment date: a
 * member's birth, the start of the current dibao (`status.dibao.since`), of the gradual-exit window the
 * household is in (`status.gradualExit.start`). A window that has not started is not one the household
 * is in: read as running, it kept a 错保 paid (issue 24). A window's end may lie after asOf, and so may a
 * shock's `since` and `status.exitedCoverage.date`, which R8 reads against asOf (a shock or an exit
 * after it has not happened yet: docs/rules.md, R8). Read from data of any shape (only real dates count), so
 * an invalid household has them reported with its other problems. Nothing is allocated unless a date is late.
 */
function lateDateIssues(household: unknown, asOf: string): InputIssue[] {
  let issues: InputIssue[] | undefined;
  const late = (date: unknown, path: string, what: string): void => {
    if (typeof date === "string" && date > asOf && isIsoDate(date)) (issues ??= []).push({ path, message: `is after the assessment date ${asOf}${what}` });
  };
  const members = field(household, "members");
  if (Array.isArray(members)) for (let index = 0; index < members.length; index++) late(field(members[index], "birthDate"), `members[${index}].birthDate`, "");
  const status = field(household, "status");
  late(field(field(status, "dibao"), "since"), "status.dibao.since", ": the current dibao cannot have begun after it");
  late(field(field(status, "gradualExit"), "start"), "status.gradualExit.start", ": a window that has not started is not one the household is in (give the window once it has begun)");
  return issues ?? [];
}

/** The household, once no recorded date lies after asOf. */
function checkDates(household: Household, asOf: string | undefined): Household {
  if (asOf === undefined) return household;
  const issues = lateDateIssues(household, asOf);
  if (issues.length > 0) throw new InvalidHouseholdError(issues);
  return household;
}

/**
 * Validates a household against the input contract (v1.1), and its dates against `asOf` (nobody born,
 * and no current dibao or gradual-exit window begun, after the assessment date). Throws {@link InvalidHouseholdError} listing every problem.
 */
export function parseHousehold(input: unknown, asOf?: string): Household {
  // A valid household takes the fast path, which returns what zod would; zod judges everything else.
  return checkDates(parseValidHousehold(input) ?? parseWithZod(input, asOf), asOf);
}

/**
 * {@link parseHousehold} for the engine: the same household and the same errors, with absent optional
 * fields present as `undefined` when the fast path took it (see `parseValidHousehold`'s `dense`).
 */
export function parseHouseholdForEvaluation(input: unknown, asOf: string): Household {
  return checkDates(parseValidHousehold(input, true) ?? parseWithZod(input, asOf), asOf);
}
