/**
 * Issue 24, item 6: `issues` lists every problem at once. Duplicate member ids and a second `self` were
 * reported only once every field error was fixed (zod refines only a valid shape); a household of more
 * than 50 members reported only "at most 50 members"; an unknown key's path was echoed whole (a 50 MB
 * key gave 52 MB of stderr); and `evaluate` read and parsed any amount of input before refusing it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/cli.js";
import { InvalidHouseholdError, parseHousehold } from "../../src/index.js";
import { issuesThrown } from "../helpers.js";

const member = (id: string, extra: Record<string, unknown> = {}) => ({ id, relation: "other", birthDate: "1980-01-01", ...extra });

describe("every problem at once", () => {
  it("a duplicate member id and a second self come with the field errors", () => {
    const input = { jurisdiction: "CN-CQ", area: "town", members: [member("m1", { relation: "self" }), member("m1", { relation: "self", birthDate: "1980-13-01" })], status: { specialHardshipMemberIds: ["m9"], gradualExit: { start: "2025-06-01", end: "2025-01-31" } } };
    const issues = issuesThrown(() => parseHousehold(input, "2025-10-15"), InvalidHouseholdError);
    expect(issues.map((issue) => issue.path)).toEqual([
      "area",
      "members[1].birthDate",
      "members[1].id",
      "members[1].relation",
      "status.specialHardshipMemberIds[0]",
      "status.gradualExit.end",
    ]);
    expect(issues[2]?.message).toBe('duplicate member id "m1" (also members[0].id)');
  });

  it("a late date comes with the field errors", () => {
    const input = { jurisdiction: "CN-CQ", area: "town", members: [member("m1", { relation: "self", birthDate: "2026-01-01" })], status: { dibao: { since: "2026-01-01" } } };
    expect(issuesThrown(() => parseHousehold(input, "2025-10-15"), InvalidHouseholdError).map((issue) => issue.path)).toEqual(["area", "members[0].birthDate", "status.dibao.since"]);
  });

  it("more than 50 members: the limit, and each member's own problems too", () => {
    const members = [member("m0", { relation: "self" }), ...Array.from({ length: 55 }, (_, i) => member(`m${i + 1}`))];
    members[3] = member("m3", { relation: "cousin" });
    members[52] = member("m1");
    const issues = issuesThrown(() => parseHousehold({ jurisdiction: "CN-CQ", area: "urban", members }, "2025-10-15"), InvalidHouseholdError);
    expect(issues).toEqual([
      { path: "members", message: "at most 50 members" },
      { path: "members[3].relation", message: expect.stringMatching(/^must be one of /) },
      { path: "members[52].id", message: 'duplicate member id "m1" (also members[1].id)' },
    ]);
  });

  it("a hostile number of members: the first 1 050 checked, the rest counted in one issue", () => {
    const members = Array.from({ length: 5000 }, (_, i) => ({ id: `m${i}`, relation: "other" }));
    const issues = issuesThrown(() => parseHousehold({ jurisdiction: "CN-CQ", area: "urban", members }, "2025-10-15"), InvalidHouseholdError);
    expect(issues.filter((issue) => issue.path.endsWith(".birthDate"))).toHaveLength(1050);
    expect(issues).toContainEqual({ path: "members[1050]", message: "not checked: the 3950 members from here on (only the first 1050 of 5000 are)" });
  });

  it("an unknown key's path echoes at most 200 of its characters", () => {
    const key = `"${"k".repeat(1_000_000)}`;
    const issues = issuesThrown(() => parseHousehold({ jurisdiction: "CN-CQ", area: "urban", members: [member("m1")], [key]: 1 }), InvalidHouseholdError);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path.length).toBeLessThan(300);
    expect(issues[0]?.path).toContain("… (1000001 characters)");
  });
});

describe("evaluate's input limit", () => {
  it("refuses input over 4 MiB without parsing it, as batch refuses such a line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sar-big-"));
    const file = join(dir, "big.json");
    writeFileSync(file, `[${"{},".repeat(2_000_000)}{}]`);
    let err = "";
    const code = await main(["evaluate", file, "--as-of", "2025-10-15"], { out: () => undefined, err: (chunk) => (err += chunk) });
    expect(code).toBe(2);
    expect(err).toContain(`${file} is more than 4194304 bytes (4 MiB), more than a household can take; it was not read`);
  });
});
