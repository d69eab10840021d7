/**
 * The closed vocabulary of parameter value kinds (issue 23): every series declares what its values are,
 * and every value — shipped or a caller's — is checked against that kind when a set is compiled, never
 * first when a rule happens to read it. A check answers in words what the kind expects, so an error
 * reads `…values[0].value: must be whole months, at least 1 and at most 120, not "2.5"`.
 */
import { DISABILITY_CATEGORIES, INCOME_KINDS, SCHOOLING } from "../model/household.js";
import { hasClause } from "./clauses.js";
import type { ParameterKind, ParameterSeriesData, ParameterValue } from "./parameter-types.js";

export { PARAMETER_KINDS, type ParameterKind } from "./parameter-types.js";

/** What a series declares about its values: the kind, and for a regime its names, for a ratio or count its range. */
export interface KindSpec {
  readonly kind: ParameterKind;
  readonly names?: readonly string[] | undefined;
  readonly range?: { readonly min: string; readonly max: string } | undefined;
}

/** The kind part of a series' data. */
export function specOf(series: Pick<ParameterSeriesData, "kind" | "names" | "range">): KindSpec {
  return { kind: series.kind, names: series.names, range: series.range };
}

/** Longest gradual-exit window or look-back a value may state: ten years. A million months is a slip, not a policy. */
export const MAX_MONTHS = 120;
/** Oldest age a value may state (the issue: whole years of age, 0–150). */
export const MAX_AGE = 150;

/** The disability grade categories a grade list may name: the contract's categories, and `any` for every one. */
export const GRADE_CATEGORIES: readonly string[] = ["any", ...DISABILITY_CATEGORIES];

const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;
/**
 * Up to 16 whole digits, 2 decimals: a published amount has at most 2 decimals (fen), and no cap near a
 * real figure is set, since the engine's exact arithmetic is tested with standards past 2⁵³ fen.
 */
const MONEY = /^\d{1,16}(\.\d{1,2})?$/;
const WHOLE = /^\d{1,6}$/;
const GRADE = /^([a-z]+):([1-4])$/;

const quoteAll = (values: readonly string[]): string => values.map((value) => JSON.stringify(value)).join(", ");

/** What a value of this kind must be, in words (used after "must be"). */
export function expectation(spec: KindSpec): string {
  switch (spec.kind) {
    case "money-per-month":
      return "an amount in yuan per person per month: a non-negative number with at most 2 decimals (770, \"770\" or \"770.50\")";
    case "money-per-year":
      return "an amount in yuan per year: a non-negative number with at most 2 decimals (47435 or \"47435\")";
    case "multiple-of-standard":
      return "a multiple of the standard: a positive decimal (1.5 or \"1.5\")";
    case "ratio": {
      const range = spec.range ?? { min: "0", max: "1" };
      return `a share from ${range.min} to ${range.max} ("0.70")`;
    }
    case "months":
      return `whole months, at least 1 and at most ${MAX_MONTHS}`;
    case "age":
      return `whole years of age, 0 to ${MAX_AGE}`;
    case "count": {
      const range = spec.range ?? { min: "0", max: "999999" };
      return `a whole number from ${range.min} to ${range.max}`;
    }
    case "switch":
      return "a switch: true or false";
    case "regime":
      return `one of the named regimes ${quoteAll(spec.names ?? [])}`;
    case "disability-grades":
      return `a list of disability grades written category:grade (categories ${GRADE_CATEGORIES.join(", ")}; grades 1 to 4)`;
    case "income-kinds":
      return `a list of the contract's income kinds (${INCOME_KINDS.join(", ")})`;
    case "schooling-kinds":
      return `a list of the contract's schooling kinds (${SCHOOLING.join(", ")})`;
    case "clause-ids":
      return "a list of clause ids the clause catalogue holds (\"mlg-review-2021/art-8\")";
  }
}

/** One problem of a value: `at` is the path below the value (an index into a list), empty for the value itself. */
export interface ValueProblem {
  readonly at: readonly number[];
  readonly message: string;
}

/** The outcome of checking a value: its normalized form (a number becomes decimal text), or what is wrong. */
export type ValueCheck = { readonly ok: true; readonly value: ParameterValue } | { readonly ok: false; readonly problems: readonly ValueProblem[] };

function wrong(spec: KindSpec, value: unknown): ValueCheck {
  return { ok: false, problems: [{ at: [], message: `must be ${expectation(spec)}, not ${JSON.stringify(value)}` }] };
}

/** Decimal text of a number or a string, `undefined` when it is neither a plain non-negative decimal. */
function decimalText(value: unknown): string | undefined {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return undefined;
    const text = Object.is(value, -0) ? "0" : String(value);
    return PLAIN_DECIMAL.test(text) ? text : undefined;
  }
  return typeof value === "string" && PLAIN_DECIMAL.test(value) ? value : undefined;
}

