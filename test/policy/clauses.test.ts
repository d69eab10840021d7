/**
 * The clause catalogue against the repository's policy/ data, the rules and the docs: the generated
 * catalogue is exactly what policy/ holds and what the generator writes, every clause has Chinese text, an
 * English gist and a known source, no rule cites a clause the catalogue lacks, docs/rule-clause-map.md
 * matches the modules, and reasons cite only what their module declares. Nothing here reads outside the
 * repository, so nothing is skipped on a clean clone.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CHONGQING_PARAMETERS, RULES, clauseCatalogue, evaluate, getClause, getSource, sourceCatalogue } from "../../src/index.js";
import { loadFixtures } from "../../src/testing/index.js";
import type { Determination, HouseholdInput, Reason } from "../../src/index.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const GENERATOR = join(ROOT, "scripts", "generate-catalogue.mjs");
const GENERATED = join(ROOT, "src", "policy", "catalogue.generated.ts");
const HAN = /\p{Script=Han}/u;
const ids = new Set(clauseCatalogue.map((clause) => clause.id));

/** A policy/ file as the generator reads it: a list of records, every value text (failsafe schema). */
function policyRecords(file: string): Record<string, string>[] {
  const data: unknown = parse(readFileSync(join(ROOT, "policy", file), "utf8"), { schema: "failsafe" });
  if (!Array.isArray(data)) throw new Error(`policy/${file} is not a list`);
  return data as Record<string, string>[];
}

function generate(...args: string[]) {
  return spawnSync(process.execPath, [GENERATOR, ...args], { cwd: ROOT, encoding: "utf8" });
}

