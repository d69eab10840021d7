/**
 * Whole fen (分) for the impact summary: every amount a determination gives is a decimal string with two
 * places, so it is an exact safe integer of fen; totals of a caseload stay exact far beyond any budget
 * (2^53 fen is about 90 trillion yuan). Division and weights go through decimal.js (`Money`).
 */
import { Money, type MoneyString } from "../model/money.js";

const MONEY_TEXT = /^(-?)(\d+)\.(\d{2})$/;

/** "270.00" → 27000. Throws on text that is not an amount with two decimals (a fault, not input). */
export function fenOf(text: MoneyString): number {
  const match = MONEY_TEXT.exec(text);
  if (match === null) throw new Error(`not an amount with two decimals: ${JSON.stringify(text)}`);
  const fen = Number(match[2]) * 100 + Number(match[3]);
  return match[1] === "-" ? -fen : fen;
}

/** 27000 → "270.00"; −1 → "-0.01". */
export function formatFen(fen: number): MoneyString {
  const size = Math.abs(fen);
  const text = `${Math.floor(size / 100)}.${String(size % 100).padStart(2, "0")}`;
  return fen < 0 ? `-${text}` : text;
}

/** A decimal number of fen (a weighted total) as yuan with two places, rounded half up. */
export function formatWeightedFen(fen: Money): MoneyString {
  return fen.dividedBy(100).toFixed(2, Money.ROUND_HALF_UP);
}
