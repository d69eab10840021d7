/**
 * R6 coordination (saim/art-15), on drafts written by hand (the rule reads only what R1–R4 decided): a
 * member eligible for extreme-poverty support is flagged when their household is eligible for dibao,
 * or when they are referred alone (status "refer"); not for a household in gradual exit, a referral
 * still under review, or an entry that is not eligible.
 */
import { describe, expect, it } from "vitest";
import { coordinationRule } from "../../../src/rules/special-hardship/coordination.js";


function flagged(dibao: string, referrals: Array<[string, string]>, entries: Array<[string, string]>): string[] | undefined {
  const draft = new Map<string, unknown>([
    ["dibao", { status: dibao }],
    ["singlePersonReferrals", referrals.map(([memberId, status]) => ({ memberId, status }))],
    ["specialHardship", entries.map(([memberId, status]) => ({ memberId, status }))],
  ]);
  const patch = coordinationRule.apply(undefined as never, undefined as never, draft);
  if (patch.warnings === undefined) return undefined;
  expect(patch.warnings).toHaveLength(1);
  expect(patch.warnings[0]?.code).toBe("W-OVERLAP-SPECIAL-HARDSHIP-DIBAO");
  return [...(patch.warnings[0]?.memberIds ?? [])];
}

describe("R6 coordination", () => {
  it("flags the eligible members of a household eligible for dibao, in entry order", () => {
    expect(flagged("eligible", [], [["m1", "eligible"], ["m2", "ineligible"], ["m3", "needs-review"], ["m4", "eligible"]])).toEqual(["m1", "m4"]);
  });

  it("flags an eligible member referred alone, not one whose referral is under review", () => {
    expect(flagged("ineligible", [["m1", "refer"], ["m2", "needs-review"]], [["m1", "eligible"], ["m2", "eligible"]])).toEqual(["m1"]);
    expect(flagged("ineligible", [["m2", "needs-review"]], [["m2", "eligible"]])).toBeUndefined();
  });

  it("does not flag for a household in gradual exit, or under review, without a referral", () => {
    expect(flagged("gradual-exit", [], [["m1", "eligible"]])).toBeUndefined();
    expect(flagged("needs-review", [], [["m1", "eligible"]])).toBeUndefined();
  });

  it("raises nothing when nobody is eligible", () => {
    expect(flagged("eligible", [["m1", "refer"]], [["m1", "ineligible"]])).toBeUndefined();
  });
});
