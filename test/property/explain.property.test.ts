/**
 * Guards the explanations of any determination (fast-check): in both languages and both formats,
 * `explain` never throws; every reason and every warning the rules produce has its own message (never
 * the bare-code fallback); no message leaks "undefined", "NaN" or "[object Object]"; every clause a reason
 * cites is quoted in the clause section; the amounts decided appear in the prose.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, explain, getClause, MESSAGE_TABLES, type Determination, type Reason } from "../../src/index.js";
import { householdCaseArb, propertyRuns, propertyOptions, timeoutFor } from "../arbitraries.js";

const RUNS = propertyRuns(1_500);
const LANGS = ["zh-CN", "en"] as const;
const FORMATS = ["text", "markdown"] as const;

function reasonsOf(d: Determination): Reason[] {
  return [
    ...d.dibao.reasons,
    ...d.singlePersonReferrals.flatMap((r) => r.reasons),
    ...d.specialHardship.flatMap((e) => e.reasons),
    ...d.lowIncome.dibaoEdge.reasons,
    ...d.lowIncome.rigidExpenditure.reasons,
    ...d.screening.flatMap((e) => e.reasons),
    ...d.assistanceReferrals.flatMap((e) => e.reasons),
  ];
}

describe("explain on any determination (fast-check)", () => {
  it(`renders every reason and warning with its own message, in zh-CN and en, text and markdown (${RUNS} households)`, () => {
    fc.assert(
      fc.property(householdCaseArb(), ({ household, asOf, interpretations }) => {
        const determination = evaluate(household, { asOf, interpretations });
        const reasons = reasonsOf(determination);
        for (const lang of LANGS) {
          const table = MESSAGE_TABLES[lang];
          for (const reason of reasons) {
            const messages = table.reasons[reason.code];
            expect(messages?.[reason.outcome] ?? messages?.any, `${lang} message for ${reason.code} (${reason.outcome})`).toBeDefined();
          }
          for (const warning of determination.warnings) expect(table.warnings[warning.code], `${lang} message for ${warning.code}`).toBeDefined();
          for (const format of FORMATS) {
            const text = explain(determination, { lang, format });
            expect(text).not.toMatch(/undefined|NaN|\[object Object\]/);
            for (const id of new Set(reasons.flatMap((reason) => reason.clauses))) {
              expect(text, `${lang}/${format} quotes ${id}`).toContain(getClause(id)?.zh ?? id);
            }
            for (const amount of [determination.dibao.monthlyAmount, ...determination.singlePersonReferrals.map((r) => r.monthlyAmount)]) {
              if (amount !== null) expect(text).toContain(amount);
            }
          }
        }
      }),
      { numRuns: RUNS, ...propertyOptions() },
    );
  }, timeoutFor(RUNS * 4));

  it("renders a determination from a later version, with codes and clauses it does not know, without failing", () => {
    const determination = evaluate(
      { jurisdiction: "CN-CQ", area: "urban", members: [{ id: "m1", relation: "self", birthDate: "1950-01-01" }], assets: { compliant: true } },
      { asOf: "2025-10-15" },
    );
    const unknownReason = { code: "future.test", outcome: "unknown" as const, clauses: ["future/art-1", "saim/art-9"], values: {}, missing: ["members[0].future"], interpretations: ["INT-99"] };
    const later = {
      ...determination,
      householdId: null,
      dibao: { ...determination.dibao, reasons: [...determination.dibao.reasons, unknownReason] },
      warnings: [{ code: "W-FUTURE", parameters: ["future.parameter"], interpretations: [] }],
    } as unknown as typeof determination;
    for (const lang of LANGS) {
      for (const format of FORMATS) {
        const text = explain(later, { lang, format });
        // The unknown reason falls back to its code and the outcome's label; the unknown warning to its code.
        expect(text).toContain(`future.test: ${MESSAGE_TABLES[lang].labels.outcome.unknown}`);
        expect(text).toContain("W-FUTURE");
        expect(text).toContain("members[0].future");
        expect(text).toContain("INT-99");
        // A clause the catalogue does not hold is not quoted; the known one is.
        expect(text).not.toContain("future/art-1 —");
        expect(text).toContain(getClause("saim/art-9")?.zh ?? "saim/art-9");
      }
    }
    // Without options: Chinese plain text.
    expect(explain(later)).toBe(explain(later, { lang: "zh-CN", format: "text" }));
  });
});
