/**
 * The single-person message tables (src/rules/single-person/messages-en.ts, messages-zh-CN.ts) word for word:
 * every reason code R3 writes, every outcome and every branch inside a template (each disability category,
 * a grade or none, major illness or not, each dibao status and registration name, a route's start date given
 * or not, income below the standard or above the line, employment yes/no/not given), in both languages; then
 * the section as explain() prints it (the programme's `render` and its labels: no referral, a referral and a
 * review on each route). The expected sentences are written out by hand from the templates and the policy's
 * wording; the values have the shape R3 writes. Everything is rendered inside the tests.
 */
import { describe, expect, it } from "vitest";
import { MESSAGE_TABLES, evaluate, explain, reasonText, type Reason, type ReasonValue } from "../../../src/index.js";
import { singlePersonProgramme, type SinglePersonReferral } from "../../../src/rules/single-person/index.js";
import { specialHardshipProgramme } from "../../../src/rules/special-hardship/index.js";
import { household, member } from "../../helpers.js";

type Row = readonly [description: string, code: string, outcome: Reason["outcome"], values: Record<string, ReasonValue>, en: string, zh: string];

function reason(code: string, outcome: Reason["outcome"], values: Record<string, ReasonValue>, clauses: string[] = []): Reason {
  return { code, outcome, clauses, values, missing: [], interpretations: [] };
}

const SEVERITY = { memberId: "m2", disabilityCategory: "physical", disabilityGrade: 1, seriousIllness: false, grade3IntellectualMentalCounts: true };
/** Near-dibao figures on 2023-10-15, urban S 735: the line 1.5 × 735 = 1 102.50. */
const LINE = { perCapitaMonthlyIncome: "900.00", standard: "735.00", multiple: "1.5", nearDibaoLine: "1102.50", incomeBelowStandard: false };
const OWN = { memberId: "m2", ownMonthlyIncome: "100.00", standard: "735.00" };
const PERSON = { memberId: "m2", age: 30, adultAge: 18, employed: false, severelyDisabled: true };

/** Severity: each disability category the tables name, with its grade, and major illness. */
const SEVERITY_ROWS: readonly Row[] = [
  [
    "physical grade 1, no major illness",
    "single-person.severity",
    "met",
    SEVERITY,
    "m2 is severely disabled or seriously ill (physical disability, grade 1; major illness: no).",
    "m2属重度残疾人或重病患者（肢体残疾一级，重特大疾病否）。",
  ],
  [
    "visual grade 2 with a major illness",
    "single-person.severity",
    "met",
    { ...SEVERITY, disabilityCategory: "visual", disabilityGrade: 2, seriousIllness: true },
    "m2 is severely disabled or seriously ill (visual disability, grade 2; major illness: yes).",
    "m2属重度残疾人或重病患者（视力残疾二级，重特大疾病是）。",
  ],
  [
    "hearing grade 1",
    "single-person.severity",
    "met",
    { ...SEVERITY, disabilityCategory: "hearing" },
    "m2 is severely disabled or seriously ill (hearing disability, grade 1; major illness: no).",
    "m2属重度残疾人或重病患者（听力残疾一级，重特大疾病否）。",
  ],
  [
    "speech grade 2",
    "single-person.severity",
    "met",
    { ...SEVERITY, disabilityCategory: "speech", disabilityGrade: 2 },
    "m2 is severely disabled or seriously ill (speech disability, grade 2; major illness: no).",
    "m2属重度残疾人或重病患者（言语残疾二级，重特大疾病否）。",
  ],
  [
    "intellectual grade 3",
    "single-person.severity",
    "met",
    { ...SEVERITY, disabilityCategory: "intellectual", disabilityGrade: 3 },
    "m2 is severely disabled or seriously ill (intellectual disability, grade 3; major illness: no).",
    "m2属重度残疾人或重病患者（智力残疾三级，重特大疾病否）。",
  ],
  [
    "mental grade 3",
    "single-person.severity",
    "met",
    { ...SEVERITY, disabilityCategory: "mental", disabilityGrade: 3 },
    "m2 is severely disabled or seriously ill (mental disability, grade 3; major illness: no).",
    "m2属重度残疾人或重病患者（精神残疾三级，重特大疾病否）。",
  ],
  [
    "multiple grade 1",
    "single-person.severity",
    "met",
    { ...SEVERITY, disabilityCategory: "multiple" },
    "m2 is severely disabled or seriously ill (multiple disability, grade 1; major illness: no).",
    "m2属重度残疾人或重病患者（多重残疾一级，重特大疾病否）。",
  ],
  [
    "no disability, a major illness",
    "single-person.severity",
    "met",
    { ...SEVERITY, disabilityCategory: null, disabilityGrade: null, seriousIllness: true },
    "m2 is severely disabled or seriously ill (no disability recorded; major illness: yes).",
    "m2属重度残疾人或重病患者（无残疾登记，重特大疾病是）。",
  ],
  [
    "a category without a grade",
    "single-person.severity",
    "met",
    { ...SEVERITY, disabilityGrade: null },
    "m2 is severely disabled or seriously ill (physical disability; major illness: no).",
    "m2属重度残疾人或重病患者（肢体残疾，重特大疾病否）。",
  ],
  [
    "a category the tables do not name (as given)",
    "single-person.severity",
    "met",
    { ...SEVERITY, disabilityCategory: "future-category", disabilityGrade: 2 },
    "m2 is severely disabled or seriously ill (future-category disability, grade 2; major illness: no).",
    "m2属重度残疾人或重病患者（future-category残疾二级，重特大疾病否）。",
  ],
  [
    "neither",
    "single-person.severity",
    "not-met",
    { ...SEVERITY, disabilityCategory: null, disabilityGrade: null },
    "m2 is neither severely disabled nor seriously ill.",
    "m2不属重度残疾人或重病患者。",
  ],
];

