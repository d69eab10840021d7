/**
 * What the other reading of an interpretation would have decided, entry by entry (W-INTERPRETATION's
 * `alternatives`): the engine decides the household again under the other reading and, for every section
 * whose programme says the outcome differs, lists the entries decided differently with the status and
 * amount under each reading. Sections are read by shape, so a new programme is covered without an edit
 * here: a section with a `status` is one entry; a list holds one entry per element; an object of objects
 * with a `status` (`lowIncome`) one entry per member object.
 */
import type { AlternativeChange } from "../model/determination.js";
import { sameWithoutReasons } from "../rules/compare.js";
import { PROGRAMME_LIST, type Draft } from "../rules/index.js";

interface Entry {
  readonly key: string;
  readonly memberId: string | null;
  readonly item: string | null;
  readonly status: string | null;
  readonly amount: string | null;
  readonly value: object;
}

type Fields = Readonly<Record<string, unknown>>;

function text(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

/** An entry's amount: its monthly amount, or the basic standard of an extreme-poverty entry. */
function amountOf(fields: Fields): string | null {
  return text(fields.monthlyAmount) ?? text(fields.basicMonthly);
}

function entry(fields: Fields, item: string | null, key: string): Entry {
  return { key, memberId: text(fields.memberId), item, status: text(fields.status), amount: amountOf(fields), value: fields };
}

function isObject(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The entries of one section, each with a key that finds the same entry under the other reading. */
function entriesOf(section: unknown): Entry[] {
  if (Array.isArray(section)) {
    // One member may have several entries (a programme each, a category each): those names are the item.
    const seen = new Map<string, number>();
    return section.filter(isObject).map((fields) => {
      const item = text(fields.programme) ?? text(fields.code) ?? null;
      const base = `${text(fields.memberId) ?? ""}|${item ?? ""}`;
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      return entry(fields, item ?? text(fields.route), `${base}|${count}`);
    });
  }
  if (!isObject(section)) return [];
  if ("status" in section) return [entry(section, null, "")];
  return Object.entries(section)
    .filter((pair): pair is [string, Fields] => isObject(pair[1]) && "status" in pair[1])
    .map(([name, fields]) => entry(fields, name, name));
}

/** Every entry the two drafts decided differently (reasons aside), in registry order, then entry order. */
export function alternativeChanges(decided: Draft, alternative: Draft): AlternativeChange[] {
  const changes: AlternativeChange[] = [];
  for (const programme of PROGRAMME_LIST) {
    const key = programme.section.key;
    const ours = decided.get(key) ?? programme.empty;
    const theirs = alternative.get(key) ?? programme.empty;
    if (ours === undefined || theirs === undefined || programme.sameOutcome(ours, theirs)) continue;
    const before = entriesOf(ours);
    const after = new Map(entriesOf(theirs).map((item) => [item.key, item]));
    const listed = new Set<string>();
    for (const item of before) {
      const other = after.get(item.key);
      listed.add(item.key);
      if (other !== undefined && sameWithoutReasons(item.value, other.value)) continue;
      changes.push({
        section: key,
        memberId: item.memberId,
        item: item.item,
        status: item.status,
        amount: item.amount,
        alternativeStatus: other?.status ?? null,
        alternativeAmount: other?.amount ?? null,
      });
    }
    for (const other of after.values()) {
      if (listed.has(other.key)) continue;
      changes.push({ section: key, memberId: other.memberId, item: other.item, status: null, amount: null, alternativeStatus: other.status, alternativeAmount: other.amount });
    }
  }
  return changes;
}
