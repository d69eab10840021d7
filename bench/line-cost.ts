/**
 * Where one `batch` line's time goes, in process, on the realistic bench population with one --as-of:
 * JSON.parse of the line, evaluateInput, JSON.stringify of the determination, and the bare
 * parse + stringify of the input line (the batch target's baseline). `npx tsx bench/line-cost.ts [count]`.
 */
import { evaluateInput } from "../src/engine/evaluate.js";
import { generatePopulation } from "./population.js";

const count = Number(process.argv[2] ?? 10_000);
const asOf = "2025-10-15";
const lines = generatePopulation({ count, asOf }).map((c) => JSON.stringify(c.household));
const options = { asOf };

function time(label: string, fn: () => number): void {
  fn();
  const start = process.hrtime.bigint();
  const sink = fn();
  const micros = Number(process.hrtime.bigint() - start) / 1000 / count;
  console.log(`${label.padEnd(34)} ${micros.toFixed(1).padStart(7)} µs per line (${sink})`);
}

const parsed = lines.map((line) => JSON.parse(line) as unknown);
const determinations = parsed.map((value) => evaluateInput(value, options));
const outputs = determinations.map((d) => JSON.stringify(d));
const inBytes = lines.reduce((n, l) => n + l.length, 0) / count;
const outBytes = outputs.reduce((n, l) => n + l.length, 0) / count;
console.log(`${count} lines; input ${inBytes.toFixed(0)} chars, output ${outBytes.toFixed(0)} chars per line`);
time("bare parse + stringify of input", () => lines.reduce((n, l) => n + JSON.stringify(JSON.parse(l)).length, 0));
time("JSON.parse of input", () => lines.reduce((n, l) => n + (JSON.parse(l) ? 1 : 0), 0));
time("evaluateInput", () => parsed.reduce((n: number, v) => n + evaluateInput(v, options).dibao.status.length, 0));
time("JSON.stringify of determination", () => determinations.reduce((n, d) => n + JSON.stringify(d).length, 0));
time("JSON.parse of determination", () => outputs.reduce((n, o) => n + (JSON.parse(o) ? 1 : 0), 0));
time("whole line (parse, evaluate, stringify)", () => lines.reduce((n, l) => n + JSON.stringify(evaluateInput(JSON.parse(l), options)).length, 0));
