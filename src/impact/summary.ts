/**
 * The summary of a reform's impact over a caseload, counted from the household comparisons as they
 * stream by. The tally is plain data (integers of fen, weights as decimal text) so that parts counted
 * apart — by worker threads, by shards — merge exactly, in any order, into the same summary; every
 * unweighted total is the sum, in fen, of the household lines it counts.
 *
 * Definitions (docs/impact.md): a household is covered by a programme when the programme pays it;
 * entering = covered under the reform and not the baseline, leaving = the reverse; annual = 12 × monthly;
 * bands from {@link bandOf}; band shares in percent with two decimals by the largest-remainder method, so
 * each group's shares sum to exactly 100.00; deciles of baseline per-capita income by rank.
 */
import { Money, type MoneyString } from "../model/money.js";
import { ENGINE_NAME, ENGINE_VERSION } from "../version.js";
import { BANDS, type Band, type StepComparison } from "./compare.js";
import { fenOf, formatFen, formatWeightedFen } from "./fen.js";
import { LOW_INCOME_TIERS, PAYING_PROGRAMMES, type LowIncomeTier } from "./programmes.js";

/** An unweighted count with its weighted sum (decimal text): equal when no household carries a weight. */
interface Count {
  n: number;
  w: string;
}

/** Households, persons and fen a month, each unweighted and weighted. */
interface Cell {
  households: Count;
  persons: Count;
  fen: Count;
}

interface ProgrammeTally {
  baseline: Cell;
  reform: Cell;
  entering: Count;
  leaving: Count;
}

type BandTally = Record<Band, Count>;

interface StepTally {
  programmes: Record<string, ProgrammeTally>;
  total: { baseline: Count; reform: Count };
  bands: BandTally;
  byArea: Record<string, BandTally>;
  lowIncome: Record<LowIncomeTier, { baseline: Count; reform: Count }>;
}

/** What a decile needs of a household: its line (ties broken by it), baseline per-capita fen, weight, band per step. */
export type DecileRecord = readonly [line: number, perCapita: number, weight: string, ...bands: number[]];

/** A running count of compared households; add with {@link tallyComparison}, combine with {@link mergeImpactTallies}. */
export interface ImpactTally {
  households: Count;
  invalid: number;
  steps: StepTally[];
  records: DecileRecord[];
}

const zeroCount = (): Count => ({ n: 0, w: "0" });
const zeroCell = (): Cell => ({ households: zeroCount(), persons: zeroCount(), fen: zeroCount() });
const zeroBands = (): BandTally => Object.fromEntries(BANDS.map((band) => [band, zeroCount()])) as BandTally;

function emptyStep(): StepTally {
  return {
    programmes: Object.fromEntries(PAYING_PROGRAMMES.map((programme) => [programme.key, { baseline: zeroCell(), reform: zeroCell(), entering: zeroCount(), leaving: zeroCount() }])),
    total: { baseline: zeroCount(), reform: zeroCount() },
    bands: zeroBands(),
    byArea: {},
    lowIncome: Object.fromEntries(LOW_INCOME_TIERS.map((tier) => [tier, { baseline: zeroCount(), reform: zeroCount() }])) as StepTally["lowIncome"],
  };
}

export function emptyImpactTally(steps: number): ImpactTally {
  return { households: zeroCount(), invalid: 0, steps: Array.from({ length: steps }, emptyStep), records: [] };
}

/** Adds `amount` (an integer) with `weight` into `count`. */
function add(count: Count, amount: number, weight: string): void {
  if (amount === 0) return;
  count.n += amount;
  count.w = weight === "1" ? new Money(count.w).plus(amount).toString() : new Money(count.w).plus(new Money(weight).times(amount)).toString();
}

function addCount(into: Count, part: Count): void {
  into.n += part.n;
  into.w = new Money(into.w).plus(part.w).toString();
}

/** What the tally needs of one household. */
export interface ComparedHousehold {
  readonly line: number;
  readonly area: string;
  /** Decimal text of a positive number; "1" when the line carries no weight. */
  readonly weight: string;
  readonly baselinePerCapitaMonthlyIncome: MoneyString;
  readonly steps: readonly StepComparison[];
}