/** The household gate, with each dibao status the English names. */
const GATE_ROWS: readonly Row[] = [
  [
    "household not eligible",
    "single-person.household-not-eligible",
    "met",
    { dibaoStatus: "ineligible" },
    "The household as a whole is not eligible for dibao (not eligible), so a member may be referred alone.",
    "申请家庭整体不符合低保条件，可单独纳入成员。",
  ],
  [
    "household in a gradual-exit window",
    "single-person.household-not-eligible",
    "met",
    { dibaoStatus: "gradual-exit" },
    "The household as a whole is not eligible for dibao (in a gradual-exit window), so a member may be referred alone.",
    "申请家庭整体不符合低保条件，可单独纳入成员。",
  ],
  [
    "the status names R3 does not write with met: eligible",
    "single-person.household-not-eligible",
    "met",
    { dibaoStatus: "eligible" },
    "The household as a whole is not eligible for dibao (eligible), so a member may be referred alone.",
    "申请家庭整体不符合低保条件，可单独纳入成员。",
  ],
  [
    "… needs review",
    "single-person.household-not-eligible",
    "met",
    { dibaoStatus: "needs-review" },
    "The household as a whole is not eligible for dibao (needs review), so a member may be referred alone.",
    "申请家庭整体不符合低保条件，可单独纳入成员。",
  ],
  [
    "… a status not given",
    "single-person.household-not-eligible",
    "met",
    { dibaoStatus: null },
    "The household as a whole is not eligible for dibao (not given), so a member may be referred alone.",
    "申请家庭整体不符合低保条件，可单独纳入成员。",
  ],
  [
    "… a status the tables do not name (as given)",
    "single-person.household-not-eligible",
    "met",
    { dibaoStatus: "suspended" },
    "The household as a whole is not eligible for dibao (suspended), so a member may be referred alone.",
    "申请家庭整体不符合低保条件，可单独纳入成员。",
  ],
  [
    "household eligible",
    "single-person.household-not-eligible",
    "not-met",
    { dibaoStatus: "eligible" },
    "The household as a whole is eligible for dibao: no member is referred alone.",
    "申请家庭整体符合低保条件，不得仅将个别家庭成员纳入低保。",
  ],
  [
    "household needs review",
    "single-person.household-not-eligible",
    "unknown",
    { dibaoStatus: "needs-review" },
    "Whether the household as a whole is eligible is not known yet (its property finding is missing).",
    "家庭整体是否符合低保条件尚不能确定（缺少财产核查结论）。",
  ],
];

