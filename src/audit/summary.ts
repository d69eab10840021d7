/**
 * The summary of a caseload audit: households, findings by code, yuan per month over-paid, under-paid
 * and missed, and the undecidable count. Kept as a tally of plain data (counts, money as decimal
 * strings) so that parts counted apart — by worker threads, by shards of a caseload — add up exactly,
 * in any order, to the same summary.
 */
import { ENGINE_NAME, ENGINE_VERSION } from "../version.js";
import { formatMoney, Money, type MoneyString } from "../model/money.js";
import { AUDIT_NOTICE, FINDING_CODES, type FindingCode, type HouseholdAudit } from "./findings.js";

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
  };
}

/** Exact sum of two amounts. */
function plus(a: MoneyString, b: MoneyString): MoneyString {
  return formatMoney(new Money(a).plus(new Money(b)));
}

/** Counts one household's audit into the tally (changes it). */
export function tallyAudit(tally: AuditTally, audit: HouseholdAudit): void {
  tally.households++;
  if (audit.result === "consistent") tally.consistent++;
  else tally.withFindings++;
  const key = `${audit.parameterSet.id} ${audit.parameterSet.digest}`;
  tally.parameterSets[key] = (tally.parameterSets[key] ?? 0) + 1;
  const codes = new Set<FindingCode>();
  for (const finding of audit.findings) {
    codes.add(finding.code);
    tally.findings[finding.code]++;
    const difference = finding.monthlyDifference;
    if (difference === null) {
      // Undecidable findings and a window due without a recorded amount have no money to count.
      if (finding.code !== "undecidable" && finding.code !== "gradual-exit-window-due") tally.withoutAmount++;
      continue;
    }
    const size = difference.startsWith("-") ? difference.slice(1) : difference;
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
  /** Each parameter set and digest the determinations recorded, with how many households used it, sorted. */
  readonly parameterSets: ReadonlyArray<{ readonly id: string; readonly digest: string; readonly households: number }>;
}

/** The summary a tally comes to: every code listed (zeros included), parameter digests sorted. */
export function summaryOf(tally: AuditTally, asOf: string, source: AuditSource = {}): AuditSummary {
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
    parameterSets,
  };
}
