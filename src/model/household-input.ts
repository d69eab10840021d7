/**
 * The household as a caller writes it, field by field, with each field's meaning and Chinese term.
 *
 * The zod schemas in household.ts are the contract and hold each description once, as metadata that the
 * JSON Schema publishes. TypeScript cannot read TSDoc from runtime metadata, so the types are written
 * out here and each field's TSDoc is that description word for word: test/model/household-docs.test.ts
 * fails when a text here and its schema description differ, and test/model/household-types.test.ts
 * when a type here and the schema's `z.input` differ in any way, in either direction.
 */
import type {
  AREAS,
  DEDUCTION_KINDS,
  DIFFICULTIES,
  DISABILITY_CATEGORIES,
  DWELLING_SAFETY_GRADES,
  EXCLUSION_REASONS,
  EXPENDITURE_KINDS,
  INCOME_KINDS,
  LEGAL_INCAPACITIES,
  MEMBER_RELATIONS,
  POVERTY_REGISTRATIONS,
  SCHOOLING,
  SHOCK_CAUSES,
  SHOCK_EFFECTS,
  SUPPORTER_RELATIONS,
  SUPPORT_ARRANGEMENTS,
  SUPPORT_SOURCES,
} from "./household.js";

/**
 * An amount of money in yuan: a decimal string such as `"1800"` or `"1800.50"` (no commas or spaces,
 * at most 2 decimals and 12 digits before the point), or a finite number ≥ 0 whose decimal text is
 * such an amount. Validation turns it into canonical text with 2 decimals.
 */
export type MoneyInput = string | number;

/** A disability (残疾): its category and grade. */
export interface DisabilityInput {
  /**
   * Disability category (残疾类别), as on the disability certificate (残疾人证): "physical" (肢体),
   * "visual" (视力), "hearing" (听力), "speech" (言语), "intellectual" (智力), "mental" (精神) or
   * "multiple" (多重).
   */
  category: (typeof DISABILITY_CATEGORIES)[number];
  /** Disability grade (残疾等级), 1 to 4; grade 1 (一级) is the most severe. */
  grade: number;
}

/** One income of the member (收入). */
export interface IncomeInput {
  /**
   * Income kind (收入类型). Counted for dibao: "wage" (工资性收入), "business" (经营净收入), "property"
   * (财产净收入), "transfer" (转移净收入), "pension" (养老金), "other" (其他收入). Not counted for dibao:
   * "preferential-care" (优待抚恤金), "family-planning" (计划生育奖励与扶助金), "scholarship" (奖学金),
   * "heroism-reward" (见义勇为等奖励性补助), "social-assistance" (社会救助款物), "basic-pension"
   * (城乡居民基本养老保险基础养老金). "old-age-allowance" (高龄津贴) and "social-insurance" (社会保险待遇)
   * count for dibao but not for the extreme-poverty livelihood test.
   */
  kind: (typeof INCOME_KINDS)[number];
  /** Amount received per month (月收入), in yuan. */
  monthly: MoneyInput;
  /**
   * For support paid by someone (赡养、扶养费): who pays it, "sibling" (兄弟姐妹), "elderly-60-plus"
   * (60周岁以上的老年人) or "other" (其他). Support from siblings or people aged 60+ is not counted for a
   * severely disabled adult referred alone (单人户).
   */
  supportFrom?: (typeof SUPPORT_SOURCES)[number] | null | undefined;
}

/** A cost deducted from the member's income (收入扣减). */
export interface DeductionInput {
  /** Deduction kind (扣减类别): "disability-or-illness-cost" (因残疾、患重病等增加的刚性支出) or "employment-cost" (必要的就业成本). */
  kind: (typeof DEDUCTION_KINDS)[number];
  /** Amount deducted per month (月扣减额), in yuan. */
  monthly: MoneyInput;
}

