/**
 * The scanners of the localisation test (issue 16, item 4): what an id is, and what counts as English in
 * Chinese prose or as a raw code in English prose. See localisation.test.ts for the rules.
 */
import { clauseCatalogue, type Determination } from "../../src/index.js";
import { determinationJsonSchema } from "../../src/engine/determination.js";
import { householdJsonSchema } from "../../src/model/json-schema.js";

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The ids one explanation may hold, longest first (so `saim/art-12/para-1` goes before `saim`). */
export function idsOf(determination: Determination, household: unknown, parameterNames: readonly string[]): string[] {
  const input = household as { id?: unknown; members?: readonly { id?: unknown }[] } | null;
  const ids = new Set<string>([
    ...clauseCatalogue.map((clause) => clause.id),
    ...parameterNames,
    determination.jurisdiction,
    determination.engine.name,
    determination.engine.version,
    determination.parameterSet.id,
    determination.parameterSet.digest,
    determination.inputDigest,
  ]);
  if (determination.householdId !== null && determination.householdId !== undefined) ids.add(determination.householdId);
  if (typeof input?.id === "string") ids.add(input.id);
  for (const member of input?.members ?? []) if (typeof member.id === "string") ids.add(member.id);
  return [...ids].filter((id) => id.length > 0).sort((a, b) => b.length - a.length);
}

/** The text with every id blanked: the listed ids as whole tokens, INT-n, `parameters.…` paths, the paths after 缺少 / missing, digests, dates. */
export function withoutIds(text: string, ids: readonly string[]): string {
  let out = text
    .replace(/(缺少：|missing: )[^；;\n]*/g, "$1 ")
    .replace(/sha256:[0-9a-f]{64}/g, " ")
    .replace(/\bparameters\.[A-Za-z0-9.:-]+/g, " ")
    .replace(/\bINT-\d+\b/g, " ")
    .replace(/\d{4}-\d{2}-\d{2}/g, " ");
  // One alternation, longest id first, so a clause id goes before its source's id and one pass blanks them all.
  const alternatives = [...ids].sort((a, b) => b.length - a.length).map(escape).join("|");
  if (alternatives !== "") out = out.replace(new RegExp(`(?<![A-Za-z0-9_.-])(?:${alternatives})(?::\\d{4})?(?![A-Za-z0-9_-])`, "g"), " ");
  return out;
}

export interface Leak {
  readonly line: string;
  readonly found: string;
}

/** zh-CN: each line still holding two or more Latin letters in a row once ids are removed. */
export function latinWords(text: string, ids: readonly string[]): Leak[] {
  const leaks: Leak[] = [];
  const lines = text.split("\n");
  // Blanking never adds or removes a line end, so the stripped text's lines match the original's.
  withoutIds(text, ids)
    .split("\n")
    .forEach((rest, i) => {
      const found = rest.match(/[A-Za-z]{2,}/g);
      if (found !== null) leaks.push({ line: lines[i] ?? "", found: found.join(" ") });
    });
  return leaks;
}

/** Enum values of the contract's JSON Schemas (the determination's and the household's). */
function schemaEnums(): Set<string> {
  const values = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (key === "enum" && Array.isArray(value)) for (const item of value) if (typeof item === "string") values.add(item);
        if (key === "const" && typeof value === "string") values.add(value);
        walk(value);
      }
    }
  };
  walk(determinationJsonSchema());
  walk(householdJsonSchema());
  return values;
}

/**
 * Hyphenated terms of the glossary (docs/glossary.md) that English prose uses as compound adjectives: allowed
 * only directly before the word they qualify ("near-dibao line", "gradual-exit window"), never standing
 * alone as a value would ("route near-dibao", "(gradual-exit)").
 */
const ENGLISH_COMPOUNDS = /\b(social-assistance|near-dibao|dibao-edge|rigid-expenditure|gradual-exit|registered-poor|self-care) (?=[a-z])/gi;

/** The codes the English text must not show: every schema enum value that is hyphenated or camelCase. */
export const ENGLISH_CODES: readonly string[] = [...schemaEnums()].filter((value) => value.includes("-") || /[a-z][A-Z]/.test(value)).sort((a, b) => b.length - a.length);

/** en: each line showing a raw code as a word (outside ids and quotations), a camelCase field name, or "(s)". */
export function rawCodes(text: string, ids: readonly string[], codes: readonly string[] = ENGLISH_CODES): Leak[] {
  const leaks: Leak[] = [];
  const lines = text.split("\n");
  const code = new RegExp(`(?<![A-Za-z0-9-])(?:${[...codes].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![A-Za-z0-9-])`, "gi");
  withoutIds(text, ids)
    .replace(ENGLISH_COMPOUNDS, " ")
    .split("\n")
    .forEach((rest, i) => {
      const line = lines[i] ?? "";
      if (/^\s*(“|> )/.test(line)) return; // a clause quotation: policy data, not prose
      const found = [...(rest.match(code) ?? []), ...(rest.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? [])];
      if (/\w\(s\)/.test(rest)) found.push("(s)");
      if (found.length > 0) leaks.push({ line, found: found.join(" ") });
    });
  return leaks;
}
