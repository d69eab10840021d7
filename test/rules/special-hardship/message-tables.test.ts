/**
 * The extreme-poverty programme's prose, whole sentences (R4 and its supporters test; R6's coordination
 * warning as explain() prints it): every reason code and outcome R4 emits, every branch inside its
 * templates (each case of art-8 by name, each ground of art-5, each relation, care tier, disability
 * category and incapacity by name, a value the tables lack as given, empty and null values), and the
 * section's render (entry line per status, reasons one level in), in English and in Chinese. Each expected
 * sentence is written from the template, not taken from a run. Values have the shape the rules write
 * (money "955.00", ISO dates, member ids, `supporters[0]` labels, lists); a row marked "(template branch)"
 * holds a value R4 never writes, to reach a fallback of the template.
 */
import { describe, expect, it } from "vitest";
import { evaluate, explain, MESSAGE_TABLES, reasonText, type Outcome, type Reason, type ReasonValue, type SpecialHardshipEntry } from "../../../src/index.js";
import { specialHardshipProgramme } from "../../../src/rules/special-hardship/index.js";
import { household, member } from "../../helpers.js";

type Values = Record<string, ReasonValue>;
type Row = [description: string, outcome: Outcome, values: Values, en: string, zh: string];

const reason = (code: string, outcome: Outcome, values: Values, clauses: string[] = ["shp-identification-2021/art-4"], missing: string[] = []): Reason => ({
  code,
  outcome,
  clauses,
  values,
  missing,
  interpretations: [],
});

/** Renders one reason in both languages. */
const texts = (code: string, outcome: Outcome, values: Values): [string, string] => {
  const r = reason(code, outcome, values);
  return [reasonText(r, MESSAGE_TABLES.en), reasonText(r, MESSAGE_TABLES["zh-CN"])];
};

// ---------------------------------------------------------------------------------------------------------
// Condition 1: no capacity to work (art-5, art-24)

const capacity = (extra: Values): Values => ({
  memberId: "m1",
  age: 40,
  disabilityCategory: null,
  disabilityGrade: null,
  currentlySupported: false,
  schooling: "none",
  grounds: [],
  elderlyAge: 60,
  minorAge: 16,
  ...extra,
});

const NO_CAPACITY: Row[] = [
  ["aged", "met", capacity({ age: 73, grounds: ["aged"] }), "m1 has no capacity to work (age 73; grounds: aged 60 or over).", "m1无劳动能力（73周岁；依据：60周岁以上）。"],
  ["minor", "met", capacity({ age: 10, grounds: ["minor"] }), "m1 has no capacity to work (age 10; grounds: under 16).", "m1无劳动能力（10周岁；依据：未满16周岁）。"],
  [
    "disability",
    "met",
    capacity({ age: 45, disabilityCategory: "physical", disabilityGrade: 1, grounds: ["disability"] }),
    "m1 has no capacity to work (age 45; grounds: disability grade).",
    "m1无劳动能力（45周岁；依据：残疾等级）。",
  ],
  [
    "continuation of a supported minor",
    "met",
    capacity({ age: 17, currentlySupported: true, schooling: "high-school", grounds: ["continuation"] }),
    "m1 has no capacity to work (age 17; grounds: support continued).",
    "m1无劳动能力（17周岁；依据：继续享受救助供养）。",
  ],
  [
    "two grounds, in order",
    "met",
    capacity({ age: 66, disabilityCategory: "visual", disabilityGrade: 1, grounds: ["aged", "disability"] }),
    "m1 has no capacity to work (age 66; grounds: aged 60 or over, disability grade).",
    "m1无劳动能力（66周岁；依据：60周岁以上、残疾等级）。",
  ],
  [
    "the ages named come from the values",
    "met",
    capacity({ age: 70, grounds: ["aged", "minor"], elderlyAge: 65, minorAge: 18 }),
    "m1 has no capacity to work (age 70; grounds: aged 65 or over, under 18).",
    "m1无劳动能力（70周岁；依据：65周岁以上、未满18周岁）。",
  ],
  ["a ground the table lacks, as given (template branch)", "met", capacity({ grounds: ["other"] }), "m1 has no capacity to work (age 40; grounds: other).", "m1无劳动能力（40周岁；依据：other）。"],
  ["grounds not a list (template branch)", "met", capacity({ grounds: null }), "m1 has no capacity to work (age 40; grounds: not given).", "m1无劳动能力（40周岁；依据：—）。"],
  ["no disability recorded", "not-met", capacity({}), "m1 (age 40, no disability recorded) meets no ground of no capacity to work.", "m1（40周岁，无残疾登记）不符合无劳动能力的情形。"],
  ["16 under INT-9", "not-met", capacity({ age: 16 }), "m1 (age 16, no disability recorded) meets no ground of no capacity to work.", "m1（16周岁，无残疾登记）不符合无劳动能力的情形。"],
  ["physical, grade 4", "not-met", capacity({ disabilityCategory: "physical", disabilityGrade: 4 }), "m1 (age 40, physical disability, grade 4) meets no ground of no capacity to work.", "m1（40周岁，肢体残疾四级）不符合无劳动能力的情形。"],
  ["visual, grade 2", "not-met", capacity({ disabilityCategory: "visual", disabilityGrade: 2 }), "m1 (age 40, visual disability, grade 2) meets no ground of no capacity to work.", "m1（40周岁，视力残疾二级）不符合无劳动能力的情形。"],
  ["hearing, grade 1", "not-met", capacity({ disabilityCategory: "hearing", disabilityGrade: 1 }), "m1 (age 40, hearing disability, grade 1) meets no ground of no capacity to work.", "m1（40周岁，听力残疾一级）不符合无劳动能力的情形。"],
  ["speech, grade 3", "not-met", capacity({ disabilityCategory: "speech", disabilityGrade: 3 }), "m1 (age 40, speech disability, grade 3) meets no ground of no capacity to work.", "m1（40周岁，言语残疾三级）不符合无劳动能力的情形。"],
  ["intellectual, grade 4", "not-met", capacity({ disabilityCategory: "intellectual", disabilityGrade: 4 }), "m1 (age 40, intellectual disability, grade 4) meets no ground of no capacity to work.", "m1（40周岁，智力残疾四级）不符合无劳动能力的情形。"],
  ["mental, grade 4", "not-met", capacity({ disabilityCategory: "mental", disabilityGrade: 4 }), "m1 (age 40, mental disability, grade 4) meets no ground of no capacity to work.", "m1（40周岁，精神残疾四级）不符合无劳动能力的情形。"],
  ["multiple, grade 3", "not-met", capacity({ disabilityCategory: "multiple", disabilityGrade: 3 }), "m1 (age 40, multiple disability, grade 3) meets no ground of no capacity to work.", "m1（40周岁，多重残疾三级）不符合无劳动能力的情形。"],
  ["a category without grade (template branch)", "not-met", capacity({ disabilityCategory: "physical" }), "m1 (age 40, physical disability) meets no ground of no capacity to work.", "m1（40周岁，肢体残疾）不符合无劳动能力的情形。"],
  ["a category the table lacks, as given (template branch)", "not-met", capacity({ disabilityCategory: "other", disabilityGrade: 2 }), "m1 (age 40, other disability, grade 2) meets no ground of no capacity to work.", "m1（40周岁，other残疾二级）不符合无劳动能力的情形。"],
];

