/**
 * Every policy fixture under fixtures/ (hand-worked from the brief) through the public testing export.
 * A fixture fails with the paths where the determination differs from its expectation.
 */
import { describe, expect, it } from "vitest";
import { loadFixtures, runFixture } from "../src/testing/index.js";

const fixtures = loadFixtures(["fixtures"]);

describe("policy fixtures", () => {
  it("holds the fixture counts the issues ask for", () => {
    const byFolder = (folder: string) => fixtures.filter((fixture) => fixture.file?.includes(`/${folder}/`)).length;
    expect(byFolder("dibao")).toBeGreaterThanOrEqual(25);
    expect(byFolder("gradual-exit")).toBeGreaterThanOrEqual(15);
    expect(byFolder("single-person")).toBeGreaterThanOrEqual(12);
    expect(byFolder("special-hardship")).toBeGreaterThanOrEqual(20);
  });

  it.each(fixtures.map((fixture) => [fixture.file ?? fixture.name, fixture] as const))("%s", (_file, fixture) => {
    expect(fixture.source ?? fixture.description, "a fixture says where its expectation comes from").toBeTruthy();
    expect(runFixture(fixture).differences).toEqual([]);
  });
});
