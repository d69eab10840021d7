/**
 * The whole sentence of every reason R9 gives (education, medical, housing, rural housing renovation,
 * the groups), for every outcome and every branch of its template, in English and Chinese; every name
 * the templates look up (schooling, group, route, dibao status, registration, disability category,
 * form, programme) and a value the table lacks, shown as given; and the lines the programme's renderer
 * prints for a section (heading, note, no referral, one line per programme with its office and offer,
 * one per entry, its reasons beneath). Expected text is written from the templates, not from a run, so
 * a word dropped or changed in a message fails here (the mutation run counts on it).
 */
import { describe, expect, it } from "vitest";
import { evaluate, explain, MESSAGE_TABLES, reasonText, type Determination, type Outcome, type Reason, type ReasonValue } from "../../../src/index.js";
import { assistanceReferralsProgramme } from "../../../src/rules/assistance-referrals/index.js";
import type { AssistanceReferral } from "../../../src/rules/assistance-referrals/section.js";
import { household, member, wage } from "../../helpers.js";

type Values = Record<string, ReasonValue>;
/** [what the row shows, code after `assistance-referrals.`, outcome, values as R9 writes them, English, Chinese]. */
type Row = [string, string, Outcome, Values, string, string];

const reason = (code: string, outcome: Outcome, values: Values): Reason => ({ code: `assistance-referrals.${code}`, outcome, clauses: [], values, missing: [], interpretations: [] });

const en = (code: string, outcome: Outcome, values: Values): string => reasonText(reason(code, outcome, values), MESSAGE_TABLES.en);
const zh = (code: string, outcome: Outcome, values: Values): string => reasonText(reason(code, outcome, values), MESSAGE_TABLES["zh-CN"]);

const school = (schooling: ReasonValue): Values => ({ memberId: "m2", schooling });
const outOfSchool = (disabilityCategory: string, disabilityGrade: number): Values => ({ memberId: "m3", age: 9, minAge: 6, maxAge: 15, disabilityCategory, disabilityGrade });
/** A member's dibao group as groups.ts writes it. */
const memberDibao = (dibaoStatus: string, referralStatus: string | null, referralRoute: string | null): Values => ({ group: "dibao", memberId: "m1", dibaoStatus, referralStatus, referralRoute });
const disabled = (disabilityCategory: string, disabilityGrade: number): Values => ({ group: "disabled", memberId: "m2", disabilityCategory, disabilityGrade });
const window = { windowFrom: "2023-10-15", windowTo: "2024-10-15" };

