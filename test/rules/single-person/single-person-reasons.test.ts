/**
 * R3's reasons, whole, for one referral worked out by hand, and the route each situation takes.
 * 2023-10-15, urban S = 735, near-dibao line 1.5 × S = 1 102.50 per head; clauses in force: severity by
 * mlg-review-2021/art-8 (grade 3 intellectual/mental counts from 2021-07-01), no split of an eligible
 * household by backstop-notice-2022/1-1 (from 2022-10-20), the near-dibao route by cq-daily-2020-09,
 * mlg-review-2021/art-8 and backstop-notice-2022/1-4, the adult route by backstop-notice-2022/1-1.
 * Top-ups (cq-standards-2018): severely disabled 60, disabled 40.
 */
import { describe, expect, it } from "vitest";
import { evaluate, type Determination } from "../../../src/index.js";
import { expectedReason, household, member, wage } from "../../helpers.js";

const NEAR = ["cq-daily-2020-09/single-person", "mlg-review-2021/art-8", "backstop-notice-2022/1-4"];
const LEGACY = ["cq-daily-2020-09/single-person-legacy"];
const ADULT = ["backstop-notice-2022/1-1"];
const PROPERTY = ["saim/art-9", "mlg-review-2021/art-14"];
const TOP_UP = ["cq-standards-2018", "saim/art-12/para-2"];

const referralOf = (d: Determination, id: string) => d.singlePersonReferrals.find((r) => r.memberId === id);

describe("a near-dibao referral (m1 earns 1 800, m2 grade-2 physical earns 100: per head 950)", () => {
  // Decided inside each test, not while the suite is collected (see vitest.config.ts on static mutants).
  const decide = () => evaluate(household([member("m1", { incomes: [wage("1800")] }), member("m2", { disability: { category: "physical", grade: 2 }, incomes: [wage("100")] })]), { asOf: "2023-10-15" });

  it("refers m2 by the near-dibao route: S − own income + top-ups = 735 − 100 + 100", () => {
    const d = decide();
    const { reasons: _reasons, ...referral } = referralOf(d, "m2") ?? { reasons: [] };
    expect(referral).toEqual({ memberId: "m2", route: "near-dibao", status: "refer", monthlyAmount: "735.00" });
    expect(d.singlePersonReferrals).toHaveLength(1);
  });

  it("gives every route's reasons in order, then the top-up and the amount", () => {
    const d = decide();
    expect(referralOf(d, "m2")?.reasons).toEqual([
      expectedReason("single-person.severity", "met", ["mlg-review-2021/art-8"], { memberId: "m2", disabilityCategory: "physical", disabilityGrade: 2, seriousIllness: false, grade3IntellectualMentalCounts: true }),
      expectedReason("single-person.household-not-eligible", "met", ADULT, { dibaoStatus: "ineligible" }),
      expectedReason("single-person.registered-poor.registration", "not-met", LEGACY, { povertyRegistration: null }),
      expectedReason("single-person.registered-poor.own-income", "met", LEGACY, { memberId: "m2", ownMonthlyIncome: "100.00", standard: "735.00" }, { interpretations: ["INT-8"] }),
      expectedReason("single-person.near-dibao.household-income", "met", NEAR, { perCapitaMonthlyIncome: "950.00", standard: "735.00", multiple: "1.5", nearDibaoLine: "1102.50", incomeBelowStandard: false }),
      expectedReason("single-person.near-dibao.property-test", "met", [...NEAR, ...PROPERTY], { assetsCompliant: true }),
      expectedReason("single-person.near-dibao.own-income", "met", NEAR, { memberId: "m2", ownMonthlyIncome: "100.00", standard: "735.00" }, { interpretations: ["INT-8"] }),
      expectedReason("single-person.adult-severe-disability.person", "unknown", ADULT, { memberId: "m2", age: 43, adultAge: 18, employed: null, severelyDisabled: true }, { missing: ["members[1].employed"] }),
      expectedReason("single-person.adult-severe-disability.own-income", "met", ADULT, { memberId: "m2", ownMonthlyIncome: "100.00", standard: "735.00" }, { interpretations: ["INT-8"] }),
      expectedReason("top-up.member", "met", TOP_UP, {
        memberId: "m2",
        age: 43,
        categories: ["severely-disabled", "disabled"],
        eligibleCategories: ["severely-disabled"],
        amount: "100.00",
        agedMinAge: 70,
        severeDisabilityGrades: ["any:2"],
      }),
      expectedReason(
        "single-person.amount",
        "met",
        [...NEAR, "saim/art-12/para-1", ...TOP_UP],
        { standard: "735.00", ownMonthlyIncome: "100.00", baseAmount: "635.00", topUp: "100.00", monthlyAmount: "735.00" },
        { interpretations: ["INT-8"] },
      ),
    ]);
  });
});

