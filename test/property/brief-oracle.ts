/**
 * An independent reading of the brief for the household-level figures and for R0 + R1 + R5 of a
 * household that does not receive dibao today: written by hand from the policy brief (now stated in docs/rules.md R0, R1, R5;
 * docs/parameters.md tables; docs/contract.md income kinds), in integer cents, sharing no code with src/ but the
 * input types. The property tests compare the library with it field by field; where they differ, one of
 * the two misreads the brief. Its figures are transcribed into this file by hand, so it reads no file and
 * tests the same on any clone.
 */
import type { HouseholdInput } from "../../src/model/household.js";
import { daysInMonth, isoDate, isLeapYear, moneyToCents, splitDate, type Ymd } from "../arbitraries.js";

type MemberInput = HouseholdInput["members"][number];

/** The dibao standard (docs/parameters.md, series dibao.standard.urban and dibao.standard.rural): from, urban, rural (yuan per person per month). */
const STANDARDS: ReadonlyArray<readonly [string, number, number]> = [
  ["2018-01-01", 546, 410],
  ["2019-07-01", 580, 440],
  ["2020-09-01", 620, 496],
  ["2021-09-01", 636, 515],
  ["2022-09-01", 717, 581],
  ["2023-09-01", 735, 600],
  ["2024-09-01", 750, 610],
  ["2025-07-01", 770, 630],
];

/** The area's standard in force on asOf, in cents. */
export function standardCents(area: "urban" | "rural", asOf: string): bigint {
  let value: number | undefined;
  for (const [from, urban, rural] of STANDARDS) if (from <= asOf) value = area === "urban" ? urban : rural;
  if (value === undefined) throw new Error(`no standard before 2018-01-01 (${asOf})`);
  return BigInt(value) * 100n;
}

/** docs/contract.md: countable for dibao; basic pension excluded (docs/rules.md R0), with INT-3 off only inside 2021-07-01 … 2025-12-31. */
const COUNTABLE = new Set(["wage", "business", "property", "transfer", "pension", "other", "old-age-allowance", "social-insurance"]);

export interface OracleOptions {
  readonly int1: boolean;
  readonly int3: boolean;
  readonly int4: boolean;
  readonly int10: boolean;
  /** Supporters inside the household (docs/rules.md "R4 amendment"); absent: on. */
  readonly int12?: boolean;
}

/** Age in full years (周岁); born 29 February: a year older on 1 March of a common year (INT-1), or on 28 February with INT-1 off. */
export function fullYears(birth: Ymd, on: Ymd, int1: boolean): number {
  let age = on.year - birth.year;
  const before = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  if (before) age--;
  if (!int1 && birth.month === 2 && birth.day === 29 && on.month === 2 && on.day === 28 && !isLeapYear(on.year)) age++;
  return age;
}

/** A member's monthly income of the countable kinds of R0, before deductions, in cents. */
export function grossCents(member: MemberInput, asOf: string, options: OracleOptions): bigint {
  const basicPensionCounts = !options.int3 && (asOf < "2021-07-01" || asOf > "2025-12-31");
  let gross = 0n;
  for (const income of member.incomes ?? []) {
    if (COUNTABLE.has(income.kind) || (income.kind === "basic-pension" && basicPensionCounts)) gross += moneyToCents(income.monthly);
  }
  return gross;
}

/**
 * A member's countable monthly income in cents (R0): countable kinds minus deductions, floored at 0 under
 * INT-4; with INT-4 off it may be negative (the excess offsets other members' income, see {@link totalCents}).
 */
export function countableCents(member: MemberInput, asOf: string, options: OracleOptions): bigint {
  let deductions = 0n;
  for (const deduction of member.deductions ?? []) deductions += moneyToCents(deduction.monthly);
  const net = grossCents(member, asOf, options) - deductions;
  return options.int4 && net < 0n ? 0n : net;
}