const ROWS: Row[] = [
  // Education: the member's schooling (each stage named), and a disabled child of compulsory-school age out of school.
  ["preschool", "education.schooling", "met", school("preschool"), "m2 is in school (preschool).", "m2在学（学前教育）。"],
  ["compulsory", "education.schooling", "met", school("compulsory"), "m2 is in school (compulsory education).", "m2在学（义务教育）。"],
  ["senior high", "education.schooling", "met", school("high-school"), "m2 is in school (general senior high school).", "m2在学（普通高中）。"],
  ["vocational", "education.schooling", "met", school("vocational"), "m2 is in school (secondary vocational school).", "m2在学（中等职业教育）。"],
  ["higher", "education.schooling", "met", school("higher"), "m2 is in school (higher education).", "m2在学（高等教育）。"],
  ["a stage the table lacks, as given", "education.schooling", "met", school("doctoral"), "m2 is in school (doctoral).", "m2在学（doctoral）。"],
  ["no stage given", "education.schooling", "met", school(null), "m2 is in school (—).", "m2在学（—）。"],
  [
    "out-of-school disabled child",
    "education.out-of-school-disabled-child",
    "met",
    outOfSchool("intellectual", 2),
    "m3 is a disabled child aged 9 (intellectual disability, grade 2) not in school, of compulsory-school age (6 to 15).",
    "m3为9周岁残疾儿童（智力残疾二级），未能入学接受义务教育（义务教育年龄6至15周岁）。",
  ],
  [
    "out-of-school disabled child, grade 4",
    "education.out-of-school-disabled-child",
    "met",
    outOfSchool("multiple", 4),
    "m3 is a disabled child aged 9 (multiple disability, grade 4) not in school, of compulsory-school age (6 to 15).",
    "m3为9周岁残疾儿童（多重残疾四级），未能入学接受义务教育（义务教育年龄6至15周岁）。",
  ],

  // Medical: monitoring of a seriously ill member, in force, not yet in force, pending the entry.
  ["monitored", "medical.monitoring", "met", { memberId: "m1", inForce: true }, "m1 is seriously ill in a low-income family: monitored for early warning.", "m1为低收入家庭大病患者，纳入监测预警。"],
  [
    "monitoring not yet in force",
    "medical.monitoring",
    "not-met",
    { memberId: "m1", inForce: false, asOf: "2020-09-06" },
    "On 2020-09-06 the early-warning monitoring of seriously ill members of low-income families was not yet in force.",
    "评估日2020-09-06时低收入家庭大病患者监测预警机制尚未施行。",
  ],
  ["monitoring once the entry is confirmed", "medical.monitoring", "unknown", { memberId: "m1", inForce: true }, "m1 is seriously ill: monitored for early warning once the referral is confirmed.", "m1患重特大疾病，医疗救助转介确定后纳入监测预警。"],

  // Housing and rural housing renovation: the household's own condition.
  ["housing application", "housing.application", "met", { area: "urban", securityApplied: true }, "The household is urban and has applied for housing security.", "本户为城市家庭，已提出住房保障申请。"],
  ["house graded C", "rural-renovation.dwelling", "met", { area: "rural", dwellingSafety: "C" }, "The household is rural and its house is graded C: a dangerous house.", "本户为农村家庭，住房安全等级为C级，属危房。"],
  ["house graded D", "rural-renovation.dwelling", "met", { area: "rural", dwellingSafety: "D" }, "The household is rural and its house is graded D: a dangerous house.", "本户为农村家庭，住房安全等级为D级，属危房。"],

  // dibao: the household's (housing, rural renovation) and a member's (also referred alone, R3).
  ["household eligible", "group.dibao", "met", { group: "dibao", dibaoStatus: "eligible" }, "The household is a dibao household (eligible).", "本户属低保家庭（符合低保条件）。"],
  ["household in a gradual-exit window", "group.dibao", "met", { group: "dibao", dibaoStatus: "gradual-exit" }, "The household is a dibao household (in a gradual-exit window).", "本户属低保家庭（处于渐退期）。"],
  ["household, a status the table lacks, as given", "group.dibao", "met", { group: "dibao", dibaoStatus: "future" }, "The household is a dibao household (future).", "本户属低保家庭（future）。"],
  ["member of an eligible household", "group.dibao", "met", memberDibao("eligible", null, null), "m1 is in a dibao household (eligible).", "m1属低保家庭（符合低保条件）。"],
  ["member of an eligible household, also referred alone", "group.dibao", "met", memberDibao("eligible", "refer", "registered-poor"), "m1 is in a dibao household (eligible).", "m1属低保家庭（符合低保条件）。"],
  ["member in a gradual-exit window, also referred alone", "group.dibao", "met", memberDibao("gradual-exit", "refer", "near-dibao"), "m1 is in a dibao household (in a gradual-exit window).", "m1属低保家庭（处于渐退期）。"],
  ["member referred alone: registered poor", "group.dibao", "met", memberDibao("ineligible", "refer", "registered-poor"), "m1 is referred to dibao alone (route: registered poor).", "m1经单人户转介纳入低保（未脱贫建档立卡贫困户）。"],
  ["member referred alone: near-dibao, household pending", "group.dibao", "met", memberDibao("needs-review", "refer", "near-dibao"), "m1 is referred to dibao alone (route: near-dibao household).", "m1经单人户转介纳入低保（低保边缘家庭）。"],
  [
    "member referred alone: adult severely disabled",
    "group.dibao",
    "met",
    memberDibao("ineligible", "refer", "adult-severe-disability"),
    "m1 is referred to dibao alone (route: adult severely disabled, not employed).",
    "m1经单人户转介纳入低保（成年无业重度残疾人）。",
  ],
  ["member referred alone: a route the table lacks, as given", "group.dibao", "met", memberDibao("ineligible", "refer", "future-route"), "m1 is referred to dibao alone (route: future-route).", "m1经单人户转介纳入低保（future-route）。"],
  // Not emitted (met needs an eligible or gradual-exit household, or a referral alone): the other two status names.
  ["table entry: not eligible", "group.dibao", "met", memberDibao("ineligible", null, null), "m1 is in a dibao household (not eligible).", "m1属低保家庭（不符合低保条件）。"],
  ["table entry: needs review", "group.dibao", "met", memberDibao("needs-review", "needs-review", "near-dibao"), "m1 is in a dibao household (needs review).", "m1属低保家庭（低保需人工复核）。"],
  ["household pending", "group.dibao", "unknown", { group: "dibao", dibaoStatus: "needs-review" }, "Whether the household is eligible for dibao needs review.", "本户是否符合低保尚待人工复核。"],
  ["member's household pending", "group.dibao", "unknown", memberDibao("needs-review", null, null), "Whether m1's household is eligible for dibao needs review.", "m1所在家庭是否符合低保尚待人工复核。"],
  ["member's referral alone pending", "group.dibao", "unknown", memberDibao("ineligible", "needs-review", "near-dibao"), "m1's single-person dibao referral needs review.", "m1的单人户低保转介尚待人工复核。"],

  // Extreme-poverty support: supported today, eligible (R4), pending.
  [
    "supported today",
    "group.special-hardship",
    "met",
    { group: "special-hardship", memberId: "m1", currentlySupported: true, specialHardshipStatus: null },
    "m1 is supported as an extreme-poverty person today.",
    "m1为现行特困供养人员。",
  ],
  [
    "eligible",
    "group.special-hardship",
    "met",
    { group: "special-hardship", memberId: "m1", currentlySupported: false, specialHardshipStatus: "eligible" },
    "m1 is eligible for extreme-poverty support.",
    "m1符合特困人员救助供养条件。",
  ],
  [
    "pending",
    "group.special-hardship",
    "unknown",
    { group: "special-hardship", memberId: "m1", currentlySupported: false, specialHardshipStatus: "needs-review" },
    "Whether m1 is an extreme-poverty person needs review.",
    "m1能否认定为特困人员尚待人工复核。",
  ],

  // The low-income tiers.
  ["dibao-edge", "group.dibao-edge", "met", { group: "dibao-edge", dibaoEdgeStatus: "member" }, "The household is a dibao-edge household.", "本户为低保边缘家庭。"],
  ["dibao-edge pending", "group.dibao-edge", "unknown", { group: "dibao-edge", dibaoEdgeStatus: "needs-review" }, "Whether the household is a dibao-edge household needs review.", "本户是否为低保边缘家庭尚待人工复核。"],
  ["rigid-expenditure", "group.rigid-expenditure", "met", { group: "rigid-expenditure", rigidExpenditureStatus: "member" }, "The household is a rigid-expenditure hardship household.", "本户为刚性支出困难家庭。"],
  [
    "rigid-expenditure pending",
    "group.rigid-expenditure",
    "unknown",
    { group: "rigid-expenditure", rigidExpenditureStatus: "needs-review" },
    "Whether the household is a rigid-expenditure hardship household needs review.",
    "本户是否为刚性支出困难家庭尚待人工复核。",
  ],

  // Poverty registration: registered poor (unlifted, lifted, lifted-unstable) and monitored (lifted-unstable, edge).
  ["registered: not lifted", "group.registered-poor", "met", { group: "registered-poor", povertyRegistration: "unlifted" }, "The household is registered poor (registered poor, not lifted).", "本户为建档立卡贫困户（未脱贫）。"],
  ["registered: lifted", "group.registered-poor", "met", { group: "registered-poor", povertyRegistration: "lifted" }, "The household is registered poor (lifted from poverty).", "本户为建档立卡贫困户（已脱贫）。"],
  ["registered: lifted, unstable", "group.registered-poor", "met", { group: "registered-poor", povertyRegistration: "lifted-unstable" }, "The household is registered poor (lifted but unstable).", "本户为建档立卡贫困户（脱贫不稳定）。"],
  // Not emitted (none is not registered poor): the table's fifth name.
  ["table entry: not registered", "group.registered-poor", "met", { group: "registered-poor", povertyRegistration: "none" }, "The household is registered poor (not registered).", "本户为建档立卡贫困户（未建档立卡）。"],
  [
    "monitored: lifted, unstable",
    "group.monitored",
    "met",
    { group: "monitored", area: "rural", povertyRegistration: "lifted-unstable" },
    "The household is rural and lifted but unstable: monitored as at risk of falling (back) into poverty.",
    "本户为农村脱贫不稳定户，属纳入监测范围的农村易返贫致贫人口。",
  ],
  [
    "monitored: edge",
    "group.monitored",
    "met",
    { group: "monitored", area: "rural", povertyRegistration: "edge" },
    "The household is rural and at the edge of poverty: monitored as at risk of falling (back) into poverty.",
    "本户为农村边缘易致贫户，属纳入监测范围的农村易返贫致贫人口。",
  ],

  // A member's own facts; every disability category named.
  ["orphan", "group.orphan", "met", { group: "orphan", memberId: "m2" }, "m2 is an orphan.", "m2为孤儿。"],
  ["physical", "group.disabled", "met", disabled("physical", 1), "m2 is disabled (physical disability, grade 1).", "m2为残疾人（肢体残疾一级）。"],
  ["visual", "group.disabled", "met", disabled("visual", 2), "m2 is disabled (visual disability, grade 2).", "m2为残疾人（视力残疾二级）。"],
  ["hearing", "group.disabled", "met", disabled("hearing", 3), "m2 is disabled (hearing disability, grade 3).", "m2为残疾人（听力残疾三级）。"],
  ["speech", "group.disabled", "met", disabled("speech", 4), "m2 is disabled (speech disability, grade 4).", "m2为残疾人（言语残疾四级）。"],
  ["intellectual", "group.disabled", "met", disabled("intellectual", 1), "m2 is disabled (intellectual disability, grade 1).", "m2为残疾人（智力残疾一级）。"],
  ["mental", "group.disabled", "met", disabled("mental", 2), "m2 is disabled (mental disability, grade 2).", "m2为残疾人（精神残疾二级）。"],
  ["multiple", "group.disabled", "met", disabled("multiple", 3), "m2 is disabled (multiple disability, grade 3).", "m2为残疾人（多重残疾三级）。"],
  ["a category the table lacks, as given", "group.disabled", "met", disabled("future", 4), "m2 is disabled (future disability, grade 4).", "m2为残疾人（future残疾四级）。"],
  ["seriously ill", "group.seriously-ill", "met", { group: "seriously-ill", memberId: "m1" }, "m1 has a major illness.", "m1患有重特大疾病。"],

  // Dispersed support (the household's: housing, rural renovation), one member or several.
  ["dispersed: one", "group.dispersed-support", "met", { group: "dispersed-support", dispersedMemberIds: ["m1"] }, "m1: extreme-poverty support at home (dispersed).", "m1为分散供养特困人员。"],
  ["dispersed: two", "group.dispersed-support", "met", { group: "dispersed-support", dispersedMemberIds: ["m1", "m3"] }, "m1, m3: extreme-poverty support at home (dispersed).", "m1、m3为分散供养特困人员。"],
  [
    "arrangement not given: one",
    "group.dispersed-support",
    "unknown",
    { group: "dispersed-support", arrangementUnknownMemberIds: ["m1"] },
    "The support arrangement (dispersed or centralised) of m1 is not given.",
    "未提供m1的供养方式（分散供养或集中供养）。",
  ],
  [
    "arrangement not given: two",
    "group.dispersed-support",
    "unknown",
    { group: "dispersed-support", arrangementUnknownMemberIds: ["m1", "m3"] },
    "The support arrangement (dispersed or centralised) of m1, m3 is not given.",
    "未提供m1、m3的供养方式（分散供养或集中供养）。",
  ],

  // A shock in the INT-14 window: one event, several, shocks not given.
  [
    "one shock",
    "group.shock",
    "met",
    { group: "shock", ...window, shocks: 1, causes: ["epidemic"] },
    "The household had a sudden income drop or expenditure surge between 2023-10-15 and 2024-10-15 (1 event), the look-back window INT-14 reads from the parameters.",
    "本户在2023-10-15至2024-10-15期间发生收入骤减或支出骤增（1次），期间按解释INT-14依参数确定。",
  ],
  [
    "two shocks",
    "group.shock",
    "met",
    { group: "shock", ...window, shocks: 2, causes: ["epidemic", "illness"] },
    "The household had a sudden income drop or expenditure surge between 2023-10-15 and 2024-10-15 (2 events), the look-back window INT-14 reads from the parameters.",
    "本户在2023-10-15至2024-10-15期间发生收入骤减或支出骤增（2次），期间按解释INT-14依参数确定。",
  ],
  [
    "shocks not given",
    "group.shock",
    "unknown",
    { group: "shock", ...window },
    "Whether the household had a sudden income drop or expenditure surge between 2023-10-15 and 2024-10-15 is not given.",
    "未提供本户在2023-10-15至2024-10-15期间是否发生收入骤减或支出骤增。",
  ],

  // Lifted, never given rural housing support; or not told whether.
  [
    "never supported",
    "group.lifted-never-supported",
    "met",
    { group: "lifted-never-supported", povertyRegistration: "lifted", previouslySupported: false },
    "The household was lifted from poverty and has never had rural housing support.",
    "本户为已脱贫户，未享受过农村住房保障政策支持。",
  ],
  [
    "support before not given",
    "group.lifted-never-supported",
    "unknown",
    { group: "lifted-never-supported", povertyRegistration: "lifted", previouslySupported: null },
    "The household was lifted from poverty; whether it has had rural housing support before is not given.",
    "本户为已脱贫户，未提供是否享受过农村住房保障政策支持。",
  ],
];

