/** Message tables: prose for each reason code and outcome, per language, kept out of `evaluate`. */
import type { Outcome, ReasonValue } from "../model/determination.js";

export type Values = Readonly<Record<string, ReasonValue>>;
export type Template = (values: Values) => string;

/** Prose for one reason code: one template per outcome (a missing outcome falls back to `any`). */
export type ReasonMessages = Partial<Record<Outcome | "any", Template>>;

export interface MessageTable {
  readonly lang: "zh-CN" | "en";
  readonly reasons: Readonly<Record<string, ReasonMessages>>;
  readonly warnings: Readonly<Record<string, Template>>;
  readonly labels: {
    readonly title: string;
    readonly asOf: string;
    readonly household: string;
    readonly dibao: string;
    readonly referrals: string;
    readonly specialHardship: string;
    readonly warnings: string;
    readonly clauses: string;
    readonly noReferrals: string;
    readonly noWarnings: string;
    readonly outcome: Readonly<Record<Outcome, string>>;
    readonly missing: string;
    readonly interpretations: string;
    readonly engine: string;
    readonly figures: Template;
    readonly dibaoStatus: Template;
    readonly referral: Template;
    readonly specialHardshipEntry: Template;
    readonly applicationNote: string;
  };
}
