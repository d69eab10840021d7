/**
 * fast-check arbitraries for valid households, built from the same vocabulary as the schema (the enum
 * arrays and limits exported by src/model/household.ts), so a value added to the contract is generated
 * here without editing this file. Dates and calendar facts are computed here from the Gregorian rules,
 * independently of src/model/date.ts, so a bug there cannot hide itself in the generated input.
 *
 * Values are skewed towards the places the rules turn: ages 6, 16, 18, 60, 70, the Chongqing standards
 * and their 1.5× / 2× multiples, the policy change dates, leap days and the ends of months.
 */
import fc from "fast-check";
import {
  AREAS,
  DEDUCTION_KINDS,
  DIFFICULTIES,
  DISABILITY_CATEGORIES,
  DWELLING_SAFETY_GRADES,
  EXCLUSION_REASONS,
  EXPENDITURE_KINDS,
  INCOME_KINDS,
  LEGAL_INCAPACITIES,
  LIMITS,
  MEMBER_RELATIONS,
  POVERTY_REGISTRATIONS,
  REVIEW_CATEGORIES,
  SCHOOLING,
  SHOCK_CAUSES,
  SHOCK_EFFECTS,
  SUPPORTER_RELATIONS,
  SUPPORT_ARRANGEMENTS,
  SUPPORT_SOURCES,
  type HouseholdInput,
} from "../src/model/household.js";
import { SWITCHABLE_INTERPRETATIONS, type InterpretationId } from "../src/policy/interpretations.js";

type MemberInput = HouseholdInput["members"][number];
type IncomeInput = NonNullable<MemberInput["incomes"]>[number];
type SupporterInput = NonNullable<MemberInput["supporters"]>[number];
type MoneyInput = IncomeInput["monthly"];

/**
 * The share of a property's full run count that `npm test` makes: every property runs on every `npm test`,
 * on a tenth of its households; `npm run test:properties:long` sets `PROPERTY_FULL=1` for the full count.
 */
const QUICK_SHARE = 10;
const QUICK_FLOOR = 100;

/**
 * How many runs a property makes, given its full count: a tenth of it in `npm test` (at least 100), the
 * full count with `PROPERTY_FULL=1` (`npm run test:properties:long`); `PROPERTY_RUNS` overrides both (the
 * long run's 100 000); mutation testing runs 50 at most, with a fixed seed (Stryker reruns every covering
 * test for each of ~1 900 mutants). `quick`, when given, replaces the tenth in `npm test`.
 */
export function propertyRuns(full: number, quick?: number): number {
  const override = process.env.PROPERTY_RUNS;
  if (override !== undefined && override !== "") return Number(override);
  if (process.env.MUTATION === "1") return Math.min(full, 50);
  if (process.env.PROPERTY_FULL === "1") return full;
  // `quick`: a property whose full count exists for the long run alone (100 000 households decided twice)
  // names what npm test makes of it, where a tenth would take minutes.
  if (quick !== undefined) return Math.min(full, quick);
  // Never fewer than 100 households (or the full count when it is smaller): a tenth of a small count says little.
  return Math.max(Math.min(full, QUICK_FLOOR), Math.ceil(full / QUICK_SHARE));
}

/**
 * fast-check parameters: random seed normally (fast-check prints it on failure; `PROPERTY_SEED` replays
 * one). Under mutation testing a fixed seed, so every mutant meets the same households, and no
 * shrinking: a mutant is killed by the first counterexample, and shrinking it costs thousands of runs.
 */
export function propertyOptions(): { seed?: number; endOnFailure?: boolean } {
  const mutation = process.env.MUTATION === "1";
  const seed = process.env.PROPERTY_SEED ?? (mutation ? "20251015" : undefined);
  return { ...(seed === undefined ? {} : { seed: Number(seed) }), ...(mutation ? { endOnFailure: true } : {}) };
}

