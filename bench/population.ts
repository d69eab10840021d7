/**
 * A seeded synthetic caseload for the benchmarks: the same seed gives the same households on every
 * machine, so figures from two runs (or two people) are about the same work. Nothing here is real data.
 *
 * What it stands for: the households a district's civil-affairs office assesses in a month, that is
 * periodic reviews of households it already supports (动态管理) mixed with new applications, not the
 * fixtures (which are chosen to hit one clause each). The shares below are per household unless said
 * otherwise; `describePopulation` measures them on a generated caseload and `npm run bench` prints them.
 *
 * Who they are (v1 facts):
 * - size 1–6 members (24 / 30 / 20 / 14 / 8 / 4 %): assistance caseloads are small, old households;
 *   an elderly head in 55 % of one- and two-person households, 15 % of larger ones;
 * - area urban 55 %, rural 45 %; wages and pensions spread around the standard so that every dibao
 *   outcome (eligible, ineligible on income, ineligible on property, needs-review) is common;
 * - disability in 7 % of members under 60 and 14 % from 60 (grades 1–2 in 40 % of them), serious
 *   illness in 3 % under 50 and 8 % from 50, deductions for it in half of those; students: most
 *   children of school age, 30 % of 18–22-year-olds in higher education; excluded members 2 %;
 * - property check: compliant 80 %, not compliant 12 %, unknown 8 %;
 * - supporters: the people the extreme-poverty test is about (60+, under 16, disabled) and 10 % of
 *   the others have a listed supporter list in 55 % of cases (40 % with 1–3 supporters, 15 % an
 *   explicit "none"), unknown in 45 %; every household of two or more has members related as spouse,
 *   child, parent or grandchild, from which R4 derives supporters inside the household (INT-12).
 *
 * What they have today (`recipients`, on by default):
 * - current dibao recipients (`status.dibao`): 40 % of households, the periodic reviews beside the new
 *   applications (the seed report `cq-daily-2020-09` counts 880 300 dibao and 183 800 extreme-poverty
 *   persons in Chongqing in 2020; no split of a month's assessments is published, 40 % is our
 *   assumption): a recipient's income is drawn at 60 % of an applicant's, so most are still eligible and
 *   about a fifth are not below the standard any more, which is what sends them to R2. `since` 1–8 years
 *   before asOf; the amount paid today is given for 85 % of them (INT-6 otherwise);
 * - gradual-exit windows (`status.gradualExit`), among recipients: 10 % in a window running on asOf
 *   (started 0–5 months before), 5 % whose window ended 1–8 months ago (INT-7: no second window);
 * - extreme-poverty support (`status.specialHardshipMemberIds`): 6 % of households, one fragile member
 *   (the report's 18.4 万 supported against 88.0 万 dibao persons: about 1 in 5), supported dispersed
 *   75 %, centralised 20 %, arrangement not given 5 % (v1.1);
 * - poverty registration given in 40 % of households (none / unlifted / lifted / lifted-unstable / edge
 *   at 10 : 1 : 3 : 2 : 2).
 *
 * Contract v1.1 facts (`v11`, on by default; off gives v1 input that every earlier version accepts):
 * - orphans: 1.5 % of minors (`orphan: true`), `orphan: false` stated for 30 % of the others;
 * - circumstances given in 70 % of households (absent is unknown for R8): 1–2 shocks in 20 % of those,
 *   `since` 0–18 months before asOf, so about a third fall outside INT-14's 12-month window (cause
 *   illness 45, accident 15, disaster 10, epidemic 10, other 20; effect half income drop, half
 *   expenditure surge); difficulties stated in 80 % of those (housing 12 %, medical 22 %, education
 *   10 %, else none);
 * - rigid expenditure given in 35 % of households: 1–3 items (medical, education, rehabilitation,
 *   living, other), 1 000–30 000 yuan a year each, so the 70 % ratio of R7b is met and missed;
 * - housing assessed in 50 % of households: urban `securityApplied` (yes 15 %), rural `dwellingSafety`
 *   A / B / C / D at 50 / 30 / 12 / 8 % (C and D dilapidated) and `previouslySupported` (yes 20 %);
 * - exited coverage (`status.exitedCoverage`): 5 % of households not covered today, left 1–4 years ago.
 */
import type { HouseholdInput } from "../src/model/household.js";

