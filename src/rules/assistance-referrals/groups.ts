/**
 * The groups through which a member or the household qualifies for specialised assistance (专项救助,
 * docs/rules.md R9), worked out once per evaluation from the determination's other sections and `status`, and
 * read by all four programmes (education, medical, housing, rural housing renovation). Each group is a
 * three-valued finding: `met` (in the group), `unknown` (the group depends on a result that needs review:
 * a pending group, naming what is missing) or `not-met`.
 *
 * - `dibao`: the household is eligible (R1) or in a gradual-exit window (R2); for a member, also referred
 *   alone (R3 `refer`). For the housing programmes "the household is dibao" leaves the referral out.
 * - `special-hardship`: R4 eligible, or supported today (`status.specialHardshipMemberIds`).
 * - `dibao-edge`, `rigid-expenditure`: the low-income tiers (R7a, R7b).
 * - `registered-poor` (建档立卡): registration `unlifted`, `lifted` or `lifted-unstable`.
 * - `monitored` (纳入监测范围的农村易返贫致贫人口): rural, registration `lifted-unstable` or `edge`.
 * - `orphan`, `disabled` (any grade), `seriously-ill`: the member's own facts.
 * - `dispersed-support` (分散供养): a member supported today whose arrangement is `dispersed`.
 * - `shock`: a shock in the look-back window (R8's definition, INT-14).
 * - `lifted-never-supported`: registration `lifted` and `housing.previouslySupported` false.
 */
import type { Outcome, Reason, ReasonValue } from "../../model/determination.js";
import { optionalValue, type EvaluationContext } from "../../facts/context.js";
import { currentlySupportedMemberIds } from "../../facts/coverage.js";
import type { HouseholdFacts, MemberFacts } from "../../facts/household-facts.js";
import { shocksInWindow } from "../../facts/shocks.js";
import { DIBAO } from "../dibao/section.js";
import { LOW_INCOME, type TierResult } from "../low-income/section.js";
import { readSection, type Draft } from "../programme.js";
import { SINGLE_PERSON_REFERRALS } from "../single-person/section.js";
import { SPECIAL_HARDSHIP } from "../special-hardship/section.js";
import type { AssistanceGroup } from "./section.js";

/** One group's finding, with the facts that decided it (shown in the referral's reasons). */
export interface GroupFinding {
  readonly outcome: Outcome;
  /** What is missing when the outcome is `unknown`. */
  readonly missing: readonly string[];
  readonly values: Readonly<Record<string, ReasonValue>>;
}

/** A member's own groups (`dibao` also through a referral alone); the others are the household's. */
type MemberGroup = "dibao" | "special-hardship" | "orphan" | "disabled" | "seriously-ill" | "dispersed-support";
const MEMBER_GROUPS: ReadonlySet<AssistanceGroup> = new Set<MemberGroup>(["dibao", "special-hardship", "orphan", "disabled", "seriously-ill", "dispersed-support"]);

/** The groups that belong to the household as a whole. */
export type HouseholdGroup = "dibao" | "dibao-edge" | "rigid-expenditure" | "registered-poor" | "monitored" | "dispersed-support" | "shock" | "lifted-never-supported";

export interface AssistanceGroups {
  /** A group of the household as a whole (`dibao`: R1 eligible or an R2 window, not a member referred alone). */
  household(group: HouseholdGroup): GroupFinding;
  /** A group of a counted member: the household's groups, with `dibao` also through a referral alone. */
  member(person: MemberFacts, group: AssistanceGroup): GroupFinding;
}

/** 建档立卡 (docs/rules.md R9 `registered-poor`). */
const REGISTERED_POOR = new Set(["unlifted", "lifted", "lifted-unstable"]);
/** 纳入监测范围的农村易返贫致贫人口: unstable lifted and edge households (`cq-medical-assistance-2023/targets`). */
const MONITORED = new Set(["lifted-unstable", "edge"]);

function finding(outcome: Outcome, values: Readonly<Record<string, ReasonValue>>, missing: readonly string[] = []): GroupFinding {
  return { outcome, values, missing: outcome === "unknown" ? missing : [] };
}

/** Not in the group: no reason shows it, so one shared finding serves (most members are in few groups). */
const NOT_MET: GroupFinding = Object.freeze({ outcome: "not-met", missing: [], values: {} });

