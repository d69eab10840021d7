// @ts-check
/**
 * A mutation score measured on a random sample of the mutants, when the whole run does not fit the time
 * at hand (all 6 500-odd mutants of src/rules, src/engine and src/facts take the better part of a day on
 * two cores: half of them are static, set up while the modules load, so each of those reloads the
 * library and runs the suite).
 *
 *   node scripts/mutation-sample.mjs pick [N] [SEED]   list every mutant Stryker would make (its own
 *       instrumenter, the same mutate globs as stryker.config.mjs) and draw N of them (default 400) with
 *       a seeded generator (default seed 20251015): writes reports/mutation-sample/sample.json.
 *   npm run mutation:sample                           pick, then Stryker on exactly the drawn mutants (the
 *       config reads the sample when MUTATION_SAMPLE=1), then score.
 *   node scripts/mutation-sample.mjs score             the drawn mutants' results from Stryker's JSON report:
 *       the score, its 95 % Wilson interval, and every surviving mutant with its place and replacement.
 *   npm run mutation:sample:retest                    after adding tests: Stryker again on the drawn
 *       mutants that survived or timed out only (the others keep their status), then score.
 *
 * Stryker selects mutants by source range, and a range also takes the mutants nested inside it (a block
 * holds the statements' mutants): scripts/stryker-sample-ignorer.mjs drops every subtree that holds no
 * drawn mutant, and of the few others that still run only the drawn mutants are scored, so the estimate
 * stays a simple random sample of all mutants, static ones included. Score as Stryker counts it:
 * (killed + timed out) / (killed + timed out + survived + no coverage).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT_DIR = join(ROOT, "reports", "mutation-sample");
const SAMPLE = join(OUT_DIR, "sample.json");
const REPORT = join(OUT_DIR, "mutation.json");
/** Each drawn mutant's status from the runs before a `retest`, by {@link keyOf}. */
const RESULTS = join(OUT_DIR, "results.json");

/** mulberry32, seeded: the same seed draws the same mutants on every machine. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The files stryker.config.mjs mutates, in a fixed order. Its patterns are of two shapes, a folder's
 * TypeScript ("src/rules/**\/*.ts") or one file; another shape is refused rather than misread.
 */
async function mutatedFiles() {
  const { MUTATE } = await import(join(ROOT, "stryker.config.mjs"));
  const files = new Set();
  for (const pattern of MUTATE) {
    const folder = /^([\w./-]+)\/\*\*\/\*\.ts$/.exec(pattern);
    if (folder !== null) {
      for (const entry of readdirSync(join(ROOT, folder[1]), { recursive: true })) {
        const file = `${folder[1]}/${String(entry).split("\\").join("/")}`;
        if (file.endsWith(".ts") && !file.endsWith(".d.ts")) files.add(file);
      }
    } else if (/^[\w./-]+\.ts$/.test(pattern)) files.add(pattern);
    else throw new Error(`mutate pattern ${pattern}: only "folder/**/*.ts" or a file name is understood here`);
  }
  return [...files].sort();
}

/** Every mutant of those files, as Stryker's instrumenter makes them (0-based lines, 0-based columns). */
async function allMutants(files) {
  const { Instrumenter } = await import("@stryker-mutator/instrumenter");
  const quiet = { isDebugEnabled: () => false, debug() {}, info() {}, warn() {}, error() {}, trace() {}, isTraceEnabled: () => false, isInfoEnabled: () => false, isWarnEnabled: () => false, isErrorEnabled: () => false, isFatalEnabled: () => false, fatal() {} };
  const instrumenter = new Instrumenter(quiet);
  const input = files.map((name) => ({ name: join(ROOT, name), mutate: true, content: readFileSync(join(ROOT, name), "utf8") }));
  const { mutants } = await instrumenter.instrument(input, { plugins: null, excludedMutations: [], ignorers: [], noHeader: false });
  return mutants.map((m) => ({
    file: relative(ROOT, m.fileName).split("\\").join("/"),
    mutatorName: m.mutatorName,
    replacement: m.replacement,
    location: m.location,
  }));
}

/** A mutant's range as a Stryker mutate pattern: 1-based lines, 0-based columns, ends included. */
function rangePattern({ file, location: { start, end } }) {
  return `${file}:${start.line + 1}:${start.column}-${end.line + 1}:${end.column}`;
}

async function pick(count, seed) {
  const files = await mutatedFiles();
  const mutants = await allMutants(files);
  const random = prng(seed);
  // A partial Fisher–Yates shuffle: the first `count` places are a uniform draw without replacement.
  const order = mutants.map((_, index) => index);
  const n = Math.min(count, order.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (order.length - i));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const drawn = order.slice(0, n).sort((a, b) => a - b).map((index) => mutants[index]);
  mkdirSync(OUT_DIR, { recursive: true });
  rmSync(RESULTS, { force: true });
  writeFileSync(SAMPLE, `${JSON.stringify({ seed, population: mutants.length, files: files.length, drawn, mutate: drawn.map(rangePattern) }, null, 1)}\n`);
  console.log(`${mutants.length} mutants in ${files.length} files; drew ${n} (seed ${seed}) into ${relative(ROOT, SAMPLE)}`);
}