/** A test timeout for a property of `runs` evaluations: generous (20 ms each, with coverage on 2 cores), never below 30 s. */
export function timeoutFor(runs: number): number {
  return Math.max(30_000, runs * 20);
}

// ---- calendar (Gregorian rules, written out independently of src/model/date.ts) ----

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function splitDate(text: string): Ymd {
  const [year, month, day] = text.split("-").map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

/** A real calendar date with the year in [minYear, maxYear]; the day is clamped to the month's length. */
export function dateBetweenYears(minYear: number, maxYear: number): fc.Arbitrary<string> {
  return fc
    .record({ year: fc.integer({ min: minYear, max: maxYear }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map(({ year, month, day }) => isoDate(year, month, Math.min(day, daysInMonth(year, month))));
}

/**
 * Dates where the brief changes something (`docs/parameters.md`, `docs/rules.md`), with the day before: standards
 * from 2019-07-01, 2020-09-01, 2021-09-01, 2022-09-01, 2023-09-01, 2024-09-01, 2025-07-01; the 2020-09-07
 * meeting; the 2021 measures (2021-07-01); the 2022 backstop notice (2022-10-20); the end of the 14th
 * Five-Year Plan (2025-12-31 / 2026-01-01); staleness from 2026-07-01; and leap days.
 */
export const POLICY_DATES = [
  "2018-01-01",
  "2019-06-30",
  "2019-07-01",
  "2020-02-29",
  "2020-08-31",
  "2020-09-01",
  "2020-09-06",
  "2020-09-07",
  "2021-02-28",
  "2021-06-30",
  "2021-07-01",
  "2021-08-31",
  "2021-09-01",
  "2022-08-31",
  "2022-09-01",
  "2022-10-19",
  "2022-10-20",
  "2023-02-28",
  "2023-08-31",
  "2023-09-01",
  "2023-12-31",
  "2024-02-28",
  "2024-02-29",
  "2024-08-31",
  "2024-09-01",
  "2025-02-28",
  "2025-06-30",
  "2025-07-01",
  "2025-12-31",
  "2026-01-01",
  "2026-06-30",
  "2026-07-01",
  "2028-02-29",
] as const;

/** The assessment date: the shipped parameters start on 2018-01-01; mostly 2018–2031, sometimes up to the schema's 2200. */
export const asOfArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: dateBetweenYears(2018, 2031) },
  { weight: 3, arbitrary: fc.constantFrom(...POLICY_DATES) },
  { weight: 1, arbitrary: dateBetweenYears(2018, 2200) },
);

/** Ages where a rule turns (6, 16, 18, 60, 70) and their neighbours, or any age up to 110. */
const ageArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0, 5, 6, 7, 15, 16, 17, 18, 19, 59, 60, 61, 69, 70, 71) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 110 }) },
);

/** The earliest birth date the contract accepts (1900-01-01), written here rather than imported. */
const EARLIEST_BIRTH_YEAR = 1900;

/**
 * A birth date on or before `asOf` (the schema rejects later ones) and not before 1900, for a person of
 * about `age` full years: the birthday falls anywhere in the year, sometimes on asOf's own month and day,
 * or on 29 February.
 */
export function birthDateArb(asOf: string, minYear = EARLIEST_BIRTH_YEAR): fc.Arbitrary<string> {
  const on = splitDate(asOf);
  return fc
    .record({
      age: ageArb,
      shape: fc.constantFrom("any", "any", "same-day", "day-after", "leap-day"),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ age, shape, month, day }) => {
      let year = Math.max(minYear, on.year - age);
      let m = month;
      let d = day;
      if (shape === "same-day" || shape === "day-after") {
        m = on.month;
        d = on.day;
      }
      if (shape === "leap-day") {
        m = 2;
        d = 29;
        while (!isLeapYear(year) && year > minYear) year--;
        if (!isLeapYear(year)) d = 28;
      }
      d = Math.min(d, daysInMonth(year, m));
      if (shape === "day-after" && d < daysInMonth(year, m)) d++;
      const text = isoDate(year, m, d);
      return text > asOf ? asOf : text;
    });
}