const yes = (values: Readonly<Record<string, ReasonValue>> = {}): GroupFinding => finding("met", values);
const no = (values?: Readonly<Record<string, ReasonValue>>): GroupFinding => (values === undefined ? NOT_MET : finding("not-met", values));

/** What the unknown reasons of a section that needs review say is missing. */
function missingOf(reasons: readonly Reason[]): string[] {
  return [...new Set(reasons.filter((reason) => reason.outcome === "unknown").flatMap((reason) => reason.missing))];
}

function tierFinding(tier: TierResult, name: string): GroupFinding {
  const values = { [name]: tier.status };
  if (tier.status === "member") return yes(values);
  return tier.status === "needs-review" ? finding("unknown", values, missingOf(tier.reasons)) : no(values);
}

/** Three-valued OR of findings, keeping the values of the first that decided. */
function either(a: GroupFinding, b: GroupFinding, values: Readonly<Record<string, ReasonValue>>): GroupFinding {
  if (a.outcome === "met" || b.outcome === "met") return yes(values);
  if (a.outcome === "unknown" || b.outcome === "unknown") return finding("unknown", values, [...new Set([...a.missing, ...b.missing])]);
  return no();
}

/** Household dibao: R1 eligible or an R2 window; R1/R2 `needs-review` leaves it pending. */
function householdDibao(draft: Draft): GroupFinding {
  const dibao = readSection(draft, DIBAO);
  if (dibao === undefined) throw new Error("assistance referrals read the dibao section before it was decided");
  const values = { dibaoStatus: dibao.status };
  if (dibao.status === "eligible" || dibao.status === "gradual-exit") return yes(values);
  return dibao.status === "needs-review" ? finding("unknown", values, missingOf(dibao.reasons)) : no(values);
}

/** A member supported today whose arrangement is dispersed (分散供养); an arrangement not given leaves it pending. */
function dispersedSupport(facts: HouseholdFacts): GroupFinding {
  const supported = currentlySupportedMemberIds(facts.household);
  const dispersed: string[] = [];
  const unknown: string[] = [];
  const missing: string[] = [];
  facts.household.members.forEach((member, index) => {
    if (!supported.has(member.id)) return;
    if (member.supportArrangement === "dispersed") dispersed.push(member.id);
    else if (member.supportArrangement == null) {
      unknown.push(member.id);
      missing.push(`members[${index}].supportArrangement`);
    }
  });
  if (dispersed.length > 0) return yes({ dispersedMemberIds: dispersed });
  return unknown.length > 0 ? finding("unknown", { arrangementUnknownMemberIds: unknown }, missing) : no();
}

/** Registration `lifted` and never supported before (未享受过农村住房保障政策支持的其他脱贫户). */
function liftedNeverSupported(facts: HouseholdFacts, registration: string): GroupFinding {
  if (registration !== "lifted") return no();
  const previouslySupported = facts.household.housing?.previouslySupported;
  const values = { povertyRegistration: registration, previouslySupported: previouslySupported ?? null };
  if (previouslySupported == null) return finding("unknown", values, ["housing.previouslySupported"]);
  return previouslySupported ? no(values) : yes(values);
}

/**
 * A shock as R8 defines it (INT-14): one whose `since` lies in the look-back window. The window exists
 * only while its length is in force (`screening.shock-lookback-months`, from the 2020-09-07 report);
 * before that no shock group exists. `circumstances.shocks` not given leaves it pending.
 */
function shockGroup(facts: HouseholdFacts, ctx: EvaluationContext): GroupFinding {
  if (optionalValue(ctx, "screening.shock-lookback-months") === undefined) return no({ lookBackInForce: false });
  const window = shocksInWindow(facts, ctx);
  const values = { windowFrom: window.from, windowTo: window.to };
  if (window.shocks === undefined) return finding("unknown", values, ["circumstances.shocks"]);
  const causes = [...new Set(window.shocks.map((shock) => shock.cause))];
  return window.shocks.length > 0 ? yes({ ...values, shocks: window.shocks.length, causes }) : no();
}

/**
 * The groups of the household and of each counted member on `asOf`, from the sections R1–R7 wrote and
 * the household's `status`. Needs the dibao, single-person, extreme-poverty and low-income sections.
 */
