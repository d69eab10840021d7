/**
 * The line tasks the NDJSON machinery of `batch` runs, by name: a worker thread is started with a spec
 * (plain data, as `workerData`) and builds its task from it, once.
 */
import type { PackedRecords } from "../audit/records.js";
import type { EvaluateOptions } from "../engine/evaluate.js";
import { auditTask } from "./audit-lines.js";
import { evaluateTask, type LineTask } from "./batch-lines.js";
import { impactTask, type ImpactTaskSpec } from "./impact-lines.js";

/** Which task: `batch`'s (one determination per line), `audit`'s (one household audit per line, `keep` worst households kept for the report) or `impact`'s (one comparison per line). */
export type LineTaskKind = { readonly kind: "evaluate" } | { readonly kind: "audit"; readonly keep: number; readonly records?: PackedRecords } | ({ readonly kind: "impact" } & ImpactTaskSpec);

/** A task and the options every line is decided with. */
export type LineTaskSpec = LineTaskKind & { readonly options: EvaluateOptions };

export function lineTask(spec: LineTaskSpec): LineTask {
  if (spec.kind === "impact") return impactTask(spec);
  return spec.kind === "audit" ? auditTask(spec.options, spec.keep, spec.records) : evaluateTask(spec.options);
}
