/**
 * Comparing what two evaluations decided, leaving out reasons: the building block of each programme's
 * `sameOutcome`, which W-INTERPRETATION uses to tell whether an alternative reading changed a result.
 */

/**
 * `canonicalJson(a) === canonicalJson(b)` for the values a section holds (strings, booleans, null, plain
 * objects and arrays), without writing either text: null and absent are the same, as in canonical JSON.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a == null || b == null) return a == null && b == null;
  // Two primitives that are not === differ in JSON too (a section holds strings and booleans, never NaN).
  if (typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!sameValue(a[index], b[index])) return false;
    return true;
  }
  return sameRecord(a as Record<string, unknown>, b as Record<string, unknown>, undefined);
}

/** Same members (null and absent alike), leaving out the key `skip`. */
function sameRecord(a: Record<string, unknown>, b: Record<string, unknown>, skip: string | undefined): boolean {
  for (const key of Object.keys(a)) if (key !== skip && !sameValue(a[key], b[key])) return false;
  for (const key of Object.keys(b)) if (key !== skip && a[key] == null && b[key] != null) return false;
  return true;
}

/** Two section objects decided the same: every member but `reasons`. */
export function sameWithoutReasons(a: object, b: object): boolean {
  return sameRecord(a as Record<string, unknown>, b as Record<string, unknown>, "reasons");
}

/** Two lists of entries decided the same: same length, each entry the same but for its `reasons`. */
export function sameEntriesWithoutReasons(a: ReadonlyArray<object>, b: ReadonlyArray<object>): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (!sameWithoutReasons(a[index] as object, b[index] as object)) return false;
  return true;
}
