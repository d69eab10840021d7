/**
 * Guards R0, R1 and R5 against an independent reading of the brief (./brief-oracle.ts, integer cents):
 * for random households the figures (counted members, countable and per-capita income, standard,
 * near-dibao line) always agree, and for a household that does not receive dibao today the whole dibao
 * section agrees field by field: status, amount, base amount, top-ups per member, payment start; and
 * for any household, recipients and gradual-exit windows included (R2), the whole section agrees too.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, type Determination } from "../../src/index.js";
import { centsText, householdCaseArb, propertyRuns, propertyOptions, timeoutFor, type Case } from "../arbitraries.js";
import { oracleDibao, oracleDibaoSection, oracleFigures, oracleOptions, standardCents } from "./brief-oracle.js";

const RUNS = propertyRuns(3_000);

/** What the oracle decides of a dibao section: everything but the reasons and the top-up categories. */
function decided(dibao: Determination["dibao"]) {
  return {
    status: dibao.status,
    monthlyAmount: dibao.monthlyAmount,
    baseAmount: dibao.baseAmount,
    topUps: dibao.topUps.map(({ memberId, amount }) => ({ memberId, amount })),
    paymentStart: dibao.paymentStart,
    stopFrom: dibao.stopFrom,
    window: dibao.window,
  };
}

/** The same household with no dibao today and no window running on asOf (an ended window stays: R2 then does not apply). */
function notReceiving(c: Case): Case {
  const status = c.household.status;
  if (status == null) return c;
  const { dibao: _dibao, gradualExit, ...rest } = status;
  const keepWindow = gradualExit != null && gradualExit.end < c.asOf;
  return { ...c, household: { ...c.household, status: keepWindow ? { ...rest, gradualExit } : rest } };
}

/**
 * The same household with its countable income put exactly on a line the rules compare with: the
 * standard, 1.5× or 2× it (times the counted members), or one fen either side. The first counted member
 * earns it all as wages; everyone else's incomes and deductions are cleared.
 */
const atBoundaryArb: fc.Arbitrary<Case> = fc
  .tuple(householdCaseArb(), fc.constantFrom(2n, 3n, 4n), fc.constantFrom(-1n, 0n, 0n, 1n))
  .map(([c, halves, shift]) => {
    type Member = Case["household"]["members"][number];
    const members = c.household.members.map((member): Member => ({ ...member, incomes: [], deductions: [] }));
    const counted = members.filter((member) => member.excluded == null);
    const line = (standardCents(c.household.area, c.asOf) * BigInt(counted.length) * halves) / 2n;
    const first = members.findIndex((member) => member.excluded == null);
    members[first] = { ...(members[first] as Member), incomes: [{ kind: "wage", monthly: centsText(line + shift) }] };
    return { ...c, household: { ...c.household, members } };
  });

describe("dibao against an independent reading of the brief (fast-check)", () => {
  it(`agrees on the figures of any household (${RUNS} households)`, () => {
    fc.assert(
      fc.property(householdCaseArb(), ({ household, asOf, interpretations }) => {
        const determination = evaluate(household, { asOf, interpretations });
        expect(determination.figures).toEqual(oracleFigures(household, asOf, oracleOptions(interpretations)));
      }),
      { numRuns: RUNS, ...propertyOptions() },
    );
  }, timeoutFor(RUNS));

  it(`agrees field by field on the dibao section of a household not receiving dibao (${RUNS} households)`, () => {
    fc.assert(
      fc.property(householdCaseArb().map(notReceiving), ({ household, asOf, interpretations }) => {
        const { dibao } = evaluate(household, { asOf, interpretations });
        const expected = oracleDibao(household, asOf, oracleOptions(interpretations));
        expect(decided(dibao)).toEqual(expected);
        // Top-up categories: "disabled" exactly when the member is disabled, plus at most one of the other four.
        for (const topUp of dibao.topUps) {
          const member = household.members.find((m) => m.id === topUp.memberId);
          expect(topUp.categories.includes("disabled")).toBe(member?.disability != null);
          expect(topUp.categories.filter((category) => category !== "disabled").length).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: RUNS, ...propertyOptions() },
    );
  }, timeoutFor(RUNS));

  it(`agrees field by field on the dibao section of any household, recipients and windows included (${RUNS} households)`, () => {
    const statuses = new Map<string, number>();
    fc.assert(
      fc.property(householdCaseArb(), ({ household, asOf, interpretations }) => {
        const { dibao } = evaluate(household, { asOf, interpretations });
        const expected = oracleDibaoSection(household, asOf, { ...oracleOptions(interpretations), int5: interpretations?.["INT-5"] !== false });
        expect(decided(dibao)).toEqual(expected);
        statuses.set(expected.status, (statuses.get(expected.status) ?? 0) + 1);
      }),
      { numRuns: RUNS, ...propertyOptions() },
    );
    // Not vacuous: every status occurs among the generated households.
    if (process.env.MUTATION !== "1") expect([...statuses.keys()].sort()).toEqual(["eligible", "gradual-exit", "ineligible", "needs-review"]);
  }, timeoutFor(RUNS));

  it(`agrees on the dibao section when income sits on the standard, 1.5× or 2× it, or a fen either side (${RUNS} households)`, () => {
    fc.assert(
      fc.property(atBoundaryArb, ({ household, asOf, interpretations }) => {
        const { dibao, figures } = evaluate(household, { asOf, interpretations });
        const options = { ...oracleOptions(interpretations), int5: interpretations?.["INT-5"] !== false };
        expect(figures).toEqual(oracleFigures(household, asOf, options));
        expect(decided(dibao)).toEqual(oracleDibaoSection(household, asOf, options));
      }),
      { numRuns: RUNS, ...propertyOptions() },
    );
  }, timeoutFor(RUNS));
});
