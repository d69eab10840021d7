/**
 * R8 Five-category screening (五类人群摸排, `cq-daily-2020-09/five-categories`): from 2020-09-07 Chongqing
 * screened five kinds of people who may need backstop support (兜底保障), to verify at once those who
 * qualify ("对符合救助条件的要立即跟进核实"). Each category is flagged, not, or unknown for want of a fact;
 * a flag asks a caseworker to verify and awards nothing.
 */
import type { Reason, ReasonValue } from "../../model/determination.js";
import { nextStart, optionalValue, switchParameter, type EvaluationContext } from "../../facts/context.js";
import { currentlySupportedMemberIds, isCovered, isCurrentDibaoRecipient } from "../../facts/coverage.js";
import type { HouseholdFacts } from "../../facts/household-facts.js";
import { shocksInWindow, type ShockWindow } from "../../facts/shocks.js";
import type { Shock } from "../../model/household.js";
import { DIBAO } from "../dibao/section.js";
import { readSection, type Draft } from "../programme.js";
import { allOf, known, some, test, type Finding } from "../reason.js";
import type { RuleModule, RulePatch } from "../rule.js";
import { SINGLE_PERSON_REFERRALS } from "../single-person/section.js";
import { SPECIAL_HARDSHIP } from "../special-hardship/section.js";
import { SCREENING_CATEGORIES, type ScreeningCategory, type ScreeningEntry, type ScreeningStatus } from "./section.js";

const FIVE_CATEGORIES = "cq-daily-2020-09/five-categories";
export const SCREENING_CLAUSES = [FIVE_CATEGORIES] as const;
const CLAUSES = [FIVE_CATEGORIES];

/** Registrations of category 1: 未脱贫建档立卡贫困人口、脱贫不稳定人口、边缘易致贫人口. */
const CATEGORY_1_REGISTRATIONS = new Set(["unlifted", "lifted-unstable", "edge"]);

/** What every category reads, worked out once per household. */
interface Facts {
  readonly facts: HouseholdFacts;
  readonly ctx: EvaluationContext;
  readonly covered: boolean;
  /** Who covers the household, for the four "not covered" reasons (one object, read-only, shared). */
  readonly coverage: Values;
  readonly registration: string;
  readonly window: ShockWindow;
  readonly qualifies: Finding;
  readonly qualifyingValues: Values;
}

function missingOf(reasons: readonly Reason[]): string[] {
  return reasons.filter((reason) => reason.outcome === "unknown").flatMap((reason) => reason.missing);
}

/**
 * Whether the household now qualifies for backstop support (categories 2 and 3): dibao eligible (R1), a
 * member referred alone (R3) or a member eligible for extreme-poverty support (R4); unknown where one of
 * those is still to be reviewed.
 */
function qualification(draft: Draft): { finding: Finding; values: Values } {
  const dibao = readSection(draft, DIBAO);
  const referrals = readSection(draft, SINGLE_PERSON_REFERRALS) ?? [];
  const hardship = readSection(draft, SPECIAL_HARDSHIP) ?? [];
  const dibaoStatus = dibao?.status ?? "needs-review";
  const referred = referrals.filter((entry) => entry.status === "refer").map((entry) => entry.memberId);
  const eligible = hardship.filter((entry) => entry.status === "eligible").map((entry) => entry.memberId);
  const pendingReferrals = referrals.filter((entry) => entry.status === "needs-review");
  const pendingHardship = hardship.filter((entry) => entry.status === "needs-review");
  const finding = some(
    dibaoStatus === "needs-review" ? { outcome: "unknown", missing: missingOf(dibao?.reasons ?? []) } : known(dibaoStatus === "eligible"),
    known(referred.length > 0 || eligible.length > 0),
    ...pendingReferrals.map((entry): Finding => ({ outcome: "unknown", missing: missingOf(entry.reasons) })),
    ...pendingHardship.map((entry): Finding => ({ outcome: "unknown", missing: missingOf(entry.reasons) })),
  );
  return {
    finding,
    values: {
      dibaoStatus,
      referredMemberIds: referred,
      specialHardshipEligibleIds: eligible,
      pendingMemberIds: [...new Set([...pendingReferrals, ...pendingHardship].map((entry) => entry.memberId))],
    },
  };
}

