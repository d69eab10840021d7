/**
 * Which interpretations W-INTERPRETATION tries the alternative reading of, for one household: those a
 * rule recorded as decisive while deciding it (`EvaluationContext.consulted`), that are on for this call
 * and that warn (contested, rules.md "Warnings"). Rules record an interpretation where the other reading
 * would decide differently at that point, so no hand-written predicate here restates rule logic, and a
 * new rule that consults an interpretation is covered without an edit outside it.
 */
import type { EvaluationContext } from "../facts/context.js";
import { WARNING_INTERPRETATIONS, type InterpretationId } from "../policy/interpretations.js";

/** The interpretations whose alternative reading could change what this evaluation decided, in catalogue order. */
export function interpretationsToTry(ctx: EvaluationContext): InterpretationId[] {
  return WARNING_INTERPRETATIONS.filter((id) => ctx.interpretations[id] && ctx.consulted.has(id));
}