/** Counts one household's comparison into the tally (changes it). */
export function tallyComparison(tally: ImpactTally, household: ComparedHousehold): void {
  const weight = household.weight;
  add(tally.households, 1, weight);
  household.steps.forEach((step, index) => {
    const into = tally.steps[index];
    if (into === undefined) throw new Error(`a comparison with ${household.steps.length} steps counted into a tally of ${tally.steps.length}`);
    for (const [key, programme] of Object.entries(step.programmes)) {
      const cell = (into.programmes[key] ??= { baseline: zeroCell(), reform: zeroCell(), entering: zeroCount(), leaving: zeroCount() });
      for (const side of ["baseline", "reform"] as const) {
        const given = programme[side];
        if (given.covered) add(cell[side].households, 1, weight);
        add(cell[side].persons, given.persons, weight);
        add(cell[side].fen, fenOf(given.monthly), weight);
      }
      if (programme.reform.covered && !programme.baseline.covered) add(cell.entering, 1, weight);
      if (programme.baseline.covered && !programme.reform.covered) add(cell.leaving, 1, weight);
    }
    add(into.total.baseline, fenOf(step.total.baseline), weight);
    add(into.total.reform, fenOf(step.total.reform), weight);
    add(into.bands[step.band], 1, weight);
    add((into.byArea[household.area] ??= zeroBands())[step.band], 1, weight);
    for (const tier of LOW_INCOME_TIERS) {
      if (step.lowIncome[tier].baseline) add(into.lowIncome[tier].baseline, 1, weight);
      if (step.lowIncome[tier].reform) add(into.lowIncome[tier].reform, 1, weight);
    }
  });
  tally.records.push([household.line, fenOf(household.baselinePerCapitaMonthlyIncome), weight, ...household.steps.map((step) => BANDS.indexOf(step.band))]);
}

function mergeCell(into: Cell, part: Cell): void {
  addCount(into.households, part.households);
  addCount(into.persons, part.persons);
  addCount(into.fen, part.fen);
}

function mergeBands(into: BandTally, part: BandTally): void {
  for (const band of BANDS) addCount(into[band], part[band]);
}

/** Adds `part` into `into` (changes `into`). */
export function mergeImpactTallies(into: ImpactTally, part: ImpactTally): void {
  addCount(into.households, part.households);
  into.invalid += part.invalid;
  part.steps.forEach((step, index) => {
    const target = into.steps[index];
    if (target === undefined) throw new Error("tallies of different numbers of steps cannot merge");
    for (const [key, programme] of Object.entries(step.programmes)) {
      const cell = (target.programmes[key] ??= { baseline: zeroCell(), reform: zeroCell(), entering: zeroCount(), leaving: zeroCount() });
      mergeCell(cell.baseline, programme.baseline);
      mergeCell(cell.reform, programme.reform);
      addCount(cell.entering, programme.entering);
      addCount(cell.leaving, programme.leaving);
    }
    addCount(target.total.baseline, step.total.baseline);
    addCount(target.total.reform, step.total.reform);
    mergeBands(target.bands, step.bands);
    for (const [area, bands] of Object.entries(step.byArea)) mergeBands((target.byArea[area] ??= zeroBands()), bands);
    for (const tier of LOW_INCOME_TIERS) {
      addCount(target.lowIncome[tier].baseline, step.lowIncome[tier].baseline);
      addCount(target.lowIncome[tier].reform, step.lowIncome[tier].reform);
    }
  });
  for (const record of part.records) into.records.push(record);
}

/**
 * Shares in percent with two decimals that sum to exactly 100.00 (largest remainder, Hamilton's method):
 * each share is first cut down to a whole hundredth of a percent, then the hundredths still missing go one
 * each to the largest cut-off remainders, ties to the band listed first. All zero when the group is empty.
 */
export function largestRemainderShares(weights: readonly string[]): string[] {
  const total = weights.reduce((sum, weight) => sum.plus(weight), new Money(0));
  if (total.isZero()) return weights.map(() => "0.00");
  const exact = weights.map((weight) => new Money(weight).times(10000).dividedBy(total));
  const floors = exact.map((value) => value.floor());
  let missing = 10000 - floors.reduce((sum, value) => sum + value.toNumber(), 0);
  const order = exact.map((value, index) => ({ index, remainder: value.minus(floors[index] ?? 0) })).sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  const units = floors.map((value) => value.toNumber());
  for (const { index } of order) {
    if (missing <= 0) break;
    units[index] = (units[index] ?? 0) + 1;
    missing--;
  }
  return units.map((unit) => new Money(unit).dividedBy(100).toFixed(2));
}

