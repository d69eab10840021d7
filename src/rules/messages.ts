/**
 * Message tables: prose for each reason code and outcome, per language, kept out of the rules' logic.
 * Each programme keeps its own messages beside its rules; `explain()` merges them with the common ones.
 */
import type { Outcome, ReasonValue } from "../model/determination.js";

export type Language = "zh-CN" | "en";
export type Values = Readonly<Record<string, ReasonValue>>;
export type Template = (values: Values) => string;

/** Prose for one reason code: one template per outcome (a missing outcome falls back to `any`). */
export type ReasonMessages = Partial<Record<Outcome | "any", Template>>;
