/**
 * src/engine/same-outcome.ts: what W-INTERPRETATION compares between the household decided as the
 * interpretations stand and under one alternative reading. Equal means equal as canonical JSON (keys in
 * any order, null and absent alike), reasons left out; anything a determination shows besides reasons
 * (a status, an amount, a date, how many referrals) makes two drafts differ.
 */
import { describe, expect, it } from "vitest";
import { sameOutcome, sameValue } from "../../src/engine/same-outcome.js";
import type { Draft } from "../../src/rules/index.js";

describe("sameValue", () => {
  it("is true for the same primitives and false for different ones", () => {
    expect(sameValue("1.00", "1.00")).toBe(true);
    expect(sameValue(true, true)).toBe(true);
    expect(sameValue("1.00", "1.0")).toBe(false);
    expect(sameValue(true, false)).toBe(false);
    expect(sameValue("1", 1)).toBe(false);
  });

  it("takes null and absent alike, and neither as a value", () => {
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue(null, "x")).toBe(false);
    expect(sameValue("x", undefined)).toBe(false);
    expect(sameValue({ a: null }, {})).toBe(true);
    expect(sameValue({}, { a: undefined })).toBe(true);
  });

  it("compares arrays element by element, in order", () => {
    expect(sameValue(["a", "b"], ["a", "b"])).toBe(true);
    expect(sameValue(["a", "b"], ["b", "a"])).toBe(false);
    expect(sameValue(["a"], ["a", "b"])).toBe(false);
    expect(sameValue(["a", "b"], ["a"])).toBe(false);
    expect(sameValue([], [])).toBe(true);
    expect(sameValue([{ x: "1" }], [{ x: "2" }])).toBe(false);
  });

  it("never takes an array for an object, nor an object for an array", () => {
    expect(sameValue([], {})).toBe(false);
    expect(sameValue({}, [])).toBe(false);
    expect(sameValue({ 0: "a" }, ["a"])).toBe(false);
    expect(sameValue("ab", ["a", "b"])).toBe(false);
  });

  it("compares objects by their members, whatever the key order, at every depth", () => {
    expect(sameValue({ a: "1", b: { c: ["x"] } }, { b: { c: ["x"] }, a: "1" })).toBe(true);
    expect(sameValue({ a: "1", b: { c: ["x"] } }, { a: "1", b: { c: ["y"] } })).toBe(false);
    expect(sameValue({ a: "1" }, { a: "1", b: "2" })).toBe(false);
    expect(sameValue({ a: "1", b: "2" }, { a: "1" })).toBe(false);
  });
});

const reason = (outcome: "met" | "not-met") => ({ code: "dibao.income-test", outcome, clauses: ["cq/art-1"], values: {}, missing: [], interpretations: [] });

function draft(parts: { amount?: string; dibaoReason?: "met" | "not-met"; referrals?: string[]; entries?: Array<{ memberId: string; status: string; reason?: "met" | "not-met" }> }): Draft {
  return new Map<string, unknown>([
    ["dibao", { status: "eligible", amount: parts.amount ?? "100.00", reasons: [reason(parts.dibaoReason ?? "met")] }],
    ["singlePersonReferrals", (parts.referrals ?? []).map((memberId) => ({ memberId, status: "refer", reasons: [reason("met")] }))],
    ["specialHardship", (parts.entries ?? []).map(({ memberId, status, reason: r }) => ({ memberId, status, reasons: [reason(r ?? "met")] }))],
  ]);
}

describe("sameOutcome", () => {
  it("leaves the reasons out, in the dibao section and in every entry", () => {
    expect(sameOutcome(draft({ dibaoReason: "met" }), draft({ dibaoReason: "not-met" }))).toBe(true);
    const a = draft({ entries: [{ memberId: "m1", status: "eligible", reason: "met" }] });
    const b = draft({ entries: [{ memberId: "m1", status: "eligible", reason: "not-met" }] });
    expect(sameOutcome(a, b)).toBe(true);
  });

  it("differs when the dibao section differs outside its reasons", () => {
    expect(sameOutcome(draft({ amount: "100.00" }), draft({ amount: "120.00" }))).toBe(false);
  });

  it("differs when there are more or fewer referrals or entries, either way round", () => {
    expect(sameOutcome(draft({ referrals: ["m1"] }), draft({}))).toBe(false);
    expect(sameOutcome(draft({}), draft({ referrals: ["m1"] }))).toBe(false);
    expect(sameOutcome(draft({ entries: [{ memberId: "m1", status: "eligible" }] }), draft({}))).toBe(false);
    expect(sameOutcome(draft({ referrals: ["m1", "m2"] }), draft({ referrals: ["m1", "m2"] }))).toBe(true);
  });

  it("differs when one entry differs, even after equal ones", () => {
    const a = draft({ entries: [{ memberId: "m1", status: "eligible" }, { memberId: "m2", status: "eligible" }] });
    const b = draft({ entries: [{ memberId: "m1", status: "eligible" }, { memberId: "m2", status: "ineligible" }] });
    expect(sameOutcome(a, b)).toBe(false);
    expect(sameOutcome(draft({ referrals: ["m1", "m2"] }), draft({ referrals: ["m1", "m3"] }))).toBe(false);
  });

  it("takes two drafts without a dibao section as the same, and one without as different from one with", () => {
    // A list section no rule wrote counts as its programme's empty list.
    const none: Draft = new Map();
    expect(sameOutcome(none, new Map())).toBe(true);
    expect(sameOutcome(none, new Map([["singlePersonReferrals", []]]))).toBe(true);
    expect(sameOutcome(none, draft({}))).toBe(false);
  });
});
