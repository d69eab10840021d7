/**
 * The message tables of the five-category screening (R8, src/rules/screening/messages-en.ts,
 * messages-zh-CN.ts, labels and `render` in index.ts), sentence by sentence: every reason code R8 emits,
 * every outcome, every branch inside a template (each list helper given nothing, one or several ids;
 * null against given dates), and every entry of the name tables (registrations, causes, difficulties,
 * categories, statuses; a value a table lacks shown as given), in both languages. Each expected sentence
 * is written by hand from the template, so that a word lost or a wrong branch fails here.
 */
import { describe, expect, it } from "vitest";
import { evaluate, explain, MESSAGE_TABLES, reasonText, type Reason } from "../../../src/index.js";
import type { Outcome } from "../../../src/model/determination.js";
import type { Values } from "../../../src/rules/messages.js";
import { screeningProgramme } from "../../../src/rules/screening/index.js";
import { household, member, wage } from "../../helpers.js";

type Row = [description: string, code: string, outcome: Outcome, values: Values, en: string, zh: string];

const reasonOf = (code: string, outcome: Outcome, values: Values): Reason => ({ code, outcome, clauses: [], values, missing: [], interpretations: [] });

/** A 12-month look-back window ending on 2022-12-15 (INT-14), as shocksInWindow writes it. */
const WINDOW = { windowFrom: "2021-12-15", windowTo: "2022-12-15" };
const EN_SPAN = "2021-12-15 and 2022-12-15";
const ZH_SPAN = "2021年12月15日至2022年12月15日";
const EN_NO_SHOCKS = "Whether the household's income fell or spending rose suddenly is not given.";
const ZH_NO_SHOCKS = "未提供家庭收入骤减或支出骤增的情况。";
const qualifying = (dibaoStatus: string, referredMemberIds: string[], specialHardshipEligibleIds: string[], pendingMemberIds: string[] = []): Values => ({
  dibaoStatus,
  referredMemberIds,
  specialHardshipEligibleIds,
  pendingMemberIds,
});

const NOT_IN_FORCE: Row[] = [
  [
    "before the screening began, with its start",
    "screening.not-in-force",
    "not-met",
    { asOf: "2020-09-06", from: "2020-09-07" },
    "On 2020-09-06 the five-category screening had not begun (from 2020-09-07).",
    "评估日期2020年9月6日时五类人群摸排尚未开展（自2020年9月7日起）。",
  ],
  [
    "no start ahead (a city without the screening)",
    "screening.not-in-force",
    "not-met",
    { asOf: "2024-10-15", from: null },
    "On 2024-10-15 the five-category screening had not begun.",
    "评估日期2024年10月15日时五类人群摸排尚未开展。",
  ],
  ["the start absent", "screening.not-in-force", "not-met", { asOf: "2019-01-02" }, "On 2019-01-02 the five-category screening had not begun.", "评估日期2019年1月2日时五类人群摸排尚未开展。"],
];

/** The one "not covered" message, shared by categories 1, 2, 3 and 5: each branch of who covers the household. */
const NOT_COVERED_CODES = ["registered-poor-uncovered", "epidemic-backstop", "potential-recipient", "exited-needs-return"].map((category) => `screening.${category}.not-covered`);
const NOT_COVERED: Row[] = NOT_COVERED_CODES.flatMap((code): Row[] => [
  [
    "nobody covers the household",
    code,
    "met",
    { dibaoRecipient: false, supportedMemberIds: [] },
    "The household is not covered by backstop support (no dibao, no member in extreme-poverty support).",
    "本户未纳入兜底保障范围（没有享受低保，也没有成员享受特困人员救助供养）。",
  ],
  [
    "covered by dibao alone",
    code,
    "not-met",
    { dibaoRecipient: true, supportedMemberIds: [] },
    "The household is covered by backstop support (receives dibao).",
    "本户已纳入兜底保障范围（正在享受低保）。",
  ],
  [
    "covered by one supported member alone",
    code,
    "not-met",
    { dibaoRecipient: false, supportedMemberIds: ["m2"] },
    "The household is covered by backstop support (m2 supported as extreme-poverty persons).",
    "本户已纳入兜底保障范围（成员m2正在享受特困人员救助供养）。",
  ],
  [
    "covered by dibao and two supported members",
    code,
    "not-met",
    { dibaoRecipient: true, supportedMemberIds: ["m1", "m2"] },
    "The household is covered by backstop support (receives dibao; m1, m2 supported as extreme-poverty persons).",
    "本户已纳入兜底保障范围（正在享受低保；成员m1、m2正在享受特困人员救助供养）。",
  ],
]);
const NOT_COVERED_ABSENT: Row = [
  "the supported ids absent: nothing said of them",
  "screening.registered-poor-uncovered.not-covered",
  "not-met",
  { dibaoRecipient: true },
  "The household is covered by backstop support (receives dibao).",
  "本户已纳入兜底保障范围（正在享受低保）。",
];

