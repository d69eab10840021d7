/**
 * Whether two drafts decided the same, leaving out their reasons: what W-INTERPRETATION compares between
 * a household decided under the interpretations in force and under one alternative reading.
 */
import type { RuleDraft } from "../rules/index.js";

/**
 * `canonicalJson(a) === canonicalJson(b)` for the values a draft holds (strings, booleans, null, plain
 * objects and arrays), without writing either text: null and absent are the same, as in canonical JSON.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a == null || b == null) return a == null && b == null;
  // Two primitives that are not === differ in JSON too (a draft holds strings and booleans, never NaN).
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

function sameEntries(a: ReadonlyArray<object>, b: ReadonlyArray<object>): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    if (!sameRecord(a[index] as Record<string, unknown>, b[index] as Record<string, unknown>, "reasons")) return false;
  }
  return true;
}

/**
 * Whether two drafts decided the same, without their reasons: what an interpretation can change. Compared
 * field by field rather than as canonical JSON texts: this runs for every counterfactual.
 */
export function sameOutcome(a: RuleDraft, b: RuleDraft): boolean {
  const dibaoA = (a.dibao ?? {}) as Record<string, unknown>;
  const dibaoB = (b.dibao ?? {}) as Record<string, unknown>;
  return sameRecord(dibaoA, dibaoB, "reasons") && sameEntries(a.singlePersonReferrals, b.singlePersonReferrals) && sameEntries(a.specialHardship, b.specialHardship);
}
