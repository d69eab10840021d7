/** Shared pieces of the English prose: money, lists and names of enum values. */
import type { Values } from "../messages.js";

export const s = (value: unknown): string => (value === null || value === undefined ? "—" : Array.isArray(value) ? value.join(", ") : String(value));
export const yuan = (value: unknown): string => `${s(value)} yuan`;
export const own = (v: Values): string => `Own countable income of ${s(v.memberId)} is ${yuan(v.ownMonthlyIncome)} a month`;