// ---------------------------------------------------------------------------------------------------------
// Conditions 1 (art-9) and 2 (art-6), and the amounts (art-17, art-21, art-22)

const OTHERS: [description: string, code: string, outcome: Outcome, values: Values, en: string, zh: string][] = [
  ["orphan support not chosen", "special-hardship.orphan-choice", "met", { memberId: "m1", orphanSupportChosen: false }, "The minor has not chosen orphan support instead.", "该未成年人未选择孤儿、事实无人抚养儿童基本生活保障。"],
  [
    "orphan support chosen",
    "special-hardship.orphan-choice",
    "not-met",
    { memberId: "m1", orphanSupportChosen: true },
    "The minor has chosen orphan (or de facto unsupported child) support, so is not an extreme-poverty person.",
    "该未成年人已选择孤儿、事实无人抚养儿童基本生活保障，不再认定为特困人员。",
  ],
  ["own income below S", "special-hardship.own-income", "met", { memberId: "m1", ownMonthlyIncome: "0.00", standard: "735.00" }, "m1's own income 0.00 yuan is below the standard 735.00 yuan.", "m1本人收入0.00元低于低保标准735.00元。"],
  ["own income not below S", "special-hardship.own-income", "not-met", { memberId: "m2", ownMonthlyIncome: "800.00", standard: "735.00" }, "m2's own income 800.00 yuan is not below the standard 735.00 yuan.", "m2本人收入800.00元不低于低保标准735.00元。"],
  ["own property compliant", "special-hardship.own-property", "met", { memberId: "m1", ownAssetsCompliant: true }, "m1's own property meets the extreme-poverty rules.", "m1本人财产符合特困人员财产状况规定。"],
  ["own property not compliant", "special-hardship.own-property", "not-met", { memberId: "m1", ownAssetsCompliant: false }, "m1's own property does not meet the extreme-poverty rules.", "m1本人财产不符合特困人员财产状况规定。"],
  ["own property not given", "special-hardship.own-property", "unknown", { memberId: "m3", ownAssetsCompliant: null }, "Whether m3's own property meets the rules is not given.", "未提供m3本人财产是否符合规定。"],
  ["basic standard", "special-hardship.basic", "met", { basicMonthly: "955.00", supportStart: "2023-11-01" }, "Basic standard 955.00 yuan a month, from 2023-11-01.", "基本生活标准每月955.00元，自2023-11-01起给予。"],
  [
    "self-care",
    "special-hardship.care-tier",
    "met",
    { memberId: "m1", adlFailed: 0, careTier: "self-care", careMonthly: "50.00" },
    "0 of 6 daily activities failed: fully self-caring, care subsidy 50.00 yuan a month.",
    "6项日常生活指标中0项不能达到：全自理，照料护理补贴每月50.00元。",
  ],
  [
    "partly lost",
    "special-hardship.care-tier",
    "met",
    { memberId: "m1", adlFailed: 2, careTier: "partial", careMonthly: "200.00" },
    "2 of 6 daily activities failed: partly unable to care for themselves, care subsidy 200.00 yuan a month.",
    "6项日常生活指标中2项不能达到：半护理，照料护理补贴每月200.00元。",
  ],
  [
    "fully lost",
    "special-hardship.care-tier",
    "met",
    { memberId: "m1", adlFailed: 4, careTier: "full", careMonthly: "300.00" },
    "4 of 6 daily activities failed: wholly unable to care for themselves, care subsidy 300.00 yuan a month.",
    "6项日常生活指标中4项不能达到：全护理，照料护理补贴每月300.00元。",
  ],
  [
    "a tier the table lacks, as given (template branch)",
    "special-hardship.care-tier",
    "met",
    { memberId: "m1", adlFailed: 5, careTier: "special", careMonthly: "400.00" },
    "5 of 6 daily activities failed: special, care subsidy 400.00 yuan a month.",
    "6项日常生活指标中5项不能达到：special，照料护理补贴每月400.00元。",
  ],
  [
    "no tier (template branch)",
    "special-hardship.care-tier",
    "met",
    { memberId: "m1", adlFailed: 1, careTier: null, careMonthly: null },
    "1 of 6 daily activities failed: not given, care subsidy — yuan a month.",
    "6项日常生活指标中1项不能达到：—，照料护理补贴每月—元。",
  ],
  [
    "self-care not assessed",
    "special-hardship.care-tier",
    "unknown",
    { memberId: "m2" },
    "The self-care assessment of m2 is not given, so the care subsidy is not known.",
    "未提供m2生活自理能力评估，照料护理补贴无法确定。",
  ],
];

