import { availableParallelism } from "node:os";
import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { configDefaults, defineConfig } from "vitest/config";

/**
 * Under mutation testing (`npm run mutation` sets MUTATION=1) Stryker runs the suite once per mutant:
 * leave out the tests that only exercise the built package in child processes (the mutants live in
 * src/, which those never load), the time-zone tests, which switch process.env.TZ and so need a
 * process of their own (Stryker's vitest runner uses worker threads, whose TZ cannot change), and the
 * command-line tests (src/cli is not under mutation). Skip building dist/ for them. A test file under mutation must evaluate inside its tests, never in a
 * describe body or a beforeAll: Stryker counts what runs outside a test as "static", and runs each
 * mutant it reaches against the whole suite (one collection-time evaluation once made 92 % of the
 * mutants static). The explanation tests stay in: the message tables they check live in src/rules.
 */
const mutation = process.env.MUTATION === "1";
// test/cli/batch.test.ts tests the CLI's batch command (src/cli, not under mutation); what it evaluates in
// process, test/engine/evaluate-many.test.ts evaluates too, and it costs ~3 s for every mutant it reaches.
// test/cli/** (internal-faults.test.ts among them) test the command line the same way.
const NOT_UNDER_MUTATION = ["test/hostile/cli.test.ts", "test/package/**", "test/timezones/**", "test/cli/**"];

/**
 * Under mutation every test file shares one module graph (vitest's isolate: false): Stryker's runner gives
 * each mutant a fresh worker thread, which vitest stops at the end of the run, so one mutant's modules
 * and caches never reach the next, while the ~80 files stop re-importing the library one by one (the
 * suite runs in a third of the time). Files that replace a module (vi.mock) or reset the registry need
 * a graph of their own: they run in a second, isolated project.
 */
const MOCKS_MODULES = ["test/engine/digest.test.ts", "test/engine/override-cache.test.ts", "test/engine/pipeline-guard.test.ts"];

/**
 * Under mutation, Stryker runs one worker and stops at the first failing test; vitest's own order runs
 * the longest files first, so every mutant paid for the property files before a unit test could kill it.
 * The hand-worked fixtures (some 250 households decided in under a second, reaching every rule) run
 * first, then the rule and engine tests, which kill most of the rest in milliseconds; the random and
 * whole-catalogue files, in this order, after them.
 */
const RUN_FIRST = ["test/fixtures/"];
const RUN_LAST = ["test/explain/localisation.test.ts", "test/hostile/", "test/property/", "test/policy/clauses.test.ts", "test/engine/evaluate-many.test.ts"];

class CheapestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): number => {
      const path = relative(process.cwd(), file.moduleId).split("\\").join("/");
      if (RUN_FIRST.some((prefix) => path.startsWith(prefix))) return -1;
      const late = RUN_LAST.findIndex((prefix) => path.startsWith(prefix));
      return late === -1 ? 0 : late + 1;
    };
    return [...files].sort((a, b) => rank(a) - rank(b) || (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0));
  }
}

/**
 * The date unit tests and the fixtures run again with the process in two more time zones (issue 6), as
 * projects of the same run rather than two more vitest runs: in parallel with the rest, without two more
 * start-ups. Node re-reads TZ when it is assigned (test/timezones/zones.ts relies on it too), and
 * test/timezones/process-zone.test.ts proves each project's zone took effect. The other files of
 * test/timezones are not repeated there: they already switch the process through all four zones, these
 * two among them, or start child processes in each (a project's zone would only be a fifth pass through
 * one of the four).
 */
const TIME_ZONE_TESTS = ["test/model/date.test.ts", "test/fixtures/**/*.test.ts", "test/timezones/process-zone.test.ts"];
const TIME_ZONE_PROJECTS = [
  ["tz-kiritimati", "Pacific/Kiritimati"],
  ["tz-los-angeles", "America/Los_Angeles"],
] as const;

export default defineConfig({
  test: {
    // Projects extend this config and their lists add to its lists: the root holds the time-zone projects'
    // files, and the main project adds every test. Under mutation, no time-zone projects (Stryker's runner
    // uses worker threads, whose TZ cannot change): one project sharing a module graph, one isolated.
    include: mutation ? [] : TIME_ZONE_TESTS,
    ...(mutation
      ? {
          projects: [
            {
              extends: true,
              test: { name: "mutation", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, ...NOT_UNDER_MUTATION, ...MOCKS_MODULES], isolate: false },
            },
            { extends: true, test: { name: "mutation-isolated", include: MOCKS_MODULES, isolate: true } },
          ],
        }
      : {
          projects: [
            { extends: true, test: { name: "main", include: ["test/**/*.test.ts"] } },
            ...TIME_ZONE_PROJECTS.map(([name, zone]) => ({ extends: true as const, test: { name, env: { TZ: zone } } })),
          ],
        }),
    exclude: mutation ? [...configDefaults.exclude, ...NOT_UNDER_MUTATION] : configDefaults.exclude,
    globalSetup: mutation ? [] : ["scripts/vitest-build-dist.ts"],
    ...(mutation ? { sequence: { sequencer: CheapestFirst } } : {}),
    // Instrumented code on a busy machine runs several times slower: Stryker's own timeouts judge mutants.
    // Otherwise a minute: a test asserts behaviour, never speed (benchmarks measure that), and on a
    // 2-core machine busy with other jobs a child-process test took over 5 s (issue 24). The limit is for
    // a hang. Hooks (building dist/) get two.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Vitest's default on a 2-core machine is one worker; the property and child-process files want both cores.
    maxWorkers: Math.max(2, availableParallelism()),
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // main.ts only wires main() to the process (argv, stdout, exit code); it runs in the child-process
      // tests against dist/, where coverage cannot see it. Everything else counts.
      exclude: ["src/cli/main.ts"],
      // Issue 6's thresholds: 95% of lines and 95% of branches, enforced by `npm test`. Nothing else is
      // excluded: batch-worker.ts, which runs only inside worker threads, is covered on the calling thread
      // by test/cli/batch-worker.test.ts (a stand-in parentPort) and run for real by test/cli/batch.test.ts.
      thresholds: { lines: 95, branches: 95 },
      reporter: ["text-summary", "text"],
      reportsDirectory: "coverage",
    },
  },
});
