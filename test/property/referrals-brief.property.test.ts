/**
 * Guards R3 (single-person-household referral) against an independent reading of the brief
 * (./brief-oracle.ts): for random households, and for households whose income sits on the near-dibao
 * line, the referrals agree field by field — who, by which route, refer or needs-review, and the amount
 * (standard − own income + the person's top-up, INT-8).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, type HouseholdInput } from "../../src/index.js";
import { DIBAO_COUNTABLE_KINDS, centsText, householdCaseArb, propertyRuns, propertyOptions, timeoutFor, type Case } from "../arbitraries.js";
import { oracleDibaoSection, oracleOptions, oracleReferrals, standardCents } from "./brief-oracle.js";

const RUNS = propertyRuns(3_000, 600);

/** Mostly severely disabled or seriously ill members, so that routes are tried; income near the lines. */
const referralCaseArb: fc.Arbitrary<Case> = fc
  .tuple(householdCaseArb(), fc.array(fc.constantFrom("grade-1", "grade-3-mental", "ill", "as-is"), { minLength: 50, maxLength: 50 }), fc.option(fc.constantFrom(2n, 3n), { nil: undefined }), fc.constantFrom(-1n, 0n, 1n))
  .map(([c, kinds, halves, shift]) => {
    type Member = Case["household"]["members"][number];
    let members = c.household.members.map((member, index): Member => {
      const kind = kinds[index] ?? "as-is";
      if (kind === "grade-1") return { ...member, disability: { category: "physical", grade: 1 } };
      if (kind === "grade-3-mental") return { ...member, disability: { category: "mental", grade: 3 } };
      if (kind === "ill") return { ...member, seriousIllness: true };
      return member;
    });
    if (halves !== undefined) {
      // Total countable income on the standard or the 1.5× near-dibao line (times the counted members), or a fen off.
      const counted = members.filter((member) => member.excluded == null).length;
      const line = (standardCents(c.household.area, c.asOf) * BigInt(counted) * halves) / 2n;
      members = members.map((member): Member => ({ ...member, incomes: [], deductions: [] }));
      const first = members.findIndex((member) => member.excluded == null);
      members[first] = { ...(members[first] as Member), incomes: [{ kind: "wage", monthly: centsText(line + shift) }] };
    }
    return { ...c, household: { ...c.household, members } };
  });

/**
 * Regression (fixed): the adult route used to subtract support from siblings or people aged 60+ from the
 * person's countable income even when that income was never counted (a scholarship, a basic pension).
 * The main property leaves `supportFrom` only on countable incomes; the case below pins the fix.
 */
function supportOnlyOnCountableIncome(c: Case): Case {
  const countable = new Set<string>(DIBAO_COUNTABLE_KINDS);
  const members = c.household.members.map((member) => ({
    ...member,
    incomes: member.incomes?.map(({ supportFrom, ...income }) => (countable.has(income.kind) ? { ...income, supportFrom } : income)),
  }));
  return { ...c, household: { ...c.household, members } };
}

describe("single-person referrals against an independent reading of the brief (fast-check)", () => {
  it("support from a sibling on an income that is not counted (a scholarship) does not lower the adult route's own income", () => {
    // docs/rules.md R3 C: support from siblings is "not counted as the person's income"; a scholarship is not counted at all
    // (R0). Own income is the 630.00 wage, not below the rural standard of 630 (from 2025-07-01): no referral.
    const household: HouseholdInput = {
      jurisdiction: "CN-CQ",
      area: "rural",
      members: [
        {
          id: "m1",
          relation: "self",
          birthDate: "1980-01-01",
          employed: false,
          disability: { category: "physical", grade: 1 },
          incomes: [
            { kind: "wage", monthly: "630.00" },
            { kind: "scholarship", monthly: "100.00", supportFrom: "sibling" },
          ],
        },
      ],
      assets: { compliant: false },
    };
    expect(evaluate(household, { asOf: "2025-10-15" }).singlePersonReferrals).toEqual([]);
  });

  it(`agree field by field (${RUNS} households)`, () => {
    const routes = new Map<string, number>();
    fc.assert(
      fc.property(fc.oneof(householdCaseArb(), referralCaseArb).map(supportOnlyOnCountableIncome), ({ household, asOf, interpretations }) => {
        const { singlePersonReferrals } = evaluate(household, { asOf, interpretations });
        const options = { ...oracleOptions(interpretations), int5: interpretations?.["INT-5"] !== false };
        const expected = oracleReferrals(household, asOf, oracleDibaoSection(household, asOf, options).status, options);
        expect(singlePersonReferrals.map(({ reasons: _reasons, ...referral }) => referral)).toEqual(expected);
        for (const referral of expected) routes.set(`${referral.route}/${referral.status}`, (routes.get(`${referral.route}/${referral.status}`) ?? 0) + 1);
      }),
      { numRuns: RUNS, ...propertyOptions() },
    );
    // Not vacuous: every route gives referrals, and some need review.
    if (process.env.MUTATION !== "1") expect(routes.size, JSON.stringify([...routes])).toBeGreaterThanOrEqual(5);
  }, timeoutFor(RUNS));
});