/** Route A: registered poor, not lifted (each registration name). */
const REGISTERED_POOR_ROWS: readonly Row[] = [
  [
    "registered poor, not lifted",
    "single-person.registered-poor.registration",
    "met",
    { povertyRegistration: "unlifted" },
    "The household is registered poor and not yet lifted: referral without a household means test.",
    "本户为未脱贫建档立卡贫困户：不再核对家庭经济状况。",
  ],
  [
    "registration not given",
    "single-person.registered-poor.registration",
    "not-met",
    { povertyRegistration: null },
    "Registered-poor route: the household is not registered poor and not lifted (poverty registration: not given).",
    "建档立卡途径：本户建档立卡状态为“未提供”，不是未脱贫。",
  ],
  [
    "not registered",
    "single-person.registered-poor.registration",
    "not-met",
    { povertyRegistration: "none" },
    "Registered-poor route: the household is not registered poor and not lifted (poverty registration: not registered).",
    "建档立卡途径：本户建档立卡状态为“未建档立卡”，不是未脱贫。",
  ],
  [
    "lifted",
    "single-person.registered-poor.registration",
    "not-met",
    { povertyRegistration: "lifted" },
    "Registered-poor route: the household is not registered poor and not lifted (poverty registration: lifted from poverty).",
    "建档立卡途径：本户建档立卡状态为“已脱贫”，不是未脱贫。",
  ],
  [
    "lifted but unstable",
    "single-person.registered-poor.registration",
    "not-met",
    { povertyRegistration: "lifted-unstable" },
    "Registered-poor route: the household is not registered poor and not lifted (poverty registration: lifted but unstable).",
    "建档立卡途径：本户建档立卡状态为“脱贫不稳定”，不是未脱贫。",
  ],
  [
    "at the edge of poverty",
    "single-person.registered-poor.registration",
    "not-met",
    { povertyRegistration: "edge" },
    "Registered-poor route: the household is not registered poor and not lifted (poverty registration: at the edge of poverty).",
    "建档立卡途径：本户建档立卡状态为“边缘易致贫”，不是未脱贫。",
  ],
  [
    "the name of unlifted (a reason not met never carries it; the table entry is shown all the same)",
    "single-person.registered-poor.registration",
    "not-met",
    { povertyRegistration: "unlifted" },
    "Registered-poor route: the household is not registered poor and not lifted (poverty registration: registered poor, not lifted).",
    "建档立卡途径：本户建档立卡状态为“未脱贫”，不是未脱贫。",
  ],
  [
    "a registration the tables do not name (as given)",
    "single-person.registered-poor.registration",
    "not-met",
    { povertyRegistration: "future-status" },
    "Registered-poor route: the household is not registered poor and not lifted (poverty registration: future-status).",
    "建档立卡途径：本户建档立卡状态为“future-status”，不是未脱贫。",
  ],
  [
    "own income below the standard",
    "single-person.registered-poor.own-income",
    "met",
    OWN,
    "Own countable income of m2 is 100.00 yuan a month, below the standard 735.00 yuan.",
    "m2本人可计收入每月100.00元，低于低保标准735.00元。",
  ],
  [
    "own income not below the standard",
    "single-person.registered-poor.own-income",
    "not-met",
    { ...OWN, ownMonthlyIncome: "800.00" },
    "Own countable income of m2 is 800.00 yuan a month, not below the standard 735.00 yuan.",
    "m2本人可计收入每月800.00元，不低于低保标准735.00元。",
  ],
];

