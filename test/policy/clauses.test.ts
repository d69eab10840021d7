/**
 * The clause catalogue against the rules, the docs and the brief: no rule cites a clause the catalogue
 * lacks, no clause lacks text, docs/rule-clause-map.md matches the modules, and reasons cite only what
 * their module declares.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHONGQING_PARAMETERS, RULES, clauseCatalogue, evaluate, getClause, sourceCatalogue } from "../../src/index.js";
import { loadFixtures } from "../../src/testing/index.js";
import type { Determination, Reason } from "../../src/index.js";

const ids = new Set(clauseCatalogue.map((clause) => clause.id));

describe("clause catalogue", () => {
  it("holds the 47 clauses of the brief, each with Chinese text, an English gist and a known source", () => {
    expect(clauseCatalogue).toHaveLength(47);
    const sources = new Set(sourceCatalogue.map((source) => source.id));
    for (const clause of clauseCatalogue) {
      expect(clause.zh.length, clause.id).toBeGreaterThan(5);
      expect(clause.en.length, clause.id).toBeGreaterThan(5);
      expect(sources.has(clause.source), clause.id).toBe(true);
      expect(clause.id.startsWith(`${clause.source}/`) || clause.id === clause.source, clause.id).toBe(true);
    }
  });

  it("every clause a rule module declares is in the catalogue", () => {
    for (const rule of RULES) for (const id of rule.clauses) expect(ids.has(id), `${rule.id}: ${id}`).toBe(true);
  });

  it("every clause id in the citations series is in the catalogue", () => {
    for (const [name, series] of Object.entries(CHONGQING_PARAMETERS.series)) {
      if (!name.startsWith("citations.")) continue;
      for (const value of series.values) for (const id of value.value as string[]) expect(ids.has(id), `${name}: ${id}`).toBe(true);
    }
  });

  const brief = "../shared/policy/clauses.md";
  it.runIf(existsSync(brief))("matches the brief's clause texts word for word", () => {
    const text = readFileSync(brief, "utf8");
    for (const clause of clauseCatalogue) expect(text.includes(`\`${clause.id}\` — ${clause.zh}`), clause.id).toBe(true);
  });
});

describe("docs/rule-clause-map.md", () => {
  const rows = new Map<string, string[]>();
  for (const line of readFileSync("docs/rule-clause-map.md", "utf8").split("\n")) {
    const match = /^\| (R\d) \|.*\|([^|]*)\|$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) rows.set(match[1], [...match[2].matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ""));
  }
  it("lists exactly the clauses each module declares", () => {
    expect([...rows.keys()]).toEqual(RULES.map((rule) => rule.id));
    for (const rule of RULES) expect(new Set(rows.get(rule.id)), rule.id).toEqual(new Set(rule.clauses));
  });
});

describe("reasons in determinations", () => {
  const declared = (id: string) => new Set(RULES.find((rule) => rule.id === id)?.clauses ?? []);
  const dibaoClauses = new Set([...declared("R1"), ...declared("R2")]);
  const check = (reasons: readonly Reason[], allowed: Set<string>, where: string) => {
    for (const reason of reasons) {
      expect(reason.clauses.length, `${where} ${reason.code}`).toBeGreaterThan(0);
      for (const id of reason.clauses) {
        expect(getClause(id), `${where} ${reason.code} cites ${id}`).toBeDefined();
        expect(allowed.has(id), `${where} ${reason.code} cites ${id}, not declared by its module`).toBe(true);
      }
    }
  };
  it("cite only catalogued clauses their module declares, in every fixture", () => {
    for (const fixture of loadFixtures(["fixtures"])) {
      let determination: Determination;
      try {
        determination = evaluate(fixture.household, { asOf: fixture.asOf, parameters: fixture.parameters as never });
      } catch {
        continue;
      }
      check(determination.dibao.reasons, dibaoClauses, fixture.name);
      for (const referral of determination.singlePersonReferrals) check(referral.reasons, declared("R3"), fixture.name);
      for (const entry of determination.specialHardship) check(entry.reasons, declared("R4"), fixture.name);
    }
  });
});
