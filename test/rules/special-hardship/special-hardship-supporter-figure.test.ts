/**
 * R4 condition 3 (shp-identification-2021/art-8 items 3 and 4): an elderly or severely disabled
 * supporter is unable to support when their income is below last year's local per-capita disposable
 * income. When the parameter set holds no such figure, that case is unknown, naming the missing figure
 * and year; the evaluation goes on (no crash, no parameter warning for a series the set does not hold).
 */
import { describe, expect, it } from "vitest";
import { chongqingParameterSet, compileParameterSet, evaluate } from "../../../src/index.js";
import type { Disability } from "../../../src/model/household.js";
import { household, member } from "../../helpers.js";

// 2023-10-15, urban. m1 born 1950 (73): no capacity by age; no income; own assets compliant. Their only
// supporter, the spouse (73), receives neither dibao nor extreme-poverty support: only the elderly case
// (item 3: aged 60+, income below the 2022 figure, assets within the low-income rules) can make them unable.
const elderlyCouple = household([
  member("m1", {
    birthDate: "1950-03-01",
    ownAssetsCompliant: true,
    supporters: [
      { relation: "spouse", birthDate: "1950-05-01", specialHardship: false, dibaoRecipient: false, disability: null, annualIncome: "7800.00", assetsWithinLowIncomeRules: true, legalIncapacity: null },
    ],
  }),
]);

function withoutSeries(name: string) {
  const data = chongqingParameterSet().data;
  const series = Object.fromEntries(Object.entries(data.series).filter(([key]) => key !== name));
  return compileParameterSet({ ...data, id: "cq-without-disposable-income", series });
}

const supporterReason = (d: ReturnType<typeof evaluate>) => d.specialHardship[0]?.reasons.find((r) => r.code === "special-hardship.no-able-supporter");

describe("a supporter's income test without the local disposable-income figure", () => {
  it("is unknown, naming the figure and the year, and the member needs review", () => {
    const d = evaluate(elderlyCouple, { asOf: "2023-10-15", parameters: withoutSeries("resident-disposable-income.urban") });
    expect(supporterReason(d)).toMatchObject({ outcome: "unknown", missing: ["parameters.resident-disposable-income.urban:2022"] });
    expect(d.specialHardship[0]?.status).toBe("needs-review");
    expect(d.warnings.flatMap((w) => w.parameters)).not.toContain("resident-disposable-income.urban");
  });

  it("is decided once a caller gives the figure: unable below it, able at or above it", () => {
    // No Chongqing figure ships (none is verified); a caller supplies 2022's. 7 800 < 45 000: unable → condition met.
    const figure = (value: string) => ({ series: { "resident-disposable-income.urban": { values: [{ from: "2022-01-01", value }] } } });
    const below = evaluate(elderlyCouple, { asOf: "2023-10-15", parameters: figure("45000") });
    expect(supporterReason(below)).toMatchObject({ outcome: "met", missing: [] });
    // 7 800 is not below 7 800: the elderly case fails, no other case holds → an able supporter → not met, ineligible.
    const at = evaluate(elderlyCouple, { asOf: "2023-10-15", parameters: figure("7800") });
    expect(supporterReason(at)).toMatchObject({ outcome: "not-met", missing: [] });
    expect(at.specialHardship[0]?.status).toBe("ineligible");
  });

  it("takes only the figure for last year: a figure for another year leaves the test unknown", () => {
    // asOf 2023: the 2022 figure decides; the caller gave 2020's and 2023's only.
    const parameters = { series: { "resident-disposable-income.urban": { values: [{ from: "2020-01-01", value: "45000" }, { from: "2023-01-01", value: "47000" }] } } };
    const d = evaluate(elderlyCouple, { asOf: "2023-10-15", parameters });
    expect(supporterReason(d)).toMatchObject({ outcome: "unknown", missing: ["parameters.resident-disposable-income.urban:2022"] });
  });
});

describe("a severely disabled supporter (art-8 item 4: grade 1–2, or grade 3 intellectual or mental)", () => {
  // The same person; their one supporter is a child of 40 (no elderly case), earning 7 800 a year, below
  // the caller's 2022 figure of 45 000, assets within the rules: only the disability case can make them unable.
  const figure = { series: { "resident-disposable-income.urban": { values: [{ from: "2022-01-01", value: "45000" }] } } };
  const withDisabledChild = (category: Disability["category"], grade: number) =>
    household([
      member("m1", {
        birthDate: "1950-03-01",
        ownAssetsCompliant: true,
        supporters: [
          { relation: "child", birthDate: "1983-01-01", specialHardship: false, dibaoRecipient: false, disability: { category, grade }, annualIncome: "7800.00", assetsWithinLowIncomeRules: true, legalIncapacity: null },
        ],
      }),
    ]);

  it.each([
    ["physical", 1, "met"],
    ["physical", 2, "met"],
    ["physical", 3, "not-met"],
    ["intellectual", 3, "met"],
    ["mental", 3, "met"],
    ["visual", 3, "not-met"],
    ["mental", 4, "not-met"],
  ] as const)("%s grade %i: the supporter test is %s", (category, grade, outcome) => {
    const d = evaluate(withDisabledChild(category, grade), { asOf: "2023-10-15", parameters: figure });
    expect(supporterReason(d)?.outcome).toBe(outcome);
  });
});
