/**
 * The hand-worked departmental-records fixture (fixtures/audit/records*.ndjson) against the expectations
 * written, with their arithmetic, in fixtures/audit/expected-records.md: the comparison with other
 * departments' records (数据比对) and the review schedule (R12). None was produced by running the library.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { auditCaseload, createAuditSummary, indexRecords, mergeTallies, summaryOf, type AuditEntry, type AuditFinding, type HouseholdAudit } from "../../src/index.js";
import { emptyTally, tallyAudit } from "../../src/audit/summary.js";

const DIR = fileURLToPath(new URL("../../fixtures/audit/", import.meta.url));
const ASOF = "2025-10-15";
const lines = (file: string): string[] => readFileSync(`${DIR}${file}`, "utf8").split("\n").slice(0, -1);
const caseload = lines("records-caseload.ndjson");
const records = indexRecords(lines("records.ndjson"), ASOF);

function expectations(): Record<string, unknown> {
  const text = readFileSync(`${DIR}expected-records.md`, "utf8");
  const merged: Record<string, unknown> = {};
  for (const match of text.matchAll(/```yaml\n([\s\S]*?)```/g)) Object.assign(merged, parseYaml(match[1] ?? "", { schema: "core" }) as Record<string, unknown>);
  return merged;
}

type Loose = Record<string, unknown>;
const AUDITED_SECTIONS = new Set(["dibao", "singlePersonReferrals", "specialHardship"]);

/** The finding as far as the expectation speaks (see expected-records.md, "How the test reads this file"). */
function projected(actual: AuditFinding, expected: Loose): Loose {
  const out: Loose = {};
  const source = actual as unknown as Loose;
  for (const key of Object.keys(expected)) {
    if (key === "recorded" || key === "decided") {
      const part = source[key] as Loose;
      out[key] = Object.fromEntries(Object.keys(expected[key] as Loose).map((name) => [name, part[name]]));
    } else if (key === "departmental") {
      out[key] = (actual.departmental ?? []).map(({ department, asOf, value }) => ({ department, asOf, value }));
    } else if (key === "changes") {
      out[key] = (actual.changes ?? []).filter((change) => AUDITED_SECTIONS.has(change.section));
    } else out[key] = source[key];
  }
  return out;
}

async function audited(): Promise<Array<AuditEntry & HouseholdAudit>> {
  const entries: Array<AuditEntry & HouseholdAudit> = [];
  for await (const entry of auditCaseload(caseload, { asOf: ASOF, records })) {
    if ("error" in entry) throw new Error(`line ${entry.line} invalid`);
    entries.push(entry as AuditEntry & HouseholdAudit);
  }
  return entries;
}

