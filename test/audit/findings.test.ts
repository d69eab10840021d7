/**
 * auditDetermination / auditHousehold: each finding code from a household whose figures are worked out
 * here by hand (asOf 2025-10-15: urban standard 770, rural 630, extreme-poverty basic 1001, care 100/300/500),
 * and, from hand-made determinations, the cases the engine cannot produce today (an eligible section
 * without an amount) and sections the audit does not read.
 */
import { describe, expect, it } from "vitest";
import { AUDIT_NOTICE, auditDetermination, auditHousehold, evaluate, type Determination } from "../../src/index.js";
import { household, member, wage } from "../helpers.js";

const ASOF = "2025-10-15";
const paid = (monthlyAmount?: string) => ({ dibao: monthlyAmount === undefined ? { since: "2024-01-01" } : { since: "2024-01-01", monthlyAmount } });

describe("auditHousehold", () => {
  it("finds nothing when the record matches the rules, and says the findings are a reading, not a verdict", () => {
    // Urban, wage 500 < 770: eligible for 770 − 500 = 270.00, paid 270 (a number: read through its decimal text).
    const audit = auditHousehold(household([member("m1", { incomes: [wage("500")] })], { id: "h", status: { dibao: { since: "2024-01-01", monthlyAmount: 270 } } }), { asOf: ASOF });
    expect(audit).toMatchObject({ schema: "social-assistance-rules/audit@1.2", householdId: "h", area: "urban", asOf: ASOF, result: "consistent", findings: [], monthlyAtStake: "0.00", notice: AUDIT_NOTICE });
    expect(audit.notice).toContain("not a verdict");
    expect(audit.inputDigest).toMatch(/^sha256:/);
  });

  it("reads a paid household's amount against the rules' amount, both ways", () => {
    // 770 − 500 = 270.00; paid 300.00 → +30.00 over-paid; paid 250.00 → −20.00 under-paid.
    const over = auditHousehold(household([member("m1", { incomes: [wage("500")] })], { status: paid("300.00") }), { asOf: ASOF });
    expect(over.findings).toMatchObject([{ code: "dibao-amount-differs", monthlyDifference: "30.00", direction: "over-paid", section: "dibao", memberId: null }]);
    expect(over.monthlyAtStake).toBe("30.00");
    const under = auditHousehold(household([member("m1", { incomes: [wage("500")] })], { status: paid("250.00") }), { asOf: ASOF });
    expect(under.findings).toMatchObject([{ code: "dibao-amount-differs", monthlyDifference: "-20.00", direction: "under-paid" }]);
    expect(under.monthlyAtStake).toBe("20.00");
  });

  it("keeps fen exact where floats would not: 0.10 + 0.20 paid against 0.30", () => {
    // Wage 769.70 → eligible for 770 − 769.70 = 0.30; paid 0.3 (a number) → no difference at all.
    const audit = auditHousehold(household([member("m1", { incomes: [wage("769.70")] })], { status: { dibao: { since: "2024-01-01", monthlyAmount: 0.3 } } }), { asOf: ASOF });
    expect(audit.result).toBe("consistent");
  });

  it("does not call dibao missed for a household covered through extreme-poverty support (R6), but does for one not covered", () => {
    // Rural, 77, no income: dibao 630 + 60 = 690; extreme poverty 1001 + 100 (self-care).
    const person = member("m1", { birthDate: "1948-06-01", ownAssetsCompliant: true, supporters: [], selfCare: { adlFailed: 0 } });
    const covered = auditHousehold(household([person], { area: "rural", status: { specialHardshipMemberIds: ["m1"] } }), { asOf: ASOF });
    expect(covered.result).toBe("consistent");
    const missed = auditHousehold(household([person], { area: "rural" }), { asOf: ASOF });
    expect(missed.findings.map((finding) => [finding.code, finding.monthlyDifference, finding.memberId])).toEqual([
      ["dibao-missed", "-690.00", null],
      ["special-hardship-missed", "-1101.00", "m1"],
    ]);
    expect(missed.monthlyAtStake).toBe("1791.00");
  });

  it("reads a running window without status.dibao as paid: no dibao-missed, and the kept amount unknown", () => {
    // Wage 500 < 770 again: R1 restores ordinary dibao (270.00) inside the window (INT-7); nothing says what is paid.
    const audit = auditHousehold(household([member("m1", { incomes: [wage("500")] })], { status: { gradualExit: { start: "2025-08-01", end: "2026-01-31" } } }), { asOf: ASOF });
    expect(audit.findings).toMatchObject([{ code: "undecidable", section: "dibao", missing: ["status.dibao.monthlyAmount"], recorded: { dibao: true, monthlyAmount: null, windowEnd: "2026-01-31" } }]);
  });

  it("compares a payment for several members referred alone with the sum of their amounts", () => {
    // Rural, self 55 wage 3000; two siblings, 35, intellectual grade 2, unemployed, no income: household 3000 / 3 = 1000 ≥ 945.
    // As a recipient: 3000 < 1.5 × 630 × 3 = 2835 fails → stop. Route C refers each: 630 + 60 + 40 = 730.00; together 1460.00.
    const sibling = (id: string) => member(id, { relation: "sibling", birthDate: "1990-01-01", disability: { category: "intellectual", grade: 2 }, employed: false, supporters: [{ relation: "sibling", birthDate: "1970-01-01", specialHardship: false }] });
    const members = [member("m1", { birthDate: "1970-01-01", incomes: [wage("3000")] }), sibling("m2"), sibling("m3")];
    const exact = auditHousehold(household(members, { area: "rural", status: paid("1460.00") }), { asOf: ASOF });
    expect(exact.result).toBe("consistent");
    const short = auditHousehold(household(members, { area: "rural", status: paid("730.00") }), { asOf: ASOF });
    expect(short.findings).toMatchObject([{ code: "dibao-amount-differs", section: "singlePersonReferrals", memberId: null, decided: { memberIds: ["m2", "m3"], monthlyAmount: "1460.00" }, monthlyDifference: "-730.00" }]);
    const unknown = auditHousehold(household(members, { area: "rural", status: paid() }), { asOf: ASOF });
    expect(unknown.findings).toMatchObject([{ code: "undecidable", section: "singlePersonReferrals", missing: ["status.dibao.monthlyAmount"] }]);
  });

  it("leaves a member referred alone but supported as an extreme-poverty person alone", () => {
    // aud-13's household (near-dibao route B refers m2) with m2 supported: nothing is missed for m2.
    const members = [
      member("m1", { incomes: [wage("1800")] }),
      member("m2", { relation: "child", birthDate: "2005-01-01", disability: { category: "physical", grade: 2 }, employed: false, supporters: [{ relation: "parent", birthDate: "1980-05-05", specialHardship: false }] }),
    ];
    const audit = auditHousehold(household(members, { status: { specialHardshipMemberIds: ["m2"] } }), { asOf: ASOF });
    expect(audit.findings.map((finding) => finding.code)).toEqual(["special-hardship-ineligible"]);
  });
});

