/**
 * The v1 input contract (`contract.md`, "Input: Household") as zod schemas. Objects are strict, so a
 * misspelt field is an error, never silently ignored. An optional field may be omitted or `null`; both
 * mean "not given". Money is normalised to canonical decimal text ("1200.50").
 */
import { z } from "zod";
import { isIsoDate } from "./date.js";
import { normalizeMoney } from "./money.js";

/** Size limits: large enough for any real household, small enough to answer quickly on hostile input. */
export const LIMITS = {
  members: 50,
  incomesPerMember: 50,
  deductionsPerMember: 50,
  supportersPerMember: 50,
  idLength: 64,
  householdIdLength: 128,
} as const;

const DATE_MESSAGE = "must be a real calendar date written YYYY-MM-DD (years 1850–2200)";
const MONEY_MESSAGE = 'must be an amount of money: a decimal string like "1200.50" or a finite number, ≥ 0, at most 2 decimals, at most 12 integer digits';

/** A real calendar date, `YYYY-MM-DD`. */
export const isoDateSchema = z
  .string({ error: DATE_MESSAGE })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE, abort: true })
  .refine(isIsoDate, { message: DATE_MESSAGE });

/** Money in: decimal string or finite number, ≥ 0, ≤ 2 decimals. Money out: canonical decimal text. */
export const moneySchema = z
  .union([z.string().regex(/^\d{1,12}(\.\d{1,2})?$/), z.number().nonnegative()], { error: MONEY_MESSAGE })
  .transform((value, ctx) => {
    const normalized = normalizeMoney(value);
    if (normalized === undefined) {
      ctx.addIssue({ code: "custom", message: MONEY_MESSAGE });
      return z.NEVER;
    }
    return normalized;
  });

const idSchema = z.string().min(1, { message: "must not be empty" }).max(LIMITS.idLength, { message: `must be at most ${LIMITS.idLength} characters` });

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

export const disabilitySchema = z.strictObject({
  category: z.enum(DISABILITY_CATEGORIES),
  grade: z.int().min(1).max(4),
});

export const incomeSchema = z.strictObject({
  kind: z.enum(INCOME_KINDS),
  monthly: moneySchema,
  supportFrom: z.enum(SUPPORT_SOURCES).nullish(),
});

export const deductionSchema = z.strictObject({
  kind: z.enum(DEDUCTION_KINDS),
  monthly: moneySchema,
});

export const supporterSchema = z.strictObject({
  relation: z.enum(SUPPORTER_RELATIONS),
  birthDate: isoDateSchema.nullish(),
  specialHardship: z.boolean().nullish(),
  dibaoRecipient: z.boolean().nullish(),
  disability: disabilitySchema.nullish(),
  annualIncome: moneySchema.nullish(),
  assetsWithinLowIncomeRules: z.boolean().nullish(),
  legalIncapacity: z.enum(LEGAL_INCAPACITIES).nullish(),
});

export const memberSchema = z.strictObject({
  id: idSchema,
  relation: z.enum(MEMBER_RELATIONS),
  birthDate: isoDateSchema,
  excluded: z.enum(EXCLUSION_REASONS).nullish(),
  disability: disabilitySchema.nullish(),
  seriousIllness: z.boolean().nullish(),
  employed: z.boolean().nullish(),
  schooling: z.enum(SCHOOLING).nullish(),
  selfCare: z.strictObject({ adlFailed: z.int().min(0).max(6) }).nullish(),
  incomes: z.array(incomeSchema).max(LIMITS.incomesPerMember, { message: `at most ${LIMITS.incomesPerMember} incomes per member` }).nullish(),
  deductions: z.array(deductionSchema).max(LIMITS.deductionsPerMember, { message: `at most ${LIMITS.deductionsPerMember} deductions per member` }).nullish(),
  ownAssetsCompliant: z.boolean().nullish(),
  orphanSupportChosen: z.boolean().nullish(),
  supporters: z.array(supporterSchema).max(LIMITS.supportersPerMember, { message: `at most ${LIMITS.supportersPerMember} supporters per member` }).nullish(),
});

export const statusSchema = z.strictObject({
  povertyRegistration: z.enum(POVERTY_REGISTRATIONS).nullish(),
  dibao: z.strictObject({ since: isoDateSchema.nullish(), monthlyAmount: moneySchema.nullish() }).nullish(),
  gradualExit: z.strictObject({ start: isoDateSchema, end: isoDateSchema }).nullish(),
  specialHardshipMemberIds: z.array(idSchema).max(LIMITS.members).nullish(),
});

const JURISDICTION = /^[A-Z]{2}(-[A-Z0-9]{1,8})*$/;

export const householdSchema = z
  .strictObject({
    id: z.string().min(1).max(LIMITS.householdIdLength).nullish(),
    jurisdiction: z.string().regex(JURISDICTION, { message: 'must be a jurisdiction code such as "CN-CQ"' }),
    area: z.enum(AREAS),
    members: z
      .array(memberSchema)
      .min(1, { message: "must list at least one member" })
      .max(LIMITS.members, { message: `at most ${LIMITS.members} members` }),
    assets: z.strictObject({ compliant: z.boolean().nullish() }).nullish(),
    status: statusSchema.nullish(),
  })
  .superRefine((household, ctx) => {
    const seen = new Map<string, number>();
    household.members.forEach((member, index) => {
      const first = seen.get(member.id);
      if (first !== undefined) {
        ctx.addIssue({ code: "custom", path: ["members", index, "id"], message: `duplicate member id "${member.id}" (also members[${first}].id)` });
      } else seen.set(member.id, index);
    });
    // mlg-review-2021/art-7: a household with no counted member has no one to assess.
    if (household.members.length > 0 && household.members.every((member) => member.excluded != null)) {
      ctx.addIssue({ code: "custom", path: ["members"], message: "at least one member must be counted (not excluded)" });
    }
    household.status?.specialHardshipMemberIds?.forEach((id, index) => {
      if (!seen.has(id)) {
        ctx.addIssue({ code: "custom", path: ["status", "specialHardshipMemberIds", index], message: `no member has id "${id}"` });
      }
    });
    const window = household.status?.gradualExit;
    if (window != null && window.start > window.end) {
      ctx.addIssue({ code: "custom", path: ["status", "gradualExit", "end"], message: "must not be before start" });
    }
  });

/** A household as a caller writes it (the JSON contract). */
export type HouseholdInput = z.input<typeof householdSchema>;
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
