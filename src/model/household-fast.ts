/**
 * A fast path for the commonest case: a household that is valid. zod (`household.ts`) is the contract
 * and stays the only judge of invalid input; but checking a valid household through it cost more than
 * deciding it, and caseloads are re-assessed a million households at a time. So `parseValidHousehold`
 * checks the same schema by hand and returns exactly what `householdSchema.parse` returns — same keys,
 * same order, same normalised money — or `undefined` at the first thing it is not sure of, and the
 * caller asks zod, which then reports every problem. Accepting is the only decision made here; a
 * doubt always goes to zod, so the fast path can cost a little time, never a different result.
 *
 * It covers the whole input contract, v1.1's optional fields included. It also writes the canonical
 * JSON of the households it returns (`canonicalValidHousehold`) from the known keys, which every
 * determination needs for its input digest.
 *
 * Keep this file in step with `household.ts`: a field missing here only sends households that use it
 * to zod (slower, same result); test/hostile/fast-path.property.test.ts compares the two on households
 * broken in every way, and test/engine/evaluate-many.test.ts checks that a household using every field of the
 * schema takes the fast path.
 */
import { isIsoDate } from "./date.js";
import {
  AREAS,
  DEDUCTION_KINDS,
  DIFFICULTIES,
  DISABILITY_CATEGORIES,
  DWELLING_SAFETY_GRADES,
  EARLIEST_BIRTH_DATE,
  EXCLUSION_REASONS,
  EXPENDITURE_KINDS,
  INCOME_KINDS,
  LEGAL_INCAPACITIES,
  LIMITS,
  MEMBER_RELATIONS,
  POVERTY_REGISTRATIONS,
  SCHOOLING,
  SHOCK_CAUSES,
  SHOCK_EFFECTS,
  SUPPORTER_RELATIONS,
  SUPPORT_ARRANGEMENTS,
  SUPPORT_SOURCES,
  type Household,
} from "./household.js";
import { normalizeMoney } from "./money.js";

type Rec = Record<string, unknown>;

/** Returned by a check for anything it does not accept: the caller then asks zod. */
const DOUBT = Symbol("doubt");
type Doubt = typeof DOUBT;

// ---- values -----------------------------------------------------------------------------------

const MONEY_TEXT = /^\d{1,12}(\.\d{1,2})?$/;
const JURISDICTION = /^[A-Z]{2}(-[A-Z0-9]{1,8})*$/;

const oneOf = (values: readonly string[]): ReadonlySet<unknown> => new Set<unknown>(values);
const AREA = oneOf(AREAS);
const MEMBER_RELATION = oneOf(MEMBER_RELATIONS);
const SUPPORTER_RELATION = oneOf(SUPPORTER_RELATIONS);
const EXCLUSION = oneOf(EXCLUSION_REASONS);
const DISABILITY_CATEGORY = oneOf(DISABILITY_CATEGORIES);
const SCHOOLING_KIND = oneOf(SCHOOLING);
const INCOME_KIND = oneOf(INCOME_KINDS);
const SUPPORT_SOURCE = oneOf(SUPPORT_SOURCES);
const DEDUCTION_KIND = oneOf(DEDUCTION_KINDS);
const POVERTY_REGISTRATION = oneOf(POVERTY_REGISTRATIONS);
const LEGAL_INCAPACITY = oneOf(LEGAL_INCAPACITIES);
const SUPPORT_ARRANGEMENT = oneOf(SUPPORT_ARRANGEMENTS);
const SHOCK_CAUSE = oneOf(SHOCK_CAUSES);
const SHOCK_EFFECT = oneOf(SHOCK_EFFECTS);
const DIFFICULTY = oneOf(DIFFICULTIES);
const EXPENDITURE_KIND = oneOf(EXPENDITURE_KINDS);
const DWELLING_SAFETY = oneOf(DWELLING_SAFETY_GRADES);

function isText(value: unknown, max: number): value is string {
  return typeof value === "string" && value.length >= 1 && value.length <= max;
}

function isDate(value: unknown): value is string {
  return typeof value === "string" && isIsoDate(value);
}

