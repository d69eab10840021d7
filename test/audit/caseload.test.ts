/**
 * auditCaseload: a caseload streamed from NDJSON lines or household objects, sync or async, one entry
 * per item in order; bad items answered in place as `batch` answers them; a fault of the library and
 * invalid options thrown.
 */
import { describe, expect, it } from "vitest";
import { auditCaseload, auditHousehold, createAuditSummary, InvalidOptionsError, type AuditEntry } from "../../src/index.js";
import { household, member, wage } from "../helpers.js";

const ASOF = "2025-10-15";
const eligible = household([member("m1", { incomes: [wage("500")] })], { id: "a" });

async function all(source: Iterable<unknown> | AsyncIterable<unknown>, asOf = ASOF): Promise<AuditEntry[]> {
  const out: AuditEntry[] = [];
  for await (const entry of auditCaseload(source, { asOf })) out.push(entry);
  return out;
}

describe("auditCaseload", () => {
  it("audits lines and objects alike, in order, numbered from 1, a CRLF line as its line", async () => {
    const expected = { line: 1, ...auditHousehold(eligible, { asOf: ASOF }) };
    const entries = await all([JSON.stringify(eligible), `${JSON.stringify(eligible)}\r`, eligible]);
    expect(entries).toEqual([expected, { ...expected, line: 2 }, { ...expected, line: 3 }]);
    expect(Object.keys(entries[0] ?? {})[0]).toBe("line");
  });

  it("reads an async iterable as it streams", async () => {
    async function* lines(): AsyncGenerator<string> {
      yield JSON.stringify(eligible);
      await new Promise((resolve) => setTimeout(resolve, 1));
      yield JSON.stringify({ ...eligible, id: "b" });
    }
    expect((await all(lines())).map((entry) => ("error" in entry ? entry.error.name : entry.householdId))).toEqual(["a", "b"]);
  });

  it("answers bad lines in place with the error batch gives (with the id it could read), skips blank ones, and keeps going", async () => {
    const entries = await all(["{oops", " \r", JSON.stringify({ id: "x-1", jurisdiction: "CN-CQ" }), JSON.stringify(eligible), { id: 7 }, { id: "" }]);
    expect(entries.map((entry) => entry.line)).toEqual([1, 3, 4, 5, 6]);
    expect(entries[0]).toEqual({ line: 1, error: { name: "UnreadableInputError", issues: [{ path: "", message: expect.stringMatching(/^line 1 is not valid JSON/) as unknown }] } });
    expect(entries[1]).toMatchObject({ line: 3, id: "x-1", error: { name: "InvalidHouseholdError" } });
    expect(entries[2]).toMatchObject({ line: 4, householdId: "a" });
    expect(entries[3]).toMatchObject({ line: 5, id: 7, error: { name: "InvalidHouseholdError" } });
    expect(entries[4]).not.toHaveProperty("id");
    const summary = createAuditSummary(ASOF);
    for (const entry of entries) summary.add(entry);
    expect(summary.summary()).toMatchObject({ households: 1, invalidLines: 4, withFindings: 1 });
    expect(summary.tally.invalid).toBe(4);
  });

  it("refuses invalid options before the first item, and lets a fault of the library through", async () => {
    await expect(all([eligible], "2025-02-30")).rejects.toBeInstanceOf(InvalidOptionsError);
    const hostile = {
      get jurisdiction(): string {
        throw new RangeError("boom");
      },
    };
    await expect(all([hostile])).rejects.toThrow("boom");
  });
});