/** The household's total countable income (R0): the members' incomes summed; never below 0 (INT-4 off: the offsets stop at 0). */
export function totalCents(members: readonly MemberInput[], asOf: string, options: OracleOptions): bigint {
  let total = 0n;
  for (const member of members) total += countableCents(member, asOf, options);
  return total < 0n ? 0n : total;
}

/** R5: the highest of 60 (grade 1–2), 60 (serious illness), 60 (age ≥ 70), 100 (preschool under 6 not in school, or student), plus 40 if disabled. */
export function topUpCents(member: MemberInput, asOf: string, options: OracleOptions): bigint {
  const age = fullYears(splitDate(member.birthDate), splitDate(asOf), options.int1);
  const schooling = member.schooling ?? "none";
  const candidates: bigint[] = [];
  if (member.disability != null && member.disability.grade <= 2) candidates.push(6000n);
  if (member.seriousIllness === true) candidates.push(6000n);
  if (age >= 70) candidates.push(6000n);
  if (schooling !== "none" || (options.int10 && age < 6)) candidates.push(10000n);
  let best = 0n;
  for (const candidate of candidates) if (candidate > best) best = candidate;
  return best + (member.disability != null ? 4000n : 0n);
}

/** Half-up division to whole cents (decimal.js ROUND_HALF_UP rounds halves away from zero). */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (2n * magnitude + denominator) / (2n * denominator);
  return negative ? -rounded : rounded;
}

export function centsToMoney(cents: bigint): string {
  const negative = cents < 0n;
  const magnitude = negative ? -cents : cents;
  return `${negative ? "-" : ""}${magnitude / 100n}.${(magnitude % 100n).toString().padStart(2, "0")}`;
}

export function firstOfNextMonth(asOf: string): string {
  const { year, month } = splitDate(asOf);
  return month === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, month + 1, 1);
}

export interface OracleFigures {
  readonly countedMembers: number;
  readonly countableMonthlyIncome: string;
  readonly perCapitaMonthlyIncome: string;
  readonly standard: string;
  readonly nearDibaoLine: string | null;
}

export interface OracleDibao {
  readonly status: "eligible" | "ineligible" | "needs-review";
  readonly monthlyAmount: string | null;
  readonly baseAmount: string | null;
  readonly topUps: ReadonlyArray<{ readonly memberId: string; readonly amount: string }>;
  readonly paymentStart: string | null;
  readonly stopFrom: null;
  readonly window: null;
}

/** The figures every determination shows (docs/contract.md "figures"; docs/rules.md R0, R1; near-dibao line from 2020-09-07, docs/parameters.md). */
export function oracleFigures(household: HouseholdInput, asOf: string, options: OracleOptions): OracleFigures {
  const counted = household.members.filter((member) => member.excluded == null);
  const n = BigInt(counted.length);
  const total = totalCents(counted, asOf, options);
  const standard = standardCents(household.area, asOf);
  return {
    countedMembers: counted.length,
    countableMonthlyIncome: centsToMoney(total),
    perCapitaMonthlyIncome: centsToMoney(divideHalfUp(total, n)),
    standard: centsToMoney(standard),
    nearDibaoLine: asOf >= "2020-09-07" ? centsToMoney((standard * 3n) / 2n) : null,
  };
}

/** R1 for a household not receiving dibao and not in a gradual-exit window: income test, property test, amount with R5 top-ups. */
export function oracleDibao(household: HouseholdInput, asOf: string, options: OracleOptions): OracleDibao {
  const counted = household.members.filter((member) => member.excluded == null);
  const n = BigInt(counted.length);
  const total = totalCents(counted, asOf, options);
  const standardTimesN = standardCents(household.area, asOf) * n;
  const incomeMet = total < standardTimesN;
  const compliant = household.assets?.compliant;
  const none = { monthlyAmount: null, baseAmount: null, topUps: [], paymentStart: null, stopFrom: null, window: null } as const;
  if (!incomeMet || compliant === false) return { status: "ineligible", ...none };
  if (compliant == null) return { status: "needs-review", ...none };
  const base = standardTimesN - total;
  const topUps = counted.map((member) => ({ memberId: member.id, cents: topUpCents(member, asOf, options) })).filter((entry) => entry.cents > 0n);
  const topUpTotal = topUps.reduce((sum, entry) => sum + entry.cents, 0n);
  return {
    status: "eligible",
    monthlyAmount: centsToMoney(base + topUpTotal),
    baseAmount: centsToMoney(base),
    topUps: topUps.map((entry) => ({ memberId: entry.memberId, amount: centsToMoney(entry.cents) })),
    paymentStart: firstOfNextMonth(asOf),
    stopFrom: null,
    window: null,
  };
}

