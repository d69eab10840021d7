/**
 * Guards "never differ between machines" (issue 6) in one process: every fixture and 300 random
 * households are evaluated with `process.env.TZ` switched to UTC, Asia/Shanghai, America/Los_Angeles and
 * Pacific/Kiritimati in turn, and the determinations must be byte for byte the same. The fixtures'
 * expectations must also hold in each zone. (child-processes.test.ts repeats the comparison across
 * separate processes, where nothing can be cached from one zone to the next.)
 */
import { afterAll, describe, expect, it } from "vitest";
import { loadFixtures, runFixture } from "../../src/testing/index.js";
import { determinationLines, timeZoneInputs } from "./inputs.js";
import { ZONES, restoreZone, useZone } from "./zones.js";

afterAll(restoreZone);

describe("determinations do not depend on the process time zone (in process)", () => {
  const inputs = timeZoneInputs();

  it(`are byte-identical under ${ZONES.join(", ")} (${inputs.length} evaluations)`, () => {
    const byZone = ZONES.map((zone) => {
      useZone(zone);
      return determinationLines(inputs);
    });
    const [first, ...others] = byZone;
    expect(first?.length).toBe(inputs.length);
    // Not a comparison of empty answers: most inputs give a determination.
    expect(first?.filter((line) => line.startsWith('{"schema"')).length).toBeGreaterThan(inputs.length / 2);
    others.forEach((lines, index) => {
      const differing = lines.flatMap((line, i) => (line === first?.[i] ? [] : [inputs[i]?.name ?? String(i)]));
      expect(differing, `${ZONES[index + 1]} differs from ${ZONES[0]}`).toEqual([]);
    });
  }, 60_000);

  it.each(ZONES)("every fixture passes under %s", (zone) => {
    useZone(zone);
    const failed = loadFixtures(["fixtures"]).filter((fixture) => !runFixture(fixture).passed).map((fixture) => fixture.file ?? fixture.name);
    expect(failed).toEqual([]);
  });
});
