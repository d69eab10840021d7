/** The warnings of a determination, as the contract shows them. */
import type { InterpretationAlternative, Warning, WarningCode } from "../model/determination.js";
import type { RuleWarning } from "../rules/index.js";
import { memo } from "../model/memo.js";
import { byClauseOrder } from "../policy/clause-order.js";

/**
 * One warning per code, sorted by code; parameters and interpretations sorted, members in member order,
 * alternatives in the order of the interpretations they belong to.
 */
export function mergeWarnings(warnings: readonly RuleWarning[], memberOrder: readonly string[]): Warning[] {
  const byCode = new Map<WarningCode, { parameters: Set<string>; interpretations: Set<string>; memberIds: Set<string>; clauses: Set<string>; alternatives: Map<string, InterpretationAlternative> }>();
  for (const warning of warnings) {
    const entry = memo(byCode, warning.code, () => ({ parameters: new Set<string>(), interpretations: new Set<string>(), memberIds: new Set<string>(), clauses: new Set<string>(), alternatives: new Map<string, InterpretationAlternative>() }));
    for (const name of warning.parameters ?? []) entry.parameters.add(name);
    for (const id of warning.interpretations ?? []) entry.interpretations.add(id);
    for (const id of warning.memberIds ?? []) entry.memberIds.add(id);
    for (const id of warning.clauses ?? []) entry.clauses.add(id);
    for (const alternative of warning.alternatives ?? []) entry.alternatives.set(alternative.interpretation, alternative);
  }
  return [...byCode.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, entry]) => {
      const interpretations = [...entry.interpretations].sort();
      const alternatives = interpretations.flatMap((id) => entry.alternatives.get(id) ?? []);
      return {
        code,
        parameters: [...entry.parameters].sort(),
        interpretations,
        ...(entry.memberIds.size > 0 ? { memberIds: memberOrder.filter((id) => entry.memberIds.has(id)) } : {}),
        ...(entry.clauses.size > 0 ? { clauses: [...entry.clauses].sort(byClauseOrder) } : {}),
        ...(alternatives.length > 0 ? { alternatives } : {}),
      };
    });
}
