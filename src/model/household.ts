/**
 * The input contract (`docs/contract.md`, "Input: Household", with the optional fields of "Contract v1.1") as
 * zod schemas. Objects are strict, so a misspelt field is an error, never silently ignored. An optional
 * field may be omitted or `null`; both mean "not given". Money is normalised to canonical decimal text
 * ("1200.50").
 *
 * Every field's description (its meaning and its Chinese term) is written here once, as zod metadata:
 * `householdJsonSchema()` publishes it, and the TSDoc of the input types (household-input.ts) repeats it
 * word for word, which test/model/household-docs.test.ts checks. Every error message says what the field
 * expects in plain words ("birthDate is required: a date written YYYY-MM-DD").
 */
import { z } from "zod";
import { isIsoDate } from "./date.js";
import { unknownFieldMessage } from "./errors.js";
import { normalizeMoney } from "./money.js";
import { householdRelationIssues } from "./household-relations.js";

/** Size limits: large enough for any real household, small enough to answer quickly on hostile input. */
export const LIMITS = {
  members: 50,
  incomesPerMember: 50,
  deductionsPerMember: 50,
  supportersPerMember: 50,
  idLength: 64,
  householdIdLength: 128,
  shocks: 50,
  difficulties: 10,
  expenditureItems: 50,
} as const;

// ---- messages ------------------------------------------------------------------------------------

type RawIssue = z.core.$ZodRawIssue;

/** The field an issue is about, as a person names it: "birthDate", or "members[2]" for a list entry. */
function fieldName(path: readonly PropertyKey[] | undefined): string {
  const last = path?.[path.length - 1];
  if (path === undefined || last === undefined) return "the household";
  if (typeof last === "number") return `${String(path[path.length - 2] ?? "entry")}[${last}]`;
  return String(last);
}

/**
 * The errors of a field that must hold `what`: "<field> is required: <what>" when it is missing, and
 * `invalid` ("must be <what>" unless given) for any other problem that a check of its own does not word.
 */
function expecting(what: string, invalid = `must be ${what}`): { error: (issue: RawIssue) => string } {
  return { error: (issue) => (issue.input === undefined ? `${fieldName(issue.path)} is required: ${what}` : invalid) };
}

const DATE_WHAT = "a date written YYYY-MM-DD";
const DATE_MESSAGE = "must be a real calendar date written YYYY-MM-DD (years 1850–2200)";
const MONEY_WHAT = 'an amount in yuan written like "1800" or "1800.50"';
const MONEY_MESSAGE = `must be ${MONEY_WHAT} (no commas or spaces, not negative, at most 2 decimals and 12 digits before the point)`;

/** A real calendar date, `YYYY-MM-DD`. */
export const isoDateSchema = z
  .string(expecting(DATE_WHAT, DATE_MESSAGE))
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE, abort: true })
  .refine(isIsoDate, { message: DATE_MESSAGE, abort: true });

/**
 * The earliest birth date accepted. Nobody born before it is alive on any date the shipped parameters
 * cover (from 2018-01-01 they would be over 118): such a date is a typing slip, not a person.
 */
export const EARLIEST_BIRTH_DATE = "1900-01-01";

/**
 * A birth date: a real calendar date, not before {@link EARLIEST_BIRTH_DATE}. One message states the one
 * range, whatever is wrong (it once said "years 1850–2200" or "before 1900-01-01" by the fault: issue 24).
 */
const BIRTH_DATE_MESSAGE = `must be a real calendar date written YYYY-MM-DD, from ${EARLIEST_BIRTH_DATE} to 2200-12-31`;
const birthDateSchema = z
  .string(expecting(DATE_WHAT, BIRTH_DATE_MESSAGE))
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: BIRTH_DATE_MESSAGE, abort: true })
  .refine((date) => isIsoDate(date) && date >= EARLIEST_BIRTH_DATE, { message: BIRTH_DATE_MESSAGE, abort: true });

const MONEY_TEXT = /^\d{1,12}(\.\d{1,2})?$/;

/** Money in: decimal string or finite number, ≥ 0, ≤ 2 decimals. Money out: canonical decimal text. */
export const moneySchema = z
  .union([z.string().regex(MONEY_TEXT, { message: MONEY_MESSAGE }), z.number({ message: MONEY_MESSAGE }).nonnegative({ message: MONEY_MESSAGE })], expecting(MONEY_WHAT, MONEY_MESSAGE))
  .transform((value, ctx) => {
    const normalized = normalizeMoney(value);
    if (normalized === undefined) {
      ctx.addIssue({ code: "custom", message: MONEY_MESSAGE });
      return z.NEVER;
    }
    return normalized;
  });

