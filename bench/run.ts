/**
 * `npm run bench`: the library's `evaluate` against a hand-written floor and two peer engines, on the
 * same seeded synthetic caseload, in one process. Progress goes to stdout line by line, then a table of
 * the three ratios the performance targets are stated in (min / median / max over the repeats); the last
 * line is one JSON object with the four throughputs (households per second, median of every timed
 * round) and those ratios.
 *
 *   npm run bench                      10 000 households, 5 repeats of 3 rounds
 *   npm run bench -- --count 2000 --repeat 3 --rounds 2 --seed 7
 *
 * A repeat is `--rounds` rounds, each timing every implementation once (in a rotating order); the
 * repeat's ratios are taken from the medians of its rounds, so each ratio compares figures measured
 * side by side within a few seconds, and the spread over the repeats shows how much the machine's
 * load moved them.
 *
 * The caseload (bench/population.ts) is the realistic mix: applicants and current recipients,
 * gradual-exit windows, extreme-poverty support, contract v1.1 facts; its measured shares are printed.
 *
 * What each one does per household (timed from the household as a caller holds it to the answer):
 * - evaluate: validation, every rule (R0–R6) with its reasons, digests and warnings: a full determination;
 * - hand-written: R0 + R1 + R5 only, no validation, no reasons (bench/hand-written.ts);
 * - json-rules-engine and zen: the facts of bench/engine-facts.ts, then the engine (see their files).
 * Zen's evaluate is asynchronous (N-API): it is awaited household by household, one in flight, as
 * evaluate and json-rules-engine run. Figures with zen allowed 8 in flight are printed as well.
 *
 * Before any timing, every household must be valid input (`evaluate` must not throw on it), and all four
 * must give the same dibao status and amount for every household whose dibao status is R1's; if one
 * differs the benchmark stops (exit 1): a benchmark of wrong answers is void. The floor and the two
 * engines implement R0 + R1 + R5 only (unchanged). Where R2 decides instead — a current recipient or a
 * household in a window whose income is no longer below the standard — their answer is R1's, not the
 * household's, so there `evaluate` is held to an independent check of R2 written from the rule text
 * (bench/gradual-exit-check.ts) and the three are not compared. Every household is timed in all four
 * (the floor and the engines still do their R0 + R1 + R5 work on the R2 households; `evaluate` does R2
 * on top, as it must).
 *
 * Two parts of `evaluate` that no determination can skip are timed on their own in the same rounds:
 * validation (the input contract; its one walk also writes the input's canonical JSON) and the input
 * digest (the output contract's `inputDigest`: SHA-256 of that text). With the
 * floor they give a lower bound on `evaluate` before any rule beyond R0 + R1 + R5, any reason or any
 * warning: the line "lower bound" says how much of the handWritten/evaluate target it already uses.
 */
import { parseArgs } from "node:util";
import { evaluate } from "../src/index.js";
import { canonicalJson, sha256Digest } from "../src/engine/digest.js";
import { parseHouseholdForEvaluation } from "../src/engine/parse-household.js";
import { canonicalValidHousehold } from "../src/model/household-fast.js";
import { engineFacts, type HouseholdFacts } from "./engine-facts.js";
import { gradualExitOutcome } from "./gradual-exit-check.js";
import { handWrittenDibao, type DibaoOutcome } from "./hand-written.js";
import { jsonRulesEngineDibao } from "./json-rules-engine.js";
import { describePopulation, generatePopulation, type Case } from "./population.js";
import { zenDibao } from "./zen-engine.js";

