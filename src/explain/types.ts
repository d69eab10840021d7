/** Message tables: the prose `explain()` writes around the programmes' own messages, per language. */
import type { Outcome } from "../model/determination.js";
import type { Language, ReasonMessages, Template, Values } from "../rules/messages.js";

export type { Language, ReasonMessages, Template, Values } from "../rules/messages.js";

/** One entry the other reading would have decided differently, as the explanation names it. */
export interface ChangeText {
  /** The section's heading in this language. */
  readonly section: string;
  readonly memberId: string | null;
  readonly item: string | null;
  /** The status name under this determination and under the other reading (the "no entry" name when there is none). */
  readonly status: string;
  readonly amount: string | null;
  readonly alternativeStatus: string;
  readonly alternativeAmount: string | null;
}

/** The prose of W-INTERPRETATION's alternatives: what each interpretation reads and what the other reading would decide. */
export interface AlternativeTexts {
  /** Per interpretation: what the library reads, and the other reading. */
  readonly readings: Readonly<Record<string, { readonly reads: string; readonly other: string }>>;
  /** Names of the sections' statuses; `none` names a missing entry. */
  readonly statuses: Readonly<Record<string, string>>;
  readonly change: (change: ChangeText) => string;
  /** The sentence for one interpretation, from its readings and the changes (each already written). */
  readonly sentence: (id: string, reads: string | undefined, other: string | undefined, changes: readonly string[]) => string;
}

export interface MessageTable {
  readonly lang: Language;
  /** Prose per reason code: the programmes' messages merged with the common ones. */
  readonly reasons: Readonly<Record<string, ReasonMessages>>;
  readonly warnings: Readonly<Record<string, Template>>;
  /** Each warning code's title, shown in its place (the code itself stays in the JSON). */
  readonly warningTitles: Readonly<Record<string, string>>;
  readonly alternatives: AlternativeTexts;
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
    /** The footer: engine, parameter set and input digest (`engine`, `version`, `parameterSet`, `parameterDigest`, `inputDigest`). */
    readonly footer: Template;
    readonly figures: Template;
    /** Punctuation between a label and its text, and between the parts of a line (full-width in Chinese). */
    readonly colon: string;
    readonly semicolon: string;
    /** Names of jurisdiction codes; a code not named here is shown as given. */
    readonly jurisdictions: Readonly<Record<string, string>>;
    /** After an English gist that is the library's own wording (full quotations). */
    readonly libraryGist: string;
  };
}
