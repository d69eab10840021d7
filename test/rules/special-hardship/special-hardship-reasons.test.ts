/**
 * R4's reasons, whole, for people worked out by hand on 2023-10-15 (urban S = 735; basic standard 955
 * from cq-standards-2023; care subsidies of cq-standards-2020 until 2024-09-01: self-care 50, partly
 * lost 200, fully lost 300; fully lost from 4 failed daily activities). Each reason names its clauses
 * (shp-identification-2021 articles, saim/art-14 and 15, the standards notice behind an amount), its
 * figures and the interpretations it rests on.
 */
import { describe, expect, it } from "vitest";
import { evaluate, type Determination } from "../../../src/index.js";
import type { Schooling } from "../../../src/model/household.js";
import { expectedReason, household, member } from "../../helpers.js";

const ART = (n: number) => `shp-identification-2021/art-${n}`;
const entry = (d: Determination, id = "m1") => d.specialHardship.find((e) => e.memberId === id);
const ASOF = "2023-10-15";

describe("an eligible elderly person living alone (73, no income, no supporter, 2 activities failed)", () => {
  // Decided inside each test, not while the suite is collected (see vitest.config.ts on static mutants).
  const decide = () => evaluate(household([member("m1", { birthDate: "1950-03-01", ownAssetsCompliant: true, supporters: [], selfCare: { adlFailed: 2 } })]), { asOf: ASOF });

  it("is supported from next month at the basic standard and the partly-lost care subsidy", () => {
    const d = decide();
    const { reasons: _reasons, ...rest } = entry(d) ?? { reasons: [] };
    expect(rest).toEqual({ memberId: "m1", status: "eligible", basicMonthly: "955.00", careMonthly: "200.00", careTier: "partial", supportStart: "2023-11-01" });
  });

  it("gives the three conditions and the two amounts, each with its clauses and figures", () => {
    const d = decide();
    expect(entry(d)?.reasons).toEqual([
      expectedReason("special-hardship.no-capacity", "met", ["saim/art-14", ART(4), ART(5)], {
        memberId: "m1",
        age: 73,
        disabilityCategory: null,
        disabilityGrade: null,
        currentlySupported: false,
        schooling: "none",
        grounds: ["aged"],
        // art-5's ages (60周岁以上, 未满16周岁 under INT-9), which the explanation names the grounds by.
        elderlyAge: 60,
        minorAge: 16,
      }),
      expectedReason("special-hardship.own-income", "met", [ART(6)], { memberId: "m1", ownMonthlyIncome: "0.00", standard: "735.00" }),
      expectedReason("special-hardship.own-property", "met", [ART(6)], { memberId: "m1", ownAssetsCompliant: true }),
      // Alone (no member owes m1 a duty, INT-12) and no supporter listed: nobody to consider.
      expectedReason("special-hardship.no-able-supporter", "met", [ART(4), ART(8)], { memberId: "m1", supporters: 0, unable: [], householdSupporters: [], ableSupporters: [], disposableIncomeYear: 2022 }),
      expectedReason("special-hardship.basic", "met", ["saim/art-15", ART(17), "cq-standards-2023"], { basicMonthly: "955.00", supportStart: "2023-11-01" }),
      expectedReason("special-hardship.care-tier", "met", ["saim/art-15", ART(21), ART(22), "cq-standards-2020"], { memberId: "m1", adlFailed: 2, careTier: "partial", careMonthly: "200.00" }),
    ]);
  });

  it("care tiers: none failed is self-care (50), 4 failed is fully lost (300), 3 partly (200)", () => {
    const d = decide();
    const tier = (adlFailed: number) => {
      const e = entry(evaluate(household([member("m1", { birthDate: "1950-03-01", ownAssetsCompliant: true, supporters: [], selfCare: { adlFailed } })]), { asOf: ASOF }));
      return [e?.careTier, e?.careMonthly];
    };
    expect(tier(0)).toEqual(["self-care", "50.00"]);
    expect(tier(3)).toEqual(["partial", "200.00"]);
    expect(tier(4)).toEqual(["full", "300.00"]);
    expect(tier(6)).toEqual(["full", "300.00"]);
  });
});

