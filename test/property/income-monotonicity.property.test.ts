/**
 * Guards the direction of the income test (docs/rules.md R0, R1): for a household that does not receive dibao
 * today, raising one countable income of a counted member never raises the dibao amount, never turns an
 * ineligible household eligible (nor into needs-review), and lowers the amount by exactly the raise when
 * no deduction floor is involved (base = S × n − total countable income).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, type Determination } from "../../src/index.js";
import { DIBAO_COUNTABLE_KINDS, centsText, householdCaseArb, moneyToCents, propertyRuns, propertyOptions, timeoutFor, type Case } from "../arbitraries.js";

const RUNS = propertyRuns(3_000);

type Household = Case["household"];
type MemberInput = Household["members"][number];

interface Raise {
  /** Which counted member (modulo their number). */
  readonly member: number;
  /** Which of their countable incomes to raise (modulo their number); a new income when they have none or `add` is set. */
  readonly income: number;
  readonly add: boolean;
  readonly kind: (typeof DIBAO_COUNTABLE_KINDS)[number];
  readonly cents: bigint;
}

const raiseArb: fc.Arbitrary<Raise> = fc.record({
  member: fc.nat(),
  income: fc.nat(),
  add: fc.boolean(),
  kind: fc.constantFrom(...DIBAO_COUNTABLE_KINDS),
  cents: fc.oneof(fc.bigInt({ min: 1n, max: 100n }), fc.bigInt({ min: 1n, max: 300_000n })),
});

function notReceiving(c: Case): Case {
  const status = c.household.status;
  if (status == null) return c;
  const { dibao: _dibao, gradualExit: _window, ...rest } = status;
  return { ...c, household: { ...c.household, status: rest } };
}

/** The household with one countable income of one counted member raised; the index of that member. */
function raised(household: Household, raise: Raise): { household: Household; index: number } {
  const counted = household.members.map((member, index) => ({ member, index })).filter(({ member }) => member.excluded == null);
  const target = counted[raise.member % counted.length] ?? { member: household.members[0] as MemberInput, index: 0 };
  const incomes = [...(target.member.incomes ?? [])];
  const countable = incomes.map((income, index) => ({ income, index })).filter(({ income }) => (DIBAO_COUNTABLE_KINDS as readonly string[]).includes(income.kind));
  const chosen = countable[raise.income % Math.max(1, countable.length)];
  // The contract caps amounts at 12 integer digits: a raise that would pass it goes into a new income.
  if (raise.add || chosen === undefined || moneyToCents(chosen.income.monthly) + raise.cents >= 100_000_000_000_000n) {
    incomes.push({ kind: raise.kind, monthly: centsText(raise.cents) });
  } else {
    incomes[chosen.index] = { ...chosen.income, monthly: centsText(moneyToCents(chosen.income.monthly) + raise.cents) };
  }
  const members = household.members.map((member, index) => (index === target.index ? { ...member, incomes } : member));
  return { household: { ...household, members }, index: target.index };
}

function amountCents(d: Determination): bigint {
  return moneyToCents(d.dibao.monthlyAmount ?? "0");
}

describe("raising a countable income (fast-check)", () => {
  it(`never raises a non-recipient's dibao amount nor makes an ineligible household eligible (${RUNS} households)`, () => {
    fc.assert(
      fc.property(householdCaseArb().map(notReceiving), raiseArb, ({ household, asOf, interpretations }, raise) => {
        const before = evaluate(household, { asOf, interpretations });
        const { household: richer, index } = raised(household, raise);
        const after = evaluate(richer, { asOf, interpretations });

        if (before.dibao.status === "ineligible") expect(after.dibao.status).toBe("ineligible");
        if (after.dibao.status === "eligible") expect(before.dibao.status).toBe("eligible");
        if (before.dibao.status === "eligible" && after.dibao.status === "eligible") {
          const drop = amountCents(before) - amountCents(after);
          expect(drop >= 0n, `amount ${before.dibao.monthlyAmount} → ${after.dibao.monthlyAmount}`).toBe(true);
          expect(drop <= raise.cents, `amount fell by more than the raise (${centsText(raise.cents)})`).toBe(true);
          // No deduction that could floor: the amount falls by the raise exactly. Under INT-4 (default) only the
          // raised member's own income floors at 0; under its other reading a member's excess deduction offsets
          // the others' income and the household total floors at 0, so any member's deduction can absorb a raise.
          const perMember = interpretations?.["INT-4"] !== false;
          const deductions = perMember ? (household.members[index]?.deductions ?? []) : household.members.flatMap((member) => member.deductions ?? []);
          if (deductions.length === 0) expect(centsText(drop)).toBe(centsText(raise.cents));
        }
      }),
      { numRuns: RUNS, ...propertyOptions() },
    );
  }, timeoutFor(RUNS * 2));
});
