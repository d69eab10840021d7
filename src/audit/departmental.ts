/**
 * The comparison with other departments' records (数据比对; contract v1.2 "Departmental records", rules 3–8;
 * `cq-daily-2020-09/data-comparison`, `cq-daily-2020-09/education-data`, `saim/art-13`). Departmental facts
 * never enter the ordinary determination: each field a record states is compared with the caseload's; a
 * difference is a `record-conflict` finding, with the entries whose status or amount change when that field
 * alone is overlaid; and the household is decided again with all of its records overlaid, each finding of
 * that comparison the ordinary one did not make emitted with `basis: "departmental"`. No department takes
 * precedence: disagreeing values are each decided, and where they lead to different results the finding
 * is `undecidable`, naming the field.
 */
import type { Determination } from "../engine/determination.js";
import { alternativeChanges } from "../engine/alternatives.js";
import { canonicalJson } from "../engine/digest.js";
import type { EvaluateOptions } from "../engine/options.js";
import { InvalidInputError } from "../model/errors.js";
import type { Household, Member } from "../model/household.js";
import { formatMoney, money, ZERO, type MoneyString } from "../model/money.js";
import type { DepartmentalRecord, RecordFacts } from "../model/departmental-record.js";
import { PROGRAMME_LIST, type Draft } from "../rules/index.js";
import { test } from "../rules/reason.js";
import { comparisonFindings, stakeOf, type AuditFinding, type DepartmentalValue, type RecordChange } from "./findings.js";
import type { IndexedRecord } from "./records.js";

/** The section a `record-conflict` finding names: the comparison, not a determination section. */
export const RECORDS_SECTION = "departmentalRecords";

/** Departments whose records also cite `cq-daily-2020-09/education-data` (contract v1.2 rule 7: education and the federation). */
const EDUCATION_DATA_DEPARTMENTS: ReadonlySet<string> = new Set(["education", "disabled-persons-federation"]);

/** A household, decided: the re-decision the comparison needs. Throws `InvalidInputError` for a household the overlay made invalid. */
export type Decide = (household: Household, options: EvaluateOptions) => Determination;

type Mutable = { -readonly [K in keyof Household]: Household[K] } & { members: Array<Record<string, unknown>> };

/** One department's value of one field, and how to put it into a household. */
interface Stated {
  readonly key: string;
  readonly field: string;
  /** The fact's name without the member's position, for the summary (`disability`, `incomes[kind=pension]`). */
  readonly fact: string;
  readonly memberId: string | null;
  /** What is compared and shown. */
  readonly value: unknown;
  readonly recorded: unknown;
  readonly overlay: (household: Mutable) => void;
  /** Removals run after every other overlay (a deceased member). */
  readonly late: boolean;
  readonly source: IndexedRecord;
}

function sum(amounts: readonly string[]): MoneyString {
  let total = ZERO;
  for (const amount of amounts) total = total.plus(money(amount));
  return formatMoney(total);
}

function memberById(household: Mutable, id: string): Record<string, unknown> | undefined {
  return household.members.find((member) => member.id === id);
}

const SIMPLE_MEMBER_FACTS = ["birthDate", "excluded", "disability", "seriousIllness", "employed", "schooling", "localHukou"] as const;

/** The caseload's value with its v1 defaults (rule 4): seriousIllness absent is false, schooling absent is none; any other absence is null. */
function withDefault(fact: string, value: unknown): unknown {
  if (value !== undefined && value !== null) return value;
  if (fact === "seriousIllness") return false;
  if (fact === "schooling") return "none";
  return null;
}

