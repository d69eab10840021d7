/** An instrument the library cites (`policy/sources.yaml`). */
export interface SourceEntry {
  /** Stable key, the first segment of clause ids. */
  readonly id: string;
  /** Chinese title and English name as held. */
  readonly title: string;
  /** Short title in Chinese, as Chinese explanations name the instrument (no Latin letters). */
  readonly titleZh: string;
  /** Short title in English, as English explanations name the instrument. */
  readonly titleEn: string;
  readonly issuer: string;
  /** When the instrument took effect, as our copy states it. */
  readonly inForce: string;
  /** How the text reached us: auditors must see this. */
  readonly reliability: string;
  /** The day the instrument took effect (`YYYY-MM-DD`), only where our copy states that day. */
  readonly inForceFrom?: string;
  /**
   * Where our copy states no day: the earliest day the instrument can have taken effect (the first day of
   * the month or year `inForce` states, or the start of its stated span). A determination dated before
   * it, or before `inForceFrom`, that cites the instrument says so (W-CLAUSE-BEFORE-INSTRUMENT).
   */
  readonly inForceNotBefore?: string;
}

/** A clause the rules cite (`policy/clauses.yaml`): the Chinese text as our copy has it, and an English gist. */
export interface ClauseEntry {
  /** `<source-id>/art-<n>[/para-<n>]…` or `<source-id>/<section>`. */
  readonly id: string;
  readonly source: string;
  /** The clause text (Chinese), verbatim from our copy; "……" marks text our copy elides. */
  readonly zh: string;
  /** English gist: not a translation of record. */
  readonly en: string;
  /** Whether the gist is the policy brief's wording, kept as given, or the library's own. */
  readonly enBy: "brief" | "library";
}
