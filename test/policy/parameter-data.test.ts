/**
 * Parameters live with their programme, as data (issue 23, item 4): each programme folder's
 * parameters.yaml and the shared file generate src/policy/parameters.generated.ts; the committed file is
 * what the data gives, byte for byte; broken data is refused with every problem listed; every shipped
 * series has a description in both languages; and the series names come from the data alone.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { PARAMETER_FILES, PARAMETER_SOURCES } from "../../src/policy/parameters.generated.js";
import { chongqingParameterSet } from "../../src/policy/parameters.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const GENERATOR = join(ROOT, "scripts", "generate-parameters.mjs");
const generate = (...args: string[]) => spawnSync(process.execPath, [GENERATOR, ...args], { cwd: ROOT, encoding: "utf8" });
const scratch = mkdtempSync(join(tmpdir(), "parameter-data-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the data files (and nothing else) under a scratch root, for the generator's --root. */
function copyData(name: string): string {
  const dir = join(scratch, name);
  for (const file of PARAMETER_FILES) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    cpSync(join(ROOT, file), join(dir, file));
  }
  mkdirSync(join(dir, "src", "policy"), { recursive: true });
  return dir;
}

describe("parameter data files", () => {
  it("--check passes on the committed generated file", () => {
    const result = generate("--check");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("writes the committed file byte for byte", () => {
    const out = join(scratch, "generated.ts");
    expect(generate("--out", out).status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(join(ROOT, "src", "policy", "parameters.generated.ts"), "utf8"));
  });

  it("--check fails naming the first stale line when a value changes in a programme's file", () => {
    const dir = copyData("stale");
    const file = join(dir, "src", "rules", "dibao", "parameters.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace('value: "40"', 'value: "45"'));
    cpSync(join(ROOT, "src", "policy", "parameters.generated.ts"), join(dir, "src", "policy", "parameters.generated.ts"));
    const result = generate("--root", dir, "--check");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/is out of date with the parameter data files \(first difference at line \d+\)/);
    expect(result.stderr).toContain('"value": "45"');
  });

  it("refuses broken data, listing every problem, and writes nothing", () => {
    const dir = copyData("broken");
    const dibao = join(dir, "src", "rules", "dibao", "parameters.yaml");
    const text = readFileSync(dibao, "utf8")
      .replace("dibao.top-up.disabled:\n    description:", "dibao.top-up.disabled:\n    descripton: x\n    description:")
      .replace("chongqing:\n", "cities:\n  x: {}\nchongqing:\n");
    writeFileSync(dibao, text);
    const screening = join(dir, "src", "rules", "screening", "parameters.yaml");
    writeFileSync(screening, readFileSync(screening, "utf8").replace(/descriptionZh: .*\n/, "descriptionZh: in English\n").replace(/from: (\S+)/, "from: 2020-9-7"));
    const result = generate("--root", dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('src/rules/dibao/parameters.yaml: unknown layer "cities" (the layers: national, chongqing)');
    expect(result.stderr).toContain('src/rules/dibao/parameters.yaml chongqing dibao.top-up.disabled: unknown key "descripton"');
    expect(result.stderr).toContain("src/rules/screening/parameters.yaml chongqing screening.in-force: descriptionZh must be a description in Chinese");
    expect(result.stderr).toContain("src/rules/screening/parameters.yaml chongqing screening.in-force.values[0].from: must be a day, YYYY-MM-DD");
    expect(existsSync(join(dir, "src", "policy", "parameters.generated.ts"))).toBe(false);
  });

  it("a series in two files of one layer is refused, naming both", () => {
    const dir = copyData("twice");
    const shared = join(dir, "src", "policy", "shared-parameters.yaml");
    const screening = readFileSync(join(dir, "src", "rules", "screening", "parameters.yaml"), "utf8");
    const block = /\n {2}screening\.in-force:\n(?: {4}.*\n)+/.exec(screening)?.[0] ?? "";
    writeFileSync(shared, readFileSync(shared, "utf8").replace("chongqing:\n", `chongqing:${block}`));
    const result = generate("--root", dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("src/rules/screening/parameters.yaml chongqing screening.in-force: also in src/policy/shared-parameters.yaml");
  });

  it("gives every shipped series a description in English and in Chinese", () => {
    for (const series of chongqingParameterSet().series.values()) {
      expect(series.description, series.name).toMatch(/[A-Za-z]/);
      expect(series.descriptionZh, series.name).toMatch(/\p{Script=Han}/u);
    }
  });

  it("keeps each programme's series in its folder and the shared ones in one file", () => {
    const files = new Set([...Object.values(PARAMETER_SOURCES.national), ...Object.values(PARAMETER_SOURCES.chongqing)]);
    expect([...files].sort()).toEqual([...PARAMETER_FILES].sort());
    expect(PARAMETER_FILES[0]).toBe("src/policy/shared-parameters.yaml");
    for (const file of PARAMETER_FILES.slice(1)) expect(file).toMatch(/^src\/rules\/[a-z-]+\/parameters\.yaml$/);
    // Worked from the rules: the standards are shared; the top-ups are the dibao programme's; the care subsidy extreme poverty's.
    expect(PARAMETER_SOURCES.chongqing["dibao.standard.urban"]).toBe("src/policy/shared-parameters.yaml");
    expect(PARAMETER_SOURCES.chongqing["dibao.top-up.aged"]).toBe("src/rules/dibao/parameters.yaml");
    expect(PARAMETER_SOURCES.chongqing["special-hardship.care.full"]).toBe("src/rules/special-hardship/parameters.yaml");
    expect(PARAMETER_SOURCES.national["single-person.adult-min-age"]).toBe("src/rules/single-person/parameters.yaml");
  });
});
