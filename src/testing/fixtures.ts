/**
 * Policy fixtures: a household, an assessment date and a partial expected determination worked out
 * by hand from the rule text. This module is pure; loading files is in `load.ts`.
 */
import { z } from "zod";
import { evaluateInput } from "../engine/evaluate.js";
import { InvalidInputError, formatPath, type InputIssue } from "../model/errors.js";
import { isoDateSchema } from "../model/household.js";
import { matchPartial, type Difference } from "./match.js";

export const fixtureSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().nullish(),
  source: z.string().nullish(),
  asOf: isoDateSchema,
  /** Passed to evaluate as is: validating it is evaluate's job. */
  household: z.unknown(),
  parameters: z.unknown().optional(),
  interpretations: z.record(z.string(), z.boolean()).nullish(),
  expect: z.union([
    z.strictObject({ error: z.strictObject({ name: z.string().nullish(), issues: z.array(z.strictObject({ path: z.string(), message: z.string().nullish() })).nullish() }) }),
    z.record(z.string(), z.unknown()),
  ]),
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
  const parsed = fixtureSchema.safeParse(document);
  if (!parsed.success) {
    const where = file === undefined ? "" : `${file}: `;
    throw new InvalidFixtureError(parsed.error.issues.map((issue) => ({ path: `${where}${formatPath(issue.path)}`, message: issue.message })));
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
