/**
 * Parameter compilation and lookup. A parameter set is validated and indexed once; lookups by date
 * are then a short scan over a few sorted values. An override (another city, a what-if reform)
 * compiles into a new set and never touches the shipped one.
 */
import { z } from "zod";
import { isoDateSchema } from "../model/household.js";
import { InvalidOptionsError, closestMatch, formatPath, type InputIssue } from "../model/errors.js";
import { Money } from "../model/money.js";
import type { IsoDate } from "../model/date.js";
import { memo } from "../model/memo.js";
import { CHONGQING_PARAMETERS, type CHONGQING_SERIES } from "./chongqing.js";
import { NATIONAL_PARAMETERS, type NATIONAL_SERIES } from "./national.js";
import type { ParameterSeriesData, ParameterSetData, ParameterValueData } from "./parameter-types.js";

export type { ParameterSeriesData, ParameterSetData, ParameterValue, ParameterValueData, DateStatus } from "./parameter-types.js";

/**
 * The name of a series the shipped layers hold: what a rule may read. A misspelt name in a rule fails
 * type-checking; a name built from a typed part (`dibao.standard.${area}`) checks when every value of the
 * part names a series. A caller's set may hold other series too; rules do not read them.
 */
export type ParameterName = keyof typeof NATIONAL_SERIES | keyof typeof CHONGQING_SERIES;

/** A value of a compiled series; `decimal` is set when the value is decimal text. */
export interface CompiledValue extends ParameterValueData {
  readonly decimal: Money | undefined;
}

export interface CompiledSeries {
  readonly name: string;
  readonly description: string;
  readonly unit: string;
  readonly lastConfirmed: IsoDate | undefined;
  /** Sorted by `from`, no two with the same `from`. */
  readonly values: readonly CompiledValue[];
}

/** A validated, indexed parameter set. Build with {@link compileParameterSet}; never mutate. */
export interface CompiledParameterSet {
  readonly kind: "compiled-parameter-set";
  readonly id: string;
  readonly jurisdiction: string;
  readonly description: string;
  readonly series: ReadonlyMap<string, CompiledSeries>;
  /** The data it was compiled from (for digests and export). */
  readonly data: ParameterSetData;
}

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

const valueSchema = z.strictObject({
  from: isoDateSchema,
  value: z.union([z.string().min(1), z.boolean(), z.array(z.string().min(1))]),
  source: z.string().min(1).default("caller"),
  dateStatus: z.enum(["verified", "estimated"]).default("verified"),
  uncertainty: z.strictObject({ earliest: isoDateSchema, latest: isoDateSchema }).nullish(),
  startUnknown: z.boolean().nullish(),
  note: z.string().nullish(),
});

const seriesSchema = z.strictObject({
  description: z.string().default(""),
  unit: z.string().default(""),
  lastConfirmed: isoDateSchema.nullish(),
  values: z.array(valueSchema).max(1000),
});

const setSchema = z.strictObject({
  id: z.string().min(1),
  jurisdiction: z.string().min(1),
  description: z.string().default(""),
  series: z.record(z.string().min(1), seriesSchema),
});

/**
 * What a caller passes as the `parameters` option: series to add or change, on top of a base set —
 * the shipped set named by `base` ("CN", the national layer, for another city; "CN-CQ" for a variant of
 * Chongqing's), else the shipped set for the household's jurisdiction; none when `inherit` is false. A series given here
 * merges with the base series by `from` (a value with the same `from` replaces the base value), or
 * replaces it whole with `replace: true`. `source` defaults to "caller", `dateStatus` to "verified".
 */
export const parameterOverrideSchema = z.strictObject({
  id: z.string().min(1).nullish(),
  jurisdiction: z.string().min(1).nullish(),
  description: z.string().nullish(),
  inherit: z.boolean().nullish(),
  base: z.string().min(1).nullish(),
  series: z.record(
    z.string().min(1),
    z.strictObject({
      description: z.string().nullish(),
      unit: z.string().nullish(),
      lastConfirmed: isoDateSchema.nullish(),
      replace: z.boolean().nullish(),
      values: z.array(valueSchema).max(1000),
    }),
  ),
});

type OverrideInput = z.input<typeof parameterOverrideSchema>;

/** One series of a {@link ParameterOverride}: values to merge by `from`, or the whole series with `replace: true`. */
export type SeriesOverride = OverrideInput["series"][string];

/**
 * A parameter override as a caller writes it. Its series are named by {@link ParameterName}, the series
 * the rules read, so a misspelt name fails type-checking; at run time it is an error that suggests the
 * nearest name (see `applyOverride`).
 */
export type ParameterOverride = Omit<OverrideInput, "series"> & { readonly series: { readonly [name in ParameterName]?: SeriesOverride } };

