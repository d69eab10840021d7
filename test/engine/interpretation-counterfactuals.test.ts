/**
 * W-INTERPRETATION names a contested interpretation when deciding the household under its alternative
 * reading changes what was decided (docs/rules.md "Warnings"), and says what the other reading decided
 * (`alternatives`). Cases where only one reading of INT-9 (new extreme-poverty support on age alone under
 * 16, or under 18) decides, and of INT-1 (birthdays on 29 February), which is settled: named in the
 * reasons, switchable, never warned about. Each worked out by hand below.
 */
import { describe, expect, it } from "vitest";
import { evaluate, type Determination } from "../../src/index.js";
import { household, member } from "../helpers.js";

const interpretationWarning = (d: Determination) => d.warnings.find((w) => w.code === "W-INTERPRETATION")?.interpretations ?? [];
const entry = (d: Determination, id: string) => d.specialHardship.find((e) => e.memberId === id);

describe("INT-1: a member born on 29 February, assessed on 28 February of a common year", () => {
  // 2022-02-28: m2, born 1952-02-29, is 69 under INT-1 (70 only on 1 March) and 70 without it. The aged
  // top-up (cq-standards-2018) starts at 70. m1 (born 1960) is no leap-day case. No income: the
  // household is in dibao either way; only m2's top-up depends on the reading.
  const couple = household([member("m1", { birthDate: "1960-05-05" }), member("m2", { relation: "spouse", birthDate: "1952-02-29" })]);

  it("is settled: not warned about when one member of several is the leap-day case and the reading moves a top-up", () => {
    const d = evaluate(couple, { asOf: "2022-02-28" });
    expect(d.dibao.topUps.filter((t) => t.categories.includes("aged-70-plus"))).toEqual([]);
    expect(interpretationWarning(d)).toEqual([]);
    const off = evaluate(couple, { asOf: "2022-02-28", interpretations: { "INT-1": false } });
    expect(off.dibao.topUps.find((t) => t.memberId === "m2")?.categories).toContain("aged-70-plus");
    expect(interpretationWarning(off)).toEqual([]);
  });
});

describe("INT-1: a supporter born on 29 February", () => {
  // 2022-02-28: m1 (81) has no capacity by age, no income, own property within the rules. The one
  // supporter, the spouse born 1952-02-29, is not in dibao nor supported: under INT-1 69, so no case of
  // art-8 holds and they are able → condition 3 not met → ineligible. Without INT-1 70: aged 70+, annual
  // income 7 800 below the caller's 2021 figure 40 000, assets within the rules → unable → eligible.
  const elderly = household([
    member("m1", {
      birthDate: "1940-06-01",
      ownAssetsCompliant: true,
      supporters: [
        { relation: "spouse", birthDate: "1952-02-29", specialHardship: false, dibaoRecipient: false, disability: null, annualIncome: "7800.00", assetsWithinLowIncomeRules: true, legalIncapacity: null },
      ],
    }),
  ]);
  const parameters = { series: { "resident-disposable-income.urban": { values: [{ from: "2021-01-01", value: "40000" }] } } };

  it("is named in the supporter's reason, not warned about, when the supporter's age under the other reading decides extreme-poverty support", () => {
    const d = evaluate(elderly, { asOf: "2022-02-28", parameters });
    expect(entry(d, "m1")?.status).toBe("ineligible");
    expect(entry(d, "m1")?.reasons.find((r) => r.code === "special-hardship.supporter")?.interpretations).toEqual(["INT-1"]);
    expect(interpretationWarning(d)).toEqual([]);
    const off = evaluate(elderly, { asOf: "2022-02-28", parameters, interpretations: { "INT-1": false } });
    expect(entry(off, "m1")?.status).toBe("eligible");
    expect(interpretationWarning(off)).toEqual([]);
  });

  it("is not named the day before or on a date that is no 28 February", () => {
    for (const asOf of ["2022-02-27", "2022-03-01"]) expect(interpretationWarning(evaluate(elderly, { asOf, parameters }))).toEqual([]);
  });
});

describe("INT-9: new support on age alone", () => {
  // 2023-10-15: m1, born 2007-06-01, is 16, alone, no supporter at all, no income, own property within
  // the rules. Under INT-9 only someone under 16 has no capacity on age alone: no ground → ineligible.
  // Read as under 18 (the continuation age), 16 has no capacity → eligible.
  const orphan = household([member("m1", { birthDate: "2007-06-01", ownAssetsCompliant: true, supporters: [] })]);

  it("is named for a 16-year-old, and the other reading makes them eligible", () => {
    const d = evaluate(orphan, { asOf: "2023-10-15" });
    expect(entry(d, "m1")?.status).toBe("ineligible");
    expect(interpretationWarning(d)).toEqual(["INT-9"]);
    // What the other reading decided: m1 eligible at the basic standard of 2023-09-01 (955), not ineligible
    // (the sections that follow from it, such as assistance referrals, may change too).
    const alternatives = d.warnings.find((w) => w.code === "W-INTERPRETATION")?.alternatives ?? [];
    expect(alternatives.map((a) => a.interpretation)).toEqual(["INT-9"]);
    expect(alternatives[0]?.changes.filter((c) => c.section === "specialHardship")).toEqual([
      { section: "specialHardship", memberId: "m1", item: null, status: "ineligible", amount: null, alternativeStatus: "eligible", alternativeAmount: "955.00" },
    ]);
    const off = evaluate(orphan, { asOf: "2023-10-15", interpretations: { "INT-9": false } });
    expect(entry(off, "m1")?.status).toBe("eligible");
  });

  it("is not named at 18, where both readings agree", () => {
    // Born 2005-06-01: 18 on 2023-10-15, over both limits → ineligible either way.
    const adult = household([member("m1", { birthDate: "2005-06-01", ownAssetsCompliant: true, supporters: [] })]);
    expect(interpretationWarning(evaluate(adult, { asOf: "2023-10-15" }))).toEqual([]);
  });
});