/** Every field one record states, as the comparison reads it. */
function statedFacts(source: IndexedRecord, household: Household): Stated[] | "unmatched" {
  const { record } = source;
  const facts: RecordFacts = record.facts;
  const out: Stated[] = [];
  if (record.memberId !== null) {
    const index = household.members.findIndex((member) => member.id === record.memberId);
    if (index < 0) return "unmatched";
    const member = household.members[index] as Member;
    const id = record.memberId;
    const at = `members[${index}]`;
    const base = { memberId: id, source, late: false };
    for (const fact of SIMPLE_MEMBER_FACTS) {
      if (!(fact in facts)) continue;
      const value = withDefault(fact, (facts as Record<string, unknown>)[fact]);
      out.push({
        ...base,
        key: `${id}|${fact}`,
        field: `${at}.${fact}`,
        fact,
        value,
        recorded: withDefault(fact, (member as Record<string, unknown>)[fact]),
        overlay: (target) => {
          const person = memberById(target, id);
          if (person !== undefined) person[fact] = value;
        },
      });
    }
    if (facts.incomes != null) {
      const stated = facts.incomes;
      // Rule 4: incomes compare by kind, the monthly sum of the member's incomes of that kind.
      for (const kind of [...new Set(stated.map((income) => income.kind))]) {
        const items = stated.filter((income) => income.kind === kind);
        out.push({
          ...base,
          key: `${id}|incomes|${kind}`,
          field: `${at}.incomes[kind=${kind}]`,
          fact: `incomes[kind=${kind}]`,
          value: sum(items.map((income) => income.monthly)),
          recorded: sum((member.incomes ?? []).filter((income) => income.kind === kind).map((income) => income.monthly)),
          overlay: (target) => {
            const person = memberById(target, id);
            if (person === undefined) return;
            const kept = ((person.incomes as Member["incomes"]) ?? []).filter((income) => income.kind !== kind);
            person.incomes = [...kept, ...items];
          },
        });
      }
    }
    if (facts.deceased !== undefined) {
      // Rule 4: a date of death conflicts with the member's being listed (alive).
      out.push({
        ...base,
        late: true,
        key: `${id}|deceased`,
        field: `${at}.deceased`,
        fact: "deceased",
        value: facts.deceased,
        recorded: null,
        overlay: (target) => {
          target.members = target.members.filter((person) => person.id !== id);
          const status = target.status;
          if (status?.specialHardshipMemberIds != null) target.status = { ...status, specialHardshipMemberIds: status.specialHardshipMemberIds.filter((other) => other !== id) };
        },
      });
    }
    if (facts.assetFlags !== undefined && member.ownAssetsCompliant === true) {
      // Rule 4: a registration found conflicts with a compliant finding, and with nothing else; overlaid, the finding is not given.
      out.push({
        ...base,
        key: `${id}|ownAssetsCompliant`,
        field: `${at}.ownAssetsCompliant`,
        fact: "ownAssetsCompliant",
        value: null,
        recorded: true,
        overlay: (target) => {
          const person = memberById(target, id);
          if (person !== undefined) person.ownAssetsCompliant = undefined;
        },
      });
    }
    return out;
  }
  const base = { memberId: null, source, late: false };
  if (facts.housing !== undefined && "dwellingSafety" in facts.housing) {
    const value = facts.housing.dwellingSafety ?? null;
    out.push({
      ...base,
      key: "|housing.dwellingSafety",
      field: "housing.dwellingSafety",
      fact: "housing.dwellingSafety",
      value,
      recorded: household.housing?.dwellingSafety ?? null,
      overlay: (target) => {
        target.housing = { ...(target.housing ?? {}), dwellingSafety: value as NonNullable<Household["housing"]>["dwellingSafety"] };
      },
    });
  }
  if (facts.rigidExpenditure !== undefined) {
    const stated = facts.rigidExpenditure.items;
    // Rule 4: rigid expenditure compares by item kind, the annual sum; absent in the caseload is unknown (null).
    for (const kind of [...new Set(stated.map((item) => item.kind))]) {
      const items = stated.filter((item) => item.kind === kind);
      const recordedItems = household.rigidExpenditure?.items;
      out.push({
        ...base,
        key: `|rigidExpenditure|${kind}`,
        field: `rigidExpenditure.items[kind=${kind}]`,
        fact: `rigidExpenditure.items[kind=${kind}]`,
        value: sum(items.map((item) => item.annual)),
        recorded: recordedItems == null ? null : sum(recordedItems.filter((item) => item.kind === kind).map((item) => item.annual)),
        overlay: (target) => {
          const kept = (target.rigidExpenditure?.items ?? []).filter((item) => item.kind !== kind);
          target.rigidExpenditure = { items: [...kept, ...items] };
        },
      });
    }
  }
  if (facts.assetFlags !== undefined && household.assets?.compliant === true) {
    out.push({
      ...base,
      key: "|assets.compliant",
      field: "assets.compliant",
      fact: "assets.compliant",
      value: null,
      recorded: true,
      overlay: (target) => {
        target.assets = { compliant: undefined };
      },
    });
  }
  return out;
}

