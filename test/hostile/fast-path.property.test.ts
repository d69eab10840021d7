/**
 * Guards the hand-written fast path of household validation (src/model/household-fast.ts) against
 * letting bad data through: for valid households broken in one random place (a field set to a wrong
 * value, a key removed or added — `__proto__` included — an inherited field, an array element
 * repeated), whenever the fast path accepts, zod (the contract) must accept too and give the same
 * household and the same canonical JSON; whenever zod accepts, `evaluate` decides the input exactly as it
 * decides zod's output; whenever zod rejects, `evaluate` must throw InvalidHouseholdError. And on
 * valid households, unbroken, the fast path accepts every one and the canonical text it writes while
 * checking is `canonicalJson` of zod's value (the input digest hashes it); every amount, valid or nearly,
 * is accepted and normalised exactly as zod does.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, evaluate, householdSchema, InvalidHouseholdError } from "../../src/index.js";
import { canonicalValidHousehold, parseValidHousehold } from "../../src/model/household-fast.js";
import { householdCaseArb, propertyRuns, propertyOptions, timeoutFor } from "../arbitraries.js";

const RUNS = propertyRuns(3_000);

/** Values a broken field takes: wrong types, near-miss money and dates, empty and odd containers. */
const WRONG_VALUES: readonly unknown[] = [
  null,
  undefined,
  true,
  false,
  0,
  -1,
  1.5,
  12.345,
  1e21,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
  "",
  " ",
  "x",
  "1e3",
  " 12",
  "12.345",
  "-1",
  "0x10",
  "2023-02-29",
  "2023-13-01",
  "2023-1-1",
  "1849-12-31",
  "1899-12-31",
  "1900-01-01",
  "9999-12-31",
  "1,800",
  "urban ",
  "URBAN",
  // Values of other fields: a second "self" (the applicant), enum values of contract v1.1.
  "self",
  "dispersed",
  "epidemic",
  "C",
  "__proto__",
  [],
  [null],
  {},
  { __proto__: null },
  "x".repeat(200),
  Symbol("s"),
  () => 1,
  new Date(2024, 0, 1),
  BigInt(12),
];

type Json = unknown;

/** Every container path of a value (objects and arrays), with the keys under it. */
function containers(value: Json, path: Array<string | number> = []): Array<{ path: Array<string | number>; keys: Array<string | number> }> {
  if (value === null || typeof value !== "object") return [];
  const keys: Array<string | number> = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [{ path, keys }, ...keys.flatMap((key) => containers((value as Record<string | number, Json>)[key], [...path, key]))];
}

function at(value: Json, path: ReadonlyArray<string | number>): Record<string | number, Json> {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], value) as Record<string | number, Json>;
}

type Break = { kind: "set"; value: number } | { kind: "delete" } | { kind: "add"; key: string; value: number } | { kind: "inherit" } | { kind: "repeat" };

const breakArb: fc.Arbitrary<{ where: number; key: number; what: Break }> = fc.record({
  where: fc.nat(),
  key: fc.nat(),
  what: fc.oneof(
    fc.record({ kind: fc.constant("set" as const), value: fc.nat() }),
    fc.constant({ kind: "delete" as const }),
    fc.record({ kind: fc.constant("add" as const), key: fc.constantFrom("__proto__", "constructor", "prototype", "extra", "Id", "toString"), value: fc.nat() }),
    fc.constant({ kind: "inherit" as const }),
    fc.constant({ kind: "repeat" as const }),
  ),
});

/** A deep copy of `household` broken in one place. */
function broken(household: Json, { where, key, what }: { where: number; key: number; what: Break }): Json {
  const copy = structuredClone(household);
  const spots = containers(copy);
  const spot = spots[where % spots.length];
  if (spot === undefined) return copy;
  const node = at(copy, spot.path);
  const chosen = spot.keys[key % Math.max(1, spot.keys.length)];
  const wrong = (index: number): unknown => WRONG_VALUES[index % WRONG_VALUES.length];
  switch (what.kind) {
    case "set":
      if (chosen !== undefined) node[chosen] = wrong(what.value);
      break;
    case "delete":
      if (chosen !== undefined) {
        if (Array.isArray(node)) node.splice(Number(chosen), 1);
        else delete node[chosen];
      }
      break;
    case "add":
      // An own property even for "__proto__", as JSON.parse makes it.
      Object.defineProperty(node, what.key, { value: wrong(what.value), enumerable: true, configurable: true, writable: true });
      break;
    case "inherit":
      // The chosen field moves to the prototype: present to a property read, absent to Object.keys.
      if (chosen !== undefined && !Array.isArray(node) && spot.path.length > 0) {
        const value = node[chosen];
        const parent = at(copy, spot.path.slice(0, -1));
        const own = { ...node };
        delete own[chosen];
        parent[spot.path[spot.path.length - 1] as string | number] = Object.assign(Object.create({ [chosen]: value }) as object, own);
      }
      break;
    case "repeat":
      if (Array.isArray(node) && node.length > 0) node.push(structuredClone(node[0]));
      break;
  }
  return copy;
}

