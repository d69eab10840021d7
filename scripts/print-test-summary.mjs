#!/usr/bin/env node
/**
 * Last step of `npm test`: one summary of the vitest runs from their JSON reports (reports/, git-ignored),
 * so the pass count is the last thing printed rather than scrolled away above the package checks.
 */
import { existsSync, readFileSync } from "node:fs";

// One vitest run: the main project with coverage thresholds, and the date-sensitive tests again under
// TZ=Pacific/Kiritimati and TZ=America/Los_Angeles as projects of the same run (vitest.config.ts).
// scripts/run-tests.mjs names the report (TEST_REPORT) and the steps of `npm test` that failed (TEST_FAILED_STEPS).
const RUNS = [["vitest (main, tz-kiritimati and tz-los-angeles projects; coverage thresholds)", process.env.TEST_REPORT || "reports/vitest.json"]];
const failedSteps = (process.env.TEST_FAILED_STEPS ?? "").split("\n").filter((step) => step !== "");

let failed = failedSteps.length > 0;
let passedTotal = 0;
let failedTotal = 0;
let skippedTotal = 0;
/** Skipped tests by name: a test that cannot run here (the browser test without Chromium) says why in its name. */
const skippedNames = new Set();
for (const [name, file] of RUNS) {
  if (!existsSync(file)) {
    console.log(`${name}: no report (${file})`);
    failed = true;
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  const todo = report.numTodoTests + report.numPendingTests;
  passedTotal += report.numPassedTests;
  failedTotal += report.numFailedTests;
  skippedTotal += todo;
  console.log(
    `${name}: ${report.numPassedTests} of ${report.numTotalTests} tests passed in ${report.numTotalTestSuites} suites` +
      `${report.numFailedTests > 0 ? `, ${report.numFailedTests} FAILED` : ""}${todo > 0 ? `, ${todo} skipped` : ""}`,
  );
  if (!report.success) failed = true;
  for (const suite of report.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) if (test.status === "skipped" || test.status === "pending") skippedNames.add(test.fullName);
  }
}
for (const name of skippedNames) console.log(`skipped: ${name}`);
for (const step of failedSteps) console.log(`failed step: ${step}`);
console.log(failed ? "npm test: FAILED" : "npm test: all passed; coverage thresholds met; publint and attw clean");
// The plain closing line CI reads: every test of the run, its three projects together.
console.log(`${passedTotal} passed, ${failedTotal} failed${skippedTotal > 0 ? `, ${skippedTotal} skipped` : ""}`);
process.exitCode = failed ? 1 : 0;