// ---- money ----

/** Canonical cents as `"1234.5"`-style text of 0, 1 or 2 decimals, sometimes with leading zeros. */
function centsToText(cents: bigint, decimals: 0 | 1 | 2, leadingZeros: number): string {
  const integer = (cents / 100n).toString();
  const fraction = (cents % 100n).toString().padStart(2, "0");
  const pad = "0".repeat(leadingZeros);
  if (decimals === 0) return `${pad}${integer}`;
  if (decimals === 1) return `${pad}${integer}.${fraction.slice(0, 1)}`;
  return `${pad}${integer}.${fraction}`;
}

/** The Chongqing standards and their 1.5× and 2× multiples (`docs/parameters.md`): incomes near them decide tests. */
const STANDARD_AMOUNTS = [410, 415, 440, 496, 515, 526, 546, 581, 600, 610, 620, 630, 636, 717, 735, 750, 770];

/**
 * An amount of money as the contract accepts it: a decimal string of at most 2 decimals and 12 integer
 * digits, or a finite number whose shortest decimal text has at most 2 decimals.
 */
export function moneyArb(scale: "monthly" | "annual" = "monthly"): fc.Arbitrary<MoneyInput> {
  const typical = scale === "monthly" ? 500_000n : 10_000_000n;
  const cents = fc.oneof(
    { weight: 5, arbitrary: fc.bigInt({ min: 0n, max: typical }) },
    {
      weight: 3,
      arbitrary: fc
        .record({ base: fc.constantFrom(...STANDARD_AMOUNTS), factor: fc.constantFrom(1, 1.5, 2, 3), shift: fc.constantFrom(-1, 0, 0, 1) })
        .map(({ base, factor, shift }) => BigInt(Math.max(0, Math.round(base * factor * 100) + shift))),
    },
    { weight: 1, arbitrary: fc.constant(0n) },
    { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 99_999_999_999_999n }) },
  );
  return fc
    .record({ cents, form: fc.constantFrom("string", "string", "number"), decimals: fc.constantFrom(0 as const, 1 as const, 2 as const), leadingZeros: fc.constantFrom(0, 0, 0, 1) })
    .map(({ cents, form, decimals, leadingZeros }) => {
      const rounded = decimals === 2 ? cents : decimals === 1 ? (cents / 10n) * 10n : (cents / 100n) * 100n;
      // A number's shortest text is exact only up to ~15 significant digits; larger amounts stay strings.
      if (form === "number" && rounded < 10_000_000_000_000n) return Number(rounded) / 100;
      return centsToText(rounded, decimals, Math.max(0, Math.min(leadingZeros, 12 - (rounded / 100n).toString().length)));
    });
}

/** The value in cents of an input amount, exactly (strings through BigInt, numbers through their shortest text). */
export function moneyToCents(value: MoneyInput): bigint {
  const text = typeof value === "number" ? String(value) : value;
  const [integer = "0", fraction = ""] = text.split(".");
  return BigInt(integer) * 100n + BigInt(fraction.padEnd(2, "0") || "0");
}

/** Cents as canonical two-decimal text. */
export function centsText(cents: bigint): string {
  return centsToText(cents, 2, 0);
}

// ---- optional fields ----

/** An optional field of the contract: absent, `null` (both mean "not given") or a value. */
function optional<T>(arb: fc.Arbitrary<T>, presentWeight = 3): fc.Arbitrary<T | null | undefined> {
  return fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(null) }, { weight: presentWeight, arbitrary: arb });
}

