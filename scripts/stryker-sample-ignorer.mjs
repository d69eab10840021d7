// @ts-check
/**
 * A Stryker ignorer for `npm run mutation:sample`: Stryker selects mutants by source range, and a drawn
 * mutant's range (a block, a function) also holds other mutants nested in it. This ignores every part
 * of the code whose subtree holds no drawn mutant, so Stryker runs the drawn mutants and only the few
 * others that share a node with one or lie between a drawn mutant and a drawn mutant inside it
 * (scripts/mutation-sample.mjs scores the drawn ones alone).
 */
import { readFileSync } from "node:fs";
import { PluginKind, declareValuePlugin } from "@stryker-mutator/api/plugin";

/** Drawn mutants by file, as Babel places nodes (1-based lines, 0-based columns). */
const drawn = new Map();
const sample = JSON.parse(readFileSync(new URL("../reports/mutation-sample/sample.json", import.meta.url), "utf8"));
// A retest runs only the drawn mutants that survived (scripts/mutation-sample.mjs retest).
for (const { file, location } of sample.retest ?? sample.drawn) {
  const list = drawn.get(file) ?? [];
  list.push({ start: { line: location.start.line + 1, column: location.start.column }, end: { line: location.end.line + 1, column: location.end.column } });
  drawn.set(file, list);
}

const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, "sample", {
    shouldIgnore(path) {
      const loc = path.node.loc;
      if (!loc) return undefined;
      const file = String(path.hub?.file?.opts?.filename ?? "").split("\\").join("/");
      const entry = [...drawn.keys()].find((name) => file.endsWith(`/${name}`));
      const inside = entry === undefined ? [] : drawn.get(entry);
      return inside.some((m) => before(loc.start, m.start) && before(m.end, loc.end)) ? undefined : "not drawn for the sample";
    },
  }),
];
