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
import { PARAMETER_KINDS, type ParameterKind, type ParameterSeriesData, type ParameterSetData, type ParameterValueData } from "./parameter-types.js";
import { checkSpec, checkValue, expectation, type KindSpec } from "./parameter-kinds.js";

export type { ParameterSeriesData, ParameterSetData, ParameterValue, ParameterValueData, DateStatus, ParameterKind } from "./parameter-types.js";
export { PARAMETER_KINDS } from "./parameter-types.js";

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
  /** The description in Chinese, where the series has one (every shipped series does). */
  readonly descriptionZh: string | undefined;
  readonly kind: ParameterKind;
  readonly names: readonly string[] | undefined;
  readonly range: { readonly min: string; readonly max: string } | undefined;
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
  // A number is accepted where decimal text is (as household money is); the series' kind then checks it.
  value: z.union([z.string().min(1), z.number(), z.boolean(), z.array(z.string().min(1))], { error: "must be a number, decimal text, true or false, or a list of text" }),
  source: z.string().min(1).default("caller"),
  dateStatus: z.enum(["verified", "estimated"]).default("verified"),
  uncertainty: z.strictObject({ earliest: isoDateSchema, latest: isoDateSchema }).nullish(),
  startUnknown: z.boolean().nullish(),
  note: z.string().nullish(),
});

const kindSchema = z.enum(PARAMETER_KINDS, { error: `must be one of the kinds ${PARAMETER_KINDS.join(", ")}` });
const rangeSchema = z.strictObject({ min: z.string(), max: z.string() });

