/**
 * The low-income tiers' message tables (R7a dibao-edge, R7b rigid-expenditure; src/rules/low-income/
 * messages-en.ts, messages-zh-CN.ts, labels and render): every reason code, outcome and branch written out
 * whole in both languages, so a sentence that loses a word or a branch that picks the wrong wording fails.
 * The values have the shape the rules write (dibao-edge.ts, rigid-expenditure.ts, tier.ts,
 * facts/near-dibao.ts); each expected sentence is written from the template by hand.
 */
import { describe, expect, it } from "vitest";
import { evaluate, explain, MESSAGE_TABLES, PROGRAMMES, reasonText, type Determination, type LowIncomeSection, type Outcome, type Reason, type ReasonValue } from "../../../src/index.js";
import { household, member, wage } from "../../helpers.js";

type Values = Record<string, ReasonValue>;
type Row = [description: string, code: string, outcome: Outcome, values: Values, en: string, zh: string];

const reason = (code: string, outcome: Outcome, values: Values, clauses: string[] = ["low-income-opinion-2023/2"], extra: Partial<Reason> = {}): Reason => ({
  code,
  outcome,
  clauses,
  values,
  missing: [],
  interpretations: [],
  ...extra,
});

/** R7b condition 1's values: nothing covers the household unless a row says so. */
const coverage = (values: Values): Values => ({
  dibaoStatus: "ineligible",
  dibaoEdgeStatus: "not-member",
  supportedMemberIds: [],
  specialHardshipEligibleIds: [],
  specialHardshipPendingIds: [],
  ...values,
});

const NOT_IN_FORCE: Row[] = [
  [
    "dibao-edge before its start, with the start",
    "low-income.not-in-force",
    "not-met",
    { tier: "dibao-edge", asOf: "2020-09-06", from: "2020-09-07" },
    "On 2020-09-06 the dibao-edge household tier was not yet in force (from 2020-09-07).",
    "评估日期2020年9月6日时低保边缘家庭认定尚未施行（自2020年9月7日起施行），不作认定。",
  ],
  [
    "rigid-expenditure before its start, with the start",
    "low-income.not-in-force",
    "not-met",
    { tier: "rigid-expenditure", asOf: "2024-12-31", from: "2025-01-01" },
    "On 2024-12-31 the rigid-expenditure hardship household tier was not yet in force (from 2025-01-01).",
    "评估日期2024年12月31日时刚性支出困难家庭认定尚未施行（自2025年1月1日起施行），不作认定。",
  ],
  [
    "no start held (from null)",
    "low-income.not-in-force",
    "not-met",
    { tier: "rigid-expenditure", asOf: "2024-12-31", from: null },
    "On 2024-12-31 the rigid-expenditure hardship household tier was not yet in force.",
    "评估日期2024年12月31日时刚性支出困难家庭认定尚未施行，不作认定。",
  ],
  [
    "no start given (from absent)",
    "low-income.not-in-force",
    "not-met",
    { tier: "dibao-edge", asOf: "2020-09-06" },
    "On 2020-09-06 the dibao-edge household tier was not yet in force.",
    "评估日期2020年9月6日时低保边缘家庭认定尚未施行，不作认定。",
  ],
  [
    "a tier the table does not name, as given",
    "low-income.not-in-force",
    "not-met",
    { tier: "other-tier", asOf: "2024-12-31", from: null },
    "On 2024-12-31 the other-tier tier was not yet in force.",
    "评估日期2024年12月31日时other-tier认定尚未施行，不作认定。",
  ],
];