export interface BandsSummary {
  /** Households per band, unweighted. */
  readonly households: Readonly<Record<Band, number>>;
  /** Weighted households per band (decimal text). */
  readonly weighted: Readonly<Record<Band, string>>;
  /** Percent of the group's (weighted) households per band; sums to exactly 100.00 (largest remainder). */
  readonly shares: Readonly<Record<Band, string>>;
}

function bandsSummary(counts: Readonly<Record<Band, Count>>): BandsSummary {
  const shares = largestRemainderShares(BANDS.map((band) => counts[band].w));
  return {
    households: Object.fromEntries(BANDS.map((band) => [band, counts[band].n])) as Record<Band, number>,
    weighted: Object.fromEntries(BANDS.map((band) => [band, counts[band].w])) as Record<Band, string>,
    shares: Object.fromEntries(BANDS.map((band, index) => [band, shares[index] ?? "0.00"])) as Record<Band, string>,
  };
}

export interface SideSummary {
  readonly households: number;
  readonly persons: number;
  readonly monthly: MoneyString;
  readonly weighted: { readonly households: string; readonly persons: string; readonly monthly: MoneyString };
}

export interface ProgrammeSummary {
  readonly baseline: SideSummary;
  readonly reform: SideSummary;
  readonly entering: number;
  readonly leaving: number;
  readonly monthlyDifference: MoneyString;
  readonly annualDifference: MoneyString;
  readonly weighted: { readonly entering: string; readonly leaving: string; readonly monthlyDifference: MoneyString; readonly annualDifference: MoneyString };
}

export interface DecileSummary extends BandsSummary {
  readonly decile: number;
  /** The lowest and highest baseline per-capita monthly income in the decile. */
  readonly perCapitaFrom: MoneyString;
  readonly perCapitaTo: MoneyString;
}

export interface StepSummary {
  /** The reform files (or names) applied in this step, in order: the first k. */
  readonly reforms: readonly string[];
  readonly programmes: Readonly<Record<string, ProgrammeSummary>>;
  readonly total: { readonly baseline: MoneyString; readonly reform: MoneyString; readonly monthlyDifference: MoneyString; readonly annualDifference: MoneyString; readonly weighted: { readonly baseline: MoneyString; readonly reform: MoneyString; readonly monthlyDifference: MoneyString; readonly annualDifference: MoneyString } };
  readonly bands: { readonly overall: BandsSummary; readonly byArea: Readonly<Record<string, BandsSummary>>; readonly byDecile: readonly DecileSummary[] };
  readonly lowIncome: Readonly<Record<LowIncomeTier, { readonly baseline: number; readonly reform: number; readonly weighted: { readonly baseline: string; readonly reform: string } }>>;
}

export const IMPACT_SUMMARY_SCHEMA = "social-assistance-rules/impact-summary@1";

export interface ImpactSource {
  readonly file?: string;
  readonly sha256?: string;
  readonly reforms?: ReadonlyArray<{ readonly file: string; readonly sha256: string }>;
  readonly baseline?: { readonly file: string; readonly sha256: string };
}

export interface ImpactSummary {
  readonly schema: typeof IMPACT_SUMMARY_SCHEMA;
  readonly asOf: string;
  readonly baselineAsOf: string;
  readonly engine: { readonly name: string; readonly version: string };
  readonly source: ImpactSource;
  readonly households: number;
  readonly weightedHouseholds: string;
  readonly invalidLines: number;
  readonly steps: readonly StepSummary[];
}

function side(cell: Cell): SideSummary {
  return { households: cell.households.n, persons: cell.persons.n, monthly: formatFen(cell.fen.n), weighted: { households: cell.households.w, persons: cell.persons.w, monthly: formatWeightedFen(new Money(cell.fen.w)) } };
}