/** `birthDateSchema`: a date, not before the earliest birth date accepted. */
function isBirthDate(value: unknown): value is string {
  return isDate(value) && value >= EARLIEST_BIRTH_DATE;
}

/** An optional boolean: absent, undefined, null or a boolean. */
function isOptionalBoolean(value: unknown): boolean {
  return value === undefined || value === null || typeof value === "boolean";
}

function isInt(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

/** `moneySchema`: matching decimal text, or a finite number ≥ 0 whose decimal text is money; normalised. */
function money(value: unknown): string | Doubt {
  if (typeof value === "string") return MONEY_TEXT.test(value) ? (normalizeMoney(value) ?? DOUBT) : DOUBT;
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return normalizeMoney(value) ?? DOUBT;
  return DOUBT;
}

/** An optional (`.nullish()`) value: absent, undefined or null are kept as they are. */
const given = (value: unknown): boolean => value !== undefined && value !== null;

// ---- objects ----------------------------------------------------------------------------------

/** A plain object (what JSON.parse makes) whose keys, own or inherited, are all in `keys` (`z.strictObject`). */
function strict(value: unknown, keys: ReadonlySet<string>): value is Rec {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key in value) if (!keys.has(key)) return false;
  return true;
}

/**
 * The object zod returns: keys in schema order (`order`), only those present in the input. The
 * engine's own calls ask for `dense` objects, with every key (absent ones undefined), built as one
 * literal by the caller: every object of a kind then has the same shape, which keeps the rules'
 * property reads monomorphic. The contract reads absent and undefined alike, and no rule tells them apart.
 */
function shaped(full: Rec, input: Rec, order: readonly string[], dense: boolean): Rec {
  if (dense) return full;
  const out: Rec = {};
  for (const key of order) if (key in input) out[key] = full[key];
  return out;
}

const keysOf = (order: readonly string[]): ReadonlySet<string> => new Set(order);

// The orders below are household.ts's, field by field (zod writes keys in schema order).
const DISABILITY_ORDER = ["category", "grade"];
const DISABILITY_KEYS = keysOf(DISABILITY_ORDER);
function disability(value: unknown): Rec | Doubt {
  if (!strict(value, DISABILITY_KEYS)) return DOUBT;
  const { category, grade } = value;
  if (!DISABILITY_CATEGORY.has(category) || !isInt(grade, 1, 4)) return DOUBT;
  return { category, grade };
}

const INCOME_ORDER = ["kind", "monthly", "supportFrom"];
const INCOME_KEYS = keysOf(INCOME_ORDER);
function income(value: unknown, dense: boolean): Rec | Doubt {
  if (!strict(value, INCOME_KEYS)) return DOUBT;
  const { kind, supportFrom } = value;
  const monthly = money(value.monthly);
  if (!INCOME_KIND.has(kind) || monthly === DOUBT || (given(supportFrom) && !SUPPORT_SOURCE.has(supportFrom))) return DOUBT;
  return shaped({ kind, monthly, supportFrom }, value, INCOME_ORDER, dense);
}

const DEDUCTION_ORDER = ["kind", "monthly"];
const DEDUCTION_KEYS = keysOf(DEDUCTION_ORDER);
function deduction(value: unknown): Rec | Doubt {
  if (!strict(value, DEDUCTION_KEYS)) return DOUBT;
  const { kind } = value;
  const monthly = money(value.monthly);
  if (!DEDUCTION_KIND.has(kind) || monthly === DOUBT) return DOUBT;
  return { kind, monthly };
}

