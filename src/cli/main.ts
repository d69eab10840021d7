/** Entry point of the `social-assistance-rules` bin: wires the CLI to the process. */
import { ENGINE_NAME } from "../version.js";
import { main, type Io } from "./cli.js";

const io: Io = {
  out: (text) => {
    process.stdout.write(text);
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
