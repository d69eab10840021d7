/**
 * Parameter layers: a shipped set is a national layer (what the national measures fix) with a local
 * layer (a city's standards, windows and dates) composed on top. Composition is plain data merging, done
 * once when the module loads; the composed set is what `compileParameterSet` validates.
 */
import type { ParameterSeriesData, ParameterSetData, ParameterValueData } from "./parameter-types.js";

/** Values a layer adds to a series its base holds, merged by `from` (the layer's value wins on the same `from`). */
export interface SeriesAddition {
  readonly addValues: readonly ParameterValueData[];
}

/** A series of a layer: a whole series (new, or replacing the base's whole), or values added to the base's. */
export type LayerSeries = ParameterSeriesData | SeriesAddition;

/** A layer: its own identity and the series it adds or changes. */
export interface ParameterLayerData {
  readonly id: string;
  readonly jurisdiction: string;
  readonly description: string;
  readonly series: Readonly<Record<string, LayerSeries>>;
}

function byFrom(a: ParameterValueData, b: ParameterValueData): number {
  return a.from < b.from ? -1 : a.from > b.from ? 1 : 0;
}

/**
 * A layer composed on its base: the base's series, with the layer's whole series in place of the base's
 * of the same name and the layer's added values merged in by date (sorted by `from`). Throws when a layer
 * adds values to a series its base lacks: that is an error in the shipped data, not in any input.
 */
export function composeLayers(base: ParameterSetData, layer: ParameterLayerData): ParameterSetData {
  const series: Record<string, ParameterSeriesData> = { ...base.series };
  for (const [name, change] of Object.entries(layer.series)) {
    if (!("addValues" in change)) {
      series[name] = change;
      continue;
    }
    const current = base.series[name];
    if (current === undefined) throw new Error(`parameter layer ${layer.id} adds values to "${name}", which its base ${base.id} does not hold`);
    const merged = new Map<string, ParameterValueData>(current.values.map((value) => [value.from, value]));
    for (const value of change.addValues) merged.set(value.from, value);
    series[name] = { ...current, values: [...merged.values()].sort(byFrom) };
  }
  return { id: layer.id, jurisdiction: layer.jurisdiction, description: layer.description, series };
}