/** Monthly and annual (12 × monthly) differences of two counts of fen, unweighted and weighted. */
function differences(before: Count, after: Count): { monthly: MoneyString; annual: MoneyString; weightedMonthly: MoneyString; weightedAnnual: MoneyString } {
  const weighted = new Money(after.w).minus(before.w);
  return { monthly: formatFen(after.n - before.n), annual: formatFen(12 * (after.n - before.n)), weightedMonthly: formatWeightedFen(weighted), weightedAnnual: formatWeightedFen(weighted.times(12)) };
}

/**
 * Deciles of baseline per-capita income: households ranked by it (ties by line), the k-th of n in
 * decile ⌊10 k / n⌋ + 1 (k from 0), so each decile holds n / 10 households give or take one.
 * Ranked unweighted; the bands inside a decile are weighted like every other count.
 */
function deciles(records: readonly DecileRecord[], step: number): DecileSummary[] {
  const sorted = [...records].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const groups: Array<{ counts: BandTally; from: number; to: number } | undefined> = Array.from({ length: 10 }, () => undefined);
  sorted.forEach((record, rank) => {
    const decile = Math.floor((10 * rank) / sorted.length);
    const group = (groups[decile] ??= { counts: zeroBands(), from: record[1], to: record[1] });
    group.to = record[1];
    const band = BANDS[(record as readonly (number | string)[])[3 + step] as number];
    if (band !== undefined) add(group.counts[band], 1, record[2]);
  });
  return groups.flatMap((group, index) => (group === undefined ? [] : [{ decile: index + 1, perCapitaFrom: formatFen(group.from), perCapitaTo: formatFen(group.to), ...bandsSummary(group.counts) }]));
}

/** The summary a tally comes to; `reforms` names the reform of each step (file names in the CLI). */
export function impactSummaryOf(tally: ImpactTally, options: { readonly asOf: string; readonly baselineAsOf: string; readonly reforms: readonly string[]; readonly source?: ImpactSource }): ImpactSummary {
  const steps = tally.steps.map((step, index): StepSummary => {
    const programmes = Object.fromEntries(
      Object.entries(step.programmes).map(([key, programme]) => {
        const difference = differences(programme.baseline.fen, programme.reform.fen);
        return [
          key,
          {
            baseline: side(programme.baseline),
            reform: side(programme.reform),
            entering: programme.entering.n,
            leaving: programme.leaving.n,
            monthlyDifference: difference.monthly,
            annualDifference: difference.annual,
            weighted: { entering: programme.entering.w, leaving: programme.leaving.w, monthlyDifference: difference.weightedMonthly, annualDifference: difference.weightedAnnual },
          },
        ];
      }),
    );
    const total = differences(step.total.baseline, step.total.reform);
    const areas = Object.keys(step.byArea).sort();
    return {
      reforms: options.reforms.slice(0, index + 1),
      programmes,
      total: {
        baseline: formatFen(step.total.baseline.n),
        reform: formatFen(step.total.reform.n),
        monthlyDifference: total.monthly,
        annualDifference: total.annual,
        weighted: { baseline: formatWeightedFen(new Money(step.total.baseline.w)), reform: formatWeightedFen(new Money(step.total.reform.w)), monthlyDifference: total.weightedMonthly, annualDifference: total.weightedAnnual },
      },
      bands: { overall: bandsSummary(step.bands), byArea: Object.fromEntries(areas.map((area) => [area, bandsSummary(step.byArea[area] ?? zeroBands())])), byDecile: deciles(tally.records, index) },
      lowIncome: Object.fromEntries(LOW_INCOME_TIERS.map((tier) => [tier, { baseline: step.lowIncome[tier].baseline.n, reform: step.lowIncome[tier].reform.n, weighted: { baseline: step.lowIncome[tier].baseline.w, reform: step.lowIncome[tier].reform.w } }])) as StepSummary["lowIncome"],
    };
  });
  return {
    schema: IMPACT_SUMMARY_SCHEMA,
    asOf: options.asOf,
    baselineAsOf: options.baselineAsOf,
    engine: { name: ENGINE_NAME, version: ENGINE_VERSION },
    source: options.source ?? {},
    households: tally.households.n,
    weightedHouseholds: tally.households.w,
    invalidLines: tally.invalid,
    steps,
  };
}