const idSchema = z
  .string(expecting(`text of 1 to ${LIMITS.idLength} characters`))
  .min(1, { message: "must not be empty" })
  .max(LIMITS.idLength, { message: `must be at most ${LIMITS.idLength} characters` });

/** One of `values`, and errors that list them. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, expecting(`one of ${values.map((value) => JSON.stringify(value)).join(", ")}`));
}

const yesNo = () => z.boolean(expecting("true or false"));

function wholeNumber(min: number, max: number) {
  return z.int(expecting(`a whole number from ${min} to ${max}`)).min(min).max(max);
}

/** A strict object whose errors say which fields it has, and suggest the nearest for a misspelt one. */
function strictShape<T extends z.core.$ZodLooseShape>(shape: T) {
  const keys = Object.keys(shape);
  const what = `an object with the fields ${keys.join(", ")}`;
  const { error } = expecting(what);
  return z.strictObject(shape, {
    error: (issue: RawIssue) => (issue.code === "unrecognized_keys" ? issue.keys.map((key) => unknownFieldMessage(key, keys)).join("; ") : error(issue)),
  });
}

/** A list of at most `max` items ("at most 50 incomes per member", with `per` " per member"). */
function listOf<T extends z.ZodType>(item: T, what: string, max: number, per = "") {
  return z.array(item, expecting(`a list of ${what}`)).max(max, { message: `at most ${max} ${what}${per}` });
}

// ---- vocabulary ----------------------------------------------------------------------------------

export const AREAS = ["urban", "rural"] as const;
export const MEMBER_RELATIONS = ["self", "spouse", "child", "parent", "grandparent", "grandchild", "sibling", "other"] as const;
export const SUPPORTER_RELATIONS = ["spouse", "parent", "child", "grandparent", "grandchild", "sibling", "other"] as const;
export const EXCLUSION_REASONS = ["clergy-away-3-years", "imprisoned", "compulsory-rehabilitation", "declared-missing"] as const;
export const DISABILITY_CATEGORIES = ["physical", "visual", "hearing", "speech", "intellectual", "mental", "multiple"] as const;
export const SCHOOLING = ["none", "preschool", "compulsory", "high-school", "vocational", "higher"] as const;
export const INCOME_KINDS = [
  "wage",
  "business",
  "property",
  "transfer",
  "pension",
  "other",
  "preferential-care",
  "family-planning",
  "scholarship",
  "heroism-reward",
  "social-assistance",
  "basic-pension",
  "old-age-allowance",
  "social-insurance",
] as const;
export const SUPPORT_SOURCES = ["sibling", "elderly-60-plus", "other"] as const;
export const DEDUCTION_KINDS = ["disability-or-illness-cost", "employment-cost"] as const;
export const POVERTY_REGISTRATIONS = ["none", "unlifted", "lifted", "lifted-unstable", "edge"] as const;
export const LEGAL_INCAPACITIES = ["no-civil-capacity", "declared-missing", "imprisoned"] as const;
// Contract v1.1.
export const SHOCK_CAUSES = ["illness", "disaster", "epidemic", "accident", "other"] as const;
export const SHOCK_EFFECTS = ["income-drop", "expenditure-surge"] as const;
export const DIFFICULTIES = ["housing", "medical", "education"] as const;
export const EXPENDITURE_KINDS = ["living", "medical", "education", "rehabilitation", "other"] as const;
export const DWELLING_SAFETY_GRADES = ["A", "B", "C", "D"] as const;
export const SUPPORT_ARRANGEMENTS = ["dispersed", "centralised"] as const;
/** R12 (issue 30): a dibao household's review category (复核类别), as `cq-dibao-review-qa/review` names the two classes. */
export const REVIEW_CATEGORIES = ["stable", "irregular"] as const;

// ---- schemas --------------------------------------------------------------------------------------
// Each description below is the TSDoc of the same field in household-input.ts, word for word.

export const disabilitySchema = strictShape({
  category: oneOf(DISABILITY_CATEGORIES).describe(
    'Disability category (残疾类别), as on the disability certificate (残疾人证): "physical" (肢体), "visual" (视力), "hearing" (听力), "speech" (言语), "intellectual" (智力), "mental" (精神) or "multiple" (多重).',
  ),
  grade: wholeNumber(1, 4).describe("Disability grade (残疾等级), 1 to 4; grade 1 (一级) is the most severe."),
}).describe("A disability (残疾): its category and grade.");

