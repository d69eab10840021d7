/**
 * How a programme's routes decide an entry (R9): a route refers when all its groups are met; a route with a
 * pending group and none failed leaves the entry `needs-review` unless another route refers; the entry lists
 * the groups of the routes that refer and the pending groups of the routes still open, in group order.
 */
import { describe, expect, it } from "vitest";
import type { Outcome } from "../../../src/model/determination.js";
import type { GroupFinding } from "../../../src/rules/assistance-referrals/groups.js";
import { decideRoutes, interpretationsFor, type Route } from "../../../src/rules/assistance-referrals/routes.js";
import type { AssistanceGroup } from "../../../src/rules/assistance-referrals/section.js";

/** Findings by hand: the groups named met or unknown, every other group not met. */
function findings(met: AssistanceGroup[], unknown: AssistanceGroup[] = []): (group: AssistanceGroup) => GroupFinding {
  return (group) => {
    const outcome: Outcome = met.includes(group) ? "met" : unknown.includes(group) ? "unknown" : "not-met";
    return { outcome, missing: outcome === "unknown" ? [`fact.${group}`] : [], values: {} };
  };
}

const EDUCATION_LIKE: Route[] = [["dibao"], ["orphan"], ["disabled", "dibao-edge"], ["dibao-edge"]];

describe("decideRoutes", () => {
  it("gives no entry when every route definitely fails", () => {
    expect(decideRoutes(EDUCATION_LIKE, findings(["disabled"]))).toBeUndefined();
  });

  it("refers through every route that holds, listing their groups in group order", () => {
    const decision = decideRoutes(EDUCATION_LIKE, findings(["orphan", "dibao-edge", "disabled", "dibao"]));
    expect(decision?.status).toBe("refer");
    // ASSISTANCE_GROUPS order: dibao, …, dibao-edge, …, orphan, disabled.
    expect(decision?.groups).toEqual(["dibao", "dibao-edge", "orphan", "disabled"]);
    expect(decision?.pendingGroups).toEqual([]);
  });

  it("a group that completes no route is not listed (disabled alone, without a tier)", () => {
    const decision = decideRoutes(EDUCATION_LIKE, findings(["dibao", "disabled"]));
    expect(decision?.groups).toEqual(["dibao"]);
  });

  it("with only a pending route the entry needs review, naming the pending group and not the met one beside it", () => {
    const decision = decideRoutes(EDUCATION_LIKE, findings(["disabled"], ["dibao-edge"]));
    expect(decision?.status).toBe("needs-review");
    expect(decision?.groups).toEqual([]);
    expect(decision?.pendingGroups).toEqual(["dibao-edge"]);
    expect(decision?.findings.get("dibao-edge")?.missing).toEqual(["fact.dibao-edge"]);
    expect(decision?.findings.has("disabled")).toBe(false);
  });

  it("a pending route beside a route that refers: refer, and the pending group is still listed", () => {
    const decision = decideRoutes(EDUCATION_LIKE, findings(["orphan"], ["dibao"]));
    expect(decision).toMatchObject({ status: "refer", groups: ["orphan"], pendingGroups: ["dibao"] });
  });

  it("a route with one group failed stays closed even if another of its groups is pending", () => {
    expect(decideRoutes([["disabled", "dibao-edge"]], findings(["disabled"], ["dibao-edge"]))).toMatchObject({ status: "needs-review", groups: [], pendingGroups: ["dibao-edge"] });
    expect(decideRoutes([["disabled", "dibao-edge"]], findings(["dibao-edge"], ["disabled"]))).toMatchObject({ status: "needs-review", groups: [], pendingGroups: ["disabled"] });
    expect(decideRoutes([["disabled", "dibao-edge"]], findings([], ["dibao-edge"]))).toBeUndefined();
    expect(decideRoutes([["orphan", "dibao-edge"]], findings([], ["dibao-edge"]))).toBeUndefined();
  });

  it("asks for each group once, however many routes name it", () => {
    const asked: AssistanceGroup[] = [];
    const find = findings(["dibao-edge"]);
    decideRoutes(EDUCATION_LIKE, (group) => {
      asked.push(group);
      return find(group);
    });
    expect(asked).toEqual(["dibao", "orphan", "disabled", "dibao-edge"]);
  });
});

describe("INT-15 named where a 2023 Q&A is cited", () => {
  it("names INT-15 for the medical and renovation Q&As, not for the report or the national articles", () => {
    expect(interpretationsFor(["saim/art-28", "cq-medical-assistance-2023/targets"])).toEqual(["INT-15"]);
    expect(interpretationsFor(["saim/art-38", "cq-daily-2020-09/housing", "cq-housing-renovation-2023/targets"])).toEqual(["INT-15"]);
    expect(interpretationsFor(["saim/art-38", "cq-daily-2020-09/housing"])).toEqual([]);
    expect(interpretationsFor([])).toEqual([]);
  });
});