describe("every reason R9 gives, whole sentence", () => {
  it.each(ROWS)("%s (%s, %s)", (_what, code, outcome, values, english, chinese) => {
    expect(en(code, outcome, values)).toBe(english);
    expect(zh(code, outcome, values)).toBe(chinese);
  });

  it("the rows above reach every code and outcome of the programme's tables, in both languages", () => {
    const covered = new Set(ROWS.map(([, code, outcome]) => `assistance-referrals.${code}:${outcome}`));
    for (const lang of ["en", "zh-CN"] as const) {
      const templates = Object.entries(assistanceReferralsProgramme.messages[lang].reasons).flatMap(([code, messages]) => Object.keys(messages).map((outcome) => `${code}:${outcome}`));
      expect(templates.length, lang).toBe(26);
      for (const key of templates) expect(covered.has(key), `${lang} ${key}`).toBe(true);
    }
  });
});

const GROUP_NAMES: [string, string, string][] = [
  ["dibao", "dibao", "低保"],
  ["special-hardship", "extreme-poverty support", "特困人员"],
  ["dibao-edge", "dibao-edge household", "低保边缘家庭"],
  ["rigid-expenditure", "rigid-expenditure hardship household", "刚性支出困难家庭"],
  ["registered-poor", "registered poor", "建档立卡贫困户"],
  ["monitored", "monitored rural household at risk of (re)impoverishment", "纳入监测范围的农村易返贫致贫人口"],
  ["orphan", "orphan", "孤儿"],
  ["disabled", "disabled", "残疾人"],
  ["seriously-ill", "seriously ill", "重病患者"],
  ["dispersed-support", "dispersed extreme-poverty support", "分散供养特困人员"],
  ["shock", "sudden income drop or expenditure surge", "收入骤减或支出骤增"],
  ["lifted-never-supported", "lifted from poverty, never given rural housing support", "未享受过农村住房保障政策支持的脱贫户"],
];

