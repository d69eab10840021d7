/**
 * The read record behind W-INTERPRETATION's narrowed re-run (src/engine/counterfactuals.ts): a rule is
 * run again under the other reading only when something it read changed, so every read must be
 * recorded. Sections are read through `readSection` (one bit per key on the engine's draft), never
 * through the draft itself; interpretations through `interpretationOn` / `recordInterpretation` (one bit
 * per id, decisive reads per member through `eachMember`).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { eachMember, interpretationBit, interpretationOn, recordInterpretation, type EvaluationContext, type MemberRecord } from "../../src/facts/context.js";
import { parsePlainDate, type PlainDate } from "../../src/model/date.js";
import { chongqingParameterSet } from "../../src/policy/parameters.js";
import { DEFAULT_INTERPRETATIONS } from "../../src/policy/interpretations.js";
import { readSection, sectionBit, sectionRef, type RecordingDraft } from "../../src/rules/programme.js";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function context(): EvaluationContext {
  const asOf = "2024-06-01";
  return { asOf, asOfDate: parsePlainDate(asOf) as PlainDate, parameters: chongqingParameterSet(), interpretations: DEFAULT_INTERPRETATIONS, used: new Set(), consulted: new Set() };
}

describe("what a rule reads is recorded", () => {
  it("no rule reads the draft but through readSection (src/rules, src/facts)", () => {
    const direct = [...files("src/rules"), ...files("src/facts")]
      .filter((path) => !path.endsWith("programme.ts"))
      .filter((path) => /\bdraft\s*(\.|\[)|\.\.\.\s*draft\b/.test(readFileSync(path, "utf8")));
    expect(direct).toEqual([]);
  });

  it("readSection sets the bit of the key it read on the engine's draft, and only that one", () => {
    const draft = new Map<string, unknown>([["a", 1]]) as RecordingDraft;
    draft.sectionsRead = 0;
    expect(readSection(draft, sectionRef<number>("a"))).toBe(1);
    expect(readSection(draft, sectionRef<number>("b"))).toBeUndefined();
    expect(draft.sectionsRead).toBe(sectionBit("a") | sectionBit("b"));
    expect(sectionBit("a")).not.toBe(sectionBit("b"));
  });

  it("every interpretation read sets its bit, decisive or not; nothing is recorded when no one records", () => {
    const ctx = context();
    interpretationOn(ctx, "INT-4", false);
    expect(ctx.interpretationsRead).toBeUndefined();
    ctx.interpretationsRead = 0;
    interpretationOn(ctx, "INT-4", false);
    recordInterpretation(ctx, "INT-9");
    expect(ctx.interpretationsRead).toBe(interpretationBit("INT-4") | interpretationBit("INT-9"));
    expect([...ctx.consulted]).toEqual(["INT-9"]);
  });

  it("eachMember records each member's decisive reads and, replaying, decides again only the members that read the flipped one decisively", () => {
    const ctx = context();
    ctx.interpretationsRead = 0;
    const people = ["a", "b", "c"];
    // "b" reads INT-11 decisively, "c" reads it without deciding by it, "a" reads nothing.
    const decide = (person: string): string => {
      if (person !== "a") interpretationOn(ctx, "INT-11", person === "b");
      return `${person}:first`;
    };
    expect(eachMember(ctx, people, decide)).toEqual(["a:first", "b:first", "c:first"]);
    const record = ctx.memberRecord as MemberRecord;
    expect(record.decided).toEqual([0, interpretationBit("INT-11"), 0]);
    expect(record.read).toBe(interpretationBit("INT-11"));
    // The members' reads are kept in the record, not in the rule's own reads.
    expect(ctx.interpretationsRead).toBe(0);
    const other: EvaluationContext = { ...context(), memberReplay: { record, bit: interpretationBit("INT-11") } };
    expect(eachMember(other, people, (person) => `${person}:again`)).toEqual(["a:first", "b:again", "c:first"]);
    // Another list of people (facts derived again) is decided in full.
    expect(eachMember(other, [...people], (person) => `${person}:again`)).toEqual(["a:again", "b:again", "c:again"]);
  });

  it("a rule that goes through eachMember twice leaves a record no replay uses", () => {
    const ctx = context();
    ctx.interpretationsRead = 0;
    const people = ["a"];
    eachMember(ctx, people, (person) => person);
    eachMember(ctx, people, (person) => person);
    const record = ctx.memberRecord as MemberRecord;
    expect(record.once).toBe(false);
    const other: EvaluationContext = { ...context(), memberReplay: { record, bit: interpretationBit("INT-11") } };
    expect(eachMember(other, people, (person) => `${person}:again`)).toEqual(["a:again"]);
  });
});
