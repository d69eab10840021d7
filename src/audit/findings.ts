/**
 * Caseload audit (个案核查): what a household is recorded as receiving today (`status`) against what the
 * library decides on `asOf`, as findings — paid but not qualifying (错保), paid the wrong amount, and
 * qualifying but not covered (漏保, the 应保尽保 question). Each finding names the section of the
 * determination that decided it, the member, the recorded and decided values, the monthly difference
 * and the reasons. A finding is the library's reading of the rules, not a verdict.
 *
 * The audit reads three programmes through their section refs (dibao with its gradual exit, single-person
 * referral, extreme-poverty support) and ignores any other section, so it keeps working as programmes are added.
 */
import type { Determination } from "../engine/determination.js";
import type { Reason, ReasonValue } from "../model/determination.js";
import { formatMoney, money, normalizeMoney, ZERO, type Money, type MoneyString } from "../model/money.js";
import { DIBAO, type DibaoSection } from "../rules/dibao/section.js";
import type { SectionRef } from "../rules/programme.js";
import { SINGLE_PERSON_REFERRALS, type SinglePersonReferral } from "../rules/single-person/section.js";
import { SPECIAL_HARDSHIP, type SpecialHardshipEntry } from "../rules/special-hardship/section.js";
import type { ReviewOutcome } from "./review.js";