const DIBAO_EDGE: Row[] = [
  [
    "not in dibao",
    "low-income.dibao-edge.in-dibao",
    "met",
    { dibaoStatus: "ineligible" },
    "The household is not in dibao: not eligible, and no gradual-exit window.",
    "本户不在低保范围内：低保审核结果为不符合，也没有渐退期。",
  ],
  [
    "in a gradual-exit window",
    "low-income.dibao-edge.in-dibao",
    "not-met",
    { dibaoStatus: "gradual-exit" },
    "The household is in a gradual-exit window and so still a dibao household, not a dibao-edge household.",
    "本户处于低保渐退期，仍属低保家庭，不认定为低保边缘家庭。",
  ],
  [
    "eligible for dibao",
    "low-income.dibao-edge.in-dibao",
    "not-met",
    { dibaoStatus: "eligible" },
    "The household is eligible for dibao, so it is a dibao household, not a dibao-edge household.",
    "本户符合低保条件，属低保家庭，不认定为低保边缘家庭。",
  ],
  [
    "another dibao status, named from the status table",
    "low-income.dibao-edge.in-dibao",
    "not-met",
    { dibaoStatus: "needs-review" },
    "The household is a dibao household (needs review), not a dibao-edge household.",
    "本户属低保家庭（需人工复核），不认定为低保边缘家庭。",
  ],
  [
    "a dibao status the table lacks, as given",
    "low-income.dibao-edge.in-dibao",
    "not-met",
    { dibaoStatus: "suspended" },
    "The household is a dibao household (suspended), not a dibao-edge household.",
    "本户属低保家庭（suspended），不认定为低保边缘家庭。",
  ],
  [
    "no dibao status",
    "low-income.dibao-edge.in-dibao",
    "not-met",
    { dibaoStatus: null },
    "The household is a dibao household (not given), not a dibao-edge household.",
    "本户属低保家庭（—），不认定为低保边缘家庭。",
  ],
  [
    "dibao undecided",
    "low-income.dibao-edge.in-dibao",
    "unknown",
    { dibaoStatus: "needs-review" },
    "Whether the household is eligible for dibao needs review, so whether it is outside dibao is not known yet.",
    "本户是否符合低保尚待人工复核，暂不能确定是否在低保范围之外。",
  ],
  [
    "income at or above the standard and below the line",
    "low-income.dibao-edge.income",
    "met",
    { perCapitaMonthlyIncome: "1000.00", standard: "750.00", multiple: "1.5", nearDibaoLine: "1125.00", incomeBelowStandard: false },
    "Per-capita income 1000.00 yuan is not below the standard 750.00 yuan and below 1.5 × the standard (1125.00 yuan).",
    "家庭月人均收入1000.00元不低于低保标准750.00元，且低于1.5倍低保标准1125.00元。",
  ],
  [
    "income below the standard",
    "low-income.dibao-edge.income",
    "not-met",
    { perCapitaMonthlyIncome: "700.00", standard: "750.00", multiple: "1.5", nearDibaoLine: "1125.00", incomeBelowStandard: true },
    "Per-capita income 700.00 yuan is below the standard 750.00 yuan: dibao income, not a dibao-edge household.",
    "家庭月人均收入700.00元低于低保标准750.00元，属低保收入范围，不属低保边缘家庭。",
  ],
  [
    "income at the line",
    "low-income.dibao-edge.income",
    "not-met",
    { perCapitaMonthlyIncome: "1125.00", standard: "750.00", multiple: "1.5", nearDibaoLine: "1125.00", incomeBelowStandard: false },
    "Per-capita income 1125.00 yuan is not below 1.5 × the standard (1125.00 yuan): above the dibao-edge income range.",
    "家庭月人均收入1125.00元不低于1.5倍低保标准1125.00元，超出低保边缘家庭的收入范围。",
  ],
  [
    "property compliant",
    "low-income.dibao-edge.property-test",
    "met",
    { assetsCompliant: true },
    "The household's property meets the rules.",
    "家庭财产状况符合相关规定。",
  ],
  [
    "property not compliant",
    "low-income.dibao-edge.property-test",
    "not-met",
    { assetsCompliant: false },
    "The household's property does not meet the rules: not a dibao-edge household.",
    "家庭财产状况不符合相关规定，不属低保边缘家庭。",
  ],
  [
    "property finding not given",
    "low-income.dibao-edge.property-test",
    "unknown",
    { assetsCompliant: null },
    "The household's property check finding is not given; the dibao-edge tier needs it.",
    "未提供家庭财产状况核查结论，无法认定低保边缘家庭。",
  ],
];

