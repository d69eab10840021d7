/**
 * The groups of R9, worked out once (src/rules/assistance-referrals/groups.ts), on drafts written by hand: the
 * rules before R9 are not run, so each group is seen against exactly the sections and status it reads.
 */
import { describe, expect, it } from "vitest";
import { parseHousehold } from "../../../src/engine/parse-household.js";
import type { EvaluationContext } from "../../../src/facts/context.js";
import { deriveHouseholdFacts } from "../../../src/facts/household-facts.js";
import { parsePlainDate, type PlainDate } from "../../../src/model/date.js";
import type { HouseholdInput } from "../../../src/model/household.js";
import { DEFAULT_INTERPRETATIONS } from "../../../src/policy/interpretations.js";
import { chongqingParameterSet } from "../../../src/policy/parameters.js";
import { assistanceGroups } from "../../../src/rules/assistance-referrals/groups.js";
import { household, member } from "../../helpers.js";

const unknownReason = (missing: string[]) => ({ code: "x", outcome: "unknown", clauses: [], values: {}, missing, interpretations: [] });

interface Draft {
  dibao?: string;
  dibaoMissing?: string[];
  referrals?: Array<[string, string]>;
  hardship?: Array<[string, string]>;
  dibaoEdge?: string;
  rigidExpenditure?: string;
}

function groupsOf(input: HouseholdInput, draft: Draft = {}, asOf = "2024-10-15") {
  const ctx: EvaluationContext = { asOf, asOfDate: parsePlainDate(asOf) as PlainDate, parameters: chongqingParameterSet(), interpretations: DEFAULT_INTERPRETATIONS, used: new Set(), consulted: new Set() };
  const facts = deriveHouseholdFacts(parseHousehold(input, asOf), ctx);
  const tier = (status = "not-member") => ({ status, reasons: status === "needs-review" ? [unknownReason(["assets.compliant"])] : [] });
  const sections = new Map<string, unknown>([
    ["dibao", { status: draft.dibao ?? "ineligible", reasons: draft.dibaoMissing === undefined ? [] : [unknownReason(draft.dibaoMissing)] }],
    ["singlePersonReferrals", (draft.referrals ?? []).map(([memberId, status]) => ({ memberId, status, route: "near-dibao", reasons: status === "needs-review" ? [unknownReason(["assets.compliant"])] : [] }))],
    ["specialHardship", (draft.hardship ?? []).map(([memberId, status]) => ({ memberId, status, reasons: status === "needs-review" ? [unknownReason([`${memberId}.supporters`])] : [] }))],
    ["lowIncome", { dibaoEdge: tier(draft.dibaoEdge), rigidExpenditure: tier(draft.rigidExpenditure) }],
  ]);
  return { groups: assistanceGroups(facts, ctx, sections), facts, ctx };
}

describe("the dibao group", () => {
  it("is the household's when R1 is eligible or R2 gave a window, and pending when dibao needs review", () => {
    const input = household([member("m1")]);
    expect(groupsOf(input, { dibao: "eligible" }).groups.household("dibao").outcome).toBe("met");
    expect(groupsOf(input, { dibao: "gradual-exit" }).groups.household("dibao").outcome).toBe("met");
    expect(groupsOf(input, { dibao: "ineligible" }).groups.household("dibao").outcome).toBe("not-met");
    expect(groupsOf(input, { dibao: "needs-review", dibaoMissing: ["assets.compliant"] }).groups.household("dibao")).toMatchObject({ outcome: "unknown", missing: ["assets.compliant"] });
  });

  it("a member referred alone is dibao as a member, not the household; a referral under review is pending", () => {
    const { groups, facts } = groupsOf(household([member("m1"), member("m2")]), { referrals: [["m2", "refer"]] });
    const [m1, m2] = facts.counted;
    expect(groups.household("dibao").outcome).toBe("not-met");
    expect(groups.member(m1!, "dibao").outcome).toBe("not-met");
    expect(groups.member(m2!, "dibao")).toMatchObject({ outcome: "met", values: { memberId: "m2", referralStatus: "refer", referralRoute: "near-dibao" } });
    const review = groupsOf(household([member("m1"), member("m2")]), { referrals: [["m2", "needs-review"]] });
    expect(review.groups.member(review.facts.counted[1]!, "dibao")).toMatchObject({ outcome: "unknown", missing: ["assets.compliant"] });
  });
});

describe("special-hardship", () => {
  it("is met when R4 is eligible or the member is supported today, pending when R4 needs review", () => {
    const input = household([member("m1"), member("m2"), member("m3"), member("m4")], { status: { specialHardshipMemberIds: ["m4"] } });
    const { groups, facts } = groupsOf(input, { hardship: [["m1", "eligible"], ["m2", "needs-review"], ["m3", "ineligible"], ["m4", "ineligible"]] });
    const outcome = (index: number) => groups.member(facts.counted[index]!, "special-hardship");
    expect(outcome(0).outcome).toBe("met");
    expect(outcome(1)).toMatchObject({ outcome: "unknown", missing: ["m2.supporters"] });
    expect(outcome(2).outcome).toBe("not-met");
    // Supported today: met whatever R4 says now.
    expect(outcome(3)).toMatchObject({ outcome: "met", values: { currentlySupported: true, specialHardshipStatus: "ineligible" } });
  });
});

