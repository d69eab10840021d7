/**
 * The hand-worked audit fixture (fixtures/audit): the caseload's findings and summary against the
 * expectations written, with their arithmetic, in fixtures/audit/expected.md. Every expected value there
 * was worked out by hand from docs/rules.md and the parameters; none was produced by running the library.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { auditCaseload, createAuditSummary, type AuditEntry, type AuditFinding, type HouseholdAudit } from "../../src/index.js";

const DIR = fileURLToPath(new URL("../../fixtures/audit/", import.meta.url));
const ASOF = "2025-10-15";
const caseload = readFileSync(`${DIR}caseload.ndjson`, "utf8").split("\n").slice(0, -1);

/** Every `yaml` block of expected.md, merged: household id → expectation, `line-N`, and `summary`. */
function expectations(): Record<string, unknown> {
  const text = readFileSync(`${DIR}expected.md`, "utf8");
  const merged: Record<string, unknown> = {};
  for (const match of text.matchAll(/```yaml\n([\s\S]*?)```/g)) Object.assign(merged, parseYaml(match[1] ?? "", { schema: "core" }) as Record<string, unknown>);
  return merged;
}

interface ExpectedFinding extends Partial<Omit<AuditFinding, "recorded" | "decided">> {
  readonly recorded?: Record<string, unknown>;
  readonly decided?: Record<string, unknown>;
}
interface ExpectedHousehold {
  readonly result: HouseholdAudit["result"];
  readonly monthlyAtStake: string;
  readonly findings: readonly ExpectedFinding[];
}

/** The finding as far as the expectation speaks: every field it gives, and of recorded/decided the keys it gives. */
function projected(actual: AuditFinding, expected: ExpectedFinding): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(expected) as Array<keyof ExpectedFinding>) {
    if (key === "recorded" || key === "decided") {
      const part = actual[key];
      out[key] = Object.fromEntries(Object.keys(expected[key] ?? {}).map((name) => [name, part[name]]));
    } else {
      out[key] = actual[key];
    }
  }
  return out;
}

async function audited(): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  for await (const entry of auditCaseload(caseload, { asOf: ASOF })) entries.push(entry);
  return entries;
}

describe("audit fixture (fixtures/audit)", () => {
  const expected = expectations();

  it("holds at least 30 households, each with a written expectation, and one invalid line", () => {
    const ids = caseload.map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids.filter((id) => id.startsWith("aud-") && !id.includes("invalid"))).toHaveLength(31);
    for (const id of ids.filter((each) => !each.includes("invalid"))) expect(expected[id], id).toBeDefined();
  });

  it("gives every household exactly its hand-worked findings", async () => {
    const entries = await audited();
    expect(entries).toHaveLength(32);
    for (const entry of entries) {
      if ("error" in entry) {
        const wanted = expected[`line-${entry.line}`] as { error: string; path: string };
        expect(entry.error.name).toBe(wanted.error);
        expect(entry.error.issues.map((issue) => issue.path)).toContain(wanted.path);
        continue;
      }
      const wanted = expected[entry.householdId ?? ""] as ExpectedHousehold;
      const label = `${entry.householdId ?? "?"} (line ${entry.line})`;
      expect({ result: entry.result, monthlyAtStake: entry.monthlyAtStake, findings: entry.findings.length }, label).toEqual({
        result: wanted.result,
        monthlyAtStake: wanted.monthlyAtStake,
        findings: wanted.findings.length,
      });
      entry.findings.forEach((finding, index) => {
        const want = wanted.findings[index] ?? {};
        expect(projected(finding, want), `${label} finding ${index}`).toEqual(want);
        expect(finding.reasons.length, `${label} finding ${index} cites the reasons that decided it`).toBeGreaterThan(0);
      });
    }
  });

  it("covers every finding code, and a consistent household of each programme", async () => {
    const entries = (await audited()).filter((entry): entry is AuditEntry & HouseholdAudit => !("error" in entry));
    const codes = new Set(entries.flatMap((entry) => entry.findings.map((finding) => finding.code)));
    expect([...codes].sort()).toEqual(
      ["dibao-amount-differs", "dibao-ineligible-recipient", "dibao-missed", "gradual-exit-window-due", "gradual-exit-window-overrun", "single-person-referral-missed", "special-hardship-ineligible", "special-hardship-missed", "undecidable"].sort(),
    );
    const consistent = entries.filter((entry) => entry.result === "consistent").map((entry) => entry.householdId);
    // dibao (aud-01, aud-02), gradual exit (aud-10), single person (aud-15), extreme poverty (aud-17).
    expect(consistent).toEqual(expect.arrayContaining(["aud-01", "aud-02", "aud-10", "aud-15", "aud-17"]));
  });

  it("sums to the hand-worked summary", async () => {
    const builder = createAuditSummary(ASOF);
    for (const entry of await audited()) builder.add(entry);
    const { schema, notice, asOf, engine, source, parameterSets, ...figures } = builder.summary();
    expect({ schema, asOf, source }).toEqual({ schema: "social-assistance-rules/audit-summary@1", asOf: ASOF, source: {} });
    expect(notice).toMatch(/not a verdict/);
    expect(engine.name).toBe("social-assistance-rules");
    expect(parameterSets.reduce((total, set) => total + set.households, 0)).toBe(31);
    expect(figures).toEqual(expected.summary);
  });
});
