/** The CLI commands: evaluate, test, schema, clauses. Each returns its exit code. */
import { parseArgs } from "node:util";
import { evaluateInput, validateParameters } from "../engine/evaluate.js";
import { explain, type ExplainClauses, type ExplainFormat, type ExplainLanguage } from "../explain/explain.js";
import { clauseTitle } from "../explain/authority.js";
import { householdJsonSchema } from "../model/json-schema.js";
import { determinationJsonSchema } from "../engine/determination.js";
import { clauseCatalogue, getSource } from "../policy/clauses.js";
import { InvalidFixtureError, runFixture, type Fixture } from "../testing/fixtures.js";
import { parseJsonText, readParameters, readText } from "./io.js";
import { MAX_LINE_BYTES } from "./batch-lines.js";

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** A flag's value from a fixed list, or `fallback` when not given; another value is a usage error. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")}`);
}

/** `--lang`: zh-CN (also written `zh`) or en; zh-CN when not given. */
export function langOption(value: string | undefined): ExplainLanguage {
  return oneOf<ExplainLanguage>(value === "zh" ? "zh-CN" : value, ["zh-CN", "en"], "--lang (zh-CN, also zh, or en)", "zh-CN");
}

export async function evaluateCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      "as-of": { type: "string" },
      format: { type: "string" },
      lang: { type: "string" },
      clauses: { type: "string" },
      parameters: { type: "string" },
    },
  });
  if (values["as-of"] === undefined) throw new UsageError("evaluate needs --as-of YYYY-MM-DD");
  if (positionals.length > 1) throw new UsageError("evaluate takes one FILE (or - for standard input)");
  // Asking for a language or a clause list asks for prose: --lang or --clauses without --format gives the explanation as text.
  const format = oneOf(values.format, ["json", "text", "markdown"] as const, "--format", values.lang === undefined && values.clauses === undefined ? "json" : "text");
  const lang = langOption(values.lang);
  const clauses = oneOf<ExplainClauses>(values.clauses, ["compact", "full"], "--clauses", "compact");
  if (values.clauses !== undefined && format === "json") throw new UsageError("--clauses shapes the explanation, which --format json does not print: use --format text or markdown");
  const parameters = values.parameters === undefined ? undefined : await readParameters(values.parameters);
  // The parameter file is checked whole before the household is read (issue 23).
  validateParameters(parameters);
  // The same limit as a line of batch: the largest household the contract allows is about 1.2 MB.
  const household = parseJsonText(readText(positionals[0], MAX_LINE_BYTES), positionals[0] === undefined || positionals[0] === "-" ? "standard input" : positionals[0]);
  const determination = evaluateInput(household, { asOf: values["as-of"], parameters: parameters as never });
  io.out(format === "json" ? `${JSON.stringify(determination, null, 2)}\n` : explain(determination, { lang, format: format as ExplainFormat, clauses }));
  return 0;
}

function show(value: unknown): string {
  return value === undefined ? "(absent)" : JSON.stringify(value);
}

export async function testCommand(args: readonly string[], io: Io): Promise<number> {
  const { positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: {} });
  if (positionals.length === 0) throw new UsageError("test needs at least one fixture file or folder");
  let passed = 0;
  let failed = 0;
  // Loaded for this command only: fixture loading brings the YAML parser, which other commands never need at start-up.
  const { findFixtureFiles, loadFixtureFile } = await import("../testing/load.js");
  // Every file is read: one that is not a fixture is reported and the rest still run.
  const fixtures: Fixture[] = [];
  let invalid = 0;
  const names = new Map<string, string>();
  for (const file of findFixtureFiles(positionals)) {
    try {
      const fixture = loadFixtureFile(file);
      const previous = names.get(fixture.name);
      if (previous !== undefined) throw new InvalidFixtureError([{ path: file, message: `duplicate fixture name "${fixture.name}" (also in ${previous})` }]);
      names.set(fixture.name, file);
      fixtures.push(fixture);
    } catch (error) {
      if (!(error instanceof InvalidFixtureError)) throw error;
      invalid++;
      io.err(`INVALID ${file}: ${error.message}\n`);
    }
  }
  for (const fixture of fixtures) {
    const result = runFixture(fixture);
    if (result.passed) {
      passed++;
      continue;
    }
    failed++;
    for (const difference of result.differences) {
      io.out(`FAIL ${result.name} (${result.file ?? "?"}): ${difference.path || "(root)"} expected ${show(difference.expected)}, got ${show(difference.actual)}\n`);
    }
  }
  io.out(`${passed} passed, ${failed} failed${invalid > 0 ? `, ${invalid} invalid fixture ${invalid === 1 ? "file" : "files"}` : ""}\n`);
  return failed === 0 && invalid === 0 ? 0 : 1;
}

/** `schema [--determination]`: the household's JSON Schema (the input), or with --determination the determination's (the output). */
export function schemaCommand(args: readonly string[], io: Io): number {
  const { values } = parseArgs({ args: [...args], allowPositionals: false, strict: true, options: { determination: { type: "boolean" } } });
  io.out(`${JSON.stringify(values.determination === true ? determinationJsonSchema() : householdJsonSchema(), null, 2)}\n`);
  return 0;
}

/** `clauses [--lang zh-CN|en] [--format text|json]`: the clause catalogue; JSON gives every clause with its source entry. */
export function clausesCommand(args: readonly string[], io: Io): number {
  const { values } = parseArgs({ args: [...args], allowPositionals: false, strict: true, options: { lang: { type: "string" }, format: { type: "string" } } });
  const lang = langOption(values.lang);
  if (oneOf(values.format, ["text", "json"] as const, "--format", "text") === "json") {
    const clauses = clauseCatalogue.map((clause) => ({ ...clause, title: clauseTitle(clause, getSource(clause.source), lang), sourceEntry: getSource(clause.source) ?? null }));
    io.out(`${JSON.stringify({ lang, clauses }, null, 2)}\n`);
    return 0;
  }
  for (const clause of clauseCatalogue) {
    const source = getSource(clause.source);
    io.out(`${clause.id}  ${source === undefined ? clause.source : clauseTitle(clause, source, lang)}\n  ${lang === "en" ? clause.en : clause.zh}\n`);
  }
  return 0;
}
