/** The engine version recorded in every determination is the package's version, and the CHANGELOG's newest release (issue 28). */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { ENGINE_VERSION } from "../src/index.js";

const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;

it("matches package.json", () => {
  expect(ENGINE_VERSION).toBe(version);
});

it("is the CHANGELOG's newest release, and every release is dated", () => {
  const releases = [...readFileSync("CHANGELOG.md", "utf8").matchAll(/^## \[([^\]]+)\](.*)$/gm)].map((match) => ({ name: match[1] ?? "", rest: match[2] ?? "" }));
  expect(releases[0]?.name).toBe("Unreleased");
  expect(releases[1]?.name).toBe(version);
  for (const release of releases.slice(1)) expect(release.rest, release.name).toMatch(/^ - \d{4}-\d{2}-\d{2}$/);
});
