/**
 * The whole output contract (`docs/contract.md`, "Output: Determination"): the shared header, then one section
 * per registered programme in registry order, then the warnings. Its type and JSON Schema follow from the
 * registry, so a new programme's section appears here without an edit.
 */
import { z } from "zod";
import { DETERMINATION_SCHEMA, determinationHeaderShape, warningSchema, type DeterminationHeader, type Warning } from "../model/determination.js";
import { InvalidInputError, formatPath, type InputIssue } from "../model/errors.js";
import { PROGRAMMES, type Sections } from "../rules/index.js";

export type Determination = DeterminationHeader & Sections & { readonly warnings: readonly Warning[] };

let zodSchema: z.ZodType | undefined;

/** The zod schema of a determination: the header, every registered programme's section, the warnings. */
function determinationSchema(): z.ZodType {
  if (zodSchema === undefined) {
    const sections = Object.fromEntries(PROGRAMMES.map((programme) => [programme.section.key, programme.schema as z.ZodType]));
    zodSchema = z.strictObject({ ...determinationHeaderShape, ...sections, warnings: z.array(warningSchema) });
  }
  return zodSchema;
}

let cached: Record<string, unknown> | undefined;

/** JSON Schema (draft 2020-12) of a determination, for callers outside TypeScript and for audits that store them. */
export function determinationJsonSchema(): Record<string, unknown> {
  if (cached === undefined) {
    const schema = determinationSchema();
    cached = {
      ...z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }),
      // A stable identifier, not a URL that serves nothing (issue 28): the contract's major version names it.
      $id: "urn:social-assistance-rules:determination:v1",
      title: "Determination (social-assistance-rules)",
    };
  }
  return cached;
}

/** A value given as a determination that is not one (to `explain()`): every problem listed by path. */
export class InvalidDeterminationError extends InvalidInputError {
  constructor(issues: readonly InputIssue[]) {
    super("Invalid determination", issues);
    this.name = "InvalidDeterminationError";
  }
}

/** A zod issue in plain words: what is missing, what was expected. */
function plainIssue(issue: z.core.$ZodIssue): InputIssue[] {
  const path = formatPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: "unknown field: not part of a determination of this version" }));
  }
  if (issue.code === "invalid_type") {
    return [{ path, message: issue.input === undefined ? "is required" : `must be ${issue.expected === "object" ? "an object" : issue.expected === "array" ? "a list" : `a ${issue.expected}`}` }];
  }
  if (issue.code === "invalid_value") return [{ path, message: `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}` }];
  return [{ path, message: issue.message }];
}

/**
 * Checks that `value` is a determination of this version, as `evaluate()` returns it (or as its JSON
 * parses back); throws {@link InvalidDeterminationError} naming what is wrong otherwise.
 */
export function parseDetermination(value: unknown): Determination {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InvalidDeterminationError([{ path: "", message: "must be a determination: the object evaluate() returns" }]);
  }
  const schema = (value as { schema?: unknown }).schema;
  if (schema !== DETERMINATION_SCHEMA) {
    // Not a determination of this version (another object, or one stored by another version): one clear problem, not a list of every field.
    const given = schema === undefined ? "is missing" : `is ${JSON.stringify(schema)}`;
    fail([{ path: "schema", message: `${given}: a determination of this version, the object evaluate() returns, has schema "${DETERMINATION_SCHEMA}"` }]);
  }
  const parsed = determinationSchema().safeParse(value, { reportInput: true });
  if (!parsed.success) {
    const issues = parsed.error.issues.filter((issue) => !isLaterWarningCode(issue));
    if (issues.length > 0) fail(issues.flatMap(plainIssue));
  }
  return value as Determination;
}

/**
 * A warning code this version does not know, in the W-… form: accepted. Contract v1.x changes are additive
 * (docs/contract.md, "Contract v1.1"), so a later 1.x release may add warning codes; a determination it stored
 * must still be read and explained here (explain() prints an unknown code as it stands).
 */
function isLaterWarningCode(issue: z.core.$ZodIssue): boolean {
  const [head, , field] = issue.path;
  return issue.code === "invalid_value" && head === "warnings" && field === "code" && issue.path.length === 3 && typeof issue.input === "string" && /^W-[A-Z0-9]+(?:-[A-Z0-9]+)*$/.test(issue.input);
}

function fail(issues: readonly InputIssue[]): never {
  throw new InvalidDeterminationError(issues);
}

