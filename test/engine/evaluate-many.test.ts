/** evaluateMany: one result per household, in order; a bad household is answered in place, never thrown. */
import { describe, expect, it } from "vitest";
import { generatePopulation } from "../../bench/population.js";
import { canonicalJson, evaluate, evaluateMany, InvalidHouseholdError, InvalidOptionsError, type EvaluateManyResult, type HouseholdInput } from "../../src/index.js";
import { canonicalValidHousehold, parseValidHousehold } from "../../src/model/household-fast.js";
import {
  circumstancesSchema,
  deductionSchema,
  disabilitySchema,
  expenditureItemSchema,
  householdSchema,
  housingSchema,
  incomeSchema,
  memberSchema,
  rigidExpenditureSchema,
  shockSchema,
  statusSchema,
  supporterSchema,
} from "../../src/model/household.js";
import { household, member, wage } from "../helpers.js";

const ASOF = "2024-10-15";
const good = household([member("m1", { incomes: [wage("300")] }), member("m2", { relation: "child", birthDate: "2015-03-03", schooling: "compulsory" })]);
const invalid = household([member("m1", { birthDate: "2023-02-30" })]);

function determinationOf(result: EvaluateManyResult | undefined) {
  if (result?.ok !== true) throw new Error(`expected a determination, got ${JSON.stringify(result)}`);
  return result.determination;
}

describe("evaluateMany", () => {
  it("gives what evaluate gives, household by household, in order", () => {
    const cases = generatePopulation({ count: 300, asOf: ASOF, recipients: true });
    const households = cases.map((entry) => entry.household);
    const results = evaluateMany(households, { asOf: ASOF });
    expect(results).toHaveLength(households.length);
    results.forEach((result, index) => expect(determinationOf(result)).toEqual(evaluate(households[index] as HouseholdInput, { asOf: ASOF })));
    // 600 determinations of six sections each, compared deeply: beyond the default 5 s on a loaded machine.
  }, 60_000);

  it("answers a bad household in its place and goes on", () => {
    const results = evaluateMany([good, invalid, "not a household", good], { asOf: ASOF });
    expect(results.map((result) => result.ok)).toEqual([true, false, false, true]);
    const [, second, third, fourth] = results;
    if (second?.ok !== false || third?.ok !== false) throw new Error("expected errors");
    expect(second.error).toBeInstanceOf(InvalidHouseholdError);
    expect(second.error.issues).toEqual([{ path: "members[0].birthDate", message: expect.stringContaining("real calendar date") as unknown as string }]);
    expect(third.error).toBeInstanceOf(InvalidHouseholdError);
    expect(determinationOf(fourth)).toEqual(evaluate(good, { asOf: ASOF }));
  });

  it("answers in place an option that fails for one household only", () => {
    // A date before the first standard the shipped set holds is an options error for that household.
    const results = evaluateMany([good], { asOf: "2017-06-01" });
    const [only] = results;
    if (only?.ok !== false) throw new Error("expected an error");
    expect(only.error).toBeInstanceOf(InvalidOptionsError);
    expect(only.error.issues[0]?.path).toBe("asOf");
  });

  it("throws once for options no household could be decided with", () => {
    expect(() => evaluateMany([good, good], { asOf: "2024-02-30" })).toThrow(InvalidOptionsError);
    expect(() => evaluateMany([good], { asOf: ASOF, interpretations: { "INT-2": false } as never })).toThrow(InvalidOptionsError);
  });

  it("takes any iterable, and an empty one gives no results", () => {
    function* two(): Generator<unknown> {
      yield good;
      yield good;
    }
    expect(evaluateMany(two(), { asOf: ASOF })).toHaveLength(2);
    expect(evaluateMany([], { asOf: ASOF })).toEqual([]);
  });

  it("applies one parameter override to every household", () => {
    const parameters = { series: { "dibao.standard.urban": { values: [{ from: "2024-09-01", value: "2000" }] } } };
    for (const result of evaluateMany([good, good], { asOf: ASOF, parameters })) {
      expect(determinationOf(result).figures.standard).toBe("2000.00");
    }
  });

  it("lets a fault of the library surface instead of hiding it as a bad household", () => {
    const hostile = {
      get jurisdiction(): string {
        throw new RangeError("not an input problem");
      },
    };
    expect(() => evaluateMany([hostile], { asOf: ASOF })).toThrow(RangeError);
  });
});

