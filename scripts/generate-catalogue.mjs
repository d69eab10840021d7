#!/usr/bin/env node
// Regenerates src/policy/catalogue.generated.ts from the policy brief (shared/policy/clauses.md and
// sources.md). Clause texts are copied verbatim; English gists missing from the brief come from
// LIBRARY_GISTS below and are marked as the library's own wording. Run: node scripts/generate-catalogue.mjs [BRIEF_DIR]
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const briefDir = process.argv[2] ?? join(root, "..", "shared", "policy");

// English gists the brief does not give. Our wording, summarising the Chinese text; never a clause text.
const LIBRARY_GISTS = {
  "shp-identification-2021/art-4": "Elderly, disabled and minor persons who have no capacity to work, no livelihood, and no legal supporter or only supporters unable to support them are taken into extreme-poverty support.",
  "shp-identification-2021/art-5": "No capacity to work: aged 60 or over; under 16; intellectual or mental disability grade 1–3, physical disability grade 1–2, visual disability grade 1; other cases set by the province.",
  "shp-identification-2021/art-8": "A legal supporter is unable to support when: an extreme-poverty person; a dibao recipient aged 60+; aged 70+ with own income below last year's local per-capita disposable income and property within low-income rules; severely disabled or grade-3 intellectual/mental disabled with such income and property; without civil capacity, declared missing or in prison, with property within low-income rules; other cases set by the province.",
  "shp-identification-2021/art-9": "A minor who meets both the extreme-poverty and the orphan (or de facto unsupported child) conditions and chooses orphan support is not identified as an extreme-poverty person.",
  "shp-identification-2021/art-17": "Support starts from the month after confirmation.",
  "shp-identification-2021/art-21": "Self-care ability is assessed on six activities: eating, dressing, getting in and out of bed, using the toilet, walking indoors, bathing.",
  "shp-identification-2021/art-22": "All six activities done: able to care for self; 3 or fewer not done: partly lost; 4 or more not done: fully lost.",
  "reform-opinion-2020/item-5": "Protect the basic living of severely disabled and seriously ill members of low-income households not eligible for dibao; extend extreme-poverty support for minors from 16 to 18.",
  "reform-opinion-2020/item-11": "Deduct necessary employment costs from employed recipients' income, and give a gradual-exit period after per-capita income rises above the standard.",
  "backstop-notice-2022/1-1": "Adult unemployed severely disabled persons may apply for dibao as a single-person household; support paid by siblings or by people aged 60+ may be exempted; where the whole household qualifies, no single member alone is taken in.",
  "backstop-notice-2022/1-3": "Recipients whose per-capita income rises above the standard after finding work may get a gradual-exit period, in principle at most 6 months.",
  "backstop-notice-2022/1-4": "A near-dibao household is one not eligible for dibao, with per-capita income below 1.5 × the standard and compliant property; its severely disabled and seriously ill members may, on their own application, enter dibao as single-person households.",
  "low-income-opinion-2023/2": "The low-income population: dibao recipients, extreme-poverty persons, households monitored against relapse into poverty, near-dibao household members, rigid-expenditure hardship households and other persons in difficulty.",
  "rigid-expenditure-2025/art-4": "A rigid-expenditure hardship household: not in dibao or extreme-poverty support nor near-dibao; per-capita income below last year's local per-capita disposable income; compliant property; rigid spending in the prior 12 months above the local share of income; other local conditions.",
  "cq-daily-2020-09/urban-rural": "Next, gradual exit and single-person households are no longer limited to rural areas but cover urban and rural dibao recipients.",
  "cq-daily-2020-09/five-categories": "Screen five groups: unlifted, unstable and edge registered-poor people not yet under backstop support; people needing backstop support because of the epidemic; people with a sudden fall in income or rise in spending; rural dibao and dispersed extreme-poverty persons with housing, medical or education difficulties outside the register; people who left backstop support and face deeper hardship. Verify and help those who qualify.",
  "cq-daily-2020-09/education": "Student financial aid covers registered-poor, dibao, extreme-poverty, orphan, disabled and other students from households in difficulty.",
  "cq-daily-2020-09/medical": "A monitoring and early-warning mechanism, and a help mechanism, for seriously ill members of low-income households and people impoverished by medical spending.",
  "cq-daily-2020-09/housing": "Dibao households and dispersed extreme-poverty persons who apply receive public rental housing or rent subsidies; rural dilapidated houses of registered-poor, dibao and extreme-poverty households are renovated.",
  "cq-standards-2020": "From 2020-09-01: urban standard 620, rural 496, extreme-poverty basic standard 806 yuan per person per month; classified top-ups unchanged; a third care tier (self-care, 50 yuan) added.",
  "cq-standards-2021": "Standards adjusted from the month after issue; classified top-ups and the care subsidy unchanged.",
  "cq-standards-2022": "Urban standard from 636 to 717, rural from 515 to 581, extreme-poverty basic standard from 827 to 932 yuan per person per month; top-ups and care subsidy unchanged.",
  "cq-standards-2023": "From 2023-09-01: urban standard from 717 to 735, rural from 581 to 600 yuan per person per month.",
  "cq-standards-2024": "Urban standard from 735 to 750, rural from 600 to 610; extreme-poverty basic standard from 955 to 975; care subsidy full/partial/self-care raised from 300/200/50 to 500/300/100 yuan per person per month; top-ups unchanged.",
  "cq-standards-2025": "Standards adjusted from 2025-07-01; classified top-ups and the care subsidy unchanged.",
  "cq-standards-2018": "Classified top-ups for dibao members: disabled 40; grade 1–2 severely disabled, major illness, aged 70+ 60; preschool children and students 100 yuan per person per month; the five categories do not combine, except that the disabled top-up adds to another; care subsidy full 300, partial 200.",
};

