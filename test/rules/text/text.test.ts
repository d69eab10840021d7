/**
 * The shared prose pieces (src/rules/text): how a value the reasons carry is written in each language.
 * Expected texts are written out by hand from the tables' own entries: the Chinese names as the
 * instruments write them (肢体残疾一级, 一至二级), the English as the glossary gives them.
 */
import { describe, expect, it } from "vitest";
import * as en from "../../../src/rules/text/en.js";
import * as zh from "../../../src/rules/text/zh-CN.js";

describe("Chinese pieces (zh-CN)", () => {
  it("write a value, a list, a missing value and money", () => {
    expect(zh.s(null)).toBe("—");
    expect(zh.s(undefined)).toBe("—");
    expect(zh.s(["m1", "m2"])).toBe("m1、m2");
    expect(zh.s(3)).toBe("3");
    expect(zh.yuan("770.00")).toBe("770.00元");
    expect(zh.area("rural")).toBe("农村");
    expect(zh.area("town")).toBe("town");
    expect(zh.rule("legacy")).toBe("原");
    expect(zh.rule(null)).toBe("—");
  });

  it("write article and part numbers as Chinese numerals, 1 to 99", () => {
    expect([1, 10, 12, 20, 33, 99].map(zh.chineseNumeral)).toEqual(["一", "十", "十二", "二十", "三十三", "九十九"]);
    expect([0, 100, 1.5].map(zh.chineseNumeral)).toEqual(["0", "100", "1.5"]);
  });

  it("write a date the Chinese way, and leave what is not a date as given", () => {
    expect(zh.date("2022-10-05")).toBe("2022年10月5日");
    expect(zh.date("soon")).toBe("soon");
    expect(zh.date(null)).toBe("—");
  });

  it("name a disability as the certificate does", () => {
    expect(zh.disability("physical", 1)).toBe("肢体残疾一级");
    expect(zh.disability("intellectual", null)).toBe("智力残疾");
    expect(zh.disability(undefined, 2)).toBe("无残疾登记");
    // A category or grade the tables lack is written as given.
    expect(zh.disability("other", 12)).toBe("other残疾12级");
  });

  it("name a listed supporter in words and a member by id", () => {
    expect(zh.person("supporters[0]")).toBe("所列第1位义务人");
    expect(zh.person("m2")).toBe("m2");
    expect(zh.people(["m1", "supporters[2]"])).toBe("m1、所列第3位义务人");
    expect(zh.people("supporters[1]")).toBe("所列第2位义务人");
  });

  it("write grade lists as the instruments do", () => {
    expect(zh.grades(["any:2", "intellectual:3"])).toBe("一至二级、一至三级智力");
    expect(zh.grades(["any:1", "unknown:x"])).toBe("一级、一至x级unknown");
    expect(zh.grades("any:2")).toBe("");
  });

  it("name values from a table, item by item", () => {
    expect(zh.name(zh.REGISTRATION, "lifted-unstable")).toBe("脱贫不稳定");
    expect(zh.name(zh.REGISTRATION, ["none", "edge", "new"])).toBe("未建档立卡、边缘易致贫、new");
    expect(zh.name(zh.REGISTRATION, null)).toBe("未提供");
    expect(zh.name(zh.REGISTRATION, "new")).toBe("new");
    expect(zh.list(["imprisoned", "away"], zh.EXCLUSION)).toBe("在监狱内服刑、away");
    expect(zh.list(null, zh.EXCLUSION)).toBe("—");
    expect(zh.yesNo(true)).toBe("是");
    expect(zh.yesNo(false)).toBe("否");
    expect(zh.yesNo(null)).toBe("未提供");
  });

  it("take ages and grades in category names from the reason's values", () => {
    expect(zh.topUpCategories({ agedMinAge: 70, severeDisabilityGrades: ["any:2"] })["aged-70-plus"]).toBe("70岁以上老人");
    expect(zh.topUpCategories({ agedMinAge: 70, severeDisabilityGrades: ["any:2"] })["severely-disabled"]).toBe("一至二级重残人员");
    expect(zh.grounds({ elderlyAge: 60, minorAge: 16 }).minor).toBe("未满16周岁");
    expect(zh.own({ memberId: "m1", ownMonthlyIncome: "100.00" })).toBe("m1本人可计收入每月100.00元");
  });
});

describe("English pieces (en)", () => {
  it("write a value, a list, a count and money", () => {
    expect(en.s(null)).toBe("—");
    expect(en.s(["m1", "m2"])).toBe("m1, m2");
    expect(en.yuan("770.00")).toBe("770.00 yuan");
    expect(en.count(1, "member", "members")).toBe("1 member");
    expect(en.count(4, "member", "members")).toBe("4 members");
  });

  it("name a disability, a registration, a listed supporter", () => {
    expect(en.disability("visual", 2)).toBe("visual disability, grade 2");
    expect(en.disability("mental", undefined)).toBe("mental disability");
    expect(en.disability(null, 1)).toBe("no disability recorded");
    expect(en.name(en.REGISTRATION, "edge")).toBe("at the edge of poverty");
    expect(en.name(en.REGISTRATION, undefined)).toBe("not given");
    expect(en.name(en.REGISTRATION, ["none", "other"])).toBe("not registered, other");
    expect(en.person("supporters[0]")).toBe("listed supporter 1");
    expect(en.people(["m1", "supporters[1]"])).toBe("m1, listed supporter 2");
    expect(en.people("m3")).toBe("m3");
    expect(en.yesNo(false)).toBe("no");
    expect(en.yesNo(undefined)).toBe("not given");
  });

  it("write grade lists in words", () => {
    expect(en.grades(["any:2", "intellectual:3", "physical:1"])).toBe("grade 1–2, intellectual grade 1–3, physical grade 1");
    expect(en.grades(null)).toBe("");
    expect(en.topUpCategories({ agedMinAge: 70, severeDisabilityGrades: ["any:2"] })["severely-disabled"]).toBe("severely disabled (grade 1–2)");
  });
});