/** Route B: near-dibao household. */
const NEAR_DIBAO_ROWS: readonly Row[] = [
  [
    "not yet in force, its start from the parameters",
    "single-person.near-dibao.in-force",
    "not-met",
    { asOf: "2020-06-15", inForceFrom: "2020-09-07" },
    "On 2020-06-15 the near-dibao single-person route was not yet in force (from 2020-09-07).",
    "2020-06-15时低保边缘家庭“单人户”规定尚未施行（自2020年9月7日起）。",
  ],
  [
    "not yet in force, no start in the parameters",
    "single-person.near-dibao.in-force",
    "not-met",
    { asOf: "2020-06-15", inForceFrom: null },
    "On 2020-06-15 the near-dibao single-person route was not yet in force.",
    "2020-06-15时低保边缘家庭“单人户”规定尚未施行。",
  ],
  [
    "income within the line",
    "single-person.near-dibao.household-income",
    "met",
    LINE,
    "Near-dibao household: per-capita income 900.00 yuan is not below the standard 735.00 yuan but below 1102.50 yuan (1.5 ×).",
    "低保边缘家庭：家庭月人均收入900.00元不低于标准735.00元，但低于1102.50元（1.5倍）。",
  ],
  [
    "income below the standard",
    "single-person.near-dibao.household-income",
    "not-met",
    { ...LINE, perCapitaMonthlyIncome: "300.00", incomeBelowStandard: true },
    "Not a near-dibao household: per-capita income 300.00 yuan is below the standard.",
    "非低保边缘家庭：家庭月人均收入300.00元低于标准。",
  ],
  [
    "income not below the line",
    "single-person.near-dibao.household-income",
    "not-met",
    { ...LINE, perCapitaMonthlyIncome: "1200.00" },
    "Not a near-dibao household: per-capita income 1200.00 yuan is not below 1102.50 yuan (1.5 × the standard).",
    "非低保边缘家庭：家庭月人均收入1200.00元不低于1102.50元（1.5倍标准）。",
  ],
  [
    "property compliant",
    "single-person.near-dibao.property-test",
    "met",
    { assetsCompliant: true },
    "The household's property meets the rules, as the near-dibao route requires.",
    "家庭财产状况符合规定（低保边缘家庭条件）。",
  ],
  [
    "property not compliant",
    "single-person.near-dibao.property-test",
    "not-met",
    { assetsCompliant: false },
    "The household's property does not meet the rules: no near-dibao referral.",
    "家庭财产状况不符合规定，不属低保边缘家庭。",
  ],
  [
    "property finding not given",
    "single-person.near-dibao.property-test",
    "unknown",
    { assetsCompliant: null },
    "The household's property check finding is not given; the near-dibao route needs it.",
    "未提供家庭财产状况核查结论，无法认定低保边缘家庭。",
  ],
  [
    "own income below the standard",
    "single-person.near-dibao.own-income",
    "met",
    { ...OWN, memberId: "m3", ownMonthlyIncome: "0.00" },
    "Own countable income of m3 is 0.00 yuan a month, below the standard 735.00 yuan.",
    "m3本人可计收入每月0.00元，低于低保标准735.00元。",
  ],
  [
    "own income not below the standard",
    "single-person.near-dibao.own-income",
    "not-met",
    { ...OWN, ownMonthlyIncome: "735.00" },
    "Own countable income of m2 is 735.00 yuan a month, not below the standard 735.00 yuan.",
    "m2本人可计收入每月735.00元，不低于低保标准735.00元。",
  ],
];

