/**
 * A fast path for the commonest case: a household that is valid. zod (`household.ts`) is the contract
 * and stays the only judge of invalid input; but checking a valid household through it cost more than
 * deciding it, and caseloads are re-assessed a million households at a time. So `parseValidHousehold`
 * checks the same schema by hand and returns exactly what `householdSchema.parse` returns — same keys,
 * same order, same normalised money — or `undefined` at the first thing it is not sure of, and the
 * caller asks zod, which then reports every problem. Accepting is the only decision made here; a
 * doubt always goes to zod, so the fast path can cost a little time, never a different result.
 *
 * It covers the whole input contract, v1.1's optional fields included. In the same walk it writes the
 * canonical JSON of the household it returns (`canonicalValidHousehold`), which every determination
 * digests (`inputDigest`): each object is read once, its fields in sorted order, checked and written.
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
  REVIEW_CATEGORIES,
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

type Rec = Record<string, unknown>;

/** Returned by a check for anything it does not accept: the caller then asks zod. */
const DOUBT = Symbol("doubt");
type Doubt = typeof DOUBT;

// ---- the canonical text ------------------------------------------------------------------------
//
// `canonicalJson` (engine/digest.ts) of the household zod returns: keys sorted at every level, values
// absent or null left out. Each check below reads its object's fields in that sorted order and appends
// their text to `text` as it accepts them, so the text is written in the same walk as the validation.
// Enum values, dates and normalised money need no escaping; ids go through JSON.stringify, and the
// jurisdiction's pattern allows only letters, digits and hyphens. A doubt abandons the text with the walk.

/** The canonical text of what the current walk has accepted so far. */
let text = "";

/** A walk is under way (one at a time: they share `text`). */
let walking = false;

/** Opens an object's text: `{`, and the length its first field starts at (for {@link field}). */
function open(): number {
  text += "{";
  return text.length;
}

/** The `start` of a field that follows another: no text has that length, so {@link field} writes a comma. */
const AFTER = -1;

/** Writes a field's key (`name` is `"key":`), after a comma unless it is the first field of the object opened at `start`. */
function field(start: number, name: string): void {
  text += text.length === start ? name : `,${name}`;
}

// ---- values -----------------------------------------------------------------------------------

const JURISDICTION = /^[A-Z]{2}(-[A-Z0-9]{1,8})*$/;

const setOf = (values: readonly string[]): ReadonlySet<unknown> => new Set<unknown>(values);
const AREA = setOf(AREAS);
const MEMBER_RELATION = setOf(MEMBER_RELATIONS);
const SUPPORTER_RELATION = setOf(SUPPORTER_RELATIONS);
const EXCLUSION = setOf(EXCLUSION_REASONS);
const DISABILITY_CATEGORY = setOf(DISABILITY_CATEGORIES);
const SCHOOLING_KIND = setOf(SCHOOLING);
const INCOME_KIND = setOf(INCOME_KINDS);
const SUPPORT_SOURCE = setOf(SUPPORT_SOURCES);
const DEDUCTION_KIND = setOf(DEDUCTION_KINDS);
const POVERTY_REGISTRATION = setOf(POVERTY_REGISTRATIONS);
const LEGAL_INCAPACITY = setOf(LEGAL_INCAPACITIES);
const SUPPORT_ARRANGEMENT = setOf(SUPPORT_ARRANGEMENTS);
const SHOCK_CAUSE = setOf(SHOCK_CAUSES);
const SHOCK_EFFECT = setOf(SHOCK_EFFECTS);
const DIFFICULTY = setOf(DIFFICULTIES);
const EXPENDITURE_KIND = setOf(EXPENDITURE_KINDS);
const DWELLING_SAFETY = setOf(DWELLING_SAFETY_GRADES);

/** One of the values of `set` (a `z.enum`). */
function isOneOf(set: ReadonlySet<unknown>, value: unknown): value is string {
  return set.has(value);
}

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

function isInt(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

/** An optional (`.nullish()`) value: absent, undefined or null are kept as they are. */
const given = (value: unknown): boolean => value !== undefined && value !== null;

/** An optional boolean field: absent, undefined, null (nothing written) or a boolean (written); false for anything else. */
function flag(value: unknown, start: number, name: string): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== "boolean") return false;
  field(start, name);
  text += value ? "true" : "false";
  return true;
}

