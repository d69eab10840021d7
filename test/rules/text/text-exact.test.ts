/**
 * The shared prose pieces of src/rules/text, exactly: every exported function on every branch (null,
 * undefined, a list, a value a table lacks, each grade shape) and every entry of every exported name table,
 * in both languages. Each expected string is written out by hand from reading the helper; a whole-string
 * `toBe` (or `toStrictEqual` of a whole table) so that a word lost, a separator changed or a branch taken
 * the other way fails. The common (non-programme) reason and warning messages live in src/explain/messages,
 * outside the mutated code; the programme templates that use these pieces have their own tests.
 */
import { describe, expect, it } from "vitest";
import type { Values } from "../../../src/rules/messages.js";
import * as en from "../../../src/rules/text/en.js";
import * as zh from "../../../src/rules/text/zh-CN.js";

describe("English pieces (src/rules/text/en.ts), exactly", () => {
  it.each<[string, unknown, string]>([
    ["null as a dash", null, "—"],
    ["undefined as a dash", undefined, "—"],
    ["a string as given", "m1", "m1"],
    ["an empty string as given", "", ""],
    ["zero as a digit, not as missing", 0, "0"],
    ["false as given, not as missing", false, "false"],
    ["a list joined with a comma and a space", ["m1", "m2", "m3"], "m1, m2, m3"],
    ["a one-item list", ["m1"], "m1"],
    ["an empty list as nothing", [], ""],
  ])("s: %s", (_, value, expected) => {
    expect(en.s(value)).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    ["a money string", "750.00", "750.00 yuan"],
    ["a missing amount", null, "— yuan"],
    ["an undefined amount", undefined, "— yuan"],
  ])("yuan: %s", (_, value, expected) => {
    expect(en.yuan(value)).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    ["null as not given", null, "not given"],
    ["undefined as not given", undefined, "not given"],
    ["a value the table has, by its name", "lifted", "lifted from poverty"],
    ["a value the table lacks, as given", "new", "new"],
    ["a number the table lacks, as given", 3, "3"],
    ["a list, item by item, a missing name as given", ["none", "other", "edge"], "not registered, other, at the edge of poverty"],
    ["an empty list as nothing", [], ""],
  ])("name: %s", (_, value, expected) => {
    expect(en.name(en.REGISTRATION, value)).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    ["one, in the singular", 1, "1 member"],
    ["zero, in the plural", 0, "0 members"],
    ["four, in the plural", 4, "4 members"],
    ["the string '1', in the plural (only the number 1 is singular)", "1", "1 members"],
    ["a missing count as a dash, in the plural", null, "— members"],
  ])("count: %s", (_, n, expected) => {
    expect(en.count(n, "member", "members")).toBe(expected);
  });

  it.each<[string, Record<string, string>, Record<string, string>]>([
    ["DISABILITY", en.DISABILITY, { physical: "physical", visual: "visual", hearing: "hearing", speech: "speech", intellectual: "intellectual", mental: "mental", multiple: "multiple" }],
    [
      "REGISTRATION",
      en.REGISTRATION,
      { none: "not registered", unlifted: "registered poor, not lifted", lifted: "lifted from poverty", "lifted-unstable": "lifted but unstable", edge: "at the edge of poverty" },
    ],
    [
      "EXCLUSION",
      en.EXCLUSION,
      {
        "clergy-away-3-years": "clergy living away for 3 years or more",
        imprisoned: "in prison",
        "compulsory-rehabilitation": "in compulsory drug rehabilitation",
        "declared-missing": "declared missing",
      },
    ],
    ["DIBAO_STATUS", en.DIBAO_STATUS, { eligible: "eligible", ineligible: "not eligible", "gradual-exit": "in a gradual-exit window", "needs-review": "needs review" }],
    ["ROUTE", en.ROUTE, { "registered-poor": "registered poor", "near-dibao": "near-dibao household", "adult-severe-disability": "adult severely disabled, not employed" }],
    ["CARE_TIER", en.CARE_TIER, { "self-care": "fully self-caring", partial: "partly unable to care for themselves", full: "wholly unable to care for themselves" }],
  ])("table %s holds exactly its entries", (_, table, expected) => {
    expect(table).toStrictEqual(expected);
  });

  it.each<[string, Record<string, string>, string, string]>([
    ["REGISTRATION", en.REGISTRATION, "none", "not registered"],
    ["REGISTRATION", en.REGISTRATION, "unlifted", "registered poor, not lifted"],
    ["REGISTRATION", en.REGISTRATION, "lifted", "lifted from poverty"],
    ["REGISTRATION", en.REGISTRATION, "lifted-unstable", "lifted but unstable"],
    ["REGISTRATION", en.REGISTRATION, "edge", "at the edge of poverty"],
    ["EXCLUSION", en.EXCLUSION, "clergy-away-3-years", "clergy living away for 3 years or more"],
    ["EXCLUSION", en.EXCLUSION, "imprisoned", "in prison"],
    ["EXCLUSION", en.EXCLUSION, "compulsory-rehabilitation", "in compulsory drug rehabilitation"],
    ["EXCLUSION", en.EXCLUSION, "declared-missing", "declared missing"],
    ["DIBAO_STATUS", en.DIBAO_STATUS, "eligible", "eligible"],
    ["DIBAO_STATUS", en.DIBAO_STATUS, "ineligible", "not eligible"],
    ["DIBAO_STATUS", en.DIBAO_STATUS, "gradual-exit", "in a gradual-exit window"],
    ["DIBAO_STATUS", en.DIBAO_STATUS, "needs-review", "needs review"],
    ["ROUTE", en.ROUTE, "registered-poor", "registered poor"],
    ["ROUTE", en.ROUTE, "near-dibao", "near-dibao household"],
    ["ROUTE", en.ROUTE, "adult-severe-disability", "adult severely disabled, not employed"],
    ["CARE_TIER", en.CARE_TIER, "self-care", "fully self-caring"],
    ["CARE_TIER", en.CARE_TIER, "partial", "partly unable to care for themselves"],
    ["CARE_TIER", en.CARE_TIER, "full", "wholly unable to care for themselves"],
  ])("name(%s, %s)", (_, table, value, expected) => {
    expect(en.name(table, value)).toBe(expected);
  });

  it.each<[string, unknown, unknown, string]>([
    ["physical", "physical", 1, "physical disability, grade 1"],
    ["visual", "visual", 2, "visual disability, grade 2"],
    ["hearing", "hearing", 3, "hearing disability, grade 3"],
    ["speech", "speech", 4, "speech disability, grade 4"],
    ["intellectual", "intellectual", 3, "intellectual disability, grade 3"],
    ["mental", "mental", 2, "mental disability, grade 2"],
    ["multiple", "multiple", 1, "multiple disability, grade 1"],
    ["a grade 0 still shown", "physical", 0, "physical disability, grade 0"],
    ["a grade given as a string", "visual", "2", "visual disability, grade 2"],
    ["no grade (null)", "mental", null, "mental disability"],
    ["no grade (undefined)", "hearing", undefined, "hearing disability"],
    ["a category the table lacks, as given", "other", 5, "other disability, grade 5"],
    ["no category (null), whatever the grade", null, 1, "no disability recorded"],
    ["no category (undefined), whatever the grade", undefined, 2, "no disability recorded"],
    ["no category and no grade", null, null, "no disability recorded"],
  ])("disability: %s", (_, category, grade, expected) => {
    expect(en.disability(category, grade)).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    ["any category up to grade 2", ["any:2"], "grade 1–2"],
    ["any category at grade 1 alone", ["any:1"], "grade 1"],
    ["a named category up to grade 3", ["intellectual:3"], "intellectual grade 1–3"],
    ["a named category at grade 1 alone", ["physical:1"], "physical grade 1"],
    ["a category the table lacks, as given", ["unknown:2"], "unknown grade 1–2"],
    ["several entries, joined with a comma", ["any:2", "intellectual:3", "mental:3"], "grade 1–2, intellectual grade 1–3, mental grade 1–3"],
    ["an empty list as nothing", [], ""],
    ["null as nothing", null, ""],
    ["a single entry not in a list as nothing", "any:2", ""],
  ])("grades: %s", (_, value, expected) => {
    expect(en.grades(value)).toBe(expected);
  });

  it("topUpCategories: names every category, with the age and grades of the values", () => {
    const values: Values = { agedMinAge: 70, severeDisabilityGrades: ["any:2"] };
    expect(en.topUpCategories(values)).toStrictEqual({
      "severely-disabled": "severely disabled (grade 1–2)",
      "serious-illness": "major illness",
      "aged-70-plus": "aged 70 or over",
      "preschool-child": "preschool child",
      student: "student",
      disabled: "disabled",
    });
  });

  it("topUpCategories: without the age and grades, a dash and nothing in their place", () => {
    const names = en.topUpCategories({ severeDisabilityGrades: null });
    expect(names["severely-disabled"]).toBe("severely disabled ()");
    expect(names["aged-70-plus"]).toBe("aged — or over");
  });

  it.each<[string, unknown, string]>([
    ["true", true, "yes"],
    ["false", false, "no"],
    ["null", null, "not given"],
    ["undefined", undefined, "not given"],
    ["a truthy non-boolean", "yes", "not given"],
    ["zero", 0, "not given"],
  ])("yesNo: %s", (_, value, expected) => {
    expect(en.yesNo(value)).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    ["the first listed supporter", "supporters[0]", "listed supporter 1"],
    ["the third listed supporter", "supporters[2]", "listed supporter 3"],
    ["a two-digit index", "supporters[12]", "listed supporter 13"],
    ["a member id as given", "m2", "m2"],
    ["something before the path, as given", "xsupporters[0]", "xsupporters[0]"],
    ["something after the path, as given", "supporters[0].id", "supporters[0].id"],
    ["an index that is not a number, as given", "supporters[a]", "supporters[a]"],
    ["an empty index, as given", "supporters[]", "supporters[]"],
    ["null as a dash", null, "—"],
  ])("person: %s", (_, value, expected) => {
    expect(en.person(value)).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    ["a list, each named, joined with a comma", ["m1", "supporters[1]", "supporters[0]"], "m1, listed supporter 2, listed supporter 1"],
    ["one listed supporter not in a list", "supporters[1]", "listed supporter 2"],
    ["one member id not in a list", "m3", "m3"],
    ["an empty list as nothing", [], ""],
    ["null as a dash", null, "—"],
  ])("people: %s", (_, value, expected) => {
    expect(en.people(value)).toBe(expected);
  });

  it.each<[string, Values, string]>([
    ["a member's own income", { memberId: "m2", ownMonthlyIncome: "1200.50" }, "Own countable income of m2 is 1200.50 yuan a month"],
    ["without member or income", {}, "Own countable income of — is — yuan a month"],
  ])("own: %s", (_, values, expected) => {
    expect(en.own(values)).toBe(expected);
  });
});