type MemberInput = HouseholdInput["members"][number];
type IncomeInput = NonNullable<MemberInput["incomes"]>[number];
type DeductionInput = NonNullable<MemberInput["deductions"]>[number];
type SupporterInput = NonNullable<MemberInput["supporters"]>[number];

/** One benchmark case: a household and the date it is assessed on. */
export interface Case {
  readonly household: HouseholdInput;
  readonly asOf: string;
}

export interface PopulationOptions {
  /** How many households (default 10 000). */
  readonly count?: number;
  /** PRNG seed (default 20251015). */
  readonly seed?: number;
  /**
   * A fixed assessment date for every household (the batch benchmark runs one `--as-of`); by default
   * each household gets its own date in 2023-01-01 … 2025-12-31, inside the span where no parameter
   * is stale or estimated, so the benchmark measures rules, not warnings.
   */
  readonly asOf?: string;
  /**
   * What the households have today: current dibao recipients, gradual-exit windows (R2),
   * extreme-poverty support (default true; false: applicants only, no `status.dibao`, no window,
   * nobody supported today).
   */
  readonly recipients?: boolean;
  /** Contract v1.1 facts: orphans, support arrangements, circumstances, rigid expenditure, housing, exited coverage (default true). */
  readonly v11?: boolean;
}

/** mulberry32: tiny, fast and good enough to pick synthetic households; not for anything secret. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Picker {
  constructor(readonly random: () => number) {}
  chance(p: number): boolean {
    return this.random() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  /** A weighted choice: `[[value, weight], …]`. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let roll = this.random() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (last === undefined) throw new Error("weighted() needs at least one entry");
    return last[0];
  }
  /** Money around `mean` (± spread), in fen, written the ways callers write it: "1234.50", "800", or a number. */
  money(mean: number, spread: number): string | number {
    const fen = Math.max(0, Math.round((mean + (this.random() * 2 - 1) * spread) * 100));
    const style = this.random();
    if (style < 0.15) return fen / 100; // a JSON number: the library converts it through its decimal text
    if (style < 0.3 && fen % 100 === 0) return String(fen / 100);
    return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
  }
}

const DAY_MS = 86_400_000;
const START_2023 = Date.UTC(2023, 0, 1);
const END_2025 = Date.UTC(2025, 11, 31);

function isoFromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A birth date that gives `age` full years on `asOf`. */
function birthDateFor(pick: Picker, asOf: string, age: number): string {
  const asOfMs = Date.parse(`${asOf}T00:00:00Z`);
  const year = Number(asOf.slice(0, 4)) - age;
  // Any day in the 365 days before the age-th birthday in asOf's year: age stays exactly `age`.
  const latest = Date.UTC(year, Number(asOf.slice(5, 7)) - 1, Number(asOf.slice(8, 10)));
  const ms = Math.min(latest - pick.int(0, 364) * DAY_MS, asOfMs);
  return isoFromUtc(ms);
}

type Role = "adult" | "elder" | "child";

function schoolingFor(pick: Picker, age: number): MemberInput["schooling"] {
  if (age < 3) return pick.chance(0.5) ? undefined : "none";
  if (age < 6) return pick.weighted([["preschool", 5], ["none", 4], [undefined, 1]] as const);
  if (age < 15) return pick.weighted([["compulsory", 95], ["none", 5]] as const);
  if (age < 18) return pick.weighted([["high-school", 55], ["vocational", 30], ["none", 15]] as const);
  if (age < 23) return pick.weighted([["higher", 30], ["vocational", 5], ["none", 65]] as const);
  return pick.chance(0.7) ? undefined : "none";
}

function disabilityFor(pick: Picker, age: number): MemberInput["disability"] {
  if (!pick.chance(age >= 60 ? 0.14 : 0.07)) return pick.chance(0.05) ? null : undefined;
  const category = pick.weighted([
    ["physical", 40],
    ["visual", 12],
    ["hearing", 12],
    ["speech", 4],
    ["intellectual", 12],
    ["mental", 12],
    ["multiple", 8],
  ] as const);
  return { category, grade: pick.weighted([[1, 15], [2, 25], [3, 30], [4, 30]] as const) };
}

