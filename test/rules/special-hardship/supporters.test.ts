/**
 * R4 condition 3 with the household's own supporters (docs/rules.md "R4 amendment", INT-12): who owes whom a
 * duty from the relations to self, each derived supporter's art-8 facts taken from the household, and the
 * three-valued AND with the listed supporters. Every case worked out by hand on 2024-05-15 (urban S = 735;
 * previous year 2023: urban per-capita disposable income 47435).
 */
import { describe, expect, it } from "vitest";
import { evaluate, type Determination, type HouseholdInput } from "../../../src/index.js";
import { household, member, wage } from "../../helpers.js";

type MemberInput = HouseholdInput["members"][number];
const ASOF = "2024-05-15";

/** The ids of the supporters considered for `id`, in order, with each one's outcome (met = unable). */
function considered(d: Determination, id: string): string[] {
  const entry = d.specialHardship.find((e) => e.memberId === id);
  return (entry?.reasons ?? []).filter((r) => r.code === "special-hardship.supporter").map((r) => `${String(r.values.supporter)}:${r.outcome}`);
}
const decide = (members: MemberInput[], extra: Partial<HouseholdInput> = {}, interpretations?: Record<string, boolean>) =>
  evaluate(household(members, extra), { asOf: ASOF, interpretations: interpretations as never });

// An able adult: 40, wage 3000 (36000 a year), nothing else.
const able = (id: string, relation: MemberInput["relation"], extra: Partial<MemberInput> = {}) => member(id, { relation, birthDate: "1984-01-01", incomes: [wage("3000")], ...extra });

describe("who owes whom a duty (INT-12)", () => {
  it("self and spouse owe each other; each is owed by the adult children, not by a minor child", () => {
    const d = decide([able("m1", "self"), able("m2", "spouse"), able("m3", "child", { birthDate: "2000-01-01" }), member("m4", { relation: "child", birthDate: "2010-01-01" })]);
    // m3 is 24 (adult), m4 is 14 (minor).
    expect(considered(d, "m1")).toEqual(["m2:not-met", "m3:not-met"]);
    expect(considered(d, "m2")).toEqual(["m1:not-met", "m3:not-met"]);
    // A minor child is owed by self and spouse; an adult child who can live independently by no one.
    expect(considered(d, "m4")).toEqual(["m1:not-met", "m2:not-met"]);
    expect(considered(d, "m3")).toEqual([]);
  });

  it("an adult child who cannot live independently (in school, or an art-5 disability) is owed by the parents", () => {
    const student = decide([able("m1", "self"), able("m2", "child", { birthDate: "2003-01-01", schooling: "higher", incomes: [] })]);
    expect(considered(student, "m2")).toEqual(["m1:not-met"]);
    const disabled = decide([able("m1", "self"), able("m2", "child", { birthDate: "1995-01-01", disability: { category: "mental", grade: 3 }, incomes: [] })]);
    expect(considered(disabled, "m2")).toEqual(["m1:not-met"]);
    // Physical grade 3 is no art-5 ground: an adult who lives independently.
    const grade3 = decide([able("m1", "self"), able("m2", "child", { birthDate: "1995-01-01", disability: { category: "physical", grade: 3 }, incomes: [] })]);
    expect(considered(grade3, "m2")).toEqual([]);
  });

  it("self is owed by the parents only while a minor or unable to live independently", () => {
    const minor = decide([member("m1", { relation: "self", birthDate: "2008-01-01" }), able("m2", "parent")]);
    expect(considered(minor, "m1")).toEqual(["m2:not-met"]);
    const adult = decide([able("m1", "self"), able("m2", "parent")]);
    expect(considered(adult, "m1")).toEqual([]);
  });

  it("a parent of self is owed by self (if 18+) and by self's siblings aged 18+, not by the spouse nor a minor sibling", () => {
    const d = decide([able("m1", "self"), able("m2", "spouse"), member("m3", { relation: "parent", birthDate: "1940-01-01" }), able("m4", "sibling"), member("m5", { relation: "sibling", birthDate: "2010-01-01" })]);
    expect(considered(d, "m3")).toEqual(["m1:not-met", "m4:not-met"]);
    // A sibling, a grandchild or another relation is owed no derived duty (closer supporters first; list them).
    expect(considered(d, "m4")).toEqual([]);
    expect(considered(decide([able("m1", "self"), member("m2", { relation: "grandchild", birthDate: "2015-01-01" }), member("m3", { relation: "grandparent", birthDate: "1940-01-01" })]), "m2")).toEqual([]);
  });

  it("an excluded member still owes the duty (a legal supporter, though not counted)", () => {
    const d = decide([able("m1", "self", { excluded: "compulsory-rehabilitation" }), member("m2", { relation: "child", birthDate: "2015-01-01" })]);
    // Compulsory rehabilitation is no art-8 incapacity: m1 is able.
    expect(considered(d, "m2")).toEqual(["m1:not-met"]);
  });

  it("INT-12 off: no household member is considered, only the listed supporters", () => {
    const members = [able("m1", "self"), member("m2", { relation: "child", birthDate: "2015-01-01", ownAssetsCompliant: true, supporters: [] })];
    expect(decide(members).specialHardship[1]?.status).toBe("ineligible");
    const off = decide(members, {}, { "INT-12": false });
    expect(considered(off, "m2")).toEqual([]);
    expect(off.specialHardship[1]?.status).toBe("eligible");
    expect(off.warnings).toEqual([]);
  });
});

