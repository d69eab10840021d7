/**
 * Which interpretations W-INTERPRETATION tries the alternative reading of, for one household: those a
 * rule recorded as decisive while deciding it (`EvaluationContext.consulted`), that are on for this call
 * and that warn (contested, docs/rules.md "Warnings"). Rules record an interpretation where the other reading
 * would decide differently at that point, so no hand-written predicate here restates rule logic, and a
 * new rule that consults an interpretation is covered without an edit outside it.
 */
import { interpretationBit, type EvaluationContext, type MemberRecord } from "../facts/context.js";
import { deriveHouseholdFacts, type HouseholdFacts } from "../facts/household-facts.js";
import type { Household } from "../model/household.js";
import { WARNING_INTERPRETATIONS, type InterpretationId } from "../policy/interpretations.js";
import { sameIgnoringReasons } from "../rules/compare.js";
import { PROGRAMMES, type Draft, type RuleWarning } from "../rules/index.js";
import { sectionBit } from "../rules/programme.js";

/** One rule's run in a decision: the section it wrote and what it read to write it. */
export interface RuleRun {
  /** The section the rule wrote; `undefined` when it wrote none. */
  readonly section: unknown;
  /** The interpretations it read, decisive or not (bits of `interpretationBit`), its members' included. */
  readonly interpretations: number;
  /** The interpretations it read outside `eachMember`. */
  readonly outside: number;
  /** What it decided per member through `eachMember`, if it did. */
  readonly members: MemberRecord | undefined;
  /** The sections it read through `readSection` (bits of `sectionBit`). */
  readonly sections: number;
  /** The facts it read, by name (`ALL_FACTS` for a walk over them); recorded only where {@link traceFacts} says so. */
  readonly facts: ReadonlySet<PropertyKey> | undefined;
}

/** A household decided: its facts, the sections (draft), the rules' warnings and what each rule read. */
export interface Decision {
  readonly facts: HouseholdFacts;
  readonly draft: Draft;
  readonly warnings: readonly RuleWarning[];
  /** The interpretations the facts read while they were derived (INT-4: the household total). */
  readonly factsInterpretations: number;
  /** One per rule module, in the order the engine ran them. */
  readonly runs: readonly RuleRun[];
}

/** The interpretations whose alternative reading could change what this evaluation decided, in catalogue order. */
export function interpretationsToTry(ctx: EvaluationContext): InterpretationId[] {
  return WARNING_INTERPRETATIONS.filter((id) => ctx.interpretations[id] && ctx.consulted.has(id));
}

/**
 * Whether the rules' reads of the facts are worth recording for this household: the facts read an
 * interpretation W-INTERPRETATION will try (INT-4 decided the household total). Then the other reading
 * derives other facts, and only the rules that read a fact it changed need run again.
 */
export function traceFacts(ctx: EvaluationContext, factsInterpretations: number): boolean {
  if (factsInterpretations === 0) return false;
  for (const id of interpretationsToTry(ctx)) if ((factsInterpretations & interpretationBit(id)) !== 0) return true;
  return false;
}

/** Marks a rule that walked over the facts (spread, `in`, keys): it counts as reading every fact. */
export const ALL_FACTS: unique symbol = Symbol("all facts");

/** The facts as one rule sees them while its reads are recorded into `read` (by name; a walk records {@link ALL_FACTS}). */
export function recordingFacts(facts: HouseholdFacts, read: Set<PropertyKey>): HouseholdFacts {
  return new Proxy(facts, {
    get(target, key, receiver) {
      read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      read.add(key);
      return Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      read.add(key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys(target) {
      read.add(ALL_FACTS);
      return Reflect.ownKeys(target);
    },
  });
}

/**
 * Two derived facts hold the same: the same primitive, or objects of one prototype whose own members
 * are the same (arrays element by element, sets by their elements). Anything else (a map, a function
 * that is not the same one) counts as different, which only costs a re-run.
 */
function sameFact(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Set) {
    const other = b as Set<unknown>;
    if (a.size !== other.size) return false;
    for (const item of a) if (!other.has(item)) return false;
    return true;
  }
  if (a instanceof Map) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let index = 0; index < a.length; index++) if (!sameFact(a[index], other[index])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) if (!Object.hasOwn(right, key) || !sameFact(left[key], right[key])) return false;
  return true;
}

