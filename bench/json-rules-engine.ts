/**
 * The same dibao status and amount (R0 + R1 + R5) in json-rules-engine 7, the way its documentation
 * builds things: JSON rules over facts, custom operators for the comparisons, dynamic facts for derived
 * values (the engine has no arithmetic of its own), events for the results.
 *
 * What the engine receives per household: the facts of `engine-facts.ts` (ages, each member's sums of
 * countable income and deductions as decimal text). In the engine: who is counted, the INT-4 floor, the
 * total, the standard in force (a dynamic fact over the standards table), the income test and property
 * test (rules), the status (which rule fires), the classified top-ups (rules run per counted member in a
 * second engine, the exclusive categories written as mutually exclusive conditions) and the amount
 * S × n − total + top-ups (a dynamic fact, decimal.js arithmetic). Both engines are built once.
 */
import Decimal from "decimal.js";
import { Engine, type Almanac, type RuleProperties } from "json-rules-engine";
import type { DibaoOutcome } from "./hand-written.js";
import type { HouseholdFacts, MemberFacts } from "./engine-facts.js";
import { STANDARDS, TOP_UP } from "./standards.js";

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
type Dec = InstanceType<typeof D>;

function decimalOperators(engine: Engine): void {
  engine.addOperator<Dec, Dec>("decimalLessThan", (fact, value) => fact.lessThan(value));
  engine.addOperator<Dec, Dec>("decimalAtLeast", (fact, value) => fact.greaterThanOrEqualTo(value));
}

/** R5 in rules: the 100 category, else one 60 category, plus 40 if disabled. */
const CHILD_OR_STUDENT = {
  any: [
    { all: [{ fact: "schooling", operator: "equal", value: "none" }, { fact: "age", operator: "lessThan", value: TOP_UP.preschoolMaxAge }] },
    { fact: "schooling", operator: "notEqual", value: "none" },
  ],
};
const SIXTY = {
  any: [
    { all: [{ fact: "grade", operator: "greaterThanInclusive", value: 1 }, { fact: "grade", operator: "lessThanInclusive", value: 2 }] },
    { fact: "seriousIllness", operator: "equal", value: true },
    { fact: "age", operator: "greaterThanInclusive", value: TOP_UP.agedMinAge },
  ],
};
const TOP_UP_RULES: RuleProperties[] = [
  { name: "child-or-student", conditions: { all: [CHILD_OR_STUDENT] }, event: { type: "top-up", params: { amount: TOP_UP.childOrStudent } } },
  { name: "sixty", conditions: { all: [SIXTY, { not: CHILD_OR_STUDENT }] }, event: { type: "top-up", params: { amount: TOP_UP.severelyDisabled } } },
  { name: "disabled", conditions: { all: [{ fact: "disabled", operator: "equal", value: true }] }, event: { type: "top-up", params: { amount: TOP_UP.disabled } } },
];

const INCOME_BELOW = { fact: "totalIncome", operator: "decimalLessThan", value: { fact: "standardTimesMembers" } };
const HOUSEHOLD_RULES: RuleProperties[] = [
  { name: "income-test-failed", conditions: { all: [{ fact: "totalIncome", operator: "decimalAtLeast", value: { fact: "standardTimesMembers" } }] }, event: { type: "ineligible" } },
  { name: "property-test-failed", conditions: { all: [{ fact: "assetsCompliant", operator: "equal", value: false }] }, event: { type: "ineligible" } },
  { name: "property-unknown", conditions: { all: [INCOME_BELOW, { fact: "assetsCompliant", operator: "equal", value: null }] }, event: { type: "needs-review" } },
  {
    name: "eligible",
    conditions: { all: [INCOME_BELOW, { fact: "assetsCompliant", operator: "equal", value: true }] },
    event: { type: "eligible", params: { monthlyAmount: { fact: "monthlyAmount" } } },
  },
];

export interface JsonRulesEngineDibao {
  decide(facts: HouseholdFacts): Promise<DibaoOutcome>;
}

/** Builds the two engines once. */
export function jsonRulesEngineDibao(): JsonRulesEngineDibao {
  const members = new Engine(TOP_UP_RULES, { allowUndefinedFacts: false });

  const household = new Engine(HOUSEHOLD_RULES, { allowUndefinedFacts: false, replaceFactsInEventParams: true });
  decimalOperators(household);
  const counted = async (almanac: Almanac): Promise<MemberFacts[]> => (await almanac.factValue<MemberFacts[]>("members")).filter((member) => member.counted);
  household.addFact("standard", async (_params, almanac) => {
    const area = await almanac.factValue<string>("area");
    const asOf = await almanac.factValue<string>("asOf");
    for (let index = STANDARDS.length - 1; index >= 0; index--) {
      const row = STANDARDS[index];
      if (row !== undefined && row.from <= asOf) return new D(area === "urban" ? row.urban : row.rural);
    }
    throw new RangeError(`no standard on ${asOf}`);
  });
  household.addFact("totalIncome", async (_params, almanac) => {
    let total = new D(0);
    for (const member of await counted(almanac)) {
      const net = new D(member.grossIncome).minus(member.deductions);
      total = total.plus(net.isNegative() ? 0 : net); // INT-4
    }
    return total;
  });
  household.addFact("standardTimesMembers", async (_params, almanac) => (await almanac.factValue<Dec>("standard")).times((await counted(almanac)).length));
  household.addFact("monthlyAmount", async (_params, almanac) => {
    let amount = (await almanac.factValue<Dec>("standardTimesMembers")).minus(await almanac.factValue<Dec>("totalIncome"));
    for (const member of await counted(almanac)) {
      const { events } = await members.run({ ...member });
      for (const event of events) amount = amount.plus(String(event.params?.amount));
    }
    return amount.toFixed(2, Decimal.ROUND_HALF_UP);
  });

  return {
    async decide(facts) {
      const { events } = await household.run({ area: facts.area, asOf: facts.asOf, assetsCompliant: facts.assetsCompliant, members: facts.members });
      if (events.some((event) => event.type === "ineligible")) return { status: "ineligible", monthlyAmount: null };
      if (events.some((event) => event.type === "needs-review")) return { status: "needs-review", monthlyAmount: null };
      const eligible = events.find((event) => event.type === "eligible");
      if (eligible === undefined) throw new Error("no dibao rule fired");
      return { status: "eligible", monthlyAmount: String(eligible.params?.monthlyAmount) };
    },
  };
}
