/**
 * The `social-assistance-rules` command line, as a function of its arguments (testable without a
 * process). Exit status: 0 done; 1 fixtures failed or an internal fault; 2 invalid input or usage;
 * 3 from `batch`, `audit` and `impact` when some lines were errors (the rest decided). Errors go to stderr as readable
 * messages naming the field, never a stack. Every command answers `--help` (`-h`).
 */
import { InvalidInputError } from "../model/errors.js";
import { ENGINE_NAME, ENGINE_VERSION } from "../version.js";
import { auditCommand } from "./audit.js";
import { batchCommand } from "./batch.js";
import { impactCommand } from "./impact.js";
import { parametersCommand } from "./parameters.js";
import { clausesCommand, evaluateCommand, schemaCommand, testCommand, UsageError, type Io } from "./commands.js";
import { clearPendingOutputs, OutputFileError } from "./output-file.js";

export type { Io } from "./commands.js";

type Command = (args: readonly string[], io: Io) => number | Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  evaluate: evaluateCommand,
  batch: batchCommand,
  audit: auditCommand,
  impact: impactCommand,
  test: testCommand,
  schema: schemaCommand,
  clauses: clausesCommand,
  parameters: parametersCommand,
};

const USAGE = `Usage: ${ENGINE_NAME} <command> [options]     (${ENGINE_NAME} <command> --help for more)

Commands:
  evaluate [FILE|-] --as-of YYYY-MM-DD [--format json|text|markdown] [--lang zh-CN|zh|en]
           [--clauses compact|full] [--parameters FILE]
  batch [FILE|-] --as-of YYYY-MM-DD [--workers N] [--parameters FILE]
                               NDJSON households in, one determination per line on stdout
  audit [FILE|-] --as-of YYYY-MM-DD [--summary FILE] [--report FILE] [--lang zh-CN|en]
        [--report-limit N] [--workers N] [--parameters FILE] [--records FILE]
                               caseload audit (错保 / 漏保): recorded status against the rules,
                               one line of findings per household on stdout
  impact [FILE|-] --as-of YYYY-MM-DD --reform FILE [--reform FILE …] [--baseline FILE]
         [--baseline-as-of YYYY-MM-DD] [--summary FILE] [--report FILE] [--lang zh-CN|en]
         [--report-limit N] [--workers N]
                               reform impact: each household under the baseline and the reform(s),
                               one comparison per line on stdout; cost, entering, leaving, bands
  test PATH...                 run policy fixtures (files or folders)
  schema [--determination]     print the JSON Schema of a household (or of a determination)
  clauses [--lang zh-CN|zh|en] [--format text|json]
                               list the clause catalogue
  parameters [--as-of YYYY-MM-DD] [--format text|json]
                               the parameter series a --parameters file can override
  --version, --help

Exit status: 0 done; 1 fixtures failed or internal fault; 2 invalid input or usage;
3 batch, audit: some lines were errors (the others were decided); impact likewise.
`;

const LANG = "  --lang zh-CN|zh|en      language of the text (default zh-CN; zh is zh-CN)";
const PARAMETERS = "  --parameters FILE       a parameter override, JSON or YAML: another city's figures or a what-if";
const AS_OF = "  --as-of YYYY-MM-DD      the assessment date (required)";
const HELP_FLAG = "  -h, --help              this help";