function parseSources(text) {
  const rows = text.split("\n").filter((line) => line.startsWith("| `"));
  return rows.map((line) => {
    const cells = line.split("|").slice(1, -1).map((cell) => cell.trim());
    return {
      id: cells[0].replace(/`/g, ""),
      title: cells[1],
      issuer: cells[2],
      inForce: cells[3],
      reliability: cells[4],
    };
  });
}

function parseClauses(text) {
  const lines = text.split("\n");
  const clauses = [];
  for (let i = 0; i < lines.length; i++) {
    const match = /^- `([^`]+)` — (.*)$/.exec(lines[i]);
    if (!match) continue;
    const id = match[1];
    const next = lines[i + 1] ?? "";
    const gistMatch = /^  \*(.*)\*$/.exec(next);
    clauses.push({ id, zh: match[2], gist: gistMatch ? gistMatch[1] : undefined });
  }
  return clauses;
}

const sources = parseSources(readFileSync(join(briefDir, "sources.md"), "utf8"));
const clauses = parseClauses(readFileSync(join(briefDir, "clauses.md"), "utf8"));
const sourceIds = new Set(sources.map((source) => source.id));

const entries = clauses.map((clause) => {
  const source = clause.id.split("/")[0];
  if (!sourceIds.has(source)) throw new Error(`clause ${clause.id}: unknown source ${source}`);
  const gist = clause.gist ?? LIBRARY_GISTS[clause.id];
  if (gist === undefined) throw new Error(`clause ${clause.id}: no English gist`);
  return { id: clause.id, source, zh: clause.zh, en: gist, enBy: clause.gist ? "brief" : "library" };
});
for (const id of Object.keys(LIBRARY_GISTS)) {
  const clause = clauses.find((c) => c.id === id);
  if (!clause) throw new Error(`library gist for unknown clause ${id}`);
  if (clause.gist) throw new Error(`library gist for ${id}, which the brief already glosses`);
}

const out = `// Generated by scripts/generate-catalogue.mjs from the policy brief (clauses.md, sources.md). Do not edit by hand.
import type { ClauseEntry, SourceEntry } from "./catalogue-types.js";

export const SOURCES: readonly SourceEntry[] = ${JSON.stringify(sources, null, 2)};

export const CLAUSES: readonly ClauseEntry[] = ${JSON.stringify(entries, null, 2)};
`;
writeFileSync(join(root, "src", "policy", "catalogue.generated.ts"), out);
console.log(`${sources.length} sources, ${entries.length} clauses (${entries.filter((e) => e.enBy === "library").length} library gists)`);