/** Route C: adult, not employed, severely disabled. */
const ADULT_ROWS: readonly Row[] = [
  [
    "not yet in force, its start from the parameters",
    "single-person.adult-severe-disability.in-force",
    "not-met",
    { asOf: "2020-06-15", inForceFrom: "2022-10-20" },
    "On 2020-06-15 the adult severe-disability route was not yet in force (from 2022-10-20).",
    "2020-06-15时成年无业重度残疾人“单人户”规定尚未施行（自2022年10月20日起）。",
  ],
  [
    "not yet in force, no start in the parameters",
    "single-person.adult-severe-disability.in-force",
    "not-met",
    { asOf: "2020-06-15", inForceFrom: null },
    "On 2020-06-15 the adult severe-disability route was not yet in force.",
    "2020-06-15时成年无业重度残疾人“单人户”规定尚未施行。",
  ],
  ["an adult, not employed, severely disabled", "single-person.adult-severe-disability.person", "met", PERSON, "m2 is an adult (age 30), not employed and severely disabled.", "m2已成年（30周岁）、无业、重度残疾。"],
  [
    "a minor, not employed, severely disabled",
    "single-person.adult-severe-disability.person",
    "not-met",
    { ...PERSON, age: 17 },
    "Adult severe-disability route: m2 is aged 17; employed: no; severely disabled: yes.",
    "成年无业重度残疾人途径：m2（17周岁），就业否，重度残疾是。",
  ],
  [
    "employed, and seriously ill rather than severely disabled",
    "single-person.adult-severe-disability.person",
    "not-met",
    { ...PERSON, employed: true, severelyDisabled: false },
    "Adult severe-disability route: m2 is aged 30; employed: yes; severely disabled: no.",
    "成年无业重度残疾人途径：m2（30周岁），就业是，重度残疾否。",
  ],
  [
    "employment not given, not severely disabled",
    "single-person.adult-severe-disability.person",
    "not-met",
    { ...PERSON, employed: null, severelyDisabled: false },
    "Adult severe-disability route: m2 is aged 30; employed: not given; severely disabled: no.",
    "成年无业重度残疾人途径：m2（30周岁），就业未知，重度残疾否。",
  ],
  [
    "employment not given",
    "single-person.adult-severe-disability.person",
    "unknown",
    { ...PERSON, employed: null },
    "Adult severe-disability route: whether m2 is employed is not given.",
    "成年无业重度残疾人途径：未提供m2是否就业。",
  ],
  [
    "own income, less exempt support, below the standard",
    "single-person.adult-severe-disability.own-income",
    "met",
    OWN,
    "Own countable income of m2 is 100.00 yuan a month (support from siblings or people aged 60+ not counted), below the standard 735.00 yuan.",
    "m2本人可计收入每月100.00元（兄弟姐妹或60周岁以上老年人给付的供养费用不计入），低于低保标准735.00元。",
  ],
  [
    "own income, less exempt support, not below the standard",
    "single-person.adult-severe-disability.own-income",
    "not-met",
    { ...OWN, ownMonthlyIncome: "900.00" },
    "Own countable income of m2 is 900.00 yuan a month (support from siblings or people aged 60+ not counted), not below the standard 735.00 yuan.",
    "m2本人可计收入每月900.00元（兄弟姐妹或60周岁以上老年人给付的供养费用不计入），不低于低保标准735.00元。",
  ],
  [
    "the amount as a one-person household (INT-8): 735 − 100 = 635, plus 150",
    "single-person.amount",
    "met",
    { standard: "735.00", ownMonthlyIncome: "100.00", baseAmount: "635.00", topUp: "150.00", monthlyAmount: "785.00" },
    "As a one-person household: standard 735.00 yuan − own income 100.00 yuan = 635.00 yuan, plus top-up 150.00 yuan: 785.00 yuan a month.",
    "参照单人户：标准735.00元−本人收入100.00元＝635.00元，加分类重点救助150.00元，每月785.00元。",
  ],
];

const ROWS: readonly Row[] = [...SEVERITY_ROWS, ...GATE_ROWS, ...REGISTERED_POOR_ROWS, ...NEAR_DIBAO_ROWS, ...ADULT_ROWS];

describe("single-person reasons, word for word", () => {
  it.each(ROWS)("%s (%s, %s)", (_, code, outcome, values, en, zh) => {
    expect(reasonText(reason(code, outcome, values), MESSAGE_TABLES.en)).toBe(en);
    expect(reasonText(reason(code, outcome, values), MESSAGE_TABLES["zh-CN"])).toBe(zh);
  });

  it("the rows above reach every template of both tables", () => {
    for (const lang of ["en", "zh-CN"] as const) {
      const reasons = singlePersonProgramme.messages[lang].reasons;
      const templates = Object.entries(reasons).flatMap(([code, messages]) => Object.keys(messages ?? {}).map((outcome) => `${code}:${outcome}`));
      const reached = ROWS.map(([, code, outcome]) => `${code}:${reasons[code]?.[outcome] === undefined ? "any" : outcome}`);
      expect(new Set(reached)).toEqual(new Set(templates));
    }
  });
});

