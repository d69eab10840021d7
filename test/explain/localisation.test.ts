/**
 * A Chinese explanation with no English in it, and an English one with no codes (issue 16, item 4).
 *
 * Every fixture's determination is explained in both languages, as text and Markdown, with the compact
 * and the full list of authorities, and scanned:
 * - zh-CN: after removing what is an id (below), no run of two or more Latin letters may remain;
 * - en: after removing the ids, no enum value of the determination's or the household's JSON Schema that
 *   is a code (hyphenated, or camelCase) may stand as a word, and no "(s)" plural.
 *
 * What counts as an id, and is therefore allowed to be ASCII in either language:
 * - the household id, the members' ids and the jurisdiction code, as the input gives them;
 * - clause ids (the catalogue's), interpretation ids `INT-n`, warning codes the version does not know;
 * - parameter series names (the parameter set's and any override's), optionally with `:YEAR`, and
 *   `parameters.NAME` paths;
 * - the input paths listed after 缺少 / missing (up to the next ；/ ; or the end of the line);
 * - the footer's engine name, version, parameter set id and `sha256:` digests;
 * - dates (YYYY-MM-DD) and numbers; single capital letters (the housing grades A–D, as Chinese writes them).
 * In English, quotations of clause text (full list) are policy data, not prose, and are not scanned.
 */
import { describe, expect, it } from "vitest";
import { CHONGQING_PARAMETERS, evaluate, explain, type HouseholdInput } from "../../src/index.js";
import { loadFixtures } from "../../src/testing/index.js";
import { ENGLISH_CODES, idsOf, latinWords, rawCodes } from "./localisation-scan.js";

describe("the scanners catch what they look for", () => {
  const ids = ["m1", "saim/art-9", "gradual-exit.scope", "cq-daily-2020-09/gradual-exit"];

  it("zh-CN: an English word left in Chinese prose is found, ids are not", () => {
    expect(latinWords("• ✗ m1（50周岁，残疾类别intellectual、等级1）不符合。", ids)).toEqual([
      { line: "• ✗ m1（50周岁，残疾类别intellectual、等级1）不符合。", found: "intellectual" },
    ]);
    expect(latinWords('本户登记状态为"none"。', ids)).toHaveLength(1);
    expect(latinWords("引擎: social-assistance-rules 0.1.0; parameters CN-CQ", ids)).toHaveLength(1);
    const clean = "• ? 未提供m1本人财产。 [saim/art-9, cq-daily-2020-09/gradual-exit]；缺少：members[0].ownAssetsCompliant；解释：INT-12（2025-07-01起；参数gradual-exit.scope）C级危房";
    expect(latinWords(clean, ids)).toEqual([]);
  });

  it("en: a raw enum code, a camelCase name or a '(s)' plural is found, ids and quotations are not", () => {
    expect(rawCodes("• ✓ Classified top-up for m4 (age 77): 100.00 yuan (severely-disabled, disabled).", ids)).toEqual([
      { line: "• ✓ Classified top-up for m4 (age 77): 100.00 yuan (severely-disabled, disabled).", found: "severely-disabled" },
    ]);
    expect(rawCodes("4 counted member(s); countable income", ids)[0]?.found).toBe("(s)");
    expect(rawCodes("status needs-review; item dibaoEdge", ids)[0]?.found).toBe("needs-review dibaoEdge");
    expect(rawCodes("Intellectual disability, grade 2 [cq-daily-2020-09/gradual-exit]; missing: members[0].disability.category; parameter gradual-exit.scope", ids)).toEqual([]);
    expect(rawCodes("    “A near-dibao household is one not eligible for dibao, registered-poor …”", ids)).toEqual([]);
    expect(rawCodes("per capita 350.00 yuan; near-dibao line 1155.00 yuan.", ids)).toEqual([]);
    expect(rawCodes("refer (through near-dibao).", ids)[0]?.found).toBe("near-dibao");
  });

  it("collects the codes from the schemas", () => {
    expect(ENGLISH_CODES).toEqual(expect.arrayContaining(["severely-disabled", "needs-review", "not-met", "gradual-exit", "W-INTERPRETATION", "registered-poor"]));
    expect(ENGLISH_CODES).not.toContain("dispersed");
  });
});

describe("every fixture's explanation", () => {
  const parameterNames = Object.keys(CHONGQING_PARAMETERS.series);
  const fixtures = loadFixtures(["fixtures"]).filter((fixture) => !("error" in fixture.expect));

  it("has no English in Chinese and no codes in English, as text and Markdown, compact and full", () => {
    const zhLeaks: string[] = [];
    const enLeaks: string[] = [];
    for (const fixture of fixtures) {
      const overrides = (fixture.parameters as { series?: Record<string, unknown> } | undefined)?.series ?? {};
      const determination = evaluate(fixture.household as HouseholdInput, {
        asOf: fixture.asOf,
        parameters: fixture.parameters as never,
        interpretations: (fixture.interpretations ?? undefined) as never,
      });
      const ids = idsOf(determination, fixture.household, [...parameterNames, ...Object.keys(overrides)]);
      for (const format of ["text", "markdown"] as const) {
        for (const clauses of ["compact", "full"] as const) {
          const where = `${fixture.name} (${format}, ${clauses})`;
          for (const leak of latinWords(explain(determination, { lang: "zh-CN", format, clauses }), ids)) zhLeaks.push(`${where}: ${leak.found}\n    ${leak.line}`);
          for (const leak of rawCodes(explain(determination, { lang: "en", format, clauses }), ids)) enLeaks.push(`${where}: ${leak.found}\n    ${leak.line}`);
        }
      }
    }
    expect(fixtures.length).toBeGreaterThan(100);
    expect([...new Set(zhLeaks)].slice(0, 40).join("\n")).toBe("");
    expect([...new Set(enLeaks)].slice(0, 40).join("\n")).toBe("");
  }, 120_000);
});
