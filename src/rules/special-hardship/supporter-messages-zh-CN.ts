/** 中文说明：特困人员认定条件三，逐一说明所考虑的法定义务人及其是否有履行义务能力。 */
import type { ReasonMessages, Values } from "../messages.js";
import { s, yuan, disability, person, people } from "../text/zh-CN.js";

const RELATION: Record<string, string> = {
  spouse: "配偶",
  parent: "父母",
  child: "子女",
  grandparent: "祖父母、外祖父母",
  grandchild: "孙子女、外孙子女",
  sibling: "兄弟姐妹",
  other: "其他",
};
const INCAPACITY: Record<string, string> = { "no-civil-capacity": "无民事行为能力", "declared-missing": "被宣告失踪", imprisoned: "在监狱服刑" };

/** "m2（配偶，同户成员，63周岁）"或"所列第1位义务人（子女，户外义务人，45周岁）"（supporters[0]）。 */
function who(v: Values): string {
  const relation = v.inHousehold === true && v.relation === "child" ? "成年子女" : (RELATION[String(v.relation)] ?? s(v.relation));
  return `${person(v.supporter)}（${relation}，${v.inHousehold === true ? "同户成员" : "户外义务人"}，${s(v.age)}周岁）`;
}

const figure = (v: Values): string => `当地上年（${s(v.disposableIncomeYear)}年）人均可支配收入${v.disposableIncome === null ? "（未掌握）" : yuan(v.disposableIncome)}`;
const lowIncome = (v: Values): string => `本人年收入${yuan(v.annualIncome)}低于${figure(v)}，且财产符合当地低收入家庭财产状况规定`;

/** 《特困人员认定办法》第八条各项。 */
function caseText(name: string, v: Values): string {
  switch (name) {
    case "special-hardship":
      return "（一）系特困人员";
    case "dibao-aged":
      return `（二）系${s(v.dibaoAge)}周岁以上的最低生活保障对象`;
    case "aged-low-income":
      return `（三）系${s(v.elderlyAge)}周岁以上的老年人，${lowIncome(v)}`;
    case "severe-disability-low-income":
      return `（四）系重度残疾人或三级智力、精神残疾人（${disability(v.disabilityCategory, v.disabilityGrade)}），${lowIncome(v)}`;
    case "incapacity":
      return `（五）${INCAPACITY[String(v.legalIncapacity)] ?? "无民事行为能力、被宣告失踪或者在监狱服刑"}，且财产符合当地低收入家庭财产状况规定`;
    default:
      return name;
  }
}

const cases = (names: unknown, v: Values): string => (Array.isArray(names) ? names.map((name) => caseText(String(name), v)).join("；") : "");

/** 不符合第八条任何一项的理由。 */
function ableBecause(v: Values): string {
  const parts: string[] = [];
  if (v.specialHardship === false) parts.push("不是特困人员");
  parts.push(v.dibaoRecipient === false ? "不是最低生活保障对象" : `未满${s(v.dibaoAge)}周岁`);
  // "Under 70" only when the age is known: with no birth date, cases 3 and 4 were ruled out by income or property.
  const younger = typeof v.age === "number" && typeof v.elderlyAge === "number" && v.age < v.elderlyAge;
  if (younger && v.severelyDisabled !== true) parts.push(`未满${s(v.elderlyAge)}周岁且不是重度残疾人`);
  else if (v.incomeBelowFigure === false) parts.push(`本人年收入${yuan(v.annualIncome)}不低于${figure(v)}`);
  else if (v.assetsWithinLowIncomeRules === false) parts.push("财产不符合低收入家庭财产状况规定");
  parts.push(v.legalIncapacity === null ? "有民事行为能力，未被宣告失踪，也不在监狱服刑" : "财产不符合低收入家庭财产状况规定");
  return [...new Set(parts)].join("；");
}

export const supporterMessagesZhCN: Readonly<Record<string, ReasonMessages>> = {
  "special-hardship.supporter": {
    met: (v) => `${who(v)}无履行义务能力：${cases(v.casesMet, v)}。`,
    "not-met": (v) => `${who(v)}有履行义务能力：${ableBecause(v)}。`,
    unknown: (v) => `${who(v)}是否有履行义务能力尚不能确定：${cases(v.casesUnknown, v)}无法判断。`,
  },
  "special-hardship.no-able-supporter": {
    met: (v) =>
      v.supporters === 0 && Array.isArray(v.householdSupporters) && v.householdSupporters.length === 0
        ? `${s(v.memberId)}无法定赡养、抚养、扶养义务人。`
        : `${s(v.memberId)}的法定义务人均无履行义务能力。`,
    "not-met": (v) => `${s(v.memberId)}有具备履行义务能力的法定义务人：${people(v.ableSupporters)}。`,
    unknown: (v) => (v.supporters === null ? `未提供${s(v.memberId)}户外的法定义务人情况。` : `${s(v.memberId)}的法定义务人是否有履行义务能力尚不能确定。`),
  },
};
