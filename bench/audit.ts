/**
 * `npm run bench:audit`: the built CLI's `audit` against its `batch` on the same NDJSON file (the issue's
 * target: within 1.5 × batch's time, memory flat), as ratios. Each run times, one after the other:
 * `batch`, `audit` (findings only) and `audit --summary --report` (the HTML report with the 2 000 worst
 * households), all reading the file on standard input with the default workers. The caseload is the
 * realistic bench population (bench/population.ts: recipients, gradual-exit windows, extreme-poverty
 * support, v1.1 facts), so every finding code occurs; the file is generated into a temporary directory.
 * Peak memory is then measured at each size of `--sizes`, to show it does not grow with the caseload.
 *
 *   npm run bench:audit                                 100 000 households, 5 runs; memory at 10⁴ and 10⁵
 *   npm run bench:audit -- --count 20000 --runs 3 --sizes 10000,20000
 *   npm run bench:audit -- --million                    memory at 10⁶ too
 *
 * Then `audit --records` (issue 30): one departmental record per household, generated from the caseload
 * itself (bench/audit.ts `writeRecords`): 70 % restate a member's birth date as the caseload has it (agree),
 * 20 % state a disability of grade 1 or a serious illness the caseload may not have (a conflict, re-decided),
 * 5 % a member id the household does not list, 5 % a household id not in the caseload; the target is
 * audit --records ≤ 1.5 × audit. Then the worst case, every record a conflict.
 *
 * Wall time of whole processes (start-up included), min / median / max; the ratios are the medians of
 * the per-run ratios (each audit against the batch run just before it). The last line is one JSON object.
 */
