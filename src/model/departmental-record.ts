/**
 * A departmental record (部门数据, contract v1.2 "Departmental records"): one line of the second input of the
 * caseload audit, a fact another department holds about a household or one of its members (数据比对:
 * `cq-daily-2020-09/data-comparison`, `cq-daily-2020-09/education-data`). Its `facts` use the household
 * contract's own field names and are validated as the household schema validates them; two facts exist only
 * in records: `deceased` (a member's date of death) and `assetFlags` (a registration found). Objects are
 * strict, as everywhere: an unknown key is an error naming the nearest field.
 */
import { z } from "zod";
import { formatPath, unknownFieldMessage, type InputIssue } from "./errors.js";
import { housingSchema, isoDateSchema, LIMITS, memberSchema, rigidExpenditureSchema, type Disability, type ExpenditureItem, type Income } from "./household.js";

/** The departments a record may come from (the value does not limit which facts it may state). */
export const DEPARTMENTS = [
  "civil-affairs",
  "public-security",
  "justice",
  "disabled-persons-federation",
  "education",
  "medical-insurance",
  "human-resources",
  "housing",
  "natural-resources",
  "market-regulation",
  "other",
] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** 部门 names, for reports (Chinese first). */
export const DEPARTMENT_NAMES_ZH: Readonly<Record<Department, string>> = {
  "civil-affairs": "民政（婚姻登记、殡葬等）",
  "public-security": "公安（户籍、车辆登记、监管场所）",
  justice: "司法行政（监狱）",
  "disabled-persons-federation": "残联（残疾人证）",
  education: "教育（学籍）",
  "medical-insurance": "医保",
  "human-resources": "人力资源和社会保障（养老金、就业）",
  housing: "住房城乡建设（农房安全鉴定）",
  "natural-resources": "规划自然资源（不动产登记）",
  "market-regulation": "市场监管（经营主体登记）",
  other: "其他",
};

export const ASSET_FLAG_KINDS = ["vehicle", "real-estate", "business", "other"] as const;

/** Limits of a record, as the household has its own. */
export const RECORD_LIMITS = { text: 200, assetFlags: 50 } as const;

/** Facts a member record may state (`memberId` not null), in this order. */
export const MEMBER_FACTS = ["birthDate", "excluded", "disability", "seriousIllness", "employed", "schooling", "localHukou", "incomes", "deceased", "assetFlags"] as const;
/** Facts a household record may state (`memberId` null). */
export const HOUSEHOLD_FACTS = ["housing", "rigidExpenditure", "assetFlags"] as const;

function strict<T extends z.core.$ZodLooseShape>(shape: T, what: string) {
  const keys = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === "unrecognized_keys" ? issue.keys.map((key) => unknownFieldMessage(key, keys)).join("; ") : `must be ${what}`),
  });
}

const textSchema = z.string({ error: `must be text of 1 to ${RECORD_LIMITS.text} characters` }).min(1, { message: "must not be empty" }).max(RECORD_LIMITS.text, { message: `must be at most ${RECORD_LIMITS.text} characters` });

export const assetFlagSchema = strict(
  {
    kind: z.enum(ASSET_FLAG_KINDS, { error: `must be one of ${ASSET_FLAG_KINDS.map((kind) => JSON.stringify(kind)).join(", ")}` }).describe('What was found registered: "vehicle", "real-estate", "business" or "other".'),
    detail: textSchema.nullish().describe("The department's description of the registration."),
  },
  "an object with the fields kind, detail",
).describe("A registration found (登记信息), a lead to check, not a finding on the property rules.");

const assetFlagsSchema = z
  .array(assetFlagSchema, { error: "must be a list of asset flags" })
  .min(1, { message: "must list at least one flag" })
  .max(RECORD_LIMITS.assetFlags, { message: `at most ${RECORD_LIMITS.assetFlags} asset flags` });

const member = memberSchema.shape;

export const memberFactsSchema = strict(
  {
    birthDate: member.birthDate.optional(),
    excluded: member.excluded,
    disability: member.disability,
    seriousIllness: member.seriousIllness,
    employed: member.employed,
    schooling: member.schooling,
    localHukou: z.boolean({ error: "must be true or false" }).nullish().describe("Registered in the household's jurisdiction (户籍在本地)."),
    incomes: member.incomes,
    deceased: isoDateSchema.optional().describe("The member's date of death (死亡日期)."),
    assetFlags: assetFlagsSchema.optional(),
  },
  `an object with any of the fields ${MEMBER_FACTS.join(", ")}`,
);

