/**
 * The parameter digest of a determination (contract: "digest of the parameter data actually used"):
 * SHA-256 of the canonical JSON of `{ id, jurisdiction, series }`, where `series` holds the data of every
 * series of the set that the rules read. An auditor holding the set and the list of series can recompute it.
 */
import type { CompiledParameterSet } from "../policy/parameters.js";
import { canonicalJson, sha256Digest } from "./digest.js";
import { memo, memo2 } from "../model/memo.js";

/** Digest of the series a determination read, cached per set and combination of series. */
const digestCache = new WeakMap<CompiledParameterSet, Map<string, string>>();

/** Each series' position in a compiled set, for {@link usedKey}. */
const seriesPositions = new WeakMap<CompiledParameterSet, ReadonlyMap<string, number>>();

/**
 * Which of the set's series were read, as a bit field written out (`"5,0,8"`): the same for every order
 * of reading, unlike the names joined in read order, which vary with the household (a batch of 20 000
 * households kept re-digesting). Names the set does not hold are left out, as the digest leaves them out.
 */
function usedKey(set: CompiledParameterSet, used: ReadonlySet<string>): string {
  const positions = memo(seriesPositions, set, () => new Map([...set.series.keys()].map((name, position) => [name, position])));
  const words = new Array<number>((positions.size + 31) >> 5).fill(0);
  for (const name of used) {
    const position = positions.get(name);
    if (position !== undefined) words[position >> 5] = (words[position >> 5] as number) | (1 << (position & 31));
  }
  return words.join(",");
}

/** Each series of a set as it appears in the digested text (`"name":<canonical JSON>`), written once per set and series. */
const seriesTexts = new WeakMap<CompiledParameterSet, Map<string, string>>();

/**
 * The digest of the series read: the set's id and jurisdiction and those series' data, in canonical
 * JSON — written from each series' text kept per set, in name order, which is what `canonicalJson` of
 * the whole object writes. Households read hundreds of different combinations of series (690 in 20 000
 * generated households), so a combination first seen costs one hash, not a serialisation.
 */
export function parameterDigest(set: CompiledParameterSet, used: ReadonlySet<string>): string {
  return memo2(digestCache, set, usedKey(set, used), () => {
    const names = [...used].filter((name) => set.series.has(name)).sort();
    const texts = names.map((name) => memo2(seriesTexts, set, name, () => `${JSON.stringify(name)}:${canonicalJson(set.data.series[name])}`));
    return sha256Digest(`{"id":${JSON.stringify(set.id)},"jurisdiction":${JSON.stringify(set.jurisdiction)},"series":{${texts.join(",")}}}`);
  });
}