const seriesSchema = z.strictObject({
  description: z.string().default(""),
  descriptionZh: z.string().optional(),
  /** Required for a series no shipped set holds; a shipped series' kind is fixed by the rules that read it. */
  kind: kindSchema.optional(),
  names: z.array(z.string().min(1)).optional(),
  range: rangeSchema.optional(),
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
      descriptionZh: z.string().nullish(),
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

function normalizeValue(value: z.output<typeof valueSchema>, checked: ParameterValueData["value"]): ParameterValueData {
  return {
    from: value.from,
    value: checked,
    source: value.source,
    dateStatus: value.dateStatus,
    uncertainty: value.uncertainty ?? undefined,
    startUnknown: value.startUnknown ?? undefined,
    note: value.note ?? undefined,
  };
}

/** The kind every series of this name has in the shipped sets: what the rules read it as. */
let shippedSpecs: ReadonlyMap<string, KindSpec> | undefined;

function shippedSpecOf(name: string): KindSpec | undefined {
  shippedSpecs ??= new Map(Object.values(BASE_PARAMETER_SETS).flatMap((set) => Object.entries(set.series).map(([series, data]) => [series, { kind: data.kind, names: data.names, range: data.range }] as const)));
  return shippedSpecs.get(name);
}

function sameSpec(a: KindSpec, b: KindSpec): boolean {
  return a.kind === b.kind && JSON.stringify(a.names ?? null) === JSON.stringify(b.names ?? null) && JSON.stringify(a.range ?? null) === JSON.stringify(b.range ?? null);
}

function describeSpec(spec: KindSpec): string {
  return `${spec.kind} (${expectation(spec)})`;
}

/**
 * The kind a series of a set is checked against: a shipped series' own (a caller's set may restate it,
 * not change it — the rules read the series as that kind), else the kind the series declares.
 */
function specFor(name: string, declared: { kind?: ParameterKind | undefined; names?: readonly string[] | undefined; range?: { min: string; max: string } | undefined }, path: ReadonlyArray<PropertyKey>, issues: InputIssue[]): KindSpec | undefined {
  const shipped = shippedSpecOf(name);
  const own: KindSpec | undefined = declared.kind === undefined ? undefined : { kind: declared.kind, names: declared.names, range: declared.range };
  if (shipped !== undefined) {
    if (own !== undefined && !sameSpec(own, shipped)) issues.push({ path: formatPath([...path, "kind"]), message: `the rules read this series as ${describeSpec(shipped)}; a set cannot change its kind` });
    return shipped;
  }
  if (own === undefined) {
    issues.push({ path: formatPath([...path, "kind"]), message: `required for a series no shipped set holds: one of ${PARAMETER_KINDS.join(", ")}` });
    return undefined;
  }
  for (const problem of checkSpec(own)) issues.push({ path: formatPath([...path, problem.field]), message: problem.message });
  return own;
}

/**
 * Checks every value of a series against its kind, and that no two share a `from`; returns the values
 * normalized (a number for a decimal kind becomes decimal text). Paths index the values as given.
 */
function checkedValues(spec: KindSpec | undefined, values: ReadonlyArray<z.output<typeof valueSchema>>, path: ReadonlyArray<PropertyKey>, issues: InputIssue[]): ParameterValueData[] {
  const firstIndex = new Map<string, number>();
  return values.map((value, index) => {
    const earlier = firstIndex.get(value.from);
    if (earlier === undefined) firstIndex.set(value.from, index);
    else issues.push({ path: formatPath([...path, "values", index, "from"]), message: `two values from ${value.from} (values[${earlier}] too): a series holds one value from a date` });
    if (value.uncertainty != null && value.uncertainty.earliest > value.uncertainty.latest) {
      issues.push({ path: formatPath([...path, "values", index, "uncertainty"]), message: "earliest is after latest" });
    }
    let checked = value.value as ParameterValueData["value"];
    if (spec !== undefined) {
      const check = checkValue(spec, value.value);
      if (check.ok) checked = check.value;
      else for (const problem of check.problems) issues.push({ path: formatPath([...path, "values", index, "value", ...problem.at]), message: problem.message });
    }
    return normalizeValue(value, checked);
  });
}

function byFrom(a: ParameterValueData, b: ParameterValueData): number {
  return a.from < b.from ? -1 : a.from > b.from ? 1 : 0;
}

function compileSeries(name: string, data: ParameterSeriesData): CompiledSeries {
  const values = [...data.values].sort(byFrom);
  return {
    name,
    description: data.description,
    descriptionZh: data.descriptionZh,
    kind: data.kind,
    names: data.names,
    range: data.range,
    unit: data.unit,
    lastConfirmed: data.lastConfirmed ?? undefined,
    values: values.map((value) => ({
      ...value,
      decimal: typeof value.value === "string" && DECIMAL_TEXT.test(value.value) ? new Money(value.value) : undefined,
    })),
  };
}

/** The sets {@link compileParameterSet} built: only these pass as compiled (a JSON object claiming the kind does not). */
const compiledBrand = new WeakSet<object>();

/** Whether `value` is a set {@link compileParameterSet} built, not data that merely says `kind: "compiled-parameter-set"`. */
export function isCompiledParameterSet(value: unknown): value is CompiledParameterSet {
  return typeof value === "object" && value !== null && compiledBrand.has(value);
}

/**
 * Validates and indexes a parameter set: every value checked against its series' kind (issue 23),
 * no two values of a series from one date. Throws {@link InvalidOptionsError} listing every problem.
 */
export function compileParameterSet(input: unknown, path: ReadonlyArray<PropertyKey> = ["parameters"]): CompiledParameterSet {
  const parsed = setSchema.safeParse(input);
  if (!parsed.success) throw new InvalidOptionsError(issuesOf(parsed.error, path));
  const raw = parsed.data;
  const issues: InputIssue[] = [];
  const seriesData: Record<string, ParameterSeriesData> = {};
  for (const [name, series] of Object.entries(raw.series)) {
    const seriesPath = [...path, "series", name];
    const spec = specFor(name, series, seriesPath, issues);
    const values = checkedValues(spec, series.values, seriesPath, issues);
    seriesData[name] = {
      description: series.description,
      ...(series.descriptionZh === undefined ? {} : { descriptionZh: series.descriptionZh }),
      kind: spec?.kind ?? "count",
      ...(spec?.names === undefined ? {} : { names: spec.names }),
      ...(spec?.range === undefined ? {} : { range: spec.range }),
      unit: series.unit,
      lastConfirmed: series.lastConfirmed ?? undefined,
      values,
    };
  }
  if (issues.length > 0) throw new InvalidOptionsError(issues);
  const data: ParameterSetData = { id: raw.id, jurisdiction: raw.jurisdiction, description: raw.description, series: seriesData };
  const series = new Map<string, CompiledSeries>();
  for (const [name, value] of Object.entries(data.series)) series.set(name, compileSeries(name, value));
  const compiled: CompiledParameterSet = { kind: "compiled-parameter-set", id: data.id, jurisdiction: data.jurisdiction, description: data.description, series, data };
  compiledBrand.add(compiled);
  return compiled;
}

/**
 * Applies an override to a base set's data, returning new data (the base is not touched). Throws
 * {@link InvalidOptionsError} listing every problem, among them each series it names that neither a
 * shipped set nor `base` holds ("no such series; did you mean dibao.standard.urban?").
 */
export function applyOverride(base: ParameterSetData | undefined, input: unknown, path: ReadonlyArray<PropertyKey> = ["parameters"]): ParameterSetData {
  if (typeof input === "object" && input !== null && Object.hasOwn(input, "kind")) {
    // A compiled set is built in code by compileParameterSet, which validates it; data (a file) cannot claim to be one.
    throw new InvalidOptionsError([
      {
        path: formatPath([...path, "kind"]),
        message: "a parameter override has no kind: it cannot claim to be a compiled parameter set (build one in code with compileParameterSet, which validates it)",
      },
    ]);
  }
  const parsed = parameterOverrideSchema.safeParse(input);
  if (!parsed.success) {
    // The series names are judged too, so one error lists a misspelt name with the other problems.
    const series = (input as { series?: unknown } | null | undefined)?.series;
    const names = typeof series === "object" && series !== null && !Array.isArray(series) ? Object.keys(series) : [];
    throw new InvalidOptionsError([...issuesOf(parsed.error, path), ...unknownSeries(names, [base], path), ...rawValueIssues(series, base, path)]);
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
  const issues: InputIssue[] = [];
  for (const [name, change] of Object.entries(override.series)) {
    // Checked here, by the override's own paths (values[0] is the override's first value, not the merged series').
    const own = [base, named].find((set) => set !== undefined && Object.hasOwn(set.series, name))?.series[name];
    const spec = shippedSpecOf(name) ?? (own === undefined ? undefined : { kind: own.kind, names: own.names, range: own.range });
    const values = checkedValues(spec, change.values, [...path, "series", name], issues);
    const current = change.replace === true ? undefined : series[name];
    const merged = new Map<string, ParameterValueData>((current?.values ?? []).map((value) => [value.from, value]));
    for (const value of values) merged.set(value.from, value);
    const kindOf = spec ?? own ?? current;
    // A changed English description without a Chinese one drops the inherited Chinese: it described the old.
    const descriptionZh = change.descriptionZh ?? (change.description == null ? current?.descriptionZh : undefined);
    series[name] = {
      description: change.description ?? current?.description ?? "",
      ...(descriptionZh == null ? {} : { descriptionZh }),
      kind: kindOf?.kind ?? "count",
      ...(kindOf?.names === undefined ? {} : { names: kindOf.names }),
      ...(kindOf?.range === undefined ? {} : { range: kindOf.range }),
      unit: change.unit ?? current?.unit ?? own?.unit ?? "",
      lastConfirmed: change.lastConfirmed ?? current?.lastConfirmed,
      values: [...merged.values()].sort(byFrom),
    };
  }
  if (issues.length > 0) throw new InvalidOptionsError(issues);
  const baseId = inherited?.id;
  return {
    id: override.id ?? (baseId === undefined ? "custom" : `${baseId}+override`),
    jurisdiction: override.jurisdiction ?? inherited?.jurisdiction ?? "",
    description: override.description ?? inherited?.description ?? "",
    series,
  };
}

/**
 * The kind problems of an override the schema refused on other grounds: its values are checked all the
 * same, so one error lists a negative amount with a misspelt field.
 */
function rawValueIssues(series: unknown, base: ParameterSetData | undefined, path: ReadonlyArray<PropertyKey>): InputIssue[] {
  if (typeof series !== "object" || series === null || Array.isArray(series)) return [];
  const issues: InputIssue[] = [];
  for (const [name, change] of Object.entries(series as Record<string, unknown>)) {
    const values = (change as { values?: unknown } | null | undefined)?.values;
    const own = base !== undefined && Object.hasOwn(base.series, name) ? base.series[name] : undefined;
    const spec = shippedSpecOf(name) ?? own;
    if (spec === undefined || !Array.isArray(values)) continue;
    values.slice(0, 1000).forEach((value: unknown, index) => {
      if (typeof value !== "object" || value === null || !Object.hasOwn(value, "value")) return;
      const check = checkValue(spec, (value as { value: unknown }).value);
      if (!check.ok) for (const problem of check.problems) issues.push({ path: formatPath([...path, "series", name, "values", index, "value", ...problem.at]), message: problem.message });
    });
  }
  return issues;
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