const SUPPORTER_ORDER = ["relation", "birthDate", "specialHardship", "dibaoRecipient", "disability", "annualIncome", "assetsWithinLowIncomeRules", "legalIncapacity"];
const SUPPORTER_KEYS = keysOf(SUPPORTER_ORDER);
function supporter(value: unknown, dense: boolean): Rec | Doubt {
  if (!strict(value, SUPPORTER_KEYS)) return DOUBT;
  const { relation, birthDate, specialHardship, dibaoRecipient, assetsWithinLowIncomeRules, legalIncapacity } = value;
  if (!SUPPORTER_RELATION.has(relation)) return DOUBT;
  if (given(birthDate) && !isBirthDate(birthDate)) return DOUBT;
  if ((given(specialHardship) && typeof specialHardship !== "boolean") || (given(dibaoRecipient) && typeof dibaoRecipient !== "boolean")) return DOUBT;
  if ((given(assetsWithinLowIncomeRules) && typeof assetsWithinLowIncomeRules !== "boolean") || (given(legalIncapacity) && !LEGAL_INCAPACITY.has(legalIncapacity))) return DOUBT;
  const disabilityValue = given(value.disability) ? disability(value.disability) : value.disability;
  const annualIncome = given(value.annualIncome) ? money(value.annualIncome) : value.annualIncome;
  if (disabilityValue === DOUBT || annualIncome === DOUBT) return DOUBT;
  return shaped(
    { relation, birthDate, specialHardship, dibaoRecipient, disability: disabilityValue, annualIncome, assetsWithinLowIncomeRules, legalIncapacity },
    value,
    SUPPORTER_ORDER,
    dense,
  );
}

/** A `z.array(item).max(max)`: a new array of converted items. */
function list(value: unknown, max: number, item: (value: unknown, dense: boolean) => Rec | Doubt, dense: boolean): Rec[] | Doubt {
  if (!Array.isArray(value) || value.length > max) return DOUBT;
  const out: Rec[] = new Array<Rec>(value.length);
  for (let index = 0; index < value.length; index++) {
    const converted = item(value[index], dense);
    if (converted === DOUBT) return DOUBT;
    out[index] = converted;
  }
  return out;
}

/** An optional list: absent, undefined or null kept; otherwise converted. */
function optionalList(value: unknown, max: number, item: (value: unknown, dense: boolean) => Rec | Doubt, dense: boolean): unknown {
  return given(value) ? list(value, max, item, dense) : value;
}

const SELF_CARE_KEYS = keysOf(["adlFailed"]);
const MEMBER_ORDER = [
  "id",
  "relation",
  "birthDate",
  "excluded",
  "disability",
  "seriousIllness",
  "employed",
  "schooling",
  "selfCare",
  "incomes",
  "deductions",
  "ownAssetsCompliant",
  "orphanSupportChosen",
  "supporters",
  "orphan",
  "supportArrangement",
];
const MEMBER_KEYS = keysOf(MEMBER_ORDER);
function member(value: unknown, dense: boolean): Rec | Doubt {
  if (!strict(value, MEMBER_KEYS)) return DOUBT;
  const { id, relation, birthDate, excluded, seriousIllness, employed, schooling, ownAssetsCompliant, orphanSupportChosen, orphan, supportArrangement } = value;
  if (!isText(id, LIMITS.idLength) || !MEMBER_RELATION.has(relation) || !isBirthDate(birthDate)) return DOUBT;
  if (!isOptionalBoolean(orphan) || (given(supportArrangement) && !SUPPORT_ARRANGEMENT.has(supportArrangement))) return DOUBT;
  if ((given(excluded) && !EXCLUSION.has(excluded)) || (given(schooling) && !SCHOOLING_KIND.has(schooling))) return DOUBT;
  if ((given(seriousIllness) && typeof seriousIllness !== "boolean") || (given(employed) && typeof employed !== "boolean")) return DOUBT;
  if ((given(ownAssetsCompliant) && typeof ownAssetsCompliant !== "boolean") || (given(orphanSupportChosen) && typeof orphanSupportChosen !== "boolean")) return DOUBT;
  const disabilityValue = given(value.disability) ? disability(value.disability) : value.disability;
  let selfCare = value.selfCare;
  if (given(selfCare)) {
    if (!strict(selfCare, SELF_CARE_KEYS) || !isInt(selfCare.adlFailed, 0, 6)) return DOUBT;
    selfCare = { adlFailed: selfCare.adlFailed };
  }
  const incomes = optionalList(value.incomes, LIMITS.incomesPerMember, income, dense);
  const deductions = optionalList(value.deductions, LIMITS.deductionsPerMember, deduction, dense);
  const supporters = optionalList(value.supporters, LIMITS.supportersPerMember, supporter, dense);
  if (disabilityValue === DOUBT || incomes === DOUBT || deductions === DOUBT || supporters === DOUBT) return DOUBT;
  return shaped(
    { id, relation, birthDate, excluded, disability: disabilityValue, seriousIllness, employed, schooling, selfCare, incomes, deductions, ownAssetsCompliant, orphanSupportChosen, supporters, orphan, supportArrangement },
    value,
    MEMBER_ORDER,
    dense,
  );
}