function entry(code: ScreeningCategory, reasons: Reason[]): ScreeningEntry {
  const outcome = allOf(reasons.map((reason) => reason.outcome));
  const status: ScreeningStatus = outcome === "met" ? "flag" : outcome === "not-met" ? "no" : "unknown";
  return { category: SCREENING_CATEGORIES.indexOf(code) + 1, code, status, reasons };
}

type Values = Readonly<Record<string, ReasonValue>>;

function reason(code: ScreeningCategory, condition: string, finding: Finding, values: Values, interpretations: readonly string[] = []): Reason {
  return test(`screening.${code}.${condition}`, finding.outcome, CLAUSES, { values, missing: finding.missing, interpretations });
}

function notCovered(code: ScreeningCategory, f: Facts): Reason {
  return reason(code, "not-covered", known(!f.covered), f.coverage);
}

/** A shock in the look-back window (INT-14) that `matches`; unknown when `circumstances.shocks` is not given. */
function shockFinding(f: Facts, matches: (shock: Shock) => boolean): { finding: Finding; found: readonly Shock[] } {
  const shocks = f.window.shocks;
  if (shocks === undefined) return { finding: { outcome: "unknown", missing: ["circumstances.shocks"] }, found: [] };
  const found = shocks.filter(matches);
  return { finding: known(found.length > 0), found };
}

function shockReason(code: ScreeningCategory, condition: string, f: Facts, matches: (shock: Shock) => boolean, extra: Values = {}): Reason {
  const { finding, found } = shockFinding(f, matches);
  return reason(
    code,
    condition,
    finding,
    {
      windowFrom: f.window.from,
      windowTo: f.window.to,
      shocksGiven: f.window.shocks === undefined ? null : (f.facts.household.circumstances?.shocks ?? []).length,
      causes: found.map((shock) => shock.cause),
      since: found.map((shock) => shock.since),
      ...extra,
    },
    ["INT-14"],
  );
}

const isEpidemic = (shock: Shock): boolean => shock.cause === "epidemic";

/** 1. 未脱贫建档立卡贫困人口、脱贫不稳定人口、边缘易致贫人口中未纳入兜底保障范围的人群. */
function registeredPoorUncovered(f: Facts): ScreeningEntry {
  const code = "registered-poor-uncovered";
  return entry(code, [notCovered(code, f), reason(code, "registration", known(CATEGORY_1_REGISTRATIONS.has(f.registration)), { povertyRegistration: f.registration })]);
}

/** 2. 因疫情需要纳入兜底保障范围的人群: a shock from the epidemic, and the household now qualifies. */
function epidemicBackstop(f: Facts): ScreeningEntry {
  const code = "epidemic-backstop";
  return entry(code, [notCovered(code, f), shockReason(code, "epidemic-shock", f, isEpidemic), reason(code, "qualifies", f.qualifies, f.qualifyingValues)]);
}

/** 3. 因病因灾因疫等收入骤减或支出骤增，不符合救助条件但存在一定困难的潜在救助对象. */
function potentialRecipient(f: Facts): ScreeningEntry {
  const code = "potential-recipient";
  const notQualifying: Finding = { outcome: f.qualifies.outcome === "met" ? "not-met" : f.qualifies.outcome === "not-met" ? "met" : "unknown", missing: f.qualifies.missing };
  return entry(code, [notCovered(code, f), shockReason(code, "shock", f, () => true), reason(code, "not-qualifying", notQualifying, f.qualifyingValues)]);
}

/**
 * 4. 未纳入建档立卡贫困户范围，但在住房、医疗、教育等方面存在困难的农村低保对象及分散供养特困人员: rural, not
 * registered, receiving dibao or with a member supported dispersed (分散供养), and a difficulty.
 */
