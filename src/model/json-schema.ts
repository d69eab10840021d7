/** The JSON Schema of `Household`, generated from the zod schema, for callers outside TypeScript. */
import { z } from "zod";
import { householdSchema } from "./household.js";

let cached: Record<string, unknown> | undefined;

/**
 * JSON Schema (draft 2020-12) of the input a caller writes (contract v1.1). It checks shapes, types,
 * enums, formats and sizes, and gives every field a `description` with its meaning and Chinese term (the
 * schema's own metadata). The cross-field rules (unique member ids, at most one "self", at least one
 * counted member, real calendar dates, birth dates from 1900-01-01 and not after the assessment date, at
 * most 2 decimals in numbers) are checked by the library itself.
 */
export function householdJsonSchema(): Record<string, unknown> {
  cached ??= {
    ...z.toJSONSchema(householdSchema, { io: "input", unrepresentable: "any" }),
    // A stable identifier, not a URL that serves nothing (issue 28): the contract's major version names it.
    $id: "urn:social-assistance-rules:household:v1",
    title: "Household (social-assistance-rules contract v1.1)",
  };
  return cached;
}
