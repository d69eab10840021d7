/**
 * `parameters [--as-of D] [--format text|json]`: what a caller can override (issue 23) — every series of
 * the shipped set with its kind, unit and description, and the value in force on D, or every dated value
 * when no date is given.
 */
import { parseArgs } from "node:util";
import { isIsoDate } from "../model/date.js";
import { expectation } from "../policy/parameter-kinds.js";
import { chongqingParameterSet, valueOn, type CompiledSeries, type CompiledValue } from "../policy/parameters.js";
import { oneOf, UsageError, type Io } from "./commands.js";

interface ValueView {
  readonly from: string;
  readonly value: CompiledValue["value"];
  readonly source: string;
  readonly dateStatus: string;
}

function valueView(value: CompiledValue): ValueView {
  return { from: value.from, value: value.value, source: value.source, dateStatus: value.dateStatus };
}

function seriesView(series: CompiledSeries, asOf: string | undefined): Record<string, unknown> {
  const inForce = asOf === undefined ? undefined : valueOn(series, asOf);
  return {
    name: series.name,
    kind: series.kind,
    expects: expectation(series),
    unit: series.unit,
    description: series.description,
    descriptionZh: series.descriptionZh ?? null,
    ...(asOf === undefined ? { values: series.values.map(valueView) } : { inForce: inForce === undefined ? null : valueView(inForce) }),
  };
}

function show(value: CompiledValue["value"]): string {
  return Array.isArray(value) ? value.join(", ") : String(value);
}

function line(value: ValueView): string {
  return `${show(value.value)}  (from ${value.from}; ${value.source}, ${value.dateStatus})`;
}

/** The `parameters` command: prints the shipped set's series. */
export function parametersCommand(args: readonly string[], io: Io): number {
  const { values } = parseArgs({ args: [...args], allowPositionals: false, strict: true, options: { "as-of": { type: "string" }, format: { type: "string" } } });
  const asOf = values["as-of"];
  if (asOf !== undefined && !isIsoDate(asOf)) throw new UsageError("--as-of must be a date YYYY-MM-DD");
  const format = oneOf(values.format, ["text", "json"] as const, "--format", "text");
  const set = chongqingParameterSet();
  const series = [...set.series.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  if (format === "json") {
    io.out(`${JSON.stringify({ set: set.id, jurisdiction: set.jurisdiction, asOf: asOf ?? null, series: series.map((one) => seriesView(one, asOf)) }, null, 2)}\n`);
    return 0;
  }
  io.out(`Parameter set ${set.id} (${set.description})${asOf === undefined ? "" : `, values in force on ${asOf}`}\n`);
  io.out("Override any series with --parameters FILE (docs/parameters.md lists them all).\n");
  for (const one of series) {
    io.out(`\n${one.name}  [${one.kind}, ${one.unit}]\n  ${one.description}\n${one.descriptionZh === undefined ? "" : `  ${one.descriptionZh}\n`}  must be ${expectation(one)}\n`);
    if (asOf === undefined) for (const value of one.values) io.out(`  ${line(valueView(value))}\n`);
    else {
      const inForce = valueOn(one, asOf);
      io.out(`  ${inForce === undefined ? `no value in force on ${asOf}` : line(valueView(inForce))}\n`);
    }
  }
  return 0;
}
