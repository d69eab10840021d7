/**
 * The message tables (src/explain/messages): the INT-5 wording of the gradual-exit bound in both
 * languages, met and not met, and how a code value the tables do not name (a status, route, care tier,
 * area or top-up category from a later version of the library) is shown: as given, never as
 * "undefined". Evaluations happen inside the tests, never while the suite is collected.
 */
import { describe, expect, it } from "vitest";
import { MESSAGE_TABLES, PROGRAMMES, evaluate, explain, reasonText, type Determination, type Reason, type ReasonValue } from "../../src/index.js";
import { household, member, wage } from "../helpers.js";

const zh = MESSAGE_TABLES["zh-CN"];
const en = MESSAGE_TABLES.en;
const [dibao, singlePerson, specialHardship] = PROGRAMMES;

/** A dibao recipient (kept amount 300) with one member's wage as its whole income. */
const recipient = (income: string) => household([member("m1", { incomes: [wage(income)] })], { status: { dibao: { since: "2022-01-01", monthlyAmount: "300" } } });

function reason(code: string, outcome: Reason["outcome"], values: Record<string, ReasonValue>): Reason {
  return { code, outcome, clauses: [], values, missing: [], interpretations: [] };
}

function boundReason(d: Determination): Reason {
  const found = d.dibao.reasons.find((each) => each.code === "gradual-exit.bound");
  if (found === undefined) throw new Error("no gradual-exit.bound reason");
  return found;
}

describe("gradual-exit bound at exactly the standard (INT-5)", () => {
  // 2023-10-15: urban standard 735; the current rule's bound is 1.5 × 735 = 1102.50.
  it("with INT-5 (as shipped), says the income at the standard is taken into the window", () => {
    const d = evaluate(recipient("735"), { asOf: "2023-10-15" });
    expect(d.dibao.status).toBe("gradual-exit");
    expect(reasonText(boundReason(d), en)).toBe(
      "Per-capita income 735.00 yuan is not below the standard 735.00 yuan but below 1.5 × the standard (1102.50 yuan): within the current gradual-exit rule. Income exactly at the standard is taken into the window.",
    );
    expect(reasonText(boundReason(d), zh)).toBe("家庭月人均收入735.00元不低于低保标准735.00元，但低于1.5倍标准（1102.50元），适用现行渐退规定。收入恰等于标准，纳入渐退期。");
    expect(explain(d, { lang: "en" })).toContain("Income exactly at the standard is taken into the window.");
  });

  it("with INT-5 off, says the income at the standard gets no window", () => {
    const d = evaluate(recipient("735"), { asOf: "2023-10-15", interpretations: { "INT-5": false } });
    expect(d.dibao.status).toBe("ineligible");
    expect(reasonText(boundReason(d), en)).toBe("Per-capita income equals the standard 735.00 yuan; with INT-5 off it gets no window.");
    expect(reasonText(boundReason(d), zh)).toBe("家庭月人均收入恰等于低保标准735.00元；未采用解释INT-5，不给予渐退期。");
    expect(explain(d, { lang: "zh-CN" })).toContain("未采用解释INT-5，不给予渐退期。");
  });

  it("above the standard, the wording says nothing of INT-5", () => {
    const d = evaluate(recipient("1000"), { asOf: "2023-10-15" });
    expect(reasonText(boundReason(d), en)).toBe("Per-capita income 1000.00 yuan is not below the standard 735.00 yuan but below 1.5 × the standard (1102.50 yuan): within the current gradual-exit rule.");
    expect(reasonText(boundReason(d), zh)).toBe("家庭月人均收入1000.00元不低于低保标准735.00元，但低于1.5倍标准（1102.50元），适用现行渐退规定。");
  });
});

describe("code values the tables do not name are shown as given", () => {
  it("a dibao status", () => {
    expect(dibao.messages.en.labels.status({ status: "suspended" })).toBe("suspended");
    expect(dibao.messages["zh-CN"].labels.status({ status: "suspended" })).toBe("suspended");
    expect(dibao.messages["zh-CN"].labels.status({ status: "ineligible", stopFrom: null })).toBe("不符合条件。");
  });

  it("a referral route (zh-CN names the routes it knows)", () => {
    const values = { memberId: "m2", route: "future-route", monthlyAmount: "120.00" };
    expect(singlePerson.messages["zh-CN"].labels.entry({ ...values, status: "refer" })).toBe("m2：可参照单人户申请低保（future-route），每月120.00元。");
    expect(singlePerson.messages["zh-CN"].labels.entry({ ...values, status: "needs-review" })).toBe("m2：单人户需人工复核（future-route）。");
    expect(singlePerson.messages["zh-CN"].labels.entry({ ...values, route: "near-dibao", status: "needs-review" })).toBe("m2：单人户需人工复核（低保边缘家庭）。");
  });

  it("a care tier, in the extreme-poverty entry and in the care-tier reason", () => {
    const entry = { memberId: "m4", status: "eligible", basicMonthly: "1001.00", careMonthly: "100.00", supportStart: "2025-11-01" };
    expect(specialHardship.messages["zh-CN"].labels.entry({ ...entry, careTier: "future-tier" })).toBe("m4：符合——基本生活1001.00元，照料护理100.00元（future-tier），自2025-11-01起。");
    expect(specialHardship.messages["zh-CN"].labels.entry({ ...entry, careTier: "full" })).toBe("m4：符合——基本生活1001.00元，照料护理100.00元（全护理），自2025-11-01起。");
    const tier = (careTier: string) => reason("special-hardship.care-tier", "met", { adlFailed: 3, careTier, careMonthly: "300.00" });
    expect(reasonText(tier("future-tier"), zh)).toBe("6项日常生活指标中3项不能达到：future-tier，照料护理补贴每月300.00元。");
    expect(reasonText(tier("partial"), zh)).toBe("6项日常生活指标中3项不能达到：半护理，照料护理补贴每月300.00元。");
  });

  it("an area", () => {
    const test = (area: string) => reason("dibao.income-test", "met", { perCapitaMonthlyIncome: "100.00", countableMonthlyIncome: "100.00", countedMembers: 1, area, standard: "770.00" });
    expect(reasonText(test("suburban"), zh)).toBe("家庭月人均收入100.00元（合计100.00元÷1人）低于suburban低保标准770.00元。");
    expect(reasonText(test("rural"), zh)).toBe("家庭月人均收入100.00元（合计100.00元÷1人）低于农村低保标准770.00元。");
  });

  it("a top-up category, and categories not given as a list", () => {
    const topUp = (categories: ReasonValue) => reason("top-up.member", "met", { memberId: "m3", age: 10, amount: "100.00", categories });
    expect(reasonText(topUp(["student", "future-category"]), zh)).toBe("m3（10周岁）分类重点救助每月100.00元（在校学生、future-category）。");
    expect(reasonText(topUp(null), zh)).toBe("m3（10周岁）分类重点救助每月100.00元（—）。");
    expect(reasonText(topUp(["student", "future-category"]), en)).toBe("Classified top-up for m3 (age 10): 100.00 yuan (student, future-category).");
  });
});
