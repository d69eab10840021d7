/** Reform impact over a caseload: baseline against reform per household, stacked steps, a summary with cost, entering, leaving and bands. */
export { BANDS, bandOf, compareDeterminations, percentChange, reasonChanges, type Band, type ProgrammeComparison, type ProgrammeSide, type ReasonChange, type StepComparison } from "./compare.js";
export { compareCaseload, createImpactSummary, impactComparer, tallyImpact, type HouseholdImpact, type HouseholdImpactWithDeterminations, type ImpactComparer, type ImpactEntry, type ImpactOptions, type ImpactSummaryBuilder } from "./caseload.js";
export { PAYING_PROGRAMMES, LOW_INCOME_TIERS, type PayingProgramme, type ProgrammePayment } from "./programmes.js";
export { parameterChanges, renderImpactReport, type ImpactReportOptions, type ParameterChange } from "./report.js";
export { IMPACT_REPORT_MESSAGES, type ImpactReportMessages } from "./report-messages.js";
export { IMPACT_SUMMARY_SCHEMA, emptyImpactTally, impactSummaryOf, largestRemainderShares, mergeImpactTallies, type BandsSummary, type ImpactSource, type ImpactSummary, type ImpactTally, type ProgrammeSummary, type StepSummary } from "./summary.js";
