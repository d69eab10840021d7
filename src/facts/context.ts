/**
 * The evaluation context: the assessment date, the parameter set and the interpretations of one call,
 * and a record of every parameter series a rule read. Rules read parameters only through these helpers,
 * so what a determination used is recorded as it is read, not reconstructed afterwards.
 */
import { ageOn, isLeapDayBirthdayEve, type IsoDate, type PlainDate } from "../model/date.js";
import type { Money } from "../model/money.js";
import { valueOn, type CompiledParameterSet, type CompiledValue, type ParameterName } from "../policy/parameters.js";
import { INTERPRETATION_IDS, type InterpretationId, type InterpretationSettings } from "../policy/interpretations.js";

export interface EvaluationContext {
  readonly asOf: IsoDate;
  readonly asOfDate: PlainDate;
  readonly parameters: CompiledParameterSet;
  readonly interpretations: InterpretationSettings;
  /** Names of the series read so far, in first-read order. */
  readonly used: Set<string>;
  /**
   * Interpretations a rule consulted where the other reading would have decided differently at that
   * point, recorded as they are read (like `used` for parameters): W-INTERPRETATION re-decides the
   * household only under these.
   */
  readonly consulted: Set<InterpretationId>;
  /**
   * Every interpretation read since the engine last cleared it, decisive or not, one bit per id
   * ({@link interpretationBit}); `undefined` when no one records. The engine clears it before each rule
   * and keeps what the rule read, so W-INTERPRETATION re-runs only the rules that read the flipped one.
   * A value memoized per household (facts) must therefore not read an interpretation: the rules that hit
   * the memo would not record the read.
   */
  interpretationsRead?: number;
  /** Decisive reads only (bits), gathered per member by {@link eachMember} while the engine records. */
  interpretationsDecided?: number;
  /** The running rule's per-member record, written by {@link eachMember} while the engine records (`interpretationsRead` set). */
  memberRecord?: MemberRecord;
  /** Set by the engine while W-INTERPRETATION re-runs a rule for the other reading: see {@link eachMember}. */
  memberReplay?: MemberReplay;
}

/** What one rule decided per member in the first decision, and which interpretations decided each member. */
export interface MemberRecord {
  readonly people: readonly unknown[];
  readonly results: readonly unknown[];
  /** Per member, the interpretations it read decisively (the other reading could decide that member differently). */
  readonly decided: readonly number[];
  /** The interpretations read while deciding the members, decisive or not. */
  readonly read: number;
  /** The rule went through `eachMember` once (a second pass leaves the record unusable for a replay). */
  once: boolean;
}

/** A rule re-run under the other reading of the interpretation `bit`, with the first decision's member record. */
export interface MemberReplay {
  readonly record: MemberRecord;
  readonly bit: number;
}

const INTERPRETATION_BITS = Object.fromEntries(INTERPRETATION_IDS.map((id, index) => [id, 1 << index])) as Readonly<Record<InterpretationId, number>>;

/** The bit of `id` in {@link EvaluationContext.interpretationsRead}. */
export function interpretationBit(id: InterpretationId): number {
  return INTERPRETATION_BITS[id];
}

/**
 * Thrown when a parameter a rule needs is missing on `asOf` or holds the wrong kind of value (an
 * override's amount given as text); the engine turns it into an InvalidOptionsError naming it.
 */
export class ParameterError extends Error {
  readonly parameter: string;
  constructor(parameter: string, message: string) {
    super(message);
    this.name = "ParameterError";
    this.parameter = parameter;
  }
}

function missing(parameter: string, asOf: IsoDate, setId: string, firstFrom: IsoDate | undefined): ParameterError {
  return new ParameterError(
    parameter,
    firstFrom === undefined
      ? `the parameter set ${setId} holds no value of "${parameter}"`
      : `the parameter set ${setId} holds no value of "${parameter}" on ${asOf}: its first value is from ${firstFrom}`,
  );
}

function wrongKind(name: string, value: CompiledValue, kind: string): ParameterError {
  return new ParameterError(name, `the value of "${name}" from ${value.from} must be ${kind}, not ${JSON.stringify(value.value)}`);
}

/**
 * Whether interpretation `id` is on for this call, recording the read. `decisive` says whether the other
 * reading would decide differently at this point (a rule knows cheaply: a deduction that exceeds income,
 * an age between the two limits); only decisive reads are recorded, so a household no interpretation
 * could affect is decided once. When in doubt a rule passes `true`: recording too much costs a re-run,
 * recording too little loses a warning.
 */
export function interpretationOn(ctx: EvaluationContext, id: InterpretationId, decisive = true): boolean {
  if (decisive) {
    ctx.consulted.add(id);
    if (ctx.interpretationsDecided !== undefined) ctx.interpretationsDecided |= INTERPRETATION_BITS[id];
  }
  if (ctx.interpretationsRead !== undefined) ctx.interpretationsRead |= INTERPRETATION_BITS[id];
  return ctx.interpretations[id];
}

/** Records that `id` decided something here (see {@link interpretationOn}). */
export function recordInterpretation(ctx: EvaluationContext, id: InterpretationId): void {
  ctx.consulted.add(id);
  if (ctx.interpretationsDecided !== undefined) ctx.interpretationsDecided |= INTERPRETATION_BITS[id];
  if (ctx.interpretationsRead !== undefined) ctx.interpretationsRead |= INTERPRETATION_BITS[id];
}

/**
 * `people.map(decide)` for a rule that decides each member on their own (R4): while the engine records,
 * it keeps each member's result and the interpretations that member read decisively; when
 * W-INTERPRETATION re-runs the rule only because it read the flipped interpretation, a member who did
 * not read it decisively keeps their first result (the other reading decides them the same, which is
 * what a decisive read means) and only the others are decided again.
 */