const labels = () => ({ en: assistanceReferralsProgramme.messages.en.labels, zh: assistanceReferralsProgramme.messages["zh-CN"].labels });
const entryValues = (extra: Values): Values => ({ memberId: "m1", status: "refer", groups: [], pendingGroups: [], monitoring: null, form: null, ...extra });

describe("an entry's line", () => {
  it.each(GROUP_NAMES)("names group %s", (group, english, chinese) => {
    expect(labels().en.entry(entryValues({ groups: [group] }))).toBe(`m1: refer (through ${english}).`);
    expect(labels().zh.entry(entryValues({ groups: [group] }))).toBe(`m1：转介（${chinese}）。`);
    expect(labels().en.entry(entryValues({ status: "needs-review", pendingGroups: [group] }))).toBe(`m1: needs review (pending: ${english}).`);
    expect(labels().zh.entry(entryValues({ status: "needs-review", pendingGroups: [group] }))).toBe(`m1：需人工复核（待复核：${chinese}）。`);
  });

  it.each<[string, Values, string, string]>([
    ["two groups, monitored", { groups: ["dibao", "seriously-ill"], monitoring: true }, "m1: refer (through dibao, seriously ill); monitored for early warning.", "m1：转介（低保、重病患者），纳入监测预警。"],
    ["not monitored", { groups: ["orphan"], monitoring: false }, "m1: refer (through orphan).", "m1：转介（孤儿）。"],
    ["monitoring pending (null) while the entry needs review", { status: "needs-review", pendingGroups: ["dibao"] }, "m1: needs review (pending: dibao).", "m1：需人工复核（待复核：低保）。"],
    [
      "two pending groups",
      { memberId: "m2", status: "needs-review", pendingGroups: ["dibao-edge", "rigid-expenditure"] },
      "m2: needs review (pending: dibao-edge household, rigid-expenditure hardship household).",
      "m2：需人工复核（待复核：低保边缘家庭、刚性支出困难家庭）。",
    ],
    ["groups and pending groups", { memberId: "m2", groups: ["orphan"], pendingGroups: ["dibao"] }, "m2: refer (through orphan; pending: dibao).", "m2：转介（孤儿；待复核：低保）。"],
    [
      "the household, with its form",
      { memberId: null, groups: ["dibao"], form: "public-rental-or-subsidy" },
      "The household: refer (through dibao); form: public rental housing or a rental subsidy.",
      "本户：转介（低保），方式：实物配租或租赁补贴。",
    ],
    ["a form the table lacks, as given", { memberId: null, groups: ["dispersed-support"], form: "future-form" }, "The household: refer (through dispersed extreme-poverty support); form: future-form.", "本户：转介（分散供养特困人员），方式：future-form。"],
    ["monitoring comes before a form", { groups: ["dibao"], monitoring: true, form: "public-rental-or-subsidy" }, "m1: refer (through dibao); monitored for early warning.", "m1：转介（低保），纳入监测预警。"],
    ["a status the renderer does not know, as given", { status: "future", groups: ["dibao"] }, "m1: future (through dibao).", "m1：future（低保）。"],
    ["a group the table lacks, as given", { groups: ["future-group", "orphan"] }, "m1: refer (through future-group, orphan).", "m1：转介（future-group、孤儿）。"],
    ["groups that are not a list are left out", { groups: "dibao", pendingGroups: "orphan" }, "m1: refer ().", "m1：转介（）。"],
  ])("%s", (_what, values, english, chinese) => {
    expect(labels().en.entry(entryValues(values))).toBe(english);
    expect(labels().zh.entry(entryValues(values))).toBe(chinese);
  });
});