// ---------------------------------------------------------------------------------------------------------
// Condition 3: each legal supporter considered (art-8)

/** A listed adult child of 45, able to support: no case of art-8 applies (the figure was not read). */
const supporter = (extra: Values): Values => ({
  memberId: "m1",
  supporter: "supporters[0]",
  inHousehold: false,
  relation: "child",
  age: 45,
  casesMet: [],
  casesUnknown: [],
  specialHardship: false,
  dibaoRecipient: false,
  disabilityCategory: null,
  disabilityGrade: null,
  severelyDisabled: false,
  annualIncome: "36000.00",
  disposableIncome: null,
  disposableIncomeYear: 2022,
  incomeBelowFigure: null,
  assetsWithinLowIncomeRules: true,
  legalIncapacity: null,
  dibaoAge: 60,
  elderlyAge: 70,
  ...extra,
});
const spouse = { supporter: "m2", inHousehold: true, relation: "spouse" };
const adultChild = { supporter: "m3", inHousehold: true, relation: "child" };
const FIGURE_EN = "last year's (2022) local per-capita disposable income 45509.00 yuan";
const FIGURE_ZH = "当地上年（2022年）人均可支配收入45509.00元";
const ABLE_EN = "not an extreme-poverty person; not a dibao recipient";
const ABLE_ZH = "不是特困人员；不是最低生活保障对象";
const CAPACITY_EN = "has civil capacity, is neither declared missing nor in prison";
const CAPACITY_ZH = "有民事行为能力，未被宣告失踪，也不在监狱服刑";

