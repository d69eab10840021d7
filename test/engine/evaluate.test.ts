/** The determination as a whole: contract fields, determinism, digests, purity, warnings. */
import { describe, expect, it } from "vitest";
import { ENGINE_VERSION, InvalidHouseholdError, InvalidOptionsError, canonicalJson, evaluate } from "../../src/index.js";
import { household, member, wage } from "../helpers.js";

const h = household([member("m1", { incomes: [wage("1200")] }), member("m2"), member("m3", { birthDate: "2012-01-01", schooling: "compulsory" })], { id: "cq-2023-000123" });

describe("evaluate", () => {
  it("returns the contract's determination (the output contract, docs/contract.md: the brief's example figures)", () => {
    // 2023-10-15, urban S = 735: per-capita 400; base 735×3 − 1200 = 1005; student 100 → 1105.
    const d = evaluate(h, { asOf: "2023-10-15" });
    expect(d).toMatchObject({
      schema: "social-assistance-rules/determination@1.1",
      householdId: "cq-2023-000123",
      asOf: "2023-10-15",
      jurisdiction: "CN-CQ",
      engine: { name: "social-assistance-rules", version: ENGINE_VERSION },
      parameterSet: { id: "CN-CQ" },
      figures: { countedMembers: 3, countableMonthlyIncome: "1200.00", perCapitaMonthlyIncome: "400.00", standard: "735.00", nearDibaoLine: "1102.50" },
      dibao: { status: "eligible", monthlyAmount: "1105.00", baseAmount: "1005.00", topUps: [{ memberId: "m3", amount: "100.00", categories: ["student"] }], paymentStart: "2023-11-01", stopFrom: null, window: null },
      singlePersonReferrals: [],
      warnings: [],
    });
    expect(d.parameterSet.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(d.inputDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(d.specialHardship.map((e) => e.memberId)).toEqual(["m1", "m2", "m3"]);
  });

  it("is deterministic: same input, same bytes", () => {
    expect(JSON.stringify(evaluate(h, { asOf: "2023-10-15" }))).toBe(JSON.stringify(evaluate(structuredClone(h), { asOf: "2023-10-15" })));
  });

  it("does not mutate its input", () => {
    const input = structuredClone(h);
    const frozen = JSON.stringify(input);
    evaluate(input, { asOf: "2023-10-15" });
    expect(JSON.stringify(input)).toBe(frozen);
  });

  it("digests the canonical input: money spelling, key order and null vs absent do not matter", () => {
    const a = evaluate(household([member("m1", { incomes: [{ kind: "wage", monthly: "1200" }] })]), { asOf: "2023-10-15" });
    const b = evaluate({ area: "urban", jurisdiction: "CN-CQ", assets: { compliant: true }, members: [{ birthDate: "1980-05-05", relation: "self", id: "m1", excluded: null, incomes: [{ monthly: 1200, kind: "wage" }] }] }, { asOf: "2023-10-15" });
    expect(b.inputDigest).toBe(a.inputDigest);
    const c = evaluate(household([member("m1", { incomes: [{ kind: "wage", monthly: "1200.01" }] })]), { asOf: "2023-10-15" });
    expect(c.inputDigest).not.toBe(a.inputDigest);
  });

  it("digests the parameter data it used: an override of a series it read changes the digest", () => {
    const shipped = evaluate(h, { asOf: "2023-10-15" }).parameterSet.digest;
    const reform = evaluate(h, { asOf: "2023-10-15", parameters: { series: { "dibao.standard.urban": { values: [{ from: "2030-01-01", value: "900" }] } } } }).parameterSet.digest;
    expect(reform).not.toBe(shipped);
    expect(evaluate(h, { asOf: "2023-10-15" }).parameterSet.digest).toBe(shipped);
  });

  it("warns when parameters may be stale: from 12 months after their last confirmation (2025-07-01)", () => {
    expect(evaluate(h, { asOf: "2026-06-30" }).warnings).toEqual([]);
    const stale = evaluate(h, { asOf: "2026-07-01" }).warnings;
    expect(stale.map((w) => w.code)).toEqual(["W-PARAMETERS-MAY-BE-STALE"]);
    expect(stale[0]?.parameters).toContain("dibao.standard.urban");
  });

  it("warns inside the uncertainty span of an estimated start (the 2019 standards row)", () => {
    // Before 2021-07-01 the 2021 measures are cited in place of the ones they replaced (W-CLAUSE-BEFORE-INSTRUMENT, issue 24).
    expect(evaluate(h, { asOf: "2018-12-31" }).warnings.map((w) => w.code)).toEqual(["W-CLAUSE-BEFORE-INSTRUMENT"]);
    const inSpan = evaluate(h, { asOf: "2019-03-01" }).warnings;
    expect(inSpan.map((w) => w.code)).toEqual(["W-CLAUSE-BEFORE-INSTRUMENT", "W-PARAMETER-DATE-ESTIMATED"]);
    expect(inSpan[1]?.parameters).toContain("dibao.standard.urban");
  });

  it("merges warnings into one per code, sorted by code", () => {
    const d = evaluate(household([member("m1", { incomes: [{ kind: "basic-pension", monthly: "100" }] })]), { asOf: "2026-08-15" });
    expect(d.warnings.map((w) => w.code)).toEqual(["W-BASIC-PENSION-EXCLUSION-ASSUMED", "W-PARAMETERS-MAY-BE-STALE"]);
  });

  it("records interpretations switched off, and rejects unknown or fixed ones", () => {
    expect(evaluate(h, { asOf: "2023-10-15", interpretations: { "INT-10": false } }).interpretationsOff).toEqual(["INT-10"]);
    expect(evaluate(h, { asOf: "2023-10-15" }).interpretationsOff).toBeUndefined();
    expect(() => evaluate(h, { asOf: "2023-10-15", interpretations: { "INT-2": false } as never })).toThrow(InvalidOptionsError);
    expect(() => evaluate(h, { asOf: "2023-10-15", interpretations: { "INT-99": true } as never })).toThrow(InvalidOptionsError);
  });

  it("rejects bad options and bad households with their own errors", () => {
    expect(() => evaluate(h, { asOf: "2023-02-29" })).toThrow(InvalidOptionsError);
    expect(() => evaluate(h, undefined as never)).toThrow(InvalidOptionsError);
    expect(() => evaluate({ ...h, area: "town" } as never, { asOf: "2023-10-15" })).toThrow(InvalidHouseholdError);
    expect(() => evaluate(null as never, { asOf: "2023-10-15" })).toThrow(InvalidHouseholdError);
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every level and drops undefined and null members", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: null, y: 2 }], c: undefined } })).toBe('{"a":{"d":[1,{"y":2}]},"b":1}');
  });
});