/** A legal supporter of the member (法定赡养、抚养、扶养义务人), living in the household or not. */
export interface SupporterInput {
  /**
   * The supporter's relation to the member (与该成员的关系): "spouse" (配偶), "parent" (父母), "child"
   * (子女), "grandparent" (祖父母、外祖父母), "grandchild" (孙子女、外孙子女), "sibling" (兄弟姐妹) or
   * "other" (其他).
   */
  relation: (typeof SUPPORTER_RELATIONS)[number];
  /** The supporter's birth date (出生日期), YYYY-MM-DD, not before 1900-01-01. */
  birthDate?: string | null | undefined;
  /** The supporter is an extreme-poverty person (特困人员). */
  specialHardship?: boolean | null | undefined;
  /** The supporter receives dibao (低保对象). */
  dibaoRecipient?: boolean | null | undefined;
  /** The supporter's disability (残疾); absent means none. */
  disability?: DisabilityInput | null | undefined;
  /** The supporter's income over a year (年收入), in yuan; absent means unknown. */
  annualIncome?: MoneyInput | null | undefined;
  /** The supporter's property is within the local low-income rules (财产状况符合低收入家庭规定); absent means unknown. */
  assetsWithinLowIncomeRules?: boolean | null | undefined;
  /**
   * Why the supporter cannot act at all (无履行义务能力情形): "no-civil-capacity" (无民事行为能力),
   * "declared-missing" (被宣告失踪) or "imprisoned" (在监狱服刑); absent means none of these.
   */
  legalIncapacity?: (typeof LEGAL_INCAPACITIES)[number] | null | undefined;
}

/** How many daily activities a person cannot do on their own (生活自理能力评估). */
export interface SelfCareInput {
  /**
   * How many of the 6 daily activities the person cannot do (不能完成的日常生活活动项数), 0 to 6: 0 is
   * self-care (全自理), 1 to 3 partial care (半护理), 4 to 6 full care (全护理).
   */
  adlFailed: number;
}

/** A household member (家庭成员), counted or excluded. */
export interface MemberInput {
  /** Member id (成员编号), 1 to 64 characters, unique in the household; the determination names members by it. */
  id: string;
  /**
   * Relation to the applicant (与申请人的关系): "self" (申请人本人; at most one member), "spouse" (配偶),
   * "child" (子女), "parent" (父母), "grandparent" (祖父母、外祖父母), "grandchild" (孙子女、外孙子女),
   * "sibling" (兄弟姐妹) or "other" (其他).
   */
  relation: (typeof MEMBER_RELATIONS)[number];
  /**
   * Birth date (出生日期), YYYY-MM-DD, not before 1900-01-01 and not after the assessment date (asOf);
   * ages are counted from it.
   */
  birthDate: string;
  /**
   * Why the member is not counted in the household (不计入共同生活的家庭成员): "clergy-away-3-years"
   * (脱离家庭三年以上的宗教教职人员), "imprisoned" (在监狱内服刑), "compulsory-rehabilitation" (强制隔离戒毒)
   * or "declared-missing" (宣告失踪); absent means counted.
   */
  excluded?: (typeof EXCLUSION_REASONS)[number] | null | undefined;
  /** Disability (残疾) as certified; absent means none. */
  disability?: DisabilityInput | null | undefined;
  /** Has a major illness the local authorities recognise (重特大疾病); absent reads as false. */
  seriousIllness?: boolean | null | undefined;
  /** Is in work (就业); absent means unknown. */
  employed?: boolean | null | undefined;
  /**
   * Schooling now (在学情况): "none" (未在学), "preschool" (学前教育), "compulsory" (义务教育),
   * "high-school" (普通高中), "vocational" (中等职业教育) or "higher" (高等教育); absent reads as "none".
   */
  schooling?: (typeof SCHOOLING)[number] | null | undefined;
  /** Self-care ability (生活自理能力), assessed over 6 daily activities; absent means not assessed. */
  selfCare?: SelfCareInput | null | undefined;
  /** The member's incomes (收入), each a kind and a monthly amount; absent reads as none. */
  incomes?: IncomeInput[] | null | undefined;
  /**
   * Costs deducted from the member's income (收入扣减): extra rigid costs of disability or illness,
   * necessary employment costs.
   */
  deductions?: DeductionInput[] | null | undefined;
  /** The member's own property meets the extreme-poverty rules (本人财产符合特困人员财产状况规定); absent means unknown. */
  ownAssetsCompliant?: boolean | null | undefined;
  /** A minor who chose orphan support (孤儿、事实无人抚养儿童基本生活保障) instead of extreme-poverty support. */
  orphanSupportChosen?: boolean | null | undefined;
  /**
   * The member's legal supporters (法定赡养、抚养、扶养义务人), in the household or not: [] means the member
   * has none, absent means unknown.
   */
  supporters?: SupporterInput[] | null | undefined;
  /** An orphan (孤儿): a child both of whose parents are dead or declared missing; absent reads as false. */
  orphan?: boolean | null | undefined;
  /**
   * For a member in status.specialHardshipMemberIds, how the member is supported (供养方式): "dispersed"
   * (分散供养, at home) or "centralised" (集中供养, in an institution); absent means unknown.
   */
  supportArrangement?: (typeof SUPPORT_ARRANGEMENTS)[number] | null | undefined;
}

