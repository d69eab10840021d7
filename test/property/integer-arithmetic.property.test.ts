/**
 * Issue 18 item 1: deciding on whole fen gives what decimal.js gives, on every household.
 *
 * Design. The rules compute with exact amounts (src/model/amount.ts): whole fen as safe-integer numbers,
 * bigint past 2⁵³, decimal.js for a value that is not whole fen and for the divisions and roundings that
 * are shown. The same module holds the reference: `useDecimalReference(true)` makes every amount a decimal.js
 * value, so every sum, product and comparison is the decimal.js call the rules made before integers came in
 * (compare-builds against the release before the change is the second, independent oracle). Each household
 * is decided both ways and the two determinations must be byte-identical JSON: every figure, every amount,
 * every value a reason shows, every status, warning and interpretation alternative — so a comparison the
 * integer path decided differently shows up as a different status or reason, and a different sum as a
 * different figure.
 *
 * The households are the contract's (householdCaseArb: amounts up to the 12-integer-digit cap among
 * ordinary ones) with, in the second property, incomes (up to 40 a member), deductions, expenditure items
 * and supporters' incomes near the cap, so sums, S × n, 12 × income and 100 × expenditure pass 2⁵³; and
 * parameter overrides a caller may give: standards near 2⁵³ fen (S × n past it), standards and top-ups with
 * more than two decimals (the decimal.js form), and other multiples and ratios (1.55, 1.333333, 0.65).
 * 100 000 households in `npm run test:properties:long` (80 000 + 20 000), a fifth in `npm test`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, type HouseholdInput } from "../../src/index.js";
import { useDecimalReference } from "../../src/model/amount.js";
import { household, member, wage } from "../helpers.js";
import { centsText, DIBAO_COUNTABLE_KINDS, householdCaseArb, propertyOptions, propertyRuns, timeoutFor, type Case } from "../arbitraries.js";

// npm test: 600 + 150 households decided both ways; the long run (PROPERTY_FULL=1) all 100 000.
const ORDINARY_RUNS = propertyRuns(80_000, 600);
const HUGE_RUNS = propertyRuns(20_000, 150);

const TWO_TO_53 = 2n ** 53n;
/** The largest amount the contract accepts: twelve integer digits. */
const CAP = "999999999999.99";
const CAP_FEN = 99_999_999_999_999n;

/**
 * The first place two texts differ, with some text around it, or `undefined` when they are the same:
 * a readable failure instead of two whole determinations.
 */
function firstDifference(integer: string, decimal: string): string | undefined {
  if (integer === decimal) return undefined;
  let at = 0;
  while (at < integer.length && integer[at] === decimal[at]) at++;
  const from = Math.max(0, at - 160);
  return `at ${at}: integer …${integer.slice(from, at + 40)}… decimal …${decimal.slice(from, at + 40)}…`;
}

