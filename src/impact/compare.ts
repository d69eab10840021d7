/**
 * One household under the baseline and under each reform step: what each paying programme gives under
 * both, the difference, the band of the household's change and the reasons whose outcome changed (a
 * reason-level diff: "dibao.income-test not-met → met, per-capita income 760.00 against the standard
 * 800.00"). Pure.
 */
import type { Determination } from "../engine/determination.js";
import type { Reason } from "../model/determination.js";
import { Money, type MoneyString } from "../model/money.js";
import { fenOf, formatFen } from "./fen.js";
import { LOW_INCOME_TIERS, PAYING_PROGRAMMES, tierMember, type LowIncomeTier } from "./programmes.js";

/**
 * The bands of a household's change in its total monthly amount B → R (all paying programmes), in this
 * order. With B > 0 the change is (R − B) / B; "up to 10 %" includes exactly 10 %.
 */
export const BANDS = ["loses-all", "loses-over-10", "loses-up-to-10", "unchanged", "gains-up-to-10", "gains-over-10", "newly-covered"] as const;
export type Band = (typeof BANDS)[number];

/**
 * The band of a change from `baseline` to `reform` fen a month. Decided in whole fen by cross-multiplying
 * (|R − B| against B / 10 as 10 × |R − B| against B), so no division and no rounding can move a household
 * across the 10 % line.
 */
export function bandOf(baseline: number, reform: number): Band {
  if (reform === baseline) return "unchanged";
  if (baseline === 0) return "newly-covered";
  if (reform === 0) return "loses-all";
  const change = reform - baseline;
  const over = 10 * Math.abs(change) > baseline;
  if (change < 0) return over ? "loses-over-10" : "loses-up-to-10";
  return over ? "gains-over-10" : "gains-up-to-10";
}

/**
 * (reform − baseline) / baseline as a percentage with two decimals, rounded half up (decimal.js, exact
 * before the rounding); null when the baseline is zero (no percentage of nothing).
 */
export function percentChange(baseline: number, reform: number): string | null {
  if (baseline === 0) return null;
  return new Money(reform - baseline).times(100).dividedBy(baseline).toFixed(2, Money.ROUND_HALF_UP);
}

/** One side (baseline or reform) of a programme for a household. */
export interface ProgrammeSide {
  readonly status: string;
  readonly covered: boolean;
  readonly persons: number;
  readonly monthly: MoneyString;
}

export interface ProgrammeComparison {
  readonly baseline: ProgrammeSide;
  readonly reform: ProgrammeSide;
  /** reform − baseline, yuan a month. */
  readonly difference: MoneyString;
}

/** A reason whose outcome changed, or that only one side gave; `values` are the figures each side read. */
export interface ReasonChange {
  readonly section: string;
  readonly code: string;
  readonly memberId: string | null;
  readonly baseline: { readonly outcome: string; readonly values: Reason["values"] } | null;
  readonly reform: { readonly outcome: string; readonly values: Reason["values"] } | null;
}

/** A household under one reform step against the baseline. */
export interface StepComparison {
  readonly programmes: Readonly<Record<string, ProgrammeComparison>>;
  readonly total: { readonly baseline: MoneyString; readonly reform: MoneyString; readonly difference: MoneyString; readonly percentChange: string | null };
  readonly band: Band;
  readonly lowIncome: Readonly<Record<LowIncomeTier, { readonly baseline: boolean; readonly reform: boolean }>>;
  readonly reasons: readonly ReasonChange[];
}

interface FoundReason {
  readonly section: string;
  readonly memberId: string | null;
  readonly reason: Reason;
}

/** Every reason of a section value, wherever it sits (a section's own list, its entries', a tier's). */
function collectReasons(section: string, value: unknown, memberId: string | null, out: FoundReason[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectReasons(section, item, memberId, out);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  const record = value as Record<string, unknown>;
  const own = typeof record.memberId === "string" ? record.memberId : memberId;
  for (const [key, field] of Object.entries(record)) {
    if (key === "reasons" && Array.isArray(field)) {
      for (const reason of field as Reason[]) {
        const member = typeof reason.values?.memberId === "string" ? reason.values.memberId : own;
        out.push({ section, memberId: member, reason });
      }
    } else if (key !== "values" && typeof field === "object") collectReasons(section, field, own, out);
  }
}

/** The reasons of a determination by section, code, member and occurrence (the n-th of the same key). */
function reasonsByKey(determination: Determination): Map<string, FoundReason> {
  const found: FoundReason[] = [];
  const record = determination as unknown as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === "warnings" || key === "figures" || key === "engine" || key === "parameterSet") continue;
    collectReasons(key, record[key], null, found);
  }
  const keyed = new Map<string, FoundReason>();
  for (const item of found) {
    const base = `${item.section}\u0000${item.memberId ?? ""}\u0000${item.reason.code}`;
    let n = 0;
    while (keyed.has(`${base}\u0000${n}`)) n++;
    keyed.set(`${base}\u0000${n}`, item);
  }
  return keyed;
}

/** The reasons whose outcome differs between the two determinations (or that only one gave), baseline order first. */
export function reasonChanges(baseline: Determination, reform: Determination): ReasonChange[] {
  const before = reasonsByKey(baseline);
  const after = reasonsByKey(reform);
  const changes: ReasonChange[] = [];
  const side = (item: FoundReason | undefined): ReasonChange["baseline"] => (item === undefined ? null : { outcome: item.reason.outcome, values: item.reason.values });
  for (const [key, item] of before) {
    const other = after.get(key);
    if (other !== undefined && other.reason.outcome === item.reason.outcome) continue;
    changes.push({ section: item.section, code: item.reason.code, memberId: item.memberId, baseline: side(item), reform: side(other) });
  }
  for (const [key, item] of after) {
    if (before.has(key)) continue;
    changes.push({ section: item.section, code: item.reason.code, memberId: item.memberId, baseline: null, reform: side(item) });
  }
  return changes;
}

/** The household's comparison for one step: every paying programme, the total, the band, the tiers, the reasons. */
export function compareDeterminations(baseline: Determination, reform: Determination): StepComparison {
  const programmes: Record<string, ProgrammeComparison> = {};
  let before = 0;
  let after = 0;
  for (const programme of PAYING_PROGRAMMES) {
    const b = programme.read(baseline);
    const r = programme.read(reform);
    before += b.fen;
    after += r.fen;
    programmes[programme.key] = {
      baseline: { status: b.status, covered: b.covered, persons: b.persons, monthly: formatFen(b.fen) },
      reform: { status: r.status, covered: r.covered, persons: r.persons, monthly: formatFen(r.fen) },
      difference: formatFen(r.fen - b.fen),
    };
  }
  const lowIncome = Object.fromEntries(LOW_INCOME_TIERS.map((tier) => [tier, { baseline: tierMember(baseline, tier), reform: tierMember(reform, tier) }])) as StepComparison["lowIncome"];
  return {
    programmes,
    total: { baseline: formatFen(before), reform: formatFen(after), difference: formatFen(after - before), percentChange: percentChange(before, after) },
    band: bandOf(before, after),
    lowIncome,
    reasons: reasonChanges(baseline, reform),
  };
}

/** The baseline per-capita monthly income in fen (what the deciles rank by). */
export function perCapitaFen(determination: Determination): number {
  return fenOf(determination.figures.perCapitaMonthlyIncome);
}
