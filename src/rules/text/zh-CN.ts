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
/** 1–99 as Chinese numerals, the way article and part numbers are written (第十二条, 第三十三条); others as digits. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const ten = tens === 0 ? "" : `${tens === 1 ? "" : NUMERAL[tens]}十`;
  return `${ten}${units === 0 ? "" : NUMERAL[units]}`;
}
export const DISABILITY: Record<string, string> = { physical: "肢体", visual: "视力", hearing: "听力", speech: "言语", intellectual: "智力", mental: "精神", multiple: "多重" };
/** A disability as the certificate names it, from `disabilityCategory` and `disabilityGrade`: 肢体残疾一级; 无残疾登记 when none is given. */
export const disability = (category: unknown, grade: unknown): string =>
  category === null || category === undefined
    ? "无残疾登记"
    : `${DISABILITY[String(category)] ?? s(category)}残疾${grade === null || grade === undefined ? "" : `${NUMERAL[Number(grade)] ?? s(grade)}级`}`;
/** 建档立卡状态 (`povertyRegistration`). */
export const REGISTRATION: Record<string, string> = { none: "未建档立卡", unlifted: "未脱贫", lifted: "已脱贫", "lifted-unstable": "脱贫不稳定", edge: "边缘易致贫" };
/** 不计入共同生活家庭成员的情形 (`excluded`, mlg-review-2021/art-7). */
export const EXCLUSION: Record<string, string> = {
  "clergy-away-3-years": "连续三年以上脱离家庭独立生活的宗教教职人员",
  imprisoned: "在监狱内服刑",
  "compulsory-rehabilitation": "在戒毒所强制隔离戒毒",
  "declared-missing": "宣告失踪",
};
/** 低保状态 (`dibao.status`). */
export const DIBAO_STATUS: Record<string, string> = { eligible: "符合条件", ineligible: "不符合条件", "gradual-exit": "渐退期", "needs-review": "需人工复核" };
/** 是、否，或未提供。 */
export const yesNo = (value: unknown): string => (value === true ? "是" : value === false ? "否" : "未提供");
/** A supporter listed in the input (`supporters[0]`) named in words: 所列第1位义务人; a member id as given. */
export const person = (value: unknown): string => {
  const listed = /^supporters\[(\d+)\]$/.exec(String(value));
  return listed === null ? s(value) : `所列第${Number(listed[1]) + 1}位义务人`;
};
export const people = (value: unknown): string => (Array.isArray(value) ? value.map(person).join("、") : person(value));
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
/** A value named from a table (a list item by item, joined with 、); 未提供 when not given; a value the table lacks, as given. */
export const name = (names: Record<string, string>, value: unknown): string =>
  value === null || value === undefined ? "未提供" : Array.isArray(value) ? value.map((item) => names[String(item)] ?? String(item)).join("、") : (names[String(value)] ?? s(value));
export const list = (value: unknown, names: Record<string, string>): string => (Array.isArray(value) ? value.map((item) => names[String(item)] ?? String(item)).join("、") : s(value));
export const own = (v: Values): string => `${s(v.memberId)}本人可计收入每月${yuan(v.ownMonthlyIncome)}`;
