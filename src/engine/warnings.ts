/** The warnings of a determination, as the contract shows them. */
import type { Warning, WarningCode } from "../model/determination.js";
import type { RuleWarning } from "../rules/index.js";
import { memo } from "../model/memo.js";

/** One warning per code, sorted by code; parameters and interpretations sorted, members in member order. */
export function mergeWarnings(warnings: readonly RuleWarning[], memberOrder: readonly string[]): Warning[] {
  const byCode = new Map<WarningCode, { parameters: Set<string>; interpretations: Set<string>; memberIds: Set<string> }>();
  for (const warning of warnings) {
    const entry = memo(byCode, warning.code, () => ({ parameters: new Set<string>(), interpretations: new Set<string>(), memberIds: new Set<string>() }));
    for (const name of warning.parameters ?? []) entry.parameters.add(name);
    for (const id of warning.interpretations ?? []) entry.interpretations.add(id);
    for (const id of warning.memberIds ?? []) entry.memberIds.add(id);
  }
  return [...byCode.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, entry]) => ({
      code,
      parameters: [...entry.parameters].sort(),
      interpretations: [...entry.interpretations].sort(),
      ...(entry.memberIds.size > 0 ? { memberIds: memberOrder.filter((id) => entry.memberIds.has(id)) } : {}),
    }));
}