describe("departmental records fixture (fixtures/audit/records*.ndjson)", () => {
  const expected = expectations();

  it("gives every household exactly its hand-worked findings", async () => {
    for (const entry of await audited()) {
      const id = entry.householdId as string;
      const wanted = expected[id] as { result: string; monthlyAtStake: string; monthlyAtStakeIfRecordsHold?: string; findings: Loose[] } | undefined;
      expect(wanted, id).toBeDefined();
      if (wanted === undefined) continue;
      expect(entry.result, `${id} result`).toBe(wanted.result);
      expect(entry.monthlyAtStake, `${id} monthlyAtStake`).toBe(wanted.monthlyAtStake);
      if (wanted.monthlyAtStakeIfRecordsHold !== undefined) expect(entry.monthlyAtStakeIfRecordsHold, `${id} monthlyAtStakeIfRecordsHold`).toBe(wanted.monthlyAtStakeIfRecordsHold);
      expect(entry.findings.map((finding) => finding.code), `${id} codes`).toEqual(wanted.findings.map((finding) => finding.code));
      entry.findings.forEach((finding, index) => {
        expect(projected(finding, wanted.findings[index] ?? {}), `${id} finding ${index}`).toEqual(wanted.findings[index]);
        expect(finding.reasons.length, `${id} finding ${index} cites its reasons`).toBeGreaterThan(0);
      });
    }
  });

  it("cites the data-comparison clauses and saim/art-13 in a conflict, the review Q&A in R12's findings", async () => {
    const entries = await audited();
    const conflict = entries.find((entry) => entry.householdId === "rec-01")?.findings[0];
    expect(conflict?.reasons[0]?.clauses).toEqual(["cq-daily-2020-09/data-comparison", "cq-daily-2020-09/education-data", "saim/art-13"]);
    // Civil affairs' death record: the data comparison only (education-data is for education and federation data).
    expect(entries.find((entry) => entry.householdId === "rec-02")?.findings[0]?.reasons[0]?.clauses).toEqual(["cq-daily-2020-09/data-comparison", "saim/art-13"]);
    expect(entries.find((entry) => entry.householdId === "rec-14")?.findings[0]?.reasons[0]?.clauses).toEqual(["cq-daily-2020-09/data-comparison", "cq-daily-2020-09/education-data", "saim/art-13"]);
    const birth = entries.find((entry) => entry.householdId === "rec-04")?.findings[0];
    expect(birth?.reasons[0]?.clauses).toEqual(["cq-daily-2020-09/data-comparison", "saim/art-13"]);
    const overdue = entries.find((entry) => entry.householdId === "rec-07")?.findings[0];
    expect(overdue?.reasons[0]).toMatchObject({ clauses: ["cq-dibao-review-qa/review"], interpretations: ["INT-23"], values: { parameter: "dibao.review-interval.stable", dateStatus: "estimated" } });
    const unknown = entries.find((entry) => entry.householdId === "rec-11")?.findings[0];
    expect(unknown?.reasons[0]?.interpretations).toEqual(["INT-23", "INT-24"]);
  });

  it("sums to the hand-worked summary", async () => {
    const builder = createAuditSummary(ASOF, records);
    for (const entry of await audited()) builder.add(entry);
    const summary = builder.summary();
    const want = expected.summary as Loose & { findings: Loose; records: Loose & { unmatchedLines: number[]; invalidLines: number[]; afterAsOfLines: number[] } };
    const { unmatchedLines, invalidLines, afterAsOfLines, ...recordFigures } = want.records;
    expect({
      households: summary.households,
      invalidLines: summary.invalidLines,
      consistent: summary.consistent,
      withFindings: summary.withFindings,
      undecidable: summary.undecidable,
      findings: Object.fromEntries(Object.entries(summary.findings).filter(([, count]) => count > 0)),
      monthly: { overPaid: summary.monthly.overPaid, underPaid: summary.monthly.underPaid, missed: summary.monthly.missed },
      findingsWithoutAmount: summary.findingsWithoutAmount,
      reviewNotTested: summary.reviewNotTested,
      byBasis: summary.byBasis,
    }).toEqual({ ...want, records: undefined, findings: want.findings });
    const { lines: listed, ...figures } = summary.records ?? ({} as never);
    expect(figures).toEqual(recordFigures);
    expect(listed.unmatched).toEqual(unmatchedLines);
    expect(listed.invalid.map((item) => item.line)).toEqual(invalidLines);
    expect(listed.afterAsOf.map((item) => item.line)).toEqual(afterAsOfLines);
    // Every problem of the invalid line by path, as a household's.
    expect(listed.invalid[0]?.issues.map((issue) => issue.path)).toEqual(["department", "facts.seriousIllnes"]);
  });

  it("adds up the same from parts counted apart, in any order (as worker threads count them)", async () => {
    const entries = await audited();
    const whole = createAuditSummary(ASOF, records);
    for (const entry of entries) whole.add(entry);
    const [first, second] = [emptyTally(), emptyTally()];
    entries.forEach((entry, index) => tallyAudit(index % 2 === 0 ? first : second, entry));
    const merged = emptyTally();
    mergeTallies(merged, second);
    mergeTallies(merged, first);
    expect(summaryOf(merged, ASOF, {}, records)).toEqual(whole.summary());
  });
});