const EN_ONE_OF = "one of registered poor not yet lifted, unstably lifted or at the edge of poverty.";
const EN_NONE_OF = "none of registered poor not yet lifted, unstably lifted or at the edge of poverty.";
const ZH_ONE_OF = "属未脱贫建档立卡贫困人口、脱贫不稳定人口或边缘易致贫人口。";
const ZH_NONE_OF = "不属未脱贫、脱贫不稳定或边缘易致贫人口。";
const REGISTRATION_CODE = "screening.registered-poor-uncovered.registration";
const CATEGORY_1: Row[] = [
  ["registered, not lifted", REGISTRATION_CODE, "met", { povertyRegistration: "unlifted" }, `Poverty registration: registered poor, not lifted, ${EN_ONE_OF}`, `建档立卡状态为“未脱贫”，${ZH_ONE_OF}`],
  ["lifted but unstable", REGISTRATION_CODE, "met", { povertyRegistration: "lifted-unstable" }, `Poverty registration: lifted but unstable, ${EN_ONE_OF}`, `建档立卡状态为“脱贫不稳定”，${ZH_ONE_OF}`],
  ["at the edge of poverty", REGISTRATION_CODE, "met", { povertyRegistration: "edge" }, `Poverty registration: at the edge of poverty, ${EN_ONE_OF}`, `建档立卡状态为“边缘易致贫”，${ZH_ONE_OF}`],
  ["not registered", REGISTRATION_CODE, "not-met", { povertyRegistration: "none" }, `Poverty registration: not registered, ${EN_NONE_OF}`, `建档立卡状态为“未建档立卡”，${ZH_NONE_OF}`],
  ["lifted", REGISTRATION_CODE, "not-met", { povertyRegistration: "lifted" }, `Poverty registration: lifted from poverty, ${EN_NONE_OF}`, `建档立卡状态为“已脱贫”，${ZH_NONE_OF}`],
  ["a registration the table lacks, as given", REGISTRATION_CODE, "not-met", { povertyRegistration: "relocated" }, `Poverty registration: relocated, ${EN_NONE_OF}`, `建档立卡状态为“relocated”，${ZH_NONE_OF}`],
];