export const incomeSchema = strictShape({
  kind: oneOf(INCOME_KINDS).describe(
    'Income kind (收入类型). Counted for dibao: "wage" (工资性收入), "business" (经营净收入), "property" (财产净收入), "transfer" (转移净收入), "pension" (养老金), "other" (其他收入). Not counted for dibao: "preferential-care" (优待抚恤金), "family-planning" (计划生育奖励与扶助金), "scholarship" (奖学金), "heroism-reward" (见义勇为等奖励性补助), "social-assistance" (社会救助款物), "basic-pension" (城乡居民基本养老保险基础养老金). "old-age-allowance" (高龄津贴) and "social-insurance" (社会保险待遇) count for dibao but not for the extreme-poverty livelihood test.',
  ),
  monthly: moneySchema.describe("Amount received per month (月收入), in yuan."),
  supportFrom: oneOf(SUPPORT_SOURCES)
    .nullish()
    .describe(
      'For support paid by someone (赡养、扶养费): who pays it, "sibling" (兄弟姐妹), "elderly-60-plus" (60周岁以上的老年人) or "other" (其他). Support from siblings or people aged 60+ is not counted for a severely disabled adult referred alone (单人户).',
    ),
}).describe("One income of the member (收入).");

export const deductionSchema = strictShape({
  kind: oneOf(DEDUCTION_KINDS).describe(
    'Deduction kind (扣减类别): "disability-or-illness-cost" (因残疾、患重病等增加的刚性支出) or "employment-cost" (必要的就业成本).',
  ),
  monthly: moneySchema.describe("Amount deducted per month (月扣减额), in yuan."),
}).describe("A cost deducted from the member's income (收入扣减).");

export const supporterSchema = strictShape({
  relation: oneOf(SUPPORTER_RELATIONS).describe(
    'The supporter\'s relation to the member (与该成员的关系): "spouse" (配偶), "parent" (父母), "child" (子女), "grandparent" (祖父母、外祖父母), "grandchild" (孙子女、外孙子女), "sibling" (兄弟姐妹) or "other" (其他).',
  ),
  birthDate: birthDateSchema.nullish().describe(`The supporter's birth date (出生日期), YYYY-MM-DD, not before ${EARLIEST_BIRTH_DATE}.`),
  specialHardship: yesNo().nullish().describe("The supporter is an extreme-poverty person (特困人员)."),
  dibaoRecipient: yesNo().nullish().describe("The supporter receives dibao (低保对象)."),
  disability: disabilitySchema.nullish().describe("The supporter's disability (残疾); absent means none."),
  annualIncome: moneySchema.nullish().describe("The supporter's income over a year (年收入), in yuan; absent means unknown."),
  assetsWithinLowIncomeRules: yesNo()
    .nullish()
    .describe("The supporter's property is within the local low-income rules (财产状况符合低收入家庭规定); absent means unknown."),
  legalIncapacity: oneOf(LEGAL_INCAPACITIES)
    .nullish()
    .describe(
      'Why the supporter cannot act at all (无履行义务能力情形): "no-civil-capacity" (无民事行为能力), "declared-missing" (被宣告失踪) or "imprisoned" (在监狱服刑); absent means none of these.',
    ),
}).describe("A legal supporter of the member (法定赡养、抚养、扶养义务人), living in the household or not.");

