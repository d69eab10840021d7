/** The CLI in-process (no build): commands, exit codes 0/1/2, readable errors naming the field. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/cli.js";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "sar-cli-"));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("evaluate", () => {
  it("prints the determination as JSON", async () => {
    const { code, out } = await run("evaluate", "examples/urban-family.json", "--as-of", "2025-10-15");
    expect(code).toBe(0);
    const d = JSON.parse(out) as { dibao: { status: string }; householdId: string };
    expect(d.householdId).toBe("demo-urban-family");
    expect(d.dibao.status).toBe("eligible");
  });

  it("prints prose in either language", async () => {
    expect((await run("evaluate", "examples/urban-family.json", "--as-of", "2025-10-15", "--format", "text", "--lang", "en")).out).toContain("Minimum living guarantee");
    expect((await run("evaluate", "examples/urban-family.json", "--as-of", "2025-10-15", "--format", "markdown")).out).toContain("## 最低生活保障（低保）");
  });

  it("--clauses: the authorities as one line each (compact, the default) or quoted (full); full implies text; refused with JSON", async () => {
    const compact = (await run("evaluate", "examples/urban-family.json", "--as-of", "2025-10-15", "--lang", "zh")).out;
    expect(compact).toContain("\n依据\n");
    expect(compact).toContain("• saim/art-9 《社会救助暂行办法》第九条\n");
    expect(compact).not.toContain("国家对共同生活的家庭成员人均收入低于当地最低生活保障标准");
    expect((await run("evaluate", "examples/urban-family.json", "--as-of", "2025-10-15", "--lang", "zh", "--clauses", "compact")).out).toBe(compact);
    const full = await run("evaluate", "examples/urban-family.json", "--as-of", "2025-10-15", "--clauses", "full");
    expect(full.code).toBe(0);
    expect(full.out).toContain("• saim/art-9 — 《社会救助暂行办法》第九条\n");
    expect(full.out).toContain("国家对共同生活的家庭成员人均收入低于当地最低生活保障标准");
    const english = (await run("evaluate", "examples/urban-family.json", "--as-of", "2025-10-15", "--lang", "en", "--clauses", "full")).out;
    expect(english).toContain("• saim/art-9 — Interim Measures for Social Assistance, art. 9\n");
    const json = await run("evaluate", "examples/urban-family.json", "--as-of", "2025-10-15", "--format", "json", "--clauses", "full");
    expect(json.code).toBe(2);
    expect(json.err).toContain("--clauses shapes the explanation");
    const wrong = await run("evaluate", "examples/urban-family.json", "--as-of", "2025-10-15", "--clauses", "all");
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("--clauses must be one of compact, full");
  });

  it("exits 2 on invalid input, naming the field, without a stack trace", async () => {
    const bad = file("bad.json", JSON.stringify({ jurisdiction: "CN-CQ", area: "urban", members: [{ id: "m1", relation: "self", birthDate: "2023-02-29" }] }));
    const { code, out, err } = await run("evaluate", bad, "--as-of", "2024-01-01");
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("members[0].birthDate");
    expect(err).not.toMatch(/\n\s+at /);
  });

  it("exits 2 on malformed JSON, a BOM, empty input and a missing file", async () => {
    for (const content of ['{"jurisdiction": ', "\uFEFF{}", "  "]) {
      const { code, err } = await run("evaluate", file("x.json", content), "--as-of", "2024-01-01");
      expect(code).toBe(2);
      expect(err).toMatch(/JSON|byte-order mark|empty/);
    }
    expect((await run("evaluate", join(dir, "nope.json"), "--as-of", "2024-01-01")).code).toBe(2);
  });

  it("exits 2 on usage errors: no --as-of, a bad --format, an unknown flag, an asOf that is not a date", async () => {
    expect((await run("evaluate", "examples/urban-family.json")).code).toBe(2);
    expect((await run("evaluate", "examples/urban-family.json", "--as-of", "2025-10-15", "--format", "xml")).code).toBe(2);
    expect((await run("evaluate", "examples/urban-family.json", "--as-of", "2025-10-15", "--colour")).code).toBe(2);
    const notDate = await run("evaluate", "examples/urban-family.json", "--as-of", "yesterday");
    expect(notDate.code).toBe(2);
    expect(notDate.err).toContain("asOf");
  });

  it("takes parameter overrides from a YAML or JSON file", async () => {
    const yaml = file("what-if.yaml", 'series:\n  "dibao.standard.urban":\n    values:\n      - { from: "2025-07-01", value: "800" }\n');
    const { code, out } = await run("evaluate", "examples/urban-family.json", "--as-of", "2025-10-15", "--parameters", yaml);
    expect(code).toBe(0);
    expect((JSON.parse(out) as { figures: { standard: string } }).figures.standard).toBe("800.00");
    const broken = file("broken.yaml", "series: [");
    expect((await run("evaluate", "examples/urban-family.json", "--as-of", "2025-10-15", "--parameters", broken)).code).toBe(2);
  });
});

describe("test", () => {
  it("runs fixtures and ends with the pass count", async () => {
    const { code, out } = await run("test", "fixtures/gradual-exit");
    expect(code).toBe(0);
    expect(out).toMatch(/^\d+ passed, 0 failed\n$/m);
  });

  it("prints the differing field and exits 1 on a failing fixture", async () => {
    const failing = file(
      "failing.yaml",
      'name: wrong on purpose\nasOf: "2024-06-01"\nhousehold: { jurisdiction: CN-CQ, area: urban, members: [{ id: m1, relation: self, birthDate: "1980-01-01" }], assets: { compliant: true } }\nexpect: { dibao: { monthlyAmount: "1.00" } }\n',
    );
    const { code, out } = await run("test", failing);
    expect(code).toBe(1);
    expect(out).toContain('dibao.monthlyAmount expected "1.00", got "735.00"');
    expect(out).toContain("0 passed, 1 failed");
  });

  it("reports every fixture file that is not a fixture, runs the rest, then exits 1", async () => {
    const folder = mkdtempSync(join(tmpdir(), "sar-fixtures-"));
    const household = "{ jurisdiction: CN-CQ, area: urban, members: [{ id: m1, relation: self, birthDate: \"1980-01-01\" }], assets: { compliant: true } }";
    writeFileSync(join(folder, "a-no-expect.yaml"), `name: no expect\nasOf: "2024-06-01"\nhousehold: ${household}\n`);
    writeFileSync(join(folder, "b-good.yaml"), `name: good\nasOf: "2024-06-01"\nhousehold: ${household}\nexpect: { dibao: { monthlyAmount: "735.00" } }\n`);
    writeFileSync(join(folder, "c-broken.yaml"), "name: [unclosed\n");
    const { code, out, err } = await run("test", folder);
    expect(code).toBe(1);
    expect(err).toContain(`INVALID ${join(folder, "a-no-expect.yaml")}`);
    expect(err).toContain("expect: expect is required: the expected determination");
    expect(err).toContain(`INVALID ${join(folder, "c-broken.yaml")}`);
    expect(out).toBe("1 passed, 0 failed, 2 invalid fixture files\n");
  });
});

describe("CLI conventions (issue 16)", () => {
  it("answers --help (and -h) for every command on stdout with status 0, naming its flags", async () => {
    for (const [command, flag] of [["evaluate", "--as-of"], ["batch", "--workers"], ["audit", "--report"], ["test", "PATH"], ["schema", "JSON Schema"], ["clauses", "--lang"]] as const) {
      for (const help of ["--help", "-h"]) {
        const { code, out, err } = await run(command, help);
        expect(code, `${command} ${help}`).toBe(0);
        expect(err).toBe("");
        expect(out).toMatch(new RegExp(`^Usage: social-assistance-rules ${command}`));
        expect(out).toContain(flag);
      }
    }
    // Even with other flags around it, and never an unbalanced quote from the argument parser.
    expect((await run("evaluate", "examples/urban-family.json", "--help")).code).toBe(0);
    const unknown = await run("evaluate", "--colour");
    expect(unknown.code).toBe(2);
    expect(unknown.err.startsWith('social-assistance-rules: unknown option --colour (a value starting with "-" goes after --)\n\nUsage: social-assistance-rules evaluate')).toBe(true);
  });

  it("documents the exit statuses, 3 for batch and audit lines that were errors among them", async () => {
    expect((await run("--help")).out).toContain("3 batch, audit: some lines were errors");
    expect((await run("audit", "--help")).out).toContain("3 some lines were invalid");
    expect((await run("batch", "--help")).out).toContain("3 some lines were errors");
    expect((await run("--version")).code).toBe(0);
  });

  it("prints the explanation as text when --lang is given without --format, and takes zh for zh-CN", async () => {
    const english = await run("evaluate", "examples/urban-family.json", "--as-of", "2025-10-15", "--lang", "en");
    expect(english.code).toBe(0);
    expect(english.out.startsWith("Social-assistance determination\n")).toBe(true);
    const zh = await run("evaluate", "examples/urban-family.json", "--as-of", "2025-10-15", "--lang", "zh");
    expect(zh.out).toBe((await run("evaluate", "examples/urban-family.json", "--as-of", "2025-10-15", "--format", "text", "--lang", "zh-CN")).out);
    // --format still decides when given; without --lang the default stays JSON.
    expect(JSON.parse((await run("evaluate", "examples/urban-family.json", "--as-of", "2025-10-15", "--lang", "en", "--format", "json")).out)).toHaveProperty("dibao");
    expect(JSON.parse((await run("evaluate", "examples/urban-family.json", "--as-of", "2025-10-15")).out)).toHaveProperty("dibao");
    expect((await run("clauses", "--lang", "zh")).out).toBe((await run("clauses")).out);
    expect((await run("clauses", "--lang", "fr")).err).toContain("--lang (zh-CN, also zh, or en) must be one of zh-CN, en");
  });

  it("refuses a what-if naming a series no set holds, suggesting the nearest name", async () => {
    const whatIf = file("misspelt.yaml", 'series:\n  "dibao.standard.urbn":\n    values:\n      - { from: "2025-07-01", value: "900" }\n');
    const { code, out, err } = await run("evaluate", "examples/urban-family.json", "--as-of", "2025-10-15", "--parameters", whatIf);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain('parameters.series["dibao.standard.urbn"]: no such series; did you mean dibao.standard.urban?');
  });
});

describe("schema, clauses, help", () => {
  it("prints the JSON Schema", async () => {
    const schema = JSON.parse((await run("schema")).out) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(["id", "jurisdiction", "area", "members", "assets", "status", "circumstances", "rigidExpenditure", "housing"]);
  });
  it("lists the clause catalogue", async () => {
    expect((await run("clauses")).out).toContain("saim/art-9");
    expect((await run("clauses", "--lang", "en")).out).toContain("per-capita income is below the local standard");
  });
  it("exits 2 on an unknown command or none, 0 on --help and --version", async () => {
    expect((await run("frobnicate")).code).toBe(2);
    expect((await run()).code).toBe(2);
    expect((await run("--help")).code).toBe(0);
    expect((await run("--version")).out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
