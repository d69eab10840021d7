/**
 * The README's complete parameter file for another city (issue 23, item 5): the file under
 * examples/another-city/ is the one the README shows, it compiles with every value checked, and every
 * household the fixtures hold is decided with it (no series a rule needs is missing).
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { evaluate, type HouseholdInput } from "../../src/index.js";
import { evaluateInput, validateParameters } from "../../src/engine/evaluate.js";
import { findFixtureFiles, loadFixtureFile } from "../../src/testing/load.js";

const FILE = "examples/another-city/cn-xx.parameters.yaml";
const text = readFileSync(FILE, "utf8");
const city: unknown = parse(text);

describe("another city's complete parameter file", () => {
  it("is the file the README shows, byte for byte", () => {
    const readme = readFileSync("README.md", "utf8");
    const block = /<!-- another-city:start -->\n```yaml\n([\s\S]*?)```\n<!-- another-city:end -->/.exec(readme);
    expect(block?.[1]).toBe(text);
  });

  it("compiles: every value checked against its series' kind", () => {
    expect(() => validateParameters(city)).not.toThrow();
  });

  it("decides the README's urban family of four with the city's figures", () => {
    // Countable 1400.00 (wage 1450 − 150 employment cost; basic pension excluded in 2025, INT-3; the
    // scholarship not countable; old-age allowance 100). Standard 900 × 4 = 3600 − 1400 = 2200.00.
    // Top-ups: m2 serious illness 120; m3 student 120; m4 (physical grade 2 ∈ any:1, any:2) severely
    // disabled 120, above aged 60 (77 ≥ 70), plus disabled 50 → 170. 2200 + 410 = 2610.00.
    const family = JSON.parse(readFileSync("examples/urban-family.json", "utf8")) as HouseholdInput;
    const d = evaluate({ ...family, jurisdiction: "CN-XX" }, { asOf: "2025-10-15", parameters: city as never });
    expect(d.parameterSet.id).toBe("CN-XX-2025");
    expect(d.figures.standard).toBe("900.00");
    expect(d.figures.nearDibaoLine).toBe("1350.00");
    expect(d.dibao).toMatchObject({ status: "eligible", baseAmount: "2200.00", monthlyAmount: "2610.00", paymentStart: "2025-11-01" });
  });

  it("decides every fixture household dated 2025 or later, none stopping for a missing series", () => {
    let decided = 0;
    for (const file of findFixtureFiles(["fixtures"])) {
      if (!/\.(ya?ml|json)$/.test(file)) continue;
      let fixture;
      try {
        fixture = loadFixtureFile(file);
      } catch {
        continue; // not a fixture (an audit caseload, a summary)
      }
      if (fixture.asOf < "2025-01-01" || fixture.household === undefined) continue;
      const household = { ...(fixture.household as Record<string, unknown>), jurisdiction: "CN-XX" };
      const d = evaluateInput(household, { asOf: fixture.asOf, parameters: city as never });
      expect(d.jurisdiction, file).toBe("CN-XX");
      decided++;
    }
    expect(decided).toBeGreaterThan(30);
  });
});
