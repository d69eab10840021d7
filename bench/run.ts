/**
 * `npm run bench`: the library's `evaluate` against a hand-written floor and two peer engines, on the
 * same seeded synthetic caseload, in one process. Progress goes to stdout line by line; the last line
 * is one JSON object with the four throughputs (households per second, median of the timed rounds).
 *
 *   npm run bench                      10 000 households, 7 rounds
 *   npm run bench -- --count 2000 --rounds 3 --seed 7
 *
 * What each one does per household (timed from the household as a caller holds it to the answer):
 * - evaluate: validation, every rule (R0–R6) with its reasons, digests and warnings: a full determination;
 * - hand-written: R0 + R1 + R5 only, no validation, no reasons (bench/hand-written.ts);
 * - json-rules-engine and zen: the facts of bench/engine-facts.ts, then the engine (see their files).
 * Zen's evaluate is asynchronous (N-API): it is awaited household by household, one in flight, as
 * evaluate and json-rules-engine run. Figures with zen allowed 8 in flight are printed as well.
 *
 * Before any timing, all four must give the same dibao status and amount for every household; if
 * one differs the benchmark stops (exit 1): a benchmark of wrong answers is void.
 *
 * Two parts of `evaluate` that no determination can skip are timed on their own in the same rounds:
 * validation (the input contract) and the input digest (the output contract's `inputDigest`). With the
 * floor they give a lower bound on `evaluate` before any rule beyond R0 + R1 + R5, any reason or any
 * warning: the line "lower bound" says how much of the handWritten/evaluate target it already uses.
 */
import { parseArgs } from "node:util";
import { evaluate } from "../src/index.js";
import { canonicalJson, sha256Digest } from "../src/engine/digest.js";
import { parseHouseholdForEvaluation } from "../src/engine/parse-household.js";
import { canonicalValidHousehold } from "../src/model/household-fast.js";
import { engineFacts, type HouseholdFacts } from "./engine-facts.js";
import { handWrittenDibao, type DibaoOutcome } from "./hand-written.js";
import { jsonRulesEngineDibao } from "./json-rules-engine.js";
import { generatePopulation, type Case } from "./population.js";
import { zenDibao } from "./zen-engine.js";

const { values } = parseArgs({ options: { count: { type: "string" }, rounds: { type: "string" }, seed: { type: "string" } } });
const count = Number(values.count ?? 10_000);
const rounds = Number(values.rounds ?? 7);
const seed = Number(values.seed ?? 20251015);

const say = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

function same(a: DibaoOutcome, b: DibaoOutcome): boolean {
  return a.status === b.status && a.monthlyAmount === b.monthlyAmount;
}

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

async function main(): Promise<number> {
  say(`generating ${count} households (seed ${seed})…`);
  const cases: Case[] = generatePopulation({ count, seed });
  const jre = jsonRulesEngineDibao();
  const zen = zenDibao();

  // Agreement first (it also warms every implementation up).
  say("checking that the four agree on dibao status and amount…");
  const statuses = new Map<string, number>();
  let disagreements = 0;
  for (const { household, asOf } of cases) {
    const determination = evaluate(household, { asOf });
    const library: DibaoOutcome = { status: determination.dibao.status as DibaoOutcome["status"], monthlyAmount: determination.dibao.monthlyAmount };
    const facts = engineFacts(household, asOf);
    const others: Array<[string, DibaoOutcome]> = [
      ["hand-written", handWrittenDibao(household, asOf)],
      ["json-rules-engine", await jre.decide(facts)],
      ["zen", await zen.decide(facts)],
    ];
    statuses.set(library.status, (statuses.get(library.status) ?? 0) + 1);
    for (const [name, outcome] of others) {
      if (same(library, outcome)) continue;
      disagreements++;
      if (disagreements <= 5) say(`  DISAGREE ${household.id ?? "?"} on ${asOf}: evaluate ${JSON.stringify(library)} vs ${name} ${JSON.stringify(outcome)}`);
    }
  }
  if (disagreements > 0) {
    say(`VOID: ${disagreements} disagreements; no timing is reported`);
    zen.dispose();
    return 1;
  }
  say(`  all ${cases.length} agree (${[...statuses].map(([status, n]) => `${status} ${n}`).join(", ")})`);

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
  const validated = cases.map(({ household, asOf }) => parseHouseholdForEvaluation(household, asOf));
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
        // What evaluate does for every valid household: canonical JSON of the validated input, then SHA-256.
        for (const household of validated) sha256Digest(canonicalValidHousehold(household) ?? canonicalJson(household));
        return perSecond(started);
      },
    ],
  ];

  for (let round = 1; round <= rounds; round++) {
    // Rotate the order each round, so no implementation always runs right after the same other one.
    const order = [...runs.slice(round % runs.length), ...runs.slice(0, round % runs.length)];
    const line: string[] = [];
    for (const [name, run] of order) {
      const rate = await run();
      timings[name].push(rate);
      line.push(`${name} ${Math.round(rate)}`);
    }
    say(`round ${round}/${rounds}: ${line.join(", ")} households/s`);
  }
  zen.dispose();

  const result = {
    evaluatePerSecond: Math.round(median(timings.evaluate)),
    handWrittenPerSecond: Math.round(median(timings.handWritten)),
    jsonRulesEnginePerSecond: Math.round(median(timings.jsonRulesEngine)),
    zenEnginePerSecond: Math.round(median(timings.zen)),
  };
  const ratio = (a: number, b: number): string => (a / b).toFixed(2);
  say(
    `medians of ${rounds} rounds; engines without the fact precompute: json-rules-engine ${Math.round(median(timings.jreEngineOnly))}, ` +
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
  say(
    `ratios: handWritten/evaluate ${ratio(result.handWrittenPerSecond, result.evaluatePerSecond)} (target ≤ 3), ` +
      `evaluate/jsonRulesEngine ${ratio(result.evaluatePerSecond, result.jsonRulesEnginePerSecond)} (target ≥ 10), ` +
      `evaluate/zen ${ratio(result.evaluatePerSecond, result.zenEnginePerSecond)} (target ≥ 1)`,
  );
  say(JSON.stringify(result));
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
