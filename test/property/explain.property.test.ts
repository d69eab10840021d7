/**
 * Guards the explanations of any determination (fast-check): in both languages and both formats,
 * `explain` never throws; every reason and every warning the rules produce has its own message (never
 * the bare-code fallback); no message leaks "undefined", "NaN" or "[object Object]"; every clause a reason
 * cites is listed at the end by id and its source's short title in the language (compact, the default) and
 * quoted there (clauses: "full"); the amounts decided appear in the prose.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, explain, getClause, getSource, MESSAGE_TABLES, type Determination, type Reason } from "../../src/index.js";
import { householdCaseArb, propertyRuns, propertyOptions, timeoutFor } from "../arbitraries.js";

const RUNS = propertyRuns(1_500);
const LANGS = ["zh-CN", "en"] as const;
const FORMATS = ["text", "markdown"] as const;

/** The start of a clause's line in the authority list: its id, then its source's short title in the language. */
function authorityLine(id: string, lang: (typeof LANGS)[number], format: (typeof FORMATS)[number], full: boolean): string {
  const source = getSource(getClause(id)?.source ?? "");
  const title = lang === "zh-CN" ? source?.titleZh : source?.titleEn;
  return `${format === "markdown" ? "- " : "• "}${id}${full ? " — " : " "}${title ?? ""}`;
}

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
        // The full list in one language and format per household, picked by its input digest, so the runs cover all four.
        const pick = Number.parseInt(determination.inputDigest.slice(-1), 16);
        const fullIn = { lang: LANGS[pick % 2], format: FORMATS[(pick >> 1) % 2] };
        for (const lang of LANGS) {
          const table = MESSAGE_TABLES[lang];
          for (const reason of reasons) {
            const messages = table.reasons[reason.code];
            expect(messages?.[reason.outcome] ?? messages?.any, `${lang} message for ${reason.code} (${reason.outcome})`).toBeDefined();
          }
          for (const warning of determination.warnings) expect(table.warnings[warning.code], `${lang} message for ${warning.code}`).toBeDefined();
          for (const format of FORMATS) {
            const text = explain(determination, { lang, format });
            const full = lang === fullIn.lang && format === fullIn.format ? explain(determination, { lang, format, clauses: "full" }) : undefined;
            expect(text).not.toMatch(/undefined|NaN|\[object Object\]/);
            if (full !== undefined) expect(full).not.toMatch(/undefined|NaN|\[object Object\]/);
            for (const id of new Set(reasons.flatMap((reason) => reason.clauses))) {
              expect(text, `${lang}/${format} lists ${id}`).toContain(`\n${authorityLine(id, lang, format, false)}`);
              expect(text, `${lang}/${format} compact does not quote ${id}`).not.toContain(getClause(id)?.zh ?? id);
              if (full === undefined) continue;
              expect(full, `${lang}/${format} full lists ${id}`).toContain(`\n${authorityLine(id, lang, format, true)}`);
              expect(full, `${lang}/${format} full quotes ${id}`).toContain(getClause(id)?.zh ?? id);
            }
            for (const amount of [determination.dibao.monthlyAmount, ...determination.singlePersonReferrals.map((r) => r.monthlyAmount)]) {
              if (amount !== null) expect(text).toContain(amount);
            }
          }
        }
      }),
      { numRuns: RUNS, ...propertyOptions() },
    );
  }, timeoutFor(RUNS * 8)); // five explanations a household; room for a loaded 2-core machine

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
        // A clause the catalogue does not hold is not listed; the known one is, and quoted in full.
        expect(text).not.toMatch(/^(• |- )future\/art-1/m);
        expect(text).toMatch(/^(• |- )saim\/art-9 /m);
        expect(explain(later, { lang, format, clauses: "full" })).toContain(getClause("saim/art-9")?.zh ?? "saim/art-9");
      }
    }
    // Without options: Chinese plain text.
    expect(explain(later)).toBe(explain(later, { lang: "zh-CN", format: "text" }));
  });
});
