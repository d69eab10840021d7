/**
 * src/model/errors.ts: the nearest valid word for a misspelt one, and the message for an unknown field
 * (issue 16: "for a misspelt key … suggest the closest valid one").
 */
import { describe, expect, it } from "vitest";
import { closestMatch, formatPath, unknownFieldMessage } from "../../src/model/errors.js";

const MEMBER_FIELDS = ["id", "relation", "birthDate", "excluded", "disability", "incomes", "supporters", "orphan", "orphanSupportChosen"];

describe("closestMatch", () => {
  it.each([
    ["relaton", "relation"], // a letter left out
    ["relattion", "relation"], // a letter doubled
    ["relatoin", "relation"], // two letters swapped: one edit
    ["birthdate", "birthDate"], // case only
    ["Id", "id"],
    ["incoms", "incomes"],
    ["suporters", "supporters"],
    ["orphn", "orphan"],
  ])("%s → %s", (word, expected) => {
    expect(closestMatch(word, MEMBER_FIELDS)).toBe(expected);
  });

  it.each(["nickname", "x", "e1", "toString", "constructor", "__proto__", "relationship-to-the-applicant"])("suggests nothing for %s", (word) => {
    expect(closestMatch(word, MEMBER_FIELDS)).toBeUndefined();
  });

  it("allows one edit per three letters (at least one): two for an 8-letter word, not three", () => {
    // r-e-l-a-t-i-o-n vs r-e-l-a-x-i-o-n: 1 substitution.
    expect(closestMatch("relaxion", ["relation"])).toBe("relation");
    // r-e-l-x-x-i-o-n: 2 substitutions, within floor(8 / 3) = 2.
    expect(closestMatch("relxxion", ["relation"])).toBe("relation");
    // r-x-x-x-t-i-o-n: 3 substitutions, beyond 2.
    expect(closestMatch("rxxxtion", ["relation"])).toBeUndefined();
    // A 2-letter word: one edit at most ("ib" → "id" is one substitution, "xy" → "id" two).
    expect(closestMatch("ib", ["id"])).toBe("id");
    expect(closestMatch("xy", ["id"])).toBeUndefined();
  });

  it("takes the nearest, and the first listed on a tie", () => {
    expect(closestMatch("orphanx", ["orphan", "orphanSupportChosen"])).toBe("orphan");
    expect(closestMatch("ab", ["ac", "ad"])).toBe("ac");
    expect(closestMatch("ab", ["ad", "ac"])).toBe("ad");
  });

  it("does not compare a word too long to be a field name", () => {
    expect(closestMatch("x".repeat(101), ["x".repeat(101)])).toBeUndefined();
    expect(closestMatch("x".repeat(100), ["x".repeat(100)])).toBe("x".repeat(100));
  });
});

describe("unknownFieldMessage", () => {
  it("suggests the nearest field, or lists the fields there", () => {
    expect(unknownFieldMessage("relaton", MEMBER_FIELDS)).toBe("unknown field relaton: did you mean relation?");
    expect(unknownFieldMessage("nickname", ["id", "relation"])).toBe("unknown field nickname: not part of the contract here (the fields here are id, relation)");
  });

  it("quotes a key that is not a plain name, and cuts a long one short", () => {
    expect(unknownFieldMessage("birth date", ["birthDate"])).toBe('unknown field "birth date": did you mean birthDate?');
    expect(unknownFieldMessage("x".repeat(50), ["id"])).toBe(`unknown field "${"x".repeat(40)}…": not part of the contract here (the fields here are id)`);
  });

  it("words the same key the same way every time (the cache changes nothing)", () => {
    const fields = ["id", "relation"];
    const first = unknownFieldMessage("relaton", fields);
    for (let index = 0; index < 300; index++) unknownFieldMessage(`k${index}`, fields);
    expect(unknownFieldMessage("relaton", fields)).toBe(first);
  });
});

describe("formatPath", () => {
  it("writes zod paths as a person reads them", () => {
    expect(formatPath(["members", 0, "birthDate"])).toBe("members[0].birthDate");
    expect(formatPath(["members", 0, "birth date"])).toBe('members[0]["birth date"]');
    expect(formatPath([])).toBe("");
  });
});
