/**
 * The explanations of R9 in zh-CN and en: per programme who is referred, through which group, what the
 * programme offers and which office takes the referral; the note that the library holds no Chongqing
 * figures for these programmes and computes no amount; Chinese prose without English words (ids, field
 * paths, clause ids and numbers aside); every reason R9 gives in the fixtures has its own message in both
 * languages.
 */
import { describe, expect, it } from "vitest";
import { evaluate, explain, MESSAGE_TABLES, reasonText, type Determination, type HouseholdInput } from "../../../src/index.js";
import { assistanceReferralsProgramme } from "../../../src/rules/assistance-referrals/index.js";
import { ASSISTANCE_PROGRAMMES } from "../../../src/rules/assistance-referrals/section.js";
import { loadFixtures } from "../../../src/testing/index.js";
import { household, member, wage } from "../../helpers.js";

const labels = { zh: assistanceReferralsProgramme.messages["zh-CN"].labels, en: assistanceReferralsProgramme.messages.en.labels };

/** Urban 2024-10-15 (S 750): a dibao household with a seriously ill adult and a disabled pupil, applied for housing. */
const sample = (): Determination =>
  evaluate(
    household(
      [
        member("m1", { incomes: [wage("300")], seriousIllness: true }),
        member("m2", { relation: "child", birthDate: "2012-01-01", schooling: "compulsory", disability: { category: "hearing", grade: 3 }, supporters: [{ relation: "parent", birthDate: "1980-05-05", specialHardship: false }] }),
      ],
      { housing: { securityApplied: true } },
    ),
    { asOf: "2024-10-15" },
  );

/** The part of an explanation that R9 writes: from its heading to the next section's. */
function section(text: string, heading: string, next: string): string {
  const start = text.indexOf(heading);
  const end = text.indexOf(next, start + heading.length);
  expect(start, `heading ${heading}`).toBeGreaterThanOrEqual(0);
  return text.slice(start, end < 0 ? undefined : end);
}

describe("the explanation", () => {
  it("zh-CN: the note, each programme's office and offer, who is referred through which group — without English words", () => {
    const text = section(explain(sample(), { lang: "zh-CN" }), labels.zh.heading, MESSAGE_TABLES["zh-CN"].labels.warnings);
    expect(text).toContain("本库不掌握重庆市上述救助项目的金额标准");
    expect(text).toContain("民政部门");
    for (const office of ["教育部门", "医疗保障部门", "住房城乡建设部门"]) expect(text).toContain(office);
    expect(text).toContain("减免学费、助学金");
    expect(text).toContain("个人缴费部分给予补贴");
    expect(text).toContain("公共租赁住房或发放住房租赁补贴");
    expect(text).toContain("m1：转介（低保、重病患者），纳入监测预警。");
    expect(text).toContain("m2：转介（低保）。");
    expect(text).toContain("本户：转介（低保），方式：实物配租或租赁补贴。");
    // Ids, field paths, clause ids and INT-n aside, no Latin word of two letters or more.
    const prose = text
      .replace(/\[[^\]]*\]/g, "")
      .replace(/INT-\d+/g, "")
      .replace(/\bm\d+\b/g, "")
      .replace(/[A-Za-z]+(\[\d+\])?(\.[A-Za-z]+)+/g, "");
    expect(prose.match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
  });

  it("en: the same, in English", () => {
    const text = section(explain(sample(), { lang: "en" }), labels.en.heading, MESSAGE_TABLES.en.labels.warnings);
    expect(text).toContain("The library holds no Chongqing figures for these programmes and computes no amount");
    expect(text).toContain("civil affairs department");
    for (const office of ["the education department", "the medical security department", "the housing and urban-rural development department"]) expect(text).toContain(office);
    expect(text).toContain("tuition waivers and grants");
    expect(text).toContain("public rental housing or a rental subsidy");
    expect(text).toContain("m1: refer (through dibao, seriously ill); monitored for early warning.");
    expect(text).toContain("The household: refer (through dibao); form: public rental housing or a rental subsidy.");
  });

  it("a household with no referral says so", () => {
    const d = evaluate(household([member("m1", { incomes: [wage("5000")] })]), { asOf: "2024-10-15" });
    expect(explain(d, { lang: "zh-CN" })).toContain(`${labels.zh.note}\n${labels.zh.none}`);
    expect(explain(d, { lang: "en" })).toContain(`${labels.en.note}\n${labels.en.none}`);
  });

  it("names every programme's office in both languages", () => {
    for (const programme of ASSISTANCE_PROGRAMMES) {
      expect(labels.zh.programme({ programme })).toContain(labels.zh.programmes[programme]?.office ?? "—");
      expect(labels.en.programme({ programme })).toContain(labels.en.programmes[programme]?.office ?? "—");
    }
    // A programme or status from a later version is shown as given.
    expect(labels.zh.programme({ programme: "future-programme" })).toBe("future-programme");
    expect(labels.zh.entry({ memberId: "m1", status: "future", groups: ["dibao"], pendingGroups: [] })).toBe("m1：future（低保）。");
  });
});

describe("every reason R9 gives in its fixtures", () => {
  it("has its own message for its outcome in zh-CN and en, and the Chinese one has no English words", () => {
    const codes = new Set<string>();
    for (const fixture of loadFixtures(["fixtures/assistance-referrals"])) {
      let determination: Determination;
      try {
        determination = evaluate(fixture.household as HouseholdInput, { asOf: fixture.asOf, parameters: fixture.parameters as never });
      } catch {
        continue;
      }
      for (const entry of determination.assistanceReferrals) {
        for (const reason of entry.reasons) {
          codes.add(reason.code);
          for (const lang of ["zh-CN", "en"] as const) {
            const messages = MESSAGE_TABLES[lang].reasons[reason.code];
            expect(messages?.[reason.outcome] ?? messages?.any, `${lang} ${reason.code} ${reason.outcome}`).toBeDefined();
          }
          const zh = reasonText(reason, MESSAGE_TABLES["zh-CN"]).replace(/INT-\d+/g, "").replace(/\bm\d+\b/g, "");
          expect(zh.match(/[A-Za-z]{2,}/g) ?? [], zh).toEqual([]);
        }
      }
    }
    // The fixtures reach every group but registered-poor's and orphan's pending forms (those are never pending).
    expect(codes.size).toBeGreaterThanOrEqual(15);
  }, 60_000);
});