/** Drops `undefined` members, so "absent" is a missing key as in JSON, not a key holding undefined. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const disabilityArb = fc.record({ category: fc.constantFrom(...DISABILITY_CATEGORIES), grade: fc.integer({ min: 1, max: 4 }) });

const incomeArb: fc.Arbitrary<IncomeInput> = fc
  .record({ kind: fc.constantFrom(...INCOME_KINDS), monthly: moneyArb(), supportFrom: optional(fc.constantFrom(...SUPPORT_SOURCES), 1) })
  .map(compact);

const deductionArb = fc.record({ kind: fc.constantFrom(...DEDUCTION_KINDS), monthly: moneyArb() });

function supporterArb(asOf: string): fc.Arbitrary<SupporterInput> {
  return fc
    .record({
      relation: fc.constantFrom(...SUPPORTER_RELATIONS),
      // Supporters' dates are not checked against asOf: any real date of the accepted years (from 1900 for a birth).
      birthDate: optional(fc.oneof({ weight: 4, arbitrary: birthDateArb(asOf) }, { weight: 1, arbitrary: dateBetweenYears(EARLIEST_BIRTH_YEAR, 2200) })),
      specialHardship: optional(fc.boolean()),
      dibaoRecipient: optional(fc.boolean()),
      disability: optional(disabilityArb, 1),
      annualIncome: optional(moneyArb("annual")),
      assetsWithinLowIncomeRules: optional(fc.boolean()),
      legalIncapacity: optional(fc.constantFrom(...LEGAL_INCAPACITIES), 1),
    })
    .map(compact);
}

function memberArb(asOf: string): fc.Arbitrary<Omit<MemberInput, "id">> {
  return fc
    .record({
      relation: fc.constantFrom(...MEMBER_RELATIONS),
      birthDate: birthDateArb(asOf),
      excluded: fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...EXCLUSION_REASONS) }),
      disability: optional(disabilityArb, 2),
      seriousIllness: optional(fc.boolean()),
      employed: optional(fc.boolean()),
      schooling: optional(fc.constantFrom(...SCHOOLING)),
      selfCare: optional(fc.record({ adlFailed: fc.integer({ min: 0, max: 6 }) })),
      incomes: optional(fc.array(incomeArb, { maxLength: 4 }), 6),
      deductions: optional(fc.array(deductionArb, { maxLength: 2 }), 1),
      ownAssetsCompliant: optional(fc.boolean()),
      orphanSupportChosen: optional(fc.boolean(), 1),
      supporters: optional(fc.array(supporterArb(asOf), { maxLength: 3 })),
      // Contract v1.1.
      orphan: optional(fc.boolean(), 1),
      supportArrangement: optional(fc.constantFrom(...SUPPORT_ARRANGEMENTS), 1),
    })
    .map(compact);
}

/** Member ids: mostly plain, sometimes any text of 1–64 UTF-16 units (including "__proto__" and friends). */
const memberIdArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 99 }).map((n) => `m${n}`) },
  { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "0", "成员一") },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }).filter((id) => id.length >= 1 && id.length <= LIMITS.idLength) },
);

/** A gradual-exit window in the status: begun by asOf, usually six calendar months long. */
function windowArb(asOf: string): fc.Arbitrary<{ start: string; end: string }> {
  const on = splitDate(asOf);
  // A window starts on or before asOf (a later start is invalid input: issue 24).
  return fc.record({ offset: fc.integer({ min: -9, max: 0 }), length: fc.constantFrom(6, 6, 6, 1, 12) }).map(({ offset, length }) => {
    const startIndex = on.year * 12 + (on.month - 1) + offset;
    const endIndex = startIndex + length - 1;
    const year = (index: number): number => Math.min(2200, Math.max(1850, Math.floor(index / 12)));
    const month = (index: number): number => (index % 12) + 1;
    const start = isoDate(year(startIndex), month(startIndex), 1);
    const end = isoDate(year(endIndex), month(endIndex), daysInMonth(year(endIndex), month(endIndex)));
    return { start, end: end < start ? start : end };
  });
}

