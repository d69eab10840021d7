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

/** A finding from a fact that may not be given: unknown, naming `path`, when it is not. */
export function given(value: boolean | null | undefined, path: string): Finding {
  return { outcome: outcomeOf(value), missing: value == null ? [path] : [] };
}

/** A finding from a fact that is always known. */
export function known(value: boolean): Finding {
  return { outcome: value ? "met" : "not-met", missing: [] };
}

function combined(outcome: Outcome, findings: readonly Finding[]): Finding {
  // Only the unknown parts of an unknown result say what is missing: a settled part needs nothing.
  const missing = outcome === "unknown" ? [...new Set(findings.filter((f) => f.outcome === "unknown").flatMap((f) => f.missing))] : [];
  return { outcome, missing };
}

/** Three-valued AND of findings. */
export function every(...findings: Finding[]): Finding {
  return combined(allOf(findings.map((f) => f.outcome)), findings);
}

/** Three-valued OR of findings. */
export function some(...findings: Finding[]): Finding {
  return combined(anyOf(findings.map((f) => f.outcome)), findings);
}