/** An amount as callers might write it, valid or nearly: digits, points, signs, exponents, spaces; or a number. */
const amountArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.stringMatching(/^0{0,3}\d{0,14}(\.\d{0,3})?$/),
  fc.string({ unit: fc.constantFrom("0", "1", "9", ".", "-", "+", "e", " ", "\n", "٣"), maxLength: 16 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: 0, max: 10_000_000 }).map((cents) => cents / 100),
);

describe("the fast validation path writes the canonical text of what it accepts (fast-check)", () => {
  it(`takes every valid household, as zod gives it, with canonicalJson of zod's value as its text (${RUNS} households)`, () => {
    fc.assert(
      fc.property(householdCaseArb({ interpretations: false }), ({ household }) => {
        const zod = householdSchema.parse(household);
        const expected = canonicalJson(zod);
        for (const dense of [false, true]) {
          const fast = parseValidHousehold(household, dense);
          expect(fast, "a valid household left to zod").toBeDefined();
          if (dense) expect(fast).toEqual(zod);
          else expect(fast).toStrictEqual(zod);
          // Written in the validating walk, not from the value: byte for byte what the input digest hashed before.
          expect(canonicalValidHousehold(fast as never)).toBe(expected);
        }
      }),
      { numRuns: RUNS, ...propertyOptions() },
    );
  }, timeoutFor(RUNS));

  it(`normalises every amount as zod does, and accepts exactly the amounts zod accepts (${RUNS * 5} amounts)`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(amountArb, (amount) => {
        const input = { jurisdiction: "CN-CQ", area: "urban", members: [{ id: "m1", relation: "self", birthDate: "1960-01-01", incomes: [{ kind: "wage", monthly: amount }] }] };
        const zod = householdSchema.safeParse(input);
        const fast = parseValidHousehold(input);
        expect(fast !== undefined, `fast path and zod disagree on ${String(amount)}`).toBe(zod.success);
        if (fast !== undefined && zod.success) {
          accepted++;
          expect(fast.members[0]?.incomes?.[0]?.monthly).toBe(zod.data.members[0]?.incomes?.[0]?.monthly);
          expect(canonicalValidHousehold(fast)).toBe(canonicalJson(zod.data));
        }
      }),
      { numRuns: RUNS * 5, ...propertyOptions() },
    );
    // Both sides were exercised: valid amounts in every form, and near misses.
    expect(accepted).toBeGreaterThan(RUNS);
    expect(accepted).toBeLessThan(RUNS * 4);
  }, timeoutFor(RUNS));
});

describe("the fast validation path never accepts what zod rejects (fast-check)", () => {
  it(`agrees with zod on households broken in one place (${RUNS} households)`, () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(householdCaseArb({ interpretations: false }), breakArb, ({ household, asOf }, how) => {
        const input = broken(household, how);
        const zod = householdSchema.safeParse(input);
        for (const dense of [false, true]) {
          const fast = parseValidHousehold(input, dense);
          if (fast === undefined) continue;
          expect(zod.success, `fast path accepted what zod rejects: ${JSON.stringify(zod.error?.issues[0])}`).toBe(true);
          expect(fast).toEqual(zod.data);
          expect(canonicalValidHousehold(fast)).toBe(canonicalJson(zod.data));
        }
        if (zod.success) {
          accepted++;
          // Valid, whichever path takes it: decided, and as zod's own output is decided (it never throws on valid input).
          const viaInput = evaluate(input as never, { asOf });
          expect(JSON.stringify(viaInput)).toBe(JSON.stringify(evaluate(zod.data, { asOf })));
        } else {
          rejected++;
          expect(() => evaluate(input as never, { asOf })).toThrow(InvalidHouseholdError);
        }
      }),
      { numRuns: RUNS, ...propertyOptions() },
    );
    // Both sides were exercised: the breaks are not all harmless, nor all fatal.
    expect(accepted).toBeGreaterThan(RUNS / 20);
    expect(rejected).toBeGreaterThan(RUNS / 4);
  }, timeoutFor(RUNS));
});
