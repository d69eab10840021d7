/**
 * R9 through `evaluate`: the section is always there; which clauses are cited depends on asOf (the national
 * articles throughout, the 2020-09-07 report from its date, the 2023 Q&As from 2023-01-01 under INT-15);
 * monitoring of seriously ill members only once it is in force; only counted members; the order of the
 * contract; the compulsory-school ages are parameters a caller can override. Expected values are worked out
 * by hand in each test's comment.
 */
import { describe, expect, it } from "vitest";
import { evaluate, type Determination, type HouseholdInput } from "../../../src/index.js";
import { household, member, wage } from "../../helpers.js";

const referrals = (input: HouseholdInput, asOf: string, options: { parameters?: unknown } = {}): Determination["assistanceReferrals"] =>
  evaluate(input, { asOf, ...(options.parameters === undefined ? {} : { parameters: options.parameters as never }) }).assistanceReferrals;

const summary = (entries: Determination["assistanceReferrals"]) => entries.map((entry) => [entry.programme, entry.memberId, entry.status, entry.groups, entry.pendingGroups]);

/** An urban dibao household of one (wage 300 below every urban standard held, compliant), with extras. */
const dibaoOfOne = (extra: Parameters<typeof member>[1] = {}, more: Partial<HouseholdInput> = {}) => household([member("m1", { incomes: [wage("300")], ...extra })], more);

describe("the section", () => {
  it("is in every determination: [] for a household outside every group", () => {
    // Urban 2025-10-15, S 770: wage 5000 ≫ 1.5 × 770 → not dibao, not dibao-edge; R7b needs the 2024 figure (not held)
    // but no group of R9 turns on it without a seriously ill member → nothing; registration none; no school.
    expect(referrals(household([member("m1", { incomes: [wage("5000")] })]), "2025-10-15")).toEqual([]);
  });
});

describe("clauses in force on asOf", () => {
  const dibaoReason = (entries: Determination["assistanceReferrals"], programme: string) => entries.find((entry) => entry.programme === programme)?.reasons.find((reason) => reason.code === "assistance-referrals.group.dibao");

  it("medical cites saim/art-28 and art-29, and the Banan Q&A from 2023-01-01 with INT-15", () => {
    // Urban S on 2022-12-31 is 717, on 2023-01-01 still 717 (cq-standards-2022): wage 300 < 717 → dibao.
    expect(dibaoReason(referrals(dibaoOfOne(), "2022-12-31"), "medical-assistance")).toMatchObject({ clauses: ["saim/art-28", "saim/art-29"], interpretations: [] });
    expect(dibaoReason(referrals(dibaoOfOne(), "2023-01-01"), "medical-assistance")).toMatchObject({
      clauses: ["saim/art-28", "saim/art-29", "cq-medical-assistance-2023/targets"],
      interpretations: ["INT-15"],
    });
  });

  it("rural renovation cites saim/art-38, the report from 2020-09-07 and the renovation Q&A from 2023-01-01 with INT-15", () => {
    // Rural S 581 on both days (cq-standards-2022): wage 300 < 581 → dibao; house D; shocks [].
    const rural = household([member("m1", { incomes: [wage("300")] })], { area: "rural", housing: { dwellingSafety: "D" }, circumstances: { shocks: [] } });
    expect(dibaoReason(referrals(rural, "2022-12-31"), "rural-housing-renovation")).toMatchObject({ clauses: ["saim/art-38", "cq-daily-2020-09/housing"], interpretations: [] });
    expect(dibaoReason(referrals(rural, "2023-01-01"), "rural-housing-renovation")).toMatchObject({
      clauses: ["saim/art-38", "cq-daily-2020-09/housing", "cq-housing-renovation-2023/targets"],
      interpretations: ["INT-15"],
    });
  });

  it("housing cites the national articles and the 2014 notice, and the report from 2020-09-07", () => {
    // Urban S 620 from 2020-09-01: wage 300 < 620 → dibao; applied.
    const applied = dibaoOfOne({}, { housing: { securityApplied: true } });
    expect(dibaoReason(referrals(applied, "2020-09-06"), "housing-assistance")?.clauses).toEqual(["saim/art-37", "saim/art-38", "housing-notice-2014/targets"]);
    expect(dibaoReason(referrals(applied, "2020-09-07"), "housing-assistance")?.clauses).toEqual(["saim/art-37", "saim/art-38", "housing-notice-2014/targets", "cq-daily-2020-09/housing"]);
  });

  it("education cites the senior-high fee waiver for a general senior-high student only", () => {
    const student = (schooling: "high-school" | "vocational" | "compulsory") => dibaoOfOne({ birthDate: "2008-01-01", schooling });
    const clauses = (schooling: "high-school" | "vocational" | "compulsory") => referrals(student(schooling), "2024-10-15")[0]?.reasons[0]?.clauses;
    expect(clauses("high-school")).toEqual(["saim/art-33", "cq-daily-2020-09/education", "cq-education-2016/high-school-fee-waiver"]);
    expect(clauses("vocational")).toEqual(["saim/art-33", "cq-daily-2020-09/education"]);
    expect(clauses("compulsory")).toEqual(["saim/art-33", "cq-daily-2020-09/education"]);
    expect(referrals(student("high-school"), "2020-09-06")[0]?.reasons[0]?.clauses).toEqual(["saim/art-33", "cq-education-2016/high-school-fee-waiver"]);
  });
});

