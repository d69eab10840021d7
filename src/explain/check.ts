/**
 * What `explain()` is given, checked before a word is written: a determination of this version (the
 * output of `evaluate()`, or its JSON parsed back) and options it knows. A wrong argument is an input
 * error naming what is wrong, never a bare TypeError from deep inside the renderer.
 */
import { parseDetermination } from "../engine/determination.js";
import { InvalidOptionsError, type InputIssue } from "../model/errors.js";
import type { ExplainClauses, ExplainFormat, ExplainLanguage } from "./explain.js";

const LANGUAGES: readonly ExplainLanguage[] = ["zh-CN", "en"];
const FORMATS: readonly ExplainFormat[] = ["text", "markdown"];
const CLAUSES: readonly ExplainClauses[] = ["compact", "full"];

/**
 * Throws `InvalidDeterminationError` when `determination` is not a determination of this version, and
 * `InvalidOptionsError` when `options` name a language, format or clause list explain() does not write.
 */
export function checkExplainArguments(determination: unknown, options: unknown): void {
  parseDetermination(determination);
  if (options === undefined || options === null) return;
  if (typeof options !== "object") throw new InvalidOptionsError([{ path: "", message: 'explain options must be an object such as { lang: "en", format: "markdown" }' }]);
  const { lang, format, clauses } = options as { lang?: unknown; format?: unknown; clauses?: unknown };
  const issues: InputIssue[] = [];
  if (lang !== undefined && !(LANGUAGES as readonly unknown[]).includes(lang)) issues.push({ path: "lang", message: `must be "zh-CN" or "en", not ${JSON.stringify(lang)}` });
  if (format !== undefined && !(FORMATS as readonly unknown[]).includes(format)) issues.push({ path: "format", message: `must be "text" or "markdown", not ${JSON.stringify(format)}` });
  if (clauses !== undefined && !(CLAUSES as readonly unknown[]).includes(clauses)) issues.push({ path: "clauses", message: `must be "compact" or "full", not ${JSON.stringify(clauses)}` });
  if (issues.length > 0) throw new InvalidOptionsError(issues);
}