/** Wilson score interval at 95 %. */
function wilson(successes, total) {
  const z = 1.959964;
  const p = successes / total;
  const denominator = 1 + (z * z) / total;
  const centre = (p + (z * z) / (2 * total)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total))) / denominator;
  return [centre - half, centre + half];
}

/** A drawn mutant's identity: file, place (0-based) and what it does. */
const keyOf = ({ file, location: { start, end }, mutatorName, replacement }) => `${file}|${start.line}:${start.column}|${end.line}:${end.column}|${mutatorName}|${replacement ?? ""}`;

/**
 * The drawn mutants' statuses: those recorded before a `retest`, overridden by Stryker's last report
 * (whose locations are 1-based in lines and columns).
 */
function statuses() {
  const results = new Map(existsSync(RESULTS) ? Object.entries(JSON.parse(readFileSync(RESULTS, "utf8"))) : []);
  const report = JSON.parse(readFileSync(REPORT, "utf8"));
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const name = relative(ROOT, join(ROOT, file)).split("\\").join("/");
    for (const m of mutants) {
      // A retest's report also lists drawn mutants it did not run (ignored): they keep their earlier status.
      if (m.status === "Ignored") continue;
      const { start, end } = m.location;
      const location = { start: { line: start.line - 1, column: start.column - 1 }, end: { line: end.line - 1, column: end.column - 1 } };
      results.set(keyOf({ file: name, location, mutatorName: m.mutatorName, replacement: m.replacement }), m.status);
    }
  }
  return results;
}

const undetected = (status) => status === "Survived" || status === "NoCoverage";

/**
 * After tests were added: keep every drawn mutant's status, and have the next Stryker run (npm run
 * mutation:sample:retest) test again only the drawn mutants that survived. Adding tests cannot let a
 * killed mutant live, so the sample's score stays an estimate for the code and tests as they now are.
 */
function retest() {
  const sample = JSON.parse(readFileSync(SAMPLE, "utf8"));
  const results = statuses();
  const kept = {};
  for (const d of sample.drawn) if (results.has(keyOf(d))) kept[keyOf(d)] = results.get(keyOf(d));
  // A timeout on a loaded machine may be a survivor that ran slowly: those are tested again too.
  const again = sample.drawn.filter((d) => undetected(kept[keyOf(d)]) || kept[keyOf(d)] === "Timeout");
  writeFileSync(RESULTS, `${JSON.stringify(kept, null, 1)}\n`);
  writeFileSync(SAMPLE, `${JSON.stringify({ ...sample, retest: again, mutate: again.map(rangePattern) }, null, 1)}\n`);
  console.log(`${again.length} of the ${sample.drawn.length} drawn mutants survived or timed out; the next run tests those again`);
}

function score() {
  const sample = JSON.parse(readFileSync(SAMPLE, "utf8"));
  const results = statuses();
  const counts = {};
  const survivors = [];
  let missing = 0;
  for (const d of sample.drawn) {
    const { start } = d.location;
    const status = results.get(keyOf(d));
    if (status === undefined) {
      missing++;
      continue;
    }
    counts[status] = (counts[status] ?? 0) + 1;
    if (undetected(status)) survivors.push(`${d.file}:${start.line + 1}:${start.column + 1} ${status} ${d.mutatorName} → ${JSON.stringify(d.replacement).slice(0, 100)}`);
  }
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const valid = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  const [low, high] = wilson(detected, valid);
  const pct = (x) => `${(100 * x).toFixed(1)} %`;
  console.log(`sample of ${sample.drawn.length} from ${sample.population} mutants (seed ${sample.seed}); statuses: ${JSON.stringify(counts)}${missing ? `; ${missing} not in the report` : ""}`);
  console.log(`mutation score ${pct(detected / valid)} (${detected} of ${valid}); 95 % interval ${pct(low)} – ${pct(high)}`);
  for (const line of survivors.sort()) console.log(`  ${line}`);
  if (missing > 0) process.exitCode = 1;
}

const [command = "pick", ...rest] = process.argv.slice(2);
if (command === "pick") await pick(Number(rest[0] ?? 400), Number(rest[1] ?? 20251015));
else if (command === "score") score();
else if (command === "retest") retest();
else {
  console.error("usage: node scripts/mutation-sample.mjs pick [N] [SEED] | score | retest");
  process.exitCode = 2;
}