/** Compares two plain non-negative decimals exactly (no float): -1, 0 or 1. */
function compareDecimal(a: string, b: string): number {
  const [ai = "", af = ""] = a.split(".");
  const [bi = "", bf = ""] = b.split(".");
  const aInt = ai.replace(/^0+(?=\d)/, "");
  const bInt = bi.replace(/^0+(?=\d)/, "");
  if (aInt.length !== bInt.length) return aInt.length < bInt.length ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const left = aInt + af.padEnd(width, "0");
  const right = bInt + bf.padEnd(width, "0");
  return left < right ? -1 : left > right ? 1 : 0;
}

function isZero(text: string): boolean {
  return /^0+(\.0+)?$/.test(text);
}

function checkList(spec: KindSpec, value: unknown, accept: (item: string) => string | undefined): ValueCheck {
  if (!Array.isArray(value)) return wrong(spec, value);
  const problems: ValueProblem[] = [];
  const seen = new Set<string>();
  value.forEach((item: unknown, index) => {
    if (typeof item !== "string") {
      problems.push({ at: [index], message: `must be text, an item of ${expectation(spec)}, not ${JSON.stringify(item)}` });
      return;
    }
    const problem = seen.has(item) ? `${JSON.stringify(item)} is listed twice` : accept(item);
    seen.add(item);
    if (problem !== undefined) problems.push({ at: [index], message: problem });
  });
  return problems.length === 0 ? { ok: true, value: value as readonly string[] } : { ok: false, problems };
}

function oneOfWords(item: string, allowed: readonly string[], what: string): string | undefined {
  return allowed.includes(item) ? undefined : `${JSON.stringify(item)} is no ${what} (the ${what}s: ${allowed.join(", ")})`;
}

function checkGrade(item: string): string | undefined {
  const match = GRADE.exec(item);
  if (match === null) return `${JSON.stringify(item)} is not written category:grade (a category, a colon and a grade 1 to 4, such as "physical:2" or "any:2")`;
  const category = match[1] ?? "";
  return GRADE_CATEGORIES.includes(category) ? undefined : `${JSON.stringify(category)} is no disability category (the categories: ${GRADE_CATEGORIES.join(", ")})`;
}

/** Checks one value against its series' kind; a number given for a decimal kind comes back as decimal text. */
export function checkValue(spec: KindSpec, value: unknown): ValueCheck {
  switch (spec.kind) {
    case "money-per-month":
    case "money-per-year": {
      const text = decimalText(value);
      return text !== undefined && MONEY.test(text) ? { ok: true, value: text } : wrong(spec, value);
    }
    case "multiple-of-standard": {
      const text = decimalText(value);
      return text !== undefined && !isZero(text) ? { ok: true, value: text } : wrong(spec, value);
    }
    case "ratio": {
      const text = decimalText(value);
      const range = spec.range ?? { min: "0", max: "1" };
      return text !== undefined && compareDecimal(text, range.min) >= 0 && compareDecimal(text, range.max) <= 0 ? { ok: true, value: text } : wrong(spec, value);
    }
    case "months":
    case "age":
    case "count": {
      const text = decimalText(value);
      if (text === undefined || !WHOLE.test(text)) return wrong(spec, value);
      const number = Number(text);
      const [min, max] =
        spec.kind === "months" ? [1, MAX_MONTHS] : spec.kind === "age" ? [0, MAX_AGE] : [Number(spec.range?.min ?? "0"), Number(spec.range?.max ?? "999999")];
      return number >= min && number <= max ? { ok: true, value: String(number) === text ? text : String(number) } : wrong(spec, value);
    }
    case "switch":
      return typeof value === "boolean" ? { ok: true, value } : wrong(spec, value);
    case "regime":
      return typeof value === "string" && (spec.names ?? []).includes(value) ? { ok: true, value } : wrong(spec, value);
    case "disability-grades":
      return checkList(spec, value, checkGrade);
    case "income-kinds":
      return checkList(spec, value, (item) => oneOfWords(item, INCOME_KINDS, "income kind"));
    case "schooling-kinds":
      return checkList(spec, value, (item) => oneOfWords(item, SCHOOLING, "schooling kind"));
    case "clause-ids":
      return checkList(spec, value, (item) => (hasClause(item) ? undefined : `no clause ${JSON.stringify(item)} in the clause catalogue`));
  }
}

/** Problems with the declaration itself: a regime without names, a range whose ends are not decimals in order. */
export function checkSpec(spec: KindSpec): Array<{ readonly field: "names" | "range"; readonly message: string }> {
  const problems: Array<{ readonly field: "names" | "range"; readonly message: string }> = [];
  if (spec.kind === "regime" && (spec.names === undefined || spec.names.length === 0)) problems.push({ field: "names", message: "a regime lists its allowed names" });
  if (spec.kind !== "regime" && spec.names !== undefined) problems.push({ field: "names", message: "only a regime lists names" });
  if (spec.range !== undefined) {
    if (spec.kind !== "ratio" && spec.kind !== "count") problems.push({ field: "range", message: "only a ratio or a count states a range" });
    else if (!PLAIN_DECIMAL.test(spec.range.min) || !PLAIN_DECIMAL.test(spec.range.max) || compareDecimal(spec.range.min, spec.range.max) > 0) {
      problems.push({ field: "range", message: "min and max are non-negative decimals, min not above max" });
    }
  }
  return problems;
}
