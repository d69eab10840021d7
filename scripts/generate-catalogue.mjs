#!/usr/bin/env node
// Writes src/policy/catalogue.generated.ts from the repository's policy/ folder (sources.yaml and
// clauses.yaml), which is the catalogue's source of truth; it reads nothing outside the repository.
//
//   node scripts/generate-catalogue.mjs            regenerate the catalogue        (npm run catalogue)
//   node scripts/generate-catalogue.mjs --check    exit 1 when the committed file differs from what this
//                                                  script would write              (npm run catalogue:check)
//   --out FILE                                     another target file (the tests check a stale copy)
//   --policy DIR                                   another data folder (the tests feed it broken data)
//
// Exit codes: 0 done / up to date, 1 out of date (--check), 2 invalid policy data or arguments.
// Same policy/ data gives the same bytes: the output holds no time, path or environment.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const policyDir = join(root, "policy");
export const defaultTarget = join(root, "src", "policy", "catalogue.generated.ts");

const SOURCE_KEYS = { required: ["id", "title", "titleZh", "titleEn", "issuer", "inForce", "reliability"], optional: ["inForceFrom", "inForceNotBefore"] };
const CLAUSE_KEYS = { required: ["id", "source", "zh", "en", "enBy"], optional: [] };
const SOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CLAUSE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
const HAN = /\p{Script=Han}/u;

/** Invalid policy data: every problem found, not only the first. */
export class PolicyDataError extends Error {
  constructor(problems) {
    super(`policy data has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
  }
}

/** A path as the messages show it: relative inside the repository, absolute outside. */
function display(path) {
  const inside = relative(root, path);
  return inside === "" || inside.startsWith("..") ? path : inside;
}

/** A real calendar day written YYYY-MM-DD. */
function isPlainDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * One YAML file as a list of string-valued records. The failsafe schema reads every scalar as text, so
 * `inForce: 2014` stays "2014" and no date or number is coerced.
 */
function readRecords(file, keys, problems) {
  const name = display(file);
  if (!existsSync(file)) {
    problems.push(`${name}: missing`);
    return undefined;
  }
  let data;
  try {
    data = parse(readFileSync(file, "utf8"), { schema: "failsafe", uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    problems.push(`${name}: not valid YAML: ${error.message.split("\n")[0]}`);
    return undefined;
  }
  if (!Array.isArray(data)) {
    problems.push(`${name}: must be a YAML list of entries`);
    return undefined;
  }
  const allowed = new Set([...keys.required, ...keys.optional]);
  const records = [];
  data.forEach((entry, index) => {
    const where = `${name} entry ${index + 1}${typeof entry?.id === "string" ? ` (${entry.id})` : ""}`;
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
      problems.push(`${where}: must be a mapping of fields`);
      return;
    }
    let ok = true;
    for (const key of Object.keys(entry)) {
      if (!allowed.has(key)) {
        problems.push(`${where}: unknown field "${key}" (allowed: ${[...allowed].join(", ")})`);
        ok = false;
      }
    }
    for (const key of allowed) {
      const value = entry[key];
      if (value === undefined) {
        if (keys.required.includes(key)) {
          problems.push(`${where}: missing field "${key}"`);
          ok = false;
        }
        continue;
      }
      if (typeof value !== "string" || value.length === 0) {
        problems.push(`${where}: field "${key}" must be non-empty text`);
        ok = false;
      } else if (value !== value.trim()) {
        problems.push(`${where}: field "${key}" has leading or trailing white space (use a plain or quoted scalar, not a "|" block)`);
        ok = false;
      }
    }
    if (ok) records.push(entry);
  });
  return records;
}

/**
 * Reads and validates policy/sources.yaml and policy/clauses.yaml. Throws PolicyDataError listing every
 * problem: unknown or missing fields, duplicate ids, a clause whose source is unknown or is not its id's
 * first segment, a gist marked neither "brief" nor "library", a date that is not a calendar day.
 */
export function readPolicy(dir = policyDir) {
  const problems = [];
  const sourcesFile = display(join(dir, "sources.yaml"));
  const clausesFile = display(join(dir, "clauses.yaml"));
  const sourcesRead = readRecords(join(dir, "sources.yaml"), SOURCE_KEYS, problems);
  const sources = sourcesRead ?? [];
  const clauses = readRecords(join(dir, "clauses.yaml"), CLAUSE_KEYS, problems) ?? [];

  const sourceIds = new Set();
  for (const source of sources) {
    const where = `${sourcesFile} ${source.id}`;
    if (!SOURCE_ID.test(source.id)) problems.push(`${where}: id must be lower-case words joined by "-"`);
    if (sourceIds.has(source.id)) problems.push(`${where}: duplicate id`);
    sourceIds.add(source.id);
    // A Chinese explanation names the instrument by titleZh: a Latin letter there would leak English into it.
    if (source.titleZh !== undefined && (!HAN.test(source.titleZh) || /[A-Za-z]/.test(source.titleZh))) problems.push(`${where}: titleZh must be Chinese, without Latin letters`);
    if (source.inForceFrom !== undefined && !isPlainDate(source.inForceFrom)) {
      problems.push(`${where}: inForceFrom "${source.inForceFrom}" is not a YYYY-MM-DD calendar day`);
    }
    if (source.inForceNotBefore !== undefined && !isPlainDate(source.inForceNotBefore)) {
      problems.push(`${where}: inForceNotBefore "${source.inForceNotBefore}" is not a YYYY-MM-DD calendar day`);
    }
    // A day stated is the start; the earliest possible day is only for copies that state none.
    if (source.inForceFrom !== undefined && source.inForceNotBefore !== undefined) problems.push(`${where}: give inForceFrom or inForceNotBefore, not both`);
  }
  const clauseIds = new Set();
  for (const clause of clauses) {
    const where = `${clausesFile} ${clause.id}`;
    if (!CLAUSE_ID.test(clause.id)) problems.push(`${where}: id must be "/"-separated lower-case segments`);
    if (clauseIds.has(clause.id)) problems.push(`${where}: duplicate id`);
    clauseIds.add(clause.id);
    // An unreadable sources.yaml is reported once, not once per clause.
    if (sourcesRead !== undefined && !sourceIds.has(clause.source)) problems.push(`${where}: unknown source "${clause.source}" (not in ${sourcesFile})`);
    if (clause.id.split("/")[0] !== clause.source) problems.push(`${where}: source "${clause.source}" is not the id's first segment`);
    if (clause.enBy !== "brief" && clause.enBy !== "library") problems.push(`${where}: enBy must be "brief" or "library", not "${clause.enBy}"`);
    if (!HAN.test(clause.zh)) problems.push(`${where}: zh holds no Chinese text`);
  }
  if (problems.length > 0) throw new PolicyDataError(problems);
  return { sources, clauses };
}

/** The generated module's text. Fields are written in a fixed order, so only the data decides the bytes. */
export function renderCatalogue({ sources, clauses }) {
  const sourceEntries = sources.map((s) => ({
    id: s.id,
    title: s.title,
    titleZh: s.titleZh,
    titleEn: s.titleEn,
    issuer: s.issuer,
    inForce: s.inForce,
    reliability: s.reliability,
    ...(s.inForceFrom === undefined ? {} : { inForceFrom: s.inForceFrom }),
    ...(s.inForceNotBefore === undefined ? {} : { inForceNotBefore: s.inForceNotBefore }),
  }));
  const clauseEntries = clauses.map((c) => ({ id: c.id, source: c.source, zh: c.zh, en: c.en, enBy: c.enBy }));
  return `// Generated by scripts/generate-catalogue.mjs from policy/sources.yaml and policy/clauses.yaml.
// Do not edit by hand: edit policy/ and run \`npm run catalogue\`.
import type { ClauseEntry, SourceEntry } from "./catalogue-types.js";

export const SOURCES: readonly SourceEntry[] = ${JSON.stringify(sourceEntries, null, 2)};

export const CLAUSES: readonly ClauseEntry[] = ${JSON.stringify(clauseEntries, null, 2)};
`;
}

/** The first line where two texts differ (1-based), with both lines. */
function firstDifference(actual, expected) {
  const a = actual.split("\n");
  const b = expected.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return { line: i + 1, actual: a[i] ?? "(end of file)", expected: b[i] ?? "(end of file)" };
  }
  return undefined;
}