describe("Chinese pieces (src/rules/text/zh-CN.ts), exactly", () => {
  it.each<[string, unknown, string]>([
    ["null as a dash", null, "—"],
    ["undefined as a dash", undefined, "—"],
    ["a string as given", "m1", "m1"],
    ["zero as a digit, not as missing", 0, "0"],
    ["false as given, not as missing", false, "false"],
    ["a list joined with 、", ["m1", "m2", "m3"], "m1、m2、m3"],
    ["a one-item list", ["m1"], "m1"],
    ["an empty list as nothing", [], ""],
  ])("s: %s", (_, value, expected) => {
    expect(zh.s(value)).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    ["a money string", "750.00", "750.00元"],
    ["a missing amount", null, "—元"],
  ])("yuan: %s", (_, value, expected) => {
    expect(zh.yuan(value)).toBe(expected);
  });

  it.each<[string, Record<string, string>, Record<string, string>]>([
    ["AREA", zh.AREA, { urban: "城市", rural: "农村" }],
    ["RULE", zh.RULE, { current: "现行", legacy: "原" }],
    ["TIER", zh.TIER, { "self-care": "全自理", partial: "半护理", full: "全护理" }],
    ["ROUTE", zh.ROUTE, { "registered-poor": "未脱贫建档立卡贫困户", "near-dibao": "低保边缘家庭", "adult-severe-disability": "成年无业重度残疾人" }],
    ["DISABILITY", zh.DISABILITY, { physical: "肢体", visual: "视力", hearing: "听力", speech: "言语", intellectual: "智力", mental: "精神", multiple: "多重" }],
    ["REGISTRATION", zh.REGISTRATION, { none: "未建档立卡", unlifted: "未脱贫", lifted: "已脱贫", "lifted-unstable": "脱贫不稳定", edge: "边缘易致贫" }],
    [
      "EXCLUSION",
      zh.EXCLUSION,
      {
        "clergy-away-3-years": "连续三年以上脱离家庭独立生活的宗教教职人员",
        imprisoned: "在监狱内服刑",
        "compulsory-rehabilitation": "在戒毒所强制隔离戒毒",
        "declared-missing": "宣告失踪",
      },
    ],
    ["DIBAO_STATUS", zh.DIBAO_STATUS, { eligible: "符合条件", ineligible: "不符合条件", "gradual-exit": "渐退期", "needs-review": "需人工复核" }],
  ])("table %s holds exactly its entries", (_, table, expected) => {
    expect(table).toStrictEqual(expected);
  });

  it.each<[string, unknown, string]>([
    ["urban", "urban", "城市"],
    ["rural", "rural", "农村"],
    ["an area the table lacks, as given", "town", "town"],
    ["null as a dash", null, "—"],
  ])("area: %s", (_, value, expected) => {
    expect(zh.area(value)).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    ["current", "current", "现行"],
    ["legacy", "legacy", "原"],
    ["a rule the table lacks, as given", "future", "future"],
    ["undefined as a dash", undefined, "—"],
  ])("rule: %s", (_, value, expected) => {
    expect(zh.rule(value)).toBe(expected);
  });

  it.each<[string, Record<string, string>, string, string]>([
    ["TIER", zh.TIER, "self-care", "全自理"],
    ["TIER", zh.TIER, "partial", "半护理"],
    ["TIER", zh.TIER, "full", "全护理"],
    ["ROUTE", zh.ROUTE, "registered-poor", "未脱贫建档立卡贫困户"],
    ["ROUTE", zh.ROUTE, "near-dibao", "低保边缘家庭"],
    ["ROUTE", zh.ROUTE, "adult-severe-disability", "成年无业重度残疾人"],
    ["REGISTRATION", zh.REGISTRATION, "none", "未建档立卡"],
    ["REGISTRATION", zh.REGISTRATION, "unlifted", "未脱贫"],
    ["REGISTRATION", zh.REGISTRATION, "lifted", "已脱贫"],
    ["REGISTRATION", zh.REGISTRATION, "lifted-unstable", "脱贫不稳定"],
    ["REGISTRATION", zh.REGISTRATION, "edge", "边缘易致贫"],
    ["EXCLUSION", zh.EXCLUSION, "clergy-away-3-years", "连续三年以上脱离家庭独立生活的宗教教职人员"],
    ["EXCLUSION", zh.EXCLUSION, "imprisoned", "在监狱内服刑"],
    ["EXCLUSION", zh.EXCLUSION, "compulsory-rehabilitation", "在戒毒所强制隔离戒毒"],
    ["EXCLUSION", zh.EXCLUSION, "declared-missing", "宣告失踪"],
    ["DIBAO_STATUS", zh.DIBAO_STATUS, "eligible", "符合条件"],
    ["DIBAO_STATUS", zh.DIBAO_STATUS, "ineligible", "不符合条件"],
    ["DIBAO_STATUS", zh.DIBAO_STATUS, "gradual-exit", "渐退期"],
    ["DIBAO_STATUS", zh.DIBAO_STATUS, "needs-review", "需人工复核"],
  ])("name(%s, %s)", (_, table, value, expected) => {
    expect(zh.name(table, value)).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    ["null as 未提供", null, "未提供"],
    ["undefined as 未提供", undefined, "未提供"],
    ["a value the table has, by its name", "unlifted", "未脱贫"],
    ["a value the table lacks, as given", "new", "new"],
    ["a number the table lacks, as given", 7, "7"],
    ["a list, item by item, a missing name as given", ["none", "other", "edge"], "未建档立卡、other、边缘易致贫"],
    ["an empty list as nothing", [], ""],
  ])("name: %s", (_, value, expected) => {
    expect(zh.name(zh.REGISTRATION, value)).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    ["a list, item by item, a missing name as given", ["imprisoned", "away", "declared-missing"], "在监狱内服刑、away、宣告失踪"],
    ["an empty list as nothing", [], ""],
    ["a single value not in a list, as given (not named)", "imprisoned", "imprisoned"],
    ["null as a dash", null, "—"],
  ])("list: %s", (_, value, expected) => {
    expect(zh.list(value, zh.EXCLUSION)).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    ["a date, month and day without leading zeros", "2022-01-05", "2022年1月5日"],
    ["a date with two-digit month and day", "2022-10-20", "2022年10月20日"],
    ["a date ending the year", "2021-12-31", "2021年12月31日"],
    ["a month or day of one digit is not an ISO date, as given", "2022-1-5", "2022-1-5"],
    ["a five-digit year, as given", "22022-10-20", "22022-10-20"],
    ["a three-digit month, as given", "2022-100-20", "2022-100-20"],
    ["a three-digit day, as given", "2022-10-200", "2022-10-200"],
    ["something before the date, as given", "x2022-10-20", "x2022-10-20"],
    ["something after the date, as given", "2022-10-20T00:00", "2022-10-20T00:00"],
    ["letters in place of digits, as given", "yyyy-mm-dd", "yyyy-mm-dd"],
    ["slashes in place of dashes, as given", "2022/10/20", "2022/10/20"],
    ["a word, as given", "soon", "soon"],
    ["null as a dash", null, "—"],
  ])("date: %s", (_, value, expected) => {
    expect(zh.date(value)).toBe(expected);
  });

  it.each<[number, string]>([
    [1, "一"],
    [2, "二"],
    [3, "三"],
    [4, "四"],
    [5, "五"],
    [6, "六"],
    [7, "七"],
    [8, "八"],
    [9, "九"],
    [10, "十"],
    [11, "十一"],
    [19, "十九"],
    [20, "二十"],
    [21, "二十一"],
    [30, "三十"],
    [33, "三十三"],
    [45, "四十五"],
    [58, "五十八"],
    [67, "六十七"],
    [76, "七十六"],
    [84, "八十四"],
    [90, "九十"],
    [99, "九十九"],
  ])("chineseNumeral(%d) = %s", (n, expected) => {
    expect(zh.chineseNumeral(n)).toBe(expected);
  });

  it.each<[number, string]>([
    [0, "0"],
    [-3, "-3"],
    [100, "100"],
    [101, "101"],
    [1.5, "1.5"],
    [12.5, "12.5"],
    [Number.NaN, "NaN"],
  ])("chineseNumeral(%d) outside 1–99 or not whole: as digits", (n, expected) => {
    expect(zh.chineseNumeral(n)).toBe(expected);
  });

  it.each<[string, unknown, unknown, string]>([
    ["physical", "physical", 1, "肢体残疾一级"],
    ["visual", "visual", 2, "视力残疾二级"],
    ["hearing", "hearing", 3, "听力残疾三级"],
    ["speech", "speech", 4, "言语残疾四级"],
    ["intellectual", "intellectual", 3, "智力残疾三级"],
    ["mental", "mental", 2, "精神残疾二级"],
    ["multiple", "multiple", 1, "多重残疾一级"],
    ["grade 0 from the numeral table", "physical", 0, "肢体残疾零级"],
    ["grade 5", "physical", 5, "肢体残疾五级"],
    ["grade 6", "physical", 6, "肢体残疾六级"],
    ["grade 7", "physical", 7, "肢体残疾七级"],
    ["grade 8", "physical", 8, "肢体残疾八级"],
    ["grade 9", "physical", 9, "肢体残疾九级"],
    ["grade 10", "physical", 10, "肢体残疾十级"],
    ["a grade given as a string", "visual", "2", "视力残疾二级"],
    ["a grade past the numerals, as given", "other", 12, "other残疾12级"],
    ["a grade that is not a number, as given", "visual", "x", "视力残疾x级"],
    ["no grade (null)", "intellectual", null, "智力残疾"],
    ["no grade (undefined)", "mental", undefined, "精神残疾"],
    ["a category the table lacks, as given", "other", 1, "other残疾一级"],
    ["no category (null), whatever the grade", null, 1, "无残疾登记"],
    ["no category (undefined), whatever the grade", undefined, 2, "无残疾登记"],
  ])("disability: %s", (_, category, grade, expected) => {
    expect(zh.disability(category, grade)).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    ["any category up to grade 2", ["any:2"], "一至二级"],
    ["any category at grade 1 alone", ["any:1"], "一级"],
    ["a named category up to grade 3", ["intellectual:3"], "一至三级智力"],
    ["a named category at grade 1 alone", ["physical:1"], "一级肢体"],
    ["a grade past the numerals, as given", ["any:12"], "一至12级"],
    ["a grade that is not a number, as given", ["any:x"], "一至x级"],
    ["a category the table lacks, as given", ["unknown:2"], "一至二级unknown"],
    ["several entries, joined with 、", ["any:2", "intellectual:3", "mental:3"], "一至二级、一至三级智力、一至三级精神"],
    ["an empty list as nothing", [], ""],
    ["null as nothing", null, ""],
    ["a single entry not in a list as nothing", "any:2", ""],
  ])("grades: %s", (_, value, expected) => {
    expect(zh.grades(value)).toBe(expected);
  });

  it("topUpCategories: names every category, with the age and grades of the values", () => {
    const values: Values = { agedMinAge: 70, severeDisabilityGrades: ["any:2"] };
    expect(zh.topUpCategories(values)).toStrictEqual({
      "severely-disabled": "一至二级重残人员",
      "serious-illness": "患有重大疾病人员",
      "aged-70-plus": "70岁以上老人",
      "preschool-child": "学龄前儿童",
      student: "在校学生",
      disabled: "残疾人员",
    });
  });

  it("topUpCategories: without the age and grades, a dash and nothing in their place", () => {
    const names = zh.topUpCategories({ severeDisabilityGrades: null });
    expect(names["severely-disabled"]).toBe("重残人员");
    expect(names["aged-70-plus"]).toBe("—岁以上老人");
  });

  it("grounds: names every ground of no capacity to work, with the ages of the values", () => {
    expect(zh.grounds({ elderlyAge: 60, minorAge: 18 })).toStrictEqual({
      aged: "60周岁以上",
      minor: "未满18周岁",
      disability: "残疾等级",
      continuation: "继续享受救助供养",
    });
  });

  it("grounds: without the ages, a dash in their place", () => {
    const names = zh.grounds({});
    expect(names.aged).toBe("—周岁以上");
    expect(names.minor).toBe("未满—周岁");
  });

  it.each<[string, unknown, string]>([
    ["true", true, "是"],
    ["false", false, "否"],
    ["null", null, "未提供"],
    ["undefined", undefined, "未提供"],
    ["a truthy non-boolean", "yes", "未提供"],
  ])("yesNo: %s", (_, value, expected) => {
    expect(zh.yesNo(value)).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    ["the first listed supporter", "supporters[0]", "所列第1位义务人"],
    ["the third listed supporter", "supporters[2]", "所列第3位义务人"],
    ["a two-digit index", "supporters[12]", "所列第13位义务人"],
    ["a member id as given", "m2", "m2"],
    ["something before the path, as given", "xsupporters[0]", "xsupporters[0]"],
    ["something after the path, as given", "supporters[0].id", "supporters[0].id"],
    ["an index that is not a number, as given", "supporters[a]", "supporters[a]"],
    ["an empty index, as given", "supporters[]", "supporters[]"],
    ["null as a dash", null, "—"],
  ])("person: %s", (_, value, expected) => {
    expect(zh.person(value)).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    ["a list, each named, joined with 、", ["m1", "supporters[1]", "supporters[0]"], "m1、所列第2位义务人、所列第1位义务人"],
    ["one listed supporter not in a list", "supporters[1]", "所列第2位义务人"],
    ["one member id not in a list", "m3", "m3"],
    ["an empty list as nothing", [], ""],
    ["null as a dash", null, "—"],
  ])("people: %s", (_, value, expected) => {
    expect(zh.people(value)).toBe(expected);
  });

  it.each<[string, Values, string]>([
    ["a member's own income", { memberId: "m2", ownMonthlyIncome: "1200.50" }, "m2本人可计收入每月1200.50元"],
    ["without member or income", {}, "—本人可计收入每月—元"],
  ])("own: %s", (_, values, expected) => {
    expect(zh.own(values)).toBe(expected);
  });
});