const SUPPORTER: Row[] = [
  // met: each case of art-8, each relation
  [
    "case 1, a spouse in the household",
    "met",
    supporter({ ...spouse, age: 63, specialHardship: true, casesMet: ["special-hardship"] }),
    "m2 (spouse, in the household, age 63) is unable to support m1: (1) an extreme-poverty person.",
    "m2（配偶，同户成员，63周岁）无履行义务能力：（一）系特困人员。",
  ],
  [
    "case 2, a parent in the household",
    "met",
    supporter({ supporter: "m2", inHousehold: true, relation: "parent", age: 65, dibaoRecipient: true, casesMet: ["dibao-aged"] }),
    "m2 (parent, in the household, age 65) is unable to support m1: (2) a dibao recipient aged 60 or over.",
    "m2（父母，同户成员，65周岁）无履行义务能力：（二）系60周岁以上的最低生活保障对象。",
  ],
  [
    "case 3, a listed grandparent",
    "met",
    supporter({ supporter: "supporters[1]", relation: "grandparent", age: 78, annualIncome: "12000.00", disposableIncome: "45509.00", incomeBelowFigure: true, casesMet: ["aged-low-income"] }),
    `listed supporter 2 (grandparent, outside the household, age 78) is unable to support m1: (3) aged 70 or over, annual income 12000.00 yuan below ${FIGURE_EN}, property within the low-income rules.`,
    `所列第2位义务人（祖父母、外祖父母，户外义务人，78周岁）无履行义务能力：（三）系70周岁以上的老年人，本人年收入12000.00元低于${FIGURE_ZH}，且财产符合当地低收入家庭财产状况规定。`,
  ],
  [
    "case 4, an adult child in the household",
    "met",
    supporter({
      ...adultChild,
      age: 40,
      disabilityCategory: "intellectual",
      disabilityGrade: 3,
      severelyDisabled: true,
      annualIncome: "6000.00",
      disposableIncome: "45509.00",
      incomeBelowFigure: true,
      casesMet: ["severe-disability-low-income"],
    }),
    `m3 (adult child, in the household, age 40) is unable to support m1: (4) severely disabled (intellectual disability, grade 3), annual income 6000.00 yuan below ${FIGURE_EN}, property within the low-income rules.`,
    `m3（成年子女，同户成员，40周岁）无履行义务能力：（四）系重度残疾人或三级智力、精神残疾人（智力残疾三级），本人年收入6000.00元低于${FIGURE_ZH}，且财产符合当地低收入家庭财产状况规定。`,
  ],
  [
    "case 5 in prison, a listed sibling",
    "met",
    supporter({ relation: "sibling", legalIncapacity: "imprisoned", casesMet: ["incapacity"] }),
    "listed supporter 1 (sibling, outside the household, age 45) is unable to support m1: (5) is in prison, property within the low-income rules.",
    "所列第1位义务人（兄弟姐妹，户外义务人，45周岁）无履行义务能力：（五）在监狱服刑，且财产符合当地低收入家庭财产状况规定。",
  ],
  [
    "case 5 without civil capacity, a listed grandchild",
    "met",
    supporter({ relation: "grandchild", age: 20, legalIncapacity: "no-civil-capacity", casesMet: ["incapacity"] }),
    "listed supporter 1 (grandchild, outside the household, age 20) is unable to support m1: (5) has no civil capacity, property within the low-income rules.",
    "所列第1位义务人（孙子女、外孙子女，户外义务人，20周岁）无履行义务能力：（五）无民事行为能力，且财产符合当地低收入家庭财产状况规定。",
  ],
  [
    "case 5 declared missing, a listed other relation",
    "met",
    supporter({ supporter: "supporters[2]", relation: "other", legalIncapacity: "declared-missing", casesMet: ["incapacity"] }),
    "listed supporter 3 (other relation, outside the household, age 45) is unable to support m1: (5) is declared missing, property within the low-income rules.",
    "所列第3位义务人（其他，户外义务人，45周岁）无履行义务能力：（五）被宣告失踪，且财产符合当地低收入家庭财产状况规定。",
  ],
  [
    "two cases at once, in the article's order",
    "met",
    supporter({ ...spouse, age: 72, specialHardship: true, annualIncome: "0.00", disposableIncome: "45509.00", incomeBelowFigure: true, casesMet: ["special-hardship", "aged-low-income"] }),
    `m2 (spouse, in the household, age 72) is unable to support m1: (1) an extreme-poverty person; (3) aged 70 or over, annual income 0.00 yuan below ${FIGURE_EN}, property within the low-income rules.`,
    `m2（配偶，同户成员，72周岁）无履行义务能力：（一）系特困人员；（三）系70周岁以上的老年人，本人年收入0.00元低于${FIGURE_ZH}，且财产符合当地低收入家庭财产状况规定。`,
  ],
  [
    "a relation, incapacity and case the tables lack; no age (template branch)",
    "met",
    supporter({ relation: "cousin", age: null, casesMet: ["incapacity", "unlisted-case"] }),
    "listed supporter 1 (cousin, outside the household, age —) is unable to support m1: (5) without civil capacity, declared missing or in prison, property within the low-income rules; unlisted-case.",
    "所列第1位义务人（cousin，户外义务人，—周岁）无履行义务能力：（五）无民事行为能力、被宣告失踪或者在监狱服刑，且财产符合当地低收入家庭财产状况规定；unlisted-case。",
  ],
  [
    "cases not a list (template branch)",
    "met",
    supporter({ casesMet: null }),
    "listed supporter 1 (child, outside the household, age 45) is unable to support m1: .",
    "所列第1位义务人（子女，户外义务人，45周岁）无履行义务能力：。",
  ],
  // unknown: the cases that cannot be decided
  [
    "case 3 unknown: annual income not given",
    "unknown",
    supporter({ age: 75, annualIncome: null, disposableIncome: "45509.00", casesUnknown: ["aged-low-income"] }),
    `Whether listed supporter 1 (child, outside the household, age 75) is able to support m1 is not known: (3) aged 70 or over, annual income — yuan below ${FIGURE_EN}, property within the low-income rules cannot be decided.`,
    `所列第1位义务人（子女，户外义务人，75周岁）是否有履行义务能力尚不能确定：（三）系70周岁以上的老年人，本人年收入—元低于${FIGURE_ZH}，且财产符合当地低收入家庭财产状况规定无法判断。`,
  ],
  [
    "case 3 unknown: the figure not held",
    "unknown",
    supporter({ age: 75, annualIncome: "12000.00", disposableIncome: null, casesUnknown: ["aged-low-income"] }),
    "Whether listed supporter 1 (child, outside the household, age 75) is able to support m1 is not known: (3) aged 70 or over, annual income 12000.00 yuan below last year's (2022) local per-capita disposable income (not held), property within the low-income rules cannot be decided.",
    "所列第1位义务人（子女，户外义务人，75周岁）是否有履行义务能力尚不能确定：（三）系70周岁以上的老年人，本人年收入12000.00元低于当地上年（2022年）人均可支配收入（未掌握），且财产符合当地低收入家庭财产状况规定无法判断。",
  ],
  [
    "cases 1 and 2 unknown",
    "unknown",
    supporter({ relation: "parent", age: 65, specialHardship: null, dibaoRecipient: null, casesUnknown: ["special-hardship", "dibao-aged"] }),
    "Whether listed supporter 1 (parent, outside the household, age 65) is able to support m1 is not known: (1) an extreme-poverty person; (2) a dibao recipient aged 60 or over cannot be decided.",
    "所列第1位义务人（父母，户外义务人，65周岁）是否有履行义务能力尚不能确定：（一）系特困人员；（二）系60周岁以上的最低生活保障对象无法判断。",
  ],
  [
    "case 4 unknown: household property not given",
    "unknown",
    supporter({
      ...adultChild,
      age: 40,
      disabilityCategory: "physical",
      disabilityGrade: 1,
      severelyDisabled: true,
      annualIncome: "3600.00",
      disposableIncome: "45509.00",
      incomeBelowFigure: true,
      assetsWithinLowIncomeRules: null,
      casesUnknown: ["severe-disability-low-income"],
    }),
    `Whether m3 (adult child, in the household, age 40) is able to support m1 is not known: (4) severely disabled (physical disability, grade 1), annual income 3600.00 yuan below ${FIGURE_EN}, property within the low-income rules cannot be decided.`,
    `m3（成年子女，同户成员，40周岁）是否有履行义务能力尚不能确定：（四）系重度残疾人或三级智力、精神残疾人（肢体残疾一级），本人年收入3600.00元低于${FIGURE_ZH}，且财产符合当地低收入家庭财产状况规定无法判断。`,
  ],
  [
    "case 5 unknown: declared missing, property not given",
    "unknown",
    supporter({ legalIncapacity: "declared-missing", assetsWithinLowIncomeRules: null, casesUnknown: ["incapacity"] }),
    "Whether listed supporter 1 (child, outside the household, age 45) is able to support m1 is not known: (5) is declared missing, property within the low-income rules cannot be decided.",
    "所列第1位义务人（子女，户外义务人，45周岁）是否有履行义务能力尚不能确定：（五）被宣告失踪，且财产符合当地低收入家庭财产状况规定无法判断。",
  ],
  [
    "cases not a list (template branch)",
    "unknown",
    supporter({ casesUnknown: null }),
    "Whether listed supporter 1 (child, outside the household, age 45) is able to support m1 is not known:  cannot be decided.",
    "所列第1位义务人（子女，户外义务人，45周岁）是否有履行义务能力尚不能确定：无法判断。",
  ],
  // not-met: for each case, the fact that rules it out
  [
    "under 70, not severely disabled",
    "not-met",
    supporter({}),
    `listed supporter 1 (child, outside the household, age 45) is able to support m1: ${ABLE_EN}; under 70 and not severely disabled; ${CAPACITY_EN}.`,
    `所列第1位义务人（子女，户外义务人，45周岁）有履行义务能力：${ABLE_ZH}；未满70周岁且不是重度残疾人；${CAPACITY_ZH}。`,
  ],
  [
    "a dibao recipient under 60",
    "not-met",
    supporter({ ...spouse, age: 50, dibaoRecipient: true }),
    `m2 (spouse, in the household, age 50) is able to support m1: not an extreme-poverty person; under 60; under 70 and not severely disabled; ${CAPACITY_EN}.`,
    `m2（配偶，同户成员，50周岁）有履行义务能力：不是特困人员；未满60周岁；未满70周岁且不是重度残疾人；${CAPACITY_ZH}。`,
  ],
  [
    "aged exactly 70, income not below the figure",
    "not-met",
    supporter({ ...spouse, age: 70, annualIncome: "60000.00", disposableIncome: "45509.00", incomeBelowFigure: false }),
    `m2 (spouse, in the household, age 70) is able to support m1: ${ABLE_EN}; annual income 60000.00 yuan not below ${FIGURE_EN}; ${CAPACITY_EN}.`,
    `m2（配偶，同户成员，70周岁）有履行义务能力：${ABLE_ZH}；本人年收入60000.00元不低于${FIGURE_ZH}；${CAPACITY_ZH}。`,
  ],
  [
    "severely disabled under 70, income not below the figure",
    "not-met",
    supporter({ relation: "parent", age: 50, disabilityCategory: "physical", disabilityGrade: 2, severelyDisabled: true, annualIncome: "50000.00", disposableIncome: "45509.00", incomeBelowFigure: false }),
    `listed supporter 1 (parent, outside the household, age 50) is able to support m1: ${ABLE_EN}; annual income 50000.00 yuan not below ${FIGURE_EN}; ${CAPACITY_EN}.`,
    `所列第1位义务人（父母，户外义务人，50周岁）有履行义务能力：${ABLE_ZH}；本人年收入50000.00元不低于${FIGURE_ZH}；${CAPACITY_ZH}。`,
  ],
  [
    "aged, income below, property outside the rules",
    "not-met",
    supporter({ relation: "grandparent", age: 80, annualIncome: "10000.00", disposableIncome: "45509.00", incomeBelowFigure: true, assetsWithinLowIncomeRules: false }),
    `listed supporter 1 (grandparent, outside the household, age 80) is able to support m1: ${ABLE_EN}; property outside the low-income rules; ${CAPACITY_EN}.`,
    `所列第1位义务人（祖父母、外祖父母，户外义务人，80周岁）有履行义务能力：${ABLE_ZH}；财产不符合低收入家庭财产状况规定；${CAPACITY_ZH}。`,
  ],
  [
    "in prison, property outside the rules: said once",
    "not-met",
    supporter({ relation: "grandparent", age: 80, annualIncome: "10000.00", disposableIncome: "45509.00", incomeBelowFigure: true, assetsWithinLowIncomeRules: false, legalIncapacity: "imprisoned" }),
    `listed supporter 1 (grandparent, outside the household, age 80) is able to support m1: ${ABLE_EN}; property outside the low-income rules.`,
    `所列第1位义务人（祖父母、外祖父母，户外义务人，80周岁）有履行义务能力：${ABLE_ZH}；财产不符合低收入家庭财产状况规定。`,
  ],
  [
    "in prison under 70, property outside the rules",
    "not-met",
    supporter({ relation: "sibling", age: 40, assetsWithinLowIncomeRules: false, legalIncapacity: "imprisoned" }),
    `listed supporter 1 (sibling, outside the household, age 40) is able to support m1: ${ABLE_EN}; under 70 and not severely disabled; property outside the low-income rules.`,
    `所列第1位义务人（兄弟姐妹，户外义务人，40周岁）有履行义务能力：${ABLE_ZH}；未满70周岁且不是重度残疾人；财产不符合低收入家庭财产状况规定。`,
  ],
  [
    "no birth date, property outside the rules: the age is not claimed",
    "not-met",
    supporter({ age: null, annualIncome: null, assetsWithinLowIncomeRules: false }),
    `listed supporter 1 (child, outside the household, age —) is able to support m1: ${ABLE_EN}; property outside the low-income rules; ${CAPACITY_EN}.`,
    `所列第1位义务人（子女，户外义务人，—周岁）有履行义务能力：${ABLE_ZH}；财产不符合低收入家庭财产状况规定；${CAPACITY_ZH}。`,
  ],
  [
    "no birth date, income not below the figure: the age is not claimed",
    "not-met",
    supporter({ age: null, annualIncome: "60000.00", disposableIncome: "45509.00", incomeBelowFigure: false }),
    `listed supporter 1 (child, outside the household, age —) is able to support m1: ${ABLE_EN}; annual income 60000.00 yuan not below ${FIGURE_EN}; ${CAPACITY_EN}.`,
    `所列第1位义务人（子女，户外义务人，—周岁）有履行义务能力：${ABLE_ZH}；本人年收入60000.00元不低于${FIGURE_ZH}；${CAPACITY_ZH}。`,
  ],
  [
    "extreme-poverty status not given (template branch)",
    "not-met",
    supporter({ specialHardship: null }),
    `listed supporter 1 (child, outside the household, age 45) is able to support m1: not a dibao recipient; under 70 and not severely disabled; ${CAPACITY_EN}.`,
    `所列第1位义务人（子女，户外义务人，45周岁）有履行义务能力：不是最低生活保障对象；未满70周岁且不是重度残疾人；${CAPACITY_ZH}。`,
  ],
];

