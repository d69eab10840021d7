/**
 * The summary of a caseload audit: households, findings by code, yuan per month over-paid, under-paid
 * and missed, and the undecidable count. Kept as a tally of plain data (counts, money as decimal
 * strings) so that parts counted apart — by worker threads, by shards of a caseload — add up exactly,
 * in any order, to the same summary.
 */
import { ENGINE_NAME, ENGINE_VERSION } from "../version.js";
import { formatMoney, Money, type MoneyString } from "../model/money.js";
import { AUDIT_META, AUDIT_NOTICE, FINDING_CODES, type FindingBasis, type FindingCode, type HouseholdAudit } from "./findings.js";
import type { RecordIndex } from "./records.js";

/** Findings and yuan a month of one basis (`declared` or `departmental`). */
export interface BasisTally {
  findings: number;
  overPaid: MoneyString;
  underPaid: MoneyString;
  missed: MoneyString;
}

/** A running count of audited households; add to it with {@link tallyAudit}, combine with {@link mergeTallies}. */
export interface AuditTally {
  households: number;
  consistent: number;
  withFindings: number;
  /** Households with at least one `undecidable` finding. */
  undecidable: number;
  /** Lines answered with an error instead of an audit (bad JSON, invalid household). */
  invalid: number;
  findings: Record<FindingCode, number>;
  householdsByCode: Record<FindingCode, number>;
  /** Yuan per month at stake by code, without sign. */
  amountByCode: Record<FindingCode, MoneyString>;
  overPaid: MoneyString;
  underPaid: MoneyString;
  missed: MoneyString;
  /** Findings that concern money but whose amount is not known (no recorded amount, or none in the status). */
  withoutAmount: number;
  /** Households per parameter set and digest, keyed `id digest`. */
  parameterSets: Record<string, number>;
  /** Dibao households without `status.dibao.lastReviewed` (R12 not run). */
  reviewNotTested: number;
  byBasis: Record<FindingBasis, BasisTally>;
  /** `record-conflict` findings by department (each department of a finding counted once) and by fact. */
  conflictsByDepartment: Record<string, number>;
  conflictsByField: Record<string, number>;
  /** Households whose departmental comparison found something the ordinary one did not (rule 8). */
  householdsDifferingByRecords: number;
  /** Lines of the records file used, and those naming a member their household does not list. */
  recordLinesUsed: number[];
  recordLinesUnmatchedMember: number[];
}

function emptyBasis(): BasisTally {
  return { findings: 0, overPaid: "0.00", underPaid: "0.00", missed: "0.00" };
}

function byCode<T>(value: T): Record<FindingCode, T> {
  return Object.fromEntries(FINDING_CODES.map((code) => [code, value])) as Record<FindingCode, T>;
}

export function emptyTally(): AuditTally {
  return {
    households: 0,
    consistent: 0,
    withFindings: 0,
    undecidable: 0,
    invalid: 0,
    findings: byCode(0),
    householdsByCode: byCode(0),
    amountByCode: byCode("0.00"),
    overPaid: "0.00",
    underPaid: "0.00",
    missed: "0.00",
    withoutAmount: 0,
    parameterSets: {},
    reviewNotTested: 0,
    byBasis: { declared: emptyBasis(), departmental: emptyBasis() },
    conflictsByDepartment: {},
    conflictsByField: {},
    householdsDifferingByRecords: 0,
    recordLinesUsed: [],
    recordLinesUnmatchedMember: [],
  };
}

function count(into: Record<string, number>, key: string, by = 1): void {
  into[key] = (into[key] ?? 0) + by;
}

/** The fact a conflict's field names, without the member's position: `members[1].disability` → `disability`. */
export function factOf(field: string): string {
  return field.replace(/^members\[\d+\]\./, "");
}

/** Exact sum of two amounts. */
function plus(a: MoneyString, b: MoneyString): MoneyString {
  return formatMoney(new Money(a).plus(new Money(b)));
}