/** What a record shows of a field: the asset flags themselves for a registration found, else the value compared. */
function shownValue(stated: Stated): unknown {
  if (stated.fact === "ownAssetsCompliant" || stated.fact === "assets.compliant") return stated.source.record.facts.assetFlags ?? null;
  if (stated.fact.startsWith("incomes[")) return stated.value;
  return stated.value;
}

/** One field with the values that stand (rule 3: a department and dataset's latest `asOf`), and whether they conflict. */
interface FieldComparison {
  readonly key: string;
  readonly field: string;
  readonly fact: string;
  readonly memberId: string | null;
  readonly recorded: unknown;
  /** The standing values, one per department, dataset and value, in file order. */
  readonly standing: readonly Stated[];
  /** The distinct values among them (canonical JSON → one of the values). */
  readonly distinct: readonly Stated[];
}

function compareFields(stated: readonly Stated[]): FieldComparison[] {
  const byKey = new Map<string, Stated[]>();
  for (const item of stated) {
    const list = byKey.get(item.key);
    if (list === undefined) byKey.set(item.key, [item]);
    else list.push(item);
  }
  const out: FieldComparison[] = [];
  for (const items of byKey.values()) {
    // Rule 3: per department and dataset the latest asOf stands; the same asOf with different values all stand.
    const latest = new Map<string, string>();
    for (const item of items) {
      const who = `${item.source.record.department}\u0000${item.source.record.dataset ?? ""}`;
      const seen = latest.get(who);
      if (seen === undefined || item.source.record.asOf > seen) latest.set(who, item.source.record.asOf);
    }
    const standing: Stated[] = [];
    const seenValues = new Set<string>();
    const distinct: Stated[] = [];
    for (const item of items) {
      const who = `${item.source.record.department}\u0000${item.source.record.dataset ?? ""}`;
      if (latest.get(who) !== item.source.record.asOf) continue;
      standing.push(item);
      const text = canonicalJson(item.value);
      if (!seenValues.has(text)) {
        seenValues.add(text);
        distinct.push(item);
      }
    }
    const first = items[0] as Stated;
    out.push({ key: first.key, field: first.field, fact: first.fact, memberId: first.memberId, recorded: first.recorded, standing, distinct });
  }
  return out;
}

function conflicts(comparison: FieldComparison): boolean {
  return comparison.distinct.length > 1 || canonicalJson((comparison.distinct[0] as Stated).value) !== canonicalJson(comparison.recorded);
}

function overlaid(household: Household, overlays: readonly Stated[]): Household {
  const copy = structuredClone(household) as unknown as Mutable;
  for (const item of overlays) if (!item.late) item.overlay(copy);
  for (const item of overlays) if (item.late) item.overlay(copy);
  return copy as unknown as Household;
}

type Decision = { readonly household: Household; readonly determination: Determination } | { readonly invalid: InvalidInputError };

