/**
 * The input types written out with TSDoc (src/model/household-input.ts) are exactly the schema's
 * `z.input`, in both directions and at every level: `expectTypeOf(…).toEqualTypeOf` compares deeply and
 * strictly (a missing optional field, a wider enum, `readonly` or a missing `null` all differ). These
 * assertions are checked by the compiler: `npm run typecheck` (the first step of `npm test`) fails on a
 * mismatch. At run time the test checks a value of each type against the schema.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type * as Input from "../../src/model/household-input.js";
import {
  circumstancesSchema,
  deductionSchema,
  disabilitySchema,
  expenditureItemSchema,
  householdSchema,
  housingSchema,
  incomeSchema,
  memberSchema,
  moneySchema,
  rigidExpenditureSchema,
  shockSchema,
  statusSchema,
  supporterSchema,
  type HouseholdInput,
} from "../../src/model/household.js";
import type { HouseholdInput as PublicHouseholdInput } from "../../src/index.js";

type Given<T> = NonNullable<T>;
type Status = Given<z.input<typeof statusSchema>>;
type Member = z.input<typeof memberSchema>;

describe("the TSDoc'd input types are the schema's input types", () => {
  it("at every level, both ways (checked by tsc)", () => {
    expectTypeOf<Input.HouseholdInput>().toEqualTypeOf<z.input<typeof householdSchema>>();
    expectTypeOf<Input.MemberInput>().toEqualTypeOf<Member>();
    expectTypeOf<Input.DisabilityInput>().toEqualTypeOf<z.input<typeof disabilitySchema>>();
    expectTypeOf<Input.IncomeInput>().toEqualTypeOf<z.input<typeof incomeSchema>>();
    expectTypeOf<Input.DeductionInput>().toEqualTypeOf<z.input<typeof deductionSchema>>();
    expectTypeOf<Input.SupporterInput>().toEqualTypeOf<z.input<typeof supporterSchema>>();
    expectTypeOf<Input.SelfCareInput>().toEqualTypeOf<Given<Member["selfCare"]>>();
    expectTypeOf<Input.StatusInput>().toEqualTypeOf<Status>();
    expectTypeOf<Input.DibaoStatusInput>().toEqualTypeOf<Given<Status["dibao"]>>();
    expectTypeOf<Input.GradualExitInput>().toEqualTypeOf<Given<Status["gradualExit"]>>();
    expectTypeOf<Input.ExitedCoverageInput>().toEqualTypeOf<Given<Status["exitedCoverage"]>>();
    expectTypeOf<Input.AssetsInput>().toEqualTypeOf<Given<z.input<typeof householdSchema>["assets"]>>();
    expectTypeOf<Input.CircumstancesInput>().toEqualTypeOf<z.input<typeof circumstancesSchema>>();
    expectTypeOf<Input.ShockInput>().toEqualTypeOf<z.input<typeof shockSchema>>();
    expectTypeOf<Input.RigidExpenditureInput>().toEqualTypeOf<z.input<typeof rigidExpenditureSchema>>();
    expectTypeOf<Input.ExpenditureItemInput>().toEqualTypeOf<z.input<typeof expenditureItemSchema>>();
    expectTypeOf<Input.HousingInput>().toEqualTypeOf<z.input<typeof housingSchema>>();
    expectTypeOf<Input.MoneyInput>().toEqualTypeOf<z.input<typeof moneySchema>>();
    // The names callers import today.
    expectTypeOf<HouseholdInput>().toEqualTypeOf<Input.HouseholdInput>();
    expectTypeOf<PublicHouseholdInput>().toEqualTypeOf<Input.HouseholdInput>();
  });

  it("refuses a misspelt field and a value outside an enum (issue 16's example)", () => {
    // @ts-expect-error `relaton` is not a field of a member.
    const misspelt: HouseholdInput = { jurisdiction: "CN-CQ", area: "urban", members: [{ id: "1", relaton: "self", birthDate: "1980-01-01" }] };
    // @ts-expect-error "city" is not an area.
    const wrongArea: HouseholdInput = { jurisdiction: "CN-CQ", area: "city", members: [{ id: "1", relation: "self", birthDate: "1980-01-01" }] };
    // @ts-expect-error a shock needs its date.
    const noDate: Input.ShockInput = { cause: "illness", effect: "income-drop" };
    // At run time the schema refuses them too.
    for (const value of [misspelt, wrongArea, { ...householdOf(), circumstances: { shocks: [noDate] } }]) expect(householdSchema.safeParse(value).success).toBe(false);
  });

  it("a value typed as HouseholdInput, using every v1.1 field, is valid input", () => {
    expect(householdSchema.safeParse(householdOf()).success).toBe(true);
  });
});

function householdOf(): HouseholdInput {
  return {
    jurisdiction: "CN-CQ",
    area: "rural",
    members: [{ id: "m1", relation: "self", birthDate: "1950-01-01", orphan: null, supportArrangement: "centralised" }],
    status: { specialHardshipMemberIds: ["m1"], exitedCoverage: { date: "2022-05-01" } },
    circumstances: { shocks: [{ cause: "disaster", effect: "income-drop", since: "2024-07-10" }], difficulties: [] },
    rigidExpenditure: { items: [{ kind: "rehabilitation", annual: 3600 }] },
    housing: { dwellingSafety: "B" },
  };
}
