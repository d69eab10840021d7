/** R5: highest of the four exclusive categories, plus 40 if disabled at any grade (cq-standards-2018). */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/index.js";
import { household, member } from "../../helpers.js";

// 2024-06-01: urban S = 735; one member, no income → base 735; the top-up is monthlyAmount − 735.
const topUpOf = (extra: Parameters<typeof member>[1], asOf = "2024-06-01", interpretations?: Record<string, boolean>) => {
  const d = evaluate(household([member("m1", extra)]), { asOf, interpretations: interpretations as never });
  return d.dibao.topUps[0] ?? null;
};

describe("R5 classified top-ups", () => {
  it.each([
    ["disabled grade 3 (hearing)", { disability: { category: "hearing", grade: 3 } }, "40.00", ["disabled"]],
    ["grade 1 physical: 60 + 40", { disability: { category: "physical", grade: 1 } }, "100.00", ["severely-disabled", "disabled"]],
    ["grade 2 mental: 60 + 40", { disability: { category: "mental", grade: 2 } }, "100.00", ["severely-disabled", "disabled"]],
    ["serious illness", { seriousIllness: true }, "60.00", ["serious-illness"]],
    ["aged 70 on the birthday", { birthDate: "1954-06-01" }, "60.00", ["aged-70-plus"]],
    ["student", { birthDate: "2010-01-01", schooling: "compulsory" }, "100.00", ["student"]],
    ["ill student: the highest, not both", { birthDate: "2010-01-01", schooling: "high-school", seriousIllness: true }, "100.00", ["student"]],
    ["ill and 75: one 60 (serious illness first in the table)", { birthDate: "1949-01-01", seriousIllness: true }, "60.00", ["serious-illness"]],
    ["grade 2 disabled student: 100 + 40", { birthDate: "2010-01-01", schooling: "vocational", disability: { category: "visual", grade: 2 } }, "140.00", ["student", "disabled"]],
    ["INT-10: a child under 6 not in school", { birthDate: "2020-01-01" }, "100.00", ["preschool-child"]],
    ["kindergarten counts as schooling (student)", { birthDate: "2020-01-01", schooling: "preschool" }, "100.00", ["student"]],
  ] as const)("%s", (_label, extra, amount, categories) => {
    expect(topUpOf(extra as never)).toEqual({ memberId: "m1", amount, categories });
  });

  it("nothing for an adult of 69 with no disability, illness or schooling", () => {
    expect(topUpOf({ birthDate: "1954-06-02" })).toBeNull();
  });

  it("the 6th birthday ends the preschool-child top-up; INT-10 off gives none by age", () => {
    expect(topUpOf({ birthDate: "2018-06-01" })).toBeNull();
    expect(topUpOf({ birthDate: "2018-06-02" })?.amount).toBe("100.00");
    expect(topUpOf({ birthDate: "2020-01-01" }, "2024-06-01", { "INT-10": false })).toBeNull();
  });

  it("INT-1: born 29 February, 70 on 1 March 2026, still 69 on 28 February", () => {
    expect(topUpOf({ birthDate: "1956-02-29" }, "2026-02-28")).toBeNull();
    expect(topUpOf({ birthDate: "1956-02-29" }, "2026-03-01")?.categories).toEqual(["aged-70-plus"]);
    expect(topUpOf({ birthDate: "1956-02-29" }, "2026-02-28", { "INT-1": false })?.categories).toEqual(["aged-70-plus"]);
  });

  it("adds to the base once: 2 members, one grade-1 disabled, one student", () => {
    // 2024-06-01: S×2 = 1470, income 1000 → base 470; top-ups 100 + 100 → 670.00.
    const d = evaluate(household([member("a", { incomes: [{ kind: "wage", monthly: "1000" }], disability: { category: "physical", grade: 1 } }), member("b", { birthDate: "2012-01-01", schooling: "compulsory" })]), {
      asOf: "2024-06-01",
    });
    expect(d.dibao).toMatchObject({ baseAmount: "470.00", monthlyAmount: "670.00" });
    const reason = d.dibao.reasons.find((item) => item.code === "top-up.member");
    expect(reason).toMatchObject({ clauses: ["cq-standards-2018", "saim/art-12/para-2"], values: { memberId: "a", categories: ["severely-disabled", "disabled"], amount: "100.00" } });
  });
});