/** A determination as the engine writes one, with the sections given replacing the decided ones. */
function withSections(sections: Record<string, unknown>): Determination {
  const base = evaluate(household([member("m1")]), { asOf: ASOF });
  return { ...base, ...sections } as Determination;
}

describe("auditDetermination on hand-made determinations", () => {
  const eligibleWithoutAmount = { status: "eligible", monthlyAmount: null, baseAmount: null, topUps: [], paymentStart: "2025-11-01", stopFrom: null, window: null, reasons: [] };

  it("reads an eligible section without an amount as unknown, never as zero", () => {
    const notPaid = auditDetermination(household([member("m1")]), withSections({ dibao: eligibleWithoutAmount }));
    expect(notPaid.findings).toMatchObject([{ code: "dibao-missed", monthlyDifference: null, direction: null }]);
    const paidSome = auditDetermination(household([member("m1")], { status: paid("100.00") }), withSections({ dibao: eligibleWithoutAmount }));
    expect(paidSome.findings).toMatchObject([{ code: "undecidable", missing: [] }]);
  });

  it("audits only the sections it knows, and a determination without them has no finding", () => {
    const audit = auditDetermination(household([member("m1")], { area: "rural" }), withSections({ dibao: undefined, singlePersonReferrals: undefined, specialHardship: undefined, someLaterProgramme: [{ status: "refer" }] }));
    expect(audit).toMatchObject({ result: "consistent", area: "rural" });
  });

  it("gives a household without a readable area an empty area rather than failing", () => {
    expect(auditDetermination({ members: [] }, withSections({})).area).toBe("");
  });

  it("counts a referral decided without an amount as nothing to sum", () => {
    const referral = { memberId: "m1", route: "registered-poor", status: "refer", monthlyAmount: null, reasons: [] };
    const ineligible = { ...eligibleWithoutAmount, status: "ineligible", paymentStart: null };
    const missed = auditDetermination(household([member("m1")]), withSections({ dibao: ineligible, singlePersonReferrals: [referral] }));
    expect(missed.findings).toMatchObject([{ code: "single-person-referral-missed", monthlyDifference: null }]);
    const paidZero = auditDetermination(household([member("m1")], { status: paid("0") }), withSections({ dibao: ineligible, singlePersonReferrals: [referral] }));
    expect(paidZero.result).toBe("consistent");
  });

  it("counts an eligible extreme-poverty entry without a basic amount as nothing", () => {
    const entry = { memberId: "m1", status: "eligible", basicMonthly: null, careMonthly: null, careTier: null, supportStart: null, reasons: [] };
    // The household itself (no income) is also eligible for dibao and not covered: that finding comes first.
    const audit = auditDetermination(household([member("m1")]), withSections({ specialHardship: [entry] }));
    expect(audit.findings).toMatchObject([{ code: "dibao-missed" }, { code: "special-hardship-missed", monthlyDifference: "0.00", direction: null }]);
  });
});
