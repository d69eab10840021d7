/**
 * A seeded synthetic caseload for the benchmarks: the same seed gives the same households on every
 * machine, so figures from two runs (or two people) are about the same work.
 *
 * The mix is meant to look like a dibao caseload, not like the fixtures: mostly small households, a
 * third or so with elderly members, wages and pensions around the standard so that every outcome
 * (eligible, ineligible on income, ineligible on property, needs-review) is common, and the rarer facts
 * (disability grades, serious illness, excluded members, deductions, supporters, registered poverty)
 * at rates that exercise every rule module. Nothing here is real data.
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
   * Also generate current dibao recipients and running gradual-exit windows (R2). Off for the
   * four-way benchmark, whose floor implements R0 + R1 + R5 only (applicants); on for equivalence runs.
   */
  readonly recipients?: boolean;
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

function incomesFor(pick: Picker, role: Role, age: number, area: "urban" | "rural", employed: boolean, schooling: MemberInput["schooling"]): IncomeInput[] {
  const incomes: IncomeInput[] = [];
  const scale = area === "urban" ? 1 : 0.8;
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

function memberFor(pick: Picker, asOf: string, area: "urban" | "rural", role: Role, index: number, relation: MemberInput["relation"]): MemberInput {
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
  const incomes = incomesFor(pick, role, age, area, employed, schooling);
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

function householdFor(pick: Picker, serial: number, asOf: string, recipients: boolean): HouseholdInput {
  const area = pick.chance(0.55) ? "urban" : "rural";
  const size = pick.weighted(SIZES);
  const members = rolesFor(pick, size).map(({ role, relation }, index) => memberFor(pick, asOf, area, role, index, relation));
  // A household needs a counted member: the contract rejects one whose members are all excluded.
  if (members.every((member) => member.excluded != null)) delete members[0]?.excluded;
  const household: HouseholdInput = { id: `syn-${String(serial).padStart(7, "0")}`, jurisdiction: "CN-CQ", area, members };
  const assets = pick.weighted([["compliant", 80], ["not-compliant", 12], ["unknown", 8]] as const);
  if (assets !== "unknown") household.assets = { compliant: assets === "compliant" };
  else if (pick.chance(0.5)) household.assets = {};
  const status: NonNullable<HouseholdInput["status"]> = {};
  if (pick.chance(0.4)) status.povertyRegistration = pick.weighted([["none", 10], ["unlifted", 1], ["lifted", 3], ["lifted-unstable", 2], ["edge", 2]] as const);
  if (pick.chance(0.03)) status.specialHardshipMemberIds = [members[members.length - 1]?.id ?? "m1"];
  if (recipients && pick.chance(0.35)) {
    status.dibao = { since: "2021-03-01", ...(pick.chance(0.8) ? { monthlyAmount: pick.money(900, 600) } : {}) };
    if (pick.chance(0.3)) {
      const start = Date.parse(`${asOf.slice(0, 7)}-01T00:00:00Z`) - pick.int(0, 9) * 30 * DAY_MS;
      const startIso = `${isoFromUtc(start).slice(0, 7)}-01`;
      status.gradualExit = { start: startIso, end: isoFromUtc(Date.parse(`${startIso}T00:00:00Z`) + 180 * DAY_MS) };
    }
  }
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
    cases.push({ household: householdFor(pick, serial, asOf, options.recipients ?? false), asOf });
  }
  return cases;
}