const EPIDEMIC_SHOCK = "screening.epidemic-backstop.epidemic-shock";
const QUALIFIES = "screening.epidemic-backstop.qualifies";
const EN_QUALIFIES_END = ": it needs backstop support because of the epidemic.";
const ZH_QUALIFIES_END = "，属因疫情需要纳入兜底保障范围的人群。";
const CATEGORY_2: Row[] = [
  [
    "one epidemic shock",
    EPIDEMIC_SHOCK,
    "met",
    { ...WINDOW, shocksGiven: 1, causes: ["epidemic"], since: ["2022-11-01"] },
    `Between ${EN_SPAN} income fell or spending rose suddenly because of the epidemic (from 2022-11-01).`,
    `${ZH_SPAN}期间因疫情收入骤减或支出骤增（2022年11月1日起）。`,
  ],
  [
    "two epidemic shocks",
    EPIDEMIC_SHOCK,
    "met",
    { ...WINDOW, shocksGiven: 2, causes: ["epidemic", "epidemic"], since: ["2022-03-01", "2022-11-01"] },
    `Between ${EN_SPAN} income fell or spending rose suddenly because of the epidemic (from 2022-03-01, 2022-11-01).`,
    `${ZH_SPAN}期间因疫情收入骤减或支出骤增（2022年3月1日、2022年11月1日起）。`,
  ],
  [
    "no epidemic shock",
    EPIDEMIC_SHOCK,
    "not-met",
    { ...WINDOW, shocksGiven: 1, causes: [], since: [] },
    `No sudden income drop or spending rise because of the epidemic between ${EN_SPAN}.`,
    `${ZH_SPAN}期间没有因疫情的收入骤减或支出骤增。`,
  ],
  ["shocks not given", EPIDEMIC_SHOCK, "unknown", { ...WINDOW, shocksGiven: null, causes: [], since: [] }, EN_NO_SHOCKS, ZH_NO_SHOCKS],
  [
    "qualifies through dibao",
    QUALIFIES,
    "met",
    qualifying("eligible", [], []),
    `The household now qualifies for backstop support (eligible for dibao)${EN_QUALIFIES_END}`,
    `本户现符合兜底保障条件（符合低保条件）${ZH_QUALIFIES_END}`,
  ],
  [
    "qualifies through a single-person referral",
    QUALIFIES,
    "met",
    qualifying("ineligible", ["m2"], []),
    `The household now qualifies for backstop support (m2 may apply as single-person households)${EN_QUALIFIES_END}`,
    `本户现符合兜底保障条件（成员m2可参照单人户申请低保）${ZH_QUALIFIES_END}`,
  ],
  [
    "qualifies through extreme-poverty support",
    QUALIFIES,
    "met",
    qualifying("ineligible", [], ["m1"]),
    `The household now qualifies for backstop support (m1 eligible for extreme-poverty support)${EN_QUALIFIES_END}`,
    `本户现符合兜底保障条件（成员m1符合特困人员救助供养条件）${ZH_QUALIFIES_END}`,
  ],
  [
    "qualifies through all three",
    QUALIFIES,
    "met",
    qualifying("eligible", ["m2", "m3"], ["m1"]),
    `The household now qualifies for backstop support (eligible for dibao; m2, m3 may apply as single-person households; m1 eligible for extreme-poverty support)${EN_QUALIFIES_END}`,
    `本户现符合兜底保障条件（符合低保条件；成员m2、m3可参照单人户申请低保；成员m1符合特困人员救助供养条件）${ZH_QUALIFIES_END}`,
  ],
  [
    "qualifies for nothing",
    QUALIFIES,
    "not-met",
    qualifying("gradual-exit", [], []),
    "The household does not qualify now for dibao, a single-person referral or extreme-poverty support.",
    "本户现不符合低保、单人户或特困人员救助供养条件。",
  ],
  ["dibao under review, no member pending", QUALIFIES, "unknown", qualifying("needs-review", [], []), "Whether the household qualifies for backstop support needs review.", "本户是否符合兜底保障条件尚待人工复核。"],
  [
    "two members pending",
    QUALIFIES,
    "unknown",
    qualifying("ineligible", [], [], ["m2", "m3"]),
    "Whether the household qualifies for backstop support needs review (to review: m2, m3).",
    "本户是否符合兜底保障条件尚待人工复核（待复核成员：m2、m3）。",
  ],
];