function decideSafely(decide: Decide, household: Household, options: EvaluateOptions): Decision {
  try {
    return { household, determination: decide(household, options) };
  } catch (error) {
    if (error instanceof InvalidInputError) return { invalid: error };
    throw error;
  }
}

function draftOf(determination: Determination): Draft {
  const sections = determination as unknown as Readonly<Record<string, unknown>>;
  return new Map(PROGRAMME_LIST.map((programme) => [programme.section.key, sections[programme.section.key]])) as Draft;
}

/** An entry's amount as `changes` shows it: for specialHardship, basic + care; else the entry's amount. */
function amountOf(determination: Determination, section: string, memberId: string | null, fallback: MoneyString | null): MoneyString | null {
  if (section !== "specialHardship" || memberId === null) return fallback;
  const entries = (determination as unknown as { specialHardship?: ReadonlyArray<{ memberId: string; basicMonthly: string | null; careMonthly: string | null }> }).specialHardship ?? [];
  const entry = entries.find((item) => item.memberId === memberId);
  if (entry === undefined || entry.basicMonthly === null) return fallback;
  return sum([entry.basicMonthly, entry.careMonthly ?? "0"]);
}

interface Change extends RecordChange {
  readonly item: string | null;
}

/** The entries whose status or amount differ between the two determinations (each section's own test first). */
function changesBetween(base: Determination, other: Determination): Change[] {
  return alternativeChanges(draftOf(base), draftOf(other)).flatMap((change) => {
    const from = { status: change.status, monthlyAmount: amountOf(base, change.section, change.memberId, change.amount) };
    const to = { status: change.alternativeStatus, monthlyAmount: amountOf(other, change.section, change.memberId, change.alternativeAmount) };
    if (from.status === to.status && from.monthlyAmount === to.monthlyAmount) return [];
    return [{ section: change.section, memberId: change.memberId, item: change.item, from, to }];
  });
}

const NEEDS_REVIEW = { status: "needs-review", monthlyAmount: null } as const;

/**
 * Rule 6 for `changes`: each value decided alone; an entry every value changes the same way takes that
 * change; one the values change differently (or only some change) is `needs-review`.
 */
function mergedChanges(variants: readonly Change[][]): RecordChange[] {
  if (variants.length === 1) return (variants[0] as Change[]).map(({ item: _item, ...change }) => change);
  const keys = new Map<string, Change>();
  for (const list of variants) for (const change of list) if (!keys.has(`${change.section}|${change.memberId ?? ""}|${change.item ?? ""}`)) keys.set(`${change.section}|${change.memberId ?? ""}|${change.item ?? ""}`, change);
  const out: RecordChange[] = [];
  for (const [key, first] of keys) {
    const tos = variants.map((list) => list.find((change) => `${change.section}|${change.memberId ?? ""}|${change.item ?? ""}` === key)?.to ?? first.from);
    const same = tos.every((to) => to.status === (tos[0] as RecordChange["to"]).status && to.monthlyAmount === (tos[0] as RecordChange["to"]).monthlyAmount);
    out.push({ section: first.section, memberId: first.memberId, from: first.from, to: same ? (tos[0] as RecordChange["to"]) : NEEDS_REVIEW });
  }
  return out;
}

function invalidChange(error: InvalidInputError): Change {
  return { section: "household", memberId: null, item: null, from: { status: "valid", monthlyAmount: null }, to: { status: `invalid: ${error.issues.map((issue) => `${issue.path} ${issue.message}`).join("; ")}`, monthlyAmount: null } };
}

function departmentalValue(item: Stated): DepartmentalValue {
  const record: DepartmentalRecord = item.source.record;
  return { department: record.department, dataset: record.dataset, asOf: record.asOf, reference: record.reference, value: shownValue(item), line: item.source.line };
}

