/**
 * evaluateMany: a caseload in, one result per household out, in order. A household that breaks the
 * contract gives `{ ok: false, error }` in its place instead of stopping the rest; the CLI's `batch`
 * command is the same loop over a stream.
 */
import type { Determination } from "./determination.js";
import { InvalidInputError } from "../model/errors.js";
import { evaluateInput } from "./evaluate.js";
import { parseOptions, type EvaluateOptions } from "./options.js";

/** The outcome for one household of {@link evaluateMany}. */
export type EvaluateManyResult =
  | { readonly ok: true; readonly determination: Determination }
  /** The household (or the options for it) broke the contract: `error.issues` lists every problem by path. */
  | { readonly ok: false; readonly error: InvalidInputError };

/**
 * Decides every household with the same options, in order. Never throws for a bad household: its
 * {@link InvalidInputError} (an invalid household; or options that fail for it, such as no parameter
 * value for its area on `asOf` or an override that does not fit its jurisdiction) is returned in its
 * place. The date and interpretations are checked once, first: invalid, they throw the
 * `InvalidOptionsError` `evaluate` would, since no household could be decided with them. A parameter
 * override is compiled once for the whole caseload (`evaluate` caches it per options object).
 */
export function evaluateMany(households: Iterable<unknown>, options: EvaluateOptions): EvaluateManyResult[] {
  parseOptions(options);
  const results: EvaluateManyResult[] = [];
  for (const household of households) {
    try {
      results.push({ ok: true, determination: evaluateInput(household, options) });
    } catch (error) {
      // Only input problems belong to a household; anything else is a fault of the library and must surface.
      if (!(error instanceof InvalidInputError)) throw error;
      results.push({ ok: false, error });
    }
  }
  return results;
}
