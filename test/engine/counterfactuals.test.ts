/**
 * src/engine/counterfactuals.ts with the rules' interpretation record: which interpretations
 * W-INTERPRETATION tries the other reading of. A rule records an interpretation where the other reading
 * would decide differently at that point, so each is tried exactly when its own situation is present (a
 * result that depends on it is never missed) and not otherwise (no household pays for a second decision
 * that cannot change anything). Only contested interpretations are tried (docs/rules.md "Warnings"): the
 * situations are INT-4 a member's deductions above their income while another member has income they
 * would offset; INT-5 per-capita income equal to the standard; INT-9 a counted member aged 16 or 17;
 * INT-11 social assistance income of a member R4 assesses. INT-1 (a leap-day birthday), INT-10 (a child
 * under 6 not in school) and INT-12 (supporters in the household) are settled: never tried. Households
 * are decided through the registry's rules.
 */
import { describe, expect, it } from "vitest";
import { interpretationsToTry } from "../../src/engine/counterfactuals.js";
import { parseHousehold } from "../../src/engine/parse-household.js";
import type { EvaluationContext } from "../../src/facts/context.js";
import { deriveHouseholdFacts } from "../../src/facts/household-facts.js";
import { parsePlainDate, type PlainDate } from "../../src/model/date.js";
import { chongqingParameterSet } from "../../src/policy/parameters.js";
import { DEFAULT_INTERPRETATIONS, type InterpretationId } from "../../src/policy/interpretations.js";
import { PROGRAMMES } from "../../src/rules/index.js";
import type { HouseholdInput, Schooling } from "../../src/model/household.js";
import { household, member, wage } from "../helpers.js";

/** Decides `input` through every programme's rules and lists the interpretations to try. */
function tried(input: HouseholdInput, asOf: string, off: InterpretationId[] = []): InterpretationId[] {
  const interpretations = { ...DEFAULT_INTERPRETATIONS, ...Object.fromEntries(off.map((id) => [id, false])) };
  const ctx: EvaluationContext = { asOf, asOfDate: parsePlainDate(asOf) as PlainDate, parameters: chongqingParameterSet(), interpretations, used: new Set(), consulted: new Set() };
  const facts = deriveHouseholdFacts(parseHousehold(input, asOf), ctx);
  const draft = new Map<string, unknown>();
  for (const programme of PROGRAMMES) {
    for (const rule of programme.rules) {
      const patch = rule.apply(facts, ctx, draft);
      if (patch.section !== undefined) draft.set(programme.section.key, patch.section);
    }
  }
  return interpretationsToTry(ctx);
}

const ASOF = "2023-10-15";
const adult = (extra = {}) => member("m1", { birthDate: "1980-05-05", ...extra });