/**
 * The facts derived under the other reading, with the names of those that came out different from the
 * first decision's. The derived object itself is what re-run rules read (the same shape as the first
 * facts, so the rules' property accesses stay monomorphic); a fact that came out the same holds the same.
 */
function otherFacts(household: Household, alternative: EvaluationContext, first: HouseholdFacts): { facts: HouseholdFacts; changed: Set<PropertyKey> } {
  const facts = deriveHouseholdFacts(household, alternative);
  const derived = facts as unknown as Record<string, unknown>;
  const kept = first as unknown as Record<string, unknown>;
  const changed = new Set<PropertyKey>();
  for (const key of Object.keys(derived)) if (!Object.hasOwn(kept, key) || !sameFact(kept[key], derived[key])) changed.add(key);
  for (const key of Object.keys(kept)) if (!Object.hasOwn(derived, key)) changed.add(key);
  return { facts, changed };
}

/** Whether a rule read a fact in `changed` (a rule whose reads were not recorded counts as reading all). */
function readChangedFact(run: RuleRun, changed: ReadonlySet<PropertyKey>): boolean {
  if (run.facts === undefined || run.facts.has(ALL_FACTS)) return true;
  for (const key of changed) if (run.facts.has(key)) return true;
  return false;
}

/** The context of the other reading of `id`: the interpretation off, fresh records, no read tracking. */
export function otherReading(ctx: EvaluationContext, id: InterpretationId): EvaluationContext {
  return { ...ctx, interpretations: { ...ctx.interpretations, [id]: false }, used: new Set(), consulted: new Set(), interpretationsRead: undefined, interpretationsDecided: undefined, memberRecord: undefined, memberReplay: undefined };
}

/**
 * The sections the other reading of `id` decides, re-running only what it touched: a rule runs again
 * when it read `id`, or read a section the other reading decided differently before it; every other
 * rule's section is the first decision's (its inputs are the same, so is its result). A re-run section
 * that differs from the first decision's only in its reasons counts as the same, so the rules after it
 * need not run (they read other sections' reasons only to write their own, which no comparison reads).
 * An interpretation the facts read (INT-4, the household total) is read by every rule that reads a fact
 * it changed: the facts are derived again under the other reading, and those rules run on them. The result compares with the first
 * decision as a full re-decision would (`evaluate`'s full mode, kept for the tests): the same statuses,
 * amounts and dates in every section.
 */
export function alternativeDraft(household: Household, ctx: EvaluationContext, decision: Decision, id: InterpretationId): Draft {
  const alternative = otherReading(ctx, id);
  const bit = interpretationBit(id);
  // Facts that read the interpretation are derived again; otherwise the first decision's facts hold (a
  // value memoized per facts object reads no interpretation: see EvaluationContext.interpretationsRead).
  const rederived = (decision.factsInterpretations & bit) !== 0 ? otherFacts(household, alternative, decision.facts) : undefined;
  const facts = rederived?.facts ?? decision.facts;
  const draft = new Map<string, unknown>();
  // The first decision's draft as it stood at the same point.
  const decided = new Map<string, unknown>();
  // Sections (bits) the other reading has decided differently so far.
  let changed = 0;
  let index = 0;
  for (const programme of PROGRAMMES) {
    const key = programme.section.key;
    const keyBit = sectionBit(key);
    for (const rule of programme.rules) {
      const run = decision.runs[index++] as RuleRun;
      if (run.section !== undefined) decided.set(key, run.section);
      const inputsChanged = (run.sections & changed) !== 0 || (rederived !== undefined && readChangedFact(run, rederived.changed));
      if (inputsChanged || (run.interpretations & bit) !== 0) {
        // Only the interpretation changed, and only inside the members: the members it did not decide keep their result.
        const replay = !inputsChanged && (run.outside & bit) === 0 && run.members !== undefined;
        if (replay) alternative.memberReplay = { record: run.members, bit };
        const patch = rule.apply(facts, alternative, draft);
        alternative.memberReplay = undefined;
        if (patch.section !== undefined) draft.set(key, patch.section);
      } else if (run.section !== undefined) {
        draft.set(key, run.section);
      }
      const first = decided.get(key);
      const other = draft.get(key);
      if (first === other) {
        changed &= ~keyBit;
      } else if (first !== undefined && other !== undefined && sameIgnoringReasons(first, other)) {
        draft.set(key, first);
        changed &= ~keyBit;
      } else {
        changed |= keyBit;
      }
    }
  }
  return draft;
}
