/**
 * The dibao message tables (src/rules/dibao/messages-en.ts, messages-zh-CN.ts) word for word: every reason
 * code R1, R5 and R2 write, every outcome and every branch inside a template (singular and plural, members
 * left out or not, each exclusion and registration name, each top-up category, INT-5 at the standard or not,
 * the legacy rule's start date given or not), in both languages; then the section as explain() prints it for
 * each status (the programme's `render` and its labels). The expected sentences are written out by hand from
 * the templates and the policy's wording; the values have the shape the rules write (money as "735.00", ISO
 * dates, member ids, lists). Everything is rendered inside the tests, never while the suite is collected.
 */
import { describe, expect, it } from "vitest";
import { MESSAGE_TABLES, evaluate, explain, reasonText, type Determination, type Reason, type ReasonValue } from "../../../src/index.js";
import { dibaoProgramme, type DibaoSection } from "../../../src/rules/dibao/index.js";
import { singlePersonProgramme } from "../../../src/rules/single-person/index.js";
import { household, member } from "../../helpers.js";

type Row = readonly [description: string, code: string, outcome: Reason["outcome"], values: Record<string, ReasonValue>, en: string, zh: string];

function reason(code: string, outcome: Reason["outcome"], values: Record<string, ReasonValue>, clauses: string[] = []): Reason {
  return { code, outcome, clauses, values, missing: [], interpretations: [] };
}

/** The contract's example household's figures (2023-10-15, urban S = 735, three members, 1 200 income). */
const INCOME = { countableMonthlyIncome: "1200.00", countedMembers: 3, perCapitaMonthlyIncome: "400.00", standard: "735.00", standardTimesMembers: "2205.00", area: "urban" };
/** A one-person recipient's bound under the current rule: S 735, 1.5 × 735 = 1 102.50. */
const BOUND = { rule: "current", perCapitaMonthlyIncome: "1000.00", standard: "735.00", multiple: "1.5", upperBound: "1102.50", countableMonthlyIncome: "1000.00", boundTimesMembers: "1102.50", incomeEqualsStandard: false };
const TOP_UP = { memberId: "m3", age: 11, categories: ["student"], eligibleCategories: ["student"], amount: "100.00", agedMinAge: 70, severeDisabilityGrades: null };

