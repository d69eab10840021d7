/**
 * The repository is self-contained (issue 28, item 3): every mention of the rules, contract or parameters
 * page names the page in docs/ that exists (or, inside docs/, a relative Markdown link that resolves), no
 * file points at the policy brief's folder beside the repository, and the package ships the pages. The
 * rules page states every rule module, interpretation and warning code the code has, and cites only
 * catalogue clauses.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { clauseCatalogue, INTERPRETATIONS, RULES } from "../../src/index.js";
import { WARNING_CODES } from "../../src/model/determination.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Folders that are generated, installed or scratch (all in .gitignore), never the project's text. */
const SKIPPED_DIRS = new Set([".git", "node_modules", "dist", "coverage", "reports", ".stryker-tmp", "scratch", "api"]);
const TEXT_FILE = /\.(?:md|ts|mts|cts|mjs|cjs|js|json|ya?ml|txt)$/;

/** Every text file of the project, as a path relative to the root with "/" separators. */
function projectFiles(dir = ROOT): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) files.push(...projectFiles(path));
    } else if (TEXT_FILE.test(entry.name) && entry.name !== "package-lock.json") {
      files.push(relative(ROOT, path).split(sep).join("/"));
    }
  }
  return files.sort();
}

// Built from parts, so this file does not match what it looks for.
const PAGES = ["rules", "contract", "parameters"];
const PAGE_MENTION = new RegExp(`(?:${PAGES.join("|")})\\.md`, "g");
const BRIEF_FOLDER = new RegExp(["\\.\\./", "shared", "|", "/work/", "shared"].join(""), "g");
/** The brief's own clause and source pages: the repository holds these as policy/*.yaml. */
const BRIEF_PAGES = new RegExp(`(?<![\\w/.-])(?:${["clauses", "sources"].join("|")})\\.md`, "g");

/** What is wrong with the page mention at `index` of `text` in `file`, or undefined if it resolves. */
function unresolved(file: string, text: string, index: number, page: string): string | undefined {
  const before = text.slice(Math.max(0, index - 5), index);
  if (before === "docs/") return existsSync(join(ROOT, "docs", page)) ? undefined : `docs/${page} does not exist`;
  const linkTarget = text.slice(Math.max(0, index - 2), index) === "](";
  if (file.startsWith("docs/") && linkTarget) {
    return existsSync(join(ROOT, dirname(file), page)) ? undefined : `link ${page} does not resolve from ${dirname(file)}/`;
  }
  return `${page} without docs/: not a file of the repository`;
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

describe("the repository's references resolve inside it", () => {
  const files = projectFiles();

  it("walks the project's files (the scan can see what it must)", () => {
    for (const file of ["README.md", "CHANGELOG.md", "docs/rules.md", "docs/contract.md", "docs/parameters.md", "policy/README.md", "src/index.ts"]) {
      expect(files).toContain(file);
    }
    expect(files.some((file) => file.startsWith("fixtures/"))).toBe(true);
    expect(files.some((file) => file.startsWith("node_modules/"))).toBe(false);
  });

  it("names the rules, contract and parameters pages by their place in docs/", () => {
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(ROOT, file), "utf8");
      for (const match of text.matchAll(PAGE_MENTION)) {
        const problem = unresolved(file, text, match.index, match[0]);
        if (problem !== undefined) problems.push(`${file}:${lineOf(text, match.index)}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("never points at the policy brief's folder or its pages outside the repository", () => {
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(ROOT, file), "utf8");
      for (const pattern of [BRIEF_FOLDER, BRIEF_PAGES]) {
        for (const match of text.matchAll(pattern)) problems.push(`${file}:${lineOf(text, match.index)}: ${match[0]}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("fails on a mention that does not resolve (the check itself)", () => {
    // Page names built from parts here too, so the scan above does not flag this test.
    const page = `${PAGES[0]}.md`;
    const bad = `see ${page} R1`;
    expect(unresolved("README.md", bad, bad.indexOf(page), page)).toMatch(/without docs\//);
    const link = `[rules](${page})`;
    expect(unresolved("docs/glossary.md", link, link.indexOf(page), page)).toBeUndefined();
    expect(unresolved("README.md", link, link.indexOf(page), page)).toMatch(/without docs\//);
    const missing = "docs/nowhere.md";
    expect(unresolved("README.md", missing, missing.indexOf("nowhere.md"), "nowhere.md")).toMatch(/does not exist/);
    expect(["..", "/shared/policy"].join("").match(BRIEF_FOLDER)).not.toBeNull();
    expect(`(the brief's ${"clauses"}.md)`.match(BRIEF_PAGES)).not.toBeNull();
    expect("policy/clauses.yaml".match(BRIEF_PAGES)).toBeNull();
  });

  it("ships the docs pages in the package", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { files: string[]; scripts: Record<string, string> };
    expect(pkg.files).toContain("docs/*.md");
    // No npm script runs a file outside the repository.
    for (const [name, command] of Object.entries(pkg.scripts)) expect(command.match(BRIEF_FOLDER), name).toBeNull();
  });
});

describe("docs/rules.md", () => {
  const text = readFileSync(join(ROOT, "docs/rules.md"), "utf8");
  const headings = text.split("\n").filter((line) => line.startsWith("#"));

  it("has a section for every rule module the engine runs", () => {
    const ids = [...new Set(RULES.map((rule) => rule.id.replace(/[a-z]$/, "")))];
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) expect(headings.some((line) => line.startsWith(`## ${id} `)), id).toBe(true);
    // R7's tiers (R7a, R7b) are stated under R7, each in bold by its own id.
    for (const rule of RULES) expect(text.includes(`## ${rule.id} `) || text.includes(`**${rule.id} `), rule.id).toBe(true);
  });

  it("states every interpretation the code implements, with whether it can be switched off", () => {
    const rows = text.split("\n").filter((line) => /^\| INT-\d+ \|/.test(line));
    expect(rows.map((row) => row.split("|")[1]?.trim())).toEqual(INTERPRETATIONS.map((item) => item.id));
    for (const item of INTERPRETATIONS) {
      const row = rows.find((line) => line.startsWith(`| ${item.id} |`)) ?? "";
      const alternative = row.split("|")[4]?.trim();
      // A dash where the code has no alternative reading; words where it has one.
      expect(alternative === "—", item.id).toBe(item.alternative === undefined);
      expect(row.includes("contested"), item.id).toBe(item.warns || item.id === "INT-3");
    }
  });

  it("states every warning code", () => {
    const rows = text.split("\n").filter((line) => /^\| `W-[A-Z-]+` \|/.test(line));
    expect(rows.map((row) => /`(W-[A-Z-]+)`/.exec(row)?.[1])).toEqual([...WARNING_CODES]);
  });

  it("cites only clauses of the catalogue", () => {
    const known = new Set(clauseCatalogue.map((clause) => clause.id));
    const cited = [...text.matchAll(/`([a-z][a-z0-9-]*\/[a-z0-9/-]+)`/g)].map((match) => match[1] ?? "");
    expect(cited.length).toBeGreaterThan(40);
    expect(cited.filter((id) => !known.has(id) && !id.startsWith("docs/") && !id.startsWith("policy/") && !id.startsWith("src/"))).toEqual([]);
  });
});