describe("interpretationsToTry", () => {
  it("tries nothing for a household in none of the situations", () => {
    expect(tried(household([adult()]), ASOF)).toEqual([]);
    expect(tried(household([member("m1", { birthDate: "1950-05-05" })]), ASOF)).toEqual([]);
  });

  it("INT-1 is settled: a leap-day birthday on 28 February of a common year is never tried (a member's or a supporter's)", () => {
    expect(tried(household([adult(), member("m2", { relation: "spouse", birthDate: "1952-02-29" })]), "2022-02-28")).toEqual([]);
    expect(tried(household([adult({ supporters: [{ relation: "spouse", birthDate: "1952-02-29" }] })]), "2022-02-28")).toEqual([]);
  });

  it("INT-4: deductions above a counted member's income, where another member's income would absorb the excess", () => {
    const deducted = (monthly: string, other = "200") =>
      household([adult({ incomes: [wage("100")], deductions: [{ kind: "employment-cost", monthly }] }), member("m2", { relation: "spouse", incomes: [wage(other)] })]);
    expect(tried(deducted("150"), ASOF)).toEqual(["INT-4"]);
    expect(tried(deducted("100"), ASOF)).toEqual([]); // no excess
    expect(tried(deducted("150", "0"), ASOF)).toEqual([]); // nothing to offset: both totals are 0
    // A person alone: both readings floor the total at 0, so the reading cannot matter.
    expect(tried(household([adult({ incomes: [wage("100")], deductions: [{ kind: "employment-cost", monthly: "150" }] })]), ASOF)).toEqual([]);
  });

  it("INT-5: a recipient's per-capita income equal to the standard (urban 735 on 2023-10-15)", () => {
    const recipient = { status: { dibao: { since: "2022-01-01", monthlyAmount: "300" } } };
    expect(tried(household([adult({ incomes: [wage("735")] })], recipient), ASOF)).toEqual(["INT-5"]);
    expect(tried(household([adult({ incomes: [wage("734.99")] })], recipient), ASOF)).toEqual([]);
    expect(tried(household([adult({ incomes: [wage("735")] })], recipient), ASOF, ["INT-5"])).toEqual([]);
    // Not a recipient: no window is considered, so the reading cannot matter.
    expect(tried(household([adult({ incomes: [wage("735")] })]), ASOF)).toEqual([]);
  });

  it("INT-9: a counted member aged 16 or 17, between the two age limits", () => {
    const aged = (birthDate: string, extra = {}) => tried(household([adult(), member("m2", { relation: "child", birthDate, ...extra })]), ASOF);
    expect(aged("2007-06-01")).toEqual(["INT-9"]); // 16
    expect(aged("2006-06-01")).toEqual(["INT-9"]); // 17
    expect(aged("2008-06-01")).toEqual([]); // 15: under both limits
    expect(aged("2005-06-01")).toEqual([]); // 18: over both
    expect(aged("2007-06-01", { excluded: "imprisoned" })).toEqual([]);
  });

  it("INT-10 is settled: a child under 6 not in school paid a top-up is never tried", () => {
    // Urban 2023-10-15, S = 735: no income → eligible, the 4-year-old is paid the preschool top-up (INT-10).
    const child = (schooling?: Schooling) =>
      household([adult({ schooling: "higher" }), member("m2", { relation: "child", birthDate: "2019-06-01", ...(schooling === undefined ? {} : { schooling }) })]);
    expect(tried(child(), ASOF)).toEqual([]);
    expect(tried(child("none"), ASOF)).toEqual([]);
    // Referred alone (route B) out of a household that is not eligible: still not tried.
    expect(tried(household([adult({ schooling: "higher", incomes: [wage("1800")] }), member("m2", { relation: "child", birthDate: "2019-06-01", seriousIllness: true })]), ASOF)).toEqual([]);
  });

  it("INT-11: social assistance income of a member R4 assesses", () => {
    const h = (kind: "social-assistance" | "wage") => household([adult({ incomes: [{ kind, monthly: "300" }] }), member("m2", { relation: "spouse", incomes: [wage("100")] })]);
    expect(tried(h("social-assistance"), ASOF)).toEqual(["INT-11"]);
    expect(tried(h("wage"), ASOF)).toEqual([]);
    expect(tried(h("social-assistance"), ASOF, ["INT-11"])).toEqual([]);
  });

  it("lists several in catalogue order", () => {
    const h = household([adult({ incomes: [wage("735")] }), member("m2", { relation: "child", birthDate: "2007-06-01" })]);
    // Two members: per-capita 367.50, not the standard; INT-9 for m2 (16).
    expect(tried(h, ASOF)).toEqual(["INT-9"]);
    const both = household([adult({ incomes: [wage("1470")] }), member("m2", { relation: "child", birthDate: "2007-06-01", deductions: [{ kind: "employment-cost", monthly: "1" }] })], {
      status: { dibao: { since: "2022-01-01", monthlyAmount: "300" } },
    });
    // A recipient: 1 470 / 2 = 735 = S: INT-5; m2's deduction of 1 exceeds their income, which m1's 1 470 would absorb: INT-4; m2 is 16: INT-9.
    expect(tried(both, ASOF)).toEqual(["INT-4", "INT-5", "INT-9"]);
  });
});