/** Interpretation switches of one call, all on unless switched off (docs/rules.md). */
export function oracleOptions(interpretations: Partial<Record<string, boolean>> | undefined): OracleOptions {
  return {
    int1: interpretations?.["INT-1"] !== false,
    int3: interpretations?.["INT-3"] !== false,
    int4: interpretations?.["INT-4"] !== false,
    int10: interpretations?.["INT-10"] !== false,
  };
}

/** The last day of the month of `date` (used by window checks). */
export function endOfMonth(date: string): string {
  const { year, month } = splitDate(date);
  return isoDate(year, month, daysInMonth(year, month));
}

// ---- R4 extreme-poverty support (docs/rules.md R4; docs/parameters.md basic standard and care subsidy) ----

type Outcome = "met" | "not-met" | "unknown";

/** Three-valued AND and OR (docs/rules.md R1: a definite failure beats an unknown). */
function all(outcomes: readonly Outcome[]): Outcome {
  return outcomes.includes("not-met") ? "not-met" : outcomes.includes("unknown") ? "unknown" : "met";
}
function any(outcomes: readonly Outcome[]): Outcome {
  return outcomes.includes("met") ? "met" : outcomes.includes("unknown") ? "unknown" : "not-met";
}
function known(value: boolean | null | undefined): Outcome {
  return value == null ? "unknown" : value ? "met" : "not-met";
}

/** docs/parameters.md: the extreme-poverty basic standard (特困), yuan per person per month. */
const BASIC: ReadonlyArray<readonly [string, number]> = [
  ["2018-01-01", 710],
  ["2019-07-01", 754],
  ["2020-09-01", 806],
  ["2021-09-01", 827],
  ["2022-09-01", 932],
  ["2023-09-01", 955],
  ["2024-09-01", 975],
  ["2025-07-01", 1001],
];

/** docs/parameters.md: care subsidy by tier (self-care, partial, full). */
const CARE: ReadonlyArray<readonly [string, number, number, number]> = [
  ["2018-01-01", 0, 200, 300],
  ["2020-09-01", 50, 200, 300],
  ["2024-09-01", 100, 300, 500],
];

function inForce<T extends readonly [string, ...unknown[]]>(rows: readonly T[], asOf: string): T {
  let row = rows[0] as T;
  for (const candidate of rows) if (candidate[0] <= asOf) row = candidate;
  return row;
}

/** R4 condition 2: own income counts every kind but the basic pension, social insurance, preferential care, the old-age allowance and (INT-11) social assistance; no deductions. */
const NOT_OWN_LIVELIHOOD = new Set(["basic-pension", "social-insurance", "preferential-care", "old-age-allowance"]);

type SupporterInput = NonNullable<MemberInput["supporters"]>[number];

/** docs/parameters.md: resident per-capita disposable income of a year (yuan per year), read for asOf in the year after. */
const DISPOSABLE: Readonly<Record<number, { readonly urban: number; readonly rural: number }>> = {
  2018: { urban: 34889, rural: 13781 },
  2023: { urban: 47435, rural: 20820 },
};

/** The art-8 facts of one supporter (listed, or a household member under INT-12); undefined = not given. */
interface SupporterFacts {
  readonly birthDate: string | null | undefined;
  readonly specialHardship: boolean | null | undefined;
  readonly dibaoRecipient: boolean | null | undefined;
  readonly disability: MemberInput["disability"];
  readonly annualIncomeCents: bigint | undefined;
  readonly assets: boolean | null | undefined;
  readonly legalIncapacity: SupporterInput["legalIncapacity"];
}

