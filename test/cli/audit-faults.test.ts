/**
 * A fault of the library during an audit is never passed off as a problem with the input: `evaluateWithContext`
 * (the audit's way into the engine) is wrapped to throw on one marked household; `audit` answers that line with an InternalError in its
 * place, audits the others, and exits 1.
 */
import { Readable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { auditCommand } from "../../src/cli/audit.js";
import { collectingStream, household, member, wage } from "../helpers.js";

vi.mock("../../src/engine/evaluate.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/engine/evaluate.js")>();
  const faulty: typeof actual.evaluateWithContext = (input, options) => {
    if ((input as { id?: unknown }).id === "fault") throw new TypeError("simulated fault");
    return actual.evaluateWithContext(input, options);
  };
  return { ...actual, evaluateWithContext: faulty };
});

describe("audit with a fault of the library", () => {
  it("answers the line with an InternalError, goes on, and exits 1", async () => {
    const good = JSON.stringify(household([member("m1", { incomes: [wage("3000")] })], { id: "good" }));
    const output = collectingStream();
    let err = "";
    const input = Readable.from([`${good}\n${JSON.stringify({ ...JSON.parse(good), id: "fault" })}\n${good}\n`]);
    const code = await auditCommand(["-", "--as-of", "2025-10-15", "--workers", "0"], { out: () => undefined, err: (text) => (err += text) }, { input, output: output.stream, progress: false });
    expect(code).toBe(1);
    const lines = output.text().trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.line)).toEqual([1, 2, 3]);
    expect(lines[1]).toEqual({ line: 2, id: "fault", error: { name: "InternalError", issues: [{ path: "", message: "TypeError: simulated fault" }] } });
    expect(lines[2]).toMatchObject({ householdId: "good", result: "consistent" });
    expect(err).toMatch(/^audit: 2 households \(1 invalid lines, 1 of them internal faults\)/);
  });
});
