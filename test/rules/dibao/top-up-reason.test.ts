/**
 * R5's reason for each member's top-up (cq-standards-2018, saim/art-12/para-2): what categories the
 * member falls in, which were paid, the amount, and the interpretations the top-up depends on — INT-10
 * when the preschool-child category is the one paid, INT-1 when the member's age rests on a 29 February
 * birthday. Figures from the 2018 table: 60 severely disabled, serious illness or aged 70+, 100 child or
 * student, 40 disabled at any grade.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/index.js";
import { expectedReason, household, member } from "../../helpers.js";

const topUpReason = (extra: Parameters<typeof member>[1], asOf: string) =>
  evaluate(household([member("m1", extra)]), { asOf }).dibao.reasons.filter((r) => r.code === "top-up.member");

const CLAUSES = ["cq-standards-2018", "saim/art-12/para-2"];

describe("the top-up reason", () => {
  it("of a child under 6 not in school names INT-10", () => {
    expect(topUpReason({ birthDate: "2020-01-01" }, "2024-06-01")).toEqual([
      expectedReason("top-up.member", "met", CLAUSES, { memberId: "m1", age: 4, categories: ["preschool-child"], eligibleCategories: ["preschool-child"], amount: "100.00", agedMinAge: 70, severeDisabilityGrades: null }, { interpretations: ["INT-10"] }),
    ]);
  });

  it("lists every category the member falls in, and pays the highest (ties in table order) plus disabled", () => {
    // 75, seriously ill, grade-3 hearing (not on the table's grade list "any:2"): serious illness 60 and aged 60 tie
    // → serious illness; + disabled 40. The reason carries the table's age (70) and, the member being disabled, its grades.
    const [reason] = topUpReason({ birthDate: "1949-01-01", seriousIllness: true, disability: { category: "hearing", grade: 3 } }, "2024-06-01");
    expect(reason?.values).toEqual({
      memberId: "m1",
      age: 75,
      categories: ["serious-illness", "disabled"],
      eligibleCategories: ["serious-illness", "aged-70-plus"],
      amount: "100.00",
      agedMinAge: 70,
      severeDisabilityGrades: ["any:2"],
    });
    expect(reason?.interpretations).toEqual([]);
  });

  it("of a member whose age rests on a 29 February birthday names INT-1", () => {
    // Born 1956-02-29, on 2026-02-28 69 under INT-1; disabled (grade 3): 40 either way.
    const [reason] = topUpReason({ birthDate: "1956-02-29", disability: { category: "hearing", grade: 3 } }, "2026-02-28");
    expect(reason?.values).toMatchObject({ age: 69, categories: ["disabled"], eligibleCategories: [], amount: "40.00" });
    expect(reason?.interpretations).toEqual(["INT-1"]);
  });

  it("of a student names no interpretation", () => {
    const [reason] = topUpReason({ birthDate: "2010-01-01", schooling: "compulsory" }, "2024-06-01");
    expect(reason?.values).toMatchObject({ categories: ["student"], eligibleCategories: ["student"], amount: "100.00" });
    expect(reason?.interpretations).toEqual([]);
  });
});
