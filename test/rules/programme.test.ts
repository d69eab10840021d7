/**
 * `readSection` (src/rules/programme.ts) reads a section from a draft; only the engine's own draft
 * (a `RecordingDraft`, `sectionsRead` set) records the read. A draft that does not record — the one the
 * W-INTERPRETATION re-run hands the rules, or a caller's plain map — is read, never written: a `Draft` is a
 * ReadonlyMap. (The recording side is tested in test/engine/read-record.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { readSection, sectionRef } from "../../src/rules/programme.js";

describe("readSection on a draft that does not record", () => {
  it("returns the section, or undefined for one not yet written, and leaves the draft as it was", () => {
    const draft = new Map<string, unknown>([["dibao", { status: "eligible" }]]);
    expect(readSection(draft, sectionRef<{ status: string }>("dibao"))).toEqual({ status: "eligible" });
    expect(readSection(draft, sectionRef<unknown>("lowIncome"))).toBeUndefined();
    expect(Object.keys(draft)).toEqual([]);
    expect("sectionsRead" in draft).toBe(false);
    expect([...draft]).toEqual([["dibao", { status: "eligible" }]]);
  });
});
