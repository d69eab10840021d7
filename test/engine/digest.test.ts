/**
 * Kills mutants in src/engine/digest.ts: the SHA-256 digests are the published FIPS 180-2 test vectors,
 * through Node's one-shot native hash, its createHash, and the portable @noble/hashes fallback (taken
 * where the runtime offers no built-in crypto), which must agree byte for byte, non-ASCII text included; and
 * canonicalJson's rules (keys sorted at every level, null and undefined members dropped, arrays kept
 * in order, strings escaped as JSON) on hand-written values.
 */
import { afterEach, describe, expect, it, vi } from "vitest";

/** FIPS 180-2, appendix B: SHA-256 of "abc" and of the 448-bit message. */
const ABC = "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
const LONG = "sha256:248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
const LONG_TEXT = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
/** SHA-256 of the empty string (the standard's well-known value). */
const EMPTY = "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

type DigestModule = typeof import("../../src/engine/digest.js");

type Runtime = "native one-shot hash" | "native createHash only" | "no native hash";

/** Loads digest.ts afresh in a runtime offering Node's one-shot `hash`, only `createHash`, or no built-in crypto. */
async function load(runtime: Runtime): Promise<DigestModule> {
  vi.resetModules();
  const crypto = (process as unknown as { getBuiltinModule: (id: string) => { hash: unknown; createHash: unknown } }).getBuiltinModule("node:crypto");
  const offered = runtime === "native one-shot hash" ? crypto : runtime === "native createHash only" ? { createHash: crypto.createHash } : undefined;
  const getBuiltinModule = vi.fn((id: string) => (id === "node:crypto" ? offered : undefined));
  vi.stubGlobal("process", { ...process, getBuiltinModule });
  const module = await import("../../src/engine/digest.js");
  expect(getBuiltinModule).toHaveBeenCalledWith("node:crypto");
  return module;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe.each(["native one-shot hash", "native createHash only", "no native hash"] as const)("sha256Digest, %s", (runtime) => {
  it("gives the FIPS 180-2 test vectors", async () => {
    const { sha256Digest } = await load(runtime);
    expect(sha256Digest("abc")).toBe(ABC);
    expect(sha256Digest(LONG_TEXT)).toBe(LONG);
    expect(sha256Digest("")).toBe(EMPTY);
  });
});

describe("the two hashes agree", () => {
  it("on non-ASCII text, hashed as UTF-8", async () => {
    const native = (await load("native one-shot hash")).sha256Digest;
    const streamed = (await load("native createHash only")).sha256Digest;
    const portable = (await load("no native hash")).sha256Digest;
    for (const text of ["最低生活保障", "é", "😀", '{"id":"成员一"}']) {
      expect(portable(text)).toBe(native(text));
      expect(streamed(text)).toBe(native(text));
    }
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every level, drops null and undefined members, keeps arrays in order", async () => {
    const { canonicalJson } = await load("native one-shot hash");
    expect(canonicalJson({ z: 1, a: null, m: { y: [3, 1, { b: undefined, a: "x" }], x: true } })).toBe('{"m":{"x":true,"y":[3,1,{"a":"x"}]},"z":1}');
    expect(canonicalJson([])).toBe("[]");
    expect(canonicalJson({})).toBe("{}");
    expect(canonicalJson([null, undefined, 0])).toBe("[null,null,0]");
    expect(canonicalJson(null)).toBe("null");
    expect(canonicalJson(undefined)).toBe("null");
    expect(canonicalJson("a\"b")).toBe('"a\\"b"');
    expect(canonicalJson({ "b\n": 1, a: 2 })).toBe('{"a":2,"b\\n":1}');
    expect(canonicalJson({ a: { b: null } })).toBe('{"a":{}}');
    expect(canonicalJson({ b: 1, a: undefined, c: 2 })).toBe('{"b":1,"c":2}');
  });

  it("writes valid JSON for any array: a hole and an undefined element are null, as JSON.stringify writes them", async () => {
    const { canonicalJson } = await load("native one-shot hash");
    // Index 1 is a hole (no element at all), not an undefined element.
    const sparse = [1, , 3];
    expect(1 in sparse).toBe(false);
    expect(canonicalJson(sparse)).toBe(JSON.stringify(sparse));
    expect(JSON.parse(canonicalJson(sparse))).toEqual([1, null, 3]);
    expect(canonicalJson([1, undefined, 3])).toBe("[1,null,3]");
  });
});
