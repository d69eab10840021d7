#!/usr/bin/env node
// Writes src/policy/parameters.generated.ts from the parameter data files (issue 23, item 4): each
// programme's series beside its rules (src/rules/<programme>/parameters.yaml), the series several
// programmes share (standards, the near-dibao line, resident income) in src/policy/shared-parameters.yaml.
// Each file keeps the national layer (what the national measures fix) and the Chongqing layer apart.
//
//   node scripts/generate-parameters.mjs            regenerate                     (npm run parameters)
//   node scripts/generate-parameters.mjs --check    exit 1 when the committed file differs (npm run parameters:check)
//   --out FILE                                     another target file (the tests check a stale copy)
//   --root DIR                                     another repository root (the tests feed it broken data)
//
// Exit codes: 0 done / up to date, 1 out of date (--check), 2 invalid data or arguments.
// The same files give the same bytes: the output holds no time, path or environment. The values' kinds
// are checked when the set is compiled (src/policy/parameter-kinds.ts), as a caller's are; this script
// checks the files' shape, so a misspelt key never reaches the library.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const TARGET = join("src", "policy", "parameters.generated.ts");
const SHARED = join("src", "policy", "shared-parameters.yaml");
const LAYERS = ["national", "chongqing"];
const SERIES_KEYS = { required: ["description", "descriptionZh", "kind", "unit"], optional: ["names", "range", "lastConfirmed", "values", "addValues"] };
const VALUE_KEYS = { required: ["from", "value", "source", "dateStatus"], optional: ["note", "uncertainty", "startUnknown"] };
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const HAN = /\p{Script=Han}/u;

