#!/usr/bin/env sh
# What raising the urban dibao standard from 770 to 800 yuan a month (from 2025-07-01) does to a small
# caseload: one comparison per household (NDJSON, in input order) and the summary (summary.json): cost
# per programme, households entering and leaving, gainers and losers by band. Exit status of impact:
# 0 every line compared, 3 some lines were errors, 2 usage or an invalid reform, 1 internal fault.
#
#   sh run-impact.sh [caseload.ndjson] [reform.yaml] [YYYY-MM-DD]
set -u
here=$(dirname "$0")
caseload=${1:-"$here/caseload.ndjson"}
reform=${2:-"$here/raise-urban.reform.yaml"}
as_of=${3:-2025-10-15}
out=${TMPDIR:-/tmp}/impact-$$.ndjson
summary=${TMPDIR:-/tmp}/impact-summary-$$.json

npx --no-install social-assistance-rules impact "$caseload" --as-of "$as_of" --reform "$reform" --summary "$summary" --workers 1 > "$out"
status=$?
case $status in
  0 | 3) ;;
  *) echo "impact failed with status $status" >&2; rm -f "$out" "$summary"; exit "$status" ;;
esac

node -e '
const fs = require("node:fs");
for (const line of fs.readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean).map((text) => JSON.parse(text))) {
  if (line.error) { console.log(`line ${line.line}: ${line.error.issues.map((issue) => issue.message).join("; ")}`); continue; }
  const step = line.steps[line.steps.length - 1];
  console.log(`${line.id}: ${step.total.baseline} → ${step.total.reform} yuan a month (${step.band})`);
}
const summary = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const dibao = summary.steps[0].programmes.dibao;
console.log(`dibao: ${dibao.baseline.households} → ${dibao.reform.households} households, +${dibao.monthlyDifference} yuan a month, +${dibao.annualDifference} a year; entering ${dibao.entering}, leaving ${dibao.leaving}`);
' "$out" "$summary"
rm -f "$out" "$summary"