describe("the fast path of validation that evaluate and evaluateMany take", () => {
  // Every field of the contract, each given: the fast path must know them all (one it does not know
  // sends every household that uses it to zod, which is correct but several times slower).
  const everything = {
    id: "cq-全-1",
    jurisdiction: "CN-CQ",
    area: "rural",
    members: [
      {
        id: "m1",
        relation: "self",
        birthDate: "1950-02-28",
        excluded: null,
        disability: { category: "intellectual", grade: 3 },
        seriousIllness: true,
        employed: false,
        schooling: "none",
        selfCare: { adlFailed: 4 },
        incomes: [{ kind: "transfer", monthly: 120.5, supportFrom: "sibling" }],
        deductions: [{ kind: "disability-or-illness-cost", monthly: "080.10" }],
        ownAssetsCompliant: true,
        orphanSupportChosen: false,
        supporters: [
          {
            relation: "child",
            birthDate: "1975-06-01",
            specialHardship: false,
            dibaoRecipient: false,
            disability: { category: "physical", grade: 1 },
            annualIncome: "24000",
            assetsWithinLowIncomeRules: true,
            legalIncapacity: "imprisoned",
          },
        ],
        orphan: false,
        supportArrangement: "dispersed",
      },
    ],
    assets: { compliant: true },
    status: {
      povertyRegistration: "lifted",
      dibao: { since: "2020-01-01", monthlyAmount: 300, lastReviewed: "2024-10-10", reviewCategory: "stable" },
      gradualExit: { start: "2024-11-01", end: "2025-04-30" },
      specialHardshipMemberIds: ["m1"],
      exitedCoverage: { date: "2019-05-01" },
    },
    circumstances: { shocks: [{ cause: "epidemic", effect: "income-drop", since: "2025-01-31" }], difficulties: ["housing", "education"] },
    rigidExpenditure: { items: [{ kind: "medical", annual: "18000.5" }, { kind: "living", annual: 0 }] },
    housing: { securityApplied: false, dwellingSafety: "C", previouslySupported: true },
  };

  it("covers every field of the schema", () => {
    const keys = (schema: { shape: object }) => Object.keys(schema.shape).sort();
    const [first] = everything.members;
    expect(Object.keys(everything).sort()).toEqual(keys(householdSchema));
    expect(Object.keys(first ?? {}).sort()).toEqual(keys(memberSchema));
    expect(Object.keys(first?.incomes[0] ?? {}).sort()).toEqual(keys(incomeSchema));
    expect(Object.keys(first?.deductions[0] ?? {}).sort()).toEqual(keys(deductionSchema));
    expect(Object.keys(first?.supporters[0] ?? {}).sort()).toEqual(keys(supporterSchema));
    expect(Object.keys(first?.disability ?? {}).sort()).toEqual(keys(disabilitySchema));
    expect(Object.keys(everything.status).sort()).toEqual(keys(statusSchema));
    expect(Object.keys(everything.circumstances).sort()).toEqual(keys(circumstancesSchema));
    expect(Object.keys(everything.circumstances.shocks[0] ?? {}).sort()).toEqual(keys(shockSchema));
    expect(Object.keys(everything.rigidExpenditure).sort()).toEqual(keys(rigidExpenditureSchema));
    expect(Object.keys(everything.rigidExpenditure.items[0] ?? {}).sort()).toEqual(keys(expenditureItemSchema));
    expect(Object.keys(everything.housing).sort()).toEqual(keys(housingSchema));
  });

  it("takes a household using every field, and returns what zod returns, key order included", () => {
    const fast = parseValidHousehold(everything);
    const zod = householdSchema.parse(everything);
    expect(fast).toBeDefined();
    expect(JSON.stringify(fast)).toBe(JSON.stringify(zod));
    expect(fast).toStrictEqual(zod);
    expect(canonicalValidHousehold(fast as never)).toBe(canonicalJson(zod));
  });

  it("writes the same canonical JSON, and so the same input digest, for generated households", () => {
    for (const { household: input } of generatePopulation({ count: 200, asOf: ASOF, recipients: true })) {
      const fast = parseValidHousehold(input);
      expect(fast).toStrictEqual(householdSchema.parse(input));
      expect(canonicalValidHousehold(fast as never)).toBe(canonicalJson(householdSchema.parse(input)));
      // The dense form the engine uses reads the same and digests the same.
      const dense = parseValidHousehold(input, true);
      expect(canonicalValidHousehold(dense as never)).toBe(canonicalJson(fast));
    }
  });

  it("leaves anything else to zod: households it did not return have no canonical text here", () => {
    expect(canonicalValidHousehold(householdSchema.parse(everything))).toBeUndefined();
    expect(parseValidHousehold({ ...everything, extra: 1 })).toBeUndefined();
  });
});