/** Counts one household's audit into the tally (changes it). Yuan a month by code and direction are the declared findings' (as `monthlyAtStake`); `byBasis` has both. */
export function tallyAudit(tally: AuditTally, audit: HouseholdAudit): void {
  tally.households++;
  if (audit.result === "consistent") tally.consistent++;
  else tally.withFindings++;
  const key = `${audit.parameterSet.id} ${audit.parameterSet.digest}`;
  tally.parameterSets[key] = (tally.parameterSets[key] ?? 0) + 1;
  const meta = audit[AUDIT_META];
  if (meta?.reviewNotTested === true) tally.reviewNotTested++;
  if (meta?.records !== undefined) {
    for (const line of meta.records.used) tally.recordLinesUsed.push(line);
    for (const line of meta.records.unmatched) tally.recordLinesUnmatchedMember.push(line);
    if (meta.records.differs) tally.householdsDifferingByRecords++;
  }
  const codes = new Set<FindingCode>();
  for (const finding of audit.findings) {
    codes.add(finding.code);
    tally.findings[finding.code]++;
    const basis = tally.byBasis[finding.basis];
    basis.findings++;
    if (finding.code === "record-conflict") {
      for (const department of new Set((finding.departmental ?? []).map((item) => item.department))) count(tally.conflictsByDepartment, department);
      count(tally.conflictsByField, factOf(finding.field ?? ""));
    }
    const difference = finding.monthlyDifference;
    if (difference === null) {
      // Undecidable findings, a window due without a recorded amount, R12 and conflicts have no money to count.
      if (finding.basis === "declared" && finding.code !== "undecidable" && finding.code !== "gradual-exit-window-due" && finding.code !== "review-overdue") tally.withoutAmount++;
      continue;
    }
    const size = difference.startsWith("-") ? difference.slice(1) : difference;
    if (finding.direction === "missed") basis.missed = plus(basis.missed, size);
    else if (finding.direction === "over-paid") basis.overPaid = plus(basis.overPaid, size);
    else if (finding.direction === "under-paid") basis.underPaid = plus(basis.underPaid, size);
    if (finding.basis !== "declared") continue;
    tally.amountByCode[finding.code] = plus(tally.amountByCode[finding.code], size);
    if (finding.direction === "missed") tally.missed = plus(tally.missed, size);
    else if (finding.direction === "over-paid") tally.overPaid = plus(tally.overPaid, size);
    else if (finding.direction === "under-paid") tally.underPaid = plus(tally.underPaid, size);
  }
  for (const code of codes) tally.householdsByCode[code]++;
  if (codes.has("undecidable")) tally.undecidable++;
}

/** Adds `part` into `into` (changes `into`). */
export function mergeTallies(into: AuditTally, part: AuditTally): void {
  into.households += part.households;
  into.consistent += part.consistent;
  into.withFindings += part.withFindings;
  into.undecidable += part.undecidable;
  into.invalid += part.invalid;
  into.withoutAmount += part.withoutAmount;
  for (const code of FINDING_CODES) {
    into.findings[code] += part.findings[code];
    into.householdsByCode[code] += part.householdsByCode[code];
    into.amountByCode[code] = plus(into.amountByCode[code], part.amountByCode[code]);
  }
  into.overPaid = plus(into.overPaid, part.overPaid);
  into.underPaid = plus(into.underPaid, part.underPaid);
  into.missed = plus(into.missed, part.missed);
  for (const [key, count] of Object.entries(part.parameterSets)) into.parameterSets[key] = (into.parameterSets[key] ?? 0) + count;
  into.reviewNotTested += part.reviewNotTested;
  for (const basis of ["declared", "departmental"] as const) {
    const a = into.byBasis[basis];
    const b = part.byBasis[basis];
    a.findings += b.findings;
    a.overPaid = plus(a.overPaid, b.overPaid);
    a.underPaid = plus(a.underPaid, b.underPaid);
    a.missed = plus(a.missed, b.missed);
  }
  for (const [key, n] of Object.entries(part.conflictsByDepartment)) count(into.conflictsByDepartment, key, n);
  for (const [key, n] of Object.entries(part.conflictsByField)) count(into.conflictsByField, key, n);
  into.householdsDifferingByRecords += part.householdsDifferingByRecords;
  for (const line of part.recordLinesUsed) into.recordLinesUsed.push(line);
  for (const line of part.recordLinesUnmatchedMember) into.recordLinesUnmatchedMember.push(line);
}

export const AUDIT_SUMMARY_SCHEMA = "social-assistance-rules/audit-summary@1";

/** Where the caseload came from, for the summary and the report: what a reader needs to reproduce it. */
export interface AuditSource {
  /** The input file as given (or "standard input"). */
  readonly file?: string;
  /** `sha256:<hex>` of the input bytes. */
  readonly sha256?: string;
  /** A parameter override file, with its digest. */
  readonly parameters?: { readonly file: string; readonly sha256: string };
  /** The departmental records file, with its digest. */
  readonly records?: { readonly file: string; readonly sha256: string };
}

/** The departmental records of an audit (contract v1.2 rule 9): what was read, used and set aside, and the conflicts. */
export interface RecordsSummary {
  readonly read: number;
  readonly used: number;
  readonly unmatched: number;
  readonly invalid: number;
  readonly afterAsOf: number;
  readonly conflictsByDepartment: Readonly<Record<string, number>>;
  readonly conflictsByField: Readonly<Record<string, number>>;
  readonly householdsDiffering: number;
  readonly lines: {
    readonly unmatched: readonly number[];
    readonly invalid: ReadonlyArray<{ readonly line: number; readonly issues: ReadonlyArray<{ readonly path: string; readonly message: string }> }>;
    readonly afterAsOf: ReadonlyArray<{ readonly line: number; readonly householdId: string; readonly asOf: string }>;
  };
}

