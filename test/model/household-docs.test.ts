/**
 * One text per field (issue 16): the TSDoc of every input type and field in src/model/household-input.ts
 * is, word for word, the description the zod schema carries as metadata and the JSON Schema publishes.
 * The source is read with the TypeScript parser (no type checking: fast); whitespace and line breaks
 * are compared as single spaces.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { householdJsonSchema } from "../../src/model/json-schema.js";

const FILE = fileURLToPath(new URL("../../src/model/household-input.ts", import.meta.url));
const source = ts.createSourceFile(FILE, readFileSync(FILE, "utf8"), ts.ScriptTarget.ES2022, true);

const interfaces = new Map<string, ts.InterfaceDeclaration>();
source.forEachChild((node) => {
  if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
});

const squeeze = (text: string): string => text.replace(/\s+/g, " ").trim();

/** The TSDoc text of a declaration (its tags left out), or undefined when it has none. */
function tsdoc(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const last = docs[docs.length - 1];
  const text = last === undefined ? undefined : ts.getTextOfJSDocComment(last.comment);
  return text === undefined ? undefined : squeeze(text);
}

/** The interfaces of this file a property's type names (`DisabilityInput | null`, `IncomeInput[]`, …). */
function interfacesNamed(type: ts.TypeNode | undefined): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && interfaces.has(node.typeName.text)) found.push(node.typeName.text);
    node.forEachChild(visit);
  };
  if (type !== undefined) visit(type);
  return found;
}

type Json = Record<string, unknown>;

/** The object schema a property holds: through `anyOf` (the null of an optional field) and `items`. */
function objectOf(schema: Json): Json | undefined {
  if (schema.type === "object") return schema;
  if (schema.type === "array" && schema.items !== undefined) return objectOf(schema.items as Json);
  for (const option of (schema.anyOf ?? []) as Json[]) {
    const found = objectOf(option);
    if (found !== undefined) return found;
  }
  return undefined;
}

interface Pair {
  readonly where: string;
  readonly tsdoc: string | undefined;
  readonly description: string | undefined;
}

/** Walks an interface and its object schema together: each level's and each field's two texts, side by side. */
function pairs(name: string, schema: Json, where: string, seen: Set<string>): Pair[] {
  seen.add(name);
  const declaration = interfaces.get(name);
  if (declaration === undefined) throw new Error(`no interface ${name}`);
  const out: Pair[] = [{ where: `${where} (${name})`, tsdoc: tsdoc(declaration), description: schema.description as string | undefined }];
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const fields = declaration.members.filter(ts.isPropertySignature);
  expect(fields.map((field) => field.name.getText()), `${name}'s fields`).toEqual(Object.keys(properties));
  for (const field of fields) {
    const key = field.name.getText();
    const property = properties[key] ?? {};
    out.push({ where: `${where}.${key}`, tsdoc: tsdoc(field), description: property.description as string | undefined });
    for (const nested of interfacesNamed(field.type)) {
      const object = objectOf(property);
      if (object === undefined) throw new Error(`${where}.${key}: the schema holds no object for ${nested}`);
      out.push(...pairs(nested, object, `${where}.${key}`, seen));
    }
  }
  return out;
}

describe("the input types' TSDoc and the JSON Schema's descriptions", () => {
  const seen = new Set<string>();
  const all = pairs("HouseholdInput", householdJsonSchema(), "household", seen);

  it("are the same text for every type and every field", () => {
    const differing = all.filter((pair) => pair.description === undefined || pair.tsdoc !== squeeze(pair.description));
    expect(differing).toEqual([]);
  });

  it("cover every interface of the file and every field of the schema", () => {
    expect([...interfaces.keys()].filter((name) => !seen.has(name))).toEqual([]);
    // Counted by hand from docs/contract.md (v1 and v1.1): household 9; member 16, its disability 2, selfCare 1,
    // income 3, deduction 2, supporter 8, supporter's disability 2; assets 1; status 5, dibao 2, gradualExit
    // 2, exitedCoverage 1; circumstances 2, shock 3; rigidExpenditure 1, item 2; housing 3. v1.2 (R12): dibao
    // gains lastReviewed and reviewCategory (dibao 4).
    const fields = 9 + (16 + 2 + 1 + 3 + 2 + 8 + 2) + 1 + (5 + 4 + 2 + 1) + (2 + 3) + (1 + 2) + 3;
    expect(all.filter((pair) => !pair.where.endsWith(")")).length).toBe(fields);
  });

  it("name each field's Chinese term", () => {
    expect(all.filter((pair) => !/[\u4e00-\u9fff]/.test(pair.tsdoc ?? "")).map((pair) => pair.where)).toEqual([]);
  });
});
