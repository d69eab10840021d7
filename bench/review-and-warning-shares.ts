/**
 * How often the library leaves a decision to a caseworker, and how often it warns about an
 * interpretation, over the seeded bench population (bench/population.ts, applicants and current
 * recipients): the share of extreme-poverty entries that are `needs-review`, and the share of
 * determinations carrying `W-INTERPRETATION` (with the interpretations named). Run from the repository
 * root, on this tree or on another build to compare:
 *
 *   npx tsx bench/review-and-warning-shares.ts [DIST_INDEX] [COUNT] [SEED]
 *
 * DIST_INDEX is a built `dist/index.js` (another version's, say); without it (or with `-`) the sources
 * of this tree are evaluated. The same households are decided either way: the population is asked for v1
 * fields only (`v11: false`), which every version accepts.
 */
import { pathToFileURL } from "node:url";
import * as source from "../src/index.js";
import { generatePopulation } from "./population.js";

interface Decided {
  readonly specialHardship: ReadonlyArray<{ readonly status: string; readonly reasons: ReadonlyArray<{ readonly code: string; readonly outcome: string }> }>;
  readonly warnings: ReadonlyArray<{ readonly code: string; readonly interpretations: readonly string[] }>;
}
type Library = { evaluate: (household: unknown, options: { asOf: string }) => Decided };

const [path = "-", countText = "10000", seedText = "20251015"] = process.argv.slice(2);
const library = (path === "-" ? source : await import(pathToFileURL(path).href)) as unknown as Library;
const cases = generatePopulation({ count: Number(countText), seed: Number(seedText), recipients: true, v11: false });

let entries = 0;
let needsReview = 0;
/** needs-review entries whose supporter condition is the unknown one (what INT-12 addresses). */
let reviewOnSupporters = 0;
let withInterpretationWarning = 0;
const named = new Map<string, number>();
for (const { household, asOf } of cases) {
  const d = library.evaluate(household, { asOf });
  for (const entry of d.specialHardship) {
    entries++;
    if (entry.status !== "needs-review") continue;
    needsReview++;
    if (entry.reasons.some((reason) => reason.code === "special-hardship.no-able-supporter" && reason.outcome === "unknown")) reviewOnSupporters++;
  }
  const warning = d.warnings.find((item) => item.code === "W-INTERPRETATION");
  if (warning === undefined) continue;
  withInterpretationWarning++;
  for (const id of warning.interpretations) named.set(id, (named.get(id) ?? 0) + 1);
}

const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} %`;
console.log(`${cases.length} households (seed ${seedText}), ${path === "-" ? "this tree's sources" : path}`);
console.log(`extreme-poverty entries: ${entries}; needs-review ${needsReview} (${percent(needsReview, entries)}), of which on the supporter condition ${reviewOnSupporters} (${percent(reviewOnSupporters, entries)})`);
console.log(`determinations with W-INTERPRETATION: ${withInterpretationWarning} (${percent(withInterpretationWarning, cases.length)})`);
console.log(`  naming: ${[...named.entries()].sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })).map(([id, n]) => `${id} ${n} (${percent(n, cases.length)})`).join(", ") || "—"}`);
