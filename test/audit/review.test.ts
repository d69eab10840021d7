/**
 * R12 review schedule (docs/rules.md R12, INT-23, INT-24), each case worked by hand. Every household is urban,
 * one member aged 45 with wage 500, paid 770 − 500 = 270.00 on 2025-10-15, so dibao gives no finding and
 * only R12 speaks.
 */
import { describe, expect, it } from "vitest";
import { auditHousehold, InvalidHouseholdError, evaluate } from "../../src/index.js";
import { household, issuesThrown, member, wage } from "../helpers.js";

const ASOF = "2025-10-15";
const reviewed = (lastReviewed: string | undefined, reviewCategory?: "stable" | "irregular", members = [member("m1", { incomes: [wage("500")] })]) =>
  household(members, { status: { dibao: { since: "2023-01-01", monthlyAmount: "270.00", ...(lastReviewed === undefined ? {} : { lastReviewed }), ...(reviewCategory === undefined ? {} : { reviewCategory }) } } });

describe("review-overdue (R12)", () => {
  it("is overdue after 12 months whatever the category, and not before", () => {
    // 2024-10-14 + 12 = 2025-10-14 < 2025-10-15: overdue; 2024-10-15 + 12 = 2025-10-15, not after it: due today, not overdue.
    for (const category of ["stable", "irregular", undefined] as const) {
      const audit = auditHousehold(reviewed("2024-10-14", category), { asOf: ASOF });
      expect(audit.findings, String(category)).toMatchObject([{ code: "review-overdue", section: "dibao", memberId: null, basis: "declared", decided: { intervalMonths: category === "irregular" ? 6 : 12 }, monthlyDifference: null, direction: null }]);
    }
    expect(auditHousehold(reviewed("2024-10-15", "stable"), { asOf: ASOF }).findings).toEqual([]);
  });

  it("keeps the day of the month, a day the month lacks becoming its last (INT-23)", () => {
    // 2024-08-31 + 6 months = 2025-02-28: overdue on 2025-03-01, not on 2025-02-28. (The amount paid is
    // 2025-10-15's: on these dates the 2024 standard gives another amount, which is not R12's to judge.)
    const h = reviewed("2024-08-31", "irregular");
    const review = (asOf: string) => auditHousehold(h, { asOf }).findings.filter((finding) => finding.code === "review-overdue");
    expect(review("2025-02-28")).toEqual([]);
    expect(review("2025-03-01")).toMatchObject([{ code: "review-overdue", decided: { intervalMonths: 6, reviewDue: "2025-02-28" }, reasons: [{ interpretations: ["INT-23"] }] }]);
  });

  it("counts a review dated after the audit date as reviewed, and does not run before the intervals are in force", () => {
    expect(auditHousehold(reviewed("2025-12-01", "irregular"), { asOf: ASOF }).findings).toEqual([]);
    // 2022-12-31: before 2023-01-01, when the intervals come into force; a review of 2020 gives nothing.
    const old = household([member("m1", { incomes: [wage("400")] })], { status: { dibao: { since: "2020-01-01", monthlyAmount: "330.00", lastReviewed: "2020-01-10", reviewCategory: "stable" } } });
    expect(auditHousehold(old, { asOf: "2022-12-31" }).findings.filter((finding) => finding.code === "review-overdue")).toEqual([]);
  });

  it("reads a category not given through INT-24, and as unknown with INT-24 off", () => {
    // Reviewed 2025-03-01: past + 6 (2025-09-01), not past + 12 (2026-03-01): the category decides.
    const able = reviewed("2025-03-01");
    expect(auditHousehold(able, { asOf: ASOF }).findings).toMatchObject([{ code: "undecidable", section: "dibao", missing: ["status.dibao.reviewCategory"] }]);
    // A member of 62 (no capacity to work by age): no one able to work → stable → not due until 2026-03-01.
    const aged = reviewed("2025-03-01", undefined, [member("m1", { birthDate: "1963-01-01", incomes: [wage("500")] })]);
    const stable = auditHousehold(aged, { asOf: ASOF });
    expect(stable.findings.filter((finding) => finding.code === "undecidable" && finding.missing.includes("status.dibao.reviewCategory"))).toEqual([]);
    const off = auditHousehold(aged, { asOf: ASOF, interpretations: { "INT-24": false } });
    expect(off.findings.filter((finding) => finding.missing.includes("status.dibao.reviewCategory"))).toHaveLength(1);
  });

  it("never changes the determination, and refuses a review before the dibao began", () => {
    const plain = evaluate(reviewed(undefined), { asOf: ASOF });
    const withReview = evaluate(reviewed("2024-01-01", "stable"), { asOf: ASOF });
    expect(withReview.dibao).toEqual(plain.dibao);
    expect(withReview.warnings).toEqual(plain.warnings);
    const early = household([member("m1")], { status: { dibao: { since: "2023-01-01", lastReviewed: "2022-12-31" } } });
    expect(issuesThrown(() => evaluate(early, { asOf: ASOF }), InvalidHouseholdError)).toEqual([{ path: "status.dibao.lastReviewed", message: "must not be before since" }]);
    const bad = household([member("m1")], { status: { dibao: { since: "2023-01-01", reviewCategory: "yearly" as never } } });
    expect(issuesThrown(() => evaluate(bad, { asOf: ASOF }), InvalidHouseholdError).map((issue) => issue.path)).toEqual(["status.dibao.reviewCategory"]);
  });
});
