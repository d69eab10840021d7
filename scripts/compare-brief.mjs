#!/usr/bin/env node
// For maintainers syncing a new policy brief: lists how the repository's policy/ data differs from a
// brief's clauses.md and sources.md (default ../shared/policy, next to the repository). Not part of
// `npm test`: the brief lives outside the repository, and policy/ is the source of truth.
//
//   node scripts/compare-brief.mjs [BRIEF_DIR]        (npm run policy:compare-brief)
//
// Exit codes: 0 no difference, or no brief to compare with; 1 differences listed; 2 invalid policy data.
// It changes nothing: carry what it lists into policy/*.yaml by hand, then run `npm run catalogue`.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PolicyDataError, readPolicy, root } from "./generate-catalogue.mjs";

const SOURCE_FIELDS = ["title", "issuer", "inForce", "reliability"];

/** The sources table of sources.md: rows whose first cell is a `code` id. */
function parseSources(text) {
  return text
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => {
      const cells = line.split("|").slice(1, -1).map((cell) => cell.trim());
      return { id: cells[0].replace(/`/g, ""), title: cells[1], issuer: cells[2], inForce: cells[3], reliability: cells[4] };
    });
}

/** The clause list of clauses.md: "- `id` — text", optionally followed by an "  *English gist*" line. */
function parseClauses(text) {
  const lines = text.split("\n");
  const clauses = [];
  for (let i = 0; i < lines.length; i++) {
    const match = /^- `([^`]+)` — (.*)$/.exec(lines[i]);
    if (!match) continue;
    const gist = /^  \*(.*)\*$/.exec(lines[i + 1] ?? "");
    clauses.push({ id: match[1], zh: match[2], gist: gist ? gist[1] : undefined });
  }
  return clauses;
}

function compare(briefDir, policy) {
  const found = [];
  const briefSources = parseSources(readFileSync(join(briefDir, "sources.md"), "utf8"));
  const briefClauses = parseClauses(readFileSync(join(briefDir, "clauses.md"), "utf8"));

  const ourSources = new Map(policy.sources.map((source) => [source.id, source]));
  const theirSources = new Map(briefSources.map((source) => [source.id, source]));
  for (const source of briefSources) {
    const ours = ourSources.get(source.id);
    if (ours === undefined) {
      found.push(`source ${source.id}: in the brief, not in policy/sources.yaml\n    ${SOURCE_FIELDS.map((f) => `${f}: ${source[f]}`).join("\n    ")}`);
      continue;
    }
    for (const field of SOURCE_FIELDS) {
      if (ours[field] !== source[field]) found.push(`source ${source.id}: ${field} differs\n    brief:   ${source[field]}\n    policy/: ${ours[field]}`);
    }
  }
  for (const source of policy.sources) {
    if (!theirSources.has(source.id)) found.push(`source ${source.id}: in policy/sources.yaml, not in the brief`);
  }

  const ourClauses = new Map(policy.clauses.map((clause) => [clause.id, clause]));
  const theirClauses = new Map(briefClauses.map((clause) => [clause.id, clause]));
  for (const clause of briefClauses) {
    const ours = ourClauses.get(clause.id);
    if (ours === undefined) {
      found.push(`clause ${clause.id}: in the brief, not in policy/clauses.yaml\n    zh: ${clause.zh}\n    en: ${clause.gist ?? "(the brief gives no English: write the library's gist, enBy: library)"}`);
      continue;
    }
    if (ours.zh !== clause.zh) found.push(`clause ${clause.id}: Chinese text differs\n    brief:   ${clause.zh}\n    policy/: ${ours.zh}`);
    if (clause.gist !== undefined && ours.enBy === "library") {
      found.push(`clause ${clause.id}: the brief now gives a gist; policy/ has the library's\n    brief:   ${clause.gist}\n    policy/: ${ours.en}`);
    } else if (clause.gist !== undefined && ours.en !== clause.gist) {
      found.push(`clause ${clause.id}: the brief's gist differs\n    brief:   ${clause.gist}\n    policy/: ${ours.en}`);
    } else if (clause.gist === undefined && ours.enBy === "brief") {
      found.push(`clause ${clause.id}: policy/ marks its gist as the brief's (enBy: brief), but the brief gives none`);
    }
  }
  for (const clause of policy.clauses) {
    if (!theirClauses.has(clause.id)) found.push(`clause ${clause.id}: in policy/clauses.yaml, not in the brief`);
  }
  const ourOrder = policy.clauses.map((clause) => clause.id).filter((id) => theirClauses.has(id));
  const theirOrder = briefClauses.map((clause) => clause.id).filter((id) => ourClauses.has(id));
  const at = ourOrder.findIndex((id, i) => id !== theirOrder[i]);
  if (at >= 0) found.push(`clause order differs from the brief's from position ${at + 1}: brief ${theirOrder[at]}, policy/ ${ourOrder[at]}`);
  return found;
}

function main(argv) {
  const briefDir = resolve(argv[0] ?? join(root, "..", "shared", "policy"));
  if (!existsSync(join(briefDir, "clauses.md")) || !existsSync(join(briefDir, "sources.md"))) {
    console.log(`No policy brief at ${briefDir} (clauses.md and sources.md); nothing to compare.`);
    return 0;
  }
  let policy;
  try {
    policy = readPolicy();
  } catch (error) {
    if (!(error instanceof PolicyDataError)) throw error;
    console.error(error.message);
    return 2;
  }
  const found = compare(briefDir, policy);
  if (found.length === 0) {
    console.log(`policy/ matches the brief at ${briefDir}: ${policy.sources.length} sources, ${policy.clauses.length} clauses.`);
    return 0;
  }
  console.log(`${found.length} difference${found.length === 1 ? "" : "s"} between policy/ and the brief at ${briefDir}:`);
  for (const line of found) console.log(`- ${line}`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