const R1: readonly Row[] = [
  ["members, none left out", "household.counted-members", "met", { countedMembers: 3, excludedMemberIds: [], exclusionReasons: [] }, "3 members counted in the household.", "计入共同生活家庭成员3人。"],
  [
    "one member, one left out (in prison)",
    "household.counted-members",
    "met",
    { countedMembers: 1, excludedMemberIds: ["m2"], exclusionReasons: ["imprisoned"] },
    "1 member counted in the household; not counted: m2 (in prison).",
    "计入共同生活家庭成员1人；不计入：m2（在监狱内服刑）。",
  ],
  [
    "two left out (clergy away, drug rehabilitation), listed in order",
    "household.counted-members",
    "met",
    { countedMembers: 2, excludedMemberIds: ["m3", "m4"], exclusionReasons: ["clergy-away-3-years", "compulsory-rehabilitation"] },
    "2 members counted in the household; not counted: m3 (clergy living away for 3 years or more), m4 (in compulsory drug rehabilitation).",
    "计入共同生活家庭成员2人；不计入：m3（连续三年以上脱离家庭独立生活的宗教教职人员）、m4（在戒毒所强制隔离戒毒）。",
  ],
  [
    "declared missing, and an exclusion the table does not name (as given)",
    "household.counted-members",
    "met",
    { countedMembers: 1, excludedMemberIds: ["m2", "m3"], exclusionReasons: ["declared-missing", "emigrated"] },
    "1 member counted in the household; not counted: m2 (declared missing), m3 (emigrated).",
    "计入共同生活家庭成员1人；不计入：m2（宣告失踪）、m3（emigrated）。",
  ],
  [
    "a member left out without a reason list",
    "household.counted-members",
    "met",
    { countedMembers: 2, excludedMemberIds: ["m3"] },
    "2 members counted in the household; not counted: m3 (not given).",
    "计入共同生活家庭成员2人；不计入：m3（未提供）。",
  ],
  ["no list of members left out", "household.counted-members", "met", { countedMembers: 4 }, "4 members counted in the household.", "计入共同生活家庭成员4人。"],
  [
    "income below the urban standard",
    "dibao.income-test",
    "met",
    INCOME,
    "Per-capita monthly income 400.00 yuan (total 1200.00 yuan ÷ 3) is below the urban standard of 735.00 yuan.",
    "家庭月人均收入400.00元（合计1200.00元÷3人）低于城市低保标准735.00元。",
  ],
  [
    "income not below the rural standard",
    "dibao.income-test",
    "not-met",
    { countableMonthlyIncome: "1600.00", countedMembers: 2, perCapitaMonthlyIncome: "800.00", standard: "620.00", standardTimesMembers: "1240.00", area: "rural" },
    "Per-capita monthly income 800.00 yuan (total 1600.00 yuan ÷ 2) is not below the rural standard of 620.00 yuan.",
    "家庭月人均收入800.00元（合计1600.00元÷2人）不低于农村低保标准620.00元。",
  ],
  [
    "an area the tables do not name (as given)",
    "dibao.income-test",
    "met",
    { ...INCOME, area: "suburban" },
    "Per-capita monthly income 400.00 yuan (total 1200.00 yuan ÷ 3) is below the suburban standard of 735.00 yuan.",
    "家庭月人均收入400.00元（合计1200.00元÷3人）低于suburban低保标准735.00元。",
  ],
  ["property compliant", "dibao.property-test", "met", { assetsCompliant: true }, "The household's property meets the local rules.", "家庭财产状况符合规定。"],
  ["property not compliant", "dibao.property-test", "not-met", { assetsCompliant: false }, "The household's property does not meet the local rules.", "家庭财产状况不符合规定。"],
  ["property finding not given", "dibao.property-test", "unknown", { assetsCompliant: null }, "The household's property check finding is not given.", "未提供家庭财产状况核查结论。"],
  [
    "the amount: 735 × 3 − 1 200 = 1 005, plus 100",
    "dibao.amount",
    "met",
    { standardTimesMembers: "2205.00", countableMonthlyIncome: "1200.00", baseAmount: "1005.00", topUpTotal: "100.00", monthlyAmount: "1105.00", paymentStart: "2023-11-01" },
    "Monthly amount 1105.00 yuan: standard × members 2205.00 yuan − income 1200.00 yuan = 1005.00 yuan, plus top-ups 100.00 yuan; paid from 2023-11-01.",
    "月保障金1105.00元：标准×人数2205.00元−家庭收入1200.00元＝1005.00元，另加分类重点救助100.00元；自2023-11-01起发放。",
  ],
  [
    "a recipient's payment stops",
    "dibao.stop",
    "met",
    { failedTests: "dibao.property-test", stopFrom: "2023-11-01" },
    "Payment stops from 2023-11-01; these reasons are the written explanation the decision requires.",
    "自2023-11-01起停发最低生活保障金；以上理由即为书面说明。",
  ],
];