export interface BasisSummary {
  readonly findings: number;
  readonly monthly: { readonly overPaid: MoneyString; readonly underPaid: MoneyString; readonly missed: MoneyString };
}

/** The summary of an audit, as `audit --summary` writes it. */
export interface AuditSummary {
  readonly schema: typeof AUDIT_SUMMARY_SCHEMA;
  readonly notice: typeof AUDIT_NOTICE;
  readonly asOf: string;
  readonly engine: { readonly name: string; readonly version: string };
  readonly source: AuditSource;
  readonly households: number;
  readonly invalidLines: number;
  readonly consistent: number;
  readonly withFindings: number;
  readonly undecidable: number;
  readonly findings: Readonly<Record<FindingCode, number>>;
  readonly householdsByCode: Readonly<Record<FindingCode, number>>;
  readonly monthly: {
    readonly overPaid: MoneyString;
    readonly underPaid: MoneyString;
    readonly missed: MoneyString;
    readonly byCode: Readonly<Record<FindingCode, MoneyString>>;
  };
  readonly findingsWithoutAmount: number;
  /** Dibao households without `status.dibao.lastReviewed`: R12 not run for them. */
  readonly reviewNotTested: number;
  /** Findings and yuan a month by basis: `declared` (the caseload alone; `monthly` above) and `departmental`. */
  readonly byBasis: Readonly<Record<FindingBasis, BasisSummary>>;
  /** With a records file only. */
  readonly records?: RecordsSummary;
  /** Each parameter set and digest the determinations recorded, with how many households used it, sorted. */
  readonly parameterSets: ReadonlyArray<{ readonly id: string; readonly digest: string; readonly households: number }>;
}

/** The summary a tally comes to: every code listed (zeros included), parameter digests sorted. */
function sorted(record: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function basisSummary(tally: BasisTally): BasisSummary {
  return { findings: tally.findings, monthly: { overPaid: tally.overPaid, underPaid: tally.underPaid, missed: tally.missed } };
}

/** Rule 9's figures: a usable record is used when its household and member matched, else unmatched. */
function recordsSummary(tally: AuditTally, records: RecordIndex): RecordsSummary {
  const used = new Set(tally.recordLinesUsed);
  const unmatched: number[] = [];
  for (const list of records.byHousehold.values()) for (const { line } of list) if (!used.has(line)) unmatched.push(line);
  unmatched.sort((a, b) => a - b);
  return {
    read: records.read,
    used: used.size,
    unmatched: unmatched.length,
    invalid: records.invalid.length,
    afterAsOf: records.afterAsOf.length,
    conflictsByDepartment: sorted(tally.conflictsByDepartment),
    conflictsByField: sorted(tally.conflictsByField),
    householdsDiffering: tally.householdsDifferingByRecords,
    lines: { unmatched, invalid: records.invalid, afterAsOf: records.afterAsOf },
  };
}

export function summaryOf(tally: AuditTally, asOf: string, source: AuditSource = {}, records?: RecordIndex): AuditSummary {
  const parameterSets = Object.entries(tally.parameterSets)
    .map(([key, households]) => {
      const [id = "", digest = ""] = key.split(" ");
      return { id, digest, households };
    })
    .sort((a, b) => (a.id === b.id ? (a.digest < b.digest ? -1 : 1) : a.id < b.id ? -1 : 1));
  return {
    schema: AUDIT_SUMMARY_SCHEMA,
    notice: AUDIT_NOTICE,
    asOf,
    engine: { name: ENGINE_NAME, version: ENGINE_VERSION },
    source,
    households: tally.households,
    invalidLines: tally.invalid,
    consistent: tally.consistent,
    withFindings: tally.withFindings,
    undecidable: tally.undecidable,
    findings: { ...tally.findings },
    householdsByCode: { ...tally.householdsByCode },
    monthly: { overPaid: tally.overPaid, underPaid: tally.underPaid, missed: tally.missed, byCode: { ...tally.amountByCode } },
    findingsWithoutAmount: tally.withoutAmount,
    reviewNotTested: tally.reviewNotTested,
    byBasis: { declared: basisSummary(tally.byBasis.declared), departmental: basisSummary(tally.byBasis.departmental) },
    ...(records === undefined ? {} : { records: recordsSummary(tally, records) }),
    parameterSets,
  };
}
