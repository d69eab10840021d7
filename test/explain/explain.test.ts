/** explain: prose from the message tables in both languages, every reason code covered, the authorities listed (quoted on request). */
import { describe, expect, it } from "vitest";
import { MESSAGE_TABLES, evaluate, explain, getClause, reasonText, type Determination, type HouseholdInput, type Reason } from "../../src/index.js";
import { loadFixtures } from "../../src/testing/index.js";

/** Every fixture's determination, decided inside the test that reads them (never while the suite is collected: see vitest.config.ts). */
const fixtureDeterminations = (): Determination[] =>
  loadFixtures(["fixtures"]).flatMap((fixture) => {
    try {
      return [evaluate(fixture.household as HouseholdInput, { asOf: fixture.asOf, parameters: fixture.parameters as never })];
    } catch {
      return [];
    }
  });
const allReasons = (d: Determination): Reason[] => [...d.dibao.reasons, ...d.singlePersonReferrals.flatMap((r) => r.reasons), ...d.specialHardship.flatMap((e) => e.reasons)];

describe("message tables", () => {
  it.each(["zh-CN", "en"] as const)("%s has a message for every reason code and outcome the fixtures produce", (lang) => {
    const table = MESSAGE_TABLES[lang];
    const seen = new Set<string>();
    for (const d of fixtureDeterminations()) {
      for (const reason of allReasons(d)) {
        const key = `${reason.code}:${reason.outcome}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const messages = table.reasons[reason.code];
        expect(messages?.[reason.outcome] ?? messages?.any, `${lang} ${key}`).toBeTypeOf("function");
        expect(reasonText(reason, table)).not.toContain("undefined");
      }
      for (const warning of d.warnings) expect(table.warnings[warning.code], `${lang} ${warning.code}`).toBeTypeOf("function");
    }
    expect(seen.size).toBeGreaterThan(40);
  });

  it("both languages cover the same codes", () => {
    expect(Object.keys(MESSAGE_TABLES["zh-CN"].reasons).sort()).toEqual(Object.keys(MESSAGE_TABLES.en.reasons).sort());
    expect(Object.keys(MESSAGE_TABLES["zh-CN"].warnings).sort()).toEqual(Object.keys(MESSAGE_TABLES.en.warnings).sort());
  });
});

describe("explain", () => {
  /** A two-person household on the 2023 standard, decided in each test that reads it. */
  const decided = (): Determination =>
    evaluate(
      {
        jurisdiction: "CN-CQ",
        area: "urban",
        members: [
          { id: "m1", relation: "self", birthDate: "1980-01-01", incomes: [{ kind: "wage", monthly: "1200" }] },
          { id: "m2", relation: "child", birthDate: "2012-01-01", schooling: "compulsory" },
        ],
        assets: { compliant: true },
      },
      { asOf: "2023-10-15" },
    );

  it("says the decision and the figures in Chinese first, then lists each cited clause by id and short title", () => {
    const d = decided();
    const text = explain(d, { lang: "zh-CN" });
    // 735 × 2 − 1200 = 270, plus 100 student top-up: 370.
    expect(text).toContain("符合条件：每月370.00元（基本270.00元），自2023-11-01起发放。");
    expect(text).toContain("家庭月人均收入600.00元（合计1200.00元÷2人）低于城市低保标准735.00元。");
    expect(text).toContain("在校学生");
    const [prose = "", authority = ""] = text.split("\n依据\n====\n\n");
    expect(prose).toContain("符合条件：每月370.00元");
    expect(authority).toContain("• saim/art-9 《社会救助暂行办法》第九条\n");
    expect(authority).toContain("• saim/art-12/para-1 《社会救助暂行办法》第十二条第一款\n");
    expect(authority).toContain("• mlg-review-2021/art-7 《最低生活保障审核确认办法》第七条\n");
    // Reading order: article 7 before article 13, art-9 before art-10.
    expect(authority.indexOf("mlg-review-2021/art-7 ")).toBeLessThan(authority.indexOf("mlg-review-2021/art-13 "));
    expect(authority.indexOf("saim/art-9 ")).toBeLessThan(authority.indexOf("saim/art-10 "));
    // Compact: no clause text.
    expect(text).not.toContain(getClause("saim/art-9")?.zh);
    expect(text).toContain("引擎：social-assistance-rules ");
    expect(text).not.toContain("parameters CN-CQ");
  });

  it("quotes each cited clause on request (clauses: full), under the same heading", () => {
    const d = decided();
    const text = explain(d, { lang: "zh-CN", clauses: "full" });
    expect(text).toContain("\n依据\n");
    expect(text).toContain("• saim/art-9 — 《社会救助暂行办法》第九条\n");
    expect(text).toContain(getClause("saim/art-9")?.zh);
    expect(text).toContain(getClause("saim/art-12/para-1")?.zh);
    expect(text).not.toContain("Interim Measures");
  });

  it("in English, with the short English title, and as Markdown; the gist beside the Chinese text in full", () => {
    const d = decided();
    const text = explain(d, { lang: "en", format: "markdown" });
    expect(text).toContain("## Minimum living guarantee (dibao)");
    expect(text).toContain("Eligible: 370.00 yuan a month (base 270.00 yuan), paid from 2023-11-01.");
    expect(text).toContain("## Authority\n\n- ");
    expect(text).toContain("- saim/art-9 Interim Measures for Social Assistance, art. 9\n");
    expect(text).toContain("- saim/art-12/para-1 Interim Measures for Social Assistance, art. 12, para. 1\n");
    expect(text).not.toContain(`> ${getClause("saim/art-9")?.zh}`);
    const full = explain(d, { lang: "en", format: "markdown", clauses: "full" });
    expect(full).toContain("- saim/art-9 — Interim Measures for Social Assistance, art. 9\n");
    expect(full).toContain(`> ${getClause("saim/art-9")?.zh}`);
    expect(full).toContain(`> ${getClause("saim/art-9")?.en}`);
  });

  it("is shorter in the compact form: the authority list is one line per clause", () => {
    const d = decided();
    const compact = explain(d, { lang: "zh-CN" }).split("\n").length;
    const full = explain(d, { lang: "zh-CN", clauses: "full" }).split("\n").length;
    const cited = new Set([...d.dibao.reasons, ...d.specialHardship.flatMap((e) => e.reasons)].flatMap((r) => r.clauses));
    expect(full - compact).toBeGreaterThanOrEqual(cited.size);
  });

  it("states that a referral needs the person's own application", () => {
    const referred = evaluate(
      {
        jurisdiction: "CN-CQ",
        area: "urban",
        members: [
          { id: "m1", relation: "self", birthDate: "1980-01-01", incomes: [{ kind: "wage", monthly: "1800" }] },
          { id: "m2", relation: "child", birthDate: "2000-01-01", seriousIllness: true },
        ],
        assets: { compliant: true },
      },
      { asOf: "2023-10-15" },
    );
    expect(explain(referred, { lang: "zh-CN" })).toContain("须经本人申请");
    expect(explain(referred, { lang: "en" })).toContain("own application (经本人申请)");
  });

  it("is deterministic", () => {
    const d = decided();
    expect(explain(d, { lang: "en" })).toBe(explain(d, { lang: "en" }));
  });
});
