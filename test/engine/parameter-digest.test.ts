/**
 * The parameter digest is what an auditor recomputes: SHA-256 of the canonical JSON (keys sorted at
 * every level, absent members dropped) of `{ id, jurisdiction, series }` holding every series of the set. The
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
  it("digests the canonical JSON of the whole set in force: every series, in name order (issue 23)", () => {
    expect(parameterDigest(set)).toBe(sha(text(A, B, C)));
  });

  it("answers the same for the same set, and another digest when any one value differs", () => {
    expect(parameterDigest(set)).toBe(parameterDigest(set));
    const other = compileParameterSet({ ...set.data, series: { ...set.data.series, "b.second": { ...set.data.series["b.second"], values: [{ from: "2024-01-01", value: "701", source: "notice-b", dateStatus: "verified" }] } } });
    expect(parameterDigest(other)).toBe(sha(text(A, B.replace('"700"', '"701"'), C)));
    expect(parameterDigest(other)).not.toBe(parameterDigest(set));
  });

  it("an empty set digests as an empty series object", () => {
    expect(parameterDigest(compileParameterSet({ id: "TEST", jurisdiction: "XX", series: {} }))).toBe(sha(text()));
  });
});
