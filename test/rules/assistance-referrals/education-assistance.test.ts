/**
 * R9 education assistance (src/rules/assistance-referrals/education-assistance.ts) on a draft written by
 * hand: the household is dibao (R1 eligible), so only the member's own schooling, disability and age decide
 * whether a route can apply. The compulsory-school ages of a disabled child out of school
 * (`education-assistance.disabled-child.min-age` 6 / `max-age` 15, saim/art-33) are parameters: read (and so
 * in the determination's parameter digest, "the parameter data actually used") only for such a child.
 */
import { describe, expect, it } from "vitest";
import { parseHousehold } from "../../../src/engine/parse-household.js";
import type { EvaluationContext } from "../../../src/facts/context.js";
import { deriveHouseholdFacts } from "../../../src/facts/household-facts.js";
import { parsePlainDate, type PlainDate } from "../../../src/model/date.js";
import type { HouseholdInput } from "../../../src/model/household.js";
import { DEFAULT_INTERPRETATIONS } from "../../../src/policy/interpretations.js";
import { chongqingParameterSet } from "../../../src/policy/parameters.js";
import { educationReferrals } from "../../../src/rules/assistance-referrals/education-assistance.js";
import { assistanceGroups } from "../../../src/rules/assistance-referrals/groups.js";
import { household, member } from "../../helpers.js";

const AGES = ["education-assistance.disabled-child.min-age", "education-assistance.disabled-child.max-age"];

function educationOf(input: HouseholdInput, asOf = "2024-10-15") {
  const ctx: EvaluationContext = { asOf, asOfDate: parsePlainDate(asOf) as PlainDate, parameters: chongqingParameterSet(), interpretations: DEFAULT_INTERPRETATIONS, used: new Set(), consulted: new Set() };
  const facts = deriveHouseholdFacts(parseHousehold(input, asOf), ctx);
  const tier = { status: "not-member", reasons: [] };
  const draft = new Map<string, unknown>([
    ["dibao", { status: "eligible", reasons: [] }],
    ["singlePersonReferrals", []],
    ["specialHardship", []],
    ["lowIncome", { dibaoEdge: tier, rigidExpenditure: tier }],
  ]);
  // Only what education reads is of interest: the groups are worked out before it, as the programme does.
  const groups = assistanceGroups(facts, ctx, draft);
  ctx.used.clear();
  return { entries: educationReferrals(facts, ctx, groups), used: [...ctx.used] };
}

const parent = { relation: "parent" as const, birthDate: "1980-05-05", specialHardship: false };

describe("a member out of school", () => {
  it("not disabled: no entry, and the disabled child's ages are not read", () => {
    // m2, 9 on 2024-10-15, out of school, no disability: no route of saim/art-33 can apply, whatever the age.
    const { entries, used } = educationOf(household([member("m1"), member("m2", { relation: "child", birthDate: "2015-01-01", schooling: "none", supporters: [parent] })]));
    expect(entries).toEqual([]);
    expect(used.filter((name) => AGES.includes(name))).toEqual([]);
  });

  it("a disabled child of 9 in a dibao household: referred, and the ages that decided it are read", () => {
    const { entries, used } = educationOf(
      household([member("m1"), member("m2", { relation: "child", birthDate: "2015-01-01", schooling: "none", disability: { category: "physical", grade: 1 }, supporters: [parent] })]),
    );
    expect(entries.map((entry) => [entry.memberId, entry.status, entry.groups])).toEqual([["m2", "refer", ["dibao", "disabled"]]]);
    expect(entries[0]?.reasons[0]).toMatchObject({ code: "assistance-referrals.education.out-of-school-disabled-child", values: { memberId: "m2", age: 9, minAge: 6, maxAge: 15 } });
    expect(used.filter((name) => AGES.includes(name))).toEqual(AGES);
  });
});
