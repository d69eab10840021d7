/**
 * Compares the determinations of two builds of the library over generated households: the proof that a
 * refactoring or an optimisation changed nothing. Run from the repository root:
 *
 *   npx tsx scripts/compare-builds.ts OLD_DIST_INDEX [COUNT] [SEED]
 *
 * OLD_DIST_INDEX is the `dist/index.js` of the other build (say a `git worktree` of the previous commit,
 * built with `npx tsup`). Both builds decide the same households (fast-check, fixed seed, the property
 * tests' arbitraries) with the same options; every determination is compared as its JSON text, and every
 * invalid-input error by its issue paths. With `--v1`, the households lose their contract v1.1 facts and
 * the determinations their v1.1 sections and schema name, so a build from before v1.1 can be compared.
 * With `--ignore-parameter-digest`, `parameterSet.digest` is left out of the comparison (a change of what
 * the digest covers, issue 23, changes every digest and nothing else).
 * Prints how many were compared and how many differed (the first few differences in full).
 */
import fc from "fast-check";
import { pathToFileURL } from "node:url";
import { householdCaseArb } from "../test/arbitraries.js";
import * as current from "../src/index.js";

type Library = { evaluate: (household: unknown, options: unknown) => unknown };

const v1 = process.argv.includes("--v1");
const ignoreDigest = process.argv.includes("--ignore-parameter-digest");
const [oldPath, countText = "20000", seedText = "20261130"] = process.argv.slice(2).filter((arg) => arg !== "--v1" && arg !== "--ignore-parameter-digest");
if (oldPath === undefined) {
  console.error("usage: npx tsx scripts/compare-builds.ts OLD_DIST_INDEX [COUNT] [SEED]");
  process.exit(2);
}
const old = (await import(pathToFileURL(oldPath).href)) as Library;
const count = Number(countText);
const cases = fc.sample(householdCaseArb(), { numRuns: count, seed: Number(seedText) });

const V1_1_HOUSEHOLD = ["circumstances", "rigidExpenditure", "housing"];
const V1_1_MEMBER = ["orphan", "supportArrangement"];
const V1_1_SECTIONS = ["schema", "lowIncome", "screening", "assistanceReferrals"];

function without(record: unknown, keys: readonly string[]): unknown {
  if (record === null || typeof record !== "object") return record;
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

/** The household as contract v1 has it: no v1.1 facts. */
function v1Household(household: Record<string, unknown>): unknown {
  const members = (household.members as unknown[]).map((member) => without(member, V1_1_MEMBER));
  const status = household.status == null ? household.status : without(household.status, ["exitedCoverage"]);
  return { ...(without(household, V1_1_HOUSEHOLD) as object), members, ...(status === undefined ? {} : { status }) };
}

function outcome(library: Library, household: unknown, options: unknown): string {
  try {
    const determination = library.evaluate(household, options);
    const compared = ignoreDigest ? { ...(determination as Record<string, unknown>), parameterSet: { ...((determination as { parameterSet?: object }).parameterSet ?? {}), digest: "(ignored)" } } : determination;
    return JSON.stringify(v1 ? without(compared, V1_1_SECTIONS) : compared);
  } catch (error) {
    const issues = (error as { issues?: Array<{ path: string }> }).issues;
    return `error ${(error as Error).name}: ${issues === undefined ? (error as Error).message : issues.map((issue) => issue.path).join(",")}`;
  }
}

let differ = 0;
let errors = 0;
for (const [index, item] of cases.entries()) {
  const options = { asOf: item.asOf, ...(item.interpretations === undefined ? {} : { interpretations: item.interpretations }) };
  const household = v1 ? v1Household(item.household as unknown as Record<string, unknown>) : item.household;
  const before = outcome(old, household, options);
  const after = outcome(current as unknown as Library, household, options);
  if (before.startsWith("error")) errors++;
  if (before !== after) {
    differ++;
    if (differ <= 3) console.log(`#${index} differs\n  old: ${before.slice(0, 2000)}\n  new: ${after.slice(0, 2000)}\n  household: ${JSON.stringify(item.household)} ${JSON.stringify(options)}`);
  }
}
console.log(`${count} households compared (seed ${seedText}); ${errors} were invalid input in the old build; ${differ} differed`);
process.exitCode = differ === 0 ? 0 : 1;