function ruralCoveredWithDifficulties(f: Facts): ScreeningEntry {
  const code = "rural-covered-with-difficulties";
  const household = f.facts.household;
  const dibaoRecipient = isCurrentDibaoRecipient(household);
  const supported = currentlySupportedMemberIds(household);
  const supportedMembers = f.facts.members.filter((person) => supported.has(person.member.id));
  const dispersed = supportedMembers.map((person): Finding => {
    const arrangement = person.member.supportArrangement;
    return arrangement == null ? { outcome: "unknown", missing: [`${person.path}.supportArrangement`] } : known(arrangement === "dispersed");
  });
  const difficulties = household.circumstances?.difficulties;
  return entry(code, [
    reason(code, "rural", known(household.area === "rural"), { area: household.area }),
    reason(code, "not-registered", known(f.registration === "none"), { povertyRegistration: f.registration }),
    reason(code, "covered", some(known(dibaoRecipient), ...dispersed), {
      dibaoRecipient,
      dispersedMemberIds: supportedMembers.filter((person) => person.member.supportArrangement === "dispersed").map((person) => person.member.id),
      arrangementUnknownIds: supportedMembers.filter((person) => person.member.supportArrangement == null).map((person) => person.member.id),
    }),
    reason(code, "difficulties", difficulties == null ? { outcome: "unknown", missing: ["circumstances.difficulties"] } : known(difficulties.length > 0), { difficulties: difficulties ?? null }),
  ]);
}

/** 5. 已退出兜底保障，受疫情影响……需要再次纳入兜底保障的对象: left coverage, not covered again, an epidemic shock since leaving. */
function exitedNeedsReturn(f: Facts): ScreeningEntry {
  const code = "exited-needs-return";
  const exitDate = f.facts.household.status?.exitedCoverage?.date ?? null;
  // ISO dates compare as text.
  const exited = exitDate !== null && exitDate <= f.ctx.asOf;
  return entry(code, [
    reason(code, "exited", known(exited), { exitDate, asOf: f.ctx.asOf }),
    notCovered(code, f),
    shockReason(code, "epidemic-shock-since-exit", f, (shock) => isEpidemic(shock) && (exitDate === null || shock.since >= exitDate), { exitDate }),
  ]);
}

/** The five categories before the screening began: every one `no`, saying why and from when it applies. */
function notInForce(ctx: EvaluationContext): ScreeningEntry[] {
  const from = nextStart(ctx, "screening.in-force", (value) => value.value === true) ?? null;
  return SCREENING_CATEGORIES.map((code, index) => ({
    category: index + 1,
    code,
    status: "no",
    reasons: [test("screening.not-in-force", "not-met", CLAUSES, { values: { asOf: ctx.asOf, from } })],
  }));
}

/**
 * Whether the screening runs on `asOf`. It is Chongqing's 2020 campaign: a set without the switch (a city
 * on the national layer alone) has no screening, rather than an error for a series it has no reason to hold.
 */
function screeningInForce(ctx: EvaluationContext): boolean {
  const value = optionalValue(ctx, "screening.in-force")?.value;
  // A value that is not a switch: the required read raises the error that names it.
  return value === undefined ? false : typeof value === "boolean" ? value : switchParameter(ctx, "screening.in-force");
}

/** Screens the household on `asOf` for the five categories, in the report's order. */
export function evaluateScreening(facts: HouseholdFacts, ctx: EvaluationContext, draft: Draft): ScreeningEntry[] {
  if (!screeningInForce(ctx)) return notInForce(ctx);
  const { finding, values } = qualification(draft);
  const f: Facts = {
    facts,
    ctx,
    covered: isCovered(facts.household),
    coverage: { dibaoRecipient: isCurrentDibaoRecipient(facts.household), supportedMemberIds: [...currentlySupportedMemberIds(facts.household)] },
    registration: facts.household.status?.povertyRegistration ?? "none",
    window: shocksInWindow(facts, ctx),
    qualifies: finding,
    qualifyingValues: values,
  };
  return [registeredPoorUncovered(f), epidemicBackstop(f), potentialRecipient(f), ruralCoveredWithDifficulties(f), exitedNeedsReturn(f)];
}

export const fiveCategoryScreeningRule: RuleModule<readonly ScreeningEntry[]> = {
  id: "R8",
  title: "five-category screening",
  clauses: SCREENING_CLAUSES,
  apply(facts, ctx, draft): RulePatch<readonly ScreeningEntry[]> {
    return { section: evaluateScreening(facts, ctx, draft) };
  },
};