/** Every finding code, in the order findings and summaries list them. Stable: auditors' tooling keys on them. */
export const FINDING_CODES = [
  "dibao-ineligible-recipient",
  "dibao-amount-differs",
  "dibao-missed",
  "gradual-exit-window-due",
  "gradual-exit-window-overrun",
  "special-hardship-ineligible",
  "special-hardship-missed",
  "single-person-referral-missed",
  "review-overdue",
  "record-conflict",
  "undecidable",
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** What the money of a finding means: paid more than the rules give, paid less, or not paid at all. */
export type FindingDirection = "over-paid" | "under-paid" | "missed";

/** Said in every output of the audit. */
export const AUDIT_NOTICE = "Findings are this library's reading of the rules, not a verdict: a caseworker decides.";

export const AUDIT_SCHEMA = "social-assistance-rules/audit@1.2";

/**
 * What a finding was decided from: `declared`, the caseload alone (every finding before v1.2); `departmental`,
 * the comparison with other departments' records (数据比对; contract v1.2, "Departmental records", rules 7–8).
 */
export type FindingBasis = "declared" | "departmental";

/** One department's value of a field, as a `record-conflict` finding lists it. */
export interface DepartmentalValue {
  readonly department: string;
  readonly dataset: string | null;
  readonly asOf: string;
  readonly reference: string | null;
  readonly value: unknown;
  /** The record's line in the records file. */
  readonly line: number;
}

/** A section entry whose status or amount changes when one field alone is overlaid. */
export interface RecordChange {
  readonly section: string;
  readonly memberId: string | null;
  readonly from: { readonly status: string | null; readonly monthlyAmount: MoneyString | null };
  readonly to: { readonly status: string | null; readonly monthlyAmount: MoneyString | null };
}

/** One difference between what is recorded and what the library decides. */
export interface AuditFinding {
  readonly code: FindingCode;
  /** The key of the determination section that decided it (`dibao`, `singlePersonReferrals`, `specialHardship`). */
  readonly section: string;
  /** The member it is about; null for the household. */
  readonly memberId: string | null;
  /** `declared` (from the caseload alone) or `departmental` (from the comparison with departments' records). */
  readonly basis: FindingBasis;
  /** `record-conflict` only: the field compared (`members[1].disability`). */
  readonly field?: string;
  /** `record-conflict` only: every department's value of the field. */
  readonly departmental?: readonly DepartmentalValue[];
  /** `record-conflict` only: the entries whose status or amount change when this field alone is overlaid. */
  readonly changes?: readonly RecordChange[];
  /** `record-conflict` only: every record of the field is dated before `status.dibao.lastReviewed` (the caseload may be the newer). */
  readonly recordPredatesReview?: boolean;
  /** What the caseload records (from `status`). */
  readonly recorded: Readonly<Record<string, unknown>>;
  /** What the library decides on `asOf`. */
  readonly decided: Readonly<Record<string, unknown>>;
  /**
   * Recorded minus decided, yuan per month, two decimals: positive is paid more than the rules give
   * (over-paid), negative paid less or not at all. Null when an amount is not known (`missing` says which).
   */
  readonly monthlyDifference: MoneyString | null;
  readonly direction: FindingDirection | null;
  /** Facts to ask for: input fields (`members[1].supporters`, `status.dibao.monthlyAmount`) or parameters. */
  readonly missing: readonly string[];
  /** The reasons of the section (or the member's entry) that decided it, as the determination lists them. */
  readonly reasons: readonly Reason[];
}

/**
 * What the summary counts of a household beyond its findings, kept under a symbol: JSON output never shows
 * it, and an entry spread from the audit carries it along.
 */
export const AUDIT_META: unique symbol = Symbol("social-assistance-rules audit meta");

export interface AuditMeta {
  /** A dibao household without `status.dibao.lastReviewed`: R12 not run. */
  readonly reviewNotTested: boolean;
  /** With records: the lines used, those naming a member the household does not list, and whether rule 8 found anything. */
  readonly records?: { readonly used: readonly number[]; readonly unmatched: readonly number[]; readonly differs: boolean };
}

/** The audit of one household. */
export interface HouseholdAudit {
  readonly [AUDIT_META]?: AuditMeta;
  readonly schema: typeof AUDIT_SCHEMA;
  readonly householdId: string | null;
  readonly area: string;
  readonly asOf: string;
  /** `consistent`: what is recorded is what the library decides (no finding). */
  readonly result: "consistent" | "findings";
  readonly findings: readonly AuditFinding[];
  /** Sum of the declared findings' differences, without sign: yuan per month at stake. */
  readonly monthlyAtStake: MoneyString;
  /** With departmental records only: the same sum over the comparison with every record overlaid (rule 8). */
  readonly monthlyAtStakeIfRecordsHold?: MoneyString;
  readonly engine: Determination["engine"];
  readonly parameterSet: Determination["parameterSet"];
  readonly inputDigest: string;
  readonly notice: typeof AUDIT_NOTICE;
}

/** What the caseload records for a household today: the contract's `status`. */
interface Recorded {
  /** Receiving dibao: `status.dibao` given, or a gradual-exit window running on `asOf`. */
  readonly paid: boolean;
  /** Covered by backstop support (纳入兜底保障范围, as R8 and `src/facts/coverage.ts` define it): paid dibao, or a member supported as an extreme-poverty person. */
  readonly covered: boolean;
  readonly monthlyAmount: MoneyString | null;
  readonly window: { readonly start: string; readonly end: string } | null;
  readonly specialHardship: ReadonlySet<string>;
}

interface StatusInput {
  readonly dibao?: { readonly monthlyAmount?: string | number | null } | null;
  readonly gradualExit?: { readonly start: string; readonly end: string } | null;
  readonly specialHardshipMemberIds?: readonly string[] | null;
}

/** What the audit reads of the input beyond the determination: the area and the recorded status. */
interface HouseholdShape {
  readonly area?: unknown;
  readonly status?: StatusInput | null;
}

/** The recorded status of a household `evaluate` accepted (so its fields have their contract types). */
function recordedOf(input: HouseholdShape, asOf: string): Recorded {
  const status = input.status ?? undefined;
  const amount = status?.dibao?.monthlyAmount;
  const window = status?.gradualExit ?? null;
  const paid = status?.dibao != null || (window !== null && asOf <= window.end);
  const specialHardship = new Set(status?.specialHardshipMemberIds ?? []);
  // The household passed validation, so a recorded amount is valid money text or number.
  return { paid, covered: paid || specialHardship.size > 0, monthlyAmount: amount == null ? null : (normalizeMoney(amount) as MoneyString), window, specialHardship };
}

/** The facts a section's unknown reasons name, in order, once each. */
function missingOf(reasons: readonly Reason[]): string[] {
  const out = new Set<string>();
  for (const reason of reasons) if (reason.outcome === "unknown") for (const field of reason.missing) out.add(field);
  return [...out];
}

function direction(difference: Money | null, missed: boolean): FindingDirection | null {
  if (difference === null || difference.isZero()) return null;
  if (missed) return "missed";
  return difference.isPositive() ? "over-paid" : "under-paid";
}

interface Draft {
  readonly code: FindingCode;
  readonly section: SectionRef<unknown>;
  readonly memberId: string | null;
  readonly recorded: Readonly<Record<string, ReasonValue>>;
  readonly decided: Readonly<Record<string, ReasonValue>>;
  readonly difference: Money | null;
  readonly missing: readonly string[];
  readonly reasons: readonly Reason[];
}

function finding(draft: Draft): AuditFinding {
  return {
    code: draft.code,
    section: draft.section.key,
    memberId: draft.memberId,
    basis: "declared",
    recorded: draft.recorded,
    decided: draft.decided,
    monthlyDifference: draft.difference === null ? null : formatMoney(draft.difference),
    direction: direction(draft.difference, draft.code.endsWith("-missed")),
    missing: draft.missing,
    reasons: draft.reasons,
  };
}

const AMOUNT_FIELD = "status.dibao.monthlyAmount";

/** The recorded dibao, as a finding shows it. */
function recordedDibao(recorded: Recorded): Record<string, ReasonValue> {
  return {
    dibao: recorded.paid,
    monthlyAmount: recorded.monthlyAmount,
    windowStart: recorded.window?.start ?? null,
    windowEnd: recorded.window?.end ?? null,
  };
}

function decidedDibao(section: DibaoSection): Record<string, ReasonValue> {
  return {
    status: section.status,
    monthlyAmount: section.monthlyAmount,
    windowStart: section.window?.start ?? null,
    windowEnd: section.window?.end ?? null,
    stopFrom: section.stopFrom,
  };
}

/**
 * A household paid dibao that does not qualify as a whole, with members referred alone (R3): the payment
 * is read as their single-person dibao (单人保, a 低保户 with fewer insured persons), so it is compared
 * with the sum of their amounts. A referral that needs review leaves the payment undecidable.
 */
function singlePersonPayment(referrals: readonly SinglePersonReferral[], recorded: Recorded, paidAmount: Money | null): Draft[] | undefined {
  const referred = referrals.filter((referral) => referral.status === "refer");
  const pending = referrals.filter((referral) => referral.status === "needs-review");
  const concerned = referred.length > 0 ? referred : pending;
  if (concerned.length === 0) return undefined;
  let total = ZERO;
  for (const referral of referred) total = total.plus(money(referral.monthlyAmount ?? "0"));
  const base = {
    section: SINGLE_PERSON_REFERRALS,
    memberId: concerned.length === 1 ? (concerned[0] as SinglePersonReferral).memberId : null,
    recorded: recordedDibao(recorded),
    decided: { status: referred.length > 0 ? "refer" : "needs-review", memberIds: concerned.map((referral) => referral.memberId), monthlyAmount: referred.length > 0 ? formatMoney(total) : null },
    reasons: concerned.flatMap((referral) => referral.reasons),
  };
  if (referred.length === 0) return [{ ...base, code: "undecidable", difference: null, missing: missingOf(base.reasons) }];
  if (paidAmount === null) return [{ ...base, code: "undecidable", difference: null, missing: [AMOUNT_FIELD] }];
  return paidAmount.equals(total) ? [] : [{ ...base, code: "dibao-amount-differs", difference: paidAmount.minus(total), missing: [] }];
}

/**
 * Dibao (R1) and its gradual exit (R2) against `status.dibao` and `status.gradualExit`:
 * - eligible: not covered at all → `dibao-missed` (a household with a member supported as an extreme-poverty
 *   person is covered: R6 leaves the coordination of the two schemes to the caseworker); paid another
 *   amount → `dibao-amount-differs`; amount not recorded → `undecidable`;
 * - gradual-exit: paid without a window running → `gradual-exit-window-due` (the amount is kept, so nothing is at stake yet);
 * - ineligible while paid: members referred alone → their single-person dibao (see {@link singlePersonPayment});
 *   else after a recorded window ended → `gradual-exit-window-overrun`, else `dibao-ineligible-recipient`;
 * - needs-review → `undecidable`.
 */
function dibaoFindings(section: DibaoSection, referrals: readonly SinglePersonReferral[], recorded: Recorded, asOf: string): Draft[] {
  const base = { section: DIBAO, memberId: null, recorded: recordedDibao(recorded), decided: decidedDibao(section), reasons: section.reasons };
  const paidAmount = recorded.monthlyAmount === null ? null : money(recorded.monthlyAmount);
  const unknownAmount = paidAmount === null ? [AMOUNT_FIELD] : [];
  switch (section.status) {
    case "eligible": {
      // R1 gives an eligible household its amount; a missing one would be a fault, and is read as unknown rather than zero.
      const decided = section.monthlyAmount === null ? null : money(section.monthlyAmount);
      if (!recorded.paid) return recorded.covered ? [] : [{ ...base, code: "dibao-missed", difference: decided === null ? null : ZERO.minus(decided), missing: [] }];
      if (paidAmount === null || decided === null) return [{ ...base, code: "undecidable", difference: null, missing: unknownAmount }];
      return paidAmount.equals(decided) ? [] : [{ ...base, code: "dibao-amount-differs", difference: paidAmount.minus(decided), missing: [] }];
    }
    case "gradual-exit": {
      const running = recorded.window !== null && asOf <= recorded.window.end;
      if (running) return [];
      // During the window the household keeps what it is paid (R2): the record lacks the window, not money.
      return [{ ...base, code: "gradual-exit-window-due", difference: paidAmount === null ? null : ZERO, missing: unknownAmount }];
    }
    case "ineligible": {
      if (!recorded.paid) return [];
      const single = singlePersonPayment(referrals, recorded, paidAmount);
      if (single !== undefined) return single;
      const overrun = recorded.window !== null && recorded.window.end < asOf;
      return [{ ...base, code: overrun ? "gradual-exit-window-overrun" : "dibao-ineligible-recipient", difference: paidAmount, missing: unknownAmount }];
    }
    case "needs-review":
      return [{ ...base, code: "undecidable", difference: null, missing: missingOf(section.reasons) }];
  }
}

/**
 * Single-person referral (R3): a member referred alone while nothing is recorded for them (the household
 * not paid dibao, the member not supported as an extreme-poverty person) → `single-person-referral-missed`;
 * a referral that needs review in the same case → `undecidable`.
 */
function referralFindings(referrals: readonly SinglePersonReferral[], recorded: Recorded): Draft[] {
  const out: Draft[] = [];
  if (recorded.paid) return out;
  for (const referral of referrals) {
    if (recorded.specialHardship.has(referral.memberId)) continue;
    const base = {
      section: SINGLE_PERSON_REFERRALS,
      memberId: referral.memberId,
      recorded: { dibao: false, specialHardship: false },
      decided: { status: referral.status, route: referral.route, monthlyAmount: referral.monthlyAmount },
      reasons: referral.reasons,
    };
    if (referral.status === "refer") {
      out.push({ ...base, code: "single-person-referral-missed", difference: referral.monthlyAmount === null ? null : ZERO.minus(money(referral.monthlyAmount)), missing: [] });
    } else {
      out.push({ ...base, code: "undecidable", difference: null, missing: missingOf(referral.reasons) });
    }
  }
  return out;
}

/**
 * Extreme-poverty support (R4) against `status.specialHardshipMemberIds`: eligible but not supported →
 * `special-hardship-missed` (basic standard plus care subsidy; the care part unknown without `selfCare`);
 * supported but ineligible → `special-hardship-ineligible` (the status records no amount, so none is at
 * stake in the figures); needs-review → `undecidable`.
 */
function specialHardshipFindings(entries: readonly SpecialHardshipEntry[], recorded: Recorded): Draft[] {
  const out: Draft[] = [];
  for (const entry of entries) {
    const supported = recorded.specialHardship.has(entry.memberId);
    const base = {
      section: SPECIAL_HARDSHIP,
      memberId: entry.memberId,
      recorded: { supported },
      decided: { status: entry.status, basicMonthly: entry.basicMonthly, careMonthly: entry.careMonthly, careTier: entry.careTier },
      reasons: entry.reasons,
    };
    if (entry.status === "eligible" && !supported) {
      const basic = entry.basicMonthly === null ? ZERO : money(entry.basicMonthly);
      const care = entry.careMonthly === null ? ZERO : money(entry.careMonthly);
      out.push({ ...base, code: "special-hardship-missed", difference: ZERO.minus(basic.plus(care)), missing: missingOf(entry.reasons) });
    } else if (entry.status === "ineligible" && supported) {
      out.push({ ...base, code: "special-hardship-ineligible", difference: null, missing: [] });
    } else if (entry.status === "needs-review") {
      out.push({ ...base, code: "undecidable", difference: null, missing: missingOf(entry.reasons) });
    }
  }
  return out;
}

function sectionOf<S>(determination: Determination, ref: SectionRef<S>): S | undefined {
  return (determination as unknown as Readonly<Record<string, unknown>>)[ref.key] as S | undefined;
}

/**
 * The ordinary findings (`basis: "declared"`) of one household from its determination: `household` is the
 * input `evaluate` accepted for `determination` (its `status` is what is recorded). Pure.
 */
export function comparisonFindings(household: unknown, determination: Determination): AuditFinding[] {
  const recorded = recordedOf(household as HouseholdShape, determination.asOf);
  const dibao = sectionOf(determination, DIBAO);
  const referrals = sectionOf(determination, SINGLE_PERSON_REFERRALS) ?? [];
  return [
    ...(dibao === undefined ? [] : dibaoFindings(dibao, referrals, recorded, determination.asOf)),
    ...referralFindings(referrals, recorded),
    ...specialHardshipFindings(sectionOf(determination, SPECIAL_HARDSHIP) ?? [], recorded),
  ].map(finding);
}

/** R12's finding, if any: `review-overdue`, or `undecidable` naming the review category. */
export function reviewFindings(outcome: ReviewOutcome | undefined): AuditFinding[] {
  if (outcome === undefined || (outcome.kind !== "overdue" && outcome.kind !== "undecidable")) return [];
  const recorded = { lastReviewed: outcome.lastReviewed, reviewCategory: outcome.kind === "overdue" ? outcome.reviewCategory : null };
  const overdue = outcome.kind === "overdue";
  return [
    {
      code: overdue ? "review-overdue" : "undecidable",
      section: DIBAO.key,
      memberId: null,
      basis: "declared",
      recorded,
      decided: overdue ? { intervalMonths: outcome.intervalMonths, reviewDue: outcome.reviewDue } : { intervalMonths: null, reviewDue: null },
      monthlyDifference: null,
      direction: null,
      missing: overdue ? [] : ["status.dibao.reviewCategory"],
      reasons: outcome.reasons,
    },
  ];
}

/** Sum of the findings' differences, without sign. */
export function stakeOf(findings: readonly AuditFinding[]): MoneyString {
  let stake = ZERO;
  for (const item of findings) if (item.monthlyDifference !== null) stake = stake.plus(money(item.monthlyDifference).abs());
  return formatMoney(stake);
}

/** What the audit adds to the ordinary comparison: R12's outcome and the departmental comparison. */
export interface AuditExtras {
  readonly review?: ReviewOutcome;
  /** The `record-conflict` findings and the departmental findings (rule 8), in that order, and the stake if the records hold. */
  readonly departmental?: { readonly findings: readonly AuditFinding[]; readonly monthlyAtStakeIfRecordsHold: MoneyString };
  readonly meta?: AuditMeta;
}

/**
 * The findings for one household from its determination: `household` is the input `evaluate` accepted
 * for `determination` (its `status` is what is recorded), in the order: the ordinary findings, R12's, then
 * the departmental ones. Pure; the determination is not changed.
 */
export function auditDetermination(household: unknown, determination: Determination, extras: AuditExtras = {}): HouseholdAudit {
  const input = household as HouseholdShape;
  const declared = [...comparisonFindings(household, determination), ...reviewFindings(extras.review)];
  const findings = extras.departmental === undefined ? declared : [...declared, ...extras.departmental.findings];
  return {
    schema: AUDIT_SCHEMA,
    householdId: determination.householdId,
    area: typeof input.area === "string" ? input.area : "",
    asOf: determination.asOf,
    result: findings.length === 0 ? "consistent" : "findings",
    findings,
    monthlyAtStake: stakeOf(declared),
    ...(extras.departmental === undefined ? {} : { monthlyAtStakeIfRecordsHold: extras.departmental.monthlyAtStakeIfRecordsHold }),
    engine: determination.engine,
    parameterSet: determination.parameterSet,
    inputDigest: determination.inputDigest,
    notice: AUDIT_NOTICE,
    ...(extras.meta === undefined ? {} : { [AUDIT_META]: extras.meta }),
  };
}