const NOTE = {
  en: "The library holds no Chongqing figures for these programmes and computes no amount: a referral goes to the office named, which decides what is given; the groups it rests on (dibao, extreme-poverty support, low-income households) are confirmed by the civil affairs department (民政部门).",
  zh: "本库不掌握重庆市上述救助项目的金额标准，不计算金额：转介至所列部门，由其核定救助内容；据以转介的低保、特困人员、低收入家庭等身份由民政部门认定。",
};

const PROGRAMME_LINES: Record<string, { en: string; zh: string }> = {
  "education-assistance": {
    en: "Education assistance (教育救助) — referred to the education department (教育部门): education assistance for dibao members and extreme-poverty persons in compulsory education, and appropriate assistance in senior high (including secondary vocational) and higher education and for disabled children unable to attend compulsory education; Chongqing's student aid covers registered poor, dibao, extreme-poverty, orphaned, disabled and other students of families in difficulty, with tuition waivers and grants, and free tuition in general senior high school for these students.",
    zh: "教育救助——转介至教育部门：对在义务教育阶段就学的低保家庭成员、特困供养人员给予教育救助；对在高中教育（含中等职业教育）、普通高等教育阶段就学的，以及不能入学接受义务教育的残疾儿童，根据实际情况给予适当教育救助；重庆学生资助覆盖建档立卡、城乡低保、特困救助、孤儿、残疾困难学生和其他家庭经济困难学生，包括减免学费、助学金等，普通高中对上述学生免学费。",
  },
  "medical-assistance": {
    en: "Medical assistance (医疗救助) — referred to the medical security department (医疗保障部门): a subsidy towards the person's basic medical insurance contribution, and help with the approved self-paid basic medical costs the person and family cannot bear after basic medical insurance, critical-illness insurance and other supplementary insurance; seriously ill members of low-income families are monitored for early warning.",
    zh: "医疗救助——转介至医疗保障部门：对救助对象参加基本医疗保险的个人缴费部分给予补贴；对经基本医疗保险、大病保险和其他补充医疗保险支付后，个人及其家庭难以承担的符合规定的基本医疗自负费用给予补助；对低收入家庭大病患者建立监测预警机制。",
  },
  "housing-assistance": {
    en: "Housing assistance (住房救助) — referred to the housing and urban-rural development department (住房城乡建设部门): for dibao households and dispersed extreme-poverty persons who have applied for housing security: priority public rental housing or a rental subsidy.",
    zh: "住房救助——转介至住房城乡建设部门：对提出住房保障申请的低保家庭、分散供养的特困人员，优先配租公共租赁住房或发放住房租赁补贴（实物配租或租赁补贴）。",
  },
  "rural-housing-renovation": {
    en: "Rural housing renovation (农村危房改造) — referred to the housing and urban-rural development department (住房城乡建设部门): a renovation subsidy for a rural household in difficulty whose house is graded C or D (dangerous).",
    zh: "农村危房改造——转介至住房城乡建设部门：对住房为C级、D级危房的农村困难家庭，纳入农村危房改造，给予改造补助。",
  },
};