const R5: readonly Row[] = [
  ["a pupil", "top-up.member", "met", TOP_UP, "Classified top-up for m3 (age 11): 100.00 yuan (student).", "m3（11周岁）分类重点救助每月100.00元（在校学生）。"],
  [
    "severely disabled (grades 1–2) and disabled",
    "top-up.member",
    "met",
    { ...TOP_UP, memberId: "m1", age: 45, categories: ["severely-disabled", "disabled"], eligibleCategories: ["severely-disabled"], amount: "250.00", severeDisabilityGrades: ["any:2"] },
    "Classified top-up for m1 (age 45): 250.00 yuan (severely disabled (grade 1–2), disabled).",
    "m1（45周岁）分类重点救助每月250.00元（一至二级重残人员、残疾人员）。",
  ],
  [
    "severely disabled under a caller's grade list (grade 1, intellectual grades 1–3)",
    "top-up.member",
    "met",
    { ...TOP_UP, memberId: "m1", age: 45, categories: ["severely-disabled"], eligibleCategories: ["severely-disabled"], amount: "200.00", severeDisabilityGrades: ["any:1", "intellectual:3"] },
    "Classified top-up for m1 (age 45): 200.00 yuan (severely disabled (grade 1, intellectual grade 1–3)).",
    "m1（45周岁）分类重点救助每月200.00元（一级、一至三级智力重残人员）。",
  ],
  [
    "aged 70 or over, the age from the values",
    "top-up.member",
    "met",
    { ...TOP_UP, memberId: "m1", age: 72, categories: ["aged-70-plus"], eligibleCategories: ["aged-70-plus"], amount: "150.00", agedMinAge: 70 },
    "Classified top-up for m1 (age 72): 150.00 yuan (aged 70 or over).",
    "m1（72周岁）分类重点救助每月150.00元（70岁以上老人）。",
  ],
  [
    "major illness and disabled",
    "top-up.member",
    "met",
    { ...TOP_UP, memberId: "m2", age: 50, categories: ["serious-illness", "disabled"], eligibleCategories: ["serious-illness"], amount: "250.00", severeDisabilityGrades: ["any:2"] },
    "Classified top-up for m2 (age 50): 250.00 yuan (major illness, disabled).",
    "m2（50周岁）分类重点救助每月250.00元（患有重大疾病人员、残疾人员）。",
  ],
  [
    "a preschool child",
    "top-up.member",
    "met",
    { ...TOP_UP, memberId: "m4", age: 4, categories: ["preschool-child"], eligibleCategories: ["preschool-child"] },
    "Classified top-up for m4 (age 4): 100.00 yuan (preschool child).",
    "m4（4周岁）分类重点救助每月100.00元（学龄前儿童）。",
  ],
  [
    "a category the tables do not name (as given)",
    "top-up.member",
    "met",
    { ...TOP_UP, categories: ["student", "future-category"] },
    "Classified top-up for m3 (age 11): 100.00 yuan (student, future-category).",
    "m3（11周岁）分类重点救助每月100.00元（在校学生、future-category）。",
  ],
  ["no category list", "top-up.member", "met", { ...TOP_UP, categories: null }, "Classified top-up for m3 (age 11): 100.00 yuan (not given).", "m3（11周岁）分类重点救助每月100.00元（—）。"],
];

