/** Message tables: the prose `explain()` writes around the programmes' own messages, per language. */
import type { Outcome } from "../model/determination.js";
import type { Language, ReasonMessages, Template, Values } from "../rules/messages.js";

export type { Language, ReasonMessages, Template, Values } from "../rules/messages.js";

export interface MessageTable {
  readonly lang: Language;
  /** Prose per reason code: the programmes' messages merged with the common ones. */
  readonly reasons: Readonly<Record<string, ReasonMessages>>;
  readonly warnings: Readonly<Record<string, Template>>;
  readonly labels: {
    readonly title: string;
    readonly asOf: string;
    readonly household: string;
    readonly warnings: string;
    readonly clauses: string;
    readonly noWarnings: string;
    readonly outcome: Readonly<Record<Outcome, string>>;
    readonly missing: string;
    readonly interpretations: string;
    readonly engine: string;
    readonly figures: Template;
  };
}
