/**
 * The explanations of the low-income tiers (R7) and the five-category screening (R8), for a caseworker:
 * which tier or category and why, with the figures; Chinese prose with no English words (ids and
 * numbers aside); every reason code and outcome these rules emit has its own message in both languages.
 */
import { describe, expect, it } from "vitest";
import { evaluate, explain, MESSAGE_TABLES, PROGRAMMES, reasonText, type Determination, type Reason } from "../../../src/index.js";
import { household, member, wage } from "../../helpers.js";

const figure2024 = { series: { "resident-disposable-income.urban": { values: [{ from: "2024-01-01", value: "50000" }] } } };
const rigid = (annual: string) =>
  household([member("m1", { incomes: [wage("1800.00")] }), member("m2", { relation: "spouse", incomes: [wage("1200.00")] })], { rigidExpenditure: { items: [{ kind: "medical", annual }] } });

/** A spread of households touching every R7/R8 reason code and outcome. */
function determinations(): Determination[] {
  const epidemic = { cause: "epidemic" as const, effect: "income-drop" as const, since: "2022-11-01" };
  return [
    evaluate(household([member("m1", { incomes: [wage("1000.00")] })]), { asOf: "2024-10-15" }),
    evaluate(household([member("m1", { incomes: [wage("1000.00")] })]), { asOf: "2020-09-06" }),
    evaluate({ ...household([member("m1", { incomes: [wage("800.00")] })], { status: { dibao: { since: "2023-01-01" } } }), assets: null }, { asOf: "2024-10-15" }),
    evaluate(household([member("m1", { incomes: [wage("800.00")] })], { status: { dibao: { since: "2023-01-01", monthlyAmount: "10.00" } } }), { asOf: "2024-10-15" }),
    evaluate(household([member("m1", { incomes: [wage("700.00")] })], { assets: { compliant: false } }), { asOf: "2024-10-15" }),
    evaluate(household([member("m1")]), { asOf: "2025-08-15", parameters: figure2024 }),
    evaluate(household([member("m1")], { rigidExpenditure: { items: [{ kind: "medical", annual: "100.00" }] } }), { asOf: "2025-08-15", parameters: figure2024 }),
    evaluate(rigid("25200.00"), { asOf: "2025-08-15", parameters: figure2024 }),
    evaluate(rigid("25199.99"), { asOf: "2025-08-15", parameters: figure2024 }),
    evaluate({ ...rigid("25200.00"), assets: { compliant: false } }, { asOf: "2025-08-15", parameters: figure2024 }),
    evaluate(rigid("0.00"), { asOf: "2025-08-15" }),
    evaluate(rigid("25200.00"), { asOf: "2025-02-01", parameters: figure2024 }),
    evaluate({ ...rigid("25200.00"), assets: null, rigidExpenditure: null }, { asOf: "2025-08-15", parameters: figure2024 }),
    evaluate(rigid("25200.00"), { asOf: "2025-08-15", parameters: { series: { "resident-disposable-income.urban": { values: [{ from: "2024-01-01", value: "10000" }] } } } }),
    evaluate(household([member("m1", { birthDate: "1960-01-01", supporters: [] }), member("m2", { relation: "other", incomes: [wage("3000.00")] })], { rigidExpenditure: { items: [] } }), { asOf: "2025-08-15", parameters: figure2024 }),
    evaluate(household([member("m1", { incomes: [wage("300.00")] })], { status: { povertyRegistration: "edge", exitedCoverage: { date: "2022-01-01" } }, circumstances: { shocks: [epidemic] } }), { asOf: "2022-12-15" }),
    evaluate(household([member("m1", { incomes: [wage("1500.00")] })], { status: { exitedCoverage: { date: "2022-01-01" } }, circumstances: { shocks: [epidemic], difficulties: [] } }), { asOf: "2022-12-15" }),
    evaluate({ ...household([member("m1", { incomes: [wage("300.00")] })], { status: { exitedCoverage: { date: "2023-01-01" } } }), assets: null }, { asOf: "2022-12-15" }),
    evaluate(household([member("m1", { incomes: [wage("400.00")] })], { area: "rural", status: { povertyRegistration: "lifted", dibao: { since: "2021-01-01" } }, circumstances: { shocks: [], difficulties: ["housing"] } }), { asOf: "2024-10-15" }),
    evaluate(household([member("m1", { incomes: [wage("400.00")] })], { area: "rural", status: { dibao: { since: "2021-01-01" } } }), { asOf: "2024-10-15" }),
    evaluate(household([member("m1", { incomes: [{ kind: "pension", monthly: "700.00" }] })], { area: "rural", status: { specialHardshipMemberIds: ["m1"] }, circumstances: { shocks: [], difficulties: [] } }), { asOf: "2024-10-15" }),
  ];
}

const ownReasons = (d: Determination): Reason[] => [...d.lowIncome.dibaoEdge.reasons, ...d.lowIncome.rigidExpenditure.reasons, ...d.screening.flatMap((entry) => entry.reasons)];

