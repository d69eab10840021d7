/**
 * W-CLAUSE-BEFORE-INSTRUMENT (issue 24, item 8): a determination dated before an instrument took effect
 * that cites one of its clauses says so. Where the brief holds the rule in force before an instrument (the
 * dated `citations.*` series), the rules cite that; where it holds none (the 2012 trial measures the
 * 2021 review measures replaced, say), the later clause stands in for the earlier rule, and the reader
 * must be told. The dates are the catalogue's (`policy/sources.yaml`: `inForceFrom`, or, where our copy
 * states no day, `inForceNotBefore`), never written here.
 */
import type { Reason } from "../model/determination.js";
import type { RuleWarning } from "../rules/index.js";
import { clauseCatalogue, sourceCatalogue } from "../policy/clauses.js";
import { byClauseOrder } from "../policy/clause-order.js";

/** When an instrument took effect: the day (`exact`), or where our copy states none, the earliest day it can have. */
export interface InstrumentStart {
  readonly day: string;
  readonly exact: boolean;
}

/** The start of each clause's instrument, for the clauses whose instrument states one. */
const clauseStartIndex: ReadonlyMap<string, InstrumentStart> = (() => {
  const sourceStart = new Map<string, InstrumentStart>();
  for (const source of sourceCatalogue) {
    if (source.inForceFrom !== undefined) sourceStart.set(source.id, { day: source.inForceFrom, exact: true });
    else if (source.inForceNotBefore !== undefined) sourceStart.set(source.id, { day: source.inForceNotBefore, exact: false });
  }
  const starts = new Map<string, InstrumentStart>();
  for (const clause of clauseCatalogue) {
    const start = sourceStart.get(clause.source);
    if (start !== undefined) starts.set(clause.id, start);
  }
  return starts;
})();

const clauseStarts: ReadonlyMap<string, string> = new Map([...clauseStartIndex].map(([id, start]) => [id, start.day]));

/** The latest start in the catalogue: a determination dated on or after it cites nothing early, and is not walked. */
const latestStart = [...clauseStarts.values()].reduce((latest, start) => (start > latest ? start : latest), "");

/**
 * The day a clause's instrument took effect (or the earliest day it can have), from the catalogue;
 * undefined for a clause whose instrument states no date, or a clause the catalogue does not hold.
 */
export function instrumentStart(clauseId: string): InstrumentStart | undefined {
  return clauseStartIndex.get(clauseId);
}

/**
 * A reason that says an instrument is not yet in force (`single-person.near-dibao.in-force` not met,
 * `low-income.not-in-force`) cites it to say exactly that: citing it is the point, not a stand-in.
 */
function statesNotInForce(reason: Reason): boolean {
  return (reason.code.endsWith(".in-force") && reason.outcome !== "met") || reason.code.endsWith(".not-in-force");
}

function isReason(value: unknown): value is Reason {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<Reason>;
  return typeof candidate.code === "string" && typeof candidate.outcome === "string" && Array.isArray(candidate.clauses);
}

/**
 * The clauses the reasons under `value` apply that are in `early`, into `out`. Only the clauses of
 * `early` are looked up (a few, usually none of a reason's), and a reason's values are never walked.
 */
function collectEarly(value: unknown, early: ReadonlySet<string>, out: Set<string>): void {
  if (typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) collectEarly(item, early, out);
    return;
  }
  if (isReason(value)) {
    if (statesNotInForce(value)) return;
    for (const id of value.clauses) if (early.has(id)) out.add(id);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const child = record[key];
    if (typeof child === "object" && child !== null) collectEarly(child, early, out);
  }
}

/** The clauses whose instrument started after each date asked: computed once per date (a caseload has a few). */
const earlyByDate = new Map<string, ReadonlySet<string>>();

function earlyClauses(asOf: string): ReadonlySet<string> {
  const known = earlyByDate.get(asOf);
  if (known !== undefined) return known;
  const early = new Set<string>();
  for (const [id, start] of clauseStarts) if (asOf < start) early.add(id);
  // Bounded: a caller sweeping dates does not grow the map without end.
  if (earlyByDate.size >= 1024) earlyByDate.clear();
  earlyByDate.set(asOf, early);
  return early;
}

/**
 * W-CLAUSE-BEFORE-INSTRUMENT for the decided sections on `asOf`: the clauses applied whose instrument
 * took effect after `asOf`, in reading order (art-7 before art-13); none when there are none.
 */
export function clauseDateWarnings(sections: Iterable<unknown>, asOf: string): RuleWarning[] {
  if (asOf >= latestStart) return [];
  const early = earlyClauses(asOf);
  const cited = new Set<string>();
  for (const section of sections) collectEarly(section, early, cited);
  return cited.size === 0 ? [] : [{ code: "W-CLAUSE-BEFORE-INSTRUMENT", clauses: [...cited].sort(byClauseOrder) }];
}
