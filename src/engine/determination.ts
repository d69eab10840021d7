/**
 * The whole output contract (`contract.md`, "Output: Determination"): the shared header, then one section
 * per registered programme in registry order, then the warnings. Its type and JSON Schema follow from the
 * registry, so a new programme's section appears here without an edit.
 */
import { z } from "zod";
import { determinationHeaderShape, warningSchema, type DeterminationHeader, type Warning } from "../model/determination.js";
import { PROGRAMMES, type Sections } from "../rules/index.js";

export type Determination = DeterminationHeader & Sections & { readonly warnings: readonly Warning[] };

let cached: Record<string, unknown> | undefined;

/** JSON Schema (draft 2020-12) of a determination, for callers outside TypeScript and for audits that store them. */
export function determinationJsonSchema(): Record<string, unknown> {
  if (cached === undefined) {
    const sections = Object.fromEntries(PROGRAMMES.map((programme) => [programme.section.key, programme.schema as z.ZodType]));
    const schema = z.strictObject({ ...determinationHeaderShape, ...sections, warnings: z.array(warningSchema) });
    cached = {
      ...z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }),
      $id: "https://www.npmjs.com/package/social-assistance-rules/determination.schema.json",
      title: "Determination (social-assistance-rules)",
    };
  }
  return cached;
}
