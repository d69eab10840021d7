/**
 * The audit's summary tally and the selection of the worst households: counts and exact yuan, parts that
 * add up to the whole in any order, and a selection that is the same however the caseload was split.
 */
import { describe, expect, it } from "vitest";
import { emptyTally, mergeTallies, summaryOf, tallyAudit } from "../../src/audit/summary.js";
import { compareWorst, worstSelection, type Ranked } from "../../src/audit/worst.js";
import { auditHousehold, FINDING_CODES, type HouseholdAudit } from "../../src/index.js";
import { household, member, wage } from "../helpers.js";

const ASOF = "2025-10-15";

/** Urban one-person households, each worked out by hand (standard 770). */
function audits(): HouseholdAudit[] {
  const one = (income: string, status?: object) => auditHousehold(household([member("m1", { incomes: [wage(income)] })], status === undefined ? {} : { status }), { asOf: ASOF });
  return [
    one("500", { dibao: { since: "2024-01-01", monthlyAmount: "270.10" } }), // eligible 270.00: +0.10 over-paid
    one("500", { dibao: { since: "2024-01-01", monthlyAmount: "269.80" } }), // −0.20 under-paid
    one("769.90"), // eligible 0.10, not covered: −0.10 missed
    one("3000", { dibao: { since: "2024-01-01", monthlyAmount: "0.20" } }), // ineligible recipient: +0.20
    one("3000", { dibao: { since: "2024-01-01" } }), // ineligible recipient, amount unknown
    one("3000"), // consistent
    auditHousehold(household([member("m1", { incomes: [wage("300")] })], { assets: null }), { asOf: ASOF }), // undecidable (property)
  ];
}

describe("tally and summary", () => {
  it("counts households, findings by code and exact yuan (0.10 + 0.20 is 0.30, not 0.30000000000000004)", () => {
    const tally = emptyTally();
    for (const audit of audits()) tallyAudit(tally, audit);
    const summary = summaryOf(tally, ASOF, { file: "x.ndjson", sha256: "sha256:00" });
    expect(summary).toMatchObject({
      households: 7,
      consistent: 1,
      withFindings: 6,
      undecidable: 1,
      invalidLines: 0,
      findingsWithoutAmount: 1,
      monthly: { overPaid: "0.30", underPaid: "0.20", missed: "0.10" },
      source: { file: "x.ndjson", sha256: "sha256:00" },
    });
    expect(summary.findings).toEqual({ ...Object.fromEntries(FINDING_CODES.map((code) => [code, 0])), "dibao-amount-differs": 2, "dibao-missed": 1, "dibao-ineligible-recipient": 2, undecidable: 1 });
    expect(summary.monthly.byCode["dibao-amount-differs"]).toBe("0.30");
    expect(summary.parameterSets).toHaveLength(new Set(audits().map((audit) => audit.parameterSet.digest)).size);
    expect(summary.parameterSets.reduce((total, set) => total + set.households, 0)).toBe(7);
    expect(Object.keys(summary.findings)).toEqual([...FINDING_CODES]);
  });

  it("adds parts to the same summary in any order", () => {
    const all = audits();
    const whole = emptyTally();
    for (const audit of all) tallyAudit(whole, audit);
    for (const split of [1, 3, 6]) {
      const first = emptyTally();
      const second = emptyTally();
      all.slice(0, split).forEach((audit) => tallyAudit(first, audit));
      all.slice(split).forEach((audit) => tallyAudit(second, audit));
      second.invalid = 2;
      const merged = emptyTally();
      mergeTallies(merged, second);
      mergeTallies(merged, first);
      expect(summaryOf(merged, ASOF)).toEqual({ ...summaryOf(whole, ASOF), invalidLines: 2 });
    }
  });

  it("sorts parameter sets by id, then digest", () => {
    const tally = emptyTally();
    tally.parameterSets = { "CN-CQ sha256:b": 1, "CN-AA sha256:z": 2, "CN-CQ sha256:a": 3 };
    expect(summaryOf(tally, ASOF).parameterSets.map((set) => `${set.id} ${set.digest}`)).toEqual(["CN-AA sha256:z", "CN-CQ sha256:a", "CN-CQ sha256:b"]);
  });
});

describe("worst households", () => {
  const ranked = (stake: string, findings: number, line: number): Ranked => ({ stake, findings, line });

  it("ranks by yuan at stake, then by findings, then by line", () => {
    const items = [ranked("10.00", 1, 4), ranked("100.00", 1, 9), ranked("10.00", 2, 7), ranked("10.00", 1, 2), ranked("9.99", 5, 1)];
    expect([...items].sort(compareWorst).map((item) => item.line)).toEqual([9, 7, 2, 4, 1]);
  });

  it("keeps the N worst in bounded memory, the same however the caseload is split", () => {
    // 200 households with stakes 0.00 … 19.90 yuan, several with equal stakes: the order is still total.
    const items = Array.from({ length: 200 }, (_, index) => ranked((((index * 37) % 200) / 10).toFixed(2), 1 + (index % 3), index + 1));
    const expected = [...items].sort(compareWorst).slice(0, 25);
    const whole = worstSelection<Ranked>(25);
    for (const item of items) whole.offer(item);
    expect(whole.size).toBe(25);
    expect(whole.sorted()).toEqual(expected);
    // Two parts, each keeping its own 25 and passing on only what entered its selection.
    const merged = worstSelection<Ranked>(25);
    for (const part of [items.filter((_, index) => index % 2 === 0), items.filter((_, index) => index % 2 === 1)]) {
      const local = worstSelection<Ranked>(25);
      for (const item of part) if (local.offer(item)) merged.offer(item);
    }
    expect(merged.sorted()).toEqual(expected);
  });

  it("keeps nothing with a limit of 0", () => {
    const none = worstSelection<Ranked>(0);
    expect(none.offer(ranked("1.00", 1, 1))).toBe(false);
    expect(none.sorted()).toEqual([]);
  });
});
