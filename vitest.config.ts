import { availableParallelism } from "node:os";
import { configDefaults, defineConfig } from "vitest/config";

/**
 * Under mutation testing (`npm run mutation` sets MUTATION=1) Stryker runs the suite once per mutant:
 * leave out the tests that only exercise the built package in child processes (the mutants live in
 * src/, which those never load), and the time-zone tests, which switch process.env.TZ and so need a
 * process of their own (Stryker's vitest runner uses worker threads, whose TZ cannot change); skip
 * building dist/ for them.
 */
const mutation = process.env.MUTATION === "1";
const NOT_UNDER_MUTATION = ["test/hostile/cli.test.ts", "test/package/**", "test/dates/**"];

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: mutation ? [...configDefaults.exclude, ...NOT_UNDER_MUTATION] : configDefaults.exclude,
    globalSetup: mutation ? [] : ["scripts/vitest-build-dist.ts"],
    // Stryker switches mutants at run time (no re-import needed), so under mutation testing the test
    // files share one module graph: importing zod and the rules once instead of once per file is most of
    // the time a mutant costs. (A mutant in a module-level initialiser then survives for want of a
    // re-import: that can only lower the score, never raise it.)
    isolate: !mutation,
    // Vitest's default on a 2-core machine is one worker; the property and child-process files want both cores.
    maxWorkers: Math.max(2, availableParallelism()),
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // main.ts only wires main() to the process (argv, stdout, exit code); it runs in the child-process
      // tests against dist/, where coverage cannot see it. Everything else counts.
      exclude: ["src/cli/main.ts"],
      thresholds: { lines: 95, branches: 95 },
      reporter: ["text-summary", "text"],
      reportsDirectory: "coverage",
    },
  },
});