describe("monitoring of seriously ill members (cq-daily-2020-09/medical)", () => {
  const ill = (asOf: string, assets: boolean | null = true) => {
    const input = household([member("m1", { incomes: [wage("300")], seriousIllness: true })], assets === null ? { assets: {} } : { assets: { compliant: assets } });
    return referrals(input, asOf).find((entry) => entry.programme === "medical-assistance");
  };

  it("from 2020-09-07: monitoring true and seriously-ill among the groups", () => {
    expect(ill("2020-09-07")).toMatchObject({ status: "refer", groups: ["dibao", "seriously-ill"], values: { monitoring: true } });
    expect(ill("2020-09-07")?.reasons.at(-1)).toMatchObject({ code: "assistance-referrals.medical.monitoring", outcome: "met", clauses: ["cq-daily-2020-09/medical"] });
  });

  it("the monitoring reason names the member monitored and that the mechanism is in force ('m1 is seriously ill in a low-income family: monitored…')", () => {
    // 2024-10-15 urban S 750: wage 300 < 750, compliant → dibao → medical refers m1, seriously ill → monitored.
    expect(ill("2024-10-15")?.reasons.at(-1)).toEqual({
      code: "assistance-referrals.medical.monitoring",
      outcome: "met",
      clauses: ["cq-daily-2020-09/medical"],
      values: { memberId: "m1", inForce: true },
      missing: [],
      interpretations: [],
    });
  });

  it("before 2020-09-07: still referred through dibao, not monitored, and the reason says the mechanism was not in force", () => {
    expect(ill("2020-09-06")).toMatchObject({ status: "refer", groups: ["dibao"], values: { monitoring: false } });
    expect(ill("2020-09-06")?.reasons.at(-1)).toMatchObject({ code: "assistance-referrals.medical.monitoring", outcome: "not-met", values: { inForce: false, asOf: "2020-09-06" } });
  });

  it("while the referral itself needs review, monitoring is not known (null), naming what is missing", () => {
    // 2024-10-15 urban S 750: wage 300 < 750, property not given → dibao needs review → medical needs review.
    expect(ill("2024-10-15", null)).toMatchObject({ status: "needs-review", groups: [], pendingGroups: ["dibao"], values: { monitoring: null } });
    expect(ill("2024-10-15", null)?.reasons.at(-1)).toMatchObject({ code: "assistance-referrals.medical.monitoring", outcome: "unknown", missing: ["assets.compliant"] });
  });

  it("a member who is not seriously ill is not monitored, and has no monitoring reason", () => {
    const entry = referrals(dibaoOfOne(), "2024-10-15")[0];
    expect(entry?.values).toEqual({ monitoring: false });
    expect(entry?.reasons.map((reason) => reason.code)).toEqual(["assistance-referrals.group.dibao"]);
  });
});