export const householdFactsSchema = strict(
  {
    housing: strict({ dwellingSafety: housingSchema.shape.dwellingSafety }, "an object with the field dwellingSafety").optional(),
    rigidExpenditure: rigidExpenditureSchema.optional(),
    assetFlags: assetFlagsSchema.optional(),
  },
  `an object with any of the fields ${HOUSEHOLD_FACTS.join(", ")}`,
);

const envelopeSchema = strict(
  {
    householdId: z
      .string({ error: `householdId is required: text of 1 to ${LIMITS.householdIdLength} characters` })
      .min(1, { message: "must not be empty" })
      .max(LIMITS.householdIdLength, { message: `must be at most ${LIMITS.householdIdLength} characters` }),
    memberId: z.union([z.string().min(1).max(LIMITS.idLength), z.null()], { error: `memberId is required: a member id (1 to ${LIMITS.idLength} characters) or null for a household record` }),
    department: z.enum(DEPARTMENTS, { error: `must be one of ${DEPARTMENTS.map((name) => JSON.stringify(name)).join(", ")}` }),
    dataset: textSchema.nullish(),
    asOf: isoDateSchema,
    reference: textSchema.nullish(),
    facts: z.unknown(),
  },
  "an object with the fields householdId, memberId, department, dataset, asOf, reference, facts",
);

export interface AssetFlag {
  readonly kind: (typeof ASSET_FLAG_KINDS)[number];
  readonly detail?: string | null | undefined;
}

/** The facts of a record, validated (money as canonical text). */
export interface RecordFacts {
  readonly birthDate?: string;
  readonly excluded?: string | null;
  readonly disability?: Disability | null;
  readonly seriousIllness?: boolean | null;
  readonly employed?: boolean | null;
  readonly schooling?: string | null;
  readonly localHukou?: boolean | null;
  readonly incomes?: readonly Income[] | null;
  readonly deceased?: string;
  readonly assetFlags?: readonly AssetFlag[];
  readonly housing?: { readonly dwellingSafety?: string | null | undefined };
  readonly rigidExpenditure?: { readonly items: readonly ExpenditureItem[] };
}

/** A valid departmental record. */
export interface DepartmentalRecord {
  readonly householdId: string;
  readonly memberId: string | null;
  readonly department: Department;
  readonly dataset: string | null;
  readonly asOf: string;
  readonly reference: string | null;
  readonly facts: RecordFacts;
}

/** Every problem by path; an unknown key at its own path, as a household's are. */
function issuesOf(error: z.ZodError, prefix: readonly PropertyKey[] = []): InputIssue[] {
  return error.issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code !== "unrecognized_keys") return [{ path: formatPath(path), message: issue.message }];
    return issue.message.split("; ").map((message, index) => ({ path: formatPath([...path, issue.keys[index] ?? ""]), message }));
  });
}

/**
 * Validates one record: the record, or every problem by path (`facts.disability.grade`). A member record
 * states member facts, a household record (`memberId: null`) household facts; `facts` states at least one.
 */
export function parseDepartmentalRecord(value: unknown): { readonly record: DepartmentalRecord } | { readonly issues: readonly InputIssue[] } {
  const envelope = envelopeSchema.safeParse(value);
  const issues: InputIssue[] = envelope.success ? [] : issuesOf(envelope.error);
  const raw = value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const memberId = raw?.memberId;
  const factsSchema = memberId === null ? householdFactsSchema : memberFactsSchema;
  const facts = raw === undefined || !("facts" in raw) ? undefined : factsSchema.safeParse(raw.facts);
  if (raw !== undefined && !("facts" in raw)) issues.push({ path: "facts", message: "facts is required: an object of the facts the department holds" });
  if (facts !== undefined) {
    if (!facts.success) issues.push(...issuesOf(facts.error, ["facts"]));
    else if (Object.values(facts.data).every((item) => item === undefined)) issues.push({ path: "facts", message: "must state at least one fact" });
  }
  if (issues.length > 0 || !envelope.success || facts === undefined || !facts.success) return { issues };
  const data = envelope.data;
  const stated = Object.fromEntries(Object.entries(facts.data).filter(([, item]) => item !== undefined)) as RecordFacts;
  return { record: { householdId: data.householdId, memberId: data.memberId, department: data.department, dataset: data.dataset ?? null, asOf: data.asOf, reference: data.reference ?? null, facts: stated } };
}