function incomesFor(pick: Picker, role: Role, age: number, area: "urban" | "rural", employed: boolean, schooling: MemberInput["schooling"], recipient: boolean): IncomeInput[] {
  const incomes: IncomeInput[] = [];
  // A household already in dibao was poor when it entered: its earnings are drawn lower (see the header).
  const scale = (area === "urban" ? 1 : 0.8) * (recipient ? 0.6 : 1);
  if (role === "adult" && employed) {
    incomes.push({ kind: "wage", monthly: pick.money(1500 * scale, 1300 * scale) });
    if (pick.chance(0.2)) incomes.push({ kind: "wage", monthly: pick.money(400 * scale, 350 * scale) });
  }
  if (role === "adult" && pick.chance(area === "rural" ? 0.35 : 0.1)) incomes.push({ kind: "business", monthly: pick.money(500 * scale, 450 * scale) });
  if (pick.chance(0.08)) incomes.push({ kind: "property", monthly: pick.money(200, 190) });
  if (role === "elder") {
    if (pick.chance(area === "urban" ? 0.55 : 0.2)) incomes.push({ kind: "pension", monthly: pick.money(1400 * scale, 900) });
    if (pick.chance(0.7)) incomes.push({ kind: "basic-pension", monthly: pick.money(150, 40) });
    if (age >= 80 && pick.chance(0.8)) incomes.push({ kind: "old-age-allowance", monthly: pick.money(100, 50) });
  }
  if (pick.chance(0.15)) {
    const supportFrom = pick.weighted([["sibling", 3], ["elderly-60-plus", 2], ["other", 4], [null, 1]] as const);
    incomes.push({ kind: "transfer", monthly: pick.money(300, 250), ...(supportFrom === null ? {} : { supportFrom }) });
  }
  if (pick.chance(0.05)) incomes.push({ kind: "social-insurance", monthly: pick.money(600, 300) });
  if (pick.chance(0.05)) incomes.push({ kind: "other", monthly: pick.money(150, 140) });
  if (pick.chance(0.04)) incomes.push({ kind: "preferential-care", monthly: pick.money(500, 200) });
  if (pick.chance(0.03)) incomes.push({ kind: "family-planning", monthly: pick.money(80, 30) });
  if (schooling !== undefined && schooling !== null && schooling !== "none" && pick.chance(0.2)) incomes.push({ kind: "scholarship", monthly: pick.money(100, 80) });
  if (pick.chance(0.01)) incomes.push({ kind: "heroism-reward", monthly: pick.money(300, 200) });
  if (pick.chance(0.06)) incomes.push({ kind: "social-assistance", monthly: pick.money(400, 300) });
  return incomes;
}

function deductionsFor(pick: Picker, employed: boolean, burdened: boolean): DeductionInput[] | undefined {
  const deductions: DeductionInput[] = [];
  if (employed && pick.chance(0.25)) deductions.push({ kind: "employment-cost", monthly: pick.money(120, 100) });
  // Some costs exceed the member's income: INT-4 floors that member at 0.
  if (burdened && pick.chance(0.5)) deductions.push({ kind: "disability-or-illness-cost", monthly: pick.money(300, 280) });
  return deductions.length === 0 ? (pick.chance(0.5) ? undefined : []) : deductions;
}

function supportersFor(pick: Picker, asOf: string, age: number): SupporterInput[] | undefined {
  const roll = pick.random();
  if (roll < 0.45) return undefined; // unknown: the extreme-poverty test says needs-review
  if (roll < 0.6) return [];
  const count = pick.int(1, 3);
  const supporters: SupporterInput[] = [];
  for (let index = 0; index < count; index++) {
    const supporterAge = age >= 50 ? pick.int(25, 60) : pick.int(35, 85);
    const supporter: SupporterInput = {
      relation: age >= 50 ? "child" : pick.weighted([["parent", 3], ["sibling", 1], ["grandparent", 1]] as const),
      birthDate: birthDateFor(pick, asOf, supporterAge),
    };
    if (pick.chance(0.8)) supporter.specialHardship = pick.chance(0.1);
    if (pick.chance(0.8)) supporter.dibaoRecipient = pick.chance(0.2);
    if (pick.chance(0.5)) supporter.annualIncome = pick.money(30000, 28000);
    if (pick.chance(0.5)) supporter.assetsWithinLowIncomeRules = pick.chance(0.7);
    if (pick.chance(0.05)) supporter.legalIncapacity = pick.weighted([["no-civil-capacity", 2], ["declared-missing", 1], ["imprisoned", 1]] as const);
    if (pick.chance(0.1)) supporter.disability = { category: "physical", grade: pick.int(1, 4) };
    supporters.push(supporter);
  }
  return supporters;
}