function statusArb(asOf: string, ids: readonly string[]): fc.Arbitrary<HouseholdInput["status"]> {
  return fc
    .record({
      povertyRegistration: optional(fc.constantFrom(...POVERTY_REGISTRATIONS)),
      // The current dibao began on or before asOf (later is invalid input: issue 24).
      dibao: optional(fc.record({ since: optional(fc.oneof(birthDateArb(asOf, 2000), dateBetweenYears(2010, 2031).map((date) => (date > asOf ? asOf : date)))), monthlyAmount: optional(moneyArb()) }).map(compact), 2),
      gradualExit: optional(windowArb(asOf), 1),
      specialHardshipMemberIds: optional(fc.subarray([...ids]), 1),
      exitedCoverage: optional(fc.record({ date: fc.oneof(shockDateArb(asOf), dateBetweenYears(2010, 2031)) }), 1),
    })
    .map(compact);
}

// ---- contract v1.1: circumstances, rigid expenditure, housing ----

/** The same day `years` years away, 29 February becoming 28 February in a common year (INT-14's reading). */
export function shiftYears(date: string, years: number): string {
  const { year, month, day } = splitDate(date);
  const target = year + years;
  return isoDate(target, month, Math.min(day, daysInMonth(target, month)));
}

/** The day after `date` (the schema's last year, 2200, stays in range: the caller keeps dates ≤ 2200-12-31). */
export function nextDay(date: string): string {
  const { year, month, day } = splitDate(date);
  if (day < daysInMonth(year, month)) return isoDate(year, month, day + 1);
  return month < 12 ? isoDate(year, month + 1, 1) : isoDate(year + 1, 1, 1);
}

/** The day before `date`. */
export function previousDay(date: string): string {
  const { year, month, day } = splitDate(date);
  if (day > 1) return isoDate(year, month, day - 1);
  return month > 1 ? isoDate(year, month - 1, daysInMonth(year, month - 1)) : isoDate(year - 1, 12, 31);
}

/**
 * A date a shock or an exit might carry: around asOf's 12-month window ([asOf − 12 months, asOf], R8),
 * often on or next to either end, sometimes after asOf (valid input, outside the window).
 */
function shockDateArb(asOf: string): fc.Arbitrary<string> {
  const start = shiftYears(asOf, -1);
  const edges = [start, previousDay(start), nextDay(start), asOf, previousDay(asOf), ...(asOf < "2200-12-31" ? [nextDay(asOf)] : [])];
  const { year } = splitDate(asOf);
  return fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...edges) }, { weight: 3, arbitrary: dateBetweenYears(Math.max(1850, year - 3), Math.min(2200, year)) });
}

function circumstancesArb(asOf: string): fc.Arbitrary<NonNullable<HouseholdInput["circumstances"]>> {
  const shockArb = fc.record({ cause: fc.constantFrom(...SHOCK_CAUSES), effect: fc.constantFrom(...SHOCK_EFFECTS), since: shockDateArb(asOf) });
  return fc
    .record({
      shocks: optional(fc.array(shockArb, { maxLength: 3 }), 4),
      // Repeats allowed, as the schema allows them.
      difficulties: optional(fc.array(fc.constantFrom(...DIFFICULTIES), { maxLength: 4 }), 4),
    })
    .map(compact);
}

const rigidExpenditureArb: fc.Arbitrary<NonNullable<HouseholdInput["rigidExpenditure"]>> = fc.record({
  items: fc.array(fc.record({ kind: fc.constantFrom(...EXPENDITURE_KINDS), annual: moneyArb("annual") }), { maxLength: 4 }),
});

const housingArb: fc.Arbitrary<NonNullable<HouseholdInput["housing"]>> = fc
  .record({
    securityApplied: optional(fc.boolean()),
    dwellingSafety: optional(fc.constantFrom(...DWELLING_SAFETY_GRADES)),
    previouslySupported: optional(fc.boolean()),
  })
  .map(compact);

/** Switchable interpretations, mostly left at their defaults. */
export const interpretationsArb: fc.Arbitrary<Partial<Record<InterpretationId, boolean>> | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.record(Object.fromEntries(SWITCHABLE_INTERPRETATIONS.map((id) => [id, fc.boolean()])) as Record<InterpretationId, fc.Arbitrary<boolean>>, { requiredKeys: [] }) },
);

