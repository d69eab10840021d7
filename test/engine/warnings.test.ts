/**
 * src/engine/warnings.ts, the warnings section of the contract: one warning per code, codes in
 * ascending order, each warning's parameters and interpretations sorted and without repeats, its
 * members (when any) in the household's member order, and no `memberIds` key when it names nobody.
 */
import { describe, expect, it } from "vitest";
import { mergeWarnings } from "../../src/engine/warnings.js";

describe("mergeWarnings", () => {
  it("merges the warnings of one code, whichever rule raised them, into one", () => {
    const merged = mergeWarnings(
      [
        { code: "W-PARAMETER-DATE-ESTIMATED", parameters: ["gradual-exit.scope"] },
        { code: "W-INTERPRETATION", interpretations: ["INT-5"] },
        { code: "W-PARAMETER-DATE-ESTIMATED", parameters: ["dibao.standard.urban", "gradual-exit.scope"] },
        { code: "W-INTERPRETATION", interpretations: ["INT-10", "INT-1"] },
      ],
      ["m1"],
    );
    expect(merged).toEqual([
      { code: "W-INTERPRETATION", parameters: [], interpretations: ["INT-1", "INT-10", "INT-5"] },
      { code: "W-PARAMETER-DATE-ESTIMATED", parameters: ["dibao.standard.urban", "gradual-exit.scope"], interpretations: [] },
    ]);
  });

  it("orders codes ascending whatever order they were raised in", () => {
    const codes = mergeWarnings(
      [{ code: "W-PARAMETERS-MAY-BE-STALE" }, { code: "W-OVERLAP-SPECIAL-HARDSHIP-DIBAO", memberIds: ["m1"] }, { code: "W-BASIC-PENSION-EXCLUSION-ASSUMED" }, { code: "W-INTERPRETATION" }],
      ["m1"],
    ).map((w) => w.code);
    expect(codes).toEqual(["W-BASIC-PENSION-EXCLUSION-ASSUMED", "W-INTERPRETATION", "W-OVERLAP-SPECIAL-HARDSHIP-DIBAO", "W-PARAMETERS-MAY-BE-STALE"]);
  });

  it("lists members in the household's order, once each, and leaves memberIds out when nobody is named", () => {
    const merged = mergeWarnings(
      [
        { code: "W-OVERLAP-SPECIAL-HARDSHIP-DIBAO", memberIds: ["m3", "m1"] },
        { code: "W-OVERLAP-SPECIAL-HARDSHIP-DIBAO", memberIds: ["m1", "m2"] },
        { code: "W-BASIC-PENSION-EXCLUSION-ASSUMED", parameters: ["dibao.basic-pension-exclusion.stated"] },
      ],
      ["m1", "m2", "m3"],
    );
    expect(merged).toEqual([
      { code: "W-BASIC-PENSION-EXCLUSION-ASSUMED", parameters: ["dibao.basic-pension-exclusion.stated"], interpretations: [] },
      { code: "W-OVERLAP-SPECIAL-HARDSHIP-DIBAO", parameters: [], interpretations: [], memberIds: ["m1", "m2", "m3"] },
    ]);
    expect(Object.keys(merged[0] ?? {})).not.toContain("memberIds");
  });

  it("gives no warnings for none", () => {
    expect(mergeWarnings([], ["m1"])).toEqual([]);
  });
});
