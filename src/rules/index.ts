/**
 * The rule pipeline, in the order the rules depend on each other: R1 (with R0 and R5) decides the
 * household's dibao, R2 may turn a failed income test of a recipient into a gradual-exit window,
 * R3 refers members alone, R4 decides extreme-poverty support per member, R6 flags overlaps.
 */
import { coordinationRule } from "./special-hardship/coordination.js";
import { gradualExitRule } from "./dibao/gradual-exit.js";
import { minimumLivingGuaranteeRule } from "./dibao/minimum-living-guarantee.js";
import type { RuleModule } from "./rule.js";
import { singlePersonHouseholdRule } from "./single-person/single-person-household.js";
import { specialHardshipRule } from "./special-hardship/special-hardship.js";

export const RULES: readonly RuleModule[] = [minimumLivingGuaranteeRule, gradualExitRule, singlePersonHouseholdRule, specialHardshipRule, coordinationRule];

export type { RuleModule, RuleDraft, RulePatch, RuleWarning } from "./rule.js";
