/**
 * The comparison with departmental records (数据比对), fact by fact (contract v1.2 "Departmental records",
 * rule 4): each kind of fact a record can state is compared with the caseload's, a difference is a
 * `record-conflict` naming the field, an equal value is none. Households worked by hand: urban, 2025-10-15,
 * standard 770.00; a member earning 500 is paid 270.00 (770 − 500).
 */
import { describe, expect, it } from "vitest";
import { auditHousehold, type HouseholdInput } from "../../src/index.js";
import { household, member, wage } from "../helpers.js";

const ASOF = "2025-10-15";
const record = (facts: unknown, extra: Record<string, unknown> = {}) => ({ householdId: "h", memberId: "m1", department: "human-resources", asOf: "2025-09-30", facts, ...extra });
const paid = (extra: Partial<HouseholdInput> = {}, m1: Parameters<typeof member>[1] = {}) =>
  household([member("m1", { incomes: [wage("500")], ...m1 })], { id: "h", status: { dibao: { since: "2023-01-01", monthlyAmount: "270.00" } }, ...extra });
const conflicts = (h: HouseholdInput, records: unknown[]) =>
  auditHousehold(h, { asOf: ASOF, records })
    .findings.filter((finding) => finding.code === "record-conflict")
    .map((finding) => finding.field);

describe("each fact a record can state", () => {
  it("incomes compare by kind, as the monthly sum of that kind", () => {
    // The caseload's wage is 500; a record of two wages 300 + 200 agrees, one of 900 does not.
    expect(conflicts(paid(), [record({ incomes: [{ kind: "wage", monthly: "300" }, { kind: "wage", monthly: "200" }] })])).toEqual([]);
    expect(conflicts(paid(), [record({ incomes: [{ kind: "wage", monthly: "900" }] })])).toEqual(["members[0].incomes[kind=wage]"]);
    // A kind the caseload does not hold (a pension of 300) is a difference of that kind alone.
    expect(conflicts(paid(), [record({ incomes: [{ kind: "wage", monthly: "500" }, { kind: "pension", monthly: "300" }] })])).toEqual(["members[0].incomes[kind=pension]"]);
  });

  it("seriousIllness absent in the caseload is false, schooling absent is none", () => {
    expect(conflicts(paid(), [record({ seriousIllness: false }, { department: "medical-insurance" })])).toEqual([]);
    expect(conflicts(paid(), [record({ seriousIllness: true }, { department: "medical-insurance" })])).toEqual(["members[0].seriousIllness"]);
    expect(conflicts(paid(), [record({ schooling: "none" }, { department: "education" })])).toEqual([]);
    expect(conflicts(paid(), [record({ schooling: "higher" }, { department: "education" })])).toEqual(["members[0].schooling"]);
  });

  it("a registration found conflicts with a compliant finding only", () => {
    const flag = { assetFlags: [{ kind: "vehicle", detail: "渝A·12345" }] };
    expect(conflicts(paid({}, { ownAssetsCompliant: true }), [record(flag, { department: "public-security" })])).toEqual(["members[0].ownAssetsCompliant"]);
    expect(conflicts(paid({}, { ownAssetsCompliant: false }), [record(flag, { department: "public-security" })])).toEqual([]);
    // A household registration against the household's compliant property; a household without a finding has none to contradict.
    expect(conflicts(paid(), [record(flag, { department: "natural-resources", memberId: null })])).toEqual(["assets.compliant"]);
    expect(conflicts(paid({ assets: {} }), [record(flag, { department: "natural-resources", memberId: null })])).toEqual([]);
  });

  it("a dwelling's safety grade and rigid expenditure, household facts, compare with the caseload's", () => {
    expect(conflicts(paid({ housing: { dwellingSafety: "C" } }), [record({ housing: { dwellingSafety: "C" } }, { department: "housing", memberId: null })])).toEqual([]);
    expect(conflicts(paid(), [record({ housing: { dwellingSafety: "D" } }, { department: "housing", memberId: null })])).toEqual(["housing.dwellingSafety"]);
    const items = { rigidExpenditure: { items: [{ kind: "medical", annual: "12000" }] } };
    expect(conflicts(paid({ rigidExpenditure: { items: [{ kind: "medical", annual: "12000" }] } }), [record(items, { department: "medical-insurance", memberId: null })])).toEqual([]);
    expect(conflicts(paid(), [record(items, { department: "medical-insurance", memberId: null })])).toEqual(["rigidExpenditure.items[kind=medical]"]);
  });

  it("a record for a member the household does not list is not compared", () => {
    expect(conflicts(paid(), [record({ seriousIllness: true }, { memberId: "m9", department: "medical-insurance" })])).toEqual([]);
  });

  it("a death is compared after the member's other facts, and takes the member out of the extreme-poverty list", () => {
    // m2 (spouse, no income) is recorded as deceased and as seriously ill; m1 stays. m2 is listed as an
    // extreme-poverty person: overlaid, the list no longer names them.
    const h = household([member("m1", { incomes: [wage("500")] }), member("m2", { relation: "spouse" })], {
      id: "h",
      status: { dibao: { since: "2023-01-01", monthlyAmount: "1040.00" }, specialHardshipMemberIds: ["m2"] },
    });
    const fields = conflicts(h, [record({ seriousIllness: true }, { memberId: "m2", department: "medical-insurance" }), record({ deceased: "2025-09-01" }, { memberId: "m2", department: "civil-affairs" })]);
    expect(fields).toEqual(["members[1].seriousIllness", "members[1].deceased"]);
  });
});
