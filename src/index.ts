/**
 * social-assistance-rules: explainable Chinese social-assistance (社会救助) eligibility, starting with
 * Chongqing. `evaluate` decides; `explain` renders the decision as prose in Chinese or English.
 */
export { evaluate, type EvaluateOptions } from "./engine/evaluate.js";
export { evaluateMany, type EvaluateManyResult } from "./engine/evaluate-many.js";
export { parseHousehold } from "./engine/parse-household.js";
// Data of unknown shape (JSON): return the contract's errors instead of throwing them, as zod's safeParse.
export { safeEvaluate, safeParseHousehold, type SafeResult } from "./engine/safe.js";
export { canonicalJson, sha256Digest } from "./engine/digest.js";
export { InvalidInputError, InvalidHouseholdError, InvalidOptionsError, type InputIssue } from "./model/errors.js";
export { householdSchema, type Household, type HouseholdInput, type Member, type Income, type Supporter } from "./model/household.js";
export type { AssetsInput, CircumstancesInput, DeductionInput, DibaoStatusInput, DisabilityInput, ExitedCoverageInput, ExpenditureItemInput, GradualExitInput, HousingInput, IncomeInput, MemberInput, MoneyInput, RigidExpenditureInput, SelfCareInput, ShockInput, StatusInput, SupporterInput } from "./model/household-input.js";
export type { Outcome, Reason, ReasonValue, Warning, WarningCode, Figures, DeterminationHeader } from "./model/determination.js";
export { DETERMINATION_SCHEMA } from "./model/determination.js";
export { determinationJsonSchema, parseDetermination, InvalidDeterminationError, type Determination } from "./engine/determination.js";
// Each programme's section types, from the folder that owns the section.
export type { DibaoSection, DibaoStatus, TopUp, TopUpCategory, GradualExitWindow } from "./rules/dibao/index.js";
export type { SinglePersonReferral, ReferralRoute } from "./rules/single-person/index.js";
export type { SpecialHardshipEntry, CareTier } from "./rules/special-hardship/index.js";
export type { LowIncomeSection, TierResult, TierStatus } from "./rules/low-income/index.js";
export type { ScreeningEntry, ScreeningCategory, ScreeningStatus } from "./rules/screening/index.js";
export type { AssistanceReferral, AssistanceGroup, AssistanceProgramme } from "./rules/assistance-referrals/index.js";
export { clauseCatalogue, sourceCatalogue, getClause, getSource, type ClauseEntry, type SourceEntry } from "./policy/clauses.js";
export {
  CHONGQING_PARAMETERS,
  chongqingParameterSet,
  compileParameterSet,
  applyOverride,
  isCompiledParameterSet,
  PARAMETER_KINDS,
  type ParameterKind,
  type CompiledParameterSet,
  type ParameterOverride,
  type ParameterName,
  type SeriesOverride,
  type ParameterSetData,
  type ParameterSeriesData,
  type ParameterValueData,
} from "./policy/parameters.js";
export { INTERPRETATIONS, type Interpretation, type InterpretationId, type SwitchableInterpretationId } from "./policy/interpretations.js";
export { RULES, PROGRAMMES, type Programme, type Sections } from "./rules/index.js";
export { ENGINE_NAME, ENGINE_VERSION } from "./version.js";
export { explain, reasonText, MESSAGE_TABLES, type ExplainOptions, type ExplainLanguage, type ExplainFormat, type ExplainClauses } from "./explain/explain.js";
export { householdJsonSchema } from "./model/json-schema.js";
export { DEPARTMENTS, parseDepartmentalRecord, type Department, type DepartmentalRecord, type RecordFacts } from "./model/departmental-record.js";
// Caseload audit (错保 / 漏保): recorded status against the library's decision, a summary and the HTML report.
export {
  AUDIT_NOTICE,
  FINDING_CODES,
  auditCaseload,
  auditDetermination,
  auditHousehold,
  auditHouseholdWithDetermination,
  auditReportChunks,
  createAuditSummary,
  indexRecords,
  mergeTallies,
  renderAuditReport,
  summaryOf,
  worstSelection,
  type AuditEntry,
  type AuditFinding,
  type AuditOptions,
  type DepartmentalValue,
  type FindingBasis,
  type IndexedRecord,
  type RecordChange,
  type RecordIndex,
  type RecordsSummary,
  type AuditReportOptions,
  type AuditSource,
  type AuditSummary,
  type AuditTally,
  type FindingCode,
  type FindingDirection,
  type HouseholdAudit,
  type ReportHousehold,
} from "./audit/index.js";
// Reform impact over a caseload: who gains, who loses, what it costs, per programme and step.
export {
  BANDS,
  compareCaseload,
  createImpactSummary,
  impactComparer,
  impactSummaryOf,
  mergeImpactTallies,
  parameterChanges,
  renderImpactReport,
  type Band,
  type HouseholdImpact,
  type HouseholdImpactWithDeterminations,
  type ImpactReportOptions,
  type ParameterChange,
  type ImpactEntry,
  type ImpactOptions,
  type ImpactSummary,
  type ImpactSummaryBuilder,
  type ImpactTally,
  type StepComparison,
} from "./impact/index.js";
