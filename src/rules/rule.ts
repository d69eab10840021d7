/**
 * What a rule module is: a function from the household's facts (and what earlier rules decided) to
 * its own part of the determination, with its reasons. The engine runs the modules in order; adding
 * a rule adds a module to the list, it does not edit a central switch.
 */
import type { DibaoSection, SinglePersonReferral, SpecialHardshipEntry, WarningCode } from "../model/determination.js";
import type { EvaluationContext } from "../facts/context.js";
import type { HouseholdFacts } from "../facts/household-facts.js";

/** A warning a rule raises; the engine merges them (one entry per code) and adds the parameter warnings. */
export interface RuleWarning {
  readonly code: WarningCode;
  readonly parameters?: readonly string[];
  readonly interpretations?: readonly string[];
  readonly memberIds?: readonly string[];
}

/** The determination as far as the rules have built it. */
export interface RuleDraft {
  readonly dibao: DibaoSection | undefined;
  readonly singlePersonReferrals: readonly SinglePersonReferral[];
  readonly specialHardship: readonly SpecialHardshipEntry[];
}

/** What a rule returns: the sections it decides (replacing the draft's) and the warnings it raises (added). */
export interface RulePatch {
  readonly dibao?: DibaoSection;
  readonly singlePersonReferrals?: readonly SinglePersonReferral[];
  readonly specialHardship?: readonly SpecialHardshipEntry[];
  readonly warnings?: readonly RuleWarning[];
}

export interface RuleModule {
  /** The rule's id in `rules.md` (R1 …). */
  readonly id: string;
  /** What it decides, in a few words. */
  readonly title: string;
  /** Every clause id the module may cite. A test checks each is in the catalogue and in docs/rule-clause-map.md. */
  readonly clauses: readonly string[];
  apply(facts: HouseholdFacts, ctx: EvaluationContext, draft: RuleDraft): RulePatch;
}