function listedFacts(supporter: SupporterInput): SupporterFacts {
  return {
    birthDate: supporter.birthDate,
    specialHardship: supporter.specialHardship,
    dibaoRecipient: supporter.dibaoRecipient,
    disability: supporter.disability,
    annualIncomeCents: supporter.annualIncome == null ? undefined : moneyToCents(supporter.annualIncome),
    assets: supporter.assetsWithinLowIncomeRules,
    legalIncapacity: supporter.legalIncapacity,
  };
}

/** R4 condition 3, one supporter: unable when any of the five cases of shp-identification-2021/art-8 holds; the income figure is the household area's for the year before asOf. */
function supporterUnable(supporter: SupporterFacts, area: "urban" | "rural", asOf: string, options: OracleOptions): Outcome {
  const age = supporter.birthDate == null ? undefined : fullYears(splitDate(supporter.birthDate), splitDate(asOf), options.int1);
  const atLeast = (years: number): Outcome => (age === undefined ? "unknown" : age >= years ? "met" : "not-met");
  const assets = known(supporter.assets);
  const figure = DISPOSABLE[splitDate(asOf).year - 1]?.[area];
  const lowIncome: Outcome = figure === undefined || supporter.annualIncomeCents === undefined ? "unknown" : supporter.annualIncomeCents < BigInt(figure) * 100n ? "met" : "not-met";
  const d = supporter.disability;
  const severe = d != null && (d.grade <= 2 || (d.grade === 3 && (d.category === "intellectual" || d.category === "mental")));
  return any([
    known(supporter.specialHardship),
    all([atLeast(60), known(supporter.dibaoRecipient)]),
    all([atLeast(70), lowIncome, assets]),
    severe ? all([lowIncome, assets]) : "not-met",
    supporter.legalIncapacity != null ? assets : "not-met",
  ]);
}

/**
 * docs/rules.md "R4 amendment" (INT-12): the household members who owe X a legal duty — X's spouse; X's parents
 * when X is a minor or cannot live independently (an art-5 disability, or in school); X's adult children —
 * from the relations to self, each with every art-8 fact taken from the household.
 */
function householdSupporterFacts(household: HouseholdInput, x: MemberInput, asOf: string, options: OracleOptions): SupporterFacts[] {
  const ageOf = (m: MemberInput) => fullYears(splitDate(m.birthDate), splitDate(asOf), options.int1);
  const d = x.disability;
  const art5 = d != null && (((d.category === "intellectual" || d.category === "mental") && d.grade <= 3) || (d.category === "physical" && d.grade <= 2) || (d.category === "visual" && d.grade === 1));
  const dependent = ageOf(x) < 18 || (x.schooling ?? "none") !== "none" || art5;
  const supported = new Set(household.status?.specialHardshipMemberIds ?? []);
  const owes = (m: MemberInput): boolean => {
    const [mine, theirs] = [x.relation, m.relation];
    const spouse = (mine === "self" && theirs === "spouse") || (mine === "spouse" && theirs === "self");
    const parent = dependent && ((mine === "child" && (theirs === "self" || theirs === "spouse")) || (mine === "self" && theirs === "parent"));
    const adultChild = ageOf(m) >= 18 && (((mine === "self" || mine === "spouse") && theirs === "child") || (mine === "parent" && (theirs === "self" || theirs === "sibling")));
    return spouse || parent || adultChild;
  };
  return household.members
    .filter((m) => m !== x && owes(m))
    .map((m) => ({
      birthDate: m.birthDate,
      specialHardship: supported.has(m.id),
      dibaoRecipient: household.status?.dibao != null,
      disability: m.disability,
      annualIncomeCents: 12n * grossCents(m, asOf, options),
      assets: household.assets?.compliant,
      legalIncapacity: m.excluded === "imprisoned" || m.excluded === "declared-missing" ? m.excluded : null,
    }));
}

