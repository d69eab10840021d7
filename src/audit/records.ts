/**
 * The departmental records file (数据比对, contract v1.2 "Departmental records", rule 2), read whole before the
 * caseload and indexed by household id: each line validated (every problem by path), a record dated after
 * the audit date set aside, and every one of them counted and listed, never fatal. Pure: the caller hands
 * the lines in (the CLI reads the file once).
 */
import type { InputIssue } from "../model/errors.js";
import { isBlankLine, parseJsonText } from "../model/json-text.js";
import { InvalidInputError } from "../model/errors.js";
import { parseDepartmentalRecord, type DepartmentalRecord } from "../model/departmental-record.js";

/** A valid record with its line in the records file (numbered from 1). */
export interface IndexedRecord {
  readonly line: number;
  readonly record: DepartmentalRecord;
}

/** The records file, indexed: plain data (Maps and arrays), so it crosses to worker threads whole. */
export interface RecordIndex {
  /** The audit date: records dated after it were set aside. */
  readonly asOf: string;
  /** Valid records dated on or before `asOf`, by household id, in file order. */
  readonly byHousehold: Map<string, IndexedRecord[]>;
  /** Lines that hold a record (blank lines aside). */
  readonly read: number;
  /** Records usable on `asOf` (valid, not after it); `used` + `unmatched` once the caseload is audited. */
  readonly usable: number;
  readonly invalid: ReadonlyArray<{ readonly line: number; readonly issues: readonly InputIssue[] }>;
  readonly afterAsOf: ReadonlyArray<{ readonly line: number; readonly householdId: string; readonly asOf: string }>;
}

/**
 * Indexes the lines of a records file for an audit on `asOf`: each line (a string, or an object already
 * parsed) is validated; a blank line is skipped but keeps its number.
 */
export function indexRecords(lines: Iterable<unknown>, asOf: string): RecordIndex {
  const byHousehold = new Map<string, IndexedRecord[]>();
  const invalid: Array<{ line: number; issues: readonly InputIssue[] }> = [];
  const afterAsOf: Array<{ line: number; householdId: string; asOf: string }> = [];
  let line = 0;
  let read = 0;
  let usable = 0;
  for (const item of lines) {
    line++;
    if (typeof item === "string" && isBlankLine(item)) continue;
    read++;
    let value: unknown;
    try {
      value = typeof item === "string" ? parseJsonText(item.endsWith("\r") ? item.slice(0, -1) : item, `records line ${line}`) : item;
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      invalid.push({ line, issues: error.issues.map(({ path, message }) => ({ path, message })) });
      continue;
    }
    const parsed = parseDepartmentalRecord(value);
    if ("issues" in parsed) {
      invalid.push({ line, issues: parsed.issues });
      continue;
    }
    const { record } = parsed;
    // Rule 2: a department's data describing a day after the audit date are not used.
    if (record.asOf > asOf) {
      afterAsOf.push({ line, householdId: record.householdId, asOf: record.asOf });
      continue;
    }
    usable++;
    const list = byHousehold.get(record.householdId);
    if (list === undefined) byHousehold.set(record.householdId, [{ line, record }]);
    else list.push({ line, record });
  }
  return { asOf, byHousehold, read, usable, invalid, afterAsOf };
}

/**
 * The index as worker threads take it: each household's records as one JSON text, parsed only when that
 * household is audited. A worker's copy is then a map of flat strings, not a graph of 10⁵ objects for its
 * garbage collector to trace on every collection (plain data: it crosses `postMessage` whole).
 */
export interface PackedRecords {
  readonly kind: "packed-records";
  readonly asOf: string;
  readonly byHousehold: Map<string, string>;
}

export function packRecords(index: RecordIndex): PackedRecords {
  const byHousehold = new Map<string, string>();
  for (const [id, list] of index.byHousehold) byHousehold.set(id, JSON.stringify(list));
  return { kind: "packed-records", asOf: index.asOf, byHousehold };
}

/** The records of one household id, from an index or its packed form; none when the file has none. */
export function recordsOf(records: RecordIndex | PackedRecords, householdId: string): readonly IndexedRecord[] {
  if ("kind" in records) {
    const text = records.byHousehold.get(householdId);
    return text === undefined ? [] : (JSON.parse(text) as IndexedRecord[]);
  }
  return records.byHousehold.get(householdId) ?? [];
}
