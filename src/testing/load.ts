/** Loading fixture files (YAML or JSON) from files and folders. The only I/O of the testing export. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { parse as parseYaml } from "yaml";
import { InvalidFixtureError, parseFixture, type Fixture } from "./fixtures.js";

const EXTENSIONS = new Set([".yaml", ".yml", ".json"]);
/** Files a folder walk skips: parameter overrides kept beside fixtures (`raise-urban.reform.yaml`). */
const OVERRIDE_FILE = /\.(?:reform|parameters)\.(?:ya?ml|json)$/;

function collect(path: string, into: string[]): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new InvalidFixtureError([{ path, message: "no such file or folder" }]);
  }
  if (isDirectory) {
    for (const entry of readdirSync(path).sort()) {
      const child = join(path, entry);
      // A parameter or reform file beside fixtures (fixtures/impact) is an override, not a fixture.
      if (statSync(child).isDirectory() || (EXTENSIONS.has(extname(entry)) && !OVERRIDE_FILE.test(entry))) collect(child, into);
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
  let document: unknown;
  try {
    const text = readFileSync(file, "utf8");
    document = extname(file) === ".json" ? JSON.parse(text) : parseYaml(text, { schema: "core" });
  } catch (error) {
    throw new InvalidFixtureError([{ path: file, message: `cannot be read as ${extname(file) === ".json" ? "JSON" : "YAML"}: ${error instanceof Error ? error.message : String(error)}` }]);
  }
  return parseFixture(document, file);
}

/** Loads every fixture under the given files and folders; throws on a duplicate fixture name. */
export function loadFixtures(paths: readonly string[]): Fixture[] {
  const fixtures = findFixtureFiles(paths).map(loadFixtureFile);
  const seen = new Map<string, string>();
  for (const fixture of fixtures) {
    const previous = seen.get(fixture.name);
    if (previous !== undefined) throw new InvalidFixtureError([{ path: fixture.file ?? "?", message: `duplicate fixture name "${fixture.name}" (also in ${previous})` }]);
    seen.set(fixture.name, fixture.file ?? "?");
  }
  return fixtures;
}