describe("the route taken", () => {
  it("registered poor (unlifted) comes first, citing the legacy clause in the amount", () => {
    const d = evaluate(
      household([member("m1", { incomes: [wage("1800")] }), member("m2", { seriousIllness: true })], { status: { povertyRegistration: "unlifted" } }),
      { asOf: "2023-10-15" },
    );
    const referral = referralOf(d, "m2");
    // Seriously ill, no disability: serious-illness top-up 60. 735 − 0 + 60.
    expect(referral).toMatchObject({ route: "registered-poor", status: "refer", monthlyAmount: "795.00" });
    expect(referral?.reasons.find((r) => r.code === "single-person.amount")?.clauses).toEqual([...LEGACY, "saim/art-12/para-1", ...TOP_UP]);
    // Serious illness alone makes the person severe enough.
    expect(referral?.reasons[0]).toEqual(
      expectedReason("single-person.severity", "met", ["mlg-review-2021/art-8"], { memberId: "m2", disabilityCategory: null, disabilityGrade: null, seriousIllness: true, grade3IntellectualMentalCounts: true }),
    );
  });

  it("before 2021-07-01, severity cites the 2020 rule, under which grade 3 does not count", () => {
    // 2021-06-30: urban S = 620, line 930; m1 earns 1 300 → per head 650.
    const d = evaluate(household([member("m1", { incomes: [wage("1300")] }), member("m2", { disability: { category: "mental", grade: 2 } })]), { asOf: "2021-06-30" });
    expect(referralOf(d, "m2")?.reasons[0]).toEqual(
      expectedReason("single-person.severity", "met", LEGACY, { memberId: "m2", disabilityCategory: "mental", disabilityGrade: 2, seriousIllness: false, grade3IntellectualMentalCounts: false }),
    );
  });

  it("the adult route, above the near-dibao line, for someone not employed, exempting support from siblings", () => {
    // m1 earns 3 000: per head (3 000 + 200) / 2 = 1 600 > 1 102.50, near-dibao not met. m2 (43, grade 1
    // visual, not employed) receives 200 from a sibling: own income for this route 200 − 200 = 0.
    const d = evaluate(
      household([
        member("m1", { incomes: [wage("3000")] }),
        member("m2", { disability: { category: "visual", grade: 1 }, employed: false, incomes: [{ kind: "transfer", monthly: "200", supportFrom: "sibling" }] }),
      ]),
      { asOf: "2023-10-15" },
    );
    const referral = referralOf(d, "m2");
    expect(referral).toMatchObject({ route: "adult-severe-disability", status: "refer", monthlyAmount: "835.00" });
    expect(referral?.reasons.find((r) => r.code === "single-person.adult-severe-disability.own-income")?.values).toEqual({ memberId: "m2", ownMonthlyIncome: "0.00", standard: "735.00" });
    expect(referral?.reasons.find((r) => r.code === "single-person.near-dibao.own-income")?.values).toMatchObject({ ownMonthlyIncome: "200.00" });
  });

  it("none definite, the adult route unknown (employment not given): needs review with no amount", () => {
    const d = evaluate(household([member("m1", { incomes: [wage("3000")] }), member("m2", { disability: { category: "visual", grade: 1 } })]), { asOf: "2023-10-15" });
    expect(referralOf(d, "m2")).toMatchObject({ route: "adult-severe-disability", status: "needs-review", monthlyAmount: null });
  });

  it("before 2022-10-20 there is no adult route: above the near-dibao line, no referral", () => {
    const d = evaluate(household([member("m1", { incomes: [wage("3000")] }), member("m2", { disability: { category: "visual", grade: 1 }, employed: false })]), { asOf: "2022-10-19" });
    expect(d.singlePersonReferrals).toEqual([]);
  });

  it("a household under review gives a referral under review, naming the household's property", () => {
    const d = evaluate(
      household([member("m1", { incomes: [wage("100")] }), member("m2", { disability: { category: "physical", grade: 1 }, employed: false })], { assets: { compliant: null } }),
      { asOf: "2023-10-15" },
    );
    expect(d.dibao.status).toBe("needs-review");
    const referral = referralOf(d, "m2");
    expect(referral).toMatchObject({ status: "needs-review", monthlyAmount: null });
    expect(referral?.reasons.find((r) => r.code === "single-person.household-not-eligible")).toEqual(
      expectedReason("single-person.household-not-eligible", "unknown", ADULT, { dibaoStatus: "needs-review" }, { missing: ["assets.compliant"] }),
    );
  });

  it("before either later route was in force (2020-06-15), says so, and counts support from a sibling as own income", () => {
    // 2020-06-15: urban S = 580 (2019 row). m1 earns 1 000, m2 (seriously ill) gets 200 from a sibling:
    // per head 600, not below S. Registered poor (unlifted): own income 200 < 580 → referred,
    // 580 − 200 + 60 (serious illness) = 440.
    const d = evaluate(
      household([member("m1", { incomes: [wage("1000")] }), member("m2", { seriousIllness: true, incomes: [{ kind: "transfer", monthly: "200", supportFrom: "sibling" }] })], {
        status: { povertyRegistration: "unlifted" },
      }),
      { asOf: "2020-06-15" },
    );
    const referral = referralOf(d, "m2");
    expect(referral).toMatchObject({ route: "registered-poor", status: "refer", monthlyAmount: "440.00" });
    const byCode = (code: string) => referral?.reasons.find((r) => r.code === code);
    expect(byCode("single-person.household-not-eligible")).toEqual(expectedReason("single-person.household-not-eligible", "met", LEGACY, { dibaoStatus: "ineligible" }));
    expect(byCode("single-person.registered-poor.registration")).toEqual(expectedReason("single-person.registered-poor.registration", "met", LEGACY, { povertyRegistration: "unlifted" }));
    expect(byCode("single-person.registered-poor.own-income")?.values).toEqual({ memberId: "m2", ownMonthlyIncome: "200.00", standard: "580.00" });
    // Each names the date its route starts (docs/parameters.md: the near-dibao line from 2020-09-07; the adult route from 2022-10-20).
    expect(byCode("single-person.near-dibao.in-force")).toEqual(expectedReason("single-person.near-dibao.in-force", "not-met", ["cq-daily-2020-09/single-person"], { asOf: "2020-06-15", inForceFrom: "2020-09-07" }));
    expect(byCode("single-person.adult-severe-disability.in-force")).toEqual(expectedReason("single-person.adult-severe-disability.in-force", "not-met", ADULT, { asOf: "2020-06-15", inForceFrom: "2022-10-20" }));
  });

  it("the adult route's person test names INT-1 for a 29 February birthday assessed on 28 February", () => {
    // 2023-02-28: urban S = 717 (2022 row), line 1 075.50. m1 earns 3 000 → per head 1 500: not near-dibao.
    // m2, born 2004-02-29, grade 1 physical, not employed: 18 under INT-1 (19 without), adult either way.
    const d = evaluate(household([member("m1", { incomes: [wage("3000")] }), member("m2", { birthDate: "2004-02-29", disability: { category: "physical", grade: 1 }, employed: false })]), {
      asOf: "2023-02-28",
    });
    const person = referralOf(d, "m2")?.reasons.find((r) => r.code === "single-person.adult-severe-disability.person");
    expect(person).toMatchObject({ outcome: "met", values: { age: 18, adultAge: 18, employed: false, severelyDisabled: true }, interpretations: ["INT-1"] });
  });
});