describe("messages of R7 and R8", () => {
  it("every code and outcome emitted has its own message in zh-CN and en", () => {
    const seen = new Set<string>();
    for (const d of determinations()) {
      for (const reason of ownReasons(d)) {
        seen.add(`${reason.code}:${reason.outcome}`);
        for (const lang of ["zh-CN", "en"] as const) {
          const messages = MESSAGE_TABLES[lang].reasons[reason.code];
          expect(messages?.[reason.outcome] ?? messages?.any, `${lang} ${reason.code} ${reason.outcome}`).toBeDefined();
        }
      }
    }
    // The spread above reaches every outcome of every condition these rules can give.
    const outcomes = (codes: string[], list: string[]) => codes.flatMap((code) => list.map((outcome) => `${code}:${outcome}`));
    const expected = [
      "low-income.not-in-force:not-met",
      ...outcomes(["low-income.dibao-edge.in-dibao", "low-income.dibao-edge.property-test", "low-income.rigid-expenditure.not-covered", "low-income.rigid-expenditure.income", "low-income.rigid-expenditure.property-test", "low-income.rigid-expenditure.ratio"], ["met", "not-met", "unknown"]),
      ...outcomes(["low-income.dibao-edge.income"], ["met", "not-met"]),
      "screening.not-in-force:not-met",
      ...outcomes(["screening.epidemic-backstop.epidemic-shock", "screening.epidemic-backstop.qualifies", "screening.potential-recipient.shock", "screening.potential-recipient.not-qualifying", "screening.exited-needs-return.epidemic-shock-since-exit", "screening.rural-covered-with-difficulties.difficulties"], ["met", "not-met", "unknown"]),
      ...outcomes(["screening.registered-poor-uncovered.registration", "screening.rural-covered-with-difficulties.rural", "screening.rural-covered-with-difficulties.not-registered", "screening.exited-needs-return.exited"], ["met", "not-met"]),
      ...outcomes(["screening.registered-poor-uncovered.not-covered", "screening.epidemic-backstop.not-covered", "screening.potential-recipient.not-covered", "screening.exited-needs-return.not-covered"], ["met", "not-met"]),
      ...outcomes(["screening.rural-covered-with-difficulties.covered"], ["met", "not-met", "unknown"]),
    ];
    expect([...seen].sort()).toEqual(expected.sort());
  });

  it("Chinese prose of these sections has no English word (member ids and numbers aside)", () => {
    const [, , , lowIncome, screening] = PROGRAMMES;
    for (const d of determinations()) {
      for (const reason of ownReasons(d)) {
        const text = reasonText(reason, MESSAGE_TABLES["zh-CN"]);
        expect(text.replace(/\bm\d+\b/g, ""), `${reason.code} ${reason.outcome}: ${text}`).not.toMatch(/[A-Za-z]/);
      }
      const zh = lowIncome.messages["zh-CN"].labels;
      expect(`${zh.heading}${zh.note}${zh.tier({ tier: "dibao-edge", status: d.lowIncome.dibaoEdge.status })}${zh.tier({ tier: "rigid-expenditure", status: d.lowIncome.rigidExpenditure.status })}`).not.toMatch(/[A-Za-z]/);
      const labels = screening.messages["zh-CN"].labels;
      for (const entry of d.screening) expect(labels.entry({ category: entry.category, code: entry.code, status: entry.status })).not.toMatch(/[A-Za-z]/);
      expect(`${labels.heading}${labels.note}`).not.toMatch(/[A-Za-z]/);
    }
  });

  it("explains a dibao-edge household with its per-capita income against 1.5 × the standard", () => {
    const d = evaluate(household([member("m1", { incomes: [wage("1000.00")] })]), { asOf: "2024-10-15" });
    expect(explain(d, { lang: "zh-CN" })).toContain("家庭月人均收入1000.00元不低于低保标准750.00元，且低于1.5倍低保标准1125.00元。");
    expect(explain(d, { lang: "zh-CN" })).toContain("低保边缘家庭：属于。");
    expect(explain(d, { lang: "en" })).toContain("Per-capita income 1000.00 yuan is not below the standard 750.00 yuan and below 1.5 × the standard (1125.00 yuan).");
  });

  it("explains a rigid-expenditure household with annual per-capita income against last year's figure and expenditure against income", () => {
    const d = evaluate(rigid("25200.00"), { asOf: "2025-08-15", parameters: figure2024 });
    const zh = explain(d, { lang: "zh-CN" });
    expect(zh).toContain("刚性支出困难家庭：属于。");
    expect(zh).toContain("家庭年人均收入18000.00元（月人均1500.00元×12）低于上年度（2024年）当地城镇常住居民人均可支配收入50000.00元。");
    expect(zh).toContain("近12个月刚性支出25200.00元，占家庭总收入36000.00元（月可计收入×12）的0.7000，不低于规定比例0.70。");
    const en = explain(d, { lang: "en" });
    expect(en).toContain("Annual per-capita income 18000.00 yuan (1500.00 yuan a month × 12) is below the local urban residents' per-capita disposable income of last year (2024), 50000.00 yuan.");
    expect(en).toContain("Rigid expenditure over the last 12 months, 25200.00 yuan, is 0.7000 of household income 36000.00 yuan (12 × the monthly countable income): not below the local share 0.70.");
  });

  it("says a screening flag asks for verification and awards nothing, naming the category in the report's words", () => {
    const d = evaluate(household([member("m1", { incomes: [wage("1000.00")] })], { area: "rural", status: { povertyRegistration: "edge" } }), { asOf: "2024-10-15" });
    const zh = explain(d, { lang: "zh-CN" });
    expect(zh).toContain("摸排只提示经办人员对相关家庭立即跟进核实，不作任何救助决定，也不给付任何待遇。");
    expect(zh).toContain("第1类（未脱贫建档立卡贫困人口、脱贫不稳定人口、边缘易致贫人口中未纳入兜底保障范围的人群）：提示立即跟进核实。");
    expect(zh).toContain("建档立卡状态为“边缘易致贫”，属未脱贫建档立卡贫困人口、脱贫不稳定人口或边缘易致贫人口。");
    expect(explain(d, { lang: "en" })).toContain("A flag asks a caseworker to verify the household at once; the screening decides nothing and awards nothing.");
  });
});
