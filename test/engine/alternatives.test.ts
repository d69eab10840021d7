/**
 * W-INTERPRETATION's `alternatives` (src/engine/alternatives.ts, src/engine/warnings.ts): what the other
 * reading of a contested interpretation decided, entry by entry, read from the sections by shape, and
 * kept in the order of the interpretations named. Drafts and households worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { alternativeChanges } from "../../src/engine/alternatives.js";
import { mergeWarnings } from "../../src/engine/warnings.js";
import { evaluate } from "../../src/index.js";
import { household, member, wage } from "../helpers.js";

const dibao = (status: string, monthlyAmount: string | null) => ({ status, monthlyAmount, baseAmount: null, topUps: [], paymentStart: null, stopFrom: null, window: null, reasons: [{ code: "x" }] });
const entry = (memberId: string, status: string, basicMonthly: string | null = null) => ({ memberId, status, basicMonthly, careMonthly: null, careTier: null, supportStart: null, reasons: [] });

describe("alternativeChanges", () => {
  it("lists nothing for drafts that decided the same (reasons aside)", () => {
    const a = new Map<string, unknown>([["dibao", dibao("eligible", "100.00")]]);
    const b = new Map<string, unknown>([["dibao", { ...dibao("eligible", "100.00"), reasons: [] }]]);
    expect(alternativeChanges(a, b)).toEqual([]);
  });

  it("a household section: one entry with the status and amount under each reading", () => {
    const a = new Map<string, unknown>([["dibao", dibao("gradual-exit", "300.00")]]);
    const b = new Map<string, unknown>([["dibao", dibao("ineligible", null)]]);
    expect(alternativeChanges(a, b)).toEqual([{ section: "dibao", memberId: null, item: null, status: "gradual-exit", amount: "300.00", alternativeStatus: "ineligible", alternativeAmount: null }]);
  });

  it("a list of member entries: only the entries that differ, matched by member; the basic standard is an entry's amount", () => {
    const a = new Map<string, unknown>([["specialHardship", [entry("m1", "ineligible"), entry("m2", "eligible", "955.00")]]]);
    const b = new Map<string, unknown>([["specialHardship", [entry("m1", "eligible", "955.00"), entry("m2", "eligible", "955.00")]]]);
    expect(alternativeChanges(a, b)).toEqual([{ section: "specialHardship", memberId: "m1", item: null, status: "ineligible", amount: null, alternativeStatus: "eligible", alternativeAmount: "955.00" }]);
  });

  it("an entry only one reading makes: null status and amount on the other side", () => {
    const referral = { memberId: "m2", route: "near-dibao", status: "refer", monthlyAmount: "835.00", reasons: [] };
    const a = new Map<string, unknown>([["singlePersonReferrals", []]]);
    const b = new Map<string, unknown>([["singlePersonReferrals", [referral]]]);
    expect(alternativeChanges(a, b)).toEqual([{ section: "singlePersonReferrals", memberId: "m2", item: "near-dibao", status: null, amount: null, alternativeStatus: "refer", alternativeAmount: "835.00" }]);
    expect(alternativeChanges(b, a)).toEqual([{ section: "singlePersonReferrals", memberId: "m2", item: "near-dibao", status: "refer", amount: "835.00", alternativeStatus: null, alternativeAmount: null }]);
  });

  it("list sections with several entries per member name each entry's item: the programme (referrals) or the category code (screening)", () => {
    // m1 has an education and a medical referral; only the medical one differs: matched by programme, named by it.
    const referral = (programme: string, status: string) => ({ programme, memberId: "m1", status, groups: ["dibao"], pendingGroups: [], values: {}, reasons: [] });
    const a = new Map<string, unknown>([["assistanceReferrals", [referral("education-assistance", "refer"), referral("medical-assistance", "refer")]]]);
    const b = new Map<string, unknown>([["assistanceReferrals", [referral("education-assistance", "refer"), referral("medical-assistance", "needs-review")]]]);
    expect(alternativeChanges(a, b)).toEqual([{ section: "assistanceReferrals", memberId: "m1", item: "medical-assistance", status: "refer", amount: null, alternativeStatus: "needs-review", alternativeAmount: null }]);
    // The education entry only the other reading makes: matched by programme, not by position in the list.
    const c = new Map<string, unknown>([["assistanceReferrals", [referral("medical-assistance", "refer")]]]);
    expect(alternativeChanges(c, a)).toEqual([{ section: "assistanceReferrals", memberId: "m1", item: "education-assistance", status: null, amount: null, alternativeStatus: "refer", alternativeAmount: null }]);
    // Screening: household entries (no member), one per category, named by its code.
    const screening = (second: string) => [
      { category: 1, code: "registered-poor-uncovered", status: "no", reasons: [] },
      { category: 2, code: "epidemic-backstop", status: second, reasons: [] },
    ];
    expect(alternativeChanges(new Map([["screening", screening("no")]]), new Map([["screening", screening("flag")]]))).toEqual([
      { section: "screening", memberId: null, item: "epidemic-backstop", status: "no", amount: null, alternativeStatus: "flag", alternativeAmount: null },
    ]);
  });

  it("an object of tiers: one entry per tier, named by its key", () => {
    const tiers = (edge: string) => ({ dibaoEdge: { status: edge, reasons: [] }, rigidExpenditure: { status: "not-member", reasons: [] } });
    const a = new Map<string, unknown>([["lowIncome", tiers("member")]]);
    const b = new Map<string, unknown>([["lowIncome", tiers("not-member")]]);
    expect(alternativeChanges(a, b)).toEqual([{ section: "lowIncome", memberId: null, item: "dibaoEdge", status: "member", amount: null, alternativeStatus: "not-member", alternativeAmount: null }]);
  });
});

describe("the alternatives on a determination's warning", () => {
  it("keeps one alternative per interpretation, in the order of the interpretations named", () => {
    const change = { section: "dibao", memberId: null, item: null, status: "eligible", amount: "1.00", alternativeStatus: "ineligible", alternativeAmount: null };
    const [warning] = mergeWarnings(
      [
        {
          code: "W-INTERPRETATION",
          interpretations: ["INT-9", "INT-11", "INT-4"],
          alternatives: [
            { interpretation: "INT-9", changes: [change] },
            { interpretation: "INT-11", changes: [change] },
            { interpretation: "INT-4", changes: [change] },
          ],
        },
      ],
      [],
    );
    expect(warning?.interpretations).toEqual(["INT-11", "INT-4", "INT-9"]);
    expect(warning?.alternatives?.map((item) => item.interpretation)).toEqual(["INT-11", "INT-4", "INT-9"]);
    // A warning without alternatives has no such key (the v1 shape).
    expect(mergeWarnings([{ code: "W-PARAMETERS-MAY-BE-STALE", parameters: ["x"] }], [])[0]).not.toHaveProperty("alternatives");
  });

  it("INT-5 and INT-9 both decide one household: each says what its own other reading decides", () => {
    // 2023-10-15, urban S = 735. A recipient household of two with 1470 → per-capita 735 = S: the window
    // (INT-5), kept 300.00; off → stop. m2, 16, not yet supported, no income, own property compliant: INT-9
    // → no capacity ground → ineligible; off (entry under 18) → capacity met; but m2's parent m1 (self,
    // 43, wage 1470, a dibao recipient under 60) is able (INT-12) → still ineligible: INT-9 changes nothing.
    const h = household([member("m1", { incomes: [wage("1470")] }), member("m2", { relation: "child", birthDate: "2007-06-01", ownAssetsCompliant: true, supporters: [] })], {
      status: { dibao: { since: "2022-01-01", monthlyAmount: "300" } },
    });
    const d = evaluate(h, { asOf: "2023-10-15" });
    const warning = d.warnings.find((w) => w.code === "W-INTERPRETATION");
    expect(warning?.interpretations).toEqual(["INT-5"]);
    expect(warning?.alternatives?.[0]?.changes[0]).toEqual({ section: "dibao", memberId: null, item: null, status: "gradual-exit", amount: "300.00", alternativeStatus: "ineligible", alternativeAmount: null });
  });
});
