/** Plain-date arithmetic: calendar validity, ages in full years (INT-1), month arithmetic for windows. */
import { describe, expect, it } from "vitest";
import {
  addCalendarMonths,
  ageOn,
  endOfNthMonth,
  firstDayOfNextMonth,
  formatPlainDate,
  isIsoDate,
  isLeapDayBirthdayEve,
  parsePlainDate,
  previousDay,
} from "../../src/model/date.js";

const d = (text: string) => {
  const parsed = parsePlainDate(text);
  if (parsed === undefined) throw new Error(text);
  return parsed;
};

describe("parsePlainDate", () => {
  it.each(["2024-02-29", "2000-02-29", "1850-01-01", "2200-12-31", "2023-12-31"])("accepts %s", (text) => {
    expect(isIsoDate(text)).toBe(true);
    expect(formatPlainDate(d(text))).toBe(text);
  });
  it.each(["2023-02-29", "1900-02-29", "2023-13-01", "2023-00-10", "2023-04-31", "2023-1-1", "2023-01-00", "20230101", "1849-12-31", "2201-01-01", "", "2023-01-01T00:00"])(
    "rejects %s",
    (text) => expect(isIsoDate(text)).toBe(false),
  );
  // Ten characters with the hyphens in place, but not ASCII digits: a sign, a space, a letter, a
  // full-width or Arabic-Indic digit, a character just below "0" or just above "9".
  it.each(["+024-01-01", "2024-0 -01", "2024-01-1x", "２０24-01-01", "2024-01-٠١", "2024-/1-01", "2024-01-:1", "20a4-01-01"])(
    "rejects %s, not ASCII digits",
    (text) => {
      expect(text).toHaveLength(10);
      expect(parsePlainDate(text)).toBeUndefined();
    },
  );
  it("rejects a valid date with anything around it, and hyphens out of place", () => {
    for (const text of ["2024-01-01\n", " 2024-01-01", "2024-01-01 ", "2024/01/01", "202-401-01", "2024-010-1"]) expect(parsePlainDate(text)).toBeUndefined();
  });
  it("reads each part as a decimal number, leading zeros included", () => {
    expect(parsePlainDate("2024-09-08")).toEqual({ year: 2024, month: 9, day: 8 });
    expect(parsePlainDate("1999-10-31")).toEqual({ year: 1999, month: 10, day: 31 });
  });
});

describe("ageOn (周岁)", () => {
  it("counts full years, a birthday completing a year", () => {
    expect(ageOn(d("1964-10-15"), d("2024-10-14"))).toBe(59);
    expect(ageOn(d("1964-10-15"), d("2024-10-15"))).toBe(60);
    expect(ageOn(d("2020-01-01"), d("2020-01-01"))).toBe(0);
  });
  it("INT-1: born 29 February, a year older on 1 March of a common year", () => {
    expect(ageOn(d("1956-02-29"), d("2026-02-28"))).toBe(69);
    expect(ageOn(d("1956-02-29"), d("2026-03-01"))).toBe(70);
    expect(ageOn(d("1964-02-29"), d("2024-02-29"))).toBe(60);
    expect(ageOn(d("1964-02-29"), d("2024-02-28"))).toBe(59);
  });
  it("knows when INT-1 decides", () => {
    expect(isLeapDayBirthdayEve(d("1956-02-29"), d("2026-02-28"))).toBe(true);
    expect(isLeapDayBirthdayEve(d("1964-02-29"), d("2024-02-28"))).toBe(false);
    expect(isLeapDayBirthdayEve(d("1956-03-01"), d("2026-02-28"))).toBe(false);
  });
});

describe("month arithmetic", () => {
  it("first day of next month, across a year end", () => {
    expect(firstDayOfNextMonth("2023-10-15")).toBe("2023-11-01");
    expect(firstDayOfNextMonth("2023-12-31")).toBe("2024-01-01");
    expect(firstDayOfNextMonth("2024-01-31")).toBe("2024-02-01");
  });
  it("a 6-month window ends on the last day of its 6th month (docs/rules.md R2 example)", () => {
    expect(endOfNthMonth("2021-11-01", 6)).toBe("2022-04-30");
    expect(endOfNthMonth("2023-09-01", 6)).toBe("2024-02-29");
    expect(endOfNthMonth("2024-09-01", 6)).toBe("2025-02-28");
    expect(endOfNthMonth("2024-01-01", 6)).toBe("2024-06-30");
    expect(endOfNthMonth("2023-12-01", 1)).toBe("2023-12-31");
  });
  it("adds calendar months for the staleness horizon", () => {
    expect(addCalendarMonths("2025-07-01", 12)).toBe("2026-07-01");
    expect(addCalendarMonths("2024-02-29", 12)).toBe("2025-02-28");
  });
  it("steps back one day across month and year ends", () => {
    expect(previousDay("2020-09-07")).toBe("2020-09-06");
    expect(previousDay("2024-03-01")).toBe("2024-02-29");
    expect(previousDay("2023-03-01")).toBe("2023-02-28");
    expect(previousDay("2024-01-01")).toBe("2023-12-31");
  });
  it("refuses a date that is not one", () => {
    expect(() => firstDayOfNextMonth("2023-02-30")).toThrow(RangeError);
  });
});