function issuesOf(error: z.ZodError, prefix: ReadonlyArray<PropertyKey>): InputIssue[] {
  return error.issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: issue.message }));
}

function normalizeValue(value: z.output<typeof valueSchema>): ParameterValueData {
  return {
    from: value.from,
    value: value.value,
    source: value.source,
    dateStatus: value.dateStatus,
    uncertainty: value.uncertainty ?? undefined,
    startUnknown: value.startUnknown ?? undefined,
    note: value.note ?? undefined,
  };
}

function compileSeries(name: string, data: ParameterSeriesData, path: ReadonlyArray<PropertyKey>, issues: InputIssue[]): CompiledSeries {
  const values = [...data.values].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  values.forEach((value, index) => {
    const previous = values[index - 1];
    if (previous !== undefined && previous.from === value.from) {
      issues.push({ path: formatPath([...path, "values"]), message: `two values from ${value.from}` });
    }
    if (value.uncertainty != null && value.uncertainty.earliest > value.uncertainty.latest) {
      issues.push({ path: formatPath([...path, "values", index, "uncertainty"]), message: "earliest is after latest" });
    }
  });
  return {
    name,
    description: data.description,
    unit: data.unit,
    lastConfirmed: data.lastConfirmed ?? undefined,
    values: values.map((value) => ({
      ...value,
      decimal: typeof value.value === "string" && DECIMAL_TEXT.test(value.value) ? new Money(value.value) : undefined,
    })),
  };
}

/** Validates and indexes a parameter set. Throws {@link InvalidOptionsError} listing every problem. */
export function compileParameterSet(input: unknown, path: ReadonlyArray<PropertyKey> = ["parameters"]): CompiledParameterSet {
  const parsed = setSchema.safeParse(input);
  if (!parsed.success) throw new InvalidOptionsError(issuesOf(parsed.error, path));
  const raw = parsed.data;
  const data: ParameterSetData = {
    id: raw.id,
    jurisdiction: raw.jurisdiction,
    description: raw.description,
    series: Object.fromEntries(
      Object.entries(raw.series).map(([name, series]) => [
        name,
        { description: series.description, unit: series.unit, lastConfirmed: series.lastConfirmed ?? undefined, values: series.values.map(normalizeValue) },
      ]),
    ),
  };
  const issues: InputIssue[] = [];
  const series = new Map<string, CompiledSeries>();
  for (const [name, value] of Object.entries(data.series)) {
    series.set(name, compileSeries(name, value, [...path, "series", name], issues));
  }
  if (issues.length > 0) throw new InvalidOptionsError(issues);
  return { kind: "compiled-parameter-set", id: data.id, jurisdiction: data.jurisdiction, description: data.description, series, data };
}

/**
 * Applies an override to a base set's data, returning new data (the base is not touched). Throws
 * {@link InvalidOptionsError} listing every problem, among them each series it names that neither a
 * shipped set nor `base` holds ("no such series; did you mean dibao.standard.urban?").
 */
export function applyOverride(base: ParameterSetData | undefined, input: unknown, path: ReadonlyArray<PropertyKey> = ["parameters"]): ParameterSetData {
  const parsed = parameterOverrideSchema.safeParse(input);
  if (!parsed.success) {
    // The series names are judged too, so one error lists a misspelt name with the other problems.
    const series = (input as { series?: unknown } | null | undefined)?.series;
    const names = typeof series === "object" && series !== null && !Array.isArray(series) ? Object.keys(series) : [];
    throw new InvalidOptionsError([...issuesOf(parsed.error, path), ...unknownSeries(names, [base], path)]);
  }
  const override = parsed.data;
  const named = override.base == null ? base : baseParameterSet(override.base)?.data;
  if (override.base != null && named === undefined) {
    throw new InvalidOptionsError([{ path: formatPath([...path, "base"]), message: `no shipped parameter set "${override.base}" (the shipped sets: ${Object.keys(BASE_PARAMETER_SETS).join(", ")})` }]);
  }
  const unknown = unknownSeries(Object.keys(override.series), [base, named], path);
  if (unknown.length > 0) throw new InvalidOptionsError(unknown);
  const inherited = override.inherit === false ? undefined : named;
  const series: Record<string, ParameterSeriesData> = { ...(inherited?.series ?? {}) };
  for (const [name, change] of Object.entries(override.series)) {
    const current = change.replace === true ? undefined : series[name];
    const byFrom = new Map<string, ParameterValueData>((current?.values ?? []).map((value) => [value.from, value]));
    for (const value of change.values) byFrom.set(value.from, normalizeValue(value));
    series[name] = {
      description: change.description ?? current?.description ?? "",
      unit: change.unit ?? current?.unit ?? "",
      lastConfirmed: change.lastConfirmed ?? current?.lastConfirmed,
      values: [...byFrom.values()],
    };
  }
  const baseId = inherited?.id;
  return {
    id: override.id ?? (baseId === undefined ? "custom" : `${baseId}+override`),
    jurisdiction: override.jurisdiction ?? inherited?.jurisdiction ?? "",
    description: override.description ?? inherited?.description ?? "",
    series,
  };
}

