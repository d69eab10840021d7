/**
 * src/engine/counterfactuals.ts: which interpretations W-INTERPRETATION tries the other reading of.
 * Each is tried exactly when its own situation is present (so a result that depends on it is never
 * missed) and not otherwise (so no household pays for a second decision that cannot change anything).
 * The situations, from rules.md: INT-1 a leap-day birthday on 28 February of a common year (a member's
 * or a supporter's); INT-4 a member's deductions above their income; INT-5 per-capita income equal to
 * the standard; INT-9 a counted member aged 16 or 17; INT-10 a child under 6 not in school who is paid a
 * top-up (in an eligible household, or referred alone); INT-11 social assistance income of a member whose
 * extreme-poverty entry is not already ineligible. Drafts are written by hand: only what the test reads.
 */
import { describe, expect, it } from "vitest";
import { interpretationsToTry } from "../../src/engine/counterfactuals.js";
import { parseHousehold } from "../../src/engine/parse-household.js";
import type { EvaluationContext } from "../../src/facts/context.js";
import { deriveHouseholdFacts } from "../../src/facts/household-facts.js";
import { parsePlainDate, type PlainDate } from "../../src/model/date.js";
import { chongqingParameterSet } from "../../src/policy/parameters.js";
import { DEFAULT_INTERPRETATIONS, type InterpretationId } from "../../src/policy/interpretations.js";
import type { RuleDraft } from "../../src/rules/index.js";
import type { Schooling } from "../../src/model/household.js";
import { household, member, wage } from "../helpers.js";

type Draft = { dibao?: string; referrals?: Array<{ memberId: string; status: string }>; entries?: Array<{ memberId: string; status: string }> };

function tried(input: unknown, asOf: string, draft: Draft = {}, off: InterpretationId[] = []): InterpretationId[] {
  const interpretations = { ...DEFAULT_INTERPRETATIONS, ...Object.fromEntries(off.map((id) => [id, false])) };
  const ctx: EvaluationContext = { asOf, asOfDate: parsePlainDate(asOf) as PlainDate, parameters: chongqingParameterSet(), interpretations, used: new Set() };
  const facts = deriveHouseholdFacts(parseHousehold(input, asOf), ctx);
  const ruleDraft = {
    dibao: { status: draft.dibao ?? "ineligible" },
    singlePersonReferrals: draft.referrals ?? [],
    specialHardship: draft.entries ?? [],
  } as unknown as RuleDraft;
  return interpretationsToTry(facts, ctx, ruleDraft);
}

const ASOF = "2023-10-15";
const adult = (extra = {}) => member("m1", { birthDate: "1980-05-05", ...extra });

