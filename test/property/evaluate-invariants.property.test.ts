/**
 * Guards what must hold for every valid household, whatever its facts (issue 6): `evaluate` never throws
 * on valid input; it does not touch its input (the input is deep-frozen, so a write throws, and its JSON
 * is compared with the JSON taken before); every money output is ≥ 0 with exactly two decimals; every reason
 * cites at least one clause and every clause it cites is in the catalogue; the same input gives
 * byte-identical JSON. 10⁴ households in `npm test`, 10⁵ in `npm run test:properties:long`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, getClause, type Determination, type HouseholdInput, type Reason } from "../../src/index.js";
import { deepFreeze, householdCaseArb, propertyRuns, propertyOptions, timeoutFor } from "../arbitraries.js";

const RUNS = propertyRuns(10_000);
const DETERMINISM_RUNS = propertyRuns(2_000);
const MONEY = /^\d+\.\d{2}$/;
const SIGNED_MONEY = /^-?\d+\.\d{2}$/;

/** Every money field of the output contract (`docs/contract.md`, "Output: Determination"), with its path. */
function moneyFields(d: Determination): Array<[string, string | null]> {
  const fields: Array<[string, string | null]> = [
    ["figures.countableMonthlyIncome", d.figures.countableMonthlyIncome],
    ["figures.perCapitaMonthlyIncome", d.figures.perCapitaMonthlyIncome],
    ["figures.standard", d.figures.standard],
    ["figures.nearDibaoLine", d.figures.nearDibaoLine],
    ["dibao.monthlyAmount", d.dibao.monthlyAmount],
    ["dibao.baseAmount", d.dibao.baseAmount],
  ];
  d.dibao.topUps.forEach((topUp, i) => fields.push([`dibao.topUps[${i}].amount`, topUp.amount]));
  d.singlePersonReferrals.forEach((referral, i) => fields.push([`singlePersonReferrals[${i}].monthlyAmount`, referral.monthlyAmount]));
  d.specialHardship.forEach((entry, i) => {
    fields.push([`specialHardship[${i}].basicMonthly`, entry.basicMonthly], [`specialHardship[${i}].careMonthly`, entry.careMonthly]);
  });
  return fields;
}

/** Money the reasons show: the amount keys the rules write, checked by the same two-decimal rule. */
const REASON_MONEY_KEYS = new Set([
  "amount",
  "baseAmount",
  "basicMonthly",
  "boundTimesMembers",
  "careMonthly",
  "countableMonthlyIncome",
  "monthlyAmount",
  "nearDibaoLine",
  "ownMonthlyIncome",
  "perCapitaMonthlyIncome",
  "standard",
  "standardTimesMembers",
  "topUp",
  "topUpTotal",
  "upperBound",
]);

function allReasons(d: Determination): Array<[string, Reason]> {
  return [
    ...d.dibao.reasons.map((r, i): [string, Reason] => [`dibao.reasons[${i}]`, r]),
    ...d.singlePersonReferrals.flatMap((x, j) => x.reasons.map((r, i): [string, Reason] => [`singlePersonReferrals[${j}].reasons[${i}]`, r])),
    ...d.specialHardship.flatMap((x, j) => x.reasons.map((r, i): [string, Reason] => [`specialHardship[${j}].reasons[${i}]`, r])),
  ];
}

/** Breaks of the output invariants in one determination, as readable lines (empty when it keeps them). */
function invariantBreaks(determination: Determination, incomeMayBeNegative: boolean): string[] {
  const breaks: string[] = [];
  for (const [path, value] of moneyFields(determination)) {
    if (value === null) continue;
    // INT-4 off lets deductions beyond a member's income offset other income (docs/rules.md R0), so the
    // income figures may then be negative; every amount paid is still ≥ 0.
    const signed = incomeMayBeNegative && (path === "figures.countableMonthlyIncome" || path === "figures.perCapitaMonthlyIncome");
    if (!(signed ? SIGNED_MONEY : MONEY).test(value)) breaks.push(`${path} = ${JSON.stringify(value)}`);
  }
  for (const [path, reason] of allReasons(determination)) {
    if (reason.clauses.length === 0) breaks.push(`${path} (${reason.code}) cites no clause`);
    for (const clause of reason.clauses) if (getClause(clause) === undefined) breaks.push(`${path} (${reason.code}) cites ${clause}, not in the catalogue`);
    for (const [key, value] of Object.entries(reason.values)) {
      if (!REASON_MONEY_KEYS.has(key) || value === null) continue;
      const signed = incomeMayBeNegative && /Income|countable|perCapita/i.test(key);
      if (typeof value !== "string" || !(signed ? SIGNED_MONEY : MONEY).test(value)) breaks.push(`${path}.values.${key} = ${JSON.stringify(value)}`);
    }
  }
  return breaks;
}

describe("evaluate on any valid household (fast-check)", () => {
  it(`never throws, never mutates its input, and keeps the money and clause invariants (${RUNS} households)`, () => {
    fc.assert(
      fc.property(householdCaseArb(), ({ household, asOf, interpretations }) => {
        const before = JSON.stringify(household);
        // Frozen: a write to the input throws (ES modules are strict), so "never throws" covers it.
        const determination = evaluate(deepFreeze(household), { asOf, interpretations });
        expect(JSON.stringify(household), "the input is unchanged").toBe(before);
        expect(invariantBreaks(determination, interpretations?.["INT-4"] === false)).toEqual([]);
      }),
      { numRuns: RUNS, ...propertyOptions() },
    );
  }, timeoutFor(RUNS));

  it(`gives byte-identical JSON for the same input (${DETERMINISM_RUNS} households, each evaluated twice from separate copies)`, () => {
    fc.assert(
      fc.property(householdCaseArb(), ({ household, asOf, interpretations }) => {
        const text = JSON.stringify(household);
        const first = JSON.stringify(evaluate(JSON.parse(text) as HouseholdInput, { asOf, interpretations }));
        const second = JSON.stringify(evaluate(JSON.parse(text) as HouseholdInput, { asOf, interpretations: interpretations === undefined ? undefined : { ...interpretations } }));
        expect(second).toBe(first);
      }),
      { numRuns: DETERMINISM_RUNS, ...propertyOptions() },
    );
  }, timeoutFor(DETERMINISM_RUNS * 2));
});
