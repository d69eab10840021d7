/** 中文说明的共用写法：金额、列表和枚举值的中文名称。 */
import type { Values } from "../messages.js";

export const s = (value: unknown): string => (value === null || value === undefined ? "—" : Array.isArray(value) ? value.join("、") : String(value));
export const yuan = (value: unknown): string => `${s(value)}元`;
export const AREA: Record<string, string> = { urban: "城市", rural: "农村" };
export const area = (value: unknown): string => AREA[String(value)] ?? s(value);
export const RULE: Record<string, string> = { current: "现行", legacy: "原" };
export const rule = (value: unknown): string => RULE[String(value)] ?? s(value);
export const TIER: Record<string, string> = { "self-care": "全自理", partial: "半护理", full: "全护理" };
export const ROUTE: Record<string, string> = { "registered-poor": "未脱贫建档立卡贫困户", "near-dibao": "低保边缘家庭", "adult-severe-disability": "成年无业重度残疾人" };
/** A date of the values ("2022-10-20") written the Chinese way: 2022年10月20日. */
export const date = (value: unknown): string => {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
  return parts === null ? s(value) : `${parts[1]}年${Number(parts[2])}月${Number(parts[3])}日`;
};
const NUMERAL = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const DISABILITY: Record<string, string> = { physical: "肢体", visual: "视力", hearing: "听力", speech: "言语", intellectual: "智力", mental: "精神", multiple: "多重" };
/** A grade list of the values ("any:2", "intellectual:3") written as the instruments do: 一至二级、一至三级智力. */
export const grades = (value: unknown): string =>
  Array.isArray(value)
    ? value
        .map((entry) => {
          const [category = "", grade = ""] = String(entry).split(":");
          const numeral = NUMERAL[Number(grade)] ?? grade;
          const range = numeral === "一" ? "一级" : `一至${numeral}级`;
          return category === "any" ? range : `${range}${DISABILITY[category] ?? category}`;
        })
        .join("、")
    : "";
/** Names of the top-up categories; the age and grades in them come from the reason's values (`agedMinAge`, `severeDisabilityGrades`). */
export const topUpCategories = (v: Values): Record<string, string> => ({
  "severely-disabled": `${grades(v.severeDisabilityGrades)}重残人员`,
  "serious-illness": "患有重大疾病人员",
  "aged-70-plus": `${s(v.agedMinAge)}岁以上老人`,
  "preschool-child": "学龄前儿童",
  student: "在校学生",
  disabled: "残疾人员",
});
/** Names of the grounds of no capacity to work; the ages in them come from the reason's values (`elderlyAge`, `minorAge`). */
export const grounds = (v: Values): Record<string, string> => ({
  aged: `${s(v.elderlyAge)}周岁以上`,
  minor: `未满${s(v.minorAge)}周岁`,
  disability: "残疾等级",
  continuation: "继续享受救助供养",
});
export const list = (value: unknown, names: Record<string, string>): string => (Array.isArray(value) ? value.map((item) => names[String(item)] ?? String(item)).join("、") : s(value));
export const own = (v: Values): string => `${s(v.memberId)}本人可计收入每月${yuan(v.ownMonthlyIncome)}`;