describe("the labels", () => {
  const en = singlePersonProgramme.messages.en.labels;
  const zh = singlePersonProgramme.messages["zh-CN"].labels;

  it.each([
    ["registered-poor", "registered poor", "未脱贫建档立卡贫困户"],
    ["near-dibao", "near-dibao household", "低保边缘家庭"],
    ["adult-severe-disability", "adult severely disabled, not employed", "成年无业重度残疾人"],
    ["future-route", "future-route", "future-route"],
  ])("an entry on the route %s, referred or for review", (route, enRoute, zhRoute) => {
    const values = { memberId: "m2", route, monthlyAmount: "785.00" };
    expect(en.entry({ ...values, status: "refer" })).toBe(`m2: refer as a single-person household (route: ${enRoute}), 785.00 yuan a month.`);
    expect(zh.entry({ ...values, status: "refer" })).toBe(`m2：可参照单人户申请低保（${zhRoute}），每月785.00元。`);
    expect(en.entry({ ...values, status: "needs-review", monthlyAmount: null })).toBe(`m2: needs review for referral (route: ${enRoute}).`);
    expect(zh.entry({ ...values, status: "needs-review", monthlyAmount: null })).toBe(`m2：单人户需人工复核（${zhRoute}）。`);
  });
});

/** A plain adult with no income (2023-10-15) decided, then given these referrals: what explain() prints for the section. */
function sectionLines(referrals: readonly SinglePersonReferral[], lang: "en" | "zh-CN"): string[] {
  const decided = evaluate(household([member("m1")]), { asOf: "2023-10-15" });
  const lines = explain({ ...decided, singlePersonReferrals: referrals }, { lang }).split("\n");
  const start = lines.indexOf(singlePersonProgramme.messages[lang].labels.heading);
  const end = lines.indexOf(specialHardshipProgramme.messages[lang].labels.heading);
  expect(start).toBeGreaterThan(0);
  return lines.slice(start, end);
}

const REFERRALS: readonly SinglePersonReferral[] = [
  {
    memberId: "m2",
    route: "near-dibao",
    status: "refer",
    monthlyAmount: "785.00",
    reasons: [reason("single-person.amount", "met", { standard: "735.00", ownMonthlyIncome: "100.00", baseAmount: "635.00", topUp: "150.00", monthlyAmount: "785.00" }, ["saim/art-12/para-1"])],
  },
  {
    memberId: "m3",
    route: "adult-severe-disability",
    status: "needs-review",
    monthlyAmount: null,
    reasons: [reason("single-person.adult-severe-disability.person", "unknown", { ...PERSON, memberId: "m3", employed: null }, ["backstop-notice-2022/1-1"])],
  },
];

describe("the single-person section in explain()", () => {
  it("no referral: heading and the line saying so, no application note", () => {
    expect(sectionLines([], "en")).toEqual(["Single-person-household referrals", "=".repeat(33), "", "No member is referred alone.", ""]);
    expect(sectionLines([], "zh-CN")).toEqual(["单人户（分户）", "=".repeat(14), "", "无单独纳入的成员。", ""]);
  });

  it("referrals: the application note, then each entry with its reasons beneath it", () => {
    expect(sectionLines(REFERRALS, "en")).toEqual([
      "Single-person-household referrals",
      "=".repeat(33),
      "",
      "A referral is not an award: it takes the person's own application (经本人申请).",
      "• m2: refer as a single-person household (route: near-dibao household), 785.00 yuan a month.",
      "  • ✓ As a one-person household: standard 735.00 yuan − own income 100.00 yuan = 635.00 yuan, plus top-up 150.00 yuan: 785.00 yuan a month. [saim/art-12/para-1]",
      "• m3: needs review for referral (route: adult severely disabled, not employed).",
      "  • ? Adult severe-disability route: whether m3 is employed is not given. [backstop-notice-2022/1-1]",
      "",
    ]);
    expect(sectionLines(REFERRALS, "zh-CN")).toEqual([
      "单人户（分户）",
      "=".repeat(14),
      "",
      "单人户为转介而非批准，须经本人申请。",
      "• m2：可参照单人户申请低保（低保边缘家庭），每月785.00元。",
      "  • ✓ 参照单人户：标准735.00元−本人收入100.00元＝635.00元，加分类重点救助150.00元，每月785.00元。 [saim/art-12/para-1]",
      "• m3：单人户需人工复核（成年无业重度残疾人）。",
      "  • ? 成年无业重度残疾人途径：未提供m3是否就业。 [backstop-notice-2022/1-1]",
      "",
    ]);
  });
});
