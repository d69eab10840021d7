/**
 * Issue 24, item 8: a determination dated before an instrument took effect that cites its clauses says so
 * (W-CLAUSE-BEFORE-INSTRUMENT), with the dates from the catalogue (policy/sources.yaml), never silently.
 * Expected values worked from the sources: mlg-review-2021 and shp-identification-2021 took effect on
 * 2021-07-01 (inForceFrom); the dibao rule cites mlg-review-2021 art-7 (household), art-13 (income),
 * art-14 (property) on every date, art-21 and art-23 for an amount; R4 cites shp-identification-2021
 * art-4, 5, 6, 8 for every counted member (docs/rule-clause-map.md).
 */
import { describe, expect, it } from "vitest";
import { evaluate, explain, type HouseholdInput } from "../../src/index.js";
import { clauseDateWarnings, instrumentStart } from "../../src/engine/instrument-dates.js";
import { mergeWarnings } from "../../src/engine/warnings.js";

// One adult earning 300 a month in the city: per capita 300 < 546 (the 2018 urban standard) → eligible.
const SINGLE: HouseholdInput = {
  id: "h",
  jurisdiction: "CN-CQ",
  area: "urban",
  members: [{ id: "m1", relation: "self", birthDate: "1970-01-01", incomes: [{ kind: "wage", monthly: "300" }] }],
  assets: { compliant: true },
};

const BEFORE_2021 = [
  "mlg-review-2021/art-7",
  "mlg-review-2021/art-13",
  "mlg-review-2021/art-14",
  "mlg-review-2021/art-21",
  "mlg-review-2021/art-23",
  "shp-identification-2021/art-4",
  "shp-identification-2021/art-5",
  "shp-identification-2021/art-6",
  "shp-identification-2021/art-8",
];

const clauseWarning = (asOf: string) => evaluate(SINGLE, { asOf }).warnings.find((warning) => warning.code === "W-CLAUSE-BEFORE-INSTRUMENT");

describe("clauses cited before their instrument took effect", () => {
  it("names, on 2018-06-01, the 2021 measures' clauses the decision cites, in reading order", () => {
    const d = evaluate(SINGLE, { asOf: "2018-06-01" });
    expect(d.dibao.status).toBe("eligible");
    expect(clauseWarning("2018-06-01")).toEqual({ code: "W-CLAUSE-BEFORE-INSTRUMENT", parameters: [], interpretations: [], clauses: BEFORE_2021 });
  });

  it("holds on the day before the measures took effect and is gone on that day", () => {
    expect(clauseWarning("2021-06-30")?.clauses).toEqual(BEFORE_2021);
    expect(clauseWarning("2021-07-01")).toBeUndefined();
  });

  it("does not count a reason that cites an instrument to say it is not yet in force", () => {
    // 2024-05-15: the national rigid-expenditure measures (in force from 2025-01-01) are cited by low-income.not-in-force only.
    const d = evaluate(SINGLE, { asOf: "2024-05-15" });
    const cited = JSON.stringify(d.lowIncome);
    expect(cited).toContain("\"low-income.not-in-force\",\"outcome\":\"not-met\",\"clauses\":[\"rigid-expenditure-2025/art-4\"]");
    expect(d.warnings.map((warning) => warning.code)).not.toContain("W-CLAUSE-BEFORE-INSTRUMENT");
  });

  it("reads each instrument's start from the catalogue: a day stated, or the earliest day a month or year allows", () => {
    expect(instrumentStart("mlg-review-2021/art-7")).toEqual({ day: "2021-07-01", exact: true });
    expect(instrumentStart("reform-opinion-2020/item-5")).toEqual({ day: "2020-08-01", exact: false });
    expect(instrumentStart("cq-daily-2020-09/gradual-exit-legacy")).toBeUndefined();
    expect(instrumentStart("no-such/art-1")).toBeUndefined();
  });

  it("finds clauses in nested entries and skips what is not a reason", () => {
    const reason = (code: string, outcome: string, clauses: string[]) => ({ code, outcome, clauses, values: {}, missing: [], interpretations: [] });
    const sections = [
      { status: "eligible", reasons: [reason("a", "met", ["reform-opinion-2020/item-5", "saim/art-9"])] },
      [{ memberId: "m1", reasons: [reason("b.in-force", "not-met", ["mlg-review-2021/art-33"])], note: null }],
      [{ reasons: [reason("c.in-force", "met", ["mlg-review-2021/art-33"])] }],
      null,
      "text",
    ];
    expect(clauseDateWarnings(sections, "2020-07-31")).toEqual([{ code: "W-CLAUSE-BEFORE-INSTRUMENT", clauses: ["mlg-review-2021/art-33", "reform-opinion-2020/item-5"] }]);
    expect(clauseDateWarnings(sections, "2020-08-01")).toEqual([{ code: "W-CLAUSE-BEFORE-INSTRUMENT", clauses: ["mlg-review-2021/art-33"] }]);
    expect(clauseDateWarnings(sections, "2021-07-01")).toEqual([]);
    expect(clauseDateWarnings([], "2018-01-01")).toEqual([]);
  });

  it("merges the clauses of several warnings once, in reading order", () => {
    const merged = mergeWarnings(
      [
        { code: "W-CLAUSE-BEFORE-INSTRUMENT", clauses: ["mlg-review-2021/art-13"] },
        { code: "W-CLAUSE-BEFORE-INSTRUMENT", clauses: ["mlg-review-2021/art-7", "mlg-review-2021/art-13"] },
      ],
      [],
    );
    expect(merged).toEqual([{ code: "W-CLAUSE-BEFORE-INSTRUMENT", parameters: [], interpretations: [], clauses: ["mlg-review-2021/art-7", "mlg-review-2021/art-13"] }]);
  });

  it("says so in both languages, each clause with its instrument's start", () => {
    const d = evaluate(SINGLE, { asOf: "2018-06-01" });
    const zh = explain(d, { lang: "zh-CN", format: "text" });
    expect(zh).toContain("条款早于所属文件施行日期被引用");
    expect(zh).toContain("mlg-review-2021/art-7（2021年7月1日起施行）");
    const en = explain(d, { lang: "en", format: "text" });
    expect(en).toContain("Clauses cited before their instrument took effect");
    expect(en).toContain("mlg-review-2021/art-7 (in force from 2021-07-01)");
    // A start the copy gives only as a month, and a clause the catalogue does not hold (a caller's own set).
    const other = { ...d, warnings: [{ code: "W-CLAUSE-BEFORE-INSTRUMENT" as const, parameters: [], interpretations: [], clauses: ["reform-opinion-2020/item-5", "no-such/art-1"] }] };
    expect(explain(other, { lang: "zh-CN", format: "text" })).toContain("reform-opinion-2020/item-5（不早于2020年8月1日施行）、no-such/art-1");
    expect(explain(other, { lang: "en", format: "text" })).toContain("reform-opinion-2020/item-5 (in force no earlier than 2020-08-01), no-such/art-1");
  });
});