export const memberSchema = strictShape({
  id: idSchema.describe(`Member id (成员编号), 1 to ${LIMITS.idLength} characters, unique in the household; the determination names members by it.`),
  relation: oneOf(MEMBER_RELATIONS).describe(
    'Relation to the applicant (与申请人的关系): "self" (申请人本人; at most one member), "spouse" (配偶), "child" (子女), "parent" (父母), "grandparent" (祖父母、外祖父母), "grandchild" (孙子女、外孙子女), "sibling" (兄弟姐妹) or "other" (其他).',
  ),
  birthDate: birthDateSchema.describe(`Birth date (出生日期), YYYY-MM-DD, not before ${EARLIEST_BIRTH_DATE} and not after the assessment date (asOf); ages are counted from it.`),
  excluded: oneOf(EXCLUSION_REASONS)
    .nullish()
    .describe(
      'Why the member is not counted in the household (不计入共同生活的家庭成员): "clergy-away-3-years" (脱离家庭三年以上的宗教教职人员), "imprisoned" (在监狱内服刑), "compulsory-rehabilitation" (强制隔离戒毒) or "declared-missing" (宣告失踪); absent means counted.',
    ),
  disability: disabilitySchema.nullish().describe("Disability (残疾) as certified; absent means none."),
  seriousIllness: yesNo().nullish().describe("Has a major illness the local authorities recognise (重特大疾病); absent reads as false."),
  employed: yesNo().nullish().describe("Is in work (就业); absent means unknown."),
  schooling: oneOf(SCHOOLING)
    .nullish()
    .describe(
      'Schooling now (在学情况): "none" (未在学), "preschool" (学前教育), "compulsory" (义务教育), "high-school" (普通高中), "vocational" (中等职业教育) or "higher" (高等教育); absent reads as "none".',
    ),
  selfCare: strictShape({
    adlFailed: wholeNumber(0, 6).describe(
      "How many of the 6 daily activities the person cannot do (不能完成的日常生活活动项数), 0 to 6: 0 is self-care (全自理), 1 to 3 partial care (半护理), 4 to 6 full care (全护理).",
    ),
  })
    .describe("How many daily activities a person cannot do on their own (生活自理能力评估).")
    .nullish()
    .describe("Self-care ability (生活自理能力), assessed over 6 daily activities; absent means not assessed."),
  incomes: listOf(incomeSchema, "incomes", LIMITS.incomesPerMember, " per member").nullish().describe("The member's incomes (收入), each a kind and a monthly amount; absent reads as none."),
  deductions: listOf(deductionSchema, "deductions", LIMITS.deductionsPerMember, " per member")
    .nullish()
    .describe("Costs deducted from the member's income (收入扣减): extra rigid costs of disability or illness, necessary employment costs."),
  ownAssetsCompliant: yesNo()
    .nullish()
    .describe("The member's own property meets the extreme-poverty rules (本人财产符合特困人员财产状况规定); absent means unknown."),
  orphanSupportChosen: yesNo()
    .nullish()
    .describe("A minor who chose orphan support (孤儿、事实无人抚养儿童基本生活保障) instead of extreme-poverty support."),
  supporters: listOf(supporterSchema, "supporters", LIMITS.supportersPerMember, " per member")
    .nullish()
    .describe("The member's legal supporters (法定赡养、抚养、扶养义务人), in the household or not: [] means the member has none, absent means unknown."),
  orphan: yesNo().nullish().describe("An orphan (孤儿): a child both of whose parents are dead or declared missing; absent reads as false."),
  supportArrangement: oneOf(SUPPORT_ARRANGEMENTS)
    .nullish()
    .describe(
      'For a member in status.specialHardshipMemberIds, how the member is supported (供养方式): "dispersed" (分散供养, at home) or "centralised" (集中供养, in an institution); absent means unknown.',
    ),
}).describe("A household member (家庭成员), counted or excluded.");

export const statusSchema = strictShape({
  povertyRegistration: oneOf(POVERTY_REGISTRATIONS)
    .nullish()
    .describe(
      'Poverty registration (建档立卡): "none" (未建档立卡), "unlifted" (未脱贫), "lifted" (已脱贫), "lifted-unstable" (脱贫不稳定) or "edge" (边缘易致贫); absent reads as "none".',
    ),
  dibao: strictShape({
    since: isoDateSchema.nullish().describe("The date the current dibao began (纳入低保日期), not after the assessment date (asOf)."),
    monthlyAmount: moneySchema.nullish().describe("The dibao paid per month today (低保金月发放额), in yuan."),
    // R12 (issue 30): read by the audit only.
    lastReviewed: isoDateSchema
      .nullish()
      .describe("The date of the household's last periodic review (最近一次核查、复核日期), not before since; read by the audit (R12); absent means the audit does not test the review schedule."),
    reviewCategory: oneOf(REVIEW_CATEGORIES)
      .nullish()
      .describe(
        'The review category (复核类别), read by the audit (R12): "stable" (短期内经济状况变化不大, reviewed yearly) or "irregular" (收入来源不固定、家庭成员有劳动能力, reviewed every six months); absent means not given.',
      ),
  })
    .describe("Dibao the household receives today (正在享受的低保).")
    .nullish()
    .describe("Dibao received today (正在享受最低生活保障); absent means the household is not receiving it."),
  gradualExit: strictShape({
    start: isoDateSchema.describe("First day of the gradual-exit window (渐退期起始日), not after the assessment date (asOf): a window that has not begun is not one the household is in."),
    end: isoDateSchema.describe("Last day of the gradual-exit window (渐退期截止日), not before its start."),
  })
    .describe("A gradual-exit window (渐退期).")
    .nullish()
    .describe("The gradual-exit window (渐退期) the household is in today; absent means none."),
  specialHardshipMemberIds: listOf(idSchema, "member ids", LIMITS.members)
    .nullish()
    .describe("Ids of the members supported today as extreme-poverty persons (特困人员救助供养对象)."),
  exitedCoverage: strictShape({
    date: isoDateSchema.describe("The date the household left coverage (退出日期)."),
  })
    .describe("When the household left coverage (退出兜底保障).")
    .nullish()
    .describe("The household left dibao or extreme-poverty support (退出兜底保障) on a date; absent means it has not left."),
}).describe("What the household has today (当前救助状态).");

