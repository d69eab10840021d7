/**
 * Building reasons. Every test a rule runs goes through {@link test}, so no test decides without
 * leaving a reason with its clauses, values, missing inputs and interpretations.
 */
import type { Outcome, Reason, ReasonValue } from "../model/determination.js";

export interface ReasonDetails {
  readonly values?: Readonly<Record<string, ReasonValue>>;
  readonly missing?: readonly string[];
  readonly interpretations?: readonly string[];
}

/** Records one test: its code, outcome and the clauses that decided it. */
export function test(code: string, outcome: Outcome, clauses: readonly string[], details: ReasonDetails = {}): Reason {
  return {
    code,
    outcome,
    clauses,
    values: details.values ?? {},
    missing: outcome === "unknown" ? (details.missing ?? []) : [],
    interpretations: details.interpretations ?? [],
  };
}

/** `met` / `not-met` from a known boolean, `unknown` from a missing fact. */
export function outcomeOf(value: boolean | null | undefined): Outcome {
  return value == null ? "unknown" : value ? "met" : "not-met";
}

/** Three-valued AND: not-met if any is not met, else unknown if any is unknown, else met. */
export function allOf(outcomes: readonly Outcome[]): Outcome {
  if (outcomes.includes("not-met")) return "not-met";
  return outcomes.includes("unknown") ? "unknown" : "met";
}

/** Three-valued OR: met if any is met, else unknown if any is unknown, else not-met. */
export function anyOf(outcomes: readonly Outcome[]): Outcome {
  if (outcomes.includes("met")) return "met";
  return outcomes.includes("unknown") ? "unknown" : "not-met";
}

/** A three-valued finding with the facts or parameters whose absence left it unknown. */
export interface Finding {
  readonly outcome: Outcome;
  readonly missing: readonly string[];
}

// A settled finding names nothing missing, and `test` gives a settled reason a list of its own: the two
// settled findings are shared (frozen) rather than allocated for every condition of every member.
const NOTHING_MISSING: readonly string[] = Object.freeze([]);
const MET: Finding = Object.freeze({ outcome: "met", missing: NOTHING_MISSING });
const NOT_MET: Finding = Object.freeze({ outcome: "not-met", missing: NOTHING_MISSING });

/** A finding from a fact that may not be given: unknown, naming `path`, when it is not. */
export function given(value: boolean | null | undefined, path: string): Finding {
  return value == null ? { outcome: "unknown", missing: [path] } : value ? MET : NOT_MET;
}

/** A finding from a fact that is always known. */
export function known(value: boolean): Finding {
  return value ? MET : NOT_MET;
}

/** An unknown result: only its unknown parts say what is missing (each path once, first seen first); a settled part needs nothing. */
function unknownOf(findings: readonly Finding[]): Finding {
  const missing: string[] = [];
  for (const finding of findings) {
    if (finding.outcome !== "unknown") continue;
    for (const path of finding.missing) if (!missing.includes(path)) missing.push(path);
  }
  return { outcome: "unknown", missing };
}

/** Three-valued AND of findings. */
export function every(...findings: Finding[]): Finding {
  let unknown = false;
  for (const finding of findings) {
    if (finding.outcome === "not-met") return NOT_MET;
    if (finding.outcome === "unknown") unknown = true;
  }
  return unknown ? unknownOf(findings) : MET;
}

/** Three-valued OR of findings. */
export function some(...findings: Finding[]): Finding {
  let unknown = false;
  for (const finding of findings) {
    if (finding.outcome === "met") return MET;
    if (finding.outcome === "unknown") unknown = true;
  }
  return unknown ? unknownOf(findings) : NOT_MET;
}