describe("an entry's line without a member id", () => {
  it("is the household's", () => {
    const values: Values = { status: "refer", groups: ["dibao-edge"], pendingGroups: [] };
    expect(labels().en.entry(values)).toBe("The household: refer (through dibao-edge household).");
    expect(labels().zh.entry(values)).toBe("本户：转介（低保边缘家庭）。");
  });
});

describe("a programme's line", () => {
  it.each(Object.keys(PROGRAMME_LINES))("%s: its name, office and offer", (programme) => {
    expect(labels().en.programme({ programme })).toBe(PROGRAMME_LINES[programme]?.en);
    expect(labels().zh.programme({ programme })).toBe(PROGRAMME_LINES[programme]?.zh);
  });

  it("a programme the table lacks, as given", () => {
    expect(labels().en.programme({ programme: "future-programme" })).toBe("future-programme");
    expect(labels().zh.programme({ programme: "future-programme" })).toBe("future-programme");
  });

  it("the programme table holds each programme's name, office and offer", () => {
    expect(labels().en.programmes["medical-assistance"]?.name).toBe("Medical assistance (医疗救助)");
    expect(labels().en.programmes["housing-assistance"]?.office).toBe("the housing and urban-rural development department (住房城乡建设部门)");
    expect(labels().zh.programmes["education-assistance"]?.office).toBe("教育部门");
    expect(labels().zh.programmes["rural-housing-renovation"]?.offer).toBe("对住房为C级、D级危房的农村困难家庭，纳入农村危房改造，给予改造补助。");
  });
});

