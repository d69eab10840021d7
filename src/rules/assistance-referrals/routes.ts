/**
 * How a specialised-assistance programme (R9) turns the groups of a member or household into an entry:
 * each programme lists its routes, a route being the groups that together qualify (a disabled student of a
 * dibao-edge household: `disabled` and `dibao-edge`). A route whose groups are all met refers; one with no
 * group definitely not met but some pending makes the entry `needs-review` unless another route refers.
 * The entry lists every group of a route that refers (`groups`) and every pending group of a route still
 * open (`pendingGroups`), in the order of `ASSISTANCE_GROUPS`, each with a reason citing the programme.
 */
import type { Reason, ReasonValue } from "../../model/determination.js";
import { test } from "../reason.js";
import type { GroupFinding } from "./groups.js";
import { ASSISTANCE_GROUPS, type AssistanceGroup, type AssistanceProgramme, type AssistanceReferral } from "./section.js";

/** Groups that together qualify an entry. */
export type Route = readonly AssistanceGroup[];

export interface RouteDecision {
  readonly status: AssistanceReferral["status"];
  readonly groups: readonly AssistanceGroup[];
  readonly pendingGroups: readonly AssistanceGroup[];
  /** The finding of every group listed. */
  readonly findings: ReadonlyMap<AssistanceGroup, GroupFinding>;
}

const ORDER = new Map<AssistanceGroup, number>(ASSISTANCE_GROUPS.map((group, index) => [group, index]));

export function inGroupOrder(groups: Iterable<AssistanceGroup>): AssistanceGroup[] {
  return [...new Set(groups)].sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
}

/** The entry's status and groups from its routes; `undefined` when every route definitely fails (no entry). */
export function decideRoutes(routes: readonly Route[], find: (group: AssistanceGroup) => GroupFinding): RouteDecision | undefined {
  const findings = new Map<AssistanceGroup, GroupFinding>();
  const lookup = (group: AssistanceGroup): GroupFinding => {
    let found = findings.get(group);
    if (found === undefined) {
      found = find(group);
      findings.set(group, found);
    }
    return found;
  };
  let groups: AssistanceGroup[] | undefined;
  let pending: AssistanceGroup[] | undefined;
  for (const route of routes) {
    let closed = false;
    let open = false;
    // A group definitely not met closes the route: the groups after it are not asked for.
    for (const group of route) {
      const outcome = lookup(group).outcome;
      if (outcome === "not-met") {
        closed = true;
        break;
      }
      if (outcome === "unknown") open = true;
    }
    if (closed) continue;
    if (!open) (groups ??= []).push(...route);
    else for (const group of route) if (findings.get(group)?.outcome === "unknown") (pending ??= []).push(group);
  }
  if (groups === undefined && pending === undefined) return undefined;
  const listed = new Map([...findings].filter(([group]) => groups?.includes(group) === true || pending?.includes(group) === true));
  return { status: groups === undefined ? "needs-review" : "refer", groups: inGroupOrder(groups ?? []), pendingGroups: inGroupOrder(pending ?? []), findings: listed };
}

/** Sources whose clauses are cited from the start of the year their Q&A describes (INT-15). */
const INT_15_SOURCES = ["cq-medical-assistance-2023/", "cq-housing-renovation-2023/"];

/** INT-15 named where a reason cites a clause it dated. */
export function interpretationsFor(clauses: readonly string[]): string[] {
  return clauses.some((id) => INT_15_SOURCES.some((prefix) => id.startsWith(prefix))) ? ["INT-15"] : [];
}

/** A reason citing the programme's clauses in force, naming INT-15 where it dated one of them. */
export function referralReason(code: string, outcome: Reason["outcome"], clauses: readonly string[], values: Readonly<Record<string, ReasonValue>>, missing: readonly string[] = []): Reason {
  return test(code, outcome, clauses, { values, missing, interpretations: interpretationsFor(clauses) });
}

/** One reason per group listed (met or pending), in group order. */
export function groupReasons(decision: RouteDecision, clauses: readonly string[]): Reason[] {
  return inGroupOrder([...decision.groups, ...decision.pendingGroups]).map((group) => {
    const found = decision.findings.get(group) as GroupFinding;
    return referralReason(`assistance-referrals.group.${group}`, found.outcome, clauses, { group, ...found.values }, found.missing);
  });
}

/** An entry of the section. */
export function referral(
  programme: AssistanceProgramme,
  memberId: string | null,
  decision: RouteDecision,
  values: Readonly<Record<string, ReasonValue>>,
  reasons: readonly Reason[],
): AssistanceReferral {
  return { programme, memberId, status: decision.status, groups: decision.groups, pendingGroups: decision.pendingGroups, values, reasons };
}
