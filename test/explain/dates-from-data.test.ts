/**
 * Explanations take dates and figures from the reasons' values (issue 12 item 5), which the rules take
 * from the parameter set: an override that moves a rule's start moves the date `explain()` prints, in both
 * languages; ages and grades in the Chinese names of grounds and categories follow the parameters too.
 * Expected texts are written by hand from the message tables and the shipped figures (docs/parameters.md).
 */
import { describe, expect, it } from "vitest";
import { evaluate, explain, type Determination, type EvaluateOptions } from "../../src/index.js";
import { household, member, wage } from "../helpers.js";

/** m1 earns 1 800, m2 (grade-2 physical) earns 100: per head 950, above the standard and below 1.5 × it from 2022-09-01 (S = 717). */
const nearDibao = household([member("m1", { incomes: [wage("1800")] }), member("m2", { disability: { category: "physical", grade: 2 }, incomes: [wage("100")] })]);

const both = (d: Determination) => ({ en: explain(d, { lang: "en" }), zh: explain(d, { lang: "zh-CN" }) });

describe("the adult severe-disability route's start", () => {
  it("shipped: on 2022-10-19 the route starts 2022-10-20", () => {
    const { en, zh } = both(evaluate(nearDibao, { asOf: "2022-10-19" }));
    expect(en).toContain("On 2022-10-19 the adult severe-disability route was not yet in force (from 2022-10-20).");
    expect(zh).toContain("2022-10-19时成年无业重度残疾人“单人户”规定尚未施行（自2022年10月20日起）。");
  });

  it("moved by an override to 2023-09-01: on 2023-06-15 both languages print the new date, never the old one", () => {
    const options: EvaluateOptions = {
      asOf: "2023-06-15",
      parameters: { series: { "single-person.adult-severe-disability-route": { values: [{ from: "2022-10-20", value: false }, { from: "2023-09-01", value: true }] } } },
    };
    const d = evaluate(nearDibao, options);
    expect(d.singlePersonReferrals.map((r) => [r.memberId, r.route, r.status])).toEqual([["m2", "near-dibao", "refer"]]);
    const { en, zh } = both(d);
    expect(en).toContain("On 2023-06-15 the adult severe-disability route was not yet in force (from 2023-09-01).");
    expect(zh).toContain("2023-06-15时成年无业重度残疾人“单人户”规定尚未施行（自2023年9月1日起）。");
    expect(en).not.toContain("2022-10-20");
    expect(zh).not.toContain("2022年10月20日");
  });

  it("an override that never starts it: the explanation names no date", () => {
    const d = evaluate(nearDibao, { asOf: "2023-06-15", parameters: { series: { "single-person.adult-severe-disability-route": { values: [{ from: "2022-10-20", value: false }] } } } });
    expect(both(d).en).toContain("On 2023-06-15 the adult severe-disability route was not yet in force.");
    expect(both(d).zh).toContain("2023-06-15时成年无业重度残疾人“单人户”规定尚未施行。");
  });
});

