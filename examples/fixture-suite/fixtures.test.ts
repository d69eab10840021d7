/**
 * Policy fixtures in your own test suite (vitest): each YAML file under fixtures/ is a household, a date
 * and what the determination must hold, worked out by hand. Run with `npx vitest run` in this folder.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadFixtures, runFixture } from "social-assistance-rules/testing";

const fixtures = loadFixtures([fileURLToPath(new URL("./fixtures", import.meta.url))]);

describe("our policy fixtures", () => {
  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))("%s", (_name, fixture) => {
    expect(runFixture(fixture).differences).toEqual([]);
  });
});