const ASSETS_ORDER = ["compliant"];
const ASSETS_KEYS = keysOf(ASSETS_ORDER);
const DIBAO_ORDER = ["since", "monthlyAmount"];
const DIBAO_KEYS = keysOf(DIBAO_ORDER);
const WINDOW_KEYS = keysOf(["start", "end"]);
const EXIT_KEYS = keysOf(["date"]);
const STATUS_ORDER = ["povertyRegistration", "dibao", "gradualExit", "specialHardshipMemberIds", "exitedCoverage"];
const STATUS_KEYS = keysOf(STATUS_ORDER);
function status(value: unknown, dense: boolean): Rec | Doubt {
  if (!strict(value, STATUS_KEYS)) return DOUBT;
  const { povertyRegistration } = value;
  if (given(povertyRegistration) && !POVERTY_REGISTRATION.has(povertyRegistration)) return DOUBT;
  let dibao = value.dibao;
  if (given(dibao)) {
    if (!strict(dibao, DIBAO_KEYS)) return DOUBT;
    const { since } = dibao;
    const monthlyAmount = given(dibao.monthlyAmount) ? money(dibao.monthlyAmount) : dibao.monthlyAmount;
    if ((given(since) && !isDate(since)) || monthlyAmount === DOUBT) return DOUBT;
    dibao = shaped({ since, monthlyAmount }, dibao, DIBAO_ORDER, dense);
  }
  let gradualExit = value.gradualExit;
  if (given(gradualExit)) {
    if (!strict(gradualExit, WINDOW_KEYS) || !isDate(gradualExit.start) || !isDate(gradualExit.end)) return DOUBT;
    gradualExit = { start: gradualExit.start, end: gradualExit.end };
  }
  let ids = value.specialHardshipMemberIds;
  if (given(ids)) {
    if (!Array.isArray(ids) || ids.length > LIMITS.members) return DOUBT;
    const copy: string[] = new Array<string>(ids.length);
    for (let index = 0; index < ids.length; index++) {
      const id: unknown = ids[index]; // a hole reads as undefined, which zod refuses too
      if (!isText(id, LIMITS.idLength)) return DOUBT;
      copy[index] = id;
    }
    ids = copy;
  }
  let exitedCoverage = value.exitedCoverage;
  if (given(exitedCoverage)) {
    if (!strict(exitedCoverage, EXIT_KEYS) || !isDate(exitedCoverage.date)) return DOUBT;
    exitedCoverage = { date: exitedCoverage.date };
  }
  return shaped({ povertyRegistration, dibao, gradualExit, specialHardshipMemberIds: ids, exitedCoverage }, value, STATUS_ORDER, dense);
}

const SHOCK_KEYS = keysOf(["cause", "effect", "since"]);
function shock(value: unknown): Rec | Doubt {
  if (!strict(value, SHOCK_KEYS)) return DOUBT;
  const { cause, effect, since } = value;
  if (!SHOCK_CAUSE.has(cause) || !SHOCK_EFFECT.has(effect) || !isDate(since)) return DOUBT;
  return { cause, effect, since };
}

const CIRCUMSTANCES_ORDER = ["shocks", "difficulties"];
const CIRCUMSTANCES_KEYS = keysOf(CIRCUMSTANCES_ORDER);
function circumstances(value: unknown, dense: boolean): Rec | Doubt {
  if (!strict(value, CIRCUMSTANCES_KEYS)) return DOUBT;
  const shocks = optionalList(value.shocks, LIMITS.shocks, shock, dense);
  let difficulties = value.difficulties;
  if (given(difficulties)) {
    if (!Array.isArray(difficulties) || difficulties.length > LIMITS.difficulties) return DOUBT;
    const copy: string[] = new Array<string>(difficulties.length);
    for (let index = 0; index < difficulties.length; index++) {
      const difficulty: unknown = difficulties[index]; // a hole reads as undefined, which zod refuses too
      if (!DIFFICULTY.has(difficulty)) return DOUBT;
      copy[index] = difficulty as string;
    }
    difficulties = copy;
  }
  if (shocks === DOUBT) return DOUBT;
  return shaped({ shocks, difficulties }, value, CIRCUMSTANCES_ORDER, dense);
}

