/**
 * The shock look-back window (src/facts/shocks.ts, INT-14 in docs/rules.md): a shock counts
 * when its `since` lies in [asOf minus 12 months, asOf], both ends included. Read through the screening's
 * category 3 (R8, potential-recipient), whose shock reason shows the window and the shocks inside it.
 * Expected by hand.
 */
import { describe, expect, it } from "vitest";
import { evaluate, type Determination, type Reason } from "../../src/index.js";
import { household, member, wage } from "../helpers.js";

const disaster = (since: string) => ({ cause: "disaster" as const, effect: "income-drop" as const, since });
// 2024-10-15, urban S 750: one earner at 1500.00 a month is not in dibao and qualifies for nothing, so
// category 3 turns on the shock alone. 12 months back from 2024-10-15 keeps the day: 2023-10-15.
const withShocks = (...since: string[]) => household([member("m1", { incomes: [wage("1500.00")] })], { circumstances: { shocks: since.map(disaster) } });
const shockReason = (d: Determination): Reason | undefined => d.screening[2]?.reasons.find((reason) => reason.code === "screening.potential-recipient.shock");

describe("the INT-14 window, both ends included", () => {
  it("takes a shock dated on asOf itself and one on the window's first day, not the days outside", () => {
    const d = evaluate(withShocks("2023-10-14", "2023-10-15", "2024-10-15", "2024-10-16"), { asOf: "2024-10-15" });
    expect(shockReason(d)).toMatchObject({
      outcome: "met",
      values: { windowFrom: "2023-10-15", windowTo: "2024-10-15", shocksGiven: 4, causes: ["disaster", "disaster"], since: ["2023-10-15", "2024-10-15"] },
    });
  });

  it.each([
    ["on asOf", "2024-10-15", "met", "flag"],
    ["on the window's first day", "2023-10-15", "met", "flag"],
    ["the day before the window", "2023-10-14", "not-met", "no"],
    ["the day after asOf", "2024-10-16", "not-met", "no"],
  ])("a single shock %s (%s): the shock condition is %s, category 3 is %s", (_, since, outcome, status) => {
    const d = evaluate(withShocks(since), { asOf: "2024-10-15" });
    expect(shockReason(d)?.outcome).toBe(outcome);
    expect(d.screening[2]?.status).toBe(status);
  });

  it("from 29 February the window starts on 28 February of the common year before", () => {
    const d = evaluate(withShocks("2023-02-27", "2023-02-28"), { asOf: "2024-02-29" });
    expect(shockReason(d)).toMatchObject({ outcome: "met", values: { windowFrom: "2023-02-28", windowTo: "2024-02-29", since: ["2023-02-28"] } });
  });
});
