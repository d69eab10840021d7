/**
 * Exact amounts on the hot path, in whole fen (分) where they are whole fen. Every test the rules make is
 * a comparison of sums and products of amounts and small integers (per-capita < S ⇔ total < S × n; a ratio
 * ≥ 0.70 ⇔ 100 × expenditure ≥ 70 × income), so it needs no decimal arithmetic: integers decide it exactly.
 *
 * An {@link Amount} is one of three exact forms of the same value:
 * - a `number`: whole fen, always a safe integer (|x| ≤ 2⁵³ − 1) — every input amount (at most twelve
 *   integer digits, 10¹⁴ fen) and every sum and product of them that stays in that range;
 * - a `bigint`: whole fen outside the safe range (a sum or product that passed 2⁵³), never inside it;
 * - a decimal.js {@link Money} in yuan: a value that is not whole fen (a caller's parameter with more than
 *   two decimals, and what is computed from it), decided as before with decimal.js.
 * Operations keep the cheapest exact form and move to the next one only when a result needs it, so a
 * result never depends on the form: the three agree on every value they can hold.
 *
 * decimal.js is kept for what is shown and is not whole fen: a per-capita figure or a multiple of the
 * standard that does not come out in whole fen (rounded half-up once, INT-2) and the ratios shown to four
 * decimals. Those go through exactly the calls they went through before, so the text shown is the same.
 *
 * {@link useDecimalReference} turns the integer forms off: every amount is then a decimal.js value and every
 * operation is the decimal.js call the rules made before this module existed. The property test
 * `test/property/integer-arithmetic.property.test.ts` decides households both ways and compares them.
 */
import { Money, formatMoney, money, type MoneyString } from "./money.js";

/** An exact amount: whole fen as a safe-integer `number` or a `bigint` beyond 2⁵³, else decimal.js yuan. */
export type Amount = number | bigint | Money;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

let reference = false;

/**
 * Test oracle switch: `true` makes every amount a decimal.js value, so evaluation runs the decimal.js
 * computation the integer path must equal. Not part of the public API. Returns the previous setting.
 */
export function useDecimalReference(on: boolean): boolean {
  const previous = reference;
  reference = on;
  return previous;
}

/** Whole fen in its form: a number when safe, else the bigint. */
function fromBig(fen: bigint): number | bigint {
  return fen >= -MAX_SAFE_BIG && fen <= MAX_SAFE_BIG ? Number(fen) : fen;
}

function isSafe(value: number): boolean {
  return value <= MAX_SAFE && value >= -MAX_SAFE;
}

/**
 * Whole fen of money text with exactly two decimals ("123.40" → 12340), or `undefined` for any other text.
 * At most 15 digits, so the value is exact in a number.
 */
function parseFen(text: string): number | undefined {
  const length = text.length;
  if (length < 4 || length > 16 || text.charCodeAt(length - 3) !== 46) return undefined;
  let fen = 0;
  for (let index = 0; index < length; index++) {
    if (index === length - 3) continue;
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return undefined;
    fen = fen * 10 + digit;
  }
  return fen;
}

/** The amount of money text (canonical input text "123.40"; any plain decimal text is accepted). */
export function amountOf(text: MoneyString): Amount {
  if (reference) return money(text);
  return parseFen(text) ?? amountOfMoney(money(text));
}

/** Amounts of decimal values (parameter values are compiled once, so each is converted once). */
const amounts = new WeakMap<Money, Amount>();

/** The amount of a decimal value: whole fen when it has at most two decimals, else the value itself. */
export function amountOfMoney(value: Money): Amount {
  if (reference) return value;
  let amount = amounts.get(value);
  if (amount === undefined) {
    amount = value.decimalPlaces() <= 2 ? fromBig(BigInt(value.toFixed(2).replace(".", ""))) : value;
    amounts.set(value, amount);
  }
  return amount;
}

/** Writes whole fen as yuan with two decimals, as `formatMoney` writes the same value. */
function formatFen(fen: number): MoneyString {
  const negative = fen < 0;
  const magnitude = negative ? -fen : fen;
  const cents = magnitude % 100;
  const yuan = (magnitude - cents) / 100;
  return `${negative ? "-" : ""}${yuan}.${cents < 10 ? "0" : ""}${cents}`;
}

function formatBigFen(fen: bigint): MoneyString {
  const negative = fen < 0n;
  const magnitude = negative ? -fen : fen;
  const cents = magnitude % 100n;
  return `${negative ? "-" : ""}${magnitude / 100n}.${cents < 10n ? "0" : ""}${cents}`;
}

/** The amount as it crosses the API: exactly two decimals, rounded half-up once (INT-2) when it has more. */
export function formatAmount(value: Amount): MoneyString {
  if (typeof value === "number") return formatFen(value);
  if (typeof value === "bigint") return formatBigFen(value);
  return formatMoney(value);
}

/** The decimal.js value of an amount (yuan): for a division or rounding that is shown. */
export function toMoney(value: Amount): Money {
  if (typeof value === "number") return new Money(formatFen(value));
  if (typeof value === "bigint") return new Money(formatBigFen(value));
  return value;
}

