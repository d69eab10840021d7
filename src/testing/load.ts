/** Loading fixture files (YAML or JSON) from files and folders. The only I/O of the testing export. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { parse as parseYaml } from "yaml";
import { parseFixture, type Fixture } from "./fixtures.js";

const EXTENSIONS = new Set([".yaml", ".yml", ".json"]);

function collect(path: string, into: string[]): void {
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path).sort()) {
      const child = join(path, entry);
      if (statSync(child).isDirectory() || EXTENSIONS.has(extname(entry))) collect(child, into);
    }
  } else {
    into.push(path);
  }
}

/** The fixture files under the given files and folders, sorted, folders walked recursively. */
export function findFixtureFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) collect(path, files);
  return files;
}

/** Reads and validates one fixture file. YAML uses the core schema: dates stay strings. */
export function loadFixtureFile(file: string): Fixture {
  const text = readFileSync(file, "utf8");
  const document: unknown = extname(file) === ".json" ? JSON.parse(text) : parseYaml(text, { schema: "core" });
  return parseFixture(document, file);
}

/** Loads every fixture under the given files and folders; throws on a duplicate fixture name. */
export function loadFixtures(paths: readonly string[]): Fixture[] {
  const fixtures = findFixtureFiles(paths).map(loadFixtureFile);
  const seen = new Map<string, string>();
  for (const fixture of fixtures) {
    const previous = seen.get(fixture.name);
    if (previous !== undefined) throw new Error(`duplicate fixture name "${fixture.name}" in ${fixture.file ?? "?"} and ${previous}`);
    seen.set(fixture.name, fixture.file ?? "?");
  }
  return fixtures;
}