const scratch = mkdtempSync(join(tmpdir(), "catalogue-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("clause catalogue against policy/", () => {
  it("holds exactly the clauses of policy/clauses.yaml, in their order, field for field", () => {
    expect(clauseCatalogue.map((clause) => ({ ...clause }))).toEqual(policyRecords("clauses.yaml"));
  });

  it("holds exactly the sources of policy/sources.yaml, in their order, field for field", () => {
    expect(sourceCatalogue.map((source) => ({ ...source }))).toEqual(policyRecords("sources.yaml"));
  });

  it("gives every clause Chinese text, an English gist marked as the brief's or the library's, and a source that resolves", () => {
    for (const clause of clauseCatalogue) {
      expect(HAN.test(clause.zh), `${clause.id} zh`).toBe(true);
      expect(clause.en.trim().length, `${clause.id} en`).toBeGreaterThan(5);
      expect(HAN.test(clause.en), `${clause.id} en is English`).toBe(false);
      expect(["brief", "library"], clause.id).toContain(clause.enBy);
      expect(getSource(clause.source), clause.id).toBeDefined();
      expect(clause.id.startsWith(`${clause.source}/`) || clause.id === clause.source, clause.id).toBe(true);
    }
  });

  it("gives every source a short title per language: Chinese without Latin letters, and English", () => {
    for (const source of sourceCatalogue) {
      expect(HAN.test(source.titleZh) && !/[A-Za-z]/.test(source.titleZh), `${source.id} titleZh`).toBe(true);
      expect(/[A-Za-z]{3,}/.test(source.titleEn), `${source.id} titleEn`).toBe(true);
      // The Chinese title is the one the full title already holds, where it holds one in 《》.
      const held = /《[^》]+》/.exec(source.title)?.[0];
      if (held !== undefined && source.title.startsWith(held)) expect(source.titleZh, source.id).toBe(held);
    }
  });

  it("has no duplicate clause or source id", () => {
    expect(new Set(clauseCatalogue.map((clause) => clause.id)).size).toBe(clauseCatalogue.length);
    expect(new Set(sourceCatalogue.map((source) => source.id)).size).toBe(sourceCatalogue.length);
  });

  it("gives a source's inForceFrom only as a day its own inForce text states", () => {
    for (const source of sourceCatalogue) {
      if (source.inForceFrom === undefined) continue;
      expect(source.inForceFrom, source.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(source.inForce.includes(source.inForceFrom), source.id).toBe(true);
    }
    // The seed report's date is an announcement, and the Chongqing rigid-expenditure date an estimate.
    expect(getSource("cq-daily-2020-09")?.inForceFrom).toBeUndefined();
    expect(getSource("cq-rigid-expenditure-2025")?.inForceFrom).toBeUndefined();
    expect(getSource("cq-standards-2024")?.inForceFrom).toBe("2024-09-01");
  });

  it("gives inForceNotBefore only where no day is stated: the first day of the month or year inForce states, or its span's start", () => {
    for (const source of sourceCatalogue) {
      const earliest = source.inForceNotBefore;
      if (earliest === undefined) continue;
      expect(source.inForceFrom, source.id).toBeUndefined();
      const month = /^(\d{4})-(\d{2})$/.exec(source.inForce);
      const year = /^(\d{4})$/.exec(source.inForce);
      const span = /span (\d{4}-\d{2}-\d{2}) …/.exec(source.inForce);
      const expected = month !== null ? `${month[1]}-${month[2]}-01` : year !== null ? `${year[1]}-01-01` : span?.[1];
      expect(earliest, source.id).toBe(expected);
    }
    // Worked from policy/sources.yaml: 2020-08 → 2020-08-01; "2016" → 2016-01-01; the rigid-expenditure span's start.
    expect(getSource("reform-opinion-2020")?.inForceNotBefore).toBe("2020-08-01");
    expect(getSource("cq-dibao-regulation-2016")?.inForceNotBefore).toBe("2016-01-01");
    expect(getSource("cq-rigid-expenditure-2025")?.inForceNotBefore).toBe("2025-04-14");
    // The seed report describes the legacy rule and the new one: the parameter series date its clauses.
    expect(getSource("cq-daily-2020-09")?.inForceNotBefore).toBeUndefined();
  });

  it("holds the clauses and sources the brief added on 2026-11-30 for R7–R9", () => {
    const added = [
      "saim/art-28",
      "saim/art-29",
      "saim/art-33",
      "saim/art-37",
      "saim/art-38",
      "cq-rigid-expenditure-2025/ratio",
      "cq-rigid-expenditure-2025/validity",
      "cq-medical-assistance-2023/targets",
      "cq-housing-renovation-2023/targets",
      "housing-notice-2014/targets",
      "cq-education-2016/high-school-fee-waiver",
    ];
    for (const id of added) expect(getClause(id), id).toBeDefined();
    expect(getClause("saim/art-37")?.zh).toBe("国家对符合规定标准的住房困难的最低生活保障家庭、分散供养的特困人员，给予住房救助。");
    expect(getClause("cq-rigid-expenditure-2025/ratio")?.zh).toContain("不低于70%");
    expect(getSource("cq-statistics")).toBeDefined();
  });

  it("marks the gists the brief does not give as the library's wording", () => {
    expect(getClause("saim/art-9")?.enBy).toBe("brief");
    expect(getClause("shp-identification-2021/art-5")?.enBy).toBe("library");
    expect(getClause("cq-standards-2024")?.enBy).toBe("library");
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
});

describe("scripts/generate-catalogue.mjs", () => {
  it("--check passes on the committed catalogue", () => {
    const result = generate("--check");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("src/policy/catalogue.generated.ts is up to date with policy/");
  });

  it("writes the committed file byte for byte, and the same bytes every time", () => {
    const first = join(scratch, "first.ts");
    const second = join(scratch, "second.ts");
    expect(generate("--out", first).status).toBe(0);
    expect(generate("--out", second).status).toBe(0);
    const committed = readFileSync(GENERATED, "utf8").replace(/\r\n/g, "\n");
    expect(readFileSync(first, "utf8")).toBe(committed);
    expect(readFileSync(second, "utf8")).toBe(committed);
  });

  it("--check fails, naming the first stale line, when the generated file differs from policy/", () => {
    const stale = join(scratch, "stale.ts");
    const text = readFileSync(GENERATED, "utf8");
    const zh = getClause("saim/art-9")?.zh ?? "";
    writeFileSync(stale, text.replace(zh, zh.replace("给予", "发给")));
    const result = generate("--check", "--out", stale);
    expect(result.status).toBe(1);
    const line = text.split("\n").findIndex((l) => l.includes(zh)) + 1;
    expect(result.stderr).toContain(`is out of date with policy/ (first difference at line ${line})`);
    expect(result.stderr).toContain("Run `npm run catalogue`");
    expect(readFileSync(stale, "utf8")).not.toBe(text); // --check writes nothing

    const missing = generate("--check", "--out", join(scratch, "missing.ts"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("is missing");
  });

  it("rejects invalid policy data, listing every problem, and writes nothing", () => {
    const dir = join(scratch, "bad-policy");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    const clauses = readFileSync(join(ROOT, "policy", "clauses.yaml"), "utf8")
      .replace("- id: saim/art-10\n  source: saim", "- id: saim/art-10\n  source: sam")
      .replace("- id: saim/art-13\n", "- id: saim/art-9\n")
      .replace("  enBy: library", "  enBy: ours");
    writeFileSync(join(dir, "clauses.yaml"), clauses);
    const sources = readFileSync(join(ROOT, "policy", "sources.yaml"), "utf8").replace("  inForceFrom: 2014-05-01\n", "  inForceFrom: 2014-05-01\n  inForceNotBefore: 2014-05\n");
    writeFileSync(join(dir, "sources.yaml"), sources);
    const out = join(scratch, "never.ts");
    const result = generate("--policy", dir, "--out", out);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("policy data has 6 problems");
    expect(result.stderr).toContain('saim: inForceNotBefore "2014-05" is not a YYYY-MM-DD calendar day');
    expect(result.stderr).toContain("saim: give inForceFrom or inForceNotBefore, not both");
    expect(result.stderr).toContain('saim/art-10: unknown source "sam"');
    expect(result.stderr).toContain('saim/art-10: source "sam" is not the id\'s first segment');
    expect(result.stderr).toContain("saim/art-9: duplicate id");
    expect(result.stderr).toContain('shp-identification-2021/art-4: enBy must be "brief" or "library", not "ours"');
    expect(existsSync(out)).toBe(false);
  });
});

describe("docs/rule-clause-map.md", () => {
  const rows = new Map<string, string[]>();
  for (const line of readFileSync("docs/rule-clause-map.md", "utf8").split("\n")) {
    const match = /^\| (R\d+[a-z]?) \|.*\|([^|]*)\|$/.exec(line);
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
        determination = evaluate(fixture.household as HouseholdInput, { asOf: fixture.asOf, parameters: fixture.parameters as never });
      } catch {
        continue;
      }
      check(determination.dibao.reasons, dibaoClauses, fixture.name);
      for (const referral of determination.singlePersonReferrals) check(referral.reasons, declared("R3"), fixture.name);
      for (const entry of determination.specialHardship) check(entry.reasons, declared("R4"), fixture.name);
      for (const entry of determination.assistanceReferrals) check(entry.reasons, declared("R9"), fixture.name);
    }
    // Every fixture evaluated once: some hundred determinations, longer than the default 5 s on a loaded machine.
  }, 60_000);
});