const NOT_COVERED: Row[] = [
  [
    "nothing covers the household",
    "low-income.rigid-expenditure.not-covered",
    "met",
    coverage({}),
    "The household is not in dibao or extreme-poverty support, and is not a dibao-edge household.",
    "本户未纳入低保、特困人员救助供养范围，也未被认定为低保边缘家庭。",
  ],
  [
    "covered: eligible for dibao",
    "low-income.rigid-expenditure.not-covered",
    "not-met",
    coverage({ dibaoStatus: "eligible" }),
    "The household is already covered (eligible for dibao): not a rigid-expenditure hardship household.",
    "本户已在兜底保障或低保边缘家庭范围内（符合低保条件），不认定为刚性支出困难家庭。",
  ],
  [
    "covered: a gradual-exit window",
    "low-income.rigid-expenditure.not-covered",
    "not-met",
    coverage({ dibaoStatus: "gradual-exit" }),
    "The household is already covered (in a dibao gradual-exit window): not a rigid-expenditure hardship household.",
    "本户已在兜底保障或低保边缘家庭范围内（处于低保渐退期），不认定为刚性支出困难家庭。",
  ],
  [
    "covered: a dibao-edge household",
    "low-income.rigid-expenditure.not-covered",
    "not-met",
    coverage({ dibaoEdgeStatus: "member" }),
    "The household is already covered (a dibao-edge household): not a rigid-expenditure hardship household.",
    "本户已在兜底保障或低保边缘家庭范围内（已认定为低保边缘家庭），不认定为刚性支出困难家庭。",
  ],
  [
    "covered: a member supported as an extreme-poverty person",
    "low-income.rigid-expenditure.not-covered",
    "not-met",
    coverage({ supportedMemberIds: ["m1"] }),
    "The household is already covered (m1 supported as extreme-poverty persons): not a rigid-expenditure hardship household.",
    "本户已在兜底保障或低保边缘家庭范围内（成员m1正在享受特困人员救助供养），不认定为刚性支出困难家庭。",
  ],
  [
    "covered: two members eligible for extreme-poverty support",
    "low-income.rigid-expenditure.not-covered",
    "not-met",
    coverage({ specialHardshipEligibleIds: ["m1", "m2"] }),
    "The household is already covered (m1, m2 eligible for extreme-poverty support): not a rigid-expenditure hardship household.",
    "本户已在兜底保障或低保边缘家庭范围内（成员m1、m2符合特困人员救助供养条件），不认定为刚性支出困难家庭。",
  ],
  [
    "covered three ways at once, in the table's order",
    "low-income.rigid-expenditure.not-covered",
    "not-met",
    coverage({ dibaoStatus: "gradual-exit", supportedMemberIds: ["m1"], specialHardshipEligibleIds: ["m2"], specialHardshipPendingIds: ["m3"] }),
    "The household is already covered (in a dibao gradual-exit window; m1 supported as extreme-poverty persons; m2 eligible for extreme-poverty support): not a rigid-expenditure hardship household.",
    "本户已在兜底保障或低保边缘家庭范围内（处于低保渐退期；成员m1正在享受特困人员救助供养；成员m2符合特困人员救助供养条件），不认定为刚性支出困难家庭。",
  ],
  [
    "covered: the dibao-edge tier and a supported member",
    "low-income.rigid-expenditure.not-covered",
    "not-met",
    coverage({ dibaoEdgeStatus: "member", supportedMemberIds: ["m2", "m3"] }),
    "The household is already covered (a dibao-edge household; m2, m3 supported as extreme-poverty persons): not a rigid-expenditure hardship household.",
    "本户已在兜底保障或低保边缘家庭范围内（已认定为低保边缘家庭；成员m2、m3正在享受特困人员救助供养），不认定为刚性支出困难家庭。",
  ],
  [
    "undecided, no member pending",
    "low-income.rigid-expenditure.not-covered",
    "unknown",
    coverage({ dibaoStatus: "needs-review" }),
    "Whether the household is in dibao, extreme-poverty support or the dibao-edge tier needs review.",
    "本户是否已纳入低保、特困人员救助供养或低保边缘家庭尚待人工复核。",
  ],
  [
    "undecided, one member's extreme-poverty support pending",
    "low-income.rigid-expenditure.not-covered",
    "unknown",
    coverage({ specialHardshipPendingIds: ["m2"] }),
    "Whether the household is in dibao, extreme-poverty support or the dibao-edge tier needs review (extreme-poverty support to review: m2).",
    "本户是否已纳入低保、特困人员救助供养或低保边缘家庭尚待人工复核（特困人员救助供养待复核成员：m2）。",
  ],
  [
    "undecided, two members pending",
    "low-income.rigid-expenditure.not-covered",
    "unknown",
    coverage({ dibaoEdgeStatus: "needs-review", specialHardshipPendingIds: ["m1", "m2"] }),
    "Whether the household is in dibao, extreme-poverty support or the dibao-edge tier needs review (extreme-poverty support to review: m1, m2).",
    "本户是否已纳入低保、特困人员救助供养或低保边缘家庭尚待人工复核（特困人员救助供养待复核成员：m1、m2）。",
  ],
  [
    "undecided, the pending list not given",
    "low-income.rigid-expenditure.not-covered",
    "unknown",
    { dibaoStatus: "needs-review", dibaoEdgeStatus: "needs-review" },
    "Whether the household is in dibao, extreme-poverty support or the dibao-edge tier needs review.",
    "本户是否已纳入低保、特困人员救助供养或低保边缘家庭尚待人工复核。",
  ],
];

