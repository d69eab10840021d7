#!/usr/bin/env node
/**
 * `npm test`: runs its steps one after another, every one even when an earlier one fails, then prints
 * the summary of the vitest run (scripts/print-test-summary.mjs) whatever happened, so the pass count is
 * the last thing printed on a failing run too (issue 24). Exits 1 when any step failed.
 *
 *   node scripts/run-tests.mjs [--report reports/vitest.json] -- "npm run catalogue:check" "npm run test:unit"
 *
 * The report is removed first: a summary never counts an earlier run's tests.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const dash = args.indexOf("--");
const options = dash === -1 ? [] : args.slice(0, dash);
const steps = dash === -1 ? args : args.slice(dash + 1);
const reportAt = options.indexOf("--report");
const report = reportAt === -1 ? "reports/vitest.json" : options[reportAt + 1];

rmSync(report, { force: true });
const failed = [];
for (const step of steps) {
  const result = spawnSync(step, { shell: true, stdio: "inherit" });
  if (result.status !== 0) {
    failed.push(step);
    process.stdout.write(`> ${step} failed (${result.signal ?? `exit ${result.status}`})\n`);
  }
}
const summary = spawnSync(process.execPath, [fileURLToPath(new URL("./print-test-summary.mjs", import.meta.url))], {
  stdio: "inherit",
  env: { ...process.env, TEST_REPORT: report, TEST_FAILED_STEPS: failed.join("\n") },
});
process.exitCode = failed.length > 0 || summary.status !== 0 ? 1 : 0;