const SHOCK = "screening.potential-recipient.shock";
const NOT_QUALIFYING = "screening.potential-recipient.not-qualifying";
const CATEGORY_3: Row[] = [
  [
    "one shock through illness",
    SHOCK,
    "met",
    { ...WINDOW, shocksGiven: 1, causes: ["illness"], since: ["2022-11-01"] },
    `Between ${EN_SPAN} income fell or spending rose suddenly (illness; from 2022-11-01).`,
    `${ZH_SPAN}期间收入骤减或支出骤增（因病；2022年11月1日起）。`,
  ],
  [
    "a shock of every cause",
    SHOCK,
    "met",
    { ...WINDOW, shocksGiven: 5, causes: ["illness", "disaster", "epidemic", "accident", "other"], since: ["2022-01-10", "2022-03-01", "2022-05-01", "2022-07-01", "2022-09-01"] },
    `Between ${EN_SPAN} income fell or spending rose suddenly (illness, disaster, the epidemic, an accident, another cause; from 2022-01-10, 2022-03-01, 2022-05-01, 2022-07-01, 2022-09-01).`,
    `${ZH_SPAN}期间收入骤减或支出骤增（因病、因灾、因疫情、因意外事故、其他原因；2022年1月10日、2022年3月1日、2022年5月1日、2022年7月1日、2022年9月1日起）。`,
  ],
  [
    "a cause the table lacks, as given",
    SHOCK,
    "met",
    { ...WINDOW, shocksGiven: 1, causes: ["fire"], since: ["2022-11-01"] },
    `Between ${EN_SPAN} income fell or spending rose suddenly (fire; from 2022-11-01).`,
    `${ZH_SPAN}期间收入骤减或支出骤增（fire；2022年11月1日起）。`,
  ],
  [
    "causes not a list and one date as a string: shown as given",
    SHOCK,
    "met",
    { ...WINDOW, shocksGiven: 1, causes: null, since: "2022-11-01" },
    `Between ${EN_SPAN} income fell or spending rose suddenly (—; from 2022-11-01).`,
    `${ZH_SPAN}期间收入骤减或支出骤增（—；2022年11月1日起）。`,
  ],
  ["no shock", SHOCK, "not-met", { ...WINDOW, shocksGiven: 0, causes: [], since: [] }, `No sudden income drop or spending rise between ${EN_SPAN}.`, `${ZH_SPAN}期间没有收入骤减或支出骤增。`],
  ["shocks not given", SHOCK, "unknown", { ...WINDOW, shocksGiven: null, causes: [], since: [] }, EN_NO_SHOCKS, ZH_NO_SHOCKS],
  [
    "qualifies for nothing: a potential recipient",
    NOT_QUALIFYING,
    "met",
    qualifying("ineligible", [], []),
    "The household does not qualify for dibao, a single-person referral or extreme-poverty support: a potential recipient in some difficulty.",
    "本户不符合低保、单人户或特困人员救助供养条件，属不符合救助条件但存在一定困难的潜在救助对象。",
  ],
  [
    "qualifies for dibao",
    NOT_QUALIFYING,
    "not-met",
    qualifying("eligible", [], []),
    "The household qualifies now (eligible for dibao): to be handled by the assistance procedure, not as a potential recipient.",
    "本户现符合兜底保障条件（符合低保条件），应按救助程序办理，不属潜在救助对象。",
  ],
  [
    "qualifies through a referral and extreme-poverty support",
    NOT_QUALIFYING,
    "not-met",
    qualifying("ineligible", ["m2"], ["m3"]),
    "The household qualifies now (m2 may apply as single-person households; m3 eligible for extreme-poverty support): to be handled by the assistance procedure, not as a potential recipient.",
    "本户现符合兜底保障条件（成员m2可参照单人户申请低保；成员m3符合特困人员救助供养条件），应按救助程序办理，不属潜在救助对象。",
  ],
  ["under review, no member pending", NOT_QUALIFYING, "unknown", qualifying("needs-review", [], []), "Whether the household qualifies for assistance needs review.", "本户是否符合救助条件尚待人工复核。"],
  ["one member pending", NOT_QUALIFYING, "unknown", qualifying("ineligible", [], [], ["m2"]), "Whether the household qualifies for assistance needs review (to review: m2).", "本户是否符合救助条件尚待人工复核（待复核成员：m2）。"],
];

