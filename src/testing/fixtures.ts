/**
 * Policy fixtures: a household, an assessment date and a partial expected determination worked out
 * by hand from the rule text. This module is pure; loading files is in `load.ts`.
 */
import { z } from "zod";
import { evaluateInput } from "../engine/evaluate.js";
import { InvalidInputError, formatPath, unknownFieldMessage, type InputIssue } from "../model/errors.js";
import { isoDateSchema } from "../model/household.js";
import { matchPartial, type Difference } from "./match.js";

/** "<field> is required: <what>" when the field is missing, else "must be <what>". */
function expecting(what: string): { error: (issue: { readonly input?: unknown; readonly path?: readonly PropertyKey[] }) => string } {
  return { error: (issue) => (issue.input === undefined ? `${String(issue.path?.[issue.path.length - 1] ?? "field")} is required: ${what}` : `must be ${what}`) };
}

const EXPECT_WHAT = "the expected determination, in part (such as { dibao: { status: eligible } }), or the expected error ({ error: { name, issues } })";

const FIXTURE_FIELDS = ["name", "description", "source", "asOf", "household", "parameters", "interpretations", "expect"] as const;

export const fixtureSchema = z.strictObject({
  name: z.string(expecting("text naming the fixture, unique among the fixtures run together")).min(1, { message: "must not be empty" }),
  description: z.string(expecting("text (the arithmetic, worked out by hand)")).nullish(),
  source: z.string(expecting("text (the clause or source the case comes from)")).nullish(),
  asOf: isoDateSchema,
  /** Passed to evaluate as is: validating it is evaluate's job. */
  household: z.unknown().refine((value) => value !== undefined, { message: "household is required: the household to assess, as the input contract writes it", abort: true }),
  parameters: z.unknown().optional(),
  interpretations: z.record(z.string(), z.boolean(expecting("true or false"))).nullish(),
  expect: z.union(
    [
      z.strictObject({ error: z.strictObject({ name: z.string().nullish(), issues: z.array(z.strictObject({ path: z.string(), message: z.string().nullish() })).nullish() }) }),
      z.record(z.string(), z.unknown()),
    ],
    expecting(EXPECT_WHAT),
  ),
});

export type Fixture = z.output<typeof fixtureSchema> & { readonly file?: string };

/** A fixture file that cannot be read or is not a fixture: an input error of the test run (CLI exit 2). */
export class InvalidFixtureError extends InvalidInputError {
  constructor(issues: readonly InputIssue[]) {
    super("Invalid fixture", issues);
    this.name = "InvalidFixtureError";
  }
}

export interface FixtureResult {
  readonly name: string;
  readonly file: string | undefined;
  readonly passed: boolean;
  readonly differences: readonly Difference[];
}

/** Validates a parsed fixture document; throws with every problem listed by path. */
export function parseFixture(document: unknown, file?: string): Fixture {
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw new InvalidFixtureError([{ path: file ?? "", message: "must be a fixture: an object with name, asOf, household and expect" }]);
  }
  const parsed = fixtureSchema.safeParse(document);
  if (!parsed.success) {
    const where = file === undefined ? "" : `${file}: `;
    const issues = parsed.error.issues.flatMap((issue) =>
      issue.code === "unrecognized_keys" && issue.path.length === 0
        ? issue.keys.map((key) => ({ path: `${where}${formatPath([key])}`, message: unknownFieldMessage(key, FIXTURE_FIELDS) }))
        : [{ path: `${where}${formatPath(issue.path)}`, message: issue.message }],
    );
    throw new InvalidFixtureError(issues);
  }
  return file === undefined ? parsed.data : { ...parsed.data, file };
}

function errorOutcome(error: unknown): Record<string, unknown> {
  if (error instanceof InvalidInputError) return { error: { name: error.name, issues: error.issues } };
  throw error;
}

/** Runs one fixture: evaluates its household and compares the result with its expectation. */
export function runFixture(fixture: Fixture): FixtureResult {
  let actual: unknown;
  try {
    actual = evaluateInput(fixture.household, {
      asOf: fixture.asOf,
      parameters: fixture.parameters as never,
      interpretations: (fixture.interpretations ?? undefined) as never,
    });
  } catch (error) {
    actual = errorOutcome(error);
  }
  const differences = matchPartial(fixture.expect, actual);
  return { name: fixture.name, file: fixture.file, passed: differences.length === 0, differences };
}