const R2: readonly Row[] = [
  [
    "legacy scope met: rural, lifted, the current rule's start given",
    "gradual-exit.legacy-scope",
    "met",
    { area: "rural", povertyRegistration: "lifted", currentRuleFrom: "2020-09-07" },
    "Before 2020-09-07 a window was only for rural registered-poor households: this rural household is lifted from poverty.",
    "2020年9月7日前渐退仅适用于农村建档立卡贫困户：本户为农村，建档立卡状态为“已脱贫”。",
  ],
  [
    "legacy scope met: unlifted, no start date in the parameters",
    "gradual-exit.legacy-scope",
    "met",
    { area: "rural", povertyRegistration: "unlifted", currentRuleFrom: null },
    "Before the current rule a window was only for rural registered-poor households: this rural household is registered poor, not lifted.",
    "现行规定施行前渐退仅适用于农村建档立卡贫困户：本户为农村，建档立卡状态为“未脱贫”。",
  ],
  [
    "legacy scope met: lifted but unstable",
    "gradual-exit.legacy-scope",
    "met",
    { area: "rural", povertyRegistration: "lifted-unstable", currentRuleFrom: "2020-09-07" },
    "Before 2020-09-07 a window was only for rural registered-poor households: this rural household is lifted but unstable.",
    "2020年9月7日前渐退仅适用于农村建档立卡贫困户：本户为农村，建档立卡状态为“脱贫不稳定”。",
  ],
  [
    "legacy scope not met: urban, not registered",
    "gradual-exit.legacy-scope",
    "not-met",
    { area: "urban", povertyRegistration: "none", currentRuleFrom: "2020-09-07" },
    "Before 2020-09-07 a window was only for rural registered-poor households: this household is urban (poverty registration: not registered).",
    "2020年9月7日前渐退仅适用于农村建档立卡贫困户：本户为城市，建档立卡状态为“未建档立卡”，不适用。",
  ],
  [
    "legacy scope not met: rural at the edge of poverty, no start date",
    "gradual-exit.legacy-scope",
    "not-met",
    { area: "rural", povertyRegistration: "edge", currentRuleFrom: null },
    "Before the current rule a window was only for rural registered-poor households: this household is rural (poverty registration: at the edge of poverty).",
    "现行规定施行前渐退仅适用于农村建档立卡贫困户：本户为农村，建档立卡状态为“边缘易致贫”，不适用。",
  ],
  [
    "legacy scope not met: registration not given",
    "gradual-exit.legacy-scope",
    "not-met",
    { area: "rural", povertyRegistration: null, currentRuleFrom: "2020-09-07" },
    "Before 2020-09-07 a window was only for rural registered-poor households: this household is rural (poverty registration: not given).",
    "2020年9月7日前渐退仅适用于农村建档立卡贫困户：本户为农村，建档立卡状态为“未提供”，不适用。",
  ],
  [
    "legacy scope not met: a registration the tables do not name (as given)",
    "gradual-exit.legacy-scope",
    "not-met",
    { area: "rural", povertyRegistration: "future-status", currentRuleFrom: "2020-09-07" },
    "Before 2020-09-07 a window was only for rural registered-poor households: this household is rural (poverty registration: future-status).",
    "2020年9月7日前渐退仅适用于农村建档立卡贫困户：本户为农村，建档立卡状态为“future-status”，不适用。",
  ],
  [
    "bound met above the standard (current rule, 1.5 ×)",
    "gradual-exit.bound",
    "met",
    BOUND,
    "Per-capita income 1000.00 yuan is not below the standard 735.00 yuan but below 1.5 × the standard (1102.50 yuan): within the current gradual-exit rule.",
    "家庭月人均收入1000.00元不低于低保标准735.00元，但低于1.5倍标准（1102.50元），适用现行渐退规定。",
  ],
  [
    "bound met at the standard under INT-5 (legacy rule, 2 ×)",
    "gradual-exit.bound",
    "met",
    { rule: "legacy", perCapitaMonthlyIncome: "620.00", standard: "620.00", multiple: "2", upperBound: "1240.00", countableMonthlyIncome: "620.00", boundTimesMembers: "1240.00", incomeEqualsStandard: true },
    "Per-capita income 620.00 yuan is not below the standard 620.00 yuan but below 2 × the standard (1240.00 yuan): within the legacy gradual-exit rule. Income exactly at the standard is taken into the window.",
    "家庭月人均收入620.00元不低于低保标准620.00元，但低于2倍标准（1240.00元），适用原渐退规定。收入恰等于标准，纳入渐退期。",
  ],
  [
    "bound not met at the standard with INT-5 off",
    "gradual-exit.bound",
    "not-met",
    { ...BOUND, perCapitaMonthlyIncome: "735.00", countableMonthlyIncome: "735.00", incomeEqualsStandard: true },
    "Per-capita income equals the standard 735.00 yuan; with INT-5 off it gets no window.",
    "家庭月人均收入恰等于低保标准735.00元；未采用解释INT-5，不给予渐退期。",
  ],
  [
    "bound not met above 1.5 ×",
    "gradual-exit.bound",
    "not-met",
    { ...BOUND, perCapitaMonthlyIncome: "1200.00", countableMonthlyIncome: "1200.00" },
    "Per-capita income 1200.00 yuan is not below 1.5 × the standard (1102.50 yuan): no gradual-exit window.",
    "家庭月人均收入1200.00元不低于1.5倍标准（1102.50元），不给予渐退期。",
  ],
  ["window property compliant", "gradual-exit.property-test", "met", { assetsCompliant: true }, "The household's property meets the local rules, as a window requires.", "家庭财产状况符合规定，可给予渐退期。"],
  ["window property not compliant", "gradual-exit.property-test", "not-met", { assetsCompliant: false }, "The household's property does not meet the local rules: no window.", "家庭财产状况不符合规定，不给予渐退期。"],
  [
    "window property finding not given",
    "gradual-exit.property-test",
    "unknown",
    { assetsCompliant: null },
    "The household's property check finding is not given, and a window requires it.",
    "未提供家庭财产状况核查结论，渐退期需以此为条件。",
  ],
  [
    "a window under the current rule",
    "gradual-exit.window",
    "met",
    { start: "2023-11-01", end: "2024-04-30", months: 6, rule: "current" },
    "Gradual-exit window of 6 months: 2023-11-01 to 2024-04-30 (current rule).",
    "给予6个月渐退期：2023-11-01至2024-04-30（现行规定）。",
  ],
  [
    "a window under the legacy rule",
    "gradual-exit.window",
    "met",
    { start: "2019-11-01", end: "2020-04-30", months: 6, rule: "legacy" },
    "Gradual-exit window of 6 months: 2019-11-01 to 2020-04-30 (legacy rule).",
    "给予6个月渐退期：2019-11-01至2020-04-30（原规定）。",
  ],
  ["the kept amount (INT-6)", "gradual-exit.kept-amount", "met", { monthlyAmount: "300.00" }, "During the window the household keeps its current amount of 300.00 yuan.", "渐退期内继续按当前每月保障金300.00元发放。"],
  [
    "the kept amount not given",
    "gradual-exit.kept-amount",
    "unknown",
    { monthlyAmount: null },
    "The household keeps its current amount during the window, but that amount is not given.",
    "渐退期内继续按当前保障金发放，但未提供当前每月保障金。",
  ],
  [
    "a window in progress (INT-7)",
    "gradual-exit.window-in-progress",
    "met",
    { start: "2023-08-01", end: "2024-01-31", asOf: "2023-10-15" },
    "A window from 2023-08-01 to 2024-01-31 is running; it runs to its end whatever income does.",
    "渐退期2023-08-01至2024-01-31正在执行，收入变化不影响其执行至期满。",
  ],
  [
    "a window superseded by ordinary dibao (INT-7)",
    "gradual-exit.window-superseded",
    "met",
    { start: "2023-08-01", end: "2024-01-31" },
    "The window from 2023-08-01 to 2024-01-31 ends: income is below the standard again, so ordinary dibao applies.",
    "家庭人均收入重新低于标准，渐退期（2023-08-01至2024-01-31）结束，恢复正常低保。",
  ],
  [
    "a window already used (INT-7)",
    "gradual-exit.window-already-used",
    "not-met",
    { previousStart: "2023-01-01", previousEnd: "2023-06-30" },
    "The household had a window from 2023-01-01 to 2023-06-30; a second window in a row is not granted.",
    "本户已享受渐退期（2023-01-01至2023-06-30），不连续再次给予。",
  ],
];