/** A household R9 refers to nothing (urban 2024-10-15, wage 5000), with its section replaced by `entries`. */
function withSection(entries: AssistanceReferral[]): Determination {
  const d = evaluate(household([member("m1", { incomes: [wage("5000")] })]), { asOf: "2024-10-15" });
  return { ...d, assistanceReferrals: entries };
}

/** The section as explain() prints it: from its heading up to the warnings' heading. */
function printed(d: Determination, lang: "en" | "zh-CN"): string {
  const text = explain(d, { lang });
  const heading = lang === "en" ? "Specialised assistance referrals (education, medical, housing)" : "专项救助转介（教育、医疗、住房）";
  const start = text.indexOf(`${heading}\n`);
  const end = text.indexOf(`\n\n${lang === "en" ? "Warnings" : "提示"}\n`, start);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return text.slice(start, end);
}

const cites = (code: string, outcome: Outcome, clauses: string[], values: Values, missing: string[] = [], interpretations: string[] = []): Reason => ({
  code: `assistance-referrals.${code}`,
  outcome,
  clauses,
  values,
  missing,
  interpretations,
});

/** Every programme, in the section's order; entries by member, a household entry with its form, a pending one. */
function fullSection(): AssistanceReferral[] {
  const education = ["saim/art-33"];
  const medical = ["saim/art-28"];
  const housing = ["saim/art-37"];
  const rural = ["saim/art-38", "cq-housing-renovation-2023/targets"];
  return [
    {
      programme: "education-assistance",
      memberId: "m1",
      status: "refer",
      groups: ["dibao"],
      pendingGroups: [],
      values: {},
      reasons: [cites("education.schooling", "met", education, { memberId: "m1", schooling: "compulsory" }), cites("group.dibao", "met", education, memberDibao("eligible", null, null))],
    },
    {
      programme: "education-assistance",
      memberId: "m2",
      status: "needs-review",
      groups: [],
      pendingGroups: ["dibao-edge"],
      values: {},
      reasons: [
        cites("education.schooling", "met", [...education, "cq-education-2016/high-school-fee-waiver"], { memberId: "m2", schooling: "high-school" }),
        cites("group.dibao-edge", "unknown", education, { group: "dibao-edge", dibaoEdgeStatus: "needs-review" }, ["assets.compliant"]),
      ],
    },
    {
      programme: "medical-assistance",
      memberId: "m1",
      status: "refer",
      groups: ["dibao", "seriously-ill"],
      pendingGroups: [],
      values: { monitoring: true },
      reasons: [
        cites("group.dibao", "met", medical, memberDibao("eligible", null, null)),
        cites("group.seriously-ill", "met", medical, { group: "seriously-ill", memberId: "m1" }),
        cites("medical.monitoring", "met", ["cq-daily-2020-09/medical"], { memberId: "m1", inForce: true }),
      ],
    },
    {
      programme: "housing-assistance",
      memberId: null,
      status: "refer",
      groups: ["dibao"],
      pendingGroups: [],
      values: { form: "public-rental-or-subsidy" },
      reasons: [cites("housing.application", "met", housing, { area: "urban", securityApplied: true }), cites("group.dibao", "met", housing, { group: "dibao", dibaoStatus: "eligible" })],
    },
    {
      programme: "rural-housing-renovation",
      memberId: null,
      status: "needs-review",
      groups: [],
      pendingGroups: ["dispersed-support"],
      values: {},
      reasons: [
        cites("rural-renovation.dwelling", "met", rural, { area: "rural", dwellingSafety: "D" }, [], ["INT-15"]),
        cites("group.dispersed-support", "unknown", rural, { group: "dispersed-support", arrangementUnknownMemberIds: ["m3"] }, ["members[2].supportArrangement"], ["INT-15"]),
      ],
    },
  ];
}

