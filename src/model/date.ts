/**
 * Plain calendar dates (`YYYY-MM-DD`), with no time and no time zone.
 *
 * Every date in this library is a string compared as text (ISO dates of four-digit years sort
 * chronologically) or split into integers, and all arithmetic is integer arithmetic on the proleptic
 * Gregorian calendar. No JS `Date` is ever built, so no result can depend on `TZ`: month arithmetic
 * through local `Date`s (date-fns) answered wrongly in Pacific/Kiritimati, which skipped 1994-12-31.
 */

/** A date written `YYYY-MM-DD`. */
export type IsoDate = string;

/** The integer parts of an {@link IsoDate}. */
export interface PlainDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Earliest and latest years accepted anywhere in input. */
export const MIN_YEAR = 1850;
export const MAX_YEAR = 2200;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Days in a month of the proleptic Gregorian calendar (what JS `Date` uses), by arithmetic: dates are
 * parsed on every evaluation's hot path, and building a `Date` per parse cost more than the rules.
 */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/** The year and month `months` months after (or before) the given one. */
function shiftMonth(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The number written by the decimal digits text[start..end), or -1 when one of them is not a digit 0–9. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Parses a `YYYY-MM-DD` string; `undefined` when it is not a real calendar date in the accepted years.
 * Read character by character rather than by a regular expression with captures, which cost more on
 * the hot path (every member's and supporter's birth date): the language is `^\d{4}-\d{2}-\d{2}$`,
 * exactly ten characters, ASCII digits and two hyphens.
 */
export function parsePlainDate(text: string): PlainDate | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True when `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  return parsePlainDate(text) !== undefined;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** Writes a {@link PlainDate} as `YYYY-MM-DD`. */
export function formatPlainDate(date: PlainDate): IsoDate {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * A date the rules compute with: any real calendar date of a four-digit year. Input is held to
 * {@link MIN_YEAR}–{@link MAX_YEAR}, but what the rules derive from it may fall outside: on asOf
 * 2200-12-15 a new gradual-exit window starts 2201-01-01 (issue 24), and the shock look-back of an
 * early asOf reaches back a year. Only text that is no date at all is a fault.
 */
function mustParse(text: IsoDate): PlainDate {
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 7);
    const day = digits(text, 8, 10);
    if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day };
  }
  throw new RangeError(`not a calendar date: ${text}`);
}

/**
 * Age in full years (周岁) on `on`. Integer comparison of (month, day) gives INT-1 for free: a person
 * born on 29 February is still younger on 28 February of a common year and a year older on 1 March.
 */
export function ageOn(birth: PlainDate, on: PlainDate): number {
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (beforeBirthday ? 1 : 0);
}

/** True when `birth` is 29 February and `on` is 28 February of a year without 29 February (INT-1 decides). */
export function isLeapDayBirthdayEve(birth: PlainDate, on: PlainDate): boolean {
  return birth.month === 2 && birth.day === 29 && on.month === 2 && on.day === 28 && daysInMonth(on.year, 2) === 28;
}

/** The first day of the month after `date` ("次月起", `mlg-review-2021/art-21`). */
export function firstDayOfNextMonth(date: IsoDate): IsoDate {
  const { year, month } = mustParse(date);
  return month === 12 ? formatPlainDate({ year: year + 1, month: 1, day: 1 }) : formatPlainDate({ year, month: month + 1, day: 1 });
}

/** The last day of the month `months - 1` months after the month of `start`: a window of `months` calendar months. */
export function endOfNthMonth(start: IsoDate, months: number): IsoDate {
  const { year, month } = mustParse(start);
  const last = shiftMonth(year, month, months - 1);
  return formatPlainDate({ ...last, day: daysInMonth(last.year, last.month) });
}

/** `date` plus whole calendar months, a day past the target month's end clamped to its last day (2024-02-29 + 12 → 2025-02-28). */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = mustParse(date);
  const target = shiftMonth(year, month, months);
  return formatPlainDate({ ...target, day: Math.min(day, daysInMonth(target.year, target.month)) });
}

/** The day before `date`. */
export function previousDay(date: IsoDate): IsoDate {
  const { year, month, day } = mustParse(date);
  if (day > 1) return formatPlainDate({ year, month, day: day - 1 });
  if (month > 1) return formatPlainDate({ year, month: month - 1, day: daysInMonth(year, month - 1) });
  return formatPlainDate({ year: year - 1, month: 12, day: 31 });
}