const ROWS: readonly Row[] = [...R1, ...R5, ...R2];

describe("dibao reasons, word for word", () => {
  it.each(R1)("R1: %s", (_, code, outcome, values, en, zh) => {
    expect(reasonText(reason(code, outcome, values), MESSAGE_TABLES.en)).toBe(en);
    expect(reasonText(reason(code, outcome, values), MESSAGE_TABLES["zh-CN"])).toBe(zh);
  });

  it.each(R5)("R5 top-up: %s", (_, code, outcome, values, en, zh) => {
    expect(reasonText(reason(code, outcome, values), MESSAGE_TABLES.en)).toBe(en);
    expect(reasonText(reason(code, outcome, values), MESSAGE_TABLES["zh-CN"])).toBe(zh);
  });

  it.each(R2)("R2: %s", (_, code, outcome, values, en, zh) => {
    expect(reasonText(reason(code, outcome, values), MESSAGE_TABLES.en)).toBe(en);
    expect(reasonText(reason(code, outcome, values), MESSAGE_TABLES["zh-CN"])).toBe(zh);
  });

  it("the rows above reach every template of both tables, and each code is the programme's own", () => {
    for (const lang of ["en", "zh-CN"] as const) {
      const reasons = dibaoProgramme.messages[lang].reasons;
      const templates = Object.entries(reasons).flatMap(([code, messages]) => Object.keys(messages ?? {}).map((outcome) => `${code}:${outcome}`));
      const reached = ROWS.map(([, code, outcome]) => `${code}:${reasons[code]?.[outcome] === undefined ? "any" : outcome}`);
      expect(new Set(reached)).toEqual(new Set(templates));
    }
  });
});

