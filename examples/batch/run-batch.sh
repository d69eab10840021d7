#!/usr/bin/env sh
# Decides a caseload with the command line's batch command (NDJSON in, one line out per household, in
# order), then counts the outcomes. Exit status of batch: 0 every line decided, 3 some lines were errors
# (the others were decided), 2 usage or unreadable input, 1 internal fault.
#
#   sh run-batch.sh [caseload.ndjson] [YYYY-MM-DD]
set -u
here=$(dirname "$0")
caseload=${1:-"$here/caseload.ndjson"}
as_of=${2:-2025-10-15}
out=${TMPDIR:-/tmp}/determinations-$$.ndjson

npx --no-install social-assistance-rules batch "$caseload" --as-of "$as_of" --workers 1 > "$out"
status=$?
case $status in
  0) echo "every household decided" ;;
  3) echo "some lines were errors (each error line names its line and household id)" ;;
  *) echo "batch failed with status $status" >&2; rm -f "$out"; exit "$status" ;;
esac

# One line per household: a determination, or {"line": N, "id": ..., "error": ...}.
node -e '
const lines = require("node:fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
for (const line of lines) {
  if (line.error) console.log(`line ${line.line} (${line.id ?? "no id"}): ${line.error.issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ")}`);
  else console.log(`${line.householdId}: dibao ${line.dibao.status}, ${line.dibao.monthlyAmount ?? "-"} yuan a month`);
}
' "$out"
rm -f "$out"