const INCOME: Row[] = [
  [
    "below last year's urban figure",
    "low-income.rigid-expenditure.income",
    "met",
    { perCapitaMonthlyIncome: "1500.00", annualPerCapitaIncome: "18000.00", disposableIncome: "50000.00", disposableIncomeYear: 2024, area: "urban" },
    "Annual per-capita income 18000.00 yuan (1500.00 yuan a month × 12) is below the local urban residents' per-capita disposable income of last year (2024), 50000.00 yuan.",
    "家庭年人均收入18000.00元（月人均1500.00元×12）低于上年度（2024年）当地城镇常住居民人均可支配收入50000.00元。",
  ],
  [
    "below, an area the table lacks, as given",
    "low-income.rigid-expenditure.income",
    "met",
    { perCapitaMonthlyIncome: "1500.00", annualPerCapitaIncome: "18000.00", disposableIncome: "50000.00", disposableIncomeYear: 2024, area: "county" },
    "Annual per-capita income 18000.00 yuan (1500.00 yuan a month × 12) is below the local county residents' per-capita disposable income of last year (2024), 50000.00 yuan.",
    "家庭年人均收入18000.00元（月人均1500.00元×12）低于上年度（2024年）当地county人均可支配收入50000.00元。",
  ],
  [
    "not below last year's rural figure",
    "low-income.rigid-expenditure.income",
    "not-met",
    { perCapitaMonthlyIncome: "2000.00", annualPerCapitaIncome: "24000.00", disposableIncome: "21000.00", disposableIncomeYear: 2024, area: "rural" },
    "Annual per-capita income 24000.00 yuan (2000.00 yuan a month × 12) is not below the local rural residents' per-capita disposable income of last year (2024), 21000.00 yuan.",
    "家庭年人均收入24000.00元（月人均2000.00元×12）不低于上年度（2024年）当地农村常住居民人均可支配收入21000.00元。",
  ],
  [
    "not below, an area the table lacks, as given",
    "low-income.rigid-expenditure.income",
    "not-met",
    { perCapitaMonthlyIncome: "2000.00", annualPerCapitaIncome: "24000.00", disposableIncome: "21000.00", disposableIncomeYear: 2024, area: "county" },
    "Annual per-capita income 24000.00 yuan (2000.00 yuan a month × 12) is not below the local county residents' per-capita disposable income of last year (2024), 21000.00 yuan.",
    "家庭年人均收入24000.00元（月人均2000.00元×12）不低于上年度（2024年）当地county人均可支配收入21000.00元。",
  ],
  [
    "last year's urban figure not held",
    "low-income.rigid-expenditure.income",
    "unknown",
    { perCapitaMonthlyIncome: "1500.00", annualPerCapitaIncome: "18000.00", disposableIncome: null, disposableIncomeYear: 2025, area: "urban" },
    "The library does not hold the local urban residents' per-capita disposable income for 2025, to compare with annual per-capita income 18000.00 yuan; supply it as a parameter.",
    "本库未掌握2025年当地城镇常住居民人均可支配收入，无法与家庭年人均收入18000.00元比较；可通过参数提供该年数据。",
  ],
  [
    "last year's rural figure not held",
    "low-income.rigid-expenditure.income",
    "unknown",
    { perCapitaMonthlyIncome: "333.33", annualPerCapitaIncome: "4000.00", disposableIncome: null, disposableIncomeYear: 2025, area: "rural" },
    "The library does not hold the local rural residents' per-capita disposable income for 2025, to compare with annual per-capita income 4000.00 yuan; supply it as a parameter.",
    "本库未掌握2025年当地农村常住居民人均可支配收入，无法与家庭年人均收入4000.00元比较；可通过参数提供该年数据。",
  ],
  [
    "figure not held, an area the table lacks, as given",
    "low-income.rigid-expenditure.income",
    "unknown",
    { perCapitaMonthlyIncome: "1500.00", annualPerCapitaIncome: "18000.00", disposableIncome: null, disposableIncomeYear: 2025, area: "county" },
    "The library does not hold the local county residents' per-capita disposable income for 2025, to compare with annual per-capita income 18000.00 yuan; supply it as a parameter.",
    "本库未掌握2025年当地county人均可支配收入，无法与家庭年人均收入18000.00元比较；可通过参数提供该年数据。",
  ],
];

