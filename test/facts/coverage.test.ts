/**
 * Who is covered today (src/facts/coverage.ts): a current dibao recipient is a household with
 * `status.dibao` given; covered by backstop support (docs/rules.md R8) is a current dibao recipient or a household
 * with a member in `status.specialHardshipMemberIds`. R1 and R2 ask the same question through it: a
 * recipient who fails a test is stopped, a household not receiving dibao is simply not eligible.
 */
import { describe, expect, it } from "vitest";
import { parseHousehold } from "../../src/engine/parse-household.js";
import { currentlySupportedMemberIds, isCovered, isCurrentDibaoRecipient } from "../../src/facts/coverage.js";
import { evaluate } from "../../src/index.js";
import type { HouseholdInput } from "../../src/model/household.js";
import { household, member, wage } from "../helpers.js";

const parsed = (status: HouseholdInput["status"]) => parseHousehold(household([member("m1"), member("m2")], status === undefined ? {} : { status }), "2023-10-15");

describe("current dibao recipient and covered", () => {
  it("status.dibao given: a current recipient, and covered", () => {
    const h = parsed({ dibao: { since: "2022-01-01" } });
    expect([isCurrentDibaoRecipient(h), isCovered(h)]).toEqual([true, true]);
  });

  it("no status, or a status without dibao: not a recipient; covered only with a supported member", () => {
    expect([isCurrentDibaoRecipient(parsed(undefined)), isCovered(parsed(undefined))]).toEqual([false, false]);
    const registered = parsed({ povertyRegistration: "unlifted" });
    expect([isCurrentDibaoRecipient(registered), isCovered(registered)]).toEqual([false, false]);
    const supported = parsed({ specialHardshipMemberIds: ["m2"] });
    expect([isCurrentDibaoRecipient(supported), isCovered(supported)]).toEqual([false, true]);
    expect([...currentlySupportedMemberIds(supported)]).toEqual(["m2"]);
    expect(isCovered(parsed({ specialHardshipMemberIds: [] }))).toBe(false);
  });
});

describe("R1 and R2 read the recipient from it", () => {
  // 2023-10-15, urban S = 735: one member earning 2 000 is not below S, nor below 1.5 × S = 1 102.50.
  const earner = (status: HouseholdInput["status"]) => evaluate(household([member("m1", { incomes: [wage("2000")] })], status === undefined ? {} : { status }), { asOf: "2023-10-15" });

  it("a recipient is stopped from the first of next month; a non-recipient is just not eligible", () => {
    expect(earner({ dibao: { since: "2022-01-01", monthlyAmount: "300" } }).dibao).toMatchObject({ status: "ineligible", stopFrom: "2023-11-01" });
    expect(earner(undefined).dibao).toMatchObject({ status: "ineligible", stopFrom: null });
    expect(earner({ specialHardshipMemberIds: ["m1"] }).dibao).toMatchObject({ status: "ineligible", stopFrom: null });
  });
});