const { values } = parseArgs({ options: { count: { type: "string" }, rounds: { type: "string" }, repeat: { type: "string" }, seed: { type: "string" } } });
const count = Number(values.count ?? 10_000);
const rounds = Number(values.rounds ?? 3);
const repeats = Number(values.repeat ?? 5);
const seed = Number(values.seed ?? 20251015);
for (const [flag, value] of [["--count", count], ["--rounds", rounds], ["--repeat", repeats]] as const) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} must be a whole number ≥ 1`);
}

const say = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

function same(a: DibaoOutcome, b: DibaoOutcome): boolean {
  return a.status === b.status && a.monthlyAmount === b.monthlyAmount;
}

const median = (xs: readonly number[]): number => spreadOf(xs).median;

/** Min, median (the middle value; the upper of the two middle ones for an even count) and max. */
function spreadOf(xs: readonly number[]): { min: number; median: number; max: number } {
  const sorted = [...xs].sort((a, b) => a - b);
  return { min: sorted[0] ?? 0, median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted.at(-1) ?? 0 };
}

async function main(): Promise<number> {
  say(`generating ${count} households (seed ${seed})…`);
  const cases: Case[] = generatePopulation({ count, seed });
  say(`  ${describePopulation(cases)}`);
  const jre = jsonRulesEngineDibao();
  const zen = zenDibao();

  // Agreement first (it also warms every implementation up).
  say("checking that every household is valid and the four agree on dibao status and amount…");
  const statuses = new Map<string, number>();
  let disagreements = 0;
  let invalid = 0;
  let decidedByR2 = 0;
  for (const { household, asOf } of cases) {
    let determination: ReturnType<typeof evaluate>;
    try {
      determination = evaluate(household, { asOf });
    } catch (error) {
      // The population must be valid input: a household the library refuses measures nothing.
      invalid++;
      if (invalid <= 5) say(`  INVALID ${household.id ?? "?"} on ${asOf}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const library: DibaoOutcome = { status: determination.dibao.status as DibaoOutcome["status"], monthlyAmount: determination.dibao.monthlyAmount };
    statuses.set(library.status, (statuses.get(library.status) ?? 0) + 1);
    const r2 = gradualExitOutcome(household, asOf);
    const facts = engineFacts(household, asOf);
    const others: Array<[string, DibaoOutcome]> =
      r2 !== undefined
        ? [["R2 check", r2]]
        : [
            ["hand-written", handWrittenDibao(household, asOf)],
            ["json-rules-engine", await jre.decide(facts)],
            ["zen", await zen.decide(facts)],
          ];
    if (r2 !== undefined) decidedByR2++;
    for (const [name, outcome] of others) {
      if (same(library, outcome)) continue;
      disagreements++;
      if (disagreements <= 5) say(`  DISAGREE ${household.id ?? "?"} on ${asOf}: evaluate ${JSON.stringify(library)} vs ${name} ${JSON.stringify(outcome)}`);
    }
  }
  if (invalid > 0 || disagreements > 0) {
    say(`VOID: ${invalid} invalid households, ${disagreements} disagreements; no timing is reported`);
    zen.dispose();
    return 1;
  }
  say(
    `  all ${cases.length} valid and agreeing (${[...statuses].map(([status, n]) => `${status} ${n}`).join(", ")}); ` +
      `${cases.length - decidedByR2} decided by R1 (the four compared), ${decidedByR2} by R2 (evaluate against the R2 check)`,
  );

  const timings: Record<"evaluate" | "handWritten" | "jsonRulesEngine" | "zen" | "jreEngineOnly" | "zenEngineOnly" | "zenConcurrent8" | "validation" | "inputDigest", number[]> = {
    evaluate: [],
    handWritten: [],
    jsonRulesEngine: [],
    zen: [],
    jreEngineOnly: [],
    zenEngineOnly: [],
    zenConcurrent8: [],
    validation: [],
    inputDigest: [],
  };
  const facts: HouseholdFacts[] = cases.map(({ household, asOf }) => engineFacts(household, asOf));
  // The canonical text validation writes for each household (the household it returned last keeps it).
  const canonicalTexts = cases.map(({ household, asOf }) => {
    const validated = parseHouseholdForEvaluation(household, asOf);
    return canonicalValidHousehold(validated) ?? canonicalJson(validated);
  });
  const perSecond = (started: number): number => (cases.length / (performance.now() - started)) * 1000;

  const runs: Array<[keyof typeof timings, () => Promise<number> | number]> = [
    [
      "evaluate",
      () => {
        const started = performance.now();
        for (const { household, asOf } of cases) evaluate(household, { asOf });
        return perSecond(started);
      },
    ],
    [
      "handWritten",
      () => {
        const started = performance.now();
        for (const { household, asOf } of cases) handWrittenDibao(household, asOf);
        return perSecond(started);
      },
    ],
    [
      "jsonRulesEngine",
      async () => {
        const started = performance.now();
        for (const { household, asOf } of cases) await jre.decide(engineFacts(household, asOf));
        return perSecond(started);
      },
    ],
    [
      "zen",
      async () => {
        const started = performance.now();
        for (const { household, asOf } of cases) await zen.decide(engineFacts(household, asOf));
        return perSecond(started);
      },
    ],
    [
      "jreEngineOnly",
      async () => {
        const started = performance.now();
        for (const each of facts) await jre.decide(each);
        return perSecond(started);
      },
    ],
    [
      "zenEngineOnly",
      async () => {
        const started = performance.now();
        for (const each of facts) await zen.decide(each);
        return perSecond(started);
      },
    ],
    [
      "zenConcurrent8",
      async () => {
        const started = performance.now();
        let next = 0;
        const lane = async (): Promise<void> => {
          for (let index = next++; index < cases.length; index = next++) {
            const entry = cases[index] as Case;
            await zen.decide(engineFacts(entry.household, entry.asOf));
          }
        };
        await Promise.all(Array.from({ length: 8 }, lane));
        return perSecond(started);
      },
    ],
    [
      "validation",
      () => {
        const started = performance.now();
        for (const { household, asOf } of cases) parseHouseholdForEvaluation(household, asOf);
        return perSecond(started);
      },
    ],
    [
      "inputDigest",
      () => {
        const started = performance.now();
        // What evaluate adds to validation for every valid household: SHA-256 of the canonical text validation wrote.
        for (const text of canonicalTexts) sha256Digest(text);
        return perSecond(started);
      },
    ],
  ];

  /** The three target ratios of one repeat, from the medians of its rounds. */
  const perRepeat: Array<{ handWrittenOverEvaluate: number; evaluateOverJsonRulesEngine: number; evaluateOverZen: number }> = [];
  const total = repeats * rounds;
  for (let repeat = 1; repeat <= repeats; repeat++) {
    const mine: Record<"evaluate" | "handWritten" | "jsonRulesEngine" | "zen", number[]> = { evaluate: [], handWritten: [], jsonRulesEngine: [], zen: [] };
    for (let round = 1; round <= rounds; round++) {
      const index = (repeat - 1) * rounds + round;
      // Rotate the order each round, so no implementation always runs right after the same other one.
      const order = [...runs.slice(index % runs.length), ...runs.slice(0, index % runs.length)];
      const line: string[] = [];
      for (const [name, run] of order) {
        const rate = await run();
        timings[name].push(rate);
        if (name in mine) mine[name as keyof typeof mine].push(rate);
        line.push(`${name} ${Math.round(rate)}`);
      }
      say(`repeat ${repeat}/${repeats}, round ${round}/${rounds} (${index}/${total}): ${line.join(", ")} households/s`);
    }
    perRepeat.push({
      handWrittenOverEvaluate: median(mine.handWritten) / median(mine.evaluate),
      evaluateOverJsonRulesEngine: median(mine.evaluate) / median(mine.jsonRulesEngine),
      evaluateOverZen: median(mine.evaluate) / median(mine.zen),
    });
  }
  zen.dispose();

  const result = {
    evaluatePerSecond: Math.round(median(timings.evaluate)),
    handWrittenPerSecond: Math.round(median(timings.handWritten)),
    jsonRulesEnginePerSecond: Math.round(median(timings.jsonRulesEngine)),
    zenEnginePerSecond: Math.round(median(timings.zen)),
  };
  say(
    `medians of ${total} rounds; engines without the fact precompute: json-rules-engine ${Math.round(median(timings.jreEngineOnly))}, ` +
      `zen ${Math.round(median(timings.zenEngineOnly))}; zen with 8 in flight ${Math.round(median(timings.zenConcurrent8))} households/s`,
  );
  // Microseconds per household, from the medians: the floor plus the two parts no determination skips.
  const micros = (name: keyof typeof timings): number => 1e6 / median(timings[name]);
  const [floor, validation, digest] = [micros("handWritten"), micros("validation"), micros("inputDigest")];
  say(
    `lower bound: floor ${floor.toFixed(1)} µs + validation ${validation.toFixed(1)} µs + input digest ${digest.toFixed(1)} µs = ` +
      `${((floor + validation + digest) / floor).toFixed(2)} × the floor before any other rule, reason or warning; ` +
      `evaluate ${micros("evaluate").toFixed(1)} µs`,
  );

  // The targets of issue 18, as min / median / max over the repeats.
  const ratios = {
    handWrittenOverEvaluate: spreadOf(perRepeat.map((each) => each.handWrittenOverEvaluate)),
    evaluateOverJsonRulesEngine: spreadOf(perRepeat.map((each) => each.evaluateOverJsonRulesEngine)),
    evaluateOverZen: spreadOf(perRepeat.map((each) => each.evaluateOverZen)),
  };
  const rows: Array<[string, { min: number; median: number; max: number }, string, boolean]> = [
    ["handWrittenPerSecond / evaluatePerSecond", ratios.handWrittenOverEvaluate, "≤ 4", ratios.handWrittenOverEvaluate.median <= 4],
    ["evaluatePerSecond / jsonRulesEnginePerSecond", ratios.evaluateOverJsonRulesEngine, "≥ 6", ratios.evaluateOverJsonRulesEngine.median >= 6],
    ["evaluatePerSecond / zenEnginePerSecond", ratios.evaluateOverZen, "≥ 2", ratios.evaluateOverZen.median >= 2],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  say(`ratios over ${repeats} repeats of ${rounds} rounds (${count} households each):`);
  say(`  ${"ratio".padEnd(width)}  ${"min".padStart(6)}  ${"median".padStart(6)}  ${"max".padStart(6)}  target  median meets it`);
  for (const [name, spread, target, met] of rows) {
    say(`  ${name.padEnd(width)}  ${spread.min.toFixed(2).padStart(6)}  ${spread.median.toFixed(2).padStart(6)}  ${spread.max.toFixed(2).padStart(6)}  ${target.padEnd(6)}  ${met ? "yes" : "no"}`);
  }
  const rounded = (spread: { min: number; median: number; max: number }): { min: number; median: number; max: number } => ({
    min: Number(spread.min.toFixed(2)),
    median: Number(spread.median.toFixed(2)),
    max: Number(spread.max.toFixed(2)),
  });
  say(
    JSON.stringify({
      ...result,
      households: count,
      repeats,
      rounds,
      handWrittenOverEvaluate: rounded(ratios.handWrittenOverEvaluate),
      evaluateOverJsonRulesEngine: rounded(ratios.evaluateOverJsonRulesEngine),
      evaluateOverZen: rounded(ratios.evaluateOverZen),
    }),
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
