/** docs/input-reference.md is generated from the household schema's descriptions and must match it (issue 16). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { householdJsonSchema } from "../../src/index.js";
import { INPUT_REFERENCE, renderInputReference } from "../../scripts/input-reference.js";

describe("docs/input-reference.md", () => {
  it("is what the household schema generates today (npm run docs:input rewrites it)", () => {
    expect(readFileSync(INPUT_REFERENCE, "utf8")).toBe(renderInputReference());
  });

  it("lists every field of every object of the schema, each with a Chinese term", () => {
    const text = renderInputReference();
    const rows = text.split("\n").filter((line) => line.startsWith("| `"));
    // Count the fields of the JSON Schema, object by object, as the reference walks it.
    let fields = 0;
    const walk = (schema: unknown): void => {
      if (typeof schema !== "object" || schema === null) return;
      const node = schema as { properties?: Record<string, unknown> };
      if (node.properties !== undefined) fields += Object.keys(node.properties).length;
      for (const value of Object.values(schema)) walk(value);
    };
    walk(householdJsonSchema());
    expect(rows).toHaveLength(fields);
    for (const row of rows) expect(row.split(" | ")[1], row).toMatch(/[\u4e00-\u9fff]/);
  });
});