const PROPERTY: Row[] = [
  ["property compliant", "low-income.rigid-expenditure.property-test", "met", { assetsCompliant: true }, "The household's property meets the rules.", "家庭财产状况符合相关规定。"],
  [
    "property not compliant",
    "low-income.rigid-expenditure.property-test",
    "not-met",
    { assetsCompliant: false },
    "The household's property does not meet the rules: not a rigid-expenditure hardship household.",
    "家庭财产状况不符合相关规定，不属刚性支出困难家庭。",
  ],
  [
    "property finding not given",
    "low-income.rigid-expenditure.property-test",
    "unknown",
    { assetsCompliant: null },
    "The household's property check finding is not given; the rigid-expenditure tier needs it.",
    "未提供家庭财产状况核查结论，无法认定刚性支出困难家庭。",
  ],
];

const RATIO: Row[] = [
  [
    "share reached against the local ratio",
    "low-income.rigid-expenditure.ratio",
    "met",
    { rigidExpenditure: "25200.00", annualIncome: "36000.00", ratio: "0.70", rigidExpenditureRatio: "0.7000" },
    "Rigid expenditure over the last 12 months, 25200.00 yuan, is 0.7000 of household income 36000.00 yuan (12 × the monthly countable income): not below the local share 0.70.",
    "近12个月刚性支出25200.00元，占家庭总收入36000.00元（月可计收入×12）的0.7000，不低于规定比例0.70。",
  ],
  [
    "expenditure against no income: taken as reached",
    "low-income.rigid-expenditure.ratio",
    "met",
    { rigidExpenditure: "100.00", annualIncome: "0.00", ratio: "0.70", rigidExpenditureRatio: null },
    "Rigid expenditure over the last 12 months is 100.00 yuan against household income of 0.00 yuan: the share is taken as reached.",
    "近12个月刚性支出100.00元，家庭总收入为0.00元，刚性支出占比视为达到规定比例。",
  ],
  [
    "no expenditure",
    "low-income.rigid-expenditure.ratio",
    "not-met",
    { rigidExpenditure: "0.00", annualIncome: "36000.00", ratio: "0.70", rigidExpenditureRatio: "0.0000" },
    "No rigid expenditure over the last 12 months: the share is not reached.",
    "近12个月没有刚性支出，不符合刚性支出占比条件。",
  ],
  [
    "share below the local ratio",
    "low-income.rigid-expenditure.ratio",
    "not-met",
    { rigidExpenditure: "18000.00", annualIncome: "36000.00", ratio: "0.70", rigidExpenditureRatio: "0.5000" },
    "Rigid expenditure over the last 12 months, 18000.00 yuan, is 0.5000 of household income 36000.00 yuan (12 × the monthly countable income): below the local share 0.70.",
    "近12个月刚性支出18000.00元，占家庭总收入36000.00元（月可计收入×12）的0.5000，低于规定比例0.70。",
  ],
  [
    "expenditure not given",
    "low-income.rigid-expenditure.ratio",
    "unknown",
    { rigidExpenditure: null, annualIncome: "36000.00", ratio: "0.70", rigidExpenditureRatio: null },
    "Rigid expenditure over the last 12 months is not given, so its share of household income 36000.00 yuan is not known.",
    "未提供近12个月刚性支出，无法计算其占家庭总收入36000.00元的比例。",
  ],
  [
    "the local ratio not yet in force",
    "low-income.rigid-expenditure.ratio",
    "unknown",
    { rigidExpenditure: "25200.00", annualIncome: "36000.00", ratio: null, rigidExpenditureRatio: "0.7000" },
    "On the assessment date the local share was not yet in force (the library holds none): rigid expenditure 25200.00 yuan against household income 36000.00 yuan, a share of 0.7000.",
    "评估日期时当地刚性支出占比规定尚未施行，本库未掌握规定比例；近12个月刚性支出25200.00元，家庭总收入36000.00元，占比0.7000。",
  ],
];