export const shockSchema = strictShape({
  cause: oneOf(SHOCK_CAUSES).describe('Cause (致困原因): "illness" (因病), "disaster" (因灾), "epidemic" (因疫情), "accident" (因意外事故) or "other" (其他).'),
  effect: oneOf(SHOCK_EFFECTS).describe('Effect (影响): "income-drop" (收入骤减) or "expenditure-surge" (支出骤增).'),
  since: isoDateSchema.describe("The date the income fell or the spending rose (发生日期)."),
}).describe("A sudden income drop or expenditure surge (收入骤减或支出骤增).");

export const circumstancesSchema = strictShape({
  shocks: listOf(shockSchema, "shocks", LIMITS.shocks)
    .nullish()
    .describe("Sudden income drops or expenditure surges (收入骤减或支出骤增), each with its cause and date: [] means none, absent means unknown."),
  difficulties: listOf(oneOf(DIFFICULTIES), "difficulties", LIMITS.difficulties)
    .nullish()
    .describe('Difficulties the household has (存在困难的方面): "housing" (住房), "medical" (医疗), "education" (教育): [] means none, absent means unknown.'),
}).describe("The household's circumstances (困难情形), read by the five-category screening (五类人群摸排).");

export const expenditureItemSchema = strictShape({
  kind: oneOf(EXPENDITURE_KINDS).describe(
    'Expenditure kind (支出类别): "living" (生活), "medical" (医疗), "education" (教育), "rehabilitation" (残疾康复) or "other" (其他).',
  ),
  annual: moneySchema.describe("Amount spent (支出金额) over the 12 months before the assessment date (asOf), in yuan."),
}).describe("One kind of rigid expenditure (刚性支出项目).");

export const rigidExpenditureSchema = strictShape({
  items: listOf(expenditureItemSchema, "expenditure items", LIMITS.expenditureItems).describe(
    "The household's rigid expenditure items (刚性支出项目), each with its amount over 12 months; their sum is the household's rigid expenditure.",
  ),
}).describe("Rigid expenditure (刚性支出) over the 12 months before the assessment date (asOf), yuan per year.");

export const housingSchema = strictShape({
  securityApplied: yesNo().nullish().describe("An urban household has applied for housing security (已提出住房保障申请)."),
  dwellingSafety: oneOf(DWELLING_SAFETY_GRADES)
    .nullish()
    .describe('Safety grade of a rural house (农村房屋安全等级): "A", "B", "C" or "D"; C and D are dilapidated houses (危房); absent means not assessed.'),
  previouslySupported: yesNo().nullish().describe("The household has had rural housing support before (曾享受农村住房保障政策支持)."),
}).describe("The household's housing (住房情况), read by the housing referrals.");

const JURISDICTION = /^[A-Z]{2}(-[A-Z0-9]{1,8})*$/;
const HOUSEHOLD_DESCRIPTION =
  "A household (家庭) to assess for social assistance (社会救助): its members, its property finding and what it has today. Optional fields may be omitted or null (not given); unknown fields are an error.";

