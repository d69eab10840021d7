/**
 * Guards the plain-date arithmetic against the process time zone (issue 6: "never differ between
 * machines"). Every function of src/model/date.ts is checked exhaustively over every day (or every month)
 * of the years the contract accepts, 1850–2200, against the Gregorian rules written out in
 * test/arbitraries.ts, in the time zone the process runs in and again after switching `process.env.TZ`
 * in process through UTC, Asia/Shanghai, America/Los_Angeles and Pacific/Kiritimati (so the time-zone
 * projects of the test run, which set TZ to two of these, need not repeat it).
 *
 * Regression pinned: Pacific/Kiritimati skipped 31 December 1994 (it moved from UTC−10 to UTC+14), and
 * month arithmetic through a local `Date` and date-fns answered 1995-01-01 for results in December 1994
 * there. src/model/date.ts now does integer arithmetic only; the last test below holds it to that.
 */
import { afterAll, describe, expect, it } from "vitest";
import { addCalendarMonths, ageOn, endOfNthMonth, firstDayOfNextMonth, isIsoDate, isLeapDayBirthdayEve, parsePlainDate, previousDay } from "../../src/model/date.js";
import { daysInMonth, isLeapYear, isoDate } from "../arbitraries.js";
import { ZONES, restoreZone, useZone } from "./zones.js";

afterAll(restoreZone);

function everyDay(from: number, to: number, visit: (year: number, month: number, day: number) => void): void {
  for (let year = from; year <= to; year++) for (let month = 1; month <= 12; month++) for (let day = 1; day <= daysInMonth(year, month); day++) visit(year, month, day);
}

/** Month `index` counted from year 0 (month 1 = index 0), back to year and month. */
function monthAt(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Breaks of the calendar rules in the current zone, as `function(input) = got, want` lines. */
function calendarBreaks(zone: string): string[] {
  const breaks: string[] = [];
  const check = (what: string, got: unknown, want: unknown): void => {
    if (got !== want) breaks.push(`${what} = ${String(got)}, want ${String(want)}`);
  };

  everyDay(1850, 2200, (year, month, day) => {
    const date = isoDate(year, month, day);
    const parsed = parsePlainDate(date);
    if (parsed?.year !== year || parsed.month !== month || parsed.day !== day) breaks.push(`parsePlainDate(${date}) = ${JSON.stringify(parsed)}`);
    const previous = day > 1 ? isoDate(year, month, day - 1) : month > 1 ? isoDate(year, month - 1, daysInMonth(year, month - 1)) : isoDate(year - 1, 12, 31);
    if (date !== "1850-01-01") check(`previousDay(${date})`, previousDay(date), previous);
    check(`firstDayOfNextMonth(${date})`, firstDayOfNextMonth(date), month === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, month + 1, 1));
    // `date` plus whole calendar months, clamped to the end of a shorter month.
    for (const months of [1, 12]) {
      const target = monthAt(year * 12 + month - 1 + months);
      const want = isoDate(target.year, target.month, Math.min(day, daysInMonth(target.year, target.month)));
      if (target.year <= 2200) check(`addCalendarMonths(${date}, ${months})`, addCalendarMonths(date, months), want);
    }
  });
  // Days that do not exist, in every month: the 29th–31st past the month's end, and month 13.
  for (let year = 1850; year <= 2200; year++) {
    for (let month = 1; month <= 12; month++) for (let day = daysInMonth(year, month) + 1; day <= 31; day++) check(`isIsoDate(${isoDate(year, month, day)})`, isIsoDate(isoDate(year, month, day)), false);
    check(`isIsoDate(${year}-13-01)`, isIsoDate(`${year}-13-01`), false);
  }
  // A window of n calendar months from the first of a month ends on the last day of its n-th month.
  for (let index = 1850 * 12; index < 2200 * 12; index++) {
    const { year, month } = monthAt(index);
    for (const months of [1, 6]) {
      const last = monthAt(index + months - 1);
      const want = isoDate(last.year, last.month, daysInMonth(last.year, last.month));
      if (last.year <= 2200) check(`endOfNthMonth(${isoDate(year, month, 1)}, ${months})`, endOfNthMonth(isoDate(year, month, 1), months), want);
    }
  }
  // 29 February births on 28 February: the eve is a fact of the year only.
  for (let year = 1850; year <= 2200; year++) {
    const born = { year: 1848, month: 2, day: 29 };
    const on = { year, month: 2, day: 28 };
    check(`isLeapDayBirthdayEve(1848-02-29, ${year}-02-28)`, isLeapDayBirthdayEve(born, on), !isLeapYear(year));
    check(`ageOn(1848-02-29, ${year}-02-28)`, ageOn(born, on), year - 1848 - 1);
    check(`ageOn(1848-02-29, ${year}-03-01)`, ageOn(born, { year, month: 3, day: 1 }), year - 1848);
  }
  return breaks;
}

describe(`plain dates in the process time zone (TZ=${process.env.TZ ?? "unset"})`, () => {
  it("follow the Gregorian calendar on every day of 1850–2200", () => {
    const zone = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(calendarBreaks(zone).slice(0, 20)).toEqual([]);
  }, 60_000);
});

describe.each(ZONES)("plain dates with TZ switched in process to %s", (zone) => {
  it("follow the Gregorian calendar on every day of 1850–2200", () => {
    useZone(zone);
    expect(calendarBreaks(zone).slice(0, 20)).toEqual([]);
  }, 60_000);
});

describe("the day Pacific/Kiritimati skipped", () => {
  it("month arithmetic reaches December 1994 in Pacific/Kiritimati", () => {
    useZone("Pacific/Kiritimati");
    expect({
      window: endOfNthMonth("1994-07-01", 6),
      plusOne: addCalendarMonths("1994-11-15", 1),
      plusYear: addCalendarMonths("1993-12-01", 12),
      fromSkippedDay: addCalendarMonths("1994-12-31", 1),
    }).toEqual({ window: "1994-12-31", plusOne: "1994-12-15", plusYear: "1994-12-01", fromSkippedDay: "1995-01-31" });
  });
});