describe("low-income reason messages, whole sentences in both languages", () => {
  it.each([...NOT_IN_FORCE, ...DIBAO_EDGE, ...NOT_COVERED, ...INCOME, ...PROPERTY, ...RATIO])("%s (%s %s)", (_description, code, outcome, values, en, zh) => {
    const r = reason(code, outcome, values);
    expect(reasonText(r, MESSAGE_TABLES.en)).toBe(en);
    expect(reasonText(r, MESSAGE_TABLES["zh-CN"])).toBe(zh);
  });

  it("every code and outcome of the programme's tables has a row above", () => {
    const [, , , lowIncome] = PROGRAMMES;
    const rows = [...NOT_IN_FORCE, ...DIBAO_EDGE, ...NOT_COVERED, ...INCOME, ...PROPERTY, ...RATIO];
    const covered = new Set(rows.map(([, code, outcome]) => `${code}:${code === "low-income.not-in-force" ? "any" : outcome}`));
    for (const lang of ["en", "zh-CN"] as const) {
      const keys = Object.entries(lowIncome.messages[lang].reasons).flatMap(([code, messages]) => Object.keys(messages).map((outcome) => `${code}:${outcome}`));
      expect(keys.length).toBe(21);
      expect([...covered].sort()).toEqual(keys.sort());
    }
  });
});

