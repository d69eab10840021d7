/**
 * Which interpretations W-INTERPRETATION tries the alternative reading of, for one household: those in
 * force that could change something decided here. Deciding a household again costs as much as deciding
 * it; most households cannot be affected by most interpretations, and each test below is a necessary
 * condition for the alternative to change a status, an amount or a date, so a household that fails it
 * would be decided the same under both readings and needs no second run.
 */
import { peekValue, type EvaluationContext } from "../facts/context.js";
import type { HouseholdFacts } from "../facts/household-facts.js";
import type { InterpretationId } from "../policy/interpretations.js";
import type { RuleDraft } from "../rules/index.js";

/**
 * A whole-number parameter for the tests below, NaN when the set holds none on `asOf`: every comparison
 * with it is false, so the test finds nothing to try. That is safe: the rule that needs the parameter
 * reads it through the context and fails the evaluation first, or did not run, and then had nothing the
 * alternative could change.
 */
function whole(ctx: EvaluationContext, name: string): number {
  return peekValue(ctx, name)?.decimal?.toNumber() ?? Number.NaN;
}

/** Per interpretation with an alternative reading (rules.md), the situation in which it can matter. */
const COUNTERFACTUALS: ReadonlyArray<{ readonly id: InterpretationId; readonly applies: (facts: HouseholdFacts, ctx: EvaluationContext, draft: RuleDraft) => boolean }> = [
  {
    id: "INT-1",
    applies: (facts, ctx) =>
      facts.members.some((m) => m.leapDayEve) ||
      facts.members.some((m) => (m.member.supporters ?? []).some((s) => s.birthDate != null && s.birthDate.endsWith("-02-29") && ctx.asOf.endsWith("-02-28"))),
  },
  { id: "INT-4", applies: (facts) => facts.counted.some((m) => m.income.floored) },
  { id: "INT-5", applies: (facts) => facts.incomeEqualsStandard },
  {
    // INT-9 only moves the age limit of new entry on age alone (R4) from the minor limit to the
    // continuation limit: it can matter only for someone between the two (16 or 17 with the shipped ages).
    id: "INT-9",
    applies: (facts, ctx) => {
      const minor = whole(ctx, "special-hardship.no-capacity.minor-max-age");
      const continuation = whole(ctx, "special-hardship.continuation-max-age");
      return facts.counted.some((m) => m.age < minor !== m.age < continuation);
    },
  },
  {
    // INT-10 only adds the preschool category to classified top-ups (R5), which are computed for the
    // members of an eligible household and for people referred alone: a child under the age limit who
    // is not in school must be one of them.
    id: "INT-10",
    applies: (facts, ctx, draft) => {
      const maxAge = whole(ctx, "dibao.top-up.preschool-max-age");
      const householdEligible = draft.dibao?.status === "eligible";
      return facts.counted.some(
        (m) =>
          m.age < maxAge &&
          (m.member.schooling ?? "none") === "none" &&
          (householdEligible || draft.singlePersonReferrals.some((referral) => referral.memberId === m.member.id && referral.status === "refer")),
      );
    },
  },
  {
    // INT-11 only keeps social assistance out of a member's own income in R4's livelihood test. Counting
    // it can only raise that income, turning the test from met to not met, which changes nothing for a
    // member already ineligible: only members with such income and not ineligible can be affected.
    id: "INT-11",
    applies: (facts, _ctx, draft) =>
      facts.counted.some(
        (m) =>
          (m.member.incomes ?? []).some((income) => income.kind === "social-assistance") &&
          draft.specialHardship.some((entry) => entry.memberId === m.member.id && entry.status !== "ineligible"),
      ),
  },
];

/** The interpretations in force whose alternative reading could change what `draft` decided, in catalogue order. */
export function interpretationsToTry(facts: HouseholdFacts, ctx: EvaluationContext, draft: RuleDraft): InterpretationId[] {
  return COUNTERFACTUALS.filter(({ id, applies }) => ctx.interpretations[id] && applies(facts, ctx, draft)).map(({ id }) => id);
}