describe("minors", () => {
  it("a child of 10 with no supporter: no capacity as a minor, and the orphan-support choice is tested", () => {
    const d = evaluate(household([member("m1", { birthDate: "2013-05-01", ownAssetsCompliant: true, supporters: [], selfCare: { adlFailed: 0 } })]), { asOf: ASOF });
    const reasons = entry(d)?.reasons ?? [];
    expect(reasons[0]).toMatchObject({ code: "special-hardship.no-capacity", outcome: "met", values: { age: 10, grounds: ["minor"] }, interpretations: [] });
    expect(reasons[1]).toEqual(expectedReason("special-hardship.orphan-choice", "met", [ART(9)], { memberId: "m1", orphanSupportChosen: false }));
    expect(entry(d)?.status).toBe("eligible");
  });

  it("16, not yet supported: no ground under INT-9, which the reason names with the 2020 opinion", () => {
    const d = evaluate(household([member("m1", { birthDate: "2007-06-01", ownAssetsCompliant: true, supporters: [] })]), { asOf: ASOF });
    expect(entry(d)?.reasons[0]).toEqual(
      expectedReason(
        "special-hardship.no-capacity",
        "not-met",
        ["saim/art-14", ART(4), ART(5), "reform-opinion-2020/item-5"],
        { memberId: "m1", age: 16, disabilityCategory: null, disabilityGrade: null, currentlySupported: false, schooling: "none", grounds: [], elderlyAge: 60, minorAge: 16 },
        { interpretations: ["INT-9"] },
      ),
    );
  });

  it("18, not supported: no ground under either reading, so INT-9 decides nothing and is not named", () => {
    const d = evaluate(household([member("m1", { birthDate: "2005-06-01", ownAssetsCompliant: true, supporters: [] })]), { asOf: ASOF });
    expect(entry(d)?.reasons[0]).toMatchObject({ outcome: "not-met", clauses: ["saim/art-14", ART(4), ART(5)], values: { age: 18, grounds: [] }, interpretations: [] });
  });

  it("18: no orphan-support choice to test any more (it is for minors)", () => {
    const d = evaluate(household([member("m1", { birthDate: "2005-06-01", ownAssetsCompliant: true, supporters: [] })]), { asOf: ASOF });
    expect(entry(d)?.reasons.map((r) => r.code)).not.toContain("special-hardship.orphan-choice");
    const minor = evaluate(household([member("m1", { birthDate: "2005-10-16", ownAssetsCompliant: true, supporters: [] })]), { asOf: ASOF });
    expect(entry(minor)?.reasons.map((r) => r.code)).toContain("special-hardship.orphan-choice");
  });

  it("a 29 February birthday assessed on 28 February names INT-1", () => {
    // Born 1964-02-29: 58 on 2023-02-28 under INT-1 (59 without); no ground either way.
    const d = evaluate(household([member("m1", { birthDate: "1964-02-29", ownAssetsCompliant: true, supporters: [] })]), { asOf: "2023-02-28" });
    expect(entry(d)?.reasons[0]).toMatchObject({ values: { age: 58, grounds: [] }, interpretations: ["INT-1"] });
  });

  it("16 and already supported: continues (art-24), citing it, with no INT-9", () => {
    const d = evaluate(household([member("m1", { birthDate: "2007-06-01", ownAssetsCompliant: true, supporters: [] })], { status: { specialHardshipMemberIds: ["m1"] } }), { asOf: ASOF });
    expect(entry(d)?.reasons[0]).toMatchObject({
      outcome: "met",
      clauses: ["saim/art-14", ART(4), ART(5), ART(24)],
      values: { currentlySupported: true, grounds: ["continuation"] },
      interpretations: [],
    });
  });

  it("19 and supported, in high school: continues; at university: does not", () => {
    const at = (schooling: Schooling) =>
      entry(evaluate(household([member("m1", { birthDate: "2004-06-01", schooling, ownAssetsCompliant: true, supporters: [] })], { status: { specialHardshipMemberIds: ["m1"] } }), { asOf: ASOF }));
    expect(at("high-school")?.reasons[0]?.values).toMatchObject({ grounds: ["continuation"], schooling: "high-school" });
    expect(at("higher")?.reasons[0]).toMatchObject({ outcome: "not-met", values: { grounds: [] } });
  });
});

