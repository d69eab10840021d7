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
export const CATEGORY: Record<string, string> = {
  "severely-disabled": "一至二级重残人员",
  "serious-illness": "患有重大疾病人员",
  "aged-70-plus": "70岁以上老人",
  "preschool-child": "学龄前儿童",
  student: "在校学生",
  disabled: "残疾人员",
};
export const GROUND: Record<string, string> = { aged: "60周岁以上", minor: "未满16周岁", disability: "残疾等级", continuation: "继续享受救助供养" };
export const list = (value: unknown, names: Record<string, string>): string => (Array.isArray(value) ? value.map((item) => names[String(item)] ?? String(item)).join("、") : s(value));
export const own = (v: Values): string => `${s(v.memberId)}本人可计收入每月${yuan(v.ownMonthlyIncome)}`;