describe("the low-income tiers", () => {
  it("follow R7a and R7b: member, needs-review (pending, naming what R7 lacks), not-member", () => {
    const input = household([member("m1")]);
    expect(groupsOf(input, { dibaoEdge: "member" }).groups.household("dibao-edge").outcome).toBe("met");
    expect(groupsOf(input, { dibaoEdge: "needs-review" }).groups.household("dibao-edge")).toMatchObject({ outcome: "unknown", missing: ["assets.compliant"] });
    expect(groupsOf(input, { rigidExpenditure: "member" }).groups.household("rigid-expenditure").outcome).toBe("met");
    expect(groupsOf(input, { rigidExpenditure: "not-member" }).groups.household("rigid-expenditure").outcome).toBe("not-met");
  });

  it("each tier's finding names the tier's status, which the group's reason shows", () => {
    const input = household([member("m1")]);
    expect(groupsOf(input, { dibaoEdge: "member" }).groups.household("dibao-edge").values).toEqual({ dibaoEdgeStatus: "member" });
    expect(groupsOf(input, { dibaoEdge: "needs-review" }).groups.household("dibao-edge").values).toEqual({ dibaoEdgeStatus: "needs-review" });
    expect(groupsOf(input, { rigidExpenditure: "member" }).groups.household("rigid-expenditure").values).toEqual({ rigidExpenditureStatus: "member" });
    expect(groupsOf(input, { rigidExpenditure: "not-member" }).groups.household("rigid-expenditure")).toEqual({ outcome: "not-met", missing: [], values: { rigidExpenditureStatus: "not-member" } });
  });
});

describe("registration groups", () => {
  const registered = (povertyRegistration: "none" | "unlifted" | "lifted" | "lifted-unstable" | "edge" | undefined, area: "urban" | "rural" = "rural") =>
    groupsOf(household([member("m1")], { area, status: povertyRegistration === undefined ? undefined : { povertyRegistration } })).groups;

  it("registered-poor: unlifted, lifted and lifted-unstable; not edge, none or absent", () => {
    expect(["unlifted", "lifted", "lifted-unstable", "edge", "none", undefined].map((r) => registered(r as never).household("registered-poor").outcome)).toEqual([
      "met",
      "met",
      "met",
      "not-met",
      "not-met",
      "not-met",
    ]);
  });

  it("monitored: rural lifted-unstable or edge only", () => {
    expect(["unlifted", "lifted", "lifted-unstable", "edge", "none"].map((r) => registered(r as never).household("monitored").outcome)).toEqual(["not-met", "not-met", "met", "met", "not-met"]);
    expect(registered("edge", "urban").household("monitored").outcome).toBe("not-met");
  });

  it("lifted-never-supported: lifted and previouslySupported false; absent is pending; another registration is not", () => {
    const lifted = (previouslySupported: boolean | undefined, povertyRegistration: "lifted" | "lifted-unstable" = "lifted") =>
      groupsOf(household([member("m1")], { area: "rural", status: { povertyRegistration }, housing: previouslySupported === undefined ? {} : { previouslySupported } })).groups.household("lifted-never-supported");
    expect(lifted(false).outcome).toBe("met");
    expect(lifted(true).outcome).toBe("not-met");
    expect(lifted(undefined)).toMatchObject({ outcome: "unknown", missing: ["housing.previouslySupported"] });
    expect(lifted(false, "lifted-unstable").outcome).toBe("not-met");
  });
});

describe("member facts", () => {
  it("orphan and seriously ill read absent as false; disabled is any grade", () => {
    const { groups, facts } = groupsOf(household([member("m1", { orphan: true, seriousIllness: true, disability: { category: "hearing", grade: 4 } }), member("m2")]));
    const [m1, m2] = facts.counted;
    expect(["orphan", "seriously-ill", "disabled"].map((g) => groups.member(m1!, g as never).outcome)).toEqual(["met", "met", "met"]);
    expect(["orphan", "seriously-ill", "disabled"].map((g) => groups.member(m2!, g as never).outcome)).toEqual(["not-met", "not-met", "not-met"]);
    expect(groups.member(m1!, "disabled").values).toEqual({ memberId: "m1", disabilityCategory: "hearing", disabilityGrade: 4 });
  });

  it("an orphan's finding names the member, for the reason's sentence ('m2 is an orphan.')", () => {
    const { groups, facts } = groupsOf(household([member("m1"), member("m2", { orphan: true })]));
    expect(groups.member(facts.counted[1]!, "orphan")).toEqual({ outcome: "met", missing: [], values: { memberId: "m2" } });
  });
});

