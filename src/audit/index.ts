/** Caseload audit (错保 / 漏保): findings per household, a caseload summary, the N worst, and the HTML report. */
export { AUDIT_NOTICE, AUDIT_SCHEMA, FINDING_CODES, auditDetermination, type AuditFinding, type DepartmentalValue, type FindingBasis, type RecordChange, type FindingCode, type FindingDirection, type HouseholdAudit } from "./findings.js";
export { auditCaseload, auditEntry, auditHousehold, auditHouseholdWithDetermination, createAuditSummary, errorEntry, type AuditEntry, type AuditOptions, type AuditSummaryBuilder } from "./caseload.js";
export { indexRecords, packRecords, type IndexedRecord, type PackedRecords, type RecordIndex } from "./records.js";
export { RECORDS_SECTION } from "./departmental.js";
export { AUDIT_SUMMARY_SCHEMA, emptyTally, mergeTallies, summaryOf, tallyAudit, type AuditSource, type AuditSummary, type AuditTally, type BasisSummary, type RecordsSummary } from "./summary.js";
export { compareWorst, worstSelection, type Ranked, type WorstSelection } from "./worst.js";
export { auditReportChunks, escapeHtml, renderAuditReport, type AuditReportOptions, type ReportHousehold } from "./report.js";
export { REPORT_MESSAGES, type ReportMessages } from "./report-messages.js";
