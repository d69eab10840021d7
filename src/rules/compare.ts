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

/**
 * Strictly the same value with every `reasons` member left out, at any depth: null and absent differ
 * (unlike {@link sameValue}), key order aside. W-INTERPRETATION's narrowed re-run keeps the first
 * decision's section where a re-run rule decided it so, and then need not re-run the rules that read it
 * (they read reasons only to write their own).
 */
export function sameIgnoringReasons(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!sameIgnoringReasons(a[index], b[index])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let keys = 0;
  for (const key of Object.keys(left)) {
    if (key === "reasons") continue;
    if (!Object.hasOwn(right, key) || !sameIgnoringReasons(left[key], right[key])) return false;
    keys++;
  }
  for (const key of Object.keys(right)) if (key !== "reasons") keys--;
  return keys === 0;
}