export interface OracleSpecialHardshipEntry {
  readonly memberId: string;
  readonly status: "eligible" | "ineligible" | "needs-review";
  readonly basicMonthly: string | null;
  readonly careMonthly: string | null;
  readonly careTier: "self-care" | "partial" | "full" | null;
  readonly supportStart: string | null;
}

/** R4 for every counted member, in member order. */
export function oracleSpecialHardship(household: HouseholdInput, asOf: string, options: OracleOptions & { readonly int9: boolean; readonly int11: boolean }): OracleSpecialHardshipEntry[] {
  const supported = new Set(household.status?.specialHardshipMemberIds ?? []);
  const standard = standardCents(household.area, asOf);
  return household.members
    .filter((member) => member.excluded == null)
    .map((member): OracleSpecialHardshipEntry => {
      const age = fullYears(splitDate(member.birthDate), splitDate(asOf), options.int1);
      const d = member.disability;
      const schooling = member.schooling ?? "none";
      // Condition 1 (art-5), with continuation of support held (art-24) and INT-9 for entry on age alone.
      const disabled = d != null && (((d.category === "intellectual" || d.category === "mental") && d.grade <= 3) || (d.category === "physical" && d.grade <= 2) || (d.category === "visual" && d.grade === 1));
      const continuing = supported.has(member.id) && (age < 18 || ["compulsory", "high-school", "vocational"].includes(schooling));
      const capacity: Outcome = age >= 60 || age < (options.int9 ? 16 : 18) || disabled || continuing ? "met" : "not-met";
      // art-9: a minor who chose orphan support is not an extreme-poverty person.
      const orphan: Outcome = age < 18 && member.orphanSupportChosen === true ? "not-met" : "met";
      let own = 0n;
      for (const income of member.incomes ?? []) {
        if (NOT_OWN_LIVELIHOOD.has(income.kind) || (options.int11 && income.kind === "social-assistance")) continue;
        own += moneyToCents(income.monthly);
      }
      const livelihood = all([own < standard ? "met" : "not-met", known(member.ownAssetsCompliant)]);
      // Condition 3: the AND over the household's own supporters (INT-12) and the listed ones; the list absent is unknown.
      const inHousehold = options.int12 === false ? [] : householdSupporterFacts(household, member, asOf, options);
      const listed: Outcome = member.supporters == null ? "unknown" : all(member.supporters.map((s) => supporterUnable(listedFacts(s), household.area, asOf, options)));
      const supporters: Outcome = all([...inHousehold.map((s) => supporterUnable(s, household.area, asOf, options)), listed]);
      const outcome = all([capacity, orphan, livelihood, supporters]);
      const none = { memberId: member.id, basicMonthly: null, careMonthly: null, careTier: null, supportStart: null };
      if (outcome === "not-met") return { ...none, status: "ineligible" };
      if (outcome === "unknown") return { ...none, status: "needs-review" };
      const [, basic] = inForce(BASIC, asOf);
      const adl = member.selfCare?.adlFailed;
      const tier = adl == null ? null : adl === 0 ? "self-care" : adl <= 3 ? "partial" : "full";
      const [, selfCare, partial, full] = inForce(CARE, asOf);
      const care = tier === null ? null : tier === "self-care" ? selfCare : tier === "partial" ? partial : full;
      return {
        memberId: member.id,
        status: "eligible",
        basicMonthly: centsToMoney(BigInt(basic) * 100n),
        careMonthly: care === null ? null : centsToMoney(BigInt(care) * 100n),
        careTier: tier,
        supportStart: firstOfNextMonth(asOf),
      };
    });
}

// ---- R1 + R2 for any household, recipients and windows included (docs/rules.md R1, R2; docs/parameters.md, series gradual-exit.*) ----

export interface OracleWindow {
  readonly start: string;
  readonly end: string;
  readonly rule: "current" | "legacy";
}

export interface OracleDibaoSection {
  readonly status: "eligible" | "ineligible" | "gradual-exit" | "needs-review";
  readonly monthlyAmount: string | null;
  readonly baseAmount: string | null;
  readonly topUps: ReadonlyArray<{ readonly memberId: string; readonly amount: string }>;
  readonly paymentStart: string | null;
  readonly stopFrom: string | null;
  readonly window: OracleWindow | null;
}

