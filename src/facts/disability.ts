/**
 * Disability and capacity to work, one definition per legal concept, each read from its own dated grade
 * list (a list of `category:highest grade` entries, `any` standing for every category):
 * - **severely disabled for the classified top-up** (一至二级重残人员, `cq-standards-2018`):
 *   `dibao.top-up.severely-disabled-grades`;
 * - **severely disabled for single-person referral** (一级、二级重度残疾人和三级智力残疾人、三级精神残疾人,
 *   `mlg-review-2021/art-8` item 1; before 2021-07-01 Chongqing's 重度残疾人): `single-person.severe-disability-grades`,
 *   and `single-person.severe-disability-added-grades` while `single-person.grade-3-intellectual-mental` is on;
 * - **a supporter unable by severe disability** (重度残疾人和残疾等级为三级的智力、精神残疾人,
 *   `shp-identification-2021/art-8` item 4): `special-hardship.supporter.severe-disability-grades`;
 * - **no capacity to work** (无劳动能力, `shp-identification-2021/art-5`): aged (`…no-capacity.elderly-min-age`),
 *   minor (`…no-capacity.minor-max-age`, INT-9) or disabled (`…no-capacity.disability-grades`).
 * Rules call these; none holds a grade, an age or a category of its own.
 */
import type { Disability } from "../model/household.js";
import { memo } from "../model/memo.js";
import { integerParameter, interpretationOn, listParameter, recordInterpretation, switchParameter, type EvaluationContext } from "./context.js";

/** The category entry that stands for every category in a grade list. */
export const ANY_CATEGORY = "any";

/** A grade list read into the highest qualifying grade per category, once per parameter value. */
const maxGradesCache = new WeakMap<readonly string[], ReadonlyMap<string, number>>();

function maxGrades(grades: readonly string[]): ReadonlyMap<string, number> {
  return memo(maxGradesCache, grades, () => {
    const byCategory = new Map<string, number>();
    for (const entry of grades) {
      const [category = "", text] = entry.split(":");
      const maxGrade = Number(text);
      // An entry without a number qualifies nobody, and must not hide another entry of its category.
      if (!Number.isNaN(maxGrade)) byCategory.set(category, Math.max(byCategory.get(category) ?? maxGrade, maxGrade));
    }
    return byCategory;
  });
}

/**
 * Whether a disability is on a grade list (`category:highest grade` entries; grade 1 is the most severe,
 * so a grade qualifies when it is at most the entry's): by its own category's entry or by an `any` entry.
 */
export function onGradeList(disability: Disability | null | undefined, grades: readonly string[]): boolean {
  if (disability == null) return false;
  const byCategory = maxGrades(grades);
  const own = byCategory.get(disability.category);
  const any = byCategory.get(ANY_CATEGORY);
  return (own !== undefined && disability.grade <= own) || (any !== undefined && disability.grade <= any);
}

/** Severely disabled for the classified top-up (一至二级重残人员, `cq-standards-2018`); reads its grades only for a disabled person. */
export function severelyDisabledForTopUp(disability: Disability | null | undefined, ctx: EvaluationContext): boolean {
  return disability != null && onGradeList(disability, severelyDisabledForTopUpGrades(ctx));
}

/** The grade list of the top-up's severely disabled category in force (`dibao.top-up.severely-disabled-grades`). */
export function severelyDisabledForTopUpGrades(ctx: EvaluationContext): readonly string[] {
  return listParameter(ctx, "dibao.top-up.severely-disabled-grades");
}

export interface ReferralSeverity {
  readonly severelyDisabled: boolean;
  /** Whether the 2021 measures' addition (grade-3 intellectual or mental) is in force on asOf. */
  readonly addedGradesInForce: boolean;
}

/**
 * Severely disabled for single-person referral (`mlg-review-2021/art-8` item 1; Chongqing's 2020 rule before
 * it): on the referral's grade list, or on the added list while `single-person.grade-3-intellectual-mental`
 * is on (from 2021-07-01 in the shipped set). The switch is read for every person (it decides the clause the
 * reason cites); the lists only for a disabled person.
 */
export function severelyDisabledForReferral(disability: Disability | null | undefined, ctx: EvaluationContext): ReferralSeverity {
  const addedGradesInForce = switchParameter(ctx, "single-person.grade-3-intellectual-mental");
  if (disability == null) return { severelyDisabled: false, addedGradesInForce };
  const severelyDisabled =
    onGradeList(disability, listParameter(ctx, "single-person.severe-disability-grades")) ||
    (addedGradesInForce && onGradeList(disability, listParameter(ctx, "single-person.severe-disability-added-grades")));
  return { severelyDisabled, addedGradesInForce };
}

/**
 * A legal supporter severely disabled in the sense of `shp-identification-2021/art-8` item 4 (重度残疾人和残疾等级为三级的
 * 智力、精神残疾人); reads its grades only for a disabled supporter.
 */
export function severelyDisabledSupporter(disability: Disability | null | undefined, ctx: EvaluationContext): boolean {
  return disability != null && onGradeList(disability, listParameter(ctx, "special-hardship.supporter.severe-disability-grades"));
}

/** No capacity to work by disability (`shp-identification-2021/art-5` item 3): the grade list is read for everyone assessed. */
export function noCapacityToWorkByDisability(disability: Disability | null | undefined, ctx: EvaluationContext): boolean {
  return onGradeList(disability, listParameter(ctx, "special-hardship.no-capacity.disability-grades"));
}

export interface NoCapacityToWork {
  /** Aged `elderlyAge` or over (60周岁以上的老年人, art-5 item 1). */
  readonly aged: boolean;
  /** Under `minorAge` (未满16周岁的未成年人, art-5 item 2; INT-9). */
  readonly minor: boolean;
  /** On the art-5 item 3 grade list. */
  readonly disabled: boolean;
  readonly elderlyAge: number;
  /** The age under which a person has no capacity on age alone: 16 under INT-9, else the continuation age (18). */
  readonly minorAge: number;
  /** The continuation age of `art-24` (18), the other reading's minor age. */
  readonly continuationAge: number;
  /** INT-9 is on (the minor age is art-5's). */
  readonly int9: boolean;
}

/**
 * No capacity to work (无劳动能力, `shp-identification-2021/art-5`): aged, minor or disabled. INT-9 reads the
 * minor age as art-5's 16 (on) or the 2020 opinion's 18, the continuation age (off); it is recorded only for
 * a person between the two.
 */
export function noCapacityToWork(age: number, disability: Disability | null | undefined, ctx: EvaluationContext): NoCapacityToWork {
  const elderlyAge = integerParameter(ctx, "special-hardship.no-capacity.elderly-min-age");
  const continuationAge = integerParameter(ctx, "special-hardship.continuation-max-age");
  const int9 = interpretationOn(ctx, "INT-9", false);
  const minorAge = int9 ? integerParameter(ctx, "special-hardship.no-capacity.minor-max-age") : continuationAge;
  // The two readings differ only for someone between the two ages (16 or 17 with the shipped ages).
  if (age >= minorAge && age < continuationAge) recordInterpretation(ctx, "INT-9");
  return {
    aged: age >= elderlyAge,
    minor: age < minorAge,
    disabled: noCapacityToWorkByDisability(disability, ctx),
    elderlyAge,
    minorAge,
    continuationAge,
    int9,
  };
}
