/**
 * R12 review schedule (复核周期 / 定期核查), read by the caseload audit only: a dibao household whose last
 * periodic review (`status.dibao.lastReviewed`) is older than its interval on the audit date is
 * `review-overdue`. The determination does not change. Clause `cq-dibao-review-qa/review` ("对短期内经济状况
 * 变化不大的最低生活保障家庭……每年核查一次；对收入来源不固定、家庭成员有劳动能力的最低生活保障家庭，每半年核查一次");
 * parameters `dibao.review-interval.stable` / `.irregular`; interpretations INT-23 (interval arithmetic)
 * and INT-24 (the category when not given).
 */
import { ageAt, interpretationOn, integerParameter, optionalValue, type EvaluationContext } from "../facts/context.js";
import { noCapacityToWorkByDisability } from "../facts/disability.js";
import { addCalendarMonths, parsePlainDate } from "../model/date.js";
import type { Reason } from "../model/determination.js";
import type { Household } from "../model/household.js";
import { isInUncertaintySpan, valueOn, type ParameterName } from "../policy/parameters.js";
import { test } from "../rules/reason.js";

export const REVIEW_CLAUSES = ["cq-dibao-review-qa/review"] as const;
const CATEGORY_FIELD = "status.dibao.reviewCategory";

/** What R12 finds for one household. */
export type ReviewOutcome =
  /** R12 not run: no dibao, no `lastReviewed`, or an audit date before the intervals are in force. */
  | { readonly kind: "not-tested"; readonly why: "no-dibao" | "no-last-reviewed" | "not-in-force" }
  /** Reviewed within its interval (or reviewed after the audit date). */
  | { readonly kind: "in-time" }
  | {
      readonly kind: "overdue";
      readonly lastReviewed: string;
      readonly reviewCategory: "stable" | "irregular" | null;
      readonly intervalMonths: number;
      readonly reviewDue: string;
      readonly reasons: readonly Reason[];
    }
  /** Overdue if irregular, not if stable, and the category is unknown. */
  | { readonly kind: "undecidable"; readonly lastReviewed: string; readonly reviewDue: string; readonly intervalMonths: number; readonly reasons: readonly Reason[] };

/**
 * INT-24: able to work (有劳动能力) is a counted member aged 16 to 59 (the ages of `shp-identification-2021/art-5`
 * items 1–2), not on its item 3 disability list, `seriousIllness` not true and `schooling` `none`.
 */
function ableToWork(household: Household, ctx: EvaluationContext): boolean {
  const minAge = integerParameter(ctx, "special-hardship.no-capacity.minor-max-age");
  const elderlyAge = integerParameter(ctx, "special-hardship.no-capacity.elderly-min-age");
  return household.members.some((member) => {
    if (member.excluded != null) return false;
    const birth = parsePlainDate(member.birthDate);
    if (birth === undefined) return false;
    const age = ageAt(ctx, birth);
    return age >= minAge && age < elderlyAge && !noCapacityToWorkByDisability(member.disability, ctx) && member.seriousIllness !== true && (member.schooling ?? "none") === "none";
  });
}

/** The interval parameter in force on the audit date, with its date status for the reason. */
function interval(ctx: EvaluationContext, name: ParameterName): { months: number; dateStatus: string } | undefined {
  const value = optionalValue(ctx, name);
  const series = ctx.parameters.series.get(name);
  if (value === undefined || series === undefined || valueOn(series, ctx.asOf) === undefined) return undefined;
  const estimated = value.dateStatus === "estimated" || isInUncertaintySpan(series, ctx.asOf);
  return { months: integerParameter(ctx, name), dateStatus: estimated ? "estimated" : String(value.dateStatus) };
}

/**
 * R12 on the audit date `ctx.asOf` for a validated household: overdue when the audit date is after
 * `lastReviewed` + the interval (INT-23); the category not given is read by INT-24 where it decides.
 */
export function reviewSchedule(household: Household, ctx: EvaluationContext): ReviewOutcome {
  const dibao = household.status?.dibao;
  if (dibao == null) return { kind: "not-tested", why: "no-dibao" };
  const lastReviewed = dibao.lastReviewed;
  if (lastReviewed == null) return { kind: "not-tested", why: "no-last-reviewed" };
  const stable = interval(ctx, "dibao.review-interval.stable");
  const irregular = interval(ctx, "dibao.review-interval.irregular");
  if (stable === undefined || irregular === undefined) return { kind: "not-tested", why: "not-in-force" };
  // A review dated after the audit date counts as reviewed (R12).
  if (lastReviewed >= ctx.asOf) return { kind: "in-time" };
  const dueStable = addCalendarMonths(lastReviewed, stable.months);
  const dueIrregular = addCalendarMonths(lastReviewed, irregular.months);
  const given = dibao.reviewCategory ?? null;
  const interpretations = ["INT-23"];
  let category = given;
  if (category === null && ctx.asOf > dueIrregular && !(ctx.asOf > dueStable)) {
    // Only here does the category decide: INT-24 reads it, off → unknown.
    if (interpretationOn(ctx, "INT-24", false) && !ableToWork(household, ctx)) {
      category = "stable";
      interpretations.push("INT-24");
    }
  }
  const chosen = category === "irregular" ? irregular : stable;
  const parameter = category === "irregular" ? "dibao.review-interval.irregular" : "dibao.review-interval.stable";
  const reviewDue = category === "irregular" ? dueIrregular : dueStable;
  const values = { lastReviewed, reviewCategory: given, derivedCategory: category, intervalMonths: chosen.months, reviewDue, asOf: ctx.asOf, parameter, dateStatus: chosen.dateStatus };
  if (ctx.asOf > dueStable) {
    // Past a year: overdue whatever the category (the shorter interval is past too).
    return {
      kind: "overdue",
      lastReviewed,
      reviewCategory: given,
      intervalMonths: chosen.months,
      reviewDue,
      reasons: [test("review.schedule", "not-met", REVIEW_CLAUSES, { values, interpretations })],
    };
  }
  if (!(ctx.asOf > dueIrregular)) return { kind: "in-time" };
  if (category === "stable") return { kind: "in-time" };
  if (category === "irregular") {
    return { kind: "overdue", lastReviewed, reviewCategory: given, intervalMonths: irregular.months, reviewDue: dueIrregular, reasons: [test("review.schedule", "not-met", REVIEW_CLAUSES, { values, interpretations })] };
  }
  return {
    kind: "undecidable",
    lastReviewed,
    reviewDue: dueIrregular,
    intervalMonths: irregular.months,
    reasons: [
      test("review.schedule", "unknown", REVIEW_CLAUSES, {
        values: { ...values, intervalMonths: null, reviewDue: null, dueIfIrregular: dueIrregular, dueIfStable: dueStable, parameter: "dibao.review-interval.irregular" },
        missing: [CATEGORY_FIELD],
        interpretations: ctx.interpretations["INT-24"] ? ["INT-23", "INT-24"] : interpretations,
      }),
    ],
  };
}