function conflictFinding(comparison: FieldComparison, changes: readonly RecordChange[], lastReviewed: string | null): AuditFinding {
  const departments = [...new Set(comparison.standing.map((item) => item.source.record.department))];
  const clauses = ["cq-daily-2020-09/data-comparison", ...(departments.some((name) => EDUCATION_DATA_DEPARTMENTS.has(name)) ? ["cq-daily-2020-09/education-data"] : []), "saim/art-13"];
  const agreed = comparison.distinct.length === 1;
  const shownRecorded = comparison.fact === "ownAssetsCompliant" || comparison.fact === "assets.compliant" ? true : comparison.recorded;
  return {
    code: "record-conflict",
    section: RECORDS_SECTION,
    memberId: comparison.memberId,
    basis: "departmental",
    field: comparison.field,
    recorded: { value: shownRecorded as never },
    decided: { value: agreed ? ((comparison.distinct[0] as Stated).value as never) : null },
    departmental: comparison.standing.map(departmentalValue),
    changes,
    recordPredatesReview: lastReviewed !== null && comparison.standing.every((item) => item.source.record.asOf < lastReviewed),
    monthlyDifference: null,
    direction: null,
    missing: agreed ? [] : [comparison.field],
    reasons: [
      test("records.comparison", agreed ? "not-met" : "unknown", clauses, {
        values: { field: comparison.field, departments, values: comparison.distinct.length, changes: changes.length },
        missing: agreed ? [] : [comparison.field],
      }),
    ],
  };
}

/** Every combination of one value per disagreeing field (rule 6), at most `LIMIT`: beyond it, the values are taken in step. */
const VARIANT_LIMIT = 32;
function variantsOf(fields: readonly FieldComparison[]): Stated[][] {
  let product: Stated[][] = [[]];
  for (const field of fields) {
    const next: Stated[][] = [];
    for (const partial of product) for (const value of field.distinct) next.push([...partial, value]);
    product = next;
    if (product.length > VARIANT_LIMIT) {
      const steps = Math.max(...fields.map((each) => each.distinct.length));
      return Array.from({ length: steps }, (_, index) => fields.map((each) => each.distinct[Math.min(index, each.distinct.length - 1)] as Stated));
    }
  }
  return product;
}

function findingKey(finding: AuditFinding): string {
  return `${finding.code}|${finding.section}|${finding.memberId ?? ""}|${finding.monthlyDifference ?? ""}`;
}

/** What the comparison gives one household. */
export interface DepartmentalComparison {
  /** `record-conflict` findings, then the departmental findings of rule 8. */
  readonly findings: readonly AuditFinding[];
  /** The stake of the comparison with every record overlaid (rule 8). */
  readonly monthlyAtStakeIfRecordsHold: MoneyString;
  /** Lines of the records used (matched), and of those naming a member the household does not list. */
  readonly usedLines: readonly number[];
  readonly unmatchedLines: readonly number[];
  /** The comparison found something beyond the conflicts themselves. */
  readonly differs: boolean;
}

/**
 * Compares one household (validated, decided as `determination`, with its `declared` findings) with its
 * departmental records: rules 3–8 of the contract's "Departmental records".
 */
