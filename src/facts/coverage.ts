/**
 * Who is covered today, one definition each, for every rule that asks (R1/R2 stop decisions, R7, R8, R9):
 * - a **current dibao recipient** (低保对象): `status.dibao` is given;
 * - **covered by backstop support** (纳入兜底保障范围, docs/rules.md R8): a current dibao recipient, or a member
 *   in `status.specialHardshipMemberIds` (特困人员).
 */
import type { Household } from "../model/household.js";

/** The household receives dibao today (`status.dibao` given). */
export function isCurrentDibaoRecipient(household: Household): boolean {
  return household.status?.dibao != null;
}

/** The members currently supported as extreme-poverty persons (`status.specialHardshipMemberIds`). */
export function currentlySupportedMemberIds(household: Household): ReadonlySet<string> {
  return new Set(household.status?.specialHardshipMemberIds ?? []);
}

/** Covered by backstop support (纳入兜底保障范围): dibao today, or a member supported as an extreme-poverty person. */
export function isCovered(household: Household): boolean {
  return isCurrentDibaoRecipient(household) || (household.status?.specialHardshipMemberIds ?? []).length > 0;
}