describe("dispersed support", () => {
  it("a supported member at home is dispersed; centralised is not; an arrangement not given is pending, naming the member's field", () => {
    const supported = (...arrangements: Array<"dispersed" | "centralised" | undefined>) =>
      groupsOf(
        household(
          arrangements.map((supportArrangement, index) => member(`m${index + 1}`, supportArrangement === undefined ? {} : { supportArrangement })),
          { status: { specialHardshipMemberIds: arrangements.map((_, index) => `m${index + 1}`) } },
        ),
      ).groups.household("dispersed-support");
    expect(supported("dispersed")).toMatchObject({ outcome: "met", values: { dispersedMemberIds: ["m1"] } });
    expect(supported("centralised").outcome).toBe("not-met");
    expect(supported("centralised", undefined)).toMatchObject({ outcome: "unknown", missing: ["members[1].supportArrangement"] });
    expect(supported(undefined, "dispersed").outcome).toBe("met");
  });

  it("as a member's own group: the member dispersed is named; the member's arrangement not given is pending on that member's field", () => {
    // m1 and m2 supported today: m1 at home (dispersed), m2's arrangement not given; m3 not supported.
    const { groups, facts } = groupsOf(
      household([member("m1", { supportArrangement: "dispersed" }), member("m2"), member("m3", { supportArrangement: "dispersed" })], { status: { specialHardshipMemberIds: ["m1", "m2"] } }),
    );
    const [m1, m2, m3] = facts.counted;
    expect(groups.member(m1!, "dispersed-support")).toEqual({ outcome: "met", missing: [], values: { memberId: "m1", dispersedMemberIds: ["m1"] } });
    expect(groups.member(m2!, "dispersed-support")).toEqual({ outcome: "unknown", missing: ["members[1].supportArrangement"], values: { memberId: "m2", arrangementUnknownMemberIds: ["m2"] } });
    expect(groups.member(m3!, "dispersed-support").outcome).toBe("not-met");
  });

  it("an arrangement given for a member not supported today is no group", () => {
    const { groups } = groupsOf(household([member("m1", { supportArrangement: "dispersed" })]));
    expect(groups.household("dispersed-support").outcome).toBe("not-met");
  });
});

describe("shock (R8's definition, INT-14)", () => {
  const withShocks = (shocks: Array<{ since: string }> | undefined, asOf: string) =>
    groupsOf(
      household([member("m1")], { circumstances: shocks === undefined ? {} : { shocks: shocks.map((shock) => ({ cause: "illness" as const, effect: "income-drop" as const, ...shock })) } }),
      {},
      asOf,
    );

  it("a shock whose date lies in the 12 months before asOf, both ends included", () => {
    expect(withShocks([{ since: "2023-10-15" }], "2024-10-15").groups.household("shock")).toMatchObject({ outcome: "met", values: { windowFrom: "2023-10-15", windowTo: "2024-10-15", shocks: 1 } });
    expect(withShocks([{ since: "2023-10-14" }], "2024-10-15").groups.household("shock").outcome).toBe("not-met");
    expect(withShocks([], "2024-10-15").groups.household("shock").outcome).toBe("not-met");
  });

  it("shocks not given are pending; before the look-back is in force (2020-09-07) there is no shock group", () => {
    expect(withShocks(undefined, "2024-10-15").groups.household("shock")).toMatchObject({ outcome: "unknown", missing: ["circumstances.shocks"] });
    expect(withShocks(undefined, "2020-09-06").groups.household("shock")).toMatchObject({ outcome: "not-met", values: { lookBackInForce: false } });
    expect(withShocks(undefined, "2020-09-07").groups.household("shock").outcome).toBe("unknown");
  });

  it("reads the look-back parameter only when a programme asks for the shock group", () => {
    const { groups, ctx } = withShocks([], "2024-10-15");
    expect(ctx.used.has("screening.shock-lookback-months")).toBe(false);
    groups.household("shock");
    expect(ctx.used.has("screening.shock-lookback-months")).toBe(true);
  });
});

describe("the sections R9 needs", () => {
  it("a pipeline that has not decided the low-income tiers is an error, not a guess", () => {
    const ctx: EvaluationContext = { asOf: "2024-10-15", asOfDate: parsePlainDate("2024-10-15") as PlainDate, parameters: chongqingParameterSet(), interpretations: DEFAULT_INTERPRETATIONS, used: new Set(), consulted: new Set() };
    const facts = deriveHouseholdFacts(parseHousehold(household([member("m1")]), "2024-10-15"), ctx);
    expect(() => assistanceGroups(facts, ctx, new Map([["dibao", { status: "eligible", reasons: [] }]]))).toThrow(/lowIncome/);
  });
});