/** The finding of the household's property check (家庭财产状况核查). */
export interface AssetsInput {
  /** The household's property meets the local rules (家庭财产状况符合规定); absent means unknown. */
  compliant?: boolean | null | undefined;
}

/** Dibao the household receives today (正在享受的低保). */
export interface DibaoStatusInput {
  /** The date the current dibao began (纳入低保日期), not after the assessment date (asOf). */
  since?: string | null | undefined;
  /** The dibao paid per month today (低保金月发放额), in yuan. */
  monthlyAmount?: MoneyInput | null | undefined;
  /**
   * The date of the household's last periodic review (最近一次核查、复核日期), not before since; read by the audit
   * (R12); absent means the audit does not test the review schedule.
   */
  lastReviewed?: string | null | undefined;
  /**
   * The review category (复核类别), read by the audit (R12): "stable" (短期内经济状况变化不大, reviewed yearly) or
   * "irregular" (收入来源不固定、家庭成员有劳动能力, reviewed every six months); absent means not given.
   */
  reviewCategory?: "stable" | "irregular" | null | undefined;
}

/** A gradual-exit window (渐退期). */
export interface GradualExitInput {
  /**
   * First day of the gradual-exit window (渐退期起始日), not after the assessment date (asOf): a window
   * that has not begun is not one the household is in.
   */
  start: string;
  /** Last day of the gradual-exit window (渐退期截止日), not before its start. */
  end: string;
}

/** When the household left coverage (退出兜底保障). */
export interface ExitedCoverageInput {
  /** The date the household left coverage (退出日期). */
  date: string;
}

/** What the household has today (当前救助状态). */
export interface StatusInput {
  /**
   * Poverty registration (建档立卡): "none" (未建档立卡), "unlifted" (未脱贫), "lifted" (已脱贫),
   * "lifted-unstable" (脱贫不稳定) or "edge" (边缘易致贫); absent reads as "none".
   */
  povertyRegistration?: (typeof POVERTY_REGISTRATIONS)[number] | null | undefined;
  /** Dibao received today (正在享受最低生活保障); absent means the household is not receiving it. */
  dibao?: DibaoStatusInput | null | undefined;
  /** The gradual-exit window (渐退期) the household is in today; absent means none. */
  gradualExit?: GradualExitInput | null | undefined;
  /** Ids of the members supported today as extreme-poverty persons (特困人员救助供养对象). */
  specialHardshipMemberIds?: string[] | null | undefined;
  /** The household left dibao or extreme-poverty support (退出兜底保障) on a date; absent means it has not left. */
  exitedCoverage?: ExitedCoverageInput | null | undefined;
}

/** A sudden income drop or expenditure surge (收入骤减或支出骤增). */
export interface ShockInput {
  /** Cause (致困原因): "illness" (因病), "disaster" (因灾), "epidemic" (因疫情), "accident" (因意外事故) or "other" (其他). */
  cause: (typeof SHOCK_CAUSES)[number];
  /** Effect (影响): "income-drop" (收入骤减) or "expenditure-surge" (支出骤增). */
  effect: (typeof SHOCK_EFFECTS)[number];
  /** The date the income fell or the spending rose (发生日期). */
  since: string;
}