export const householdSchema = strictShape({
  id: z
    .string(expecting(`text of 1 to ${LIMITS.householdIdLength} characters`))
    .min(1, { message: "must not be empty" })
    .max(LIMITS.householdIdLength, { message: `must be at most ${LIMITS.householdIdLength} characters` })
    .nullish()
    .describe(`Household id (家庭编号), 1 to ${LIMITS.householdIdLength} characters; optional, echoed back in the determination.`),
  jurisdiction: z
    .string(expecting('a jurisdiction code such as "CN-CQ"'))
    .regex(JURISDICTION, { message: 'must be a jurisdiction code such as "CN-CQ"' })
    .describe('Jurisdiction (行政区划) whose rules apply, such as "CN-CQ" for Chongqing (重庆市), the only one shipped.'),
  area: oneOf(AREAS).describe('Which standard applies (城乡类别): "urban" (城市) or "rural" (农村).'),
  members: listOf(memberSchema, "members", LIMITS.members)
    .min(1, { message: "must list at least one member" })
    .describe("The members of the household living together (共同生活的家庭成员): at least one, ids unique, at most one \"self\"."),
  assets: strictShape({
    compliant: yesNo().nullish().describe("The household's property meets the local rules (家庭财产状况符合规定); absent means unknown."),
  })
    .describe("The finding of the household's property check (家庭财产状况核查).")
    .nullish()
    .describe("The finding of the household's property check (家庭财产状况核查); absent means unknown."),
  status: statusSchema.nullish().describe("What the household has today (当前救助状态): poverty registration, dibao, gradual exit, extreme-poverty support, exit from coverage."),
  circumstances: circumstancesSchema
    .nullish()
    .describe("The household's circumstances (困难情形): sudden shocks and difficulties, read by the five-category screening (五类人群摸排); absent means unknown."),
  rigidExpenditure: rigidExpenditureSchema
    .nullish()
    .describe("Rigid expenditure (刚性支出) over the 12 months before the assessment date (asOf), read by the rigid-expenditure hardship tier (刚性支出困难家庭); absent means unknown."),
  housing: housingSchema
    .nullish()
    .describe("The household's housing (住房情况), read by housing assistance (住房救助) and rural housing renovation (农村危房改造); absent means not assessed."),
})
  .superRefine((household, ctx) => {
    // The rules across fields live in household-relations.ts: parseHousehold applies them to invalid input too.
    for (const issue of householdRelationIssues(household)) ctx.addIssue({ code: "custom", ...issue });
  })
  .describe(HOUSEHOLD_DESCRIPTION);

/**
 * The fields of the object that `path` (a zod issue's) leads to inside a household, in schema order;
 * `undefined` when the path leads to no object of the schema. Error messages suggest from them.
 */
export function householdFieldsAt(path: readonly PropertyKey[]): readonly string[] | undefined {
  // Paths that lead to an object are few (one per object of the schema, list positions aside): kept.
  const signature = path.map((key) => (typeof key === "number" ? "[]" : String(key))).join("\u0000");
  const kept = fieldsBySignature.get(signature);
  if (kept !== undefined) return kept;
  let schema: unknown = householdSchema;
  let index = 0;
  for (;;) {
    if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) schema = schema.unwrap();
    else if (schema instanceof z.ZodObject && index < path.length) {
      const shape = schema.shape as Record<PropertyKey, unknown>;
      const key = path[index++] as PropertyKey;
      schema = Object.hasOwn(shape, key) ? shape[key] : undefined;
    }
    else if (schema instanceof z.ZodArray && index < path.length && typeof path[index] === "number") {
      schema = schema.element;
      index++;
    } else break;
  }
  if (!(schema instanceof z.ZodObject) || index !== path.length) return undefined;
  const fields = Object.keys(schema.shape);
  fieldsBySignature.set(signature, fields);
  return fields;
}

const fieldsBySignature = new Map<string, readonly string[]>();

/** A household as a caller writes it (the JSON contract), with the TSDoc of every field. */
export type { HouseholdInput } from "./household-input.js";
/** A validated household: money as canonical decimal text, optional fields possibly `null`. */
export type Household = z.output<typeof householdSchema>;
export type Member = Household["members"][number];
export type Income = NonNullable<Member["incomes"]>[number];
export type Deduction = NonNullable<Member["deductions"]>[number];
export type Supporter = NonNullable<Member["supporters"]>[number];
export type Disability = NonNullable<Member["disability"]>;
export type Area = (typeof AREAS)[number];
export type IncomeKind = (typeof INCOME_KINDS)[number];
export type Schooling = (typeof SCHOOLING)[number];
export type Circumstances = NonNullable<Household["circumstances"]>;
export type Shock = NonNullable<Circumstances["shocks"]>[number];
export type RigidExpenditure = NonNullable<Household["rigidExpenditure"]>;
export type ExpenditureItem = RigidExpenditure["items"][number];
export type Housing = NonNullable<Household["housing"]>;