/** The gradual-exit rule in force on a date: the current 1.5× rule from 2020-09-07, the legacy 2× rule before. */
function regimeOn(date: string): "current" | "legacy" {
  return date >= "2020-09-07" ? "current" : "legacy";
}

function dayBefore(date: string): string {
  const { year, month, day } = splitDate(date);
  if (day > 1) return isoDate(year, month, day - 1);
  if (month > 1) return isoDate(year, month - 1, daysInMonth(year, month - 1));
  return isoDate(year - 1, 12, 31);
}

/** The last day of the 6th calendar month of a window starting on the first of a month. */
function sixthMonthEnd(start: string): string {
  const { year, month } = splitDate(start);
  const index = year * 12 + (month - 1) + 5;
  const endYear = Math.floor(index / 12);
  const endMonth = (index % 12) + 1;
  return isoDate(endYear, endMonth, daysInMonth(endYear, endMonth));
}

/** The dibao section of any household: R1, then R2 for a recipient whose income test fails or a window that is running. */
export function oracleDibaoSection(household: HouseholdInput, asOf: string, options: OracleOptions & { readonly int5: boolean }): OracleDibaoSection {
  const r1 = oracleDibao(household, asOf, options);
  const recipient = household.status?.dibao != null;
  const running = household.status?.gradualExit ?? null;
  const inWindow = running !== null && asOf <= running.end;
  const next = firstOfNextMonth(asOf);
  const empty = { monthlyAmount: null, baseAmount: null, topUps: [], paymentStart: null, stopFrom: null, window: null } as const;
  const stop: OracleDibaoSection = { status: "ineligible", ...empty, stopFrom: next };
  const review: OracleDibaoSection = { status: "needs-review", ...empty };
  const kept = household.status?.dibao?.monthlyAmount;
  const keptAmount = kept == null ? null : centsToMoney(moneyToCents(kept));
  const compliant = household.assets?.compliant;

  const counted = household.members.filter((member) => member.excluded == null);
  const n = BigInt(counted.length);
  const total = totalCents(counted, asOf, options);
  const standardTimesN = standardCents(household.area, asOf) * n;
  const incomeBelow = total < standardTimesN;

  // R1 decides: not a recipient and no window running, or income back below the standard (INT-7).
  if ((!recipient && !inWindow) || incomeBelow) {
    // A recipient found ineligible is stopped from next month (saim/art-13).
    return r1.status === "ineligible" && recipient ? stop : r1;
  }
  // A window running: it runs to its end whatever income does, if the property test passes (INT-7).
  if (inWindow && running !== null) {
    if (compliant === false) return stop;
    if (compliant == null) return review;
    return { status: "gradual-exit", ...empty, monthlyAmount: keptAmount, window: { start: running.start, end: running.end, rule: regimeOn(dayBefore(running.start)) } };
  }
  // A window just used, with no return to dibao since: no second window in a row (INT-7).
  const since = household.status?.dibao?.since;
  if (running !== null && (since == null || since <= running.end)) return stop;
  // A new window: scope (legacy: rural registered poor only), bound (< 2× legacy, < 1.5× current; INT-5 at the standard), property.
  const rule = regimeOn(asOf);
  const registration = household.status?.povertyRegistration;
  const scope: Outcome = rule === "current" || (household.area === "rural" && (registration === "unlifted" || registration === "lifted" || registration === "lifted-unstable")) ? "met" : "not-met";
  const atStandard = total === standardTimesN;
  const belowBound = rule === "current" ? 2n * total < 3n * standardTimesN : total < 2n * standardTimesN;
  const bound: Outcome = belowBound && (!atStandard || options.int5) ? "met" : "not-met";
  const outcome = all([scope, bound, known(compliant)]);
  if (outcome === "not-met") return stop;
  if (outcome === "unknown") return review;
  return { status: "gradual-exit", ...empty, monthlyAmount: keptAmount, window: { start: next, end: sixthMonthEnd(next), rule } };
}

