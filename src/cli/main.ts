/** Entry point of the `social-assistance-rules` bin: wires the CLI to the process. */
import { ENGINE_NAME } from "../version.js";
import { main, type Io } from "./cli.js";
import { unwrittenOutputs } from "./output-file.js";

/**
 * The reader of standard output went away (`clauses | head -1`): stop quietly with status 0, as a Unix
 * filter does, not with a stack trace. Any other output error is a fault.
 */
function readerGone(): void {
  // Files the command was to write at the end (audit --summary, --report) are left as they were
  // (output-file.ts): say so, and do not report success for a run that did not produce them.
  const unwritten = unwrittenOutputs();
  if (unwritten.length === 0) process.exit(0);
  process.stderr.write(`${ENGINE_NAME}: standard output was closed before the run ended; not written (left as they were): ${unwritten.join(", ")}\n`);
  process.exit(1);
}

function outputError(error: NodeJS.ErrnoException): void {
  if (error.code === "EPIPE") readerGone();
  process.stderr.write(`${ENGINE_NAME}: cannot write standard output: ${error.message}\n`);
  process.exit(1);
}

process.stdout.on("error", outputError);
// Node ignores SIGPIPE (the write then fails with EPIPE, handled above); one sent to the process ends it as quietly.
process.on("SIGPIPE", readerGone);

const io: Io = {
  out: (text) => {
    try {
      process.stdout.write(text);
    } catch (error) {
      outputError(error as NodeJS.ErrnoException);
    }
  },
  err: (text) => {
    process.stderr.write(text);
  },
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${ENGINE_NAME}: internal error: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
