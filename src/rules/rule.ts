/**
 * What a rule module is: a function from the household's facts (and what earlier rules decided) to
 * its programme's section, with its reasons. A programme (`programme.ts`) lists its rule modules; the
 * engine runs the registry's programmes in order. Adding a rule adds a module to its programme's list,
 * it does not edit a central switch.
 */
import type { InterpretationAlternative, WarningCode } from "../model/determination.js";
import type { EvaluationContext } from "../facts/context.js";
import type { HouseholdFacts } from "../facts/household-facts.js";
import type { Draft } from "./programme.js";

/** A warning a rule raises; the engine merges them (one entry per code) and adds the parameter warnings. */
export interface RuleWarning {
  readonly code: WarningCode;
  readonly parameters?: readonly string[];
  readonly interpretations?: readonly string[];
  readonly memberIds?: readonly string[];
  /** W-CLAUSE-BEFORE-INSTRUMENT: the clauses cited before their instrument took effect. */
  readonly clauses?: readonly string[];
  /** W-INTERPRETATION: what the other reading of each interpretation would have decided. */
  readonly alternatives?: readonly InterpretationAlternative[];
}

/** What a rule returns: its programme's section (replacing the draft's) and the warnings it raises (added). */
export interface RulePatch<S> {
  readonly section?: S;
  readonly warnings?: readonly RuleWarning[];
}

export interface RuleModule<S = unknown> {
  /** The rule's id in `docs/rules.md` (R1 …). */
  readonly id: string;
  /** What it decides, in a few words. */
  readonly title: string;
  /** Every clause id the module may cite. A test checks each is in the catalogue and in docs/rule-clause-map.md. */
  readonly clauses: readonly string[];
  apply(facts: HouseholdFacts, ctx: EvaluationContext, draft: Draft): RulePatch<S>;
}
