/**
 * The parameter digest of a determination: SHA-256 of the canonical JSON of `{ id, jurisdiction, series }`
 * holding every series of the compiled set in force — values, dates, sources, kinds and all. Issue 23: the
 * digest identifies what decided, so two determinations made under different parameters never carry the
 * same digest, whatever a rule did or did not record as read. (It used to cover only the series the
 * rules recorded as read, which made the property rest on every read being recorded.) An auditor holding
 * the set recomputes it from the set alone; the series a determination drew on are named in its reasons
 * and warnings.
 */
import type { CompiledParameterSet } from "../policy/parameters.js";
import { canonicalJson, sha256Digest } from "./digest.js";
import { memo } from "../model/memo.js";

/** One digest per compiled set: a set never changes once compiled. */
const digests = new WeakMap<CompiledParameterSet, string>();

/** The digest of the whole set in force (see the module comment). */
export function parameterDigest(set: CompiledParameterSet): string {
  return memo(digests, set, () => sha256Digest(canonicalJson({ id: set.id, jurisdiction: set.jurisdiction, series: set.data.series })));
}