describe("disability as a ground (art-5 item 3)", () => {
  it.each([
    ["intellectual", 3, ["disability"]],
    ["mental", 3, ["disability"]],
    ["physical", 2, ["disability"]],
    ["physical", 3, []],
    ["visual", 1, ["disability"]],
    ["visual", 2, []],
  ] as const)("%s grade %i: %j", (category, grade, grounds) => {
    const d = evaluate(household([member("m1", { disability: { category, grade }, ownAssetsCompliant: true, supporters: [] })]), { asOf: ASOF });
    expect(entry(d)?.reasons[0]?.values).toMatchObject({ disabilityCategory: category, disabilityGrade: grade, grounds });
  });
});

describe("what an entry needs review for", () => {
  it("a supporter known only by relation: every fact their cases need is named, in order, with the missing figure", () => {
    const d = evaluate(household([member("m1", { birthDate: "1950-03-01", ownAssetsCompliant: true, selfCare: { adlFailed: 0 }, supporters: [{ relation: "child" }] })]), { asOf: ASOF });
    const p = "members[0].supporters[0]";
    const missing = [`${p}.specialHardship`, `${p}.birthDate`, `${p}.dibaoRecipient`, "parameters.resident-disposable-income.urban:2022", `${p}.annualIncome`, `${p}.assetsWithinLowIncomeRules`];
    expect(entry(d)?.status).toBe("needs-review");
    // The supporter's own reason: cases 1–3 undecidable (case 3 needs the 2022 figure, not held); 4 and 5 not met (no disability, no incapacity).
    expect(entry(d)?.reasons.find((r) => r.code === "special-hardship.supporter")).toEqual(
      expectedReason(
        "special-hardship.supporter",
        "unknown",
        [ART(4), ART(8)],
        {
          memberId: "m1",
          supporter: "supporters[0]",
          inHousehold: false,
          relation: "child",
          age: null,
          casesMet: [],
          casesUnknown: ["special-hardship", "dibao-aged", "aged-low-income"],
          specialHardship: null,
          dibaoRecipient: null,
          disabilityCategory: null,
          disabilityGrade: null,
          severelyDisabled: false,
          annualIncome: null,
          disposableIncome: null,
          disposableIncomeYear: 2022,
          incomeBelowFigure: null,
          assetsWithinLowIncomeRules: null,
          legalIncapacity: null,
          dibaoAge: 60,
          elderlyAge: 70,
        },
        { missing },
      ),
    );
    expect(entry(d)?.reasons.find((r) => r.code === "special-hardship.no-able-supporter")).toEqual(
      expectedReason(
        "special-hardship.no-able-supporter",
        "unknown",
        [ART(4), ART(8)],
        { memberId: "m1", supporters: 1, unable: ["unknown"], householdSupporters: [], ableSupporters: [], disposableIncomeYear: 2022 },
        { missing },
      ),
    );
  });

  it("no self-care assessment: eligible, with the care tier unknown and the field named", () => {
    const d = evaluate(household([member("m1", { birthDate: "1950-03-01", ownAssetsCompliant: true, supporters: [] })]), { asOf: ASOF });
    expect(entry(d)?.reasons.at(-1)).toEqual(expectedReason("special-hardship.care-tier", "unknown", [ART(21), ART(22)], { memberId: "m1" }, { missing: ["members[0].selfCare"] }));
  });

  it("a basic standard from a caller's own source cites no standards notice", () => {
    const parameters = { series: { "special-hardship.basic-standard": { values: [{ from: "2023-09-01", value: "1000", source: "caller" }] } } };
    const d = evaluate(household([member("m1", { birthDate: "1950-03-01", ownAssetsCompliant: true, supporters: [], selfCare: { adlFailed: 0 } })]), { asOf: ASOF, parameters });
    expect(entry(d)?.reasons.find((r) => r.code === "special-hardship.basic")).toEqual(expectedReason("special-hardship.basic", "met", ["saim/art-15", ART(17)], { basicMonthly: "1000.00", supportStart: "2023-11-01" }));
  });
});