const RURAL = "screening.rural-covered-with-difficulties.rural";
const NOT_REGISTERED = "screening.rural-covered-with-difficulties.not-registered";
const COVERED = "screening.rural-covered-with-difficulties.covered";
const DIFFICULTIES = "screening.rural-covered-with-difficulties.difficulties";
const covered = (dibaoRecipient: boolean, dispersedMemberIds: string[], arrangementUnknownIds: string[]): Values => ({ dibaoRecipient, dispersedMemberIds, arrangementUnknownIds });
const CATEGORY_4: Row[] = [
  ["rural", RURAL, "met", { area: "rural" }, "The household is rural.", "本户为农村家庭。"],
  ["urban", RURAL, "not-met", { area: "urban" }, "The household is urban: the category names rural dibao recipients and rural dispersed extreme-poverty persons.", "本户为城市家庭，不属农村低保对象或农村分散供养特困人员。"],
  ["outside the register", NOT_REGISTERED, "met", { povertyRegistration: "none" }, "The household is outside the poverty register.", "本户未纳入建档立卡贫困户范围。"],
  ["registered, not lifted", NOT_REGISTERED, "not-met", { povertyRegistration: "unlifted" }, "The household is on the poverty register (registered poor, not lifted).", "本户已建档立卡（未脱贫）。"],
  ["lifted", NOT_REGISTERED, "not-met", { povertyRegistration: "lifted" }, "The household is on the poverty register (lifted from poverty).", "本户已建档立卡（已脱贫）。"],
  ["lifted but unstable", NOT_REGISTERED, "not-met", { povertyRegistration: "lifted-unstable" }, "The household is on the poverty register (lifted but unstable).", "本户已建档立卡（脱贫不稳定）。"],
  ["at the edge of poverty", NOT_REGISTERED, "not-met", { povertyRegistration: "edge" }, "The household is on the poverty register (at the edge of poverty).", "本户已建档立卡（边缘易致贫）。"],
  ["a registration the table lacks, as given", NOT_REGISTERED, "not-met", { povertyRegistration: "relocated" }, "The household is on the poverty register (relocated).", "本户已建档立卡（relocated）。"],
  ["receives dibao", COVERED, "met", covered(true, [], []), "The household receives dibao.", "本户为低保对象。"],
  ["one member supported dispersed", COVERED, "met", covered(false, ["m2"], []), "m2 supported dispersed (at home).", "成员m2为分散供养特困人员。"],
  [
    "dibao and two members supported dispersed, one arrangement unknown",
    COVERED,
    "met",
    covered(true, ["m1", "m2"], ["m3"]),
    "The household receives dibao; m1, m2 supported dispersed (at home).",
    "本户为低保对象；成员m1、m2为分散供养特困人员。",
  ],
  ["neither", COVERED, "not-met", covered(false, [], []), "The household receives no dibao and has no member supported dispersed.", "本户不是低保对象，也没有分散供养的特困人员。"],
  ["one arrangement unknown", COVERED, "unknown", covered(false, [], ["m2"]), "The support arrangement (dispersed or centralised) of m2 is not given.", "特困人员m2的供养方式（分散供养或集中供养）未提供。"],
  [
    "two arrangements unknown",
    COVERED,
    "unknown",
    covered(false, [], ["m2", "m3"]),
    "The support arrangement (dispersed or centralised) of m2, m3 is not given.",
    "特困人员m2、m3的供养方式（分散供养或集中供养）未提供。",
  ],
  [
    "every difficulty",
    DIFFICULTIES,
    "met",
    { difficulties: ["housing", "medical", "education"] },
    "The household has difficulties with housing, medical care, education.",
    "本户在住房、医疗、教育方面存在困难。",
  ],
  ["medical care alone", DIFFICULTIES, "met", { difficulties: ["medical"] }, "The household has difficulties with medical care.", "本户在医疗方面存在困难。"],
  ["a difficulty the table lacks, as given", DIFFICULTIES, "met", { difficulties: ["transport"] }, "The household has difficulties with transport.", "本户在transport方面存在困难。"],
  ["none", DIFFICULTIES, "not-met", { difficulties: [] }, "The household has no housing, medical or education difficulty.", "本户在住房、医疗、教育方面没有困难。"],
  ["not given", DIFFICULTIES, "unknown", { difficulties: null }, "Whether the household has housing, medical or education difficulties is not given.", "未提供本户在住房、医疗、教育方面是否存在困难。"],
];

const EXITED = "screening.exited-needs-return.exited";
const SINCE_EXIT = "screening.exited-needs-return.epidemic-shock-since-exit";
const CATEGORY_5: Row[] = [
  ["left before the assessment date", EXITED, "met", { exitDate: "2022-01-01", asOf: "2022-12-15" }, "The household left backstop support on 2022-01-01.", "本户已于2022年1月1日退出兜底保障。"],
  ["never left", EXITED, "not-met", { exitDate: null, asOf: "2022-12-15" }, "The household has not left backstop support.", "本户没有退出兜底保障的记录。"],
  [
    "exit dated after the assessment date",
    EXITED,
    "not-met",
    { exitDate: "2023-01-01", asOf: "2022-12-15" },
    "The household's exit date 2023-01-01 is after the assessment date.",
    "本户退出兜底保障的日期2023年1月1日在评估日期之后。",
  ],
  [
    "an epidemic shock since leaving",
    SINCE_EXIT,
    "met",
    { ...WINDOW, shocksGiven: 1, causes: ["epidemic"], since: ["2022-11-01"], exitDate: "2022-01-01" },
    `Since leaving, the epidemic cut income or raised costs (from 2022-11-01, between ${EN_SPAN}).`,
    `退出后受疫情影响收入减少或生活成本增加（2022年11月1日起，在${ZH_SPAN}期间）。`,
  ],
  [
    "no epidemic shock after the exit",
    SINCE_EXIT,
    "not-met",
    { ...WINDOW, shocksGiven: 1, causes: [], since: [], exitDate: "2022-06-01" },
    `No sudden income drop or spending rise because of the epidemic between ${EN_SPAN} after the exit on 2022-06-01.`,
    `${ZH_SPAN}期间、退出（2022年6月1日）之后没有因疫情的收入骤减或支出骤增。`,
  ],
  [
    "no epidemic shock, no exit",
    SINCE_EXIT,
    "not-met",
    { ...WINDOW, shocksGiven: 0, causes: [], since: [], exitDate: null },
    `No sudden income drop or spending rise because of the epidemic between ${EN_SPAN}.`,
    `${ZH_SPAN}期间没有因疫情的收入骤减或支出骤增。`,
  ],
  ["shocks not given", SINCE_EXIT, "unknown", { ...WINDOW, shocksGiven: null, causes: [], since: [], exitDate: "2022-01-01" }, EN_NO_SHOCKS, ZH_NO_SHOCKS],
];