describe("a derived supporter's art-8 facts come from the household", () => {
  // m2, a child of 10 with no income and own property compliant, whose only parent in the household is m1.
  const child = (extra: Partial<MemberInput> = {}) => member("m2", { relation: "child", birthDate: "2014-01-01", ownAssetsCompliant: true, supporters: [], ...extra });
  const supporterReason = (d: Determination) => d.specialHardship.find((e) => e.memberId === "m2")?.reasons.find((r) => r.code === "special-hardship.supporter");

  it("specialHardship = in status.specialHardshipMemberIds (case 1)", () => {
    const d = decide([able("m1", "self"), child()], { status: { specialHardshipMemberIds: ["m1"] } });
    expect(supporterReason(d)).toMatchObject({ outcome: "met", values: { specialHardship: true, casesMet: ["special-hardship"] }, interpretations: ["INT-12"] });
  });

  it("dibaoRecipient = status.dibao given (case 2 from 60)", () => {
    const recipient = { status: { dibao: { since: "2023-01-01" } } };
    expect(supporterReason(decide([able("m1", "self", { birthDate: "1964-05-15" }), child()], recipient))).toMatchObject({ outcome: "met", values: { age: 60, dibaoRecipient: true, casesMet: ["dibao-aged"] } });
    expect(supporterReason(decide([able("m1", "self", { birthDate: "1964-05-16" }), child()], recipient))).toMatchObject({ outcome: "not-met", values: { age: 59, dibaoRecipient: true } });
    expect(supporterReason(decide([able("m1", "self", { birthDate: "1964-05-15" }), child()]))).toMatchObject({ outcome: "not-met", values: { dibaoRecipient: false } });
  });

  it("annual income = 12 × the monthly income of R0's countable kinds, without deductions (cases 3 and 4)", () => {
    // Severely disabled (physical grade 1). Wage 3952.91 → 47434.92 < 47435 → unable; 3952.92 → 47435.04 → able.
    // A deduction does not lower it; a scholarship (not countable) does not raise it.
    const disabled = (monthly: string) =>
      able("m1", "self", { disability: { category: "physical", grade: 1 }, incomes: [wage(monthly), { kind: "scholarship", monthly: "900" }], deductions: [{ kind: "employment-cost", monthly: "500" }] });
    expect(supporterReason(decide([disabled("3952.91"), child()]))).toMatchObject({ outcome: "met", values: { annualIncome: "47434.92", disposableIncome: "47435.00", casesMet: ["severe-disability-low-income"] } });
    expect(supporterReason(decide([disabled("3952.92"), child()]))).toMatchObject({ outcome: "not-met", values: { annualIncome: "47435.04", incomeBelowFigure: false } });
  });

  it("legalIncapacity from excluded: imprisoned and declared missing count (case 5), with assets.compliant as their property", () => {
    for (const excluded of ["imprisoned", "declared-missing"] as const) {
      expect(supporterReason(decide([able("m1", "self", { excluded }), child()]))).toMatchObject({ outcome: "met", values: { legalIncapacity: excluded, casesMet: ["incapacity"] } });
      // Property outside the low-income rules: case 5 fails → able.
      expect(supporterReason(decide([able("m1", "self", { excluded }), child()], { assets: { compliant: false } }))?.outcome).toBe("not-met");
      // Property unknown: unknown, naming assets.compliant.
      expect(supporterReason(decide([able("m1", "self", { excluded }), child()], { assets: {} }))).toMatchObject({ outcome: "unknown", missing: ["assets.compliant"] });
    }
    // Clergy away 3 years: not an art-8 incapacity → able.
    expect(supporterReason(decide([able("m1", "self", { excluded: "clergy-away-3-years" }), child()]))).toMatchObject({ outcome: "not-met", values: { legalIncapacity: null } });
  });
});

describe("no able supporter: the AND over the household's and the listed supporters", () => {
  // m2, 80, self's parent, no income, own property compliant; m1 (self) unable: imprisoned, assets compliant.
  const parent = (supporters: MemberInput["supporters"]) => member("m2", { relation: "parent", birthDate: "1944-01-01", ownAssetsCompliant: true, supporters });
  const status = (supporters: MemberInput["supporters"]) => decide([able("m1", "self", { excluded: "imprisoned" }), parent(supporters)]).specialHardship[0]?.status;
  const outside = { relation: "child" as const, birthDate: "1970-01-01", specialHardship: false, dibaoRecipient: false, disability: null, annualIncome: "60000", assetsWithinLowIncomeRules: true, legalIncapacity: null };

  it("derived all unable: the list [] → eligible; absent → needs-review; an able listed supporter → ineligible", () => {
    expect(status([])).toBe("eligible");
    expect(status(undefined)).toBe("needs-review");
    expect(status([outside])).toBe("ineligible");
    expect(status([{ ...outside, legalIncapacity: "no-civil-capacity" }])).toBe("eligible");
  });

  it("one able supporter in the household decides, whatever the outside list", () => {
    const d = decide([able("m1", "self"), parent(undefined)]);
    const condition = d.specialHardship[1]?.reasons.find((r) => r.code === "special-hardship.no-able-supporter");
    expect(d.specialHardship[1]?.status).toBe("ineligible");
    expect(condition).toMatchObject({ outcome: "not-met", values: { supporters: null, householdSupporters: ["m1"], ableSupporters: ["m1"] }, missing: [], interpretations: ["INT-12"] });
  });
});