/** An optional enum field: absent, undefined, null (nothing written) or one of `set` (written); false for anything else. */
function choice(value: unknown, set: ReadonlySet<unknown>, start: number, name: string): boolean {
  if (value === undefined || value === null) return true;
  if (!set.has(value)) return false;
  field(start, name);
  text += `"${value as string}"`;
  return true;
}

/** An optional date field, as {@link choice}. */
function dateField(value: unknown, start: number, name: string): boolean {
  if (value === undefined || value === null) return true;
  if (!isDate(value)) return false;
  field(start, name);
  text += `"${value}"`;
  return true;
}

/**
 * `moneySchema` for text: 1–12 digits, then optionally a point and 1–2 digits (`/^\d{1,12}(\.\d{1,2})?$/`),
 * normalised as `normalizeMoney` does ("0012.5" → "12.50"), character by character: every amount of
 * every household passes here, and two regular expressions and a replace per amount cost more.
 */
function moneyText(value: string): string | Doubt {
  const length = value.length;
  let point = length;
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index);
    if (code === 46 && point === length) point = index;
    else if (code < 48 || code > 57) return DOUBT;
  }
  const decimals = point === length ? 0 : length - point - 1;
  if (point < 1 || point > 12 || (point < length && (decimals < 1 || decimals > 2))) return DOUBT;
  let first = 0; // leading zeros go, one digit stays before the point
  while (first < point - 1 && value.charCodeAt(first) === 48) first++;
  const integer = first === 0 && point === length ? value : value.slice(first, point);
  if (decimals === 2) return first === 0 ? value : `${integer}${value.slice(point)}`;
  return decimals === 1 ? `${integer}${value.slice(point)}0` : `${integer}.00`;
}

/** `moneySchema`: matching decimal text, or a finite number ≥ 0 whose decimal text is money; normalised. */
function money(value: unknown): string | Doubt {
  if (typeof value === "string") return moneyText(value);
  // A number goes through its shortest decimal text, as `normalizeMoney` takes it (String(-0) is "0").
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return moneyText(String(value));
  return DOUBT;
}

/** A money field (required): written quoted. */
function moneyField(value: unknown, start: number, name: string): string | Doubt {
  const amount = money(value);
  if (amount === DOUBT) return DOUBT;
  field(start, name);
  text += `"${amount}"`;
  return amount;
}

// ---- objects ----------------------------------------------------------------------------------