import { createReadStream, createWriteStream, rmSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { benchSetup, fmt, measure, say, spread, writeNdjson, type Run } from "./processes.js";

const { count, runs, sizes, asOf, keep, dir, cli: CLI } = benchSetup("audit", "10000,100000");

const batchArgs = [CLI, "batch", "--as-of", asOf];
const auditArgs = [CLI, "audit", "-", "--as-of", asOf];
const reportArgs = [...auditArgs, "--summary", join(dir, "summary.json"), "--report", join(dir, "report.html")];

const describeRun = (name: string, run: Run): string => `${name} ${run.seconds.toFixed(2)} s (cpu ${run.cpuSeconds.toFixed(2)} s, peak ${run.peakMb.toFixed(0)} MB)`;

/**
 * One record per household of `caseload`, written to `file`: the mix described above, or every record a
 * conflict when `conflictShare` is 1. Deterministic (the household's position picks its kind).
 */
async function writeRecords(caseload: string, file: string, conflictShare: number, unique: string): Promise<number> {
  const out = createWriteStream(file);
  // The population repeats its ids from one block of 10 000 to the next; records match by id, so the
  // caseload is copied with each household's id made unique (its line number).
  const copy = createWriteStream(unique);
  let copied = "";
  let line = 0;
  let text = "";
  for await (const raw of createInterface({ input: createReadStream(caseload), crlfDelay: Infinity })) {
    if (raw === "") continue;
    const household = JSON.parse(raw) as { id?: string; members: Array<{ id: string; birthDate: string }> };
    const first = household.members[0] as { id: string; birthDate: string };
    const slot = (line * 37) % 100;
    const id = `bench-${line}`;
    copied += `${JSON.stringify({ ...household, id })}\n`;
    let record: Record<string, unknown>;
    if (slot < conflictShare * 100) {
      record = slot % 2 === 0
        ? { householdId: id, memberId: first.id, department: "disabled-persons-federation", dataset: "残疾人证", asOf, facts: { disability: { category: "physical", grade: 1 } } }
        : { householdId: id, memberId: first.id, department: "medical-insurance", asOf, facts: { seriousIllness: true } };
    } else if (slot < 90) record = { householdId: id, memberId: first.id, department: "public-security", dataset: "户籍", asOf, facts: { birthDate: first.birthDate } };
    else if (slot < 95) record = { householdId: id, memberId: "no-such-member", department: "civil-affairs", asOf, facts: { deceased: asOf } };
    else record = { householdId: `elsewhere-${line}`, memberId: null, department: "housing", asOf, facts: { housing: { dwellingSafety: "C" } } };
    text += `${JSON.stringify(record)}\n`;
    line++;
    if (text.length > 1 << 20) {
      if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      if (!copy.write(copied)) await new Promise<void>((resolve) => copy.once("drain", () => resolve()));
      text = "";
      copied = "";
    }
  }
  out.write(text);
  copy.write(copied);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  await new Promise<void>((resolve, reject) => copy.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return line;
}

async function main(): Promise<void> {
  say(`files in ${dir}; ${availableParallelism()} cores; default workers`);
  const file = join(dir, `${count}.ndjson`);
  say(`generating ${count} households…`);
  await writeNdjson(file, count, asOf);

  const times = { batch: [] as number[], audit: [] as number[], report: [] as number[] };
  const ratios = { audit: [] as number[], report: [] as number[], auditCpu: [] as number[], auditPeak: [] as number[], reportPeak: [] as number[] };
  for (let run = 1; run <= runs; run++) {
    const batch = await measure(batchArgs, file);
    const audit = await measure(auditArgs, file);
    const report = await measure(reportArgs, file);
    times.batch.push(batch.seconds);
    times.audit.push(audit.seconds);
    times.report.push(report.seconds);
    ratios.audit.push(audit.seconds / batch.seconds);
    ratios.report.push(report.seconds / batch.seconds);
    ratios.auditCpu.push(audit.cpuSeconds / batch.cpuSeconds);
    ratios.auditPeak.push(audit.peakMb / batch.peakMb);
    ratios.reportPeak.push(report.peakMb / batch.peakMb);
    say(
      `run ${run}/${runs}: ${describeRun("batch", batch)}; ${describeRun("audit", audit)}, ratio ${(audit.seconds / batch.seconds).toFixed(2)}; ` +
        `${describeRun("audit --report", report)}, ratio ${(report.seconds / batch.seconds).toFixed(2)}`,
    );
  }
  // Issue 30: the audit with one departmental record per household, against the audit without.
  const recordsFile = join(dir, "records.ndjson");
  const worstFile = join(dir, "records-all-conflicts.ndjson");
  const uniqueFile = join(dir, "caseload-unique-ids.ndjson");
  await writeRecords(file, recordsFile, 0.2, uniqueFile);
  const recordCount = await writeRecords(file, worstFile, 1, uniqueFile);
  const withRecords = { ratio: [] as number[], seconds: [] as number[], peak: [] as number[], worstRatio: [] as number[], worstSeconds: [] as number[], cpu: [] as number[] };
  for (let run = 1; run <= runs; run++) {
    const audit = await measure(auditArgs, uniqueFile);
    const records = await measure([...auditArgs, "--records", recordsFile], uniqueFile);
    const worst = await measure([...auditArgs, "--records", worstFile], uniqueFile);
    withRecords.ratio.push(records.seconds / audit.seconds);
    withRecords.seconds.push(records.seconds);
    withRecords.cpu.push(records.cpuSeconds / audit.cpuSeconds);
    withRecords.peak.push(records.peakMb / audit.peakMb);
    withRecords.worstRatio.push(worst.seconds / audit.seconds);
    withRecords.worstSeconds.push(worst.seconds);
    say(`records run ${run}/${runs}: ${describeRun("audit", audit)}; ${describeRun(`audit --records (${recordCount} records, 20 % conflicts)`, records)}, ratio ${(records.seconds / audit.seconds).toFixed(2)}; ${describeRun("all conflicts", worst)}, ratio ${(worst.seconds / audit.seconds).toFixed(2)}`);
  }
  say(`audit --records:  ${fmt(spread(withRecords.seconds), 2, "s")}; / audit ${fmt(spread(withRecords.ratio), 2, "×")} (target ≤ 1.5), CPU ${fmt(spread(withRecords.cpu), 2, "×")}; peak / audit ${fmt(spread(withRecords.peak), 2, "×")}; every record a conflict: / audit ${fmt(spread(withRecords.worstRatio), 2, "×")}`);

  const reportMb = statSync(join(dir, "report.html")).size / 1024 / 1024;
  say(`batch:            ${fmt(spread(times.batch), 2, "s")}`);
  say(`audit:            ${fmt(spread(times.audit), 2, "s")}; audit / batch ${fmt(spread(ratios.audit), 2, "×")} (target ≤ 1.5), CPU ${fmt(spread(ratios.auditCpu), 2, "×")}`);
  say(`audit --report:   ${fmt(spread(times.report), 2, "s")}; / batch ${fmt(spread(ratios.report), 2, "×")}; report ${reportMb.toFixed(1)} MB`);
  say(`peak memory:      audit / batch ${fmt(spread(ratios.auditPeak), 2, "×")}; audit --report / batch ${fmt(spread(ratios.reportPeak), 2, "×")}`);

  // Memory as the caseload grows: the same three commands once per size.
  const memory: Array<{ households: number; batchMb: number; auditMb: number; reportMb: number }> = [];
  for (const size of sizes) {
    const sized = size === count ? file : join(dir, `${size}.ndjson`);
    if (sized !== file) await writeNdjson(sized, size, asOf);
    const [batch, audit, report] = [await measure(batchArgs, sized), await measure(auditArgs, sized), await measure(reportArgs, sized)];
    memory.push({ households: size, batchMb: Math.round(batch.peakMb), auditMb: Math.round(audit.peakMb), reportMb: Math.round(report.peakMb) });
    say(`memory: ${size} households → peak batch ${batch.peakMb.toFixed(0)} MB, audit ${audit.peakMb.toFixed(0)} MB, audit --report ${report.peakMb.toFixed(0)} MB`);
    if (sized !== file) rmSync(sized);
  }

  if (!keep) rmSync(dir, { recursive: true, force: true });
  say(
    JSON.stringify({
      households: count,
      batchSeconds: Number(spread(times.batch).median.toFixed(3)),
      auditSeconds: Number(spread(times.audit).median.toFixed(3)),
      auditReportSeconds: Number(spread(times.report).median.toFixed(3)),
      auditOverBatch: Number(spread(ratios.audit).median.toFixed(2)),
      auditReportOverBatch: Number(spread(ratios.report).median.toFixed(2)),
      auditOverBatchCpu: Number(spread(ratios.auditCpu).median.toFixed(2)),
      peakAuditOverBatch: Number(spread(ratios.auditPeak).median.toFixed(2)),
      peakAuditReportOverBatch: Number(spread(ratios.reportPeak).median.toFixed(2)),
      reportMb: Number(reportMb.toFixed(1)),
      records: recordCount,
      auditRecordsSeconds: Number(spread(withRecords.seconds).median.toFixed(3)),
      auditRecordsOverAudit: Number(spread(withRecords.ratio).median.toFixed(2)),
      auditRecordsOverAuditCpu: Number(spread(withRecords.cpu).median.toFixed(2)),
      peakAuditRecordsOverAudit: Number(spread(withRecords.peak).median.toFixed(2)),
      auditAllConflictsOverAudit: Number(spread(withRecords.worstRatio).median.toFixed(2)),
      memory,
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:audit failed: ${error instanceof Error ? error.message : String(error)}\n`);
  if (!keep) rmSync(dir, { recursive: true, force: true });
  process.exitCode = 1;
});
