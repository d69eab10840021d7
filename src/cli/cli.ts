/**
 * The `social-assistance-rules` command line, as a function of its arguments (testable without a process). Exit codes: 0 done; 1 fixtures failed or an internal fault;
 * 2 invalid input or usage. Errors go to stderr as readable messages naming the field, never a stack.
 */
import { InvalidInputError } from "../model/errors.js";
import { ENGINE_NAME, ENGINE_VERSION } from "../version.js";
import { auditCommand } from "./audit.js";
import { batchCommand } from "./batch.js";
import { clausesCommand, evaluateCommand, schemaCommand, testCommand, UsageError, type Io } from "./commands.js";

export type { Io } from "./commands.js";

type Command = (args: readonly string[], io: Io) => number | Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  evaluate: evaluateCommand,
  batch: batchCommand,
  audit: auditCommand,
  test: testCommand,
  schema: schemaCommand,
  clauses: clausesCommand,
};

const USAGE = `Usage: ${ENGINE_NAME} <command> [options]

Commands:
  evaluate [FILE|-] --as-of YYYY-MM-DD [--format json|text|markdown] [--lang zh-CN|en] [--parameters FILE]
  batch --as-of YYYY-MM-DD [--workers N] [--parameters FILE]
                               NDJSON households on stdin, one determination per line on stdout
  audit [FILE|-] --as-of YYYY-MM-DD [--summary FILE] [--report FILE] [--lang zh-CN|en]
        [--report-limit N] [--workers N] [--parameters FILE]
                               caseload audit (错保 / 漏保): recorded status against the rules,
                               one line of findings per household on stdout
  test PATH...                 run policy fixtures (files or folders)
  schema                       print the JSON Schema of a household
  clauses [--lang zh-CN|en]    list the clause catalogue
  --version, --help
`;

function isParseArgsError(error: unknown): error is Error {
  return error instanceof TypeError && typeof (error as { code?: unknown }).code === "string" && String((error as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS");
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.err : io.out)(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === "--version") {
    io.out(`${ENGINE_VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.err(`${ENGINE_NAME}: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof InvalidInputError) {
      io.err(`${ENGINE_NAME}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`${ENGINE_NAME}: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.err(`${ENGINE_NAME}: internal error: ${message}\nPlease report it with the input that caused it.\n`);
    return 1;
  }
}