const clip = (text) => (text.length > 120 ? `${text.slice(0, 117)}...` : text);

function main(argv) {
  let check = false;
  let target = defaultTarget;
  let dir = policyDir;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--check") check = true;
    else if (argv[i] === "--out" && argv[i + 1] !== undefined) target = resolve(argv[++i]);
    else if (argv[i] === "--policy" && argv[i + 1] !== undefined) dir = resolve(argv[++i]);
    else {
      console.error(`generate-catalogue: unknown argument "${argv[i]}". Usage: node scripts/generate-catalogue.mjs [--check] [--out FILE] [--policy DIR]`);
      console.error("(The generator reads only policy/: see policy/README.md for taking in a new policy brief.)");
      return 2;
    }
  }
  let policy;
  try {
    policy = readPolicy(dir);
  } catch (error) {
    if (!(error instanceof PolicyDataError)) throw error;
    console.error(error.message);
    return 2;
  }
  const text = renderCatalogue(policy);
  const name = display(target);
  const summary = `${policy.sources.length} sources, ${policy.clauses.length} clauses (${policy.clauses.filter((c) => c.enBy === "library").length} library gists)`;
  if (!check) {
    writeFileSync(target, text);
    console.log(`wrote ${name}: ${summary}`);
    return 0;
  }
  // A checkout that turned line ends into CRLF is not stale.
  const current = existsSync(target) ? readFileSync(target, "utf8").replace(/\r\n/g, "\n") : undefined;
  if (current === text) {
    console.log(`${name} is up to date with policy/: ${summary}`);
    return 0;
  }
  if (current === undefined) {
    console.error(`${name} is missing. Run \`npm run catalogue\` and commit the result.`);
    return 1;
  }
  const diff = firstDifference(current, text);
  console.error(`${name} is out of date with policy/ (first difference at line ${diff.line}).`);
  console.error(`  in the file:      ${clip(diff.actual)}`);
  console.error(`  from policy/:     ${clip(diff.expected)}`);
  console.error("Run `npm run catalogue` and commit the result; never edit the generated file by hand.");
  return 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