export function plus(a: Amount, b: Amount): Amount {
  if (typeof a === "number" && typeof b === "number") {
    // A true sum beyond the safe range rounds to a float beyond it too, so the check is exact.
    const sum = a + b;
    if (isSafe(sum)) return sum;
  }
  if (typeof a === "object" || typeof b === "object") return toMoney(a).plus(toMoney(b));
  return fromBig(BigInt(a) + BigInt(b));
}

export function minus(a: Amount, b: Amount): Amount {
  if (typeof a === "number" && typeof b === "number") {
    const difference = a - b;
    if (isSafe(difference)) return difference;
  }
  if (typeof a === "object" || typeof b === "object") return toMoney(a).minus(toMoney(b));
  return fromBig(BigInt(a) - BigInt(b));
}

/** a × k for a whole number k (members, months). */
export function times(a: Amount, k: number): Amount {
  if (typeof a === "number") {
    const product = a * k;
    if (isSafe(product)) return product;
    return fromBig(BigInt(a) * BigInt(k));
  }
  if (typeof a === "bigint") return fromBig(a * BigInt(k));
  return a.times(k);
}

/** −1, 0 or 1 as a is below, equal to or above b. */
export function compare(a: Amount, b: Amount): number {
  // number against bigint compares the exact values.
  if (typeof a !== "object" && typeof b !== "object") return a < b ? -1 : a > b ? 1 : 0;
  return toMoney(a).comparedTo(toMoney(b));
}

export function isNegative(a: Amount): boolean {
  if (typeof a === "number") return a < 0;
  if (typeof a === "bigint") return a < 0n;
  return a.isNegative();
}

export function isZero(a: Amount): boolean {
  if (typeof a === "number") return a === 0;
  if (typeof a === "bigint") return false;
  return a.isZero();
}

/** A multiple (1.5, 0.70, 2) as numerator / 10^k, both safe integers; `null` when it has too many digits. */
interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

const fractions = new WeakMap<Money, Fraction | null>();

function fractionOf(multiple: Money): Fraction | null {
  let fraction = fractions.get(multiple);
  if (fraction === undefined) {
    const places = multiple.decimalPlaces();
    const numerator = places <= 15 ? Number(multiple.toFixed(places).replace(".", "")) : NaN;
    fraction = Number.isSafeInteger(numerator) ? { numerator, denominator: 10 ** places } : null;
    fractions.set(multiple, fraction);
  }
  return fraction;
}

function sign(a: number | bigint, b: number | bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * −1, 0 or 1 as a is below, equal to or above multiple × b, decided exactly on integers:
 * a × 10^k against numerator × b (the same products as bigint where either passes 2⁵³).
 */
export function compareWithMultiple(a: Amount, multiple: Money, b: Amount): number {
  const fraction = reference ? null : fractionOf(multiple);
  if (fraction !== null && typeof a !== "object" && typeof b !== "object") {
    if (typeof a === "number" && typeof b === "number") {
      const left = a * fraction.denominator;
      const right = b * fraction.numerator;
      if (isSafe(left) && isSafe(right)) return sign(left, right);
    }
    return sign(BigInt(a) * BigInt(fraction.denominator), BigInt(b) * BigInt(fraction.numerator));
  }
  return toMoney(a).comparedTo(multiple.times(toMoney(b)));
}

/**
 * multiple × a, to be shown: whole fen when the product comes out in whole fen, else the decimal.js
 * product, which `formatAmount` rounds half-up once as before.
 */
export function timesMultiple(a: Amount, multiple: Money): Amount {
  const fraction = reference ? null : fractionOf(multiple);
  if (fraction !== null && typeof a === "number") {
    const product = a * fraction.numerator;
    if (isSafe(product) && product % fraction.denominator === 0) return product / fraction.denominator;
  }
  return toMoney(a).times(multiple);
}

/**
 * a ÷ n written with two decimals (per-capita figures): exact integers when n divides a whole number of
 * fen, else decimal.js's division and its one half-up rounding, as before.
 */
export function formatDivided(a: Amount, n: number): MoneyString {
  if (typeof a === "number" && n > 0) {
    if (a % n === 0) return formatFen(a / n);
    // fen ÷ 100n is the same quotient as yuan ÷ n, rounded once to the same 40 digits; it has more than two
    // decimals (n does not divide the fen), which is where formatMoney goes straight to toFixed.
    const divisor = 100 * n;
    if (isSafe(divisor)) return new Money(a).dividedBy(divisor).toFixed(2, Money.ROUND_HALF_UP);
  }
  return formatMoney(toMoney(a).dividedBy(n));
}

/** expenditure ÷ income shown with four decimals, half-up (decimal.js: a shown rounding). */
export function formatRatio(numerator: Amount, denominator: Amount): string {
  return toMoney(numerator).dividedBy(toMoney(denominator)).toFixed(4, Money.ROUND_HALF_UP);
}
