/**
 * The same dibao status and amount (R0 + R1 + R5) as a GoRules JDM decision graph, run by
 * @gorules/zen-engine (Rust, through N-API). The graph is built and loaded once.
 *
 * What the graph receives per household: the facts of `engine-facts.ts` (ages, each member's sums of
 * countable income and deductions as decimal text). In the graph: the standard in force (a decision
 * table over area and date), each member's countable income floored at 0 (INT-4) and classified top-up
 * (a decision table run per member, then an expression), who is counted, the total, the income and
 * property tests and the status (a decision table), and the amount S × n − total + top-ups (an
 * expression). Zen computes with decimal numbers (money enters as text through `number()`), so its
 * arithmetic is exact, like decimal.js.
 */
import { ZenEngine, type ZenDecision } from "@gorules/zen-engine";
import Decimal from "decimal.js";
import type { DibaoOutcome } from "./hand-written.js";
import type { HouseholdFacts } from "./engine-facts.js";
import { STANDARDS, TOP_UP } from "./standards.js";

const position = { x: 0, y: 0 };

function node(id: string, type: string, content?: object): object {
  return { id, name: id, type, position, ...(content === undefined ? {} : { content }) };
}

function column(id: string, field?: string): object {
  return field === undefined ? { id, name: id } : { id, name: id, field };
}

/** The standards table as decision-table rows, newest first (hit policy "first"). */
function standardRows(): object[] {
  const rows: object[] = [];
  for (const row of [...STANDARDS].reverse()) {
    const from = Number(row.from.replaceAll("-", ""));
    rows.push({ _id: `u${from}`, area: "'urban'", asOf: `>= ${from}`, standard: row.urban });
    rows.push({ _id: `r${from}`, area: "'rural'", asOf: `>= ${from}`, standard: row.rural });
  }
  return rows;
}

/** The JDM graph: input → standard → per-member top-up → per-member income and top-up → totals → status → amount. */
export function dibaoGraph(): object {
  const table = (rules: object[], inputs: object[], outputs: object[], loop?: { inputField: string; outputPath: string }) => ({
    hitPolicy: "first",
    rules,
    inputs,
    outputs,
    passThrough: true,
    inputField: loop?.inputField ?? null,
    outputPath: loop?.outputPath ?? null,
    executionMode: loop === undefined ? "single" : "loop",
  });
  const expressions = (items: Array<[string, string]>, loop?: { inputField: string; outputPath: string }) => ({
    expressions: items.map(([key, value]) => ({ id: key, key, value })),
    passThrough: true,
    inputField: loop?.inputField ?? null,
    outputPath: loop?.outputPath ?? null,
    executionMode: loop === undefined ? "single" : "loop",
  });
  const nodes = [
    node("request", "inputNode"),
    node("standard", "decisionTableNode", table(standardRows(), [column("area", "area"), column("asOf", "asOfNumber")], [column("standard", "standard")])),
    // R5: the highest exclusive category (100 preschool child or student; else 60 severely disabled,
    // seriously ill or aged 70+), then +40 for any disability in the next node.
    node(
      "topUpCategory",
      "decisionTableNode",
      table(
        [
          { _id: "child-or-student", when: `(schooling == 'none' and age < ${TOP_UP.preschoolMaxAge}) or schooling != 'none'`, exclusive: TOP_UP.childOrStudent },
          { _id: "sixty", when: `(grade >= 1 and grade <= 2) or seriousIllness == true or age >= ${TOP_UP.agedMinAge}`, exclusive: TOP_UP.severelyDisabled },
          { _id: "none", when: "", exclusive: "0" },
        ],
        [column("when")],
        [column("exclusive", "exclusive")],
        { inputField: "members", outputPath: "members" },
      ),
    ),
    node(
      "member",
      "expressionNode",
      expressions(
        [
          ["countable", "max([number(grossIncome) - number(deductions), 0])"], // INT-4: never below 0
          ["topUp", `exclusive + (disabled == true ? ${TOP_UP.disabled} : 0)`],
        ],
        { inputField: "members", outputPath: "members" },
      ),
    ),
    node(
      "household",
      "expressionNode",
      expressions([
        ["countedMembers", "len(filter(members, #.counted))"],
        ["totalIncome", "sum(map(filter(members, #.counted), #.countable))"],
        ["topUps", "sum(map(filter(members, #.counted), #.topUp))"],
      ]),
    ),
    node("scale", "expressionNode", expressions([["standardTimesMembers", "standard * countedMembers"]])),
    node(
      "status",
      "decisionTableNode",
      table(
        [
          { _id: "income-test-failed", income: "totalIncome >= standardTimesMembers", property: "", status: "'ineligible'" },
          { _id: "property-test-failed", income: "", property: "assetsCompliant == false", status: "'ineligible'" },
          { _id: "property-unknown", income: "", property: "assetsCompliant == null", status: "'needs-review'" },
          { _id: "eligible", income: "", property: "", status: "'eligible'" },
        ],
        [column("income"), column("property")],
        [column("status", "status")],
      ),
    ),
    node("amount", "expressionNode", expressions([["monthlyAmount", "status == 'eligible' ? string(standardTimesMembers - totalIncome + topUps) : null"]])),
    node("response", "outputNode"),
  ];
  const order = ["request", "standard", "topUpCategory", "member", "household", "scale", "status", "amount", "response"];
  const edges = order.slice(1).map((target, index) => ({ id: `e${index}`, sourceId: order[index], targetId: target, type: "edge" }));
  return { contentType: "application/vnd.gorules.decision", nodes, edges };
}

export interface ZenDibao {
  decide(facts: HouseholdFacts): Promise<DibaoOutcome>;
  dispose(): void;
}

/** Loads the graph once. */
export function zenDibao(): ZenDibao {
  const engine = new ZenEngine();
  const decision: ZenDecision = engine.createDecision(dibaoGraph());
  return {
    async decide(facts) {
      const { result } = await decision.evaluate(facts);
      // Zen leaves out null members of its result, so a missing amount is null.
      const output = result as { status: DibaoOutcome["status"]; monthlyAmount?: string | null };
      // The contract writes money with exactly two decimals.
      return { status: output.status, monthlyAmount: output.monthlyAmount == null ? null : new Decimal(output.monthlyAmount).toFixed(2, Decimal.ROUND_HALF_UP) };
    },
    dispose() {
      engine.dispose();
    },
  };
}
