/**
 * The library's caches: a value computed once per key and kept while the key lives (compiled overrides
 * per options object, digests per parameter set, what a rule derives from a parameter value). Only
 * successful computations are kept: one that throws is tried again next time. Here, below the rules and
 * the engine, so both can use it.
 */

/** What a key maps to in `cache`, computing and keeping it the first time. */
export function memo<K, V>(cache: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, compute: () => V): V {
  const kept = cache.get(key);
  if (kept !== undefined) return kept;
  const value = compute();
  cache.set(key, value);
  return value;
}

/** {@link memo} under two keys: a map per first key (held weakly), a value per second key. */
export function memo2<K extends object, K2, V>(cache: WeakMap<K, Map<K2, V>>, key: K, key2: K2, compute: () => V): V {
  return memo(
    memo(cache, key, () => new Map<K2, V>()),
    key2,
    compute,
  );
}
