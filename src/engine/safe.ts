/**
 * The entries for data of unknown shape (JSON from a file, a request body, a queue), modelled on zod's
 * `safeParse`: they take `unknown` and return `{ success, data }` or `{ success, error }` instead of
 * throwing for input that breaks the contract. `evaluate` itself takes a typed {@link HouseholdInput}.
 */
import type { Determination } from "./determination.js";
import { InvalidInputError, type InvalidHouseholdError } from "../model/errors.js";
import type { Household } from "../model/household.js";
import { evaluateInput } from "./evaluate.js";
import type { EvaluateOptions } from "./options.js";
import { parseHousehold } from "./parse-household.js";

/** The result of a safe call: the value, or the input error that kept it from being produced. */
export type SafeResult<T, E extends InvalidInputError = InvalidInputError> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: E };

/**
 * {@link evaluate} for data of unknown shape: never throws for a household or options that break the
 * contract, and returns the error (`error.issues` lists every problem by path) instead. A fault of the
 * library (anything but an {@link InvalidInputError}) still throws.
 */
export function safeEvaluate(household: unknown, options: EvaluateOptions): SafeResult<Determination> {
  try {
    return { success: true, data: evaluateInput(household, options) };
  } catch (error) {
    if (error instanceof InvalidInputError) return { success: false, error };
    throw error;
  }
}

/**
 * {@link parseHousehold} without throwing: the validated household (money as canonical text), or the
 * {@link InvalidHouseholdError} listing every problem. Pass `asOf` to check birth dates against it too.
 */
export function safeParseHousehold(input: unknown, asOf?: string): SafeResult<Household, InvalidHouseholdError> {
  try {
    return { success: true, data: parseHousehold(input, asOf) };
  } catch (error) {
    // parseHousehold throws only InvalidHouseholdError for bad input; anything else is a fault.
    if (error instanceof InvalidInputError) return { success: false, error: error as InvalidHouseholdError };
    throw error;
  }
}