/** Each command's `--help`. */
const HELP: Readonly<Record<string, string>> = {
  evaluate: `Usage: ${ENGINE_NAME} evaluate [FILE|-] --as-of YYYY-MM-DD [options]

Decides one household (JSON, from FILE or standard input) and prints the determination.

${AS_OF}
  --format json|text|markdown
                          json (the default), or the explanation as text or Markdown
${LANG};
                          --lang without --format prints the explanation as text
  --clauses compact|full  the explanation's closing list of authorities (依据 / Authority):
                          compact (the default) one line per clause cited, its id and short
                          title; full also quotes each clause's text (implies text, as --lang does)
${PARAMETERS}
${HELP_FLAG}

Exit status: 0 decided; 2 invalid household, options or usage; 1 internal fault.
`,
  batch: `Usage: ${ENGINE_NAME} batch [FILE|-] --as-of YYYY-MM-DD [options]

Decides a caseload: NDJSON, one household per line, from FILE or standard input; writes one line per
household to standard output, in input order: its determination, or {"line": N, "id": …, "error": …}
(the id when one could be read). Blank lines are skipped and counted. A summary goes to standard
error, and a progress line every second when standard error is a terminal.

${AS_OF}
  --workers N             worker threads (default and maximum: the available cores; 0 decides
                          on the main thread). By default the second and later start only once
                          the input is large enough to repay their warm-up (10 000 lines for 2)
${PARAMETERS}
${HELP_FLAG}

Exit status: 0 every line decided; 3 some lines were errors (the others were decided);
2 usage, unreadable file or invalid options; 1 internal fault.
`,
  audit: `Usage: ${ENGINE_NAME} audit [FILE|-] --as-of YYYY-MM-DD [options]

Caseload audit (错保 / 漏保): each household's recorded status against the rules, one line of
findings per household on standard output, in input order.

${AS_OF}
  --summary FILE          write the summary as JSON
  --report FILE           write the HTML report
  --report-limit N        households shown in detail in the report
  --records FILE          other departments' records (NDJSON, 数据比对): compared with the caseload,
                          each difference a record-conflict finding (never used in the determination)
${LANG}
  --workers N             worker threads (default and maximum: the available cores; by default
                          the second and later start only once the input repays their warm-up)
${PARAMETERS}
${HELP_FLAG}

Exit status: 0 every line audited; 3 some lines were invalid (the others were audited; the report
lists them); 2 usage, unreadable file, invalid options, or an output file that cannot be written or
would write over an input; 1 internal fault, or the run was cut short before its files were written.
`,
  impact: `Usage: ${ENGINE_NAME} impact [FILE|-] --as-of YYYY-MM-DD --reform FILE [options]

Reform impact over a caseload (NDJSON, one household per line, from FILE or standard input): each
household decided under the baseline and under each reform step, one line per household on standard
output, in input order: per paying programme (dibao, singlePersonReferrals, specialHardship) the
baseline and reform status and monthly amount and the difference, the band of the change and the
reasons whose outcome changed; or {"line": N, "id": …, "error": …}. A line may carry a numeric
"weight" (a survey weight) that weights the summary. Definitions: docs/impact.md.

  --as-of YYYY-MM-DD      the date the reform is assessed on (required)
  --reform FILE           a reform: a parameter override, JSON or YAML. Repeat it to stack
                          reforms: step k applies the first k files in order (A, A + B, …).
                          Without it (with --baseline-as-of or --baseline) one step changes
                          nothing: --baseline-as-of 2025-10-15 --as-of 2026-02-01 shows what the
                          parameters in force on the later date did to the caseload
  --baseline FILE         an override of the shipped parameters for the baseline
  --baseline-as-of YYYY-MM-DD
                          the date the baseline is assessed on (default --as-of)
  --summary FILE          write the summary as JSON (cost, coverage, entering, leaving, bands by
                          area and decile, low-income tiers), written whole, never over an input
  --workers N             worker threads (default and maximum: the available cores; by default
                          the second and later start only once the input repays their warm-up)
  --report FILE           write the HTML report (one self-contained file: the parameters changed,
                          cost, charts, bands, the households with the largest changes with their
                          reason-level diff and both explanations), written whole, never over an input
  --lang zh-CN|en         the report's language (default zh-CN)
  --report-limit N        households with the largest changes shown in the report (default 50)
${HELP_FLAG}

Exit status: 0 every line compared; 3 some lines were errors (the others were compared);
2 usage, unreadable file, or an invalid reform or baseline (before any line); 1 internal fault.
`,
  test: `Usage: ${ENGINE_NAME} test PATH...

Runs policy fixtures (YAML or JSON files, or folders of them): prints each difference from what a
fixture expects and the counts. A file that is not a valid fixture is reported and the rest still run.

${HELP_FLAG}

Exit status: 0 every fixture passed; 1 some failed or were invalid; 2 usage or a missing path.
`,
  schema: `Usage: ${ENGINE_NAME} schema [--determination]

Prints the JSON Schema of a household (the input), each field described with its Chinese term.

  --determination         the JSON Schema of a determination (the output) instead
${HELP_FLAG}
`,
  parameters: `Usage: ${ENGINE_NAME} parameters [--as-of YYYY-MM-DD] [--format text|json]

Lists the parameter series of the shipped set (CN-CQ), the ones a --parameters file can override:
each series' name, kind (what its values must be), unit and description, and its values with their
dates and sources — every value, or only the one in force on --as-of.

  --as-of YYYY-MM-DD      show only the value in force on this date
  --format text|json      text (the default) or JSON
${HELP_FLAG}
`,
  clauses: `Usage: ${ENGINE_NAME} clauses [--lang zh-CN|zh|en] [--format text|json]

Lists the clause catalogue: each clause id, its source and its text.

${LANG}
  --format text|json      text (the default), or JSON: every clause with its title and its source's entry
${HELP_FLAG}
`,
};

/** `--help` or `-h` among the arguments, before a \`--\` that ends the options. */
function asksForHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === "--") return false;
    if (arg === "--help" || arg === "-h") return true;
  }
  return false;
}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof TypeError && typeof (error as { code?: unknown }).code === "string" && String((error as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS");
}

/** A usage error in a sentence: node's "Unknown option '--x'. To specify a positional argument …" cut to its point. */
function usageMessage(error: Error): string {
  const unknown = /^Unknown option '([^']*)'/.exec(error.message);
  return unknown === null ? error.message : `unknown option ${unknown[1] ?? ""} (a value starting with "-" goes after --)`;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.err : io.out)(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    io.out(`${ENGINE_VERSION}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    io.err(`${ENGINE_NAME}: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  const help = HELP[name] ?? USAGE;
  if (asksForHelp(args)) {
    io.out(help);
    return 0;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof InvalidInputError || error instanceof OutputFileError) {
      io.err(`${ENGINE_NAME}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`${ENGINE_NAME}: ${usageMessage(error)}\n\n${help}`);
      return 2;
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.err(`${ENGINE_NAME}: internal error: ${message}\nPlease report it with the input that caused it.\n`);
    return 1;
  } finally {
    clearPendingOutputs();
  }
}
