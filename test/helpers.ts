/** Builders for test households: only what a test sets differs from a plain adult with no income. */
import type { HouseholdInput } from "../src/model/household.js";

type MemberInput = HouseholdInput["members"][number];

export function member(id: string, extra: Partial<MemberInput> = {}): MemberInput {
  return { id, relation: "self", birthDate: "1980-05-05", ...extra };
}

export function household(members: MemberInput[], extra: Partial<HouseholdInput> = {}): HouseholdInput {
  return { jurisdiction: "CN-CQ", area: "urban", members, assets: { compliant: true }, ...extra };
}

export function wage(monthly: string): { kind: "wage"; monthly: string } {
  return { kind: "wage", monthly };
}
