// @ts-check
import { readFileSync } from "node:fs";

/** What mutation testing covers: the rule, engine and fact code (scripts/mutation-sample.mjs draws from it too). */
export const MUTATE = ["src/rules/**/*.ts", "src/engine/**/*.ts", "src/facts/**/*.ts", "src/model/memo.ts"];

/**
 * `npm run mutation:sample` (MUTATION_SAMPLE=1): Stryker on the mutants scripts/mutation-sample.mjs drew,
 * each given as its source range, with a report of its own and no incremental file (the sample's
 * results must not stand in for a full run's).
 */
const sample = process.env.MUTATION_SAMPLE === "1" ? JSON.parse(readFileSync(new URL("./reports/mutation-sample/sample.json", import.meta.url), "utf8")) : undefined;

/**
 * Mutation testing of the rule, engine and fact code: `npm run mutation` (MUTATION=1, so vitest.config.ts
 * leaves out the tests that only run the built package in child processes, and the property tests run
 * at most 50 households from a fixed seed, the same for every mutant, without shrinking).
 *
 * perTest coverage runs only the tests that reach a mutant; incremental mode reruns only the mutants
 * whose code or covering tests changed since reports/stryker-incremental.json (reports/ is git-ignored).
 * The break threshold is the 85 % of issue 6; nothing is excluded from `mutate` below it.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  packageManager: "npm",
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner", ...(sample === undefined ? [] : ["./scripts/stryker-sample-ignorer.mjs"])],
  ignorers: sample === undefined ? [] : ["sample"],
  vitest: { configFile: "vitest.config.ts" },
  // memo.ts sits in src/model so that rules and engine can both use it; it is mutated with them.
  mutate: sample === undefined ? MUTATE : sample.mutate,
  // Stryker writes "// @ts-nocheck" at the top of the files it matches here; the default pattern takes every
  // file under src/, the generated catalogue included, whose byte-for-byte check (test/policy) then fails.
  // Only the mutated files need it.
  disableTypeChecks: "src/{rules,engine,facts}/**/*.ts",
  coverageAnalysis: "perTest",
  incremental: sample === undefined,
  incrementalFile: "reports/stryker-incremental.json",
  concurrency: 2,
  timeoutMS: 20000,
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: sample === undefined ? "reports/mutation/mutation.html" : "reports/mutation-sample/mutation.html" },
  jsonReporter: { fileName: sample === undefined ? "reports/mutation/mutation.json" : "reports/mutation-sample/mutation.json" },
  thresholds: { high: 90, low: 85, break: 85 },
};