const EXPENDITURE_ITEM_KEYS = keysOf(["kind", "annual"]);
function expenditureItem(value: unknown): Rec | Doubt {
  if (!strict(value, EXPENDITURE_ITEM_KEYS)) return DOUBT;
  const { kind } = value;
  const annual = money(value.annual);
  if (!EXPENDITURE_KIND.has(kind) || annual === DOUBT) return DOUBT;
  return { kind, annual };
}

const RIGID_EXPENDITURE_KEYS = keysOf(["items"]);
function rigidExpenditure(value: unknown, dense: boolean): Rec | Doubt {
  if (!strict(value, RIGID_EXPENDITURE_KEYS)) return DOUBT;
  const items = list(value.items, LIMITS.expenditureItems, expenditureItem, dense);
  return items === DOUBT ? DOUBT : { items };
}

const HOUSING_ORDER = ["securityApplied", "dwellingSafety", "previouslySupported"];
const HOUSING_KEYS = keysOf(HOUSING_ORDER);
function housing(value: unknown, dense: boolean): Rec | Doubt {
  if (!strict(value, HOUSING_KEYS)) return DOUBT;
  const { securityApplied, dwellingSafety, previouslySupported } = value;
  if (!isOptionalBoolean(securityApplied) || !isOptionalBoolean(previouslySupported) || (given(dwellingSafety) && !DWELLING_SAFETY.has(dwellingSafety))) return DOUBT;
  return shaped({ securityApplied, dwellingSafety, previouslySupported }, value, HOUSING_ORDER, dense);
}

/** An optional object: absent, undefined or null kept; otherwise converted. */
function optionalObject(value: unknown, convert: (value: unknown, dense: boolean) => Rec | Doubt, dense: boolean): unknown {
  return given(value) ? convert(value, dense) : value;
}

const HOUSEHOLD_ORDER = ["id", "jurisdiction", "area", "members", "assets", "status", "circumstances", "rigidExpenditure", "housing"];
const HOUSEHOLD_KEYS = keysOf(HOUSEHOLD_ORDER);
function household(value: unknown, dense: boolean): Rec | Doubt {
  if (!strict(value, HOUSEHOLD_KEYS)) return DOUBT;
  const { id, jurisdiction, area } = value;
  if ((given(id) && !isText(id, LIMITS.householdIdLength)) || typeof jurisdiction !== "string" || !JURISDICTION.test(jurisdiction) || !AREA.has(area)) return DOUBT;
  const members = Array.isArray(value.members) && value.members.length >= 1 ? list(value.members, LIMITS.members, member, dense) : DOUBT;
  let assets = value.assets;
  if (given(assets)) {
    if (!strict(assets, ASSETS_KEYS) || (given(assets.compliant) && typeof assets.compliant !== "boolean")) return DOUBT;
    assets = shaped({ compliant: assets.compliant }, assets, ASSETS_ORDER, dense);
  }
  const statusValue = optionalObject(value.status, status, dense);
  const circumstancesValue = optionalObject(value.circumstances, circumstances, dense);
  const rigidExpenditureValue = optionalObject(value.rigidExpenditure, rigidExpenditure, dense);
  const housingValue = optionalObject(value.housing, housing, dense);
  if (members === DOUBT || statusValue === DOUBT || circumstancesValue === DOUBT || rigidExpenditureValue === DOUBT || housingValue === DOUBT) return DOUBT;
  return shaped(
    { id, jurisdiction, area, members, assets, status: statusValue, circumstances: circumstancesValue, rigidExpenditure: rigidExpenditureValue, housing: housingValue },
    value,
    HOUSEHOLD_ORDER,
    dense,
  );
}