const ROWS: Row[] = [...NOT_IN_FORCE, ...NOT_COVERED, NOT_COVERED_ABSENT, ...CATEGORY_1, ...CATEGORY_2, ...CATEGORY_3, ...CATEGORY_4, ...CATEGORY_5];

describe("R8 reason messages, sentence by sentence", () => {
  it.each(ROWS)("%s: %s %s", (_description, code, outcome, values, en, zh) => {
    const reason = reasonOf(code, outcome, values);
    expect(reasonText(reason, MESSAGE_TABLES.en)).toBe(en);
    expect(reasonText(reason, MESSAGE_TABLES["zh-CN"])).toBe(zh);
  });

  it("the rows reach every code and outcome R8 emits", () => {
    const outcomes = (codes: string[], list: Outcome[]) => codes.flatMap((code) => list.map((outcome) => `${code}:${outcome}`));
    const expected = [
      "screening.not-in-force:not-met",
      ...outcomes(NOT_COVERED_CODES, ["met", "not-met"]),
      ...outcomes([REGISTRATION_CODE, RURAL, NOT_REGISTERED, EXITED], ["met", "not-met"]),
      ...outcomes([EPIDEMIC_SHOCK, QUALIFIES, SHOCK, NOT_QUALIFYING, COVERED, DIFFICULTIES, SINCE_EXIT], ["met", "not-met", "unknown"]),
    ];
    expect([...new Set(ROWS.map(([, code, outcome]) => `${code}:${outcome}`))].sort()).toEqual(expected.sort());
  });
});

type EntryRow = [description: string, category: number, code: string, status: string, en: string, zh: string];
const ENTRIES: EntryRow[] = [
  [
    "category 1, flagged",
    1,
    "registered-poor-uncovered",
    "flag",
    "Category 1 (registered poor not yet lifted, unstably lifted or at the edge of poverty, and not covered by backstop support): flagged: verify at once.",
    "第1类（未脱贫建档立卡贫困人口、脱贫不稳定人口、边缘易致贫人口中未纳入兜底保障范围的人群）：提示立即跟进核实。",
  ],
  ["category 2, no", 2, "epidemic-backstop", "no", "Category 2 (people who need backstop support because of the epidemic): no.", "第2类（因疫情需要纳入兜底保障范围的人群）：不属此类。"],
  [
    "category 3, unknown",
    3,
    "potential-recipient",
    "unknown",
    "Category 3 (potential recipients whose income fell or spending rose suddenly through illness, disaster, the epidemic or the like, who do not qualify for assistance but are in some difficulty): not known: facts missing.",
    "第3类（因病因灾因疫等收入骤减或支出骤增，不符合救助条件但存在一定困难的潜在救助对象）：情况不明，需补充信息。",
  ],
  [
    "category 4, flagged",
    4,
    "rural-covered-with-difficulties",
    "flag",
    "Category 4 (rural dibao recipients and dispersed extreme-poverty persons outside the poverty register, with housing, medical or education difficulties): flagged: verify at once.",
    "第4类（未纳入建档立卡贫困户范围，但在住房、医疗、教育等方面存在困难的农村低保对象及分散供养特困人员）：提示立即跟进核实。",
  ],
  [
    "category 5, no",
    5,
    "exited-needs-return",
    "no",
    "Category 5 (people who left backstop support and, hit by the epidemic, may need to be covered again): no.",
    "第5类（已退出兜底保障，受疫情影响收入减少、生活成本增加，生活困难程度可能加深，需要再次纳入兜底保障的对象）：不属此类。",
  ],
  ["a code and status the tables lack, as given", 6, "sixth", "maybe", "Category 6 (sixth): maybe.", "第6类（sixth）：maybe。"],
];

