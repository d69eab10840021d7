/**
 * Deciding a household from CommonJS: require the package, evaluate, explain in Chinese.
 *
 *   node evaluate.cjs
 */
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { evaluate, explain, InvalidHouseholdError } = require("social-assistance-rules");

const household = JSON.parse(readFileSync(join(__dirname, "..", "urban-family.json"), "utf8"));
try {
  const determination = evaluate(household, { asOf: "2025-10-15" });
  console.log(`${determination.householdId}: dibao ${determination.dibao.status}, ${determination.dibao.monthlyAmount} yuan a month`);
  console.log(explain(determination, { lang: "zh-CN", format: "text" }).split("\n")[0]);
} catch (error) {
  // Invalid input is one error listing every problem by path.
  if (!(error instanceof InvalidHouseholdError)) throw error;
  for (const issue of error.issues) console.error(`${issue.path}: ${issue.message}`);
  process.exitCode = 2;
}