describe("the section as explain() prints it", () => {
  it("no referral: heading, note, and says so", () => {
    const d = withSection([]);
    expect(printed(d, "en")).toBe(["Specialised assistance referrals (education, medical, housing)", "=".repeat(60), "", NOTE.en, "No referral."].join("\n"));
    expect(printed(d, "zh-CN")).toBe(["专项救助转介（教育、医疗、住房）", "=".repeat(32), "", NOTE.zh, "无转介。"].join("\n"));
  });

  it("en: each programme once, its entries beneath it, each entry's reasons beneath the entry", () => {
    expect(printed(withSection(fullSection()), "en")).toBe(
      [
        "Specialised assistance referrals (education, medical, housing)",
        "=".repeat(60),
        "",
        NOTE.en,
        `• ${PROGRAMME_LINES["education-assistance"]?.en}`,
        "  • m1: refer (through dibao).",
        "    • ✓ m1 is in school (compulsory education). [saim/art-33]",
        "    • ✓ m1 is in a dibao household (eligible). [saim/art-33]",
        "  • m2: needs review (pending: dibao-edge household).",
        "    • ✓ m2 is in school (general senior high school). [saim/art-33, cq-education-2016/high-school-fee-waiver]",
        "    • ? Whether the household is a dibao-edge household needs review. [saim/art-33]; missing: assets.compliant",
        `• ${PROGRAMME_LINES["medical-assistance"]?.en}`,
        "  • m1: refer (through dibao, seriously ill); monitored for early warning.",
        "    • ✓ m1 is in a dibao household (eligible). [saim/art-28]",
        "    • ✓ m1 has a major illness. [saim/art-28]",
        "    • ✓ m1 is seriously ill in a low-income family: monitored for early warning. [cq-daily-2020-09/medical]",
        `• ${PROGRAMME_LINES["housing-assistance"]?.en}`,
        "  • The household: refer (through dibao); form: public rental housing or a rental subsidy.",
        "    • ✓ The household is urban and has applied for housing security. [saim/art-37]",
        "    • ✓ The household is a dibao household (eligible). [saim/art-37]",
        `• ${PROGRAMME_LINES["rural-housing-renovation"]?.en}`,
        "  • The household: needs review (pending: dispersed extreme-poverty support).",
        "    • ✓ The household is rural and its house is graded D: a dangerous house. [saim/art-38, cq-housing-renovation-2023/targets]; interpretations: INT-15",
        "    • ? The support arrangement (dispersed or centralised) of m3 is not given. [saim/art-38, cq-housing-renovation-2023/targets]; missing: members[2].supportArrangement; interpretations: INT-15",
      ].join("\n"),
    );
  });

  it("zh-CN: the same section in Chinese", () => {
    expect(printed(withSection(fullSection()), "zh-CN")).toBe(
      [
        "专项救助转介（教育、医疗、住房）",
        "=".repeat(32),
        "",
        NOTE.zh,
        `• ${PROGRAMME_LINES["education-assistance"]?.zh}`,
        "  • m1：转介（低保）。",
        "    • ✓ m1在学（义务教育）。 [saim/art-33]",
        "    • ✓ m1属低保家庭（符合低保条件）。 [saim/art-33]",
        "  • m2：需人工复核（待复核：低保边缘家庭）。",
        "    • ✓ m2在学（普通高中）。 [saim/art-33, cq-education-2016/high-school-fee-waiver]",
        "    • ? 本户是否为低保边缘家庭尚待人工复核。 [saim/art-33]；缺少：assets.compliant",
        `• ${PROGRAMME_LINES["medical-assistance"]?.zh}`,
        "  • m1：转介（低保、重病患者），纳入监测预警。",
        "    • ✓ m1属低保家庭（符合低保条件）。 [saim/art-28]",
        "    • ✓ m1患有重特大疾病。 [saim/art-28]",
        "    • ✓ m1为低收入家庭大病患者，纳入监测预警。 [cq-daily-2020-09/medical]",
        `• ${PROGRAMME_LINES["housing-assistance"]?.zh}`,
        "  • 本户：转介（低保），方式：实物配租或租赁补贴。",
        "    • ✓ 本户为城市家庭，已提出住房保障申请。 [saim/art-37]",
        "    • ✓ 本户属低保家庭（符合低保条件）。 [saim/art-37]",
        `• ${PROGRAMME_LINES["rural-housing-renovation"]?.zh}`,
        "  • 本户：需人工复核（待复核：分散供养特困人员）。",
        "    • ✓ 本户为农村家庭，住房安全等级为D级，属危房。 [saim/art-38, cq-housing-renovation-2023/targets]；解释：INT-15",
        "    • ? 未提供m3的供养方式（分散供养或集中供养）。 [saim/art-38, cq-housing-renovation-2023/targets]；缺少：members[2].supportArrangement；解释：INT-15",
      ].join("\n"),
    );
  });

  it("entries of a programme that are not next to each other still print under one line for it", () => {
    const [first, , medical, ...rest] = fullSection();
    const second = { ...(first as AssistanceReferral), memberId: "m2", reasons: [] };
    const lines = printed(withSection([first as AssistanceReferral, medical as AssistanceReferral, second, ...rest]), "en").split("\n");
    expect(lines.filter((line) => line.startsWith("• Education assistance"))).toHaveLength(1);
    const at = lines.indexOf(`• ${PROGRAMME_LINES["education-assistance"]?.en}`);
    expect(lines.slice(at + 1, at + 5)).toEqual(["  • m1: refer (through dibao).", "    • ✓ m1 is in school (compulsory education). [saim/art-33]", "    • ✓ m1 is in a dibao household (eligible). [saim/art-33]", "  • m2: refer (through dibao)."]);
    expect(lines[at + 5]).toBe(`• ${PROGRAMME_LINES["medical-assistance"]?.en}`);
  });
});
