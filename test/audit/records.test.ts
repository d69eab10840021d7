/**
 * The departmental record schema and index (contract v1.2 "Departmental records", rules 2–3): every problem
 * by path, never fatal; member and household facts apart; the latest record of a department and dataset
 * standing; the same asOf with different values a disagreement; departmental facts never entering evaluate.
 */
import { describe, expect, it } from "vitest";
import { auditHousehold, evaluate, indexRecords, parseDepartmentalRecord } from "../../src/index.js";
import { household, member, wage } from "../helpers.js";

const ASOF = "2025-10-15";
const record = (facts: unknown, extra: Record<string, unknown> = {}) => ({ householdId: "h", memberId: "m1", department: "disabled-persons-federation", asOf: "2025-09-30", facts, ...extra });

describe("departmental records", () => {
  it("lists every problem of a record by path", () => {
    const parsed = parseDepartmentalRecord({ householdId: "", department: "police", asOf: "2025-02-30", facts: { disability: { category: "physical", grade: 7 }, deceasd: "x" } });
    expect("issues" in parsed && parsed.issues.map((issue) => issue.path)).toEqual(["householdId", "memberId", "department", "asOf", "facts.disability.grade", "facts.deceasd"]);
    // A household record states household facts only; facts must state something.
    const household = parseDepartmentalRecord(record({ disability: { category: "physical", grade: 1 } }, { memberId: null }));
    expect("issues" in household && household.issues.map((issue) => issue.path)).toEqual(["facts.disability"]);
    const empty = parseDepartmentalRecord(record({}));
    expect("issues" in empty && empty.issues).toEqual([{ path: "facts", message: "must state at least one fact" }]);
  });

  it("indexes by household, counts invalid lines and records after the audit date, and skips blank lines", () => {
    const index = indexRecords([JSON.stringify(record({ seriousIllness: true })), "", "{not json", JSON.stringify(record({ seriousIllness: true }, { asOf: "2025-10-16" }))], ASOF);
    expect(index.read).toBe(3);
    expect(index.usable).toBe(1);
    expect(index.byHousehold.get("h")?.map((item) => item.line)).toEqual([1]);
    expect(index.invalid.map((item) => item.line)).toEqual([3]);
    expect(index.afterAsOf).toEqual([{ line: 4, householdId: "h", asOf: "2025-10-16" }]);
  });

  it("lets a department's latest record stand, and reads the same asOf with two values as a disagreement", () => {
    // Urban, wage 500, paid 270.00 (770 − 500). Grade 3 in March, grade 1 in September, same dataset: grade 1 stands.
    const h = household([member("m1", { incomes: [wage("500")], ownAssetsCompliant: false })], { id: "h", status: { dibao: { since: "2023-01-01", monthlyAmount: "270.00" } } });
    const march = record({ disability: { category: "physical", grade: 3 } }, { asOf: "2025-03-31", dataset: "残疾人证" });
    const september = record({ disability: { category: "physical", grade: 1 } }, { dataset: "残疾人证" });
    const latest = auditHousehold(h, { asOf: ASOF, records: [march, september] });
    expect(latest.findings[0]).toMatchObject({ code: "record-conflict", decided: { value: { category: "physical", grade: 1 } }, departmental: [{ asOf: "2025-09-30", line: 2 }] });
    // Grade 1 (+100: 60 + 40) and grade 4 (+40) on the same day: neither stands.
    const same = auditHousehold(h, { asOf: ASOF, records: [september, { ...september, facts: { disability: { category: "physical", grade: 4 } } }] });
    expect(same.findings[0]).toMatchObject({ code: "record-conflict", decided: { value: null }, missing: ["members[0].disability"] });
    expect(same.findings[0]?.departmental).toHaveLength(2);
    expect(same.findings[1]).toMatchObject({ code: "undecidable", basis: "departmental", section: "dibao", missing: ["members[0].disability"] });
  });

  it("reports the household invalid when the records leave no counted member", () => {
    const h = household([member("m1", { incomes: [wage("500")] })], { id: "h", status: { dibao: { since: "2023-01-01", monthlyAmount: "270.00" } } });
    const audit = auditHousehold(h, { asOf: ASOF, records: [record({ deceased: "2025-09-01" }, { department: "civil-affairs" })] });
    expect(audit.findings.map((finding) => [finding.code, finding.basis, finding.section])).toEqual([
      ["record-conflict", "departmental", "departmentalRecords"],
      ["undecidable", "departmental", "departmentalRecords"],
    ]);
    expect(audit.findings[0]?.changes?.[0]?.to.status).toMatch(/^invalid: members/);
  });

  it("never enters evaluate: the determination is the same with or without records", () => {
    const h = household([member("m1", { incomes: [wage("500")] })], { id: "h", status: { dibao: { since: "2023-01-01", monthlyAmount: "270.00" } } });
    const audit = auditHousehold(h, { asOf: ASOF, records: [record({ disability: { category: "physical", grade: 1 } })] });
    expect(audit.monthlyAtStake).toBe("0.00");
    expect(audit.monthlyAtStakeIfRecordsHold).toBe("100.00");
    expect(audit.inputDigest).toBe(evaluate(h, { asOf: ASOF }).inputDigest);
    expect(() => evaluate(h, { asOf: ASOF, records: [] } as never)).toThrow(/records/);
  });
});