/** Decides one household, or the message it is refused with (the two ways must refuse alike too). */
function decide(c: Case, parameters: unknown): string {
  try {
    return JSON.stringify(evaluate(c.household, { asOf: c.asOf, interpretations: c.interpretations, parameters } as Parameters<typeof evaluate>[1]));
  } catch (error) {
    return `error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
}

/** The household decided on integers and on decimal.js, as JSON. */
function bothWays(c: Case, parameters: unknown): { integer: string; decimal: string } {
  const integer = decide(c, parameters);
  const previous = useDecimalReference(true);
  try {
    return { integer, decimal: decide(c, parameters) };
  } finally {
    useDecimalReference(previous);
  }
}

const fenText = (min: bigint, max: bigint): fc.Arbitrary<string> => fc.bigInt({ min, max }).map(centsText);


/** A standard S: the shipped one mostly; else ordinary, near 2⁵³ fen (alone or once multiplied by n), or sub-fen. */
const standardArb = fc.oneof(
  { weight: 8, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fenText(1n, 200_000n) },
  { weight: 1, arbitrary: fenText(TWO_TO_53 - 1_000n, TWO_TO_53 + 1_000n) },
  { weight: 1, arbitrary: fenText(TWO_TO_53 / 64n, TWO_TO_53 / 2n) },
  // A sub-fen standard (five decimals) is no longer a valid override (issue 23: money has at most 2 decimals);
  // sub-fen figures still arise from the multiples below (1.333333 × S).
);

const multipleArb = fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: fc.constantFrom("1.5", "1.50", "2", "1", "1.55", "1.333333", "2.75", "0.5") });
const ratioArb = fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: fc.constantFrom("0.70", "0.7", "0.65", "0.333", "1", "0.123456") });
const topUpArb = fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fenText(0n, 50_000n) }, { weight: 1, arbitrary: fenText(TWO_TO_53 - 100n, TWO_TO_53 + 100n) });

interface Variant {
  readonly standard: string | undefined;
  readonly nearDibao: string | undefined;
  readonly gradualExit: string | undefined;
  readonly ratio: string | undefined;
  readonly topUp: string | undefined;
}

/**
 * The overrides a run uses: 200 drawn once, plus none. Compiling a caller's set costs ~10 ms (evaluate caches
 * it by the override object), so each household draws one of these rather than a fresh one.
 */
const VARIANTS: readonly Variant[] = fc.sample(fc.record({ standard: standardArb, nearDibao: multipleArb, gradualExit: multipleArb, ratio: ratioArb, topUp: topUpArb }), 200);
const NO_VARIANT: Variant = { standard: undefined, nearDibao: undefined, gradualExit: undefined, ratio: undefined, topUp: undefined };
const variantArb: fc.Arbitrary<Variant> = fc.oneof({ weight: 1, arbitrary: fc.constant(NO_VARIANT) }, { weight: 2, arbitrary: fc.constantFrom(...VARIANTS) });

/** Overrides by variant: the same object for the same variant, so evaluate compiles each set once. */
const overrides = new Map<Variant, unknown>();

/** The variant as a parameter override (each series replaced by one value from 2018-01-01), or none. */
function overrideOf(variant: Variant): unknown {
  if (!overrides.has(variant)) overrides.set(variant, buildOverride(variant));
  return overrides.get(variant);
}

function buildOverride(variant: Variant): unknown {
  const series: Record<string, unknown> = {};
  const set = (names: readonly string[], value: string | undefined): void => {
    if (value !== undefined) for (const name of names) series[name] = { replace: true, values: [{ from: "2018-01-01", value }] };
  };
  set(["dibao.standard.urban", "dibao.standard.rural"], variant.standard);
  set(["near-dibao.bound"], variant.nearDibao);
  set(["gradual-exit.bound"], variant.gradualExit);
  set(["rigid-expenditure.ratio"], variant.ratio);
  set(["dibao.top-up.aged", "dibao.top-up.disabled", "dibao.top-up.child-or-student"], variant.topUp);
  return Object.keys(series).length === 0 ? undefined : { series };
}

/**
 * An amount within a million fen below the cap, odd or even, from `seed` and two indices: amounts near the
 * cap that are not all the same, so an inexact float sum or product past 2⁵³ would show in the last digits.
 */
function nearCap(seed: number, i: number, k: number): string {
  return centsText(CAP_FEN - BigInt((seed + i * 7_919 + k * 104_729) % 1_000_000));
}

/**
 * The household with amounts near the cap: every member gets `incomes` countable incomes near the cap (three
 * members with 31 each pass 2⁵³ fen in the total), some a deduction near the cap, expenditure items near the
 * cap, and each listed supporter an annual income near it.
 */
function atTheCap(c: Case, seed: number, incomes: number, deductEvery: number, items: number): Case {
  const members = c.household.members.map((member, index) => ({
    ...member,
    incomes: [...(member.incomes ?? []), ...Array.from({ length: incomes }, (_, k) => ({ kind: DIBAO_COUNTABLE_KINDS[(index + k) % DIBAO_COUNTABLE_KINDS.length] as string, monthly: nearCap(seed, index, k) }))],
    ...(index % deductEvery === 0 ? { deductions: [{ kind: "employment-cost", monthly: nearCap(seed, index, 99) }] } : {}),
    ...(member.supporters == null ? {} : { supporters: member.supporters.map((supporter, k) => ({ ...supporter, annualIncome: nearCap(seed, index, 50 + k) })) }),
  }));
  const household = {
    ...c.household,
    members,
    ...(items === 0 ? {} : { rigidExpenditure: { items: Array.from({ length: items }, (_, k) => ({ kind: "medical", annual: nearCap(seed, 77, k) })) } }),
  } as HouseholdInput;
  return { ...c, household };
}

describe("exact integer amounts decide as decimal.js does", () => {
  it(
    "contract households, with parameter overrides of every shape: byte-identical determinations",
    () => {
      fc.assert(
        fc.property(householdCaseArb(), variantArb, (c, variant) => {
          const { integer, decimal } = bothWays(c, overrideOf(variant));
          // Every household and override here is valid: a refusal would compare nothing.
          expect(integer.startsWith("error:"), integer.slice(0, 300)).toBe(false);
          expect(firstDifference(integer, decimal)).toBeUndefined();
        }),
        { numRuns: ORDINARY_RUNS, ...propertyOptions() },
      );
    },
    timeoutFor(ORDINARY_RUNS * 2),
  );

  it(
    "amounts at the twelve-digit cap, sums and products past 2⁵³: byte-identical determinations",
    () => {
      const huge = fc.tuple(householdCaseArb(), fc.nat(), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 50 }), variantArb);
      fc.assert(
        fc.property(huge, ([c, seed, incomes, deductEvery, items, variant]) => {
          const { integer, decimal } = bothWays(atTheCap(c, seed, incomes, deductEvery, items), overrideOf(variant));
          // Every household and override here is valid: a refusal would compare nothing.
          expect(integer.startsWith("error:"), integer.slice(0, 300)).toBe(false);
          expect(firstDifference(integer, decimal)).toBeUndefined();
        }),
        { numRuns: HUGE_RUNS, ...propertyOptions() },
      );
    },
    timeoutFor(HUGE_RUNS * 2),
  );

  it("reaches past 2⁵³ fen: a household total of 91 incomes at the cap is shown exactly", () => {
    // 91 × 99 999 999 999 999 fen = 9 099 999 999 999 909 fen > 2⁵³ − 1 = 9 007 199 254 740 991 (worked by hand).
    const members = Array.from({ length: 13 }, (_, index) => member(`m${index}`, { incomes: Array.from({ length: 7 }, () => wage(CAP)) }));
    const c: Case = { household: household(members), asOf: "2025-10-15", interpretations: undefined };
    const { integer, decimal } = bothWays(c, undefined);
    expect(firstDifference(integer, decimal)).toBeUndefined();
    expect(JSON.parse(integer).figures.countableMonthlyIncome).toBe("90999999999999.09");
  });
});