describe("the status label", () => {
  const status = { en: dibaoProgramme.messages.en.labels.status, zh: dibaoProgramme.messages["zh-CN"].labels.status };
  const none = { monthlyAmount: null, baseAmount: null, paymentStart: null, stopFrom: null, windowStart: null, windowEnd: null, windowRule: null };

  it("eligible: the amount, its base and the first payment", () => {
    const values = { ...none, status: "eligible", monthlyAmount: "1105.00", baseAmount: "1005.00", paymentStart: "2023-11-01" };
    expect(status.en(values)).toBe("Eligible: 1105.00 yuan a month (base 1005.00 yuan), paid from 2023-11-01.");
    expect(status.zh(values)).toBe("符合条件：每月1105.00元（基本1005.00元），自2023-11-01起发放。");
  });

  it("ineligible: an applicant (no stop date) and a recipient (payment stops)", () => {
    expect(status.en({ ...none, status: "ineligible" })).toBe("Not eligible.");
    expect(status.zh({ ...none, status: "ineligible" })).toBe("不符合条件。");
    expect(status.en({ ...none, status: "ineligible", stopFrom: "2023-11-01" })).toBe("Not eligible: payment stops from 2023-11-01.");
    expect(status.zh({ ...none, status: "ineligible", stopFrom: "2023-11-01" })).toBe("不符合条件：自2023-11-01起停发。");
  });

  it("gradual exit: the kept amount, the window and its rule", () => {
    const values = { ...none, status: "gradual-exit", monthlyAmount: "300.00", windowStart: "2023-11-01", windowEnd: "2024-04-30", windowRule: "current" };
    expect(status.en(values)).toBe("Gradual exit: keeps 300.00 yuan a month from 2023-11-01 to 2024-04-30 (current rule).");
    expect(status.zh(values)).toBe("渐退：2023-11-01至2024-04-30继续每月发放300.00元（现行规定）。");
  });

  it("needs review, and a status the tables do not name (as given)", () => {
    expect(status.en({ ...none, status: "needs-review" })).toBe("Needs review: a fact needed to decide is missing.");
    expect(status.zh({ ...none, status: "needs-review" })).toBe("需人工复核：缺少作出决定所需的事实。");
    expect(status.en({ ...none, status: "suspended" })).toBe("suspended");
    expect(status.zh({ ...none, status: "suspended" })).toBe("suspended");
  });
});

/** A plain adult with no income (2023-10-15) decided, then given this dibao section: what explain() prints for it. */
function sectionLines(dibao: DibaoSection, lang: "en" | "zh-CN"): string[] {
  const decided = evaluate(household([member("m1")]), { asOf: "2023-10-15" });
  const d: Determination = { ...decided, dibao };
  const lines = explain(d, { lang }).split("\n");
  const start = lines.indexOf(dibaoProgramme.messages[lang].labels.heading);
  const end = lines.indexOf(singlePersonProgramme.messages[lang].labels.heading);
  expect(start).toBeGreaterThan(0);
  return lines.slice(start, end);
}

const EMPTY: DibaoSection = { status: "needs-review", monthlyAmount: null, baseAmount: null, topUps: [], paymentStart: null, stopFrom: null, window: null, reasons: [] };
const PROPERTY_MET = reason("dibao.property-test", "met", { assetsCompliant: true }, ["saim/art-9"]);
const EN_HEADING = ["Minimum living guarantee (dibao)", "=".repeat(32), ""];
const ZH_HEADING = ["最低生活保障（低保）", "=".repeat(20), ""];

