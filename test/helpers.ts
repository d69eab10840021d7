/** Builders for test households: only what a test sets differs from a plain adult with no income. */
import { Readable, Writable } from "node:stream";
import type { HouseholdInput } from "../src/model/household.js";

type MemberInput = HouseholdInput["members"][number];

export function member(id: string, extra: Partial<MemberInput> = {}): MemberInput {
  return { id, relation: "self", birthDate: "1980-05-05", ...extra };
}

/**
 * A household of these members. The contract allows one applicant (`self`): a member after the first
 * left at the builder's default relation becomes `other` (a relation from which no legal duty is derived).
 */
export function household(members: MemberInput[], extra: Partial<HouseholdInput> = {}): HouseholdInput {
  const related = members.map((each, index) => (index > 0 && each.relation === "self" ? { ...each, relation: "other" as const } : each));
  return { jurisdiction: "CN-CQ", area: "urban", members: related, assets: { compliant: true }, ...extra };
}

export function wage(monthly: string): { kind: "wage"; monthly: string } {
  return { kind: "wage", monthly };
}

/** A reason as the contract writes it, with `missing` and `interpretations` empty unless given. */
export function expectedReason(
  code: string,
  outcome: "met" | "not-met" | "unknown",
  clauses: readonly string[],
  values: object,
  extra: { missing?: string[]; interpretations?: string[] } = {},
): { code: string; outcome: string; clauses: readonly string[]; values: object; missing: string[]; interpretations: string[] } {
  return { code, outcome, clauses, values, missing: extra.missing ?? [], interpretations: extra.interpretations ?? [] };
}

/** The issues of the input error `run` throws, checking its class; fails when it throws nothing. */
export function issuesThrown(run: () => unknown, kind: abstract new (...args: never[]) => { readonly issues: ReadonlyArray<{ path: string; message: string }> }): ReadonlyArray<{ path: string; message: string }> {
  try {
    run();
  } catch (error) {
    if (!(error instanceof kind)) throw new Error(`expected ${kind.name}, got ${String(error)}`);
    return error.issues;
  }
  throw new Error(`expected ${kind.name}, but nothing was thrown`);
}

/** A writable stream that keeps what is written, for commands that stream their output. */
export function collectingStream(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

/** Output of a command that writes NDJSON: every line parsed, the text ending with a newline. */
export function ndjsonLines(output: string): unknown[] {
  if (!output.endsWith("\n")) throw new Error("NDJSON output must end with a newline");
  return output
    .slice(0, -1)
    .split("\n")
    .map((line) => JSON.parse(line) as unknown);
}

/** A streaming command (`batch`, `audit`, `impact`) run in process on `input`: its exit code, standard output and standard error. */
export async function runStreaming(
  command: (args: readonly string[], io: { out: (text: string) => void; err: (text: string) => void }, streams: { input: Readable; output: Writable; progress: boolean }) => Promise<number>,
  args: string[],
  input = "",
): Promise<{ code: number; out: string; err: string }> {
  const output = collectingStream();
  let err = "";
  const code = await command(args, { out: () => undefined, err: (chunk) => (err += chunk) }, { input: Readable.from([input]), output: output.stream, progress: false });
  return { code, out: output.text(), err };
}

/** The command line in process (`main`), what it printed on each stream and its exit status. */
export async function runMain(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { main } = await import("../src/cli/cli.js");
  let out = "";
  let err = "";
  const code = await main(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}
