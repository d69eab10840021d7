/** Canonical JSON and SHA-256 digests, runtime-neutral (native hashing where the runtime has it), for reproducible audits. */
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

/**
 * JSON with object keys sorted at every level and `undefined` or `null` members dropped (absent and null mean the same in the contract): one text per value.
 * Every determination digests its input, so this is written as one pass of string appends rather than map/filter/join.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    return value === undefined ? "null" : JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = "[";
    for (let index = 0; index < value.length; index++) {
      if (index > 0) out += ",";
      // A hole reads as undefined and is written null, as JSON.stringify does: the text is always JSON.
      out += canonicalJson(value[index]);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = "{";
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined || item === null) continue;
    if (!first) out += ",";
    first = false;
    out += `${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}

interface NodeCrypto {
  /** One-shot hash (Node ≥ 20.12): no Hash object per call. */
  hash?: (algorithm: "sha256", text: string, encoding: "hex") => string;
  createHash?: (algorithm: "sha256") => { update(text: string, encoding: "utf8"): { digest(encoding: "hex"): string } };
}

/**
 * Node's native SHA-256 when the runtime offers it without an import (`process.getBuiltinModule`,
 * Node ≥ 20.16): hashing the input is a fixed cost of every determination, and the native hash is
 * several times faster than the portable one. Elsewhere (browsers, older Node) @noble/hashes. All hash
 * the UTF-8 bytes of the text (lone surrogates become U+FFFD in each), so the digest is the same.
 */
const nativeSha256: ((text: string) => string) | undefined = (() => {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const crypto = proc?.getBuiltinModule?.("node:crypto") as NodeCrypto | undefined;
  const { hash, createHash } = crypto ?? {};
  if (typeof hash === "function") return (text) => hash("sha256", text, "hex");
  if (typeof createHash === "function") return (text) => createHash("sha256").update(text, "utf8").digest("hex");
  return undefined;
})();

/** `sha256:<hex>` of the UTF-8 text. */
export function sha256Digest(text: string): string {
  if (nativeSha256 !== undefined) return `sha256:${nativeSha256(text)}`;
  return `sha256:${bytesToHex(sha256(utf8ToBytes(text)))}`;
}