describe("the dibao section in explain()", () => {
  it("eligible: heading, status line with the amount, then the reasons", () => {
    const section: DibaoSection = {
      ...EMPTY,
      status: "eligible",
      monthlyAmount: "1105.00",
      baseAmount: "1005.00",
      topUps: [{ memberId: "m3", amount: "100.00", categories: ["student"] }],
      paymentStart: "2023-11-01",
      reasons: [PROPERTY_MET, reason("top-up.member", "met", TOP_UP, ["saim/art-12/para-2"])],
    };
    expect(sectionLines(section, "en")).toEqual([
      ...EN_HEADING,
      "Eligible: 1105.00 yuan a month (base 1005.00 yuan), paid from 2023-11-01.",
      "• ✓ The household's property meets the local rules. [saim/art-9]",
      "• ✓ Classified top-up for m3 (age 11): 100.00 yuan (student). [saim/art-12/para-2]",
      "",
    ]);
    expect(sectionLines(section, "zh-CN")).toEqual([
      ...ZH_HEADING,
      "符合条件：每月1105.00元（基本1005.00元），自2023-11-01起发放。",
      "• ✓ 家庭财产状况符合规定。 [saim/art-9]",
      "• ✓ m3（11周岁）分类重点救助每月100.00元（在校学生）。 [saim/art-12/para-2]",
      "",
    ]);
  });

  it("ineligible applicant: no stop date", () => {
    const section: DibaoSection = { ...EMPTY, status: "ineligible", reasons: [reason("dibao.property-test", "not-met", { assetsCompliant: false }, ["saim/art-9"])] };
    expect(sectionLines(section, "en")).toEqual([...EN_HEADING, "Not eligible.", "• ✗ The household's property does not meet the local rules. [saim/art-9]", ""]);
    expect(sectionLines(section, "zh-CN")).toEqual([...ZH_HEADING, "不符合条件。", "• ✗ 家庭财产状况不符合规定。 [saim/art-9]", ""]);
  });

  it("ineligible recipient: the stop date from the section", () => {
    const section: DibaoSection = { ...EMPTY, status: "ineligible", stopFrom: "2023-11-01", reasons: [reason("dibao.stop", "met", { failedTests: "dibao.property-test", stopFrom: "2023-11-01" }, ["saim/art-13"])] };
    expect(sectionLines(section, "en")).toEqual([
      ...EN_HEADING,
      "Not eligible: payment stops from 2023-11-01.",
      "• ✓ Payment stops from 2023-11-01; these reasons are the written explanation the decision requires. [saim/art-13]",
      "",
    ]);
    expect(sectionLines(section, "zh-CN")).toEqual([...ZH_HEADING, "不符合条件：自2023-11-01起停发。", "• ✓ 自2023-11-01起停发最低生活保障金；以上理由即为书面说明。 [saim/art-13]", ""]);
  });

  it("gradual exit: the window's start, end and rule and the kept amount from the section", () => {
    const section: DibaoSection = {
      ...EMPTY,
      status: "gradual-exit",
      monthlyAmount: "300.00",
      window: { start: "2019-11-01", end: "2020-04-30", rule: "legacy" },
      reasons: [reason("gradual-exit.kept-amount", "met", { monthlyAmount: "300.00" }, ["cq-daily-2020-09/gradual-exit-legacy"])],
    };
    expect(sectionLines(section, "en")).toEqual([
      ...EN_HEADING,
      "Gradual exit: keeps 300.00 yuan a month from 2019-11-01 to 2020-04-30 (legacy rule).",
      "• ✓ During the window the household keeps its current amount of 300.00 yuan. [cq-daily-2020-09/gradual-exit-legacy]",
      "",
    ]);
    expect(sectionLines(section, "zh-CN")).toEqual([
      ...ZH_HEADING,
      "渐退：2019-11-01至2020-04-30继续每月发放300.00元（原规定）。",
      "• ✓ 渐退期内继续按当前每月保障金300.00元发放。 [cq-daily-2020-09/gradual-exit-legacy]",
      "",
    ]);
  });

  it("needs review, with no reasons", () => {
    expect(sectionLines(EMPTY, "en")).toEqual([...EN_HEADING, "Needs review: a fact needed to decide is missing.", ""]);
    expect(sectionLines(EMPTY, "zh-CN")).toEqual([...ZH_HEADING, "需人工复核：缺少作出决定所需的事实。", ""]);
  });
});