describe("who is considered", () => {
  it("only counted members: an excluded member in school gets no entry", () => {
    // Urban 2024-10-15, S 750: m1 wage 300, m2 imprisoned (not counted) → per-capita 300 < 750 → dibao.
    const input = household([member("m1", { incomes: [wage("300")] }), member("m2", { birthDate: "2008-01-01", schooling: "high-school", excluded: "imprisoned" })]);
    expect(summary(referrals(input, "2024-10-15"))).toEqual([["medical-assistance", "m1", "refer", ["dibao"], []]]);
  });

  it("an out-of-school child: disabled and aged 6 to 15 only; the ages are parameters a caller can override", () => {
    // Urban 2024-10-15, S 750: m1 wage 300 alone counted with the child → per-capita 150 < 750 → dibao.
    const child = (birthDate: string, disability = true) =>
      household([
        member("m1", { incomes: [wage("300")] }),
        member("m2", { relation: "child", birthDate, schooling: "none", ...(disability ? { disability: { category: "physical" as const, grade: 1 as const } } : {}), supporters: [{ relation: "parent", birthDate: "1980-05-05", specialHardship: false }] }),
      ]);
    const education = (input: HouseholdInput, parameters?: unknown) => referrals(input, "2024-10-15", { parameters }).filter((entry) => entry.programme === "education-assistance");
    // Sixth birthday on asOf → 6 → entry; the day after → 5 → none; 15 (16th birthday tomorrow) → entry.
    expect(summary(education(child("2018-10-15")))).toEqual([["education-assistance", "m2", "refer", ["dibao", "disabled"], []]]);
    expect(education(child("2018-10-16"))).toEqual([]);
    expect(education(child("2008-10-16"))).toHaveLength(1);
    expect(education(child("2008-10-15"))).toEqual([]);
    expect(education(child("2015-01-01", false))).toEqual([]);
    // A caller who reads compulsory-school age as up to 16 gets the 16-year-old referred.
    const parameters = { series: { "education-assistance.disabled-child.max-age": { replace: true, values: [{ from: "2018-01-01", value: "16" }] } } };
    expect(education(child("2008-10-15"), parameters)).toHaveLength(1);
  });

  it("housing is urban only and rural renovation rural only; an unassessed house gives no entry", () => {
    const urban = dibaoOfOne({}, { housing: { securityApplied: true, dwellingSafety: "D" }, circumstances: { shocks: [] } });
    expect(referrals(urban, "2024-10-15").map((entry) => entry.programme)).toEqual(["medical-assistance", "housing-assistance"]);
    const rural = dibaoOfOne({}, { area: "rural", housing: { securityApplied: true, dwellingSafety: "D" }, circumstances: { shocks: [] } });
    expect(referrals(rural, "2024-10-15").map((entry) => entry.programme)).toEqual(["medical-assistance", "rural-housing-renovation"]);
    const unassessed = dibaoOfOne({}, { area: "rural", housing: { securityApplied: true } });
    expect(referrals(unassessed, "2024-10-15").map((entry) => entry.programme)).toEqual(["medical-assistance"]);
  });
});

describe("order (contract v1.1)", () => {
  it("by programme in the contract's order, then member order, household entries after no member entry of an earlier programme", () => {
    // Urban 2024-10-15, S 750: m1 wage 300, m2 and m3 at school → per-capita 100 < 750 → dibao; applied for housing.
    const pupil = (id: string, birthDate: string) => member(id, { relation: "child", birthDate, schooling: "compulsory", supporters: [{ relation: "parent", birthDate: "1980-05-05", specialHardship: false }] });
    const input = household([member("m1", { incomes: [wage("300")] }), pupil("m2", "2012-01-01"), pupil("m3", "2014-01-01")], { housing: { securityApplied: true } });
    expect(referrals(input, "2024-10-15").map((entry) => [entry.programme, entry.memberId])).toEqual([
      ["education-assistance", "m2"],
      ["education-assistance", "m3"],
      ["medical-assistance", "m1"],
      ["medical-assistance", "m2"],
      ["medical-assistance", "m3"],
      ["housing-assistance", null],
    ]);
  });
});
