/**
 * What a programme is: one section of the determination (`dibao`, `singlePersonReferrals`, …), owned by
 * one folder under `src/rules/`. The programme declares the key of its section, the section's zod schema
 * (from which the determination's TypeScript type and JSON Schema follow), the rule modules that write
 * it, how two sections compare for W-INTERPRETATION ("a status, an amount or a date changed") and how it
 * renders, with its own message keys in zh-CN and en. The engine, `explain()` and the tests iterate the
 * registry (`registry.ts`); adding a programme adds a folder and one line there, never a central switch.
 */
import type { z } from "zod";
import type { Reason } from "../model/determination.js";
import type { Language, ReasonMessages } from "./messages.js";
import type { RuleModule } from "./rule.js";

/**
 * A typed handle on one section of the draft: the key and, as a phantom type, what the section holds.
 * A programme exports its ref; another programme that reads the section (R4 reads dibao's status) goes
 * through the ref, so only the owning folder spells the key.
 */
export interface SectionRef<S, K extends string = string> {
  readonly key: K;
  /** Never set: carries the section's type. */
  readonly __section?: S;
}

export function sectionRef<S, K extends string = string>(key: K): SectionRef<S, K> {
  return { key };
}

/** The determination as far as the rules have built it: sections by key. */
export type Draft = ReadonlyMap<string, unknown>;

/**
 * The draft as the engine hands it to a rule when it records what the rule read: `sectionsRead` gathers
 * one bit per section key ({@link sectionBit}) read through {@link readSection}, so W-INTERPRETATION
 * can re-run a rule exactly when a section it read was decided differently. Rules read sections only
 * through `readSection`, never `draft.get`, so the record is complete.
 */
export interface RecordingDraft extends Map<string, unknown> {
  sectionsRead: number;
}

const SECTION_BITS = new Map<string, number>();

/** The bit of a section key in {@link RecordingDraft.sectionsRead} (assigned on first use; fewer than 31 sections). */
export function sectionBit(key: string): number {
  let bit = SECTION_BITS.get(key);
  if (bit === undefined) {
    bit = 1 << SECTION_BITS.size;
    SECTION_BITS.set(key, bit);
  }
  return bit;
}

/** The section a ref names, as the rules before this one left it (`undefined` if none wrote it yet). */
export function readSection<S>(draft: Draft, ref: SectionRef<S>): S | undefined {
  const recording = draft as Partial<RecordingDraft>;
  if (recording.sectionsRead !== undefined) recording.sectionsRead |= sectionBit(ref.key);
  return draft.get(ref.key) as S | undefined;
}

/** What `explain()` lends a programme to write its part of the prose. */
export interface SectionWriter {
  heading(text: string): void;
  line(text: string): void;
  item(text: string, depth?: number): void;
  /** Each reason as a line with its mark (✓ ✗ ?), message, clauses, missing facts and interpretations. */
  reasons(reasons: readonly Reason[], depth?: number): void;
}

/** One language's messages of a programme: prose per reason code, and the labels its renderer uses. */
export interface ProgrammeMessages<L> {
  readonly reasons: Readonly<Record<string, ReasonMessages>>;
  readonly labels: L;
}

export interface Programme<S, L = unknown, K extends string = string> {
  /** The key of the section in the determination. */
  readonly section: SectionRef<S, K>;
  /** What the section decides, in a few words. */
  readonly title: string;
  /** The section's schema: its JSON Schema and, through `Programme`'s type, the determination's type. */
  readonly schema: z.ZodType<S>;
  /** The rule modules that write (or read) the section, in the order they run. */
  readonly rules: readonly RuleModule<S>[];
  /** The section when no rule wrote one (a list with no entry); `undefined` when a rule must decide it. */
  readonly empty: S | undefined;
  /** True when two sections decided the same: reasons left out, null and absent alike. */
  sameOutcome(a: S, b: S): boolean;
  readonly messages: Readonly<Record<Language, ProgrammeMessages<L>>>;
  /** Writes the section as prose in the language of `labels`. */
  render(section: S, out: SectionWriter, labels: L): void;
}

/** A programme of any section type, as the registry holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry's element type; each entry keeps its own S and L
export type AnyProgramme = Programme<any, any, string>;

/** The section type of a programme. */
export type SectionOf<P> = P extends Programme<infer S, infer _L, infer _K> ? S : never;
