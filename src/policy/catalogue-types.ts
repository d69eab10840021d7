/** An instrument the library cites (`sources.md`). */
export interface SourceEntry {
  /** Stable key, the first segment of clause ids. */
  readonly id: string;
  /** Chinese title and English name as held. */
  readonly title: string;
  readonly issuer: string;
  /** When the instrument took effect, as our copy states it. */
  readonly inForce: string;
  /** How the text reached us: auditors must see this. */
  readonly reliability: string;
}

/** A clause the rules cite (`clauses.md`): the Chinese text as our copy has it, and an English gist. */
export interface ClauseEntry {
  /** `<source-id>/art-<n>[/para-<n>]…` or `<source-id>/<section>`. */
  readonly id: string;
  readonly source: string;
  /** The clause text (Chinese), verbatim from our copy; "……" marks text our copy elides. */
  readonly zh: string;
  /** English gist: not a translation of record. */
  readonly en: string;
  /** Whether the gist is the brief's or the library's own wording. */
  readonly enBy: "brief" | "library";
}