export function eachMember<P, T>(ctx: EvaluationContext, people: readonly P[], decide: (person: P) => T): T[] {
  const replay = ctx.memberReplay;
  if (replay !== undefined && replay.record.people === people && replay.record.once) {
    const { record, bit } = replay;
    return people.map((person, index) => ((record.decided[index] as number) & bit) !== 0 ? decide(person) : (record.results[index] as T));
  }
  const outside = ctx.interpretationsRead;
  if (outside === undefined) return people.map(decide);
  if (ctx.memberRecord !== undefined) {
    ctx.memberRecord.once = false;
    return people.map(decide);
  }
  const results: T[] = [];
  const decided: number[] = [];
  ctx.interpretationsRead = 0;
  for (const person of people) {
    ctx.interpretationsDecided = 0;
    results.push(decide(person));
    decided.push(ctx.interpretationsDecided);
  }
  const read = ctx.interpretationsRead;
  ctx.interpretationsDecided = undefined;
  // Reads outside the members stay the rule's own; the engine adds the members' (`read`).
  ctx.interpretationsRead = outside;
  ctx.memberRecord = { people, results, decided, read, once: true };
  return results;
}

/**
 * Age in full years on asOf. INT-1: born on 29 February, a person is a year older on 1 March of a
 * common year; with INT-1 off, already on 28 February.
 */
export function ageAt(ctx: EvaluationContext, birth: PlainDate): number {
  const age = ageOn(birth, ctx.asOfDate);
  // Only on the eve of a leap-day birthday do the two readings give different ages.
  return isLeapDayBirthdayEve(birth, ctx.asOfDate) && !interpretationOn(ctx, "INT-1") ? age + 1 : age;
}

/** The value in force on `asOf`, recording the read; `undefined` when the series has none then. */
export function optionalValue(ctx: EvaluationContext, name: ParameterName): CompiledValue | undefined {
  const series = ctx.parameters.series.get(name);
  ctx.used.add(name);
  return series === undefined ? undefined : valueOn(series, ctx.asOf);
}

/** The value in force on `asOf` without recording a read: for display figures only. */
export function peekValue(ctx: EvaluationContext, name: ParameterName, on: IsoDate = ctx.asOf): CompiledValue | undefined {
  const series = ctx.parameters.series.get(name);
  return series === undefined ? undefined : valueOn(series, on);
}

/**
 * The `from` of the first value after `asOf` that `accept` takes (by default any): the date a rule not yet
 * in force begins, for a reason to state it. Not recorded: a display figure, like {@link peekValue}.
 * `undefined` when the set holds no such value.
 */
export function nextStart(ctx: EvaluationContext, name: ParameterName, accept: (value: CompiledValue) => boolean = () => true): IsoDate | undefined {
  return ctx.parameters.series.get(name)?.values.find((value) => value.from > ctx.asOf && accept(value))?.from;
}

function required(ctx: EvaluationContext, name: ParameterName): CompiledValue {
  const value = optionalValue(ctx, name);
  if (value === undefined) {
    throw missing(name, ctx.asOf, ctx.parameters.id, ctx.parameters.series.get(name)?.values[0]?.from);
  }
  return value;
}

function expectDecimal(name: string, value: CompiledValue): Money {
  if (value.decimal === undefined) throw wrongKind(name, value, "a decimal number written as text");
  return value.decimal;
}

/** A required decimal parameter (an amount, a multiple, an age). */
export function decimalParameter(ctx: EvaluationContext, name: ParameterName): Money {
  return expectDecimal(name, required(ctx, name));
}


/** Numbers of compiled values: values never change, and rules read ages and counts for every member. */
const numbers = new WeakMap<Money, number>();

/** A required whole-number parameter (ages, months, counts). */
export function integerParameter(ctx: EvaluationContext, name: ParameterName): number {
  const decimal = decimalParameter(ctx, name);
  let number = numbers.get(decimal);
  if (number === undefined) {
    number = decimal.toNumber();
    numbers.set(decimal, number);
  }
  return number;
}

/** A required switch. */
export function switchParameter(ctx: EvaluationContext, name: ParameterName): boolean {
  const value = required(ctx, name);
  if (typeof value.value !== "boolean") throw wrongKind(name, value, "true or false");
  return value.value;
}

/** A required text value (a named regime). */
export function textParameter(ctx: EvaluationContext, name: ParameterName): string {
  const value = required(ctx, name);
  if (typeof value.value !== "string") throw wrongKind(name, value, "text");
  return value.value;
}

/** A required list (income kinds, clause ids). */
export function listParameter(ctx: EvaluationContext, name: ParameterName): readonly string[] {
  const value = required(ctx, name);
  if (!Array.isArray(value.value)) throw wrongKind(name, value, "a list");
  return value.value as readonly string[];
}

/**
 * Clause ids in force on `asOf` from a citations series; empty when none is in force yet. Not recorded
 * as a parameter read: which clauses apply is shown in the reasons themselves.
 */
export function citations(ctx: EvaluationContext, name: ParameterName): readonly string[] {
  const value = peekValue(ctx, name);
  return value !== undefined && Array.isArray(value.value) ? (value.value as readonly string[]) : [];
}

/** The figure for a calendar year (a value whose `from` lies in that year), recording the read. */
export function decimalForYear(ctx: EvaluationContext, name: ParameterName, year: number): Money | undefined {
  const series = ctx.parameters.series.get(name);
  ctx.used.add(name);
  const prefix = `${String(year).padStart(4, "0")}-`;
  return series?.values.find((value) => value.from.startsWith(prefix))?.decimal;
}
