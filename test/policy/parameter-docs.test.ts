/** docs/parameters.md is generated from the shipped parameter set and kept in step (issue 23, item 5). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderParameterDocs } from "../../scripts/parameter-docs.js";
import { chongqingParameterSet } from "../../src/policy/parameters.js";

describe("docs/parameters.md", () => {
  const page = renderParameterDocs();

  it("is the committed page, byte for byte (run `npm run parameters:docs` after changing a series)", () => {
    expect(readFileSync("docs/parameters.md", "utf8")).toBe(page);
  });

  it("has a section for every series of the shipped set, with its kind and each value's date and source", () => {
    const set = chongqingParameterSet();
    for (const series of set.series.values()) {
      expect(page, series.name).toContain(`\n## ${series.name}\n`);
      expect(page).toContain(`- kind: \`${series.kind}\``);
      for (const value of series.values) expect(page, `${series.name} ${value.from}`).toContain(`| ${value.from}`);
    }
    // One worked row, from docs/parameters.md: the urban standard 770 from 2025-07-01 (cq-standards-2025, verified).
    expect(page).toContain("| 2025-07-01 | `770` | `cq-standards-2025` | verified |");
  });
});
