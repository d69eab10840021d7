/**
 * R4 reads two list parameters for every member, and keeps what it derives from each list value: the
 * highest qualifying disability grade per category (`special-hardship.no-capacity.disability-grades`,
 * "category:grade" entries, art-5 item 3) and the income kinds the livelihood test leaves out
 * (`special-hardship.income.excluded-kinds`, art-6; INT-11 adds social assistance). These tests pass
 * other lists as a caller's override and check that each list decides on its own, whatever was read before.
 *
 * Worked by hand on 2023-10-15 (urban S = 735): a 40-year-old qualifies for no capacity to work only by
 * disability, so the reason's grounds are ["disability"] or [].
 */
import { describe, expect, it } from "vitest";
import { evaluate, type Determination } from "../../../src/index.js";
import type { HouseholdInput } from "../../../src/model/household.js";
import { household, member } from "../../helpers.js";

type MemberInput = HouseholdInput["members"][number];
const ASOF = "2023-10-15";
const list = (name: string, value: string[]) => ({ series: { [name]: { replace: true, values: [{ from: "2018-01-01", value }] } } });
const reason = (d: Determination, code: string) => d.specialHardship[0]?.reasons.find((r) => r.code === code);

describe("disability grades: the highest grade listed for the member's category decides", () => {
  const person = (extra: Partial<MemberInput>) => household([member("m1", { birthDate: "1983-01-01", ownAssetsCompliant: true, supporters: [], ...extra })]);
  const grounds = (grades: string[], disability: { category: "physical" | "visual"; grade: 1 | 2 | 3 | 4 }) =>
    reason(evaluate(person({ disability }), { asOf: ASOF, parameters: list("special-hardship.no-capacity.disability-grades", grades) }), "special-hardship.no-capacity")?.values.grounds;

  it.each([
    [["physical:2"], 2, ["disability"]],
    [["physical:1"], 2, []],
    [["physical:1", "physical:3"], 3, ["disability"]], // two entries of one category: the higher grade counts
    [["physical:3", "physical:1"], 3, ["disability"]],
    [["visual:4"], 1, []], // another category
  ] as const)("%j, physical grade %i: grounds %j", (grades, grade, expected) => {
    expect(grounds([...grades], { category: "physical", grade })).toEqual(expected);
  });

  // Issue 23: an entry not written category:grade used to qualify nobody silently; the set is now refused.
  it.each([[["physical:x", "physical:2"]], [["physical:2", "physical:x"]], [["physical"]]])("%j is refused when the set is compiled", (grades) => {
    expect(() => grounds(grades, { category: "physical", grade: 2 })).toThrow("is not written category:grade");
  });

  it("each list value decides on its own, read one after the other", () => {
    expect(grounds(["physical:1"], { category: "physical", grade: 2 })).toEqual([]);
    expect(grounds(["physical:2"], { category: "physical", grade: 2 })).toEqual(["disability"]);
    expect(grounds(["physical:1"], { category: "physical", grade: 2 })).toEqual([]);
    // The shipped list: physical up to grade 2, visual grade 1 only.
    const shipped = (disability: { category: "physical" | "visual"; grade: 1 | 2 | 3 }) =>
      reason(evaluate(person({ disability }), { asOf: ASOF }), "special-hardship.no-capacity")?.values.grounds;
    expect(shipped({ category: "physical", grade: 2 })).toEqual(["disability"]);
    expect(shipped({ category: "visual", grade: 2 })).toEqual([]);
  });
});

describe("income kinds left out of the livelihood test, with INT-11 on and off", () => {
  // Wage 500, basic pension 300, social assistance 100; no deductions in this test (art-6).
  const person = household([
    member("m1", {
      birthDate: "1950-03-01",
      ownAssetsCompliant: true,
      supporters: [],
      incomes: [
        { kind: "wage", monthly: "500" },
        { kind: "basic-pension", monthly: "300" },
        { kind: "social-assistance", monthly: "100" },
      ],
    }),
  ]);
  const ownIncome = (options: Parameters<typeof evaluate>[1]) => reason(evaluate(person, options), "special-hardship.own-income")?.values.ownMonthlyIncome;

  it("shipped list (basic pension and other insurance left out): 500 with INT-11, 600 without", () => {
    expect(ownIncome({ asOf: ASOF })).toBe("500.00");
    expect(ownIncome({ asOf: ASOF, interpretations: { "INT-11": false } })).toBe("600.00");
  });

  it("a caller's list leaving out wages: 300 with INT-11, 400 without; the shipped list still answers as shipped", () => {
    const parameters = list("special-hardship.income.excluded-kinds", ["wage"]);
    expect(ownIncome({ asOf: ASOF, parameters })).toBe("300.00");
    expect(ownIncome({ asOf: ASOF, parameters, interpretations: { "INT-11": false } })).toBe("400.00");
    expect(ownIncome({ asOf: ASOF })).toBe("500.00");
  });
});