export function assistanceGroups(facts: HouseholdFacts, ctx: EvaluationContext, draft: Draft): AssistanceGroups {
  const lowIncome = readSection(draft, LOW_INCOME);
  if (lowIncome === undefined) throw new Error("assistance referrals read the lowIncome section before it was decided");
  const referrals = new Map((readSection(draft, SINGLE_PERSON_REFERRALS) ?? []).map((entry) => [entry.memberId, entry]));
  const hardship = new Map((readSection(draft, SPECIAL_HARDSHIP) ?? []).map((entry) => [entry.memberId, entry]));
  const supported = currentlySupportedMemberIds(facts.household);
  const registration = facts.household.status?.povertyRegistration ?? "none";
  const area = facts.household.area;

  let shock: GroupFinding | undefined;
  const household: Record<Exclude<HouseholdGroup, "shock">, GroupFinding> = {
    dibao: householdDibao(draft),
    "dibao-edge": tierFinding(lowIncome.dibaoEdge, "dibaoEdgeStatus"),
    "rigid-expenditure": tierFinding(lowIncome.rigidExpenditure, "rigidExpenditureStatus"),
    "registered-poor": REGISTERED_POOR.has(registration) ? yes({ povertyRegistration: registration }) : no(),
    monitored: area === "rural" && MONITORED.has(registration) ? yes({ area, povertyRegistration: registration }) : no(),
    "dispersed-support": dispersedSupport(facts),
    "lifted-never-supported": liftedNeverSupported(facts, registration),
  };
  const householdGroup = (group: HouseholdGroup): GroupFinding => {
    if (group !== "shock") return household[group];
    // Read only where a programme asks (rural housing renovation), so its parameter is recorded only then.
    shock ??= shockGroup(facts, ctx);
    return shock;
  };

  /** A member's own group, worked out when a programme first asks for it. */
  const ownGroup = (person: MemberFacts, group: MemberGroup): GroupFinding => {
    const id = person.member.id;
    switch (group) {
      case "dibao": {
        const referral = referrals.get(id);
        const referredAlone = referral === undefined ? no() : referral.status === "refer" ? yes() : finding("unknown", {}, missingOf(referral.reasons));
        return either(household.dibao, referredAlone, {
          memberId: id,
          dibaoStatus: household.dibao.values.dibaoStatus ?? null,
          referralStatus: referral?.status ?? null,
          referralRoute: referral?.route ?? null,
        });
      }
      case "special-hardship": {
        const entry = hardship.get(id);
        const status = entry?.status ?? null;
        const currentlySupported = supported.has(id);
        if (!currentlySupported && status !== "eligible" && status !== "needs-review") return no();
        const values = { memberId: id, currentlySupported, specialHardshipStatus: status };
        return currentlySupported || status === "eligible" ? yes(values) : finding("unknown", values, missingOf(entry?.reasons ?? []));
      }
      case "orphan":
        return person.member.orphan === true ? yes({ memberId: id }) : no();
      case "disabled": {
        const disability = person.member.disability;
        return disability == null ? no() : yes({ memberId: id, disabilityCategory: disability.category, disabilityGrade: disability.grade });
      }
      case "seriously-ill":
        return person.member.seriousIllness === true ? yes({ memberId: id }) : no();
      case "dispersed-support":
        if (!supported.has(id)) return no();
        if (person.member.supportArrangement === "dispersed") return yes({ memberId: id, dispersedMemberIds: [id] });
        return person.member.supportArrangement == null
          ? finding("unknown", { memberId: id, arrangementUnknownMemberIds: [id] }, [`${person.path}.supportArrangement`])
          : no();
    }
  };
  const memberGroups = new Map<string, Partial<Record<MemberGroup, GroupFinding>>>();

  return {
    household: householdGroup,
    member(person, group) {
      if (!MEMBER_GROUPS.has(group)) return householdGroup(group as HouseholdGroup);
      const own = group as MemberGroup;
      let cached = memberGroups.get(person.member.id);
      if (cached === undefined) {
        cached = {};
        memberGroups.set(person.member.id, cached);
      }
      return (cached[own] ??= ownGroup(person, own));
    },
  };
}