export interface Case {
  readonly household: HouseholdInput;
  readonly asOf: string;
  readonly interpretations: Partial<Record<InterpretationId, boolean>> | undefined;
}

/** Household sizes: mostly 1–6, sometimes up to the schema's limit of 50 members. */
const sizeArb = fc.oneof({ weight: 30, arbitrary: fc.integer({ min: 1, max: 6 }) }, { weight: 1, arbitrary: fc.integer({ min: 7, max: LIMITS.members }) });

/** A valid household with its assessment date: satisfies every check of the v1 contract. */
export function householdCaseArb(options: { readonly asOf?: fc.Arbitrary<string>; readonly interpretations?: boolean } = {}): fc.Arbitrary<Case> {
  return fc
    .tuple(options.asOf ?? asOfArb, sizeArb)
    .chain(([asOf, size]) =>
      fc
        .tuple(fc.uniqueArray(memberIdArb, { minLength: size, maxLength: size }), fc.array(memberArb(asOf), { minLength: size, maxLength: size }))
        .chain(([ids, members]) =>
          fc.record({
            asOf: fc.constant(asOf),
            interpretations: options.interpretations === false ? fc.constant(undefined) : interpretationsArb,
            household: fc
              .record({
                id: optional(fc.string({ minLength: 1, maxLength: 40 })),
                area: fc.constantFrom(...AREAS),
                assets: optional(fc.record({ compliant: optional(fc.boolean(), 6) }).map(compact), 6),
                status: optional(statusArb(asOf, ids), 2),
                circumstances: optional(circumstancesArb(asOf), 2),
                rigidExpenditure: optional(rigidExpenditureArb, 2),
                housing: optional(housingArb, 2),
              })
              .map(({ id, area, assets, status, circumstances, rigidExpenditure, housing }): HouseholdInput => {
                // The contract allows one "self" (the applicant): a later member who drew it is "other".
                let self = false;
                const withIds = members.map((member, index): MemberInput => {
                  const relation = member.relation === "self" && self ? "other" : member.relation;
                  if (relation === "self") self = true;
                  return { id: ids[index] ?? `m${index}`, ...member, relation };
                });
                // The contract needs one counted member: if every member drew an exclusion, the first is counted.
                if (withIds.every((member) => member.excluded != null)) {
                  const { excluded: _excluded, ...first } = withIds[0] as MemberInput;
                  withIds[0] = first;
                }
                return compact({ id, jurisdiction: "CN-CQ", area, members: withIds, assets, status, circumstances, rigidExpenditure, housing });
              }),
            // R12 (issue 30): drawn last, so every other value is what it was before these fields existed.
            review: fc.record({ lastReviewed: optional(dateBetweenYears(2018, 2031)), reviewCategory: optional(fc.constantFrom(...REVIEW_CATEGORIES)) }).map(compact),
          }),
        ),
    )
    .map(({ review, ...drawn }): Case => {
      const dibao = drawn.household.status?.dibao;
      if (dibao == null || Object.keys(review).length === 0) return drawn;
      // Never before since (that is invalid input).
      const lastReviewed = review.lastReviewed != null && dibao.since != null && review.lastReviewed < dibao.since ? dibao.since : review.lastReviewed;
      const status = { ...drawn.household.status, dibao: compact({ ...dibao, lastReviewed, reviewCategory: review.reviewCategory }) };
      return { ...drawn, household: { ...drawn.household, status } };
    });
}

/** Income kinds countable for dibao (`docs/contract.md`; `docs/rules.md` R0), as the brief lists them. */
export const DIBAO_COUNTABLE_KINDS = ["wage", "business", "property", "transfer", "pension", "other", "old-age-allowance", "social-insurance"] as const;

/** Deep-freezes a value so any write to it by the code under test throws (ES modules are strict). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