describe("interpretationsToTry", () => {
  it("tries nothing for a household in none of the situations", () => {
    expect(tried(household([adult()]), ASOF, { dibao: "eligible", entries: [{ memberId: "m1", status: "eligible" }] })).toEqual([]);
  });

  it("INT-1: a member born on 29 February, only on 28 February of a common year", () => {
    const h = household([adult(), member("m2", { relation: "spouse", birthDate: "1952-02-29" })]);
    expect(tried(h, "2022-02-28")).toEqual(["INT-1"]);
    expect(tried(h, "2022-03-01")).toEqual([]);
    expect(tried(h, "2022-02-27")).toEqual([]);
    expect(tried(h, "2022-02-28", {}, ["INT-1"])).toEqual([]);
  });

  it("INT-1: a supporter born on 29 February, only on 28 February", () => {
    const supporter = (birthDate: string | null) => household([adult({ supporters: [{ relation: "spouse", birthDate }] })]);
    expect(tried(supporter("1952-02-29"), "2022-02-28")).toEqual(["INT-1"]);
    expect(tried(supporter("1952-02-29"), "2022-02-27")).toEqual([]);
    expect(tried(supporter("1952-03-01"), "2022-02-28")).toEqual([]);
    expect(tried(supporter("1952-02-28"), "2022-02-28")).toEqual([]);
    expect(tried(supporter(null), "2022-02-28")).toEqual([]);
  });

  it("INT-4: deductions above a counted member's income", () => {
    const deducted = (monthly: string) => household([adult({ incomes: [wage("100")], deductions: [{ kind: "employment-cost", monthly }] })]);
    expect(tried(deducted("150"), ASOF)).toEqual(["INT-4"]);
    expect(tried(deducted("100"), ASOF)).toEqual([]);
  });

  it("INT-5: per-capita income equal to the standard (urban 735 on 2023-10-15)", () => {
    expect(tried(household([adult({ incomes: [wage("735")] })]), ASOF)).toEqual(["INT-5"]);
    expect(tried(household([adult({ incomes: [wage("734.99")] })]), ASOF)).toEqual([]);
    expect(tried(household([adult({ incomes: [wage("735")] })]), ASOF, {}, ["INT-5"])).toEqual([]);
  });

  it("INT-9: a counted member aged 16 or 17, between the two age limits", () => {
    const aged = (birthDate: string, extra = {}) => tried(household([adult(), member("m2", { relation: "child", birthDate, ...extra })]), ASOF);
    expect(aged("2007-06-01")).toEqual(["INT-9"]); // 16
    expect(aged("2006-06-01")).toEqual(["INT-9"]); // 17
    expect(aged("2008-06-01")).toEqual([]); // 15: under both limits
    expect(aged("2005-06-01")).toEqual([]); // 18: over both
    expect(aged("2007-06-01", { excluded: "imprisoned" })).toEqual([]);
  });

  it("INT-10: a child under 6 not in school, paid a top-up in an eligible household", () => {
    const child = (birthDate: string, schooling?: Schooling) => household([adult({ schooling: "higher" }), member("m2", { relation: "child", birthDate, ...(schooling === undefined ? {} : { schooling }) })]);
    expect(tried(child("2019-06-01"), ASOF, { dibao: "eligible" })).toEqual(["INT-10"]); // 4, schooling not given
    expect(tried(child("2019-06-01", "none"), ASOF, { dibao: "eligible" })).toEqual(["INT-10"]);
    expect(tried(child("2019-06-01", "preschool"), ASOF, { dibao: "eligible" })).toEqual([]); // a student already
    expect(tried(child("2017-06-01"), ASOF, { dibao: "eligible" })).toEqual([]); // 6
    expect(tried(child("2019-06-01"), ASOF, { dibao: "ineligible" })).toEqual([]);
    expect(tried(child("2019-06-01"), ASOF, { dibao: "needs-review" })).toEqual([]);
    // The adult alone, not in school and over 6, is no such child.
    expect(tried(household([adult()]), ASOF, { dibao: "eligible" })).toEqual([]);
  });

  it("INT-10: a child under 6 referred alone out of a household that is not eligible", () => {
    const h = household([adult({ schooling: "higher" }), member("m2", { relation: "child", birthDate: "2019-06-01" })]);
    expect(tried(h, ASOF, { referrals: [{ memberId: "m2", status: "refer" }] })).toEqual(["INT-10"]);
    expect(tried(h, ASOF, { referrals: [{ memberId: "m1", status: "refer" }, { memberId: "m2", status: "refer" }] })).toEqual(["INT-10"]);
    expect(tried(h, ASOF, { referrals: [{ memberId: "m2", status: "needs-review" }] })).toEqual([]);
    expect(tried(h, ASOF, { referrals: [{ memberId: "m1", status: "refer" }] })).toEqual([]);
  });

  it("INT-11: social assistance income of a member not already ineligible for extreme-poverty support", () => {
    const h = household([adult({ incomes: [{ kind: "social-assistance", monthly: "300" }] }), member("m2", { relation: "spouse", incomes: [wage("100")] })]);
    expect(tried(h, ASOF, { entries: [{ memberId: "m1", status: "eligible" }] })).toEqual(["INT-11"]);
    expect(tried(h, ASOF, { entries: [{ memberId: "m1", status: "needs-review" }] })).toEqual(["INT-11"]);
    expect(tried(h, ASOF, { entries: [{ memberId: "m1", status: "ineligible" }] })).toEqual([]);
    expect(tried(h, ASOF, { entries: [{ memberId: "m2", status: "eligible" }] })).toEqual([]);
  });

  it("lists several in catalogue order", () => {
    const h = household([adult({ incomes: [wage("735")] }), member("m2", { relation: "child", birthDate: "2007-06-01" })]);
    // Two members: per-capita 367.50, not the standard; INT-9 for m2 (16).
    expect(tried(h, ASOF)).toEqual(["INT-9"]);
    const both = household([adult({ incomes: [wage("1470")] }), member("m2", { relation: "child", birthDate: "2007-06-01", deductions: [{ kind: "employment-cost", monthly: "1" }] })]);
    // 1 470 / 2 = 735 = S: INT-5; m2 has a deduction and no income: INT-4; m2 is 16: INT-9.
    expect(tried(both, ASOF)).toEqual(["INT-4", "INT-5", "INT-9"]);
  });
});