interface HouseholdShape {
  readonly asOf: string;
  readonly area: "urban" | "rural";
  /** Receiving dibao today: earnings drawn lower. */
  readonly recipient: boolean;
  readonly v11: boolean;
}

function memberFor(pick: Picker, shape: HouseholdShape, role: Role, index: number, relation: MemberInput["relation"]): MemberInput {
  const { asOf, area } = shape;
  const age = role === "elder" ? pick.int(60, 95) : role === "child" ? pick.int(0, 22) : pick.int(18, 64);
  const schooling = schoolingFor(pick, age);
  const employed = role === "adult" ? pick.chance(0.6) : role === "child" ? age >= 18 && pick.chance(0.3) : pick.chance(0.05);
  const disability = disabilityFor(pick, age);
  const seriousIllness = pick.chance(age >= 50 ? 0.08 : 0.03);
  const member: MemberInput = { id: `m${index + 1}`, relation, birthDate: birthDateFor(pick, asOf, age) };
  if (disability !== undefined) member.disability = disability;
  if (seriousIllness || pick.chance(0.3)) member.seriousIllness = seriousIllness;
  if (role !== "child" || age >= 16 || pick.chance(0.3)) member.employed = employed;
  if (schooling !== undefined) member.schooling = schooling;
  const incomes = incomesFor(pick, role, age, area, employed, schooling, shape.recipient);
  if (incomes.length > 0 || pick.chance(0.5)) member.incomes = incomes;
  const deductions = deductionsFor(pick, employed, disability != null || seriousIllness);
  if (deductions !== undefined) member.deductions = deductions;
  // The facts the extreme-poverty test needs are mostly filled in for the people it is about.
  const fragile = age >= 60 || age < 16 || disability != null;
  if (fragile || pick.chance(0.1)) {
    if (pick.chance(0.85)) member.ownAssetsCompliant = pick.chance(0.8);
    const supporters = supportersFor(pick, asOf, age);
    if (supporters !== undefined) member.supporters = supporters;
    if (pick.chance(0.6)) member.selfCare = { adlFailed: pick.weighted([[0, 6], [1, 1], [2, 1], [3, 1], [4, 1], [5, 1], [6, 1]] as const) };
  }
  if (age < 18 && pick.chance(0.05)) member.orphanSupportChosen = pick.chance(0.5);
  if (shape.v11 && age < 18) {
    if (pick.chance(0.015)) member.orphan = true;
    else if (pick.chance(0.3)) member.orphan = false;
  }
  if (pick.chance(0.02)) member.excluded = pick.weighted([["clergy-away-3-years", 1], ["imprisoned", 3], ["compulsory-rehabilitation", 2], ["declared-missing", 2]] as const);
  return member;
}

const SIZES = [
  [1, 24],
  [2, 30],
  [3, 20],
  [4, 14],
  [5, 8],
  [6, 4],
] as const;

function rolesFor(pick: Picker, size: number): Array<{ role: Role; relation: MemberInput["relation"] }> {
  const elderlyHead = pick.chance(size <= 2 ? 0.55 : 0.15);
  const roles: Array<{ role: Role; relation: MemberInput["relation"] }> = [{ role: elderlyHead ? "elder" : "adult", relation: "self" }];
  if (size >= 2) roles.push({ role: elderlyHead ? "elder" : pick.chance(0.85) ? "adult" : "elder", relation: pick.chance(0.85) ? "spouse" : "sibling" });
  for (let index = 2; index < size; index++) {
    const roll = pick.random();
    if (roll < 0.6) roles.push({ role: "child", relation: elderlyHead ? "grandchild" : "child" });
    else if (roll < 0.9) roles.push({ role: "elder", relation: elderlyHead ? "sibling" : "parent" });
    else roles.push({ role: "adult", relation: "other" });
  }
  return roles;
}

