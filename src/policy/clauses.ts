/**
 * The clause catalogue: every clause a determination may cite, with its Chinese text, an English
 * gist and the metadata of its source. Rules cite clause ids; explanations quote the text from here.
 */
import type { ClauseEntry, SourceEntry } from "./catalogue-types.js";
import { CLAUSES, SOURCES } from "./catalogue.generated.js";

export type { ClauseEntry, SourceEntry } from "./catalogue-types.js";

const clauseIndex: ReadonlyMap<string, ClauseEntry> = new Map(CLAUSES.map((clause) => [clause.id, clause]));
const sourceIndex: ReadonlyMap<string, SourceEntry> = new Map(SOURCES.map((source) => [source.id, source]));

/** Every clause the library holds, in the order of the brief. */
export const clauseCatalogue: readonly ClauseEntry[] = CLAUSES;
/** Every instrument the library cites. */
export const sourceCatalogue: readonly SourceEntry[] = SOURCES;

/** The clause with this id, or `undefined`. */
export function getClause(id: string): ClauseEntry | undefined {
  return clauseIndex.get(id);
}

/** The source with this id, or `undefined`. */
export function getSource(id: string): SourceEntry | undefined {
  return sourceIndex.get(id);
}

/** True when the catalogue holds this clause id. */
export function hasClause(id: string): boolean {
  return clauseIndex.has(id);
}