// ---- R3 single-person-household referral (docs/rules.md R3, INT-8) ----

export interface OracleReferral {
  readonly memberId: string;
  readonly route: "registered-poor" | "near-dibao" | "adult-severe-disability";
  readonly status: "refer" | "needs-review";
  readonly monthlyAmount: string | null;
}

/** Support paid by these is not the person's income on the adult route (backstop-notice-2022/1-1). */
const EXEMPT_SUPPORT = new Set(["sibling", "elderly-60-plus"]);

/** R3 for every counted member who is severely disabled or seriously ill, given the dibao status R1/R2 decided. */
export function oracleReferrals(household: HouseholdInput, asOf: string, dibaoStatus: OracleDibaoSection["status"], options: OracleOptions): OracleReferral[] {
  // "申请家庭符合条件的，不得仅将个别家庭成员纳入低保范围": an eligible household refers no one alone.
  if (dibaoStatus === "eligible") return [];
  const gate: Outcome = dibaoStatus === "needs-review" ? "unknown" : "met";
  const standard = standardCents(household.area, asOf);
  const counted = household.members.filter((member) => member.excluded == null);
  const n = BigInt(counted.length);
  const total = totalCents(counted, asOf, options);
  const referrals: OracleReferral[] = [];
  for (const member of counted) {
    const d = member.disability;
    const severelyDisabled = d != null && (d.grade <= 2 || (asOf >= "2021-07-01" && d.grade === 3 && (d.category === "intellectual" || d.category === "mental")));
    if (!severelyDisabled && member.seriousIllness !== true) continue;
    // A person assessed alone (INT-8): own income never below 0, whatever INT-4 says.
    const ownRaw = countableCents(member, asOf, options);
    const own = ownRaw < 0n ? 0n : ownRaw;
    // The adult route does not count support from siblings or people aged 60+ as the person's income;
    // what is left is never below 0 there, whatever INT-4 says (the library's reading, kept here).
    const ownAdultRaw = countableCents({ ...member, incomes: (member.incomes ?? []).filter((income) => income.supportFrom == null || !EXEMPT_SUPPORT.has(income.supportFrom)) }, asOf, options);
    const ownAdult = ownAdultRaw < 0n ? 0n : ownAdultRaw;
    const below = (income: bigint): Outcome => (income < standard ? "met" : "not-met");
    const age = fullYears(splitDate(member.birthDate), splitDate(asOf), options.int1);
    const routes: Array<{ route: OracleReferral["route"]; outcome: Outcome; income: bigint }> = [
      { route: "registered-poor", outcome: all([gate, household.status?.povertyRegistration === "unlifted" ? "met" : "not-met", below(own)]), income: own },
      {
        route: "near-dibao",
        outcome:
          asOf >= "2020-09-07"
            ? all([gate, total >= standard * n && 2n * total < 3n * standard * n ? "met" : "not-met", known(household.assets?.compliant), below(own)])
            : "not-met",
        income: own,
      },
      {
        route: "adult-severe-disability",
        outcome:
          asOf >= "2022-10-20"
            ? all([gate, age >= 18 ? "met" : "not-met", member.employed == null ? "unknown" : member.employed ? "not-met" : "met", severelyDisabled ? "met" : "not-met", below(ownAdult)])
            : "not-met",
        income: ownAdult,
      },
    ];
    const chosen = routes.find((route) => route.outcome === "met") ?? routes.find((route) => route.outcome === "unknown");
    if (chosen === undefined) continue;
    referrals.push({
      memberId: member.id,
      route: chosen.route,
      status: chosen.outcome === "met" ? "refer" : "needs-review",
      // INT-8: assessed as a one-person household: S − own income, plus the person's classified top-up.
      monthlyAmount: chosen.outcome === "met" ? centsToMoney(standard - chosen.income + topUpCents(member, asOf, options)) : null,
    });
  }
  return referrals;
}