/** Every series name a shipped set holds: the names a rule can read. */
let shippedNames: ReadonlySet<string> | undefined;

function shippedSeriesNames(): ReadonlySet<string> {
  shippedNames ??= new Set(Object.values(BASE_PARAMETER_SETS).flatMap((set) => Object.keys(set.series)));
  return shippedNames;
}

/** Suggestions offered per override: a hostile one naming thousands of series is answered quickly. */
const MAX_SUGGESTIONS = 20;

/**
 * The series an override names that no rule reads: neither a shipped set nor the override's base holds
 * them. Changing one would change nothing, so a misspelt name ("dibao.standard.urbn") is an error that
 * suggests the nearest name, never a what-if that silently keeps the shipped figure.
 */
function unknownSeries(names: readonly string[], bases: ReadonlyArray<ParameterSetData | undefined>, path: ReadonlyArray<PropertyKey>): InputIssue[] {
  const issues: InputIssue[] = [];
  const shipped = shippedSeriesNames();
  for (const name of names) {
    if (shipped.has(name) || bases.some((set) => set !== undefined && Object.hasOwn(set.series, name))) continue;
    const candidates = [...shipped, ...bases.flatMap((set) => (set === undefined ? [] : Object.keys(set.series)))];
    const nearest = issues.length < MAX_SUGGESTIONS ? closestMatch(name, candidates) : undefined;
    issues.push({
      path: formatPath([...path, "series", name]),
      message: nearest === undefined ? "no such series: no rule reads a series of this name (CHONGQING_PARAMETERS.series lists those of the shipped set)" : `no such series; did you mean ${nearest}?`,
    });
  }
  return issues;
}

/** The value of a series in force on `on`: the last value whose `from` is on or before it. */
export function valueOn(series: CompiledSeries, on: IsoDate): CompiledValue | undefined {
  const values = series.values;
  for (let index = values.length - 1; index >= 0; index--) {
    const value = values[index];
    if (value !== undefined && value.from <= on) return value;
  }
  return undefined;
}

/** True when `on` falls inside the uncertainty span of any estimated start in the series. */
export function isInUncertaintySpan(series: CompiledSeries, on: IsoDate): boolean {
  return series.values.some((value) => value.dateStatus === "estimated" && value.uncertainty != null && value.uncertainty.earliest <= on && on <= value.uncertainty.latest);
}

/** The shipped sets a household can be assessed with, by jurisdiction: a city's layer on the national layer. */
export const SHIPPED_PARAMETER_SETS: Readonly<Record<string, ParameterSetData>> = {
  [CHONGQING_PARAMETERS.jurisdiction]: CHONGQING_PARAMETERS,
};

/** What an override may name as its `base`: the shipped sets, and the national layer (`CN`) for a city of its own. */
const BASE_PARAMETER_SETS: Readonly<Record<string, ParameterSetData>> = {
  [NATIONAL_PARAMETERS.id]: NATIONAL_PARAMETERS,
  ...SHIPPED_PARAMETER_SETS,
};

/** Each shipped set compiled once, on first use. */
const compiledSets = new WeakMap<ParameterSetData, CompiledParameterSet>();

function compiledOnce(data: ParameterSetData): CompiledParameterSet {
  return memo(compiledSets, data, () => compileParameterSet(data));
}

/** An entry of a table by key, never an inherited property ("constructor" names no set). */
function entryOf(table: Readonly<Record<string, ParameterSetData>>, key: string): ParameterSetData | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The shipped Chongqing set, compiled once. */
export function chongqingParameterSet(): CompiledParameterSet {
  return compiledOnce(CHONGQING_PARAMETERS);
}

/** The shipped national layer (`CN`), compiled once: a base for another city's set. */
export function nationalParameterSet(): CompiledParameterSet {
  return compiledOnce(NATIONAL_PARAMETERS);
}

/** The shipped set for a household's jurisdiction, compiled once; `undefined` when none ships (the national layer is no jurisdiction's set). */
export function shippedParameterSet(jurisdiction: string): CompiledParameterSet | undefined {
  const data = entryOf(SHIPPED_PARAMETER_SETS, jurisdiction);
  return data === undefined ? undefined : compiledOnce(data);
}

/** The set an override's `base` names: a shipped set by jurisdiction, or the national layer `CN`. */
export function baseParameterSet(id: string): CompiledParameterSet | undefined {
  const data = entryOf(BASE_PARAMETER_SETS, id);
  return data === undefined ? undefined : compiledOnce(data);
}

export { CHONGQING_PARAMETERS, NATIONAL_PARAMETERS };