/** The first day of the month `months` months after (negative: before) the month of `date`. */
function monthStart(date: string, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

/** The last day of the month `months` months after the month of `date`. */
function monthEnd(date: string, months: number): string {
  return isoFromUtc(Date.parse(`${monthStart(date, months + 1)}T00:00:00Z`) - DAY_MS);
}

/** `days` days before `date`. */
function daysBefore(date: string, days: number): string {
  return isoFromUtc(Date.parse(`${date}T00:00:00Z`) - days * DAY_MS);
}

/** The people the extreme-poverty rules are about (60+, under 16 or disabled), by birth year: a fair pick is all it needs. */
function fragile(member: MemberInput, asOf: string): boolean {
  const years = Number(asOf.slice(0, 4)) - Number(member.birthDate.slice(0, 4));
  return member.excluded == null && (years >= 60 || years < 16 || member.disability != null);
}

/** What a recipient has today: since when, the amount paid, and a gradual-exit window running or ended. */
function dibaoStatusFor(pick: Picker, asOf: string, status: NonNullable<HouseholdInput["status"]>): void {
  let since = monthStart(asOf, -pick.int(12, 96));
  const window = pick.weighted([["running", 10], ["ended", 5], ["none", 85]] as const);
  if (window === "running") {
    const start = monthStart(asOf, -pick.int(0, 5));
    status.gradualExit = { start, end: monthEnd(start, 5) };
  } else if (window === "ended") {
    const start = monthStart(asOf, -pick.int(7, 13));
    const end = monthEnd(start, 5);
    status.gradualExit = { start, end };
    // A third came back into dibao after their window (a new window may be granted then, INT-7).
    if (pick.chance(0.33)) since = monthStart(end, 1);
  }
  status.dibao = { since, ...(pick.chance(0.85) ? { monthlyAmount: pick.money(900, 600) } : {}) };
}

const SHOCK_CAUSES = [["illness", 45], ["accident", 15], ["disaster", 10], ["epidemic", 10], ["other", 20]] as const;
const EXPENDITURE_KINDS = ["medical", "education", "rehabilitation", "living", "other"] as const;

/** Contract v1.1 household facts: circumstances, rigid expenditure, housing (rates in the header). */
function v11FactsFor(pick: Picker, household: HouseholdInput, asOf: string): void {
  if (pick.chance(0.7)) {
    const circumstances: NonNullable<HouseholdInput["circumstances"]> = {};
    circumstances.shocks = pick.chance(0.2)
      ? Array.from({ length: pick.int(1, 2) }, () => ({
          cause: pick.weighted(SHOCK_CAUSES),
          effect: pick.chance(0.5) ? ("income-drop" as const) : ("expenditure-surge" as const),
          since: daysBefore(asOf, pick.int(0, 547)),
        }))
      : [];
    if (pick.chance(0.8)) {
      const difficulties: NonNullable<NonNullable<HouseholdInput["circumstances"]>["difficulties"]> = [];
      if (pick.chance(0.12)) difficulties.push("housing");
      if (pick.chance(0.22)) difficulties.push("medical");
      if (pick.chance(0.1)) difficulties.push("education");
      circumstances.difficulties = difficulties;
    }
    household.circumstances = circumstances;
  }
  if (pick.chance(0.35)) {
    const kinds = EXPENDITURE_KINDS.filter(() => pick.chance(0.4));
    const items = (kinds.length === 0 ? ["medical" as const] : kinds.slice(0, 3)).map((kind) => ({ kind, annual: pick.money(15_500, 14_500) }));
    household.rigidExpenditure = { items };
  }
  if (pick.chance(0.5)) {
    household.housing =
      household.area === "urban"
        ? { securityApplied: pick.chance(0.15) }
        : {
            dwellingSafety: pick.weighted([["A", 50], ["B", 30], ["C", 12], ["D", 8]] as const),
            ...(pick.chance(0.8) ? { previouslySupported: pick.chance(0.2) } : {}),
          };
  }
}

function householdFor(pick: Picker, serial: number, asOf: string, recipients: boolean, v11: boolean): HouseholdInput {
  const area = pick.chance(0.55) ? "urban" : "rural";
  const recipient = recipients && pick.chance(0.4);
  const shape: HouseholdShape = { asOf, area, recipient, v11 };
  const size = pick.weighted(SIZES);
  const members = rolesFor(pick, size).map(({ role, relation }, index) => memberFor(pick, shape, role, index, relation));
  // A household needs a counted member: the contract rejects one whose members are all excluded.
  if (members.every((member) => member.excluded != null)) delete members[0]?.excluded;
  const household: HouseholdInput = { id: `syn-${String(serial).padStart(7, "0")}`, jurisdiction: "CN-CQ", area, members };
  const assets = pick.weighted([["compliant", 80], ["not-compliant", 12], ["unknown", 8]] as const);
  if (assets !== "unknown") household.assets = { compliant: assets === "compliant" };
  else if (pick.chance(0.5)) household.assets = {};
  const status: NonNullable<HouseholdInput["status"]> = {};
  if (pick.chance(0.4)) status.povertyRegistration = pick.weighted([["none", 10], ["unlifted", 1], ["lifted", 3], ["lifted-unstable", 2], ["edge", 2]] as const);
  if (recipient) dibaoStatusFor(pick, asOf, status);
  if (recipients && pick.chance(0.06)) {
    const candidates = members.filter((member) => fragile(member, asOf));
    const supported = candidates.length > 0 ? candidates[pick.int(0, candidates.length - 1)] : members[members.length - 1];
    if (supported !== undefined) {
      status.specialHardshipMemberIds = [supported.id];
      const arrangement = pick.weighted([["dispersed", 75], ["centralised", 20], [null, 5]] as const);
      if (v11 && arrangement !== null) supported.supportArrangement = arrangement;
    }
  }
  const covered = status.dibao !== undefined || status.specialHardshipMemberIds !== undefined;
  if (v11 && !covered && pick.chance(0.05)) status.exitedCoverage = { date: daysBefore(asOf, pick.int(365, 4 * 365)) };
  if (v11) v11FactsFor(pick, household, asOf);
  if (Object.keys(status).length > 0) household.status = status;
  return household;
}

/** Generates `count` cases from `seed`. Deterministic: same options, same cases. */
export function generatePopulation(options: PopulationOptions = {}): Case[] {
  const count = options.count ?? 10_000;
  const pick = new Picker(prng(options.seed ?? 20251015));
  const cases: Case[] = [];
  for (let serial = 0; serial < count; serial++) {
    const asOf = options.asOf ?? isoFromUtc(START_2023 + pick.int(0, (END_2025 - START_2023) / DAY_MS) * DAY_MS);
    cases.push({ household: householdFor(pick, serial, asOf, options.recipients ?? true, options.v11 ?? true), asOf });
  }
  return cases;
}

/** Measured shares of a caseload (percent, one decimal), as the header states them: households, then members. */
export function describePopulation(cases: readonly Case[]): string {
  let members = 0;
  const households: Record<string, number> = {};
  const people: Record<string, number> = {};
  const count = (into: Record<string, number>, key: string, yes: boolean): void => {
    into[key] = (into[key] ?? 0) + (yes ? 1 : 0);
  };
  for (const { household, asOf } of cases) {
    const status = household.status;
    count(households, "dibao recipients", status?.dibao != null);
    count(households, "window running", status?.gradualExit != null && asOf <= status.gradualExit.end);
    count(households, "window ended", status?.gradualExit != null && status.gradualExit.end < asOf);
    count(households, "extreme-poverty supported", (status?.specialHardshipMemberIds?.length ?? 0) > 0);
    count(households, "registered poor", status?.povertyRegistration != null && status.povertyRegistration !== "none");
    count(households, "exited coverage", status?.exitedCoverage != null);
    count(households, "2+ members (R4 derives supporters)", household.members.length >= 2);
    count(households, "circumstances given", household.circumstances != null);
    count(households, "a shock", (household.circumstances?.shocks?.length ?? 0) > 0);
    count(households, "rigid expenditure", household.rigidExpenditure != null);
    count(households, "housing assessed", household.housing != null);
    for (const member of household.members) {
      members++;
      count(people, "disabled", member.disability != null);
      count(people, "seriously ill", member.seriousIllness === true);
      count(people, "in school", member.schooling != null && member.schooling !== "none");
      count(people, "supporters listed", (member.supporters?.length ?? 0) > 0);
      count(people, "orphan", member.orphan === true);
    }
  }
  const share = (entries: Record<string, number>, whole: number): string =>
    Object.entries(entries)
      .map(([key, n]) => `${key} ${((100 * n) / Math.max(whole, 1)).toFixed(1)} %`)
      .join(", ");
  return `households: ${share(households, cases.length)}; members: ${share(people, members)}`;
}
