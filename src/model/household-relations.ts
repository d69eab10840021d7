/**
 * The household's rules across fields (ids unique, one applicant, someone counted, known ids in
 * `specialHardshipMemberIds`, a dibao's last review not before its start, a window's end not before its start), read from data of any shape: the
 * schema's refinement applies them to a valid household, and `parseHousehold` to an invalid one too, so
 * a duplicate member id is reported with the field errors, not only once they are fixed (issue 24).
 * Only values of the right type are read; anything else is the field's own error, reported by the schema.
 */
import { isIsoDate } from "./date.js";
import { quoteInput } from "./printable.js";

/** A problem across fields, at a zod-style path. */
export interface RelationIssue {
  readonly path: Array<string | number>;
  readonly message: string;
}

type Loose = Readonly<Record<string, unknown>>;

function record(value: unknown): Loose | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Loose) : undefined;
}

/** Every problem across fields of `household`, in the order the schema's refinement reports them. */
export function householdRelationIssues(household: unknown): RelationIssue[] {
  const issues: RelationIssue[] = [];
  const root = record(household);
  const members = Array.isArray(root?.members) ? (root.members as unknown[]) : [];
  const seen = new Map<string, number>();
  let allIds = true;
  let self: number | undefined;
  members.forEach((entry, index) => {
    const member = record(entry);
    const id = member?.id;
    if (typeof id === "string") {
      const first = seen.get(id);
      if (first !== undefined) issues.push({ path: ["members", index, "id"], message: `duplicate member id ${quoteInput(id)} (also members[${first}].id)` });
      else seen.set(id, index);
    } else allIds = false;
    // "self" is the applicant (申请人): a household has one.
    if (member?.relation === "self") {
      if (self === undefined) self = index;
      else issues.push({ path: ["members", index, "relation"], message: `only one member can be "self" (the applicant, 申请人); members[${self}] already is` });
    }
  });
  // mlg-review-2021/art-7: a household with no counted member has no one to assess.
  if (members.length > 0 && members.every((entry) => record(entry)?.excluded != null)) {
    issues.push({ path: ["members"], message: "at least one member must be counted (not excluded)" });
  }
  const status = record(root?.status);
  const supported = status?.specialHardshipMemberIds;
  // An id is unknown only when every member's id could be read.
  if (allIds && Array.isArray(supported)) {
    supported.forEach((id: unknown, index) => {
      if (typeof id === "string" && !seen.has(id)) issues.push({ path: ["status", "specialHardshipMemberIds", index], message: `no member has id ${quoteInput(id)}` });
    });
  }
  // R12 (issue 30): a review cannot come before the dibao it reviews.
  const dibao = record(status?.dibao);
  const since = dibao?.since;
  const lastReviewed = dibao?.lastReviewed;
  if (typeof since === "string" && typeof lastReviewed === "string" && isIsoDate(since) && isIsoDate(lastReviewed) && lastReviewed < since) {
    issues.push({ path: ["status", "dibao", "lastReviewed"], message: "must not be before since" });
  }
  const window = record(status?.gradualExit);
  const start = window?.start;
  const end = window?.end;
  if (typeof start === "string" && typeof end === "string" && isIsoDate(start) && isIsoDate(end) && start > end) {
    issues.push({ path: ["status", "gradualExit", "end"], message: "must not be before start" });
  }
  return issues;
}