/** The household's circumstances (困难情形), read by the five-category screening (五类人群摸排). */
export interface CircumstancesInput {
  /**
   * Sudden income drops or expenditure surges (收入骤减或支出骤增), each with its cause and date: [] means
   * none, absent means unknown.
   */
  shocks?: ShockInput[] | null | undefined;
  /**
   * Difficulties the household has (存在困难的方面): "housing" (住房), "medical" (医疗), "education" (教育):
   * [] means none, absent means unknown.
   */
  difficulties?: Array<(typeof DIFFICULTIES)[number]> | null | undefined;
}

/** One kind of rigid expenditure (刚性支出项目). */
export interface ExpenditureItemInput {
  /**
   * Expenditure kind (支出类别): "living" (生活), "medical" (医疗), "education" (教育), "rehabilitation"
   * (残疾康复) or "other" (其他).
   */
  kind: (typeof EXPENDITURE_KINDS)[number];
  /** Amount spent (支出金额) over the 12 months before the assessment date (asOf), in yuan. */
  annual: MoneyInput;
}

/** Rigid expenditure (刚性支出) over the 12 months before the assessment date (asOf), yuan per year. */
export interface RigidExpenditureInput {
  /**
   * The household's rigid expenditure items (刚性支出项目), each with its amount over 12 months; their sum
   * is the household's rigid expenditure.
   */
  items: ExpenditureItemInput[];
}

/** The household's housing (住房情况), read by the housing referrals. */
export interface HousingInput {
  /** An urban household has applied for housing security (已提出住房保障申请). */
  securityApplied?: boolean | null | undefined;
  /**
   * Safety grade of a rural house (农村房屋安全等级): "A", "B", "C" or "D"; C and D are dilapidated houses
   * (危房); absent means not assessed.
   */
  dwellingSafety?: (typeof DWELLING_SAFETY_GRADES)[number] | null | undefined;
  /** The household has had rural housing support before (曾享受农村住房保障政策支持). */
  previouslySupported?: boolean | null | undefined;
}

/**
 * A household (家庭) to assess for social assistance (社会救助): its members, its property finding and what
 * it has today. Optional fields may be omitted or null (not given); unknown fields are an error.
 */
export interface HouseholdInput {
  /** Household id (家庭编号), 1 to 128 characters; optional, echoed back in the determination. */
  id?: string | null | undefined;
  /** Jurisdiction (行政区划) whose rules apply, such as "CN-CQ" for Chongqing (重庆市), the only one shipped. */
  jurisdiction: string;
  /** Which standard applies (城乡类别): "urban" (城市) or "rural" (农村). */
  area: (typeof AREAS)[number];
  /**
   * The members of the household living together (共同生活的家庭成员): at least one, ids unique, at most
   * one "self".
   */
  members: MemberInput[];
  /** The finding of the household's property check (家庭财产状况核查); absent means unknown. */
  assets?: AssetsInput | null | undefined;
  /**
   * What the household has today (当前救助状态): poverty registration, dibao, gradual exit, extreme-poverty
   * support, exit from coverage.
   */
  status?: StatusInput | null | undefined;
  /**
   * The household's circumstances (困难情形): sudden shocks and difficulties, read by the five-category
   * screening (五类人群摸排); absent means unknown.
   */
  circumstances?: CircumstancesInput | null | undefined;
  /**
   * Rigid expenditure (刚性支出) over the 12 months before the assessment date (asOf), read by the
   * rigid-expenditure hardship tier (刚性支出困难家庭); absent means unknown.
   */
  rigidExpenditure?: RigidExpenditureInput | null | undefined;
  /**
   * The household's housing (住房情况), read by housing assistance (住房救助) and rural housing renovation
   * (农村危房改造); absent means not assessed.
   */
  housing?: HousingInput | null | undefined;
}
