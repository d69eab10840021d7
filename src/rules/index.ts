/**
 * The rule pipeline, in the order the rules depend on each other: R1 (with R0 and R5) decides the
 * household's dibao, R2 may turn a failed income test of a recipient into a gradual-exit window,
 * R3 refers members alone, R4 decides extreme-poverty support per member, R6 flags overlaps.
 */
import { coordinationRule } from "./coordination.js";
import { gradualExitRule } from "./gradual-exit.js";
import { minimumLivingGuaranteeRule } from "./minimum-living-guarantee.js";
import type { RuleModule } from "./rule.js";
import { singlePersonHouseholdRule } from "./single-person-household.js";
import { specialHardshipRule } from "./special-hardship.js";

export const RULES: readonly RuleModule[] = [minimumLivingGuaranteeRule, gradualExitRule, singlePersonHouseholdRule, specialHardshipRule, coordinationRule];

export type { RuleModule, RuleDraft, RulePatch, RuleWarning } from "./rule.js";
