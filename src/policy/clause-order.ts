/** The order clause ids are read in, everywhere they are listed (explanations, warnings). */

/** Clause ids in reading order: numbers compared as numbers (art-7 before art-13), the rest by code unit, so the order is the same everywhere. */
export function byClauseOrder(a: string, b: string): number {
  const left = a.split(/(\d+)/);
  const right = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const [x = "", y = ""] = [left[i], right[i]];
    if (x === y) continue;
    if (i % 2 === 1) return Number(x) - Number(y) || (x < y ? -1 : 1);
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}