describe("low-income labels", () => {
  const tierRows: [tier: string, status: string, en: string, zh: string][] = [
    ["dibao-edge", "member", "Dibao-edge household (低保边缘家庭): yes.", "低保边缘家庭：属于。"],
    ["dibao-edge", "not-member", "Dibao-edge household (低保边缘家庭): no.", "低保边缘家庭：不属于。"],
    ["dibao-edge", "needs-review", "Dibao-edge household (低保边缘家庭): needs review.", "低保边缘家庭：需人工复核。"],
    ["rigid-expenditure", "member", "Rigid-expenditure hardship household (刚性支出困难家庭): yes.", "刚性支出困难家庭：属于。"],
    ["rigid-expenditure", "not-member", "Rigid-expenditure hardship household (刚性支出困难家庭): no.", "刚性支出困难家庭：不属于。"],
    ["rigid-expenditure", "needs-review", "Rigid-expenditure hardship household (刚性支出困难家庭): needs review.", "刚性支出困难家庭：需人工复核。"],
    ["rigid-expenditure", "pending", "Rigid-expenditure hardship household (刚性支出困难家庭): pending.", "刚性支出困难家庭：pending。"],
    ["other-tier", "member", "other-tier: yes.", "other-tier：属于。"],
  ];

  it.each(tierRows)("tier %s, status %s", (tier, status, en, zh) => {
    const [, , , lowIncome] = PROGRAMMES;
    expect(lowIncome.messages.en.labels.tier({ tier, status })).toBe(en);
    expect(lowIncome.messages["zh-CN"].labels.tier({ tier, status })).toBe(zh);
  });

  it("title, heading and note", () => {
    const [, , , lowIncome] = PROGRAMMES;
    expect(lowIncome.section.key).toBe("lowIncome");
    expect(lowIncome.title).toBe("low-income tiers");
    expect(lowIncome.messages.en.labels.heading).toBe("Low-income tiers");
    expect(lowIncome.messages["zh-CN"].labels.heading).toBe("低收入人口分层");
    expect(lowIncome.messages.en.labels.note).toBe(
      "The tiers of the low-income population, decided from the household's income, property and expenditure, for a caseworker to verify; being in a tier pays nothing by itself.",
    );
    expect(lowIncome.messages["zh-CN"].labels.note).toBe("以下按家庭收入、财产和支出认定低收入人口的层级，供经办人员核实；认定本身不发放救助金。");
  });
});

/** The section's block in explain()'s plain text: heading, note, then each tier's line and its reasons. */
const block = (lines: string[]): string => lines.join("\n");