describe("the near-dibao route's and the current gradual-exit rule's start", () => {
  // 2020-06-15: urban S = 580. m1 earns 1 000, m2 (seriously ill) earns 200: per head 600; registered poor → referred.
  const registeredPoor = household([member("m1", { incomes: [wage("1000")] }), member("m2", { seriousIllness: true, incomes: [wage("200")] })], { status: { povertyRegistration: "unlifted" } });

  it("the near-dibao line moved from 2020-09-07 to 2020-11-01: the explanation follows", () => {
    const shipped = both(evaluate(registeredPoor, { asOf: "2020-06-15" }));
    expect(shipped.en).toContain("On 2020-06-15 the near-dibao single-person route was not yet in force (from 2020-09-07).");
    expect(shipped.zh).toContain("2020-06-15时低保边缘家庭“单人户”规定尚未施行（自2020年9月7日起）。");
    const moved = { series: { "near-dibao.bound": { replace: true, values: [{ from: "2020-11-01", value: "1.5" }] } } };
    const d = both(evaluate(registeredPoor, { asOf: "2020-06-15", parameters: moved }));
    expect(d.en).toContain("(from 2020-11-01).");
    expect(d.zh).toContain("（自2020年11月1日起）");
  });

  it("the legacy gradual-exit scope: 'before' the current rule's start, as the set gives it", () => {
    // 2020-06-15, rural S = 440: a lifted registered-poor recipient earning 600 (< 2 × 440) gets a legacy window.
    const recipient = household([member("m1", { incomes: [wage("600")] })], { area: "rural", status: { dibao: { since: "2019-01-01", monthlyAmount: "300.00" }, povertyRegistration: "lifted" } });
    const shipped = both(evaluate(recipient, { asOf: "2020-06-15" }));
    expect(shipped.en).toContain('Before 2020-09-07 a window was only for rural registered-poor households: this rural household is lifted from poverty.');
    expect(shipped.zh).toContain("2020年9月7日前渐退仅适用于农村建档立卡贫困户：本户为农村，建档立卡状态为“已脱贫”。");
    const later = { series: { "gradual-exit.scope": { values: [{ from: "2020-09-07", value: "rural-registered-poor" }, { from: "2021-01-01", value: "urban-and-rural" }] } } };
    const moved = both(evaluate(recipient, { asOf: "2020-06-15", parameters: later }));
    expect(moved.en).toContain("Before 2021-01-01 a window was only for rural registered-poor households");
    expect(moved.zh).toContain("2021年1月1日前渐退仅适用于农村建档立卡贫困户");
  });
});

describe("ages and grades in the names of grounds and categories", () => {
  it("no capacity to work: 60周岁以上 as shipped, 65周岁以上 with a caller's age; 未满18周岁 with INT-9 off", () => {
    // 2023-10-15, urban S = 735: m1 aged 73, no income, no supporter.
    const alone = household([member("m1", { birthDate: "1950-03-01", ownAssetsCompliant: true, supporters: [], selfCare: { adlFailed: 2 } })]);
    expect(both(evaluate(alone, { asOf: "2023-10-15" })).zh).toContain("m1无劳动能力（73周岁；依据：60周岁以上）。");
    const older = { series: { "special-hardship.no-capacity.elderly-min-age": { values: [{ from: "2023-01-01", value: "65" }] } } };
    expect(both(evaluate(alone, { asOf: "2023-10-15", parameters: older })).zh).toContain("m1无劳动能力（73周岁；依据：65周岁以上）。");
    // A child of 17 not supported: a minor only under the 2020 opinion's reading (INT-9 off).
    const child = household([member("m1", { birthDate: "2006-05-01", ownAssetsCompliant: true, supporters: [] })]);
    expect(both(evaluate(child, { asOf: "2023-10-15", interpretations: { "INT-9": false } })).zh).toContain("m1无劳动能力（17周岁；依据：未满18周岁）。");
  });

  it("top-up categories: 70岁以上老人 and 一至二级重残人员 from the set, and a caller's figures instead", () => {
    // 2023-10-15, urban S = 735: m1 aged 75 and grade-1 visual, no income. Highest of 60 (severe) and 60 (aged) is
    // the severe one (table order), + 40 disabled.
    const old = household([member("m1", { birthDate: "1948-01-01", disability: { category: "visual", grade: 1 } })]);
    expect(both(evaluate(old, { asOf: "2023-10-15" })).zh).toContain("m1（75周岁）分类重点救助每月100.00元（一至二级重残人员、残疾人员）。");
    const figures = {
      series: {
        "dibao.top-up.severely-disabled-grades": { values: [{ from: "2023-01-01", value: ["any:1", "intellectual:3"] }] },
        "dibao.top-up.aged-min-age": { values: [{ from: "2023-01-01", value: "75" }] },
        "dibao.top-up.severely-disabled": { values: [{ from: "2023-01-01", value: "50" }] },
      },
    };
    // Severe now 50 < aged 60: the aged category is paid, named by the caller's age.
    expect(both(evaluate(old, { asOf: "2023-10-15", parameters: figures })).zh).toContain("m1（75周岁）分类重点救助每月100.00元（75岁以上老人、残疾人员）。");
    const disabledOnly = household([member("m1", { birthDate: "1980-01-01", disability: { category: "intellectual", grade: 3 } })]);
    expect(both(evaluate(disabledOnly, { asOf: "2023-10-15", parameters: figures })).zh).toContain("分类重点救助每月90.00元（一级、一至三级智力重残人员、残疾人员）。");
  });
});