/** The `superRefine` of `householdSchema`, as a yes/no: any problem goes to zod, which words it. */
function crossChecksPass(parsed: Household): boolean {
  const ids = new Set<string>();
  let counted = false;
  let self = false;
  for (const each of parsed.members) {
    if (ids.has(each.id)) return false;
    ids.add(each.id);
    if (each.excluded == null) counted = true;
    if (each.relation === "self") {
      if (self) return false;
      self = true;
    }
  }
  if (!counted) return false;
  for (const memberId of parsed.status?.specialHardshipMemberIds ?? []) if (!ids.has(memberId)) return false;
  const window = parsed.status?.gradualExit;
  return !(window != null && window.start > window.end);
}

/** Households this module returned, whose canonical JSON it can write from the known keys. */
const known = new WeakSet<object>();

/**
 * `householdSchema.parse(input)` for a valid household; `undefined` whenever zod must look.
 * `dense`: for the engine's own use, every absent optional key present as undefined (see `shaped`).
 */
export function parseValidHousehold(input: unknown, dense = false): Household | undefined {
  // An enumerable property added to Object.prototype would be an unknown key of every object to zod.
  for (const _inherited in {}) return undefined;
  const converted = household(input, dense);
  if (converted === DOUBT) return undefined;
  const parsed = converted as unknown as Household;
  if (!crossChecksPass(parsed)) return undefined;
  known.add(parsed);
  return parsed;
}

// ---- canonical JSON -----------------------------------------------------------------------------

// Keys in sorted order, values absent or null left out: `canonicalJson` of the same value. Enum values,
// dates and normalised money need no escaping; ids and the jurisdiction go through JSON.stringify.
type Members = Household["members"];
type Member = Members[number];

function field(out: string, key: string, text: string): string {
  return `${out.length > 1 ? `${out},` : out}"${key}":${text}`;
}

function quoted(value: string): string {
  return `"${value}"`;
}

function disabilityJson(value: { category: string; grade: number }): string {
  return `{"category":"${value.category}","grade":${JSON.stringify(value.grade)}}`;
}

function listJson<T>(items: readonly T[], write: (item: T) => string): string {
  let out = "[";
  for (let index = 0; index < items.length; index++) out += (index === 0 ? "" : ",") + write(items[index] as T);
  return `${out}]`;
}

function incomeJson(value: NonNullable<Member["incomes"]>[number]): string {
  return `{"kind":"${value.kind}","monthly":"${value.monthly}"${value.supportFrom == null ? "" : `,"supportFrom":"${value.supportFrom}"`}}`;
}

function deductionJson(value: NonNullable<Member["deductions"]>[number]): string {
  return `{"kind":"${value.kind}","monthly":"${value.monthly}"}`;
}

function supporterJson(value: NonNullable<Member["supporters"]>[number]): string {
  let out = "{";
  if (value.annualIncome != null) out = field(out, "annualIncome", quoted(value.annualIncome));
  if (value.assetsWithinLowIncomeRules != null) out = field(out, "assetsWithinLowIncomeRules", String(value.assetsWithinLowIncomeRules));
  if (value.birthDate != null) out = field(out, "birthDate", quoted(value.birthDate));
  if (value.dibaoRecipient != null) out = field(out, "dibaoRecipient", String(value.dibaoRecipient));
  if (value.disability != null) out = field(out, "disability", disabilityJson(value.disability));
  if (value.legalIncapacity != null) out = field(out, "legalIncapacity", quoted(value.legalIncapacity));
  out = field(out, "relation", quoted(value.relation));
  if (value.specialHardship != null) out = field(out, "specialHardship", String(value.specialHardship));
  return `${out}}`;
}