/** A plain object (what JSON.parse makes): Object.prototype (whose enumerable keys are checked to be none) or no prototype. */
function plain(value: unknown): value is Rec {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Every own field of `value` is one of the `count` keys for-in gave: a field it cannot see (own, not
 * enumerable) zod still reads by name, so such an object goes to zod.
 */
function enumerable(value: Rec, count: number): boolean {
  return Object.getOwnPropertyNames(value).length === count;
}

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

/** A `z.array(item).max(max)`: a new array of converted items, written as a JSON array. */
function list(value: unknown, max: number, item: (value: unknown, dense: boolean) => Rec | Doubt, dense: boolean): Rec[] | Doubt {
  if (!Array.isArray(value) || value.length > max) return DOUBT;
  const out: Rec[] = new Array<Rec>(value.length);
  text += "[";
  for (let index = 0; index < value.length; index++) {
    if (index > 0) text += ",";
    const converted = item(value[index], dense); // a hole reads as undefined, which no item accepts
    if (converted === DOUBT) return DOUBT;
    out[index] = converted;
  }
  text += "]";
  return out;
}

/** An optional list field: absent, undefined or null kept (nothing written); otherwise converted and written. */
function listField(value: unknown, max: number, item: (value: unknown, dense: boolean) => Rec | Doubt, dense: boolean, start: number, name: string): unknown {
  if (value === undefined || value === null) return value;
  field(start, name);
  return list(value, max, item, dense);
}

/** An optional object field, as {@link listField}. */
function objectField(value: unknown, check: (value: unknown, dense: boolean) => Rec | Doubt, dense: boolean, start: number, name: string): unknown {
  if (value === undefined || value === null) return value;
  field(start, name);
  return check(value, dense);
}

// Each check reads its fields in canonical (sorted) order, writing as it goes; the objects it returns
// have household.ts's order, field by field (zod writes keys in schema order).

const DISABILITY_KEYS = keysOf(["category", "grade"]);
function disability(value: unknown): Rec | Doubt {
  if (!strict(value, DISABILITY_KEYS)) return DOUBT;
  const { category, grade } = value;
  if (!isOneOf(DISABILITY_CATEGORY, category) || !isInt(grade, 1, 4)) return DOUBT;
  text += `{"category":"${category}","grade":${grade}}`;
  return { category, grade };
}

const INCOME_ORDER = ["kind", "monthly", "supportFrom"];
const INCOME_KEYS = keysOf(INCOME_ORDER);
function income(value: unknown, dense: boolean): Rec | Doubt {
  if (!strict(value, INCOME_KEYS)) return DOUBT;
  const { kind, supportFrom } = value;
  if (!isOneOf(INCOME_KIND, kind)) return DOUBT;
  text += `{"kind":"${kind}"`;
  const monthly = moneyField(value.monthly, AFTER, '"monthly":');
  if (monthly === DOUBT || !choice(supportFrom, SUPPORT_SOURCE, AFTER, '"supportFrom":')) return DOUBT;
  text += "}";
  return shaped({ kind, monthly, supportFrom }, value, INCOME_ORDER, dense);
}

const DEDUCTION_KEYS = keysOf(["kind", "monthly"]);
function deduction(value: unknown): Rec | Doubt {
  if (!strict(value, DEDUCTION_KEYS)) return DOUBT;
  const { kind } = value;
  if (!isOneOf(DEDUCTION_KIND, kind)) return DOUBT;
  text += `{"kind":"${kind}"`;
  const monthly = moneyField(value.monthly, AFTER, '"monthly":');
  if (monthly === DOUBT) return DOUBT;
  text += "}";
  return { kind, monthly };
}

const SUPPORTER_ORDER = ["relation", "birthDate", "specialHardship", "dibaoRecipient", "disability", "annualIncome", "assetsWithinLowIncomeRules", "legalIncapacity"];
function supporter(value: unknown, dense: boolean): Rec | Doubt {
  if (!plain(value)) return DOUBT;
  // One pass over the keys, as `member` reads its own.
  let relation, birthDate, specialHardship, dibaoRecipient, disabilityIn, annualIncomeIn, assetsWithinLowIncomeRules, legalIncapacity: unknown;
  let count = 0;
  for (const key in value) {
    const field: unknown = value[key];
    count++;
    switch (key) {
      case "relation": relation = field; break;
      case "birthDate": birthDate = field; break;
      case "specialHardship": specialHardship = field; break;
      case "dibaoRecipient": dibaoRecipient = field; break;
      case "disability": disabilityIn = field; break;
      case "annualIncome": annualIncomeIn = field; break;
      case "assetsWithinLowIncomeRules": assetsWithinLowIncomeRules = field; break;
      case "legalIncapacity": legalIncapacity = field; break;
      default: return DOUBT;
    }
  }
  if (!enumerable(value, count)) return DOUBT;
  const start = open();
  const annualIncome = given(annualIncomeIn) ? moneyField(annualIncomeIn, start, '"annualIncome":') : annualIncomeIn;
  if (annualIncome === DOUBT || !flag(assetsWithinLowIncomeRules, start, '"assetsWithinLowIncomeRules":')) return DOUBT;
  if (given(birthDate)) {
    if (!isBirthDate(birthDate)) return DOUBT;
    field(start, '"birthDate":');
    text += `"${birthDate}"`;
  }
  if (!flag(dibaoRecipient, start, '"dibaoRecipient":')) return DOUBT;
  const disabilityValue = objectField(disabilityIn, disability, dense, start, '"disability":');
  if (disabilityValue === DOUBT || !choice(legalIncapacity, LEGAL_INCAPACITY, start, '"legalIncapacity":') || !isOneOf(SUPPORTER_RELATION, relation)) return DOUBT;
  field(start, '"relation":');
  text += `"${relation}"`;
  if (!flag(specialHardship, start, '"specialHardship":')) return DOUBT;
  text += "}";
  return shaped(
    { relation, birthDate, specialHardship, dibaoRecipient, disability: disabilityValue, annualIncome, assetsWithinLowIncomeRules, legalIncapacity },
    value,
    SUPPORTER_ORDER,
    dense,
  );
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
function member(value: unknown, dense: boolean): Rec | Doubt {
  if (!plain(value)) return DOUBT;
  // One pass over the keys makes the strictness check and the reads: inside for-in, `value[key]` loads by
  // the key's position, where a read by name of an object of one of the many shapes callers' members
  // take (780 key orders in 3 000 bench households) is a lookup; validation took half again as long.
  let id, relation, birthDate, excluded, disabilityIn, seriousIllness, employed, schooling, selfCareIn, incomesIn, deductionsIn, ownAssetsCompliant, orphanSupportChosen, supportersIn, orphan, supportArrangement: unknown;
  let count = 0;
  for (const key in value) {
    const field: unknown = value[key];
    count++;
    switch (key) {
      case "id": id = field; break;
      case "relation": relation = field; break;
      case "birthDate": birthDate = field; break;
      case "incomes": incomesIn = field; break;
      case "employed": employed = field; break;
      case "disability": disabilityIn = field; break;
      case "seriousIllness": seriousIllness = field; break;
      case "schooling": schooling = field; break;
      case "selfCare": selfCareIn = field; break;
      case "deductions": deductionsIn = field; break;
      case "supporters": supportersIn = field; break;
      case "excluded": excluded = field; break;
      case "ownAssetsCompliant": ownAssetsCompliant = field; break;
      case "orphanSupportChosen": orphanSupportChosen = field; break;
      case "orphan": orphan = field; break;
      case "supportArrangement": supportArrangement = field; break;
      default: return DOUBT;
    }
  }
  if (!enumerable(value, count)) return DOUBT;
  if (!isBirthDate(birthDate) || !isText(id, LIMITS.idLength) || !isOneOf(MEMBER_RELATION, relation)) return DOUBT;
  text += `{"birthDate":"${birthDate}"`;
  const deductions = listField(deductionsIn, LIMITS.deductionsPerMember, deduction, dense, AFTER, '"deductions":');
  if (deductions === DOUBT) return DOUBT;
  const disabilityValue = objectField(disabilityIn, disability, dense, AFTER, '"disability":');
  if (disabilityValue === DOUBT || !flag(employed, AFTER, '"employed":') || !choice(excluded, EXCLUSION, AFTER, '"excluded":')) return DOUBT;
  text += `,"id":${JSON.stringify(id)}`;
  const incomes = listField(incomesIn, LIMITS.incomesPerMember, income, dense, AFTER, '"incomes":');
  if (incomes === DOUBT || !flag(orphan, AFTER, '"orphan":') || !flag(orphanSupportChosen, AFTER, '"orphanSupportChosen":') || !flag(ownAssetsCompliant, AFTER, '"ownAssetsCompliant":')) return DOUBT;
  text += `,"relation":"${relation}"`;
  if (!choice(schooling, SCHOOLING_KIND, AFTER, '"schooling":')) return DOUBT;
  let selfCare = selfCareIn;
  if (given(selfCare)) {
    if (!strict(selfCare, SELF_CARE_KEYS) || !isInt(selfCare.adlFailed, 0, 6)) return DOUBT;
    const { adlFailed } = selfCare;
    selfCare = { adlFailed };
    text += `,"selfCare":{"adlFailed":${JSON.stringify(adlFailed)}}`;
  }
  if (!flag(seriousIllness, AFTER, '"seriousIllness":') || !choice(supportArrangement, SUPPORT_ARRANGEMENT, AFTER, '"supportArrangement":')) return DOUBT;
  const supporters = listField(supportersIn, LIMITS.supportersPerMember, supporter, dense, AFTER, '"supporters":');
  if (supporters === DOUBT) return DOUBT;
  text += "}";
  return shaped(
    { id, relation, birthDate, excluded, disability: disabilityValue, seriousIllness, employed, schooling, selfCare, incomes, deductions, ownAssetsCompliant, orphanSupportChosen, supporters, orphan, supportArrangement },
    value,
    MEMBER_ORDER,
    dense,
  );
}

/**
 * The members list, with the member checks of `householdSchema`'s `superRefine` made on the way (ids
 * unique, at most one "self", at least one member counted): the ids go to `ids` for the status's check.
 * Any problem is a doubt, and zod words it.
 */
function members(value: unknown, dense: boolean, ids: string[]): Rec[] | Doubt {
  if (!Array.isArray(value) || value.length < 1 || value.length > LIMITS.members) return DOUBT;
  const out: Rec[] = new Array<Rec>(value.length);
  let self = false;
  let counted = false;
  text += "[";
  for (let index = 0; index < value.length; index++) {
    if (index > 0) text += ",";
    const converted = member(value[index], dense);
    if (converted === DOUBT) return DOUBT;
    const id = converted.id as string;
    if (ids.includes(id)) return DOUBT;
    ids.push(id);
    if (converted.excluded == null) counted = true;
    if (converted.relation === "self") {
      if (self) return DOUBT;
      self = true;
    }
    out[index] = converted;
  }
  text += "]";
  return counted ? out : DOUBT;
}

const ASSETS_ORDER = ["compliant"];
const ASSETS_KEYS = keysOf(ASSETS_ORDER);
function assets(value: unknown, dense: boolean): Rec | Doubt {
  if (!strict(value, ASSETS_KEYS)) return DOUBT;
  const start = open();
  if (!flag(value.compliant, start, '"compliant":')) return DOUBT;
  text += "}";
  return shaped({ compliant: value.compliant }, value, ASSETS_ORDER, dense);
}

const DIBAO_ORDER = ["since", "monthlyAmount", "lastReviewed", "reviewCategory"];
const DIBAO_KEYS = keysOf(DIBAO_ORDER);
const REVIEW_CATEGORY_SET: ReadonlySet<unknown> = new Set(REVIEW_CATEGORIES);
function dibao(value: unknown, dense: boolean): Rec | Doubt {
  if (!strict(value, DIBAO_KEYS)) return DOUBT;
  const { since, lastReviewed, reviewCategory } = value;
  // R12 (issue 30): a review before the dibao began is for zod to word.
  if (given(lastReviewed) && given(since) && typeof lastReviewed === "string" && typeof since === "string" && lastReviewed < since) return DOUBT;
  const start = open();
  if (!dateField(lastReviewed, start, '"lastReviewed":')) return DOUBT;
  const monthlyAmount = given(value.monthlyAmount) ? moneyField(value.monthlyAmount, start, '"monthlyAmount":') : value.monthlyAmount;
  if (monthlyAmount === DOUBT || !choice(reviewCategory, REVIEW_CATEGORY_SET, start, '"reviewCategory":') || !dateField(since, start, '"since":')) return DOUBT;
  text += "}";
  return shaped({ since, monthlyAmount, lastReviewed, reviewCategory }, value, DIBAO_ORDER, dense);
}

const WINDOW_KEYS = keysOf(["start", "end"]);
/** The gradual-exit window, its end not before its start (`superRefine`). */
function gradualExit(value: unknown): Rec | Doubt {
  if (!strict(value, WINDOW_KEYS)) return DOUBT;
  const { start, end } = value;
  if (!isDate(start) || !isDate(end) || start > end) return DOUBT;
  text += `{"end":"${end}","start":"${start}"}`;
  return { start, end };
}

const EXIT_KEYS = keysOf(["date"]);
function exitedCoverage(value: unknown): Rec | Doubt {
  if (!strict(value, EXIT_KEYS) || !isDate(value.date)) return DOUBT;
  text += `{"date":"${value.date}"}`;
  return { date: value.date };
}

const STATUS_ORDER = ["povertyRegistration", "dibao", "gradualExit", "specialHardshipMemberIds", "exitedCoverage"];
const STATUS_KEYS = keysOf(STATUS_ORDER);
/** The status; every id in `specialHardshipMemberIds` must be one of `ids`, the members' (`superRefine`). */
function status(value: unknown, dense: boolean, ids: readonly string[]): Rec | Doubt {
  if (!strict(value, STATUS_KEYS)) return DOUBT;
  const { povertyRegistration } = value;
  const start = open();
  const dibaoValue = objectField(value.dibao, dibao, dense, start, '"dibao":');
  if (dibaoValue === DOUBT) return DOUBT;
  const exited = objectField(value.exitedCoverage, exitedCoverage, dense, start, '"exitedCoverage":');
  if (exited === DOUBT) return DOUBT;
  const window = objectField(value.gradualExit, gradualExit, dense, start, '"gradualExit":');
  if (window === DOUBT || !choice(povertyRegistration, POVERTY_REGISTRATION, start, '"povertyRegistration":')) return DOUBT;
  let hardshipIds = value.specialHardshipMemberIds;
  if (given(hardshipIds)) {
    if (!Array.isArray(hardshipIds) || hardshipIds.length > LIMITS.members) return DOUBT;
    field(start, '"specialHardshipMemberIds":[');
    const copy: string[] = new Array<string>(hardshipIds.length);
    for (let index = 0; index < hardshipIds.length; index++) {
      const id: unknown = hardshipIds[index]; // a hole reads as undefined, which zod refuses too
      if (!isText(id, LIMITS.idLength) || !ids.includes(id)) return DOUBT;
      text += index === 0 ? JSON.stringify(id) : `,${JSON.stringify(id)}`;
      copy[index] = id;
    }
    text += "]";
    hardshipIds = copy;
  }
  text += "}";
  return shaped({ povertyRegistration, dibao: dibaoValue, gradualExit: window, specialHardshipMemberIds: hardshipIds, exitedCoverage: exited }, value, STATUS_ORDER, dense);
}

const SHOCK_KEYS = keysOf(["cause", "effect", "since"]);
function shock(value: unknown): Rec | Doubt {
  if (!strict(value, SHOCK_KEYS)) return DOUBT;
  const { cause, effect, since } = value;
  if (!isOneOf(SHOCK_CAUSE, cause) || !isOneOf(SHOCK_EFFECT, effect) || !isDate(since)) return DOUBT;
  text += `{"cause":"${cause}","effect":"${effect}","since":"${since}"}`;
  return { cause, effect, since };
}

const CIRCUMSTANCES_ORDER = ["shocks", "difficulties"];
const CIRCUMSTANCES_KEYS = keysOf(CIRCUMSTANCES_ORDER);
function circumstances(value: unknown, dense: boolean): Rec | Doubt {
  if (!strict(value, CIRCUMSTANCES_KEYS)) return DOUBT;
  const start = open();
  let difficulties = value.difficulties;
  if (given(difficulties)) {
    if (!Array.isArray(difficulties) || difficulties.length > LIMITS.difficulties) return DOUBT;
    field(start, '"difficulties":[');
    const copy: string[] = new Array<string>(difficulties.length);
    for (let index = 0; index < difficulties.length; index++) {
      const difficulty: unknown = difficulties[index]; // a hole reads as undefined, which zod refuses too
      if (!isOneOf(DIFFICULTY, difficulty)) return DOUBT;
      text += index === 0 ? `"${difficulty}"` : `,"${difficulty}"`;
      copy[index] = difficulty;
    }
    text += "]";
    difficulties = copy;
  }
  const shocks = listField(value.shocks, LIMITS.shocks, shock, dense, start, '"shocks":');
  if (shocks === DOUBT) return DOUBT;
  text += "}";
  return shaped({ shocks, difficulties }, value, CIRCUMSTANCES_ORDER, dense);
}

const EXPENDITURE_ITEM_KEYS = keysOf(["kind", "annual"]);
function expenditureItem(value: unknown): Rec | Doubt {
  if (!strict(value, EXPENDITURE_ITEM_KEYS)) return DOUBT;
  const { kind } = value;
  const annual = moneyField(value.annual, open(), '"annual":');
  if (annual === DOUBT || !isOneOf(EXPENDITURE_KIND, kind)) return DOUBT;
  text += `,"kind":"${kind}"}`;
  return { kind, annual };
}

const RIGID_EXPENDITURE_KEYS = keysOf(["items"]);
function rigidExpenditure(value: unknown, dense: boolean): Rec | Doubt {
  if (!strict(value, RIGID_EXPENDITURE_KEYS)) return DOUBT;
  text += '{"items":';
  const items = list(value.items, LIMITS.expenditureItems, expenditureItem, dense);
  if (items === DOUBT) return DOUBT;
  text += "}";
  return { items };
}

const HOUSING_ORDER = ["securityApplied", "dwellingSafety", "previouslySupported"];
const HOUSING_KEYS = keysOf(HOUSING_ORDER);
function housing(value: unknown, dense: boolean): Rec | Doubt {
  if (!strict(value, HOUSING_KEYS)) return DOUBT;
  const { securityApplied, dwellingSafety, previouslySupported } = value;
  const start = open();
  if (!choice(dwellingSafety, DWELLING_SAFETY, start, '"dwellingSafety":') || !flag(previouslySupported, start, '"previouslySupported":') || !flag(securityApplied, start, '"securityApplied":')) return DOUBT;
  text += "}";
  return shaped({ securityApplied, dwellingSafety, previouslySupported }, value, HOUSING_ORDER, dense);
}

const HOUSEHOLD_ORDER = ["id", "jurisdiction", "area", "members", "assets", "status", "circumstances", "rigidExpenditure", "housing"];
function household(value: unknown, dense: boolean): Rec | Doubt {
  if (!plain(value)) return DOUBT;
  // One pass over the keys, as `member` reads its own.
  let id, jurisdiction, area, membersIn, assetsIn, statusIn, circumstancesIn, rigidExpenditureIn, housingIn: unknown;
  let count = 0;
  for (const key in value) {
    const field: unknown = value[key];
    count++;
    switch (key) {
      case "id": id = field; break;
      case "jurisdiction": jurisdiction = field; break;
      case "area": area = field; break;
      case "members": membersIn = field; break;
      case "assets": assetsIn = field; break;
      case "status": statusIn = field; break;
      case "circumstances": circumstancesIn = field; break;
      case "rigidExpenditure": rigidExpenditureIn = field; break;
      case "housing": housingIn = field; break;
      default: return DOUBT;
    }
  }
  if (!enumerable(value, count)) return DOUBT;
  if ((given(id) && !isText(id, LIMITS.householdIdLength)) || typeof jurisdiction !== "string" || !JURISDICTION.test(jurisdiction) || !isOneOf(AREA, area)) return DOUBT;
  text = `{"area":"${area}"`;
  const assetsValue = objectField(assetsIn, assets, dense, AFTER, '"assets":');
  if (assetsValue === DOUBT) return DOUBT;
  const circumstancesValue = objectField(circumstancesIn, circumstances, dense, AFTER, '"circumstances":');
  if (circumstancesValue === DOUBT) return DOUBT;
  const housingValue = objectField(housingIn, housing, dense, AFTER, '"housing":');
  if (housingValue === DOUBT) return DOUBT;
  if (given(id)) text += `,"id":${JSON.stringify(id)}`;
  text += `,"jurisdiction":"${jurisdiction}","members":`;
  const ids: string[] = [];
  const membersValue = members(membersIn, dense, ids);
  if (membersValue === DOUBT) return DOUBT;
  const rigidExpenditureValue = objectField(rigidExpenditureIn, rigidExpenditure, dense, AFTER, '"rigidExpenditure":');
  if (rigidExpenditureValue === DOUBT) return DOUBT;
  let statusValue = statusIn;
  if (given(statusValue)) {
    text += ',"status":';
    statusValue = status(statusValue, dense, ids);
    if (statusValue === DOUBT) return DOUBT;
  }
  text += "}";
  return shaped(
    { id, jurisdiction, area, members: membersValue, assets: assetsValue, status: statusValue, circumstances: circumstancesValue, rigidExpenditure: rigidExpenditureValue, housing: housingValue },
    value,
    HOUSEHOLD_ORDER,
    dense,
  );
}

/**
 * The household this module returned last and its canonical text, written while it was checked. One
 * slot, not a map from every household returned: `evaluate` digests the household it has just parsed,
 * and a WeakMap holding a text per household cost more in garbage collection than writing the text.
 */
let lastParsed: object | undefined;
let lastText = "";

/**
 * `householdSchema.parse(input)` for a valid household; `undefined` whenever zod must look.
 * `dense`: for the engine's own use, every absent optional key present as undefined (see `shaped`).
 */
export function parseValidHousehold(input: unknown, dense = false): Household | undefined {
  // An enumerable property added to Object.prototype would be an unknown key of every object to zod.
  for (const _inherited in {}) return undefined;
  // A getter in the input that validates another household would write into this walk's text: zod takes it.
  if (walking) return undefined;
  walking = true;
  let converted: Rec | Doubt;
  try {
    converted = household(input, dense);
  } finally {
    walking = false;
  }
  const written = text;
  text = "";
  if (converted === DOUBT) return undefined;
  lastParsed = converted;
  lastText = written;
  return converted as unknown as Household;
}

/**
 * `canonicalJson(parsed)` for the household {@link parseValidHousehold} returned last, written by the
 * walk that checked it; `undefined` for any other value (the caller writes that one with `canonicalJson`).
 * Households are not changed after validation (the rules only read them), so the text still holds.
 */
export function canonicalValidHousehold(parsed: Household): string | undefined {
  return parsed === lastParsed ? lastText : undefined;
}
