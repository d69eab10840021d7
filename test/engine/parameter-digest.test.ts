/**
 * The parameter digest is what an auditor recomputes: SHA-256 of the canonical JSON (keys sorted at
 * every level, absent members dropped) of `{ id, jurisdiction, series }` holding the series read. The
 * expected texts below are written out by hand from that definition and hashed with node:crypto, so the
 * test does not lean on the library's own canonical JSON.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parameterDigest } from "../../src/engine/parameter-digest.js";
import { compileParameterSet } from "../../src/policy/parameters.js";

const set = compileParameterSet({
  id: "TEST",
  jurisdiction: "XX",
  series: {
    "b.second": { kind: "money-per-month", unit: "CNY", values: [{ from: "2024-01-01", value: "700", source: "notice-b" }] },
    "a.first": { description: "first", kind: "switch", lastConfirmed: "2024-06-30", values: [{ from: "2023-01-01", value: true, note: "n" }] },
    "c.third": { kind: "clause-ids", values: [{ from: "2022-01-01", value: ["saim/art-33", "saim/art-38"], dateStatus: "estimated", startUnknown: true }] },
  },
});

const sha = (text: string): string => `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;

// The data of each series as compiled: description and unit default to "", source to "caller", dateStatus to "verified".
const A = `"a.first":{"description":"first","kind":"switch","lastConfirmed":"2024-06-30","unit":"","values":[{"dateStatus":"verified","from":"2023-01-01","note":"n","source":"caller","value":true}]}`;
const B = `"b.second":{"description":"","kind":"money-per-month","unit":"CNY","values":[{"dateStatus":"verified","from":"2024-01-01","source":"notice-b","value":"700"}]}`;
const C = `"c.third":{"description":"","kind":"clause-ids","unit":"","values":[{"dateStatus":"estimated","from":"2022-01-01","source":"caller","startUnknown":true,"value":["saim/art-33","saim/art-38"]}]}`;
const text = (...series: string[]): string => `{"id":"TEST","jurisdiction":"XX","series":{${series.join(",")}}}`;

describe("parameterDigest", () => {
  it("digests the canonical JSON of the series read, in name order whatever the order of reading", () => {
    expect(parameterDigest(set, new Set(["c.third", "a.first"]))).toBe(sha(text(A, C)));
    expect(parameterDigest(set, new Set(["a.first", "c.third"]))).toBe(sha(text(A, C)));
    expect(parameterDigest(set, new Set(["b.second", "c.third", "a.first"]))).toBe(sha(text(A, B, C)));
  });

  it("leaves out names the set does not hold, and digests an empty selection as an empty series object", () => {
    expect(parameterDigest(set, new Set(["missing.series", "b.second"]))).toBe(sha(text(B)));
    expect(parameterDigest(set, new Set(["missing.series"]))).toBe(sha(text()));
    expect(parameterDigest(set, new Set())).toBe(sha(text()));
  });

  it("keeps one digest per combination: a combination seen before answers the same, another answers its own", () => {
    const first = parameterDigest(set, new Set(["b.second"]));
    expect(parameterDigest(set, new Set(["a.first"]))).toBe(sha(text(A)));
    expect(parameterDigest(set, new Set(["b.second"]))).toBe(first);
    expect(first).toBe(sha(text(B)));
  });

  it("tells combinations apart across more than 32 series (the key spans several words)", () => {
    const many = compileParameterSet({
      id: "MANY",
      jurisdiction: "XX",
      series: Object.fromEntries(Array.from({ length: 70 }, (_, index) => [`s${String(index).padStart(2, "0")}`, { kind: "count", values: [{ from: "2024-01-01", value: String(index) }] }])),
    });
    const one = (index: number): string => `"s${String(index).padStart(2, "0")}":{"description":"","kind":"count","unit":"","values":[{"dateStatus":"verified","from":"2024-01-01","source":"caller","value":"${index}"}]}`;
    const digest = (...indexes: number[]): string => `sha256:${createHash("sha256").update(`{"id":"MANY","jurisdiction":"XX","series":{${indexes.map(one).join(",")}}}`).digest("hex")}`;
    // Positions 1, 33 and 65 share their bit within a word: only the word tells them apart.
    expect(parameterDigest(many, new Set(["s01"]))).toBe(digest(1));
    expect(parameterDigest(many, new Set(["s33"]))).toBe(digest(33));
    expect(parameterDigest(many, new Set(["s65"]))).toBe(digest(65));
    expect(parameterDigest(many, new Set(["s65", "s01"]))).toBe(digest(1, 65));
    expect(parameterDigest(many, new Set(["s31", "s32", "s63", "s64", "s00"]))).toBe(digest(0, 31, 32, 63, 64));
    // Words 1 and 10 (s00; s33 and s35) against word 11 (s00, s01, s03): written without a separator both would read "1100".
    expect(parameterDigest(many, new Set(["s00", "s33", "s35"]))).toBe(digest(0, 33, 35));
    expect(parameterDigest(many, new Set(["s00", "s01", "s03"]))).toBe(digest(0, 1, 3));
  });
});