function memberJson(value: Member): string {
  let out = field("{", "birthDate", quoted(value.birthDate));
  if (value.deductions != null) out = field(out, "deductions", listJson(value.deductions, deductionJson));
  if (value.disability != null) out = field(out, "disability", disabilityJson(value.disability));
  if (value.employed != null) out = field(out, "employed", String(value.employed));
  if (value.excluded != null) out = field(out, "excluded", quoted(value.excluded));
  out = field(out, "id", JSON.stringify(value.id));
  if (value.incomes != null) out = field(out, "incomes", listJson(value.incomes, incomeJson));
  if (value.orphan != null) out = field(out, "orphan", String(value.orphan));
  if (value.orphanSupportChosen != null) out = field(out, "orphanSupportChosen", String(value.orphanSupportChosen));
  if (value.ownAssetsCompliant != null) out = field(out, "ownAssetsCompliant", String(value.ownAssetsCompliant));
  out = field(out, "relation", quoted(value.relation));
  if (value.schooling != null) out = field(out, "schooling", quoted(value.schooling));
  if (value.selfCare != null) out = field(out, "selfCare", `{"adlFailed":${JSON.stringify(value.selfCare.adlFailed)}}`);
  if (value.seriousIllness != null) out = field(out, "seriousIllness", String(value.seriousIllness));
  if (value.supportArrangement != null) out = field(out, "supportArrangement", quoted(value.supportArrangement));
  if (value.supporters != null) out = field(out, "supporters", listJson(value.supporters, supporterJson));
  return `${out}}`;
}

function statusJson(value: NonNullable<Household["status"]>): string {
  let out = "{";
  if (value.dibao != null) {
    let dibao = "{";
    if (value.dibao.monthlyAmount != null) dibao = field(dibao, "monthlyAmount", quoted(value.dibao.monthlyAmount));
    if (value.dibao.since != null) dibao = field(dibao, "since", quoted(value.dibao.since));
    out = field(out, "dibao", `${dibao}}`);
  }
  if (value.exitedCoverage != null) out = field(out, "exitedCoverage", `{"date":"${value.exitedCoverage.date}"}`);
  if (value.gradualExit != null) out = field(out, "gradualExit", `{"end":"${value.gradualExit.end}","start":"${value.gradualExit.start}"}`);
  if (value.povertyRegistration != null) out = field(out, "povertyRegistration", quoted(value.povertyRegistration));
  if (value.specialHardshipMemberIds != null) out = field(out, "specialHardshipMemberIds", listJson(value.specialHardshipMemberIds, (id) => JSON.stringify(id)));
  return `${out}}`;
}

function circumstancesJson(value: NonNullable<Household["circumstances"]>): string {
  let out = "{";
  if (value.difficulties != null) out = field(out, "difficulties", listJson(value.difficulties, quoted));
  if (value.shocks != null) out = field(out, "shocks", listJson(value.shocks, (shock) => `{"cause":"${shock.cause}","effect":"${shock.effect}","since":"${shock.since}"}`));
  return `${out}}`;
}

function rigidExpenditureJson(value: NonNullable<Household["rigidExpenditure"]>): string {
  return `{"items":${listJson(value.items, (item) => `{"annual":"${item.annual}","kind":"${item.kind}"}`)}}`;
}

function housingJson(value: NonNullable<Household["housing"]>): string {
  let out = "{";
  if (value.dwellingSafety != null) out = field(out, "dwellingSafety", quoted(value.dwellingSafety));
  if (value.previouslySupported != null) out = field(out, "previouslySupported", String(value.previouslySupported));
  if (value.securityApplied != null) out = field(out, "securityApplied", String(value.securityApplied));
  return `${out}}`;
}

/** `canonicalJson(parsed)` for a household from {@link parseValidHousehold}; `undefined` for any other value. */
export function canonicalValidHousehold(parsed: Household): string | undefined {
  if (!known.has(parsed)) return undefined;
  let out = field("{", "area", quoted(parsed.area));
  if (parsed.assets != null) out = field(out, "assets", parsed.assets.compliant == null ? "{}" : `{"compliant":${String(parsed.assets.compliant)}}`);
  if (parsed.circumstances != null) out = field(out, "circumstances", circumstancesJson(parsed.circumstances));
  if (parsed.housing != null) out = field(out, "housing", housingJson(parsed.housing));
  if (parsed.id != null) out = field(out, "id", JSON.stringify(parsed.id));
  out = field(out, "jurisdiction", JSON.stringify(parsed.jurisdiction));
  out = field(out, "members", listJson(parsed.members, memberJson));
  if (parsed.rigidExpenditure != null) out = field(out, "rigidExpenditure", rigidExpenditureJson(parsed.rigidExpenditure));
  if (parsed.status != null) out = field(out, "status", statusJson(parsed.status));
  return `${out}}`;
}