describe("R8 labels", () => {
  it.each(ENTRIES)("entry line: %s", (_description, category, code, status, en, zh) => {
    expect(screeningProgramme.messages.en.labels.entry({ category, code, status })).toBe(en);
    expect(screeningProgramme.messages["zh-CN"].labels.entry({ category, code, status })).toBe(zh);
  });

  it("heading and note", () => {
    expect(screeningProgramme.messages.en.labels.heading).toBe("Five-category screening");
    expect(screeningProgramme.messages.en.labels.note).toBe("A flag asks a caseworker to verify the household at once; the screening decides nothing and awards nothing.");
    expect(screeningProgramme.messages["zh-CN"].labels.heading).toBe("五类人群摸排");
    expect(screeningProgramme.messages["zh-CN"].labels.note).toBe("摸排只提示经办人员对相关家庭立即跟进核实，不作任何救助决定，也不给付任何待遇。");
  });
});

describe("R8 render through explain()", () => {
  const CLAUSE = "[cq-daily-2020-09/five-categories]";

  it("prints the heading, the note, then each category's line with its reasons beneath, in order", () => {
    // 2022-12-15, urban, one member earning 300.00 (below the standard 717): dibao eligible; registered at
    // the edge of poverty; left coverage on 2022-01-01; circumstances not given, so shocks and difficulties
    // are unknown. Categories: 1 flag; 2 unknown (the shock); 3 no (it qualifies); 4 no (urban); 5 unknown.
    const d = evaluate(household([member("m1", { incomes: [wage("300.00")] })], { status: { povertyRegistration: "edge", exitedCoverage: { date: "2022-01-01" } } }), { asOf: "2022-12-15" });
    const en = explain(d, { lang: "en", format: "markdown" });
    const enNotCovered = `  - ✓ The household is not covered by backstop support (no dibao, no member in extreme-poverty support). ${CLAUSE}`;
    const enNoShocks = `  - ? Whether the household's income fell or spending rose suddenly is not given. ${CLAUSE}; missing: circumstances.shocks; interpretations: INT-14`;
    expect(en).toContain(
      [
        "## Five-category screening",
        "",
        "A flag asks a caseworker to verify the household at once; the screening decides nothing and awards nothing.",
        "- Category 1 (registered poor not yet lifted, unstably lifted or at the edge of poverty, and not covered by backstop support): flagged: verify at once.",
        enNotCovered,
        `  - ✓ Poverty registration: at the edge of poverty, one of registered poor not yet lifted, unstably lifted or at the edge of poverty. ${CLAUSE}`,
        "- Category 2 (people who need backstop support because of the epidemic): not known: facts missing.",
        enNotCovered,
        enNoShocks,
        `  - ✓ The household now qualifies for backstop support (eligible for dibao): it needs backstop support because of the epidemic. ${CLAUSE}`,
        "- Category 3 (potential recipients whose income fell or spending rose suddenly through illness, disaster, the epidemic or the like, who do not qualify for assistance but are in some difficulty): no.",
        enNotCovered,
        enNoShocks,
        `  - ✗ The household qualifies now (eligible for dibao): to be handled by the assistance procedure, not as a potential recipient. ${CLAUSE}`,
        "- Category 4 (rural dibao recipients and dispersed extreme-poverty persons outside the poverty register, with housing, medical or education difficulties): no.",
        `  - ✗ The household is urban: the category names rural dibao recipients and rural dispersed extreme-poverty persons. ${CLAUSE}`,
        `  - ✗ The household is on the poverty register (at the edge of poverty). ${CLAUSE}`,
        `  - ✗ The household receives no dibao and has no member supported dispersed. ${CLAUSE}`,
        `  - ? Whether the household has housing, medical or education difficulties is not given. ${CLAUSE}; missing: circumstances.difficulties`,
        "- Category 5 (people who left backstop support and, hit by the epidemic, may need to be covered again): not known: facts missing.",
        `  - ✓ The household left backstop support on 2022-01-01. ${CLAUSE}`,
        enNotCovered,
        enNoShocks,
      ].join("\n"),
    );

    const zh = explain(d, { lang: "zh-CN", format: "markdown" });
    const zhNotCovered = `  - ✓ 本户未纳入兜底保障范围（没有享受低保，也没有成员享受特困人员救助供养）。 ${CLAUSE}`;
    const zhNoShocks = `  - ? 未提供家庭收入骤减或支出骤增的情况。 ${CLAUSE}；缺少：circumstances.shocks；解释：INT-14`;
    expect(zh).toContain(
      [
        "## 五类人群摸排",
        "",
        "摸排只提示经办人员对相关家庭立即跟进核实，不作任何救助决定，也不给付任何待遇。",
        "- 第1类（未脱贫建档立卡贫困人口、脱贫不稳定人口、边缘易致贫人口中未纳入兜底保障范围的人群）：提示立即跟进核实。",
        zhNotCovered,
        `  - ✓ 建档立卡状态为“边缘易致贫”，属未脱贫建档立卡贫困人口、脱贫不稳定人口或边缘易致贫人口。 ${CLAUSE}`,
        "- 第2类（因疫情需要纳入兜底保障范围的人群）：情况不明，需补充信息。",
        zhNotCovered,
        zhNoShocks,
        `  - ✓ 本户现符合兜底保障条件（符合低保条件），属因疫情需要纳入兜底保障范围的人群。 ${CLAUSE}`,
        "- 第3类（因病因灾因疫等收入骤减或支出骤增，不符合救助条件但存在一定困难的潜在救助对象）：不属此类。",
        zhNotCovered,
        zhNoShocks,
        `  - ✗ 本户现符合兜底保障条件（符合低保条件），应按救助程序办理，不属潜在救助对象。 ${CLAUSE}`,
        "- 第4类（未纳入建档立卡贫困户范围，但在住房、医疗、教育等方面存在困难的农村低保对象及分散供养特困人员）：不属此类。",
        `  - ✗ 本户为城市家庭，不属农村低保对象或农村分散供养特困人员。 ${CLAUSE}`,
        `  - ✗ 本户已建档立卡（边缘易致贫）。 ${CLAUSE}`,
        `  - ✗ 本户不是低保对象，也没有分散供养的特困人员。 ${CLAUSE}`,
        `  - ? 未提供本户在住房、医疗、教育方面是否存在困难。 ${CLAUSE}；缺少：circumstances.difficulties`,
        "- 第5类（已退出兜底保障，受疫情影响收入减少、生活成本增加，生活困难程度可能加深，需要再次纳入兜底保障的对象）：情况不明，需补充信息。",
        `  - ✓ 本户已于2022年1月1日退出兜底保障。 ${CLAUSE}`,
        zhNotCovered,
        zhNoShocks,
      ].join("\n"),
    );
  });

  it("before the screening began prints every category as no, each with the start date", () => {
    const d = evaluate(household([member("m1", { incomes: [wage("1000.00")] })]), { asOf: "2020-09-06" });
    const en = explain(d, { lang: "en" });
    const enReason = `  • ✗ On 2020-09-06 the five-category screening had not begun (from 2020-09-07). ${CLAUSE}`;
    expect(en).toContain(
      [
        "Five-category screening",
        "=".repeat(23),
        "",
        "A flag asks a caseworker to verify the household at once; the screening decides nothing and awards nothing.",
        "• Category 1 (registered poor not yet lifted, unstably lifted or at the edge of poverty, and not covered by backstop support): no.",
        enReason,
        "• Category 2 (people who need backstop support because of the epidemic): no.",
        enReason,
        "• Category 3 (potential recipients whose income fell or spending rose suddenly through illness, disaster, the epidemic or the like, who do not qualify for assistance but are in some difficulty): no.",
        enReason,
        "• Category 4 (rural dibao recipients and dispersed extreme-poverty persons outside the poverty register, with housing, medical or education difficulties): no.",
        enReason,
        "• Category 5 (people who left backstop support and, hit by the epidemic, may need to be covered again): no.",
        enReason,
      ].join("\n"),
    );
    const zh = explain(d, { lang: "zh-CN" });
    const zhReason = `  • ✗ 评估日期2020年9月6日时五类人群摸排尚未开展（自2020年9月7日起）。 ${CLAUSE}`;
    expect(zh).toContain(
      [
        "五类人群摸排",
        "=".repeat(12),
        "",
        "摸排只提示经办人员对相关家庭立即跟进核实，不作任何救助决定，也不给付任何待遇。",
        "• 第1类（未脱贫建档立卡贫困人口、脱贫不稳定人口、边缘易致贫人口中未纳入兜底保障范围的人群）：不属此类。",
        zhReason,
        "• 第2类（因疫情需要纳入兜底保障范围的人群）：不属此类。",
        zhReason,
        "• 第3类（因病因灾因疫等收入骤减或支出骤增，不符合救助条件但存在一定困难的潜在救助对象）：不属此类。",
        zhReason,
        "• 第4类（未纳入建档立卡贫困户范围，但在住房、医疗、教育等方面存在困难的农村低保对象及分散供养特困人员）：不属此类。",
        zhReason,
        "• 第5类（已退出兜底保障，受疫情影响收入减少、生活成本增加，生活困难程度可能加深，需要再次纳入兜底保障的对象）：不属此类。",
        zhReason,
      ].join("\n"),
    );
  });
});
