/** Validation of the evaluation options: the assessment date, parameters and interpretations. */
import { z } from "zod";
import { InvalidOptionsError, closestMatch, formatPath, unknownFieldMessage, type InputIssue } from "../model/errors.js";
import { isIsoDate } from "../model/date.js";
import { isoDateSchema } from "../model/household.js";
import { DEFAULT_INTERPRETATIONS, INTERPRETATION_IDS, SWITCHABLE_INTERPRETATIONS, type InterpretationId, type InterpretationSettings, type SwitchableInterpretationId } from "../policy/interpretations.js";
import type { CompiledParameterSet, ParameterOverride } from "../policy/parameters.js";

export interface EvaluateOptions {
  /** The assessment date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /**
   * Parameters to use instead of the shipped set for the household's jurisdiction: an override
   * (series to add or change; see README "Another city's parameters") or a set built with
   * `compileParameterSet`. The shipped set is never changed.
   */
  readonly parameters?: ParameterOverride | CompiledParameterSet | null | undefined;
  /**
   * Switch interpretations off (`{ "INT-5": false }`): only those with an alternative reading
   * ({@link SwitchableInterpretationId}, the ones `docs/rules.md` lets a caller change); any other key is an error.
   */
  readonly interpretations?: Partial<Record<SwitchableInterpretationId, boolean>> | null | undefined;
}

/** The message for a key of `interpretations` that names no switchable interpretation. */
function notSwitchable(key: string): string {
  const switchable = `the switchable interpretations are ${SWITCHABLE_INTERPRETATIONS.join(", ")}`;
  if ((INTERPRETATION_IDS as readonly string[]).includes(key)) return `cannot be switched off: it has no alternative reading (${switchable})`;
  const nearest = closestMatch(key, SWITCHABLE_INTERPRETATIONS);
  return nearest === undefined ? `no such interpretation (${switchable})` : `no such interpretation; did you mean ${nearest}?`;
}

const interpretationsSchema = z.strictObject(
  Object.fromEntries(SWITCHABLE_INTERPRETATIONS.map((id) => [id, z.boolean({ error: "must be true (the library's reading) or false (the alternative)" }).optional()])) as Record<string, z.ZodOptional<z.ZodBoolean>>,
  { error: 'must be an object such as { "INT-5": false }' },
);

const OPTION_KEYS = ["asOf", "parameters", "interpretations"] as const;

const optionsSchema = z.strictObject(
  {
    asOf: isoDateSchema,
    parameters: z.unknown().optional(),
    interpretations: interpretationsSchema.nullish(),
  },
  { error: "options must be an object" },
);

/** One issue per unknown key, at its own path, saying what it should be. */
function optionIssues(error: z.ZodError): InputIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code !== "unrecognized_keys") return [{ path: formatPath(issue.path), message: issue.message }];
    const word = issue.path[0] === "interpretations" ? notSwitchable : (key: string) => unknownFieldMessage(key, OPTION_KEYS);
    return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: word(key) }));
  });
}

/** No key but the three options: a misspelt one ("interpretation") goes to the schema, which names it. */
function onlyOptionKeys(options: object): boolean {
  for (const key in options) if (key !== "asOf" && key !== "parameters" && key !== "interpretations") return false;
  return true;
}

export interface ParsedOptions {
  readonly asOf: string;
  readonly parameters: unknown;
  readonly interpretations: InterpretationSettings;
  readonly interpretationsOff: readonly string[];
}

const NO_INTERPRETATIONS_OFF: readonly string[] = Object.freeze([]);

/** Validates the options; throws {@link InvalidOptionsError} listing every problem. */
export function parseOptions(options: unknown): ParsedOptions {
  if (options === null || typeof options !== "object") {
    throw new InvalidOptionsError([{ path: "asOf", message: "options with an asOf date are required" }]);
  }
  // The common call, `{ asOf }` with every interpretation as shipped, needs no schema: what zod would return, built directly.
  const { asOf, interpretations, parameters } = options as { asOf?: unknown; interpretations?: unknown; parameters?: unknown };
  if (!Array.isArray(options) && interpretations == null && typeof asOf === "string" && isIsoDate(asOf) && onlyOptionKeys(options)) {
    return { asOf, parameters, interpretations: DEFAULT_INTERPRETATIONS, interpretationsOff: NO_INTERPRETATIONS_OFF };
  }
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new InvalidOptionsError(optionIssues(parsed.error));
  }
  const given = parsed.data.interpretations ?? {};
  const settings = { ...DEFAULT_INTERPRETATIONS } as Record<InterpretationId, boolean>;
  for (const [id, on] of Object.entries(given)) if (on !== undefined) settings[id as InterpretationId] = on;
  const off = SWITCHABLE_INTERPRETATIONS.filter((id) => !settings[id]);
  return { asOf: parsed.data.asOf, parameters: parsed.data.parameters, interpretations: Object.freeze(settings), interpretationsOff: off };
}