describe("low-income section in explain()", () => {
  it("renders an evaluated dibao-edge household, before the rigid-expenditure tier is in force", () => {
    // 1000.00 a month alone, 2024-10-15: above the 750.00 standard, below 1.5 × 750.00 = 1125.00; R7b starts 2025-01-01.
    const d = evaluate(household([member("m1", { incomes: [wage("1000.00")] })]), { asOf: "2024-10-15" });
    const clauses = "[cq-daily-2020-09/single-person, backstop-notice-2022/1-4, low-income-opinion-2023/2]";
    expect(explain(d, { lang: "en" })).toContain(
      block([
        "Low-income tiers",
        "================",
        "",
        "The tiers of the low-income population, decided from the household's income, property and expenditure, for a caseworker to verify; being in a tier pays nothing by itself.",
        "• Dibao-edge household (低保边缘家庭): yes.",
        `  • ✓ The household is not in dibao: not eligible, and no gradual-exit window. ${clauses}`,
        `  • ✓ Per-capita income 1000.00 yuan is not below the standard 750.00 yuan and below 1.5 × the standard (1125.00 yuan). ${clauses}`,
        `  • ✓ The household's property meets the rules. ${clauses}`,
        "• Rigid-expenditure hardship household (刚性支出困难家庭): no.",
        "  • ✗ On 2024-10-15 the rigid-expenditure hardship household tier was not yet in force (from 2025-01-01). [rigid-expenditure-2025/art-4]",
        "",
      ]),
    );
    expect(explain(d, { lang: "zh-CN" })).toContain(
      block([
        "低收入人口分层",
        "==============",
        "",
        "以下按家庭收入、财产和支出认定低收入人口的层级，供经办人员核实；认定本身不发放救助金。",
        "• 低保边缘家庭：属于。",
        `  • ✓ 本户不在低保范围内：低保审核结果为不符合，也没有渐退期。 ${clauses}`,
        `  • ✓ 家庭月人均收入1000.00元不低于低保标准750.00元，且低于1.5倍低保标准1125.00元。 ${clauses}`,
        `  • ✓ 家庭财产状况符合相关规定。 ${clauses}`,
        "• 刚性支出困难家庭：不属于。",
        "  • ✗ 评估日期2024年10月15日时刚性支出困难家庭认定尚未施行（自2025年1月1日起施行），不作认定。 [rigid-expenditure-2025/art-4]",
        "",
      ]),
    );
  });

  it("renders a hand-built section: a tier not met and a tier under review, with missing facts and interpretations", () => {
    const d = evaluate(household([member("m1", { incomes: [wage("1000.00")] })]), { asOf: "2025-08-15" });
    const art4 = ["rigid-expenditure-2025/art-4"];
    const section: LowIncomeSection = {
      dibaoEdge: {
        status: "not-member",
        reasons: [
          reason("low-income.dibao-edge.in-dibao", "not-met", { dibaoStatus: "gradual-exit" }),
          reason("low-income.dibao-edge.property-test", "unknown", { assetsCompliant: null }, ["low-income-opinion-2023/2"], { missing: ["assets.compliant"] }),
        ],
      },
      rigidExpenditure: {
        status: "needs-review",
        reasons: [
          reason("low-income.rigid-expenditure.not-covered", "met", coverage({}), art4),
          reason("low-income.rigid-expenditure.ratio", "unknown", { rigidExpenditure: null, annualIncome: "12000.00", ratio: "0.70", rigidExpenditureRatio: null }, [...art4, "low-income-opinion-2023/2"], {
            missing: ["rigidExpenditure"],
            interpretations: ["INT-13"],
          }),
        ],
      },
    };
    const built: Determination = { ...d, lowIncome: section };
    expect(explain(built, { lang: "en" })).toContain(
      block([
        "• Dibao-edge household (低保边缘家庭): no.",
        "  • ✗ The household is in a gradual-exit window and so still a dibao household, not a dibao-edge household. [low-income-opinion-2023/2]",
        "  • ? The household's property check finding is not given; the dibao-edge tier needs it. [low-income-opinion-2023/2]; missing: assets.compliant",
        "• Rigid-expenditure hardship household (刚性支出困难家庭): needs review.",
        "  • ✓ The household is not in dibao or extreme-poverty support, and is not a dibao-edge household. [rigid-expenditure-2025/art-4]",
        "  • ? Rigid expenditure over the last 12 months is not given, so its share of household income 12000.00 yuan is not known. [rigid-expenditure-2025/art-4, low-income-opinion-2023/2]; missing: rigidExpenditure; interpretations: INT-13",
        "",
      ]),
    );
    expect(explain(built, { lang: "zh-CN" })).toContain(
      block([
        "• 低保边缘家庭：不属于。",
        "  • ✗ 本户处于低保渐退期，仍属低保家庭，不认定为低保边缘家庭。 [low-income-opinion-2023/2]",
        "  • ? 未提供家庭财产状况核查结论，无法认定低保边缘家庭。 [low-income-opinion-2023/2]；缺少：assets.compliant",
        "• 刚性支出困难家庭：需人工复核。",
        "  • ✓ 本户未纳入低保、特困人员救助供养范围，也未被认定为低保边缘家庭。 [rigid-expenditure-2025/art-4]",
        "  • ? 未提供近12个月刚性支出，无法计算其占家庭总收入12000.00元的比例。 [rigid-expenditure-2025/art-4, low-income-opinion-2023/2]；缺少：rigidExpenditure；解释：INT-13",
        "",
      ]),
    );
  });
});