// ---------------------------------------------------------------------------------------------------------
// Condition 3 itself

const condition = (extra: Values): Values => ({ memberId: "m1", supporters: 0, unable: [], householdSupporters: [], ableSupporters: [], disposableIncomeYear: 2022, ...extra });

const NO_ABLE_SUPPORTER: Row[] = [
  ["nobody to consider", "met", condition({}), "m1 has no legal supporter.", "m1无法定赡养、抚养、扶养义务人。"],
  ["a listed supporter, unable", "met", condition({ supporters: 1, unable: ["met"] }), "Every legal supporter of m1 is unable to support.", "m1的法定义务人均无履行义务能力。"],
  ["a household supporter, unable", "met", condition({ householdSupporters: ["m2"] }), "Every legal supporter of m1 is unable to support.", "m1的法定义务人均无履行义务能力。"],
  ["household supporters not a list (template branch)", "met", condition({ householdSupporters: null }), "Every legal supporter of m1 is unable to support.", "m1的法定义务人均无履行义务能力。"],
  [
    "two able, in and outside the household",
    "not-met",
    condition({ supporters: 1, unable: ["not-met"], householdSupporters: ["m2"], ableSupporters: ["m2", "supporters[0]"] }),
    "m1 has a legal supporter able to support: m2, listed supporter 1.",
    "m1有具备履行义务能力的法定义务人：m2、所列第1位义务人。",
  ],
  [
    "the eleventh listed, able",
    "not-met",
    condition({ supporters: 11, ableSupporters: ["supporters[10]"] }),
    "m1 has a legal supporter able to support: listed supporter 11.",
    "m1有具备履行义务能力的法定义务人：所列第11位义务人。",
  ],
  ["able supporters not a list (template branch)", "not-met", condition({ ableSupporters: "m3" }), "m1 has a legal supporter able to support: m3.", "m1有具备履行义务能力的法定义务人：m3。"],
  ["the outside list not given", "unknown", condition({ supporters: null }), "m1's legal supporters outside the household are not given.", "未提供m1户外的法定义务人情况。"],
  ["a supporter whose ability is not known", "unknown", condition({ supporters: 1, unable: ["unknown"] }), "Whether m1's legal supporters are able to support is not known.", "m1的法定义务人是否有履行义务能力尚不能确定。"],
];

