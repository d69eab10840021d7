/**
 * The programme registry: every section of the determination, in output order, each owned by one folder
 * under `src/rules/`. The engine runs the programmes' rules in this order (a programme reads only what
 * those before it decided), `explain()` renders them in it, W-INTERPRETATION compares them through it.
 * Adding a programme: its folder, and one line here.
 */
import { assistanceReferralsProgramme } from "./assistance-referrals/index.js";
import { dibaoProgramme } from "./dibao/index.js";
import { lowIncomeProgramme } from "./low-income/index.js";
import type { AnyProgramme, SectionOf } from "./programme.js";
import type { RuleModule } from "./rule.js";
import { singlePersonProgramme } from "./single-person/index.js";
import { screeningProgramme } from "./screening/index.js";
import { specialHardshipProgramme } from "./special-hardship/index.js";

export const PROGRAMMES = [dibaoProgramme, singlePersonProgramme, specialHardshipProgramme, lowIncomeProgramme, screeningProgramme, assistanceReferralsProgramme] as const satisfies readonly AnyProgramme[];

type Programmes = (typeof PROGRAMMES)[number];

/** The sections of a determination, one per registered programme, typed from the registry. */
export type Sections = { readonly [P in Programmes as P["section"]["key"]]: SectionOf<P> };

/** The registry as a list of programmes of any section type, for code that treats every section alike. */
export const PROGRAMME_LIST: readonly AnyProgramme[] = PROGRAMMES;

/** Every rule module, in the order the engine runs them. */
export const RULES: readonly RuleModule[] = PROGRAMMES.flatMap((programme) => programme.rules as readonly RuleModule[]);

export type { RuleModule, RulePatch, RuleWarning } from "./rule.js";
export type { Draft, Programme, AnyProgramme, SectionRef, SectionWriter } from "./programme.js";