/** Invalid parameter data: every problem found, not only the first. */
export class ParameterDataError extends Error {
  constructor(problems) {
    super(`parameter data has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
  }
}

/** The data files under `dir`, in a fixed order: the shared file, then each programme's by folder name. */
export function parameterFiles(dir = root) {
  const rules = join(dir, "src", "rules");
  const programmes = readdirSync(rules, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(rules, entry.name, "parameters.yaml")))
    .map((entry) => join("src", "rules", entry.name, "parameters.yaml"))
    .sort();
  return [SHARED, ...programmes].filter((file) => existsSync(join(dir, file)));
}

function keysProblems(where, object, keys) {
  const problems = [];
  for (const key of keys.required) if (!(key in object)) problems.push(`${where}: ${key} is required`);
  for (const key of Object.keys(object)) if (!keys.required.includes(key) && !keys.optional.includes(key)) problems.push(`${where}: unknown key "${key}"`);
  return problems;
}

function valuesProblems(where, values) {
  if (!Array.isArray(values) || values.length === 0) return [`${where}: must list at least one value`];
  const problems = [];
  values.forEach((value, index) => {
    const at = `${where}[${index}]`;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      problems.push(`${at}: must be a mapping`);
      return;
    }
    problems.push(...keysProblems(at, value, VALUE_KEYS));
    if (typeof value.from !== "string" || !DAY.test(value.from)) problems.push(`${at}.from: must be a day, YYYY-MM-DD`);
    if (!["verified", "estimated"].includes(value.dateStatus)) problems.push(`${at}.dateStatus: must be verified or estimated`);
  });
  return problems;
}

/** Reads and checks every data file. Throws ParameterDataError listing every problem. */
export function readParameterData(dir = root) {
  const problems = [];
  const layers = { national: {}, chongqing: {} };
  const owner = new Map();
  const files = parameterFiles(dir);
  for (const file of files) {
    let data;
    try {
      data = parse(readFileSync(join(dir, file), "utf8"), { schema: "core", uniqueKeys: true });
    } catch (error) {
      problems.push(`${file}: ${error.message.split("\n")[0]}`);
      continue;
    }
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      problems.push(`${file}: must be a mapping with the keys national and chongqing`);
      continue;
    }
    for (const key of Object.keys(data)) if (!LAYERS.includes(key)) problems.push(`${file}: unknown layer "${key}" (the layers: ${LAYERS.join(", ")})`);
    for (const layer of LAYERS) {
      for (const [name, series] of Object.entries(data[layer] ?? {})) {
        const where = `${file} ${layer} ${name}`;
        if (!NAME.test(name)) problems.push(`${where}: a series name is dotted lower-case words`);
        const seen = owner.get(`${layer}\u0000${name}`);
        if (seen !== undefined) problems.push(`${where}: also in ${seen}`);
        owner.set(`${layer}\u0000${name}`, file);
        if (typeof series !== "object" || series === null || Array.isArray(series)) {
          problems.push(`${where}: must be a mapping`);
          continue;
        }
        if ("addValues" in series) {
          // Chongqing's earlier values of a national series: only the values, merged by date.
          if (layer !== "chongqing") problems.push(`${where}: addValues belongs to the chongqing layer`);
          for (const key of Object.keys(series)) if (key !== "addValues") problems.push(`${where}: a series that adds values holds addValues alone, not "${key}"`);
          problems.push(...valuesProblems(`${where}.addValues`, series.addValues));
          layers[layer][name] = { addValues: series.addValues };
          continue;
        }
        problems.push(...keysProblems(where, series, SERIES_KEYS));
        if (typeof series.descriptionZh !== "string" || !HAN.test(series.descriptionZh)) problems.push(`${where}: descriptionZh must be a description in Chinese`);
        problems.push(...valuesProblems(`${where}.values`, series.values));
        layers[layer][name] = series;
      }
    }
  }
  for (const name of Object.keys(layers.chongqing)) {
    if ("addValues" in layers.chongqing[name] && layers.national[name] === undefined) problems.push(`${owner.get(`chongqing\u0000${name}`)} chongqing ${name}: adds values to a series the national layer does not hold`);
  }
  if (problems.length > 0) throw new ParameterDataError(problems);
  const sources = Object.fromEntries(LAYERS.map((layer) => [layer, Object.fromEntries(Object.keys(layers[layer]).map((name) => [name, owner.get(`${layer}\u0000${name}`).split("\\").join("/")]))]));
  return { layers, files: files.map((file) => file.split("\\").join("/")), sources };
}

/** The generated module's text. */
export function renderParameters({ layers, files, sources }) {
  return `// Generated by scripts/generate-parameters.mjs from the parameter data files: do not edit by hand.
// Edit the files listed in PARAMETER_FILES and run \`npm run parameters\`.
import type { LayerSeries } from "./layers.js";
import type { ParameterSeriesData } from "./parameter-types.js";

/** The data files, in the order they are read: the shared series, then each programme's. */
export const PARAMETER_FILES: readonly string[] = ${JSON.stringify(files, null, 2)};

/** The file each series of each layer comes from. */
export const PARAMETER_SOURCES: { readonly national: Readonly<Record<string, string>>; readonly chongqing: Readonly<Record<string, string>> } = ${JSON.stringify(sources, null, 2)};

/** The national layer's series: what the national measures fix. */
export const NATIONAL_SERIES = ${JSON.stringify(layers.national, null, 2)} satisfies Record<string, ParameterSeriesData>;

/** The Chongqing layer's series: whole series, or \`addValues\`, Chongqing's earlier values of a national series. */
export const CHONGQING_SERIES = ${JSON.stringify(layers.chongqing, null, 2)} satisfies Record<string, LayerSeries>;
`;
}

function firstDifference(actual, expected) {
  const a = actual.split("\n");
  const b = expected.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return { line: i + 1, actual: a[i] ?? "(end of file)", expected: b[i] ?? "(end of file)" };
  return undefined;
}

function main(argv) {
  let check = false;
  let dir = root;
  let target;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--check") check = true;
    else if (argv[i] === "--out" && argv[i + 1] !== undefined) target = resolve(argv[++i]);
    else if (argv[i] === "--root" && argv[i + 1] !== undefined) dir = resolve(argv[++i]);
    else {
      console.error(`generate-parameters: unknown argument "${argv[i]}". Usage: node scripts/generate-parameters.mjs [--check] [--out FILE] [--root DIR]`);
      return 2;
    }
  }
  target ??= join(dir, TARGET);
  let data;
  try {
    data = readParameterData(dir);
  } catch (error) {
    if (!(error instanceof ParameterDataError)) throw error;
    console.error(error.message);
    return 2;
  }
  const text = renderParameters(data);
  const name = relative(process.cwd(), target) || target;
  const summary = `${Object.keys(data.layers.national).length} national and ${Object.keys(data.layers.chongqing).length} Chongqing series from ${data.files.length} files`;
  if (!check) {
    // Written whole: a temporary file beside the target, then a rename.
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, target);
    console.log(`wrote ${name}: ${summary}`);
    return 0;
  }
  const current = existsSync(target) ? readFileSync(target, "utf8").replace(/\r\n/g, "\n") : undefined;
  if (current === text) {
    console.log(`${name} is up to date: ${summary}`);
    return 0;
  }
  if (current === undefined) {
    console.error(`${name} is missing. Run \`npm run parameters\` and commit the result.`);
    return 1;
  }
  const diff = firstDifference(current, text);
  console.error(`${name} is out of date with the parameter data files (first difference at line ${diff.line}).`);
  console.error(`  in the file:     ${diff.actual.slice(0, 120)}`);
  console.error(`  from the data:   ${diff.expected.slice(0, 120)}`);
  console.error("Run `npm run parameters` and commit the result; never edit the generated file by hand.");
  return 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
