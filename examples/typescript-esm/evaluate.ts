/**
 * Deciding a household from TypeScript (ES module): the typed call, the explanation, and data of unknown
 * shape through the safe entry. Run from a project that has the package installed:
 *
 *   npx tsx evaluate.ts            (or compile with tsc and run the .js with node)
 */
import { readFileSync } from "node:fs";
import { evaluate, explain, safeEvaluate, type Determination, type HouseholdInput } from "social-assistance-rules";

// A household written in code is type-checked: a misspelt field or a wrong value fails at compile time.
const household: HouseholdInput = {
  id: "example-single-adult",
  jurisdiction: "CN-CQ",
  area: "urban",
  members: [{ id: "m1", relation: "self", birthDate: "1980-05-01" }],
  assets: { compliant: true },
};
const determination: Determination = evaluate(household, { asOf: "2025-10-15" });
console.log(`${determination.householdId}: dibao ${determination.dibao.status}, ${determination.dibao.monthlyAmount ?? "no amount"} yuan a month`);

// JSON from a file is data of unknown shape: safeEvaluate validates it and returns the error instead of throwing.
const fromFile: unknown = JSON.parse(readFileSync(new URL("../urban-family.json", import.meta.url), "utf8"));
const result = safeEvaluate(fromFile, { asOf: "2025-10-15" });
if (result.success) {
  console.log(explain(result.data, { lang: "en", format: "text" }).split("\n").slice(0, 4).join("\n"));
} else {
  for (const issue of result.error.issues) console.error(`${issue.path}: ${issue.message}`);
  process.exitCode = 2;
}

// A misspelt household from outside is refused with every problem named.
const misspelt = safeEvaluate({ jurisdiction: "CN-CQ", area: "city", members: [{ id: "m1", relaton: "self", birthDate: "1980-05-01" }] }, { asOf: "2025-10-15" });
if (!misspelt.success) for (const issue of misspelt.error.issues) console.log(`refused: ${issue.path}: ${issue.message}`);