export function compareWithRecords(
  household: Household,
  determination: Determination,
  declared: readonly AuditFinding[],
  records: readonly IndexedRecord[],
  options: EvaluateOptions,
  decide: Decide,
): DepartmentalComparison {
  const stated: Stated[] = [];
  const usedLines: number[] = [];
  const unmatchedLines: number[] = [];
  for (const source of records) {
    const facts = statedFacts(source, household);
    if (facts === "unmatched") unmatchedLines.push(source.line);
    else {
      usedLines.push(source.line);
      stated.push(...facts);
    }
  }
  const declaredStake = stakeOf(declared);
  const fields = compareFields(stated).filter(conflicts);
  if (fields.length === 0) return { findings: [], monthlyAtStakeIfRecordsHold: declaredStake, usedLines, unmatchedLines, differs: false };
  const lastReviewed = household.status?.dibao?.lastReviewed ?? null;

  // The re-decision with every record overlaid (rule 5), once per combination of disagreeing values (rule 6).
  const agreed = fields.filter((field) => field.distinct.length === 1).map((field) => field.distinct[0] as Stated);
  const disagreeing = fields.filter((field) => field.distinct.length > 1);
  const variants = variantsOf(disagreeing).map((choice) => decideSafely(decide, overlaid(household, [...agreed, ...choice]), options));

  // Each field alone (rule 7's `changes`); with one field and one value, that is the full overlay already decided.
  const conflictFindings = fields.map((field) => {
    const alone = fields.length === 1 && field.distinct.length === 1 ? [variants[0] as Decision] : field.distinct.map((value) => decideSafely(decide, overlaid(household, [value]), options));
    const changes = mergedChanges(alone.map((decision) => ("invalid" in decision ? [invalidChange(decision.invalid)] : changesBetween(determination, decision.determination))));
    return conflictFinding(field, changes, lastReviewed);
  });

  // Rule 8: the comparison of each re-decision with the recorded status; a finding every variant makes alike stands, else undecidable.
  const perVariant = variants.map((decision) =>
    "invalid" in decision
      ? [invalidFinding(decision.invalid)]
      : comparisonFindings(decision.household, decision.determination).map((finding) => ({ ...finding, basis: "departmental" as const })),
  );
  const comparison = mergeVariants(perVariant, disagreeing.map((field) => field.field));
  const ordinary = new Set(declared.map(findingKey));
  const fresh = comparison.filter((finding) => !ordinary.has(findingKey(finding)));
  return { findings: [...conflictFindings, ...fresh], monthlyAtStakeIfRecordsHold: stakeOf(comparison), usedLines, unmatchedLines, differs: fresh.length > 0 };
}

/** The re-decision found the overlaid household invalid (every counted member removed, say): rule 5. */
function invalidFinding(error: InvalidInputError): AuditFinding {
  return {
    code: "undecidable",
    section: RECORDS_SECTION,
    memberId: null,
    basis: "departmental",
    recorded: {},
    decided: { invalid: error.issues.map((issue) => `${issue.path}: ${issue.message}`) },
    monthlyDifference: null,
    direction: null,
    missing: error.issues.map((issue) => issue.path),
    reasons: [test("records.overlay-invalid", "unknown", ["cq-daily-2020-09/data-comparison", "saim/art-13"], { values: { issues: error.issues.length }, missing: error.issues.map((issue) => issue.path) })],
  };
}

function groupKey(finding: AuditFinding): string {
  return `${finding.section}|${finding.memberId ?? ""}`;
}

/** Rule 6 for the findings: per section and member, the findings every variant makes alike stand; else one undecidable naming the fields. */
function mergeVariants(perVariant: readonly AuditFinding[][], fields: readonly string[]): AuditFinding[] {
  if (perVariant.length === 1) return perVariant[0] as AuditFinding[];
  const groups = new Map<string, AuditFinding[][]>();
  perVariant.forEach((findings, index) => {
    for (const finding of findings) {
      const key = groupKey(finding);
      let slot = groups.get(key);
      if (slot === undefined) {
        slot = perVariant.map(() => []);
        groups.set(key, slot);
      }
      (slot[index] as AuditFinding[]).push(finding);
    }
  });
  const out: AuditFinding[] = [];
  for (const slot of groups.values()) {
    const signatures = slot.map((findings) => findings.map(findingKey).join("\n"));
    if (signatures.every((signature) => signature === signatures[0])) {
      out.push(...(slot[0] as AuditFinding[]));
      continue;
    }
    const sample = slot.find((findings) => findings.length > 0)?.[0] as AuditFinding;
    out.push({ ...sample, code: "undecidable", decided: { status: "needs-review" }, monthlyDifference: null, direction: null, missing: [...fields], reasons: slot.flatMap((findings) => findings.flatMap((finding) => finding.reasons)) });
  }
  return out;
}