describe("R4 reason messages, whole sentences in en and zh-CN", () => {
  it.each(NO_CAPACITY)("special-hardship.no-capacity: %s (%s)", (_description, outcome, values, en, zh) => {
    expect(texts("special-hardship.no-capacity", outcome, values)).toEqual([en, zh]);
  });

  it.each(OTHERS)("%s (%s %s)", (_description, code, outcome, values, en, zh) => {
    expect(texts(code, outcome, values)).toEqual([en, zh]);
  });

  it.each(SUPPORTER)("special-hardship.supporter: %s (%s)", (_description, outcome, values, en, zh) => {
    expect(texts("special-hardship.supporter", outcome, values)).toEqual([en, zh]);
  });

  it.each(NO_ABLE_SUPPORTER)("special-hardship.no-able-supporter: %s (%s)", (_description, outcome, values, en, zh) => {
    expect(texts("special-hardship.no-able-supporter", outcome, values)).toEqual([en, zh]);
  });

  it("every outcome of every R4 code has its own template in both languages (no fallback to the code)", () => {
    const outcomes: Record<string, readonly Outcome[]> = {
      "special-hardship.no-capacity": ["met", "not-met"],
      "special-hardship.orphan-choice": ["met", "not-met"],
      "special-hardship.own-income": ["met", "not-met"],
      "special-hardship.own-property": ["met", "not-met", "unknown"],
      "special-hardship.supporter": ["met", "not-met", "unknown"],
      "special-hardship.no-able-supporter": ["met", "not-met", "unknown"],
      "special-hardship.care-tier": ["met", "unknown"],
    };
    for (const lang of ["en", "zh-CN"] as const) {
      const reasons = specialHardshipProgramme.messages[lang].reasons;
      expect(Object.keys(reasons).sort()).toEqual([...Object.keys(outcomes), "special-hardship.basic"].sort());
      for (const [code, list] of Object.entries(outcomes)) expect(Object.keys(reasons[code] ?? {}).sort(), `${lang} ${code}`).toEqual([...list].sort());
      expect(Object.keys(reasons["special-hardship.basic"] ?? {})).toEqual(["any"]);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// The section's labels and render

type Entry = Omit<SpecialHardshipEntry, "reasons">;
const eligible = (extra: Partial<Entry> = {}): Entry => ({ memberId: "m1", status: "eligible", basicMonthly: "955.00", careMonthly: "200.00", careTier: "partial", supportStart: "2023-11-01", ...extra });
const none = (memberId: string, status: "ineligible" | "needs-review"): Entry => ({ memberId, status, basicMonthly: null, careMonthly: null, careTier: null, supportStart: null });

const ENTRY_LINES: [description: string, entry: Entry, en: string, zh: string][] = [
  ["eligible, partly lost", eligible(), "m1: eligible — basic 955.00 yuan, care 200.00 yuan (partly unable to care for themselves), from 2023-11-01.", "m1：符合——基本生活955.00元，照料护理200.00元（半护理），自2023-11-01起。"],
  [
    "eligible, self-care",
    eligible({ memberId: "m2", careMonthly: "50.00", careTier: "self-care", supportStart: "2024-01-01" }),
    "m2: eligible — basic 955.00 yuan, care 50.00 yuan (fully self-caring), from 2024-01-01.",
    "m2：符合——基本生活955.00元，照料护理50.00元（全自理），自2024-01-01起。",
  ],
  ["eligible, fully lost", eligible({ basicMonthly: "1015.00", careMonthly: "300.00", careTier: "full" }), "m1: eligible — basic 1015.00 yuan, care 300.00 yuan (wholly unable to care for themselves), from 2023-11-01.", "m1：符合——基本生活1015.00元，照料护理300.00元（全护理），自2023-11-01起。"],
  ["eligible, self-care not assessed", eligible({ careMonthly: null, careTier: null }), "m1: eligible — basic 955.00 yuan, care not known, from 2023-11-01.", "m1：符合——基本生活955.00元，照料护理待定，自2023-11-01起。"],
  ["ineligible", none("m3", "ineligible"), "m3: not eligible.", "m3：不符合。"],
  ["needs review", none("m4", "needs-review"), "m4: needs review.", "m4：需人工复核。"],
];

describe("the extreme-poverty section as explain() prints it", () => {
  it.each(ENTRY_LINES)("entry label: %s", (_description, entry, en, zh) => {
    const values = { ...entry };
    expect([specialHardshipProgramme.messages.en.labels.entry(values), specialHardshipProgramme.messages["zh-CN"].labels.entry(values)]).toEqual([en, zh]);
  });

  it("entry label: a tier the table lacks is shown as given (template branch)", () => {
    const values = { ...eligible(), careTier: "special" };
    expect([specialHardshipProgramme.messages.en.labels.entry(values), specialHardshipProgramme.messages["zh-CN"].labels.entry(values)]).toEqual([
      "m1: eligible — basic 955.00 yuan, care 200.00 yuan (special), from 2023-11-01.",
      "m1：符合——基本生活955.00元，照料护理200.00元（special），自2023-11-01起。",
    ]);
  });

  it("render: the heading, then per entry its line and its reasons one level in; the heading alone when no member is counted", () => {
    const calls: unknown[][] = [];
    const out = {
      heading: (text: string) => calls.push(["heading", text]),
      line: (text: string) => calls.push(["line", text]),
      item: (text: string, depth?: number) => calls.push(["item", text, depth]),
      reasons: (reasons: readonly Reason[], depth?: number) => calls.push(["reasons", reasons.map((r) => r.code), depth]),
    };
    const labels = specialHardshipProgramme.messages.en.labels;
    specialHardshipProgramme.render([], out, labels);
    expect(calls).toEqual([["heading", "Extreme-poverty support"]]);
    calls.length = 0;
    const basic = reason("special-hardship.basic", "met", { basicMonthly: "955.00", supportStart: "2023-11-01" });
    const property = reason("special-hardship.own-property", "not-met", { memberId: "m3", ownAssetsCompliant: false });
    specialHardshipProgramme.render([{ ...eligible(), reasons: [basic] }, { ...none("m3", "ineligible"), reasons: [property] }], out, labels);
    expect(calls).toEqual([
      ["heading", "Extreme-poverty support"],
      ["item", "m1: eligible — basic 955.00 yuan, care 200.00 yuan (partly unable to care for themselves), from 2023-11-01.", undefined],
      ["reasons", ["special-hardship.basic"], 1],
      ["item", "m3: not eligible.", undefined],
      ["reasons", ["special-hardship.own-property"], 1],
    ]);
  });

  /** The lines explain() prints under the section's heading, for hand-built entries on a real determination. */
  function section(lang: "en" | "zh-CN"): { head: string; body: string } {
    const d = evaluate(household([member("m1", { birthDate: "1950-03-01", ownAssetsCompliant: true, supporters: [], selfCare: { adlFailed: 2 } })]), { asOf: "2023-10-15" });
    const entries: SpecialHardshipEntry[] = [
      {
        ...eligible(),
        reasons: [
          reason("special-hardship.basic", "met", { basicMonthly: "955.00", supportStart: "2023-11-01" }, ["saim/art-15", "shp-identification-2021/art-17", "cq-standards-2023"]),
          reason("special-hardship.care-tier", "met", { memberId: "m1", adlFailed: 2, careTier: "partial", careMonthly: "200.00" }, ["saim/art-15", "shp-identification-2021/art-21", "shp-identification-2021/art-22", "cq-standards-2020"]),
        ],
      },
      {
        ...eligible({ memberId: "m2", careMonthly: null, careTier: null }),
        reasons: [reason("special-hardship.care-tier", "unknown", { memberId: "m2" }, ["shp-identification-2021/art-21", "shp-identification-2021/art-22"], ["members[1].selfCare"])],
      },
      { ...none("m3", "ineligible"), reasons: [reason("special-hardship.own-income", "not-met", { memberId: "m3", ownMonthlyIncome: "800.00", standard: "735.00" }, ["shp-identification-2021/art-6"])] },
      { ...none("m4", "needs-review"), reasons: [reason("special-hardship.own-property", "unknown", { memberId: "m4", ownAssetsCompliant: null }, ["shp-identification-2021/art-6"], ["members[3].ownAssetsCompliant"])] },
    ];
    const text = explain({ ...d, specialHardship: entries }, { lang });
    const heading = specialHardshipProgramme.messages[lang].labels.heading;
    const [head = "", body = ""] = text.slice(text.indexOf(`\n${heading}\n`) + 1).split("\n\n");
    return { head, body };
  }

  it("en: the heading and each entry with its reasons", () => {
    const { head, body } = section("en");
    expect(head).toBe(`Extreme-poverty support\n${"=".repeat(23)}`);
    expect(body.split("\n")).toEqual([
      "• m1: eligible — basic 955.00 yuan, care 200.00 yuan (partly unable to care for themselves), from 2023-11-01.",
      "  • ✓ Basic standard 955.00 yuan a month, from 2023-11-01. [saim/art-15, shp-identification-2021/art-17, cq-standards-2023]",
      "  • ✓ 2 of 6 daily activities failed: partly unable to care for themselves, care subsidy 200.00 yuan a month. [saim/art-15, shp-identification-2021/art-21, shp-identification-2021/art-22, cq-standards-2020]",
      "• m2: eligible — basic 955.00 yuan, care not known, from 2023-11-01.",
      "  • ? The self-care assessment of m2 is not given, so the care subsidy is not known. [shp-identification-2021/art-21, shp-identification-2021/art-22]; missing: members[1].selfCare",
      "• m3: not eligible.",
      "  • ✗ m3's own income 800.00 yuan is not below the standard 735.00 yuan. [shp-identification-2021/art-6]",
      "• m4: needs review.",
      "  • ? Whether m4's own property meets the rules is not given. [shp-identification-2021/art-6]; missing: members[3].ownAssetsCompliant",
    ]);
  });

  it("zh-CN: the heading and each entry with its reasons", () => {
    const { head, body } = section("zh-CN");
    expect(head).toBe(`特困人员救助供养\n${"=".repeat(16)}`);
    expect(body.split("\n")).toEqual([
      "• m1：符合——基本生活955.00元，照料护理200.00元（半护理），自2023-11-01起。",
      "  • ✓ 基本生活标准每月955.00元，自2023-11-01起给予。 [saim/art-15, shp-identification-2021/art-17, cq-standards-2023]",
      "  • ✓ 6项日常生活指标中2项不能达到：半护理，照料护理补贴每月200.00元。 [saim/art-15, shp-identification-2021/art-21, shp-identification-2021/art-22, cq-standards-2020]",
      "• m2：符合——基本生活955.00元，照料护理待定，自2023-11-01起。",
      "  • ? 未提供m2生活自理能力评估，照料护理补贴无法确定。 [shp-identification-2021/art-21, shp-identification-2021/art-22]；缺少：members[1].selfCare",
      "• m3：不符合。",
      "  • ✗ m3本人收入800.00元不低于低保标准735.00元。 [shp-identification-2021/art-6]",
      "• m4：需人工复核。",
      "  • ? 未提供m4本人财产是否符合规定。 [shp-identification-2021/art-6]；缺少：members[3].ownAssetsCompliant",
    ]);
  });

  it("R6: a member eligible for extreme-poverty support in a household eligible for dibao is named in the coordination warning, in both languages", () => {
    // 73, alone, no income, property compliant (2023-10-15, urban S = 735): dibao-eligible, and eligible under R4.
    const d = evaluate(household([member("m1", { birthDate: "1950-03-01", ownAssetsCompliant: true, supporters: [], selfCare: { adlFailed: 2 } })]), { asOf: "2023-10-15" });
    expect(explain(d, { lang: "en" }).split("\n")).toContain(
      "• Eligible for both extreme-poverty support and dibao: Eligible for extreme-poverty support and also for dibao (household or referral): m1; the caseworker coordinates the schemes.",
    );
    expect(explain(d, { lang: "zh-CN" }).split("\n")).toContain("• 特困供养与低保同时符合：同时符合特困人员救助供养和低保（家庭或单人户）：m1；由经办人员做好衔接。");
  });
});
