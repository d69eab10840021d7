/**
 * R9 medical assistance (医疗救助), per counted member: dibao, extreme-poverty support, a dibao-edge
 * household, monitored rural households (纳入监测范围的农村易返贫致贫人口) and orphans, and a seriously ill
 * member of a rigid-expenditure household (因病致贫重病患者) — `saim/art-28`, `saim/art-29`, from 2023 also
 * `cq-medical-assistance-2023/targets` (INT-15). A seriously ill member referred is monitored
 * (`values.monitoring`, `cq-daily-2020-09/medical`: 低收入家庭大病患者……建立监测预警机制) once that
 * mechanism is in force.
 */
import type { Reason } from "../../model/determination.js";
import { citations, type EvaluationContext } from "../../facts/context.js";
import type { HouseholdFacts, MemberFacts } from "../../facts/household-facts.js";
import type { AssistanceGroups, GroupFinding } from "./groups.js";
import { decideRoutes, groupReasons, inGroupOrder, referral, referralReason, type Route, type RouteDecision } from "./routes.js";
import type { AssistanceReferral } from "./section.js";

export const MEDICAL_CLAUSES = ["saim/art-28", "saim/art-29", "cq-medical-assistance-2023/targets", "cq-daily-2020-09/medical"] as const;

const ROUTES: readonly Route[] = [["dibao"], ["special-hardship"], ["dibao-edge"], ["monitored"], ["orphan"], ["rigid-expenditure", "seriously-ill"]];

interface Monitoring {
  /** true, false, or null while the entry itself needs review. */
  readonly value: boolean | null;
  readonly decision: RouteDecision;
  readonly reasons: readonly Reason[];
}

/**
 * Monitoring of a seriously ill member (监测预警): on when the entry refers and the mechanism is in force
 * (`citations.medical-assistance.monitoring` holds its clause), with `seriously-ill` among the groups.
 */
function monitoring(person: MemberFacts, ctx: EvaluationContext, decision: RouteDecision, ill: GroupFinding, clauses: readonly string[]): Monitoring {
  const memberId = person.member.id;
  if (ill.outcome !== "met") return { value: false, decision, reasons: [] };
  const monitoringClauses = citations(ctx, "citations.medical-assistance.monitoring");
  if (monitoringClauses.length === 0) {
    return { value: false, decision, reasons: [referralReason("assistance-referrals.medical.monitoring", "not-met", clauses, { memberId, inForce: false, asOf: ctx.asOf })] };
  }
  if (decision.status === "needs-review") {
    const missing = [...new Set([...decision.findings.values()].flatMap((finding) => finding.missing))];
    return { value: null, decision, reasons: [referralReason("assistance-referrals.medical.monitoring", "unknown", monitoringClauses, { memberId, inForce: true }, missing)] };
  }
  const findings = new Map(decision.findings).set("seriously-ill", ill);
  return {
    value: true,
    decision: { ...decision, groups: inGroupOrder([...decision.groups, "seriously-ill"]), findings },
    reasons: [referralReason("assistance-referrals.medical.monitoring", "met", monitoringClauses, { memberId, inForce: true })],
  };
}

/** Medical-assistance referrals of the counted members, in member order. */
export function medicalReferrals(facts: HouseholdFacts, ctx: EvaluationContext, groups: AssistanceGroups): AssistanceReferral[] {
  const clauses = citations(ctx, "citations.medical-assistance");
  const entries: AssistanceReferral[] = [];
  for (const person of facts.counted) {
    const decided = decideRoutes(ROUTES, (group) => groups.member(person, group));
    if (decided === undefined) continue;
    const { value, decision, reasons } = monitoring(person, ctx, decided, groups.member(person, "seriously-ill"), clauses);
    entries.push(referral("medical-assistance", person.member.id, decision, { monitoring: value }, [...groupReasons(decision, clauses), ...reasons]));
  }
  return entries;
}
