/**
 * The time-zone projects of the test run (vitest.config.ts: tz-kiritimati, tz-los-angeles) set TZ for
 * the date-sensitive tests: this proves the zone TZ names is the one the process's dates use, so those
 * projects really check the dates under UTC+14 and UTC−8 (in the main project, the machine's zone).
 */
import { describe, expect, it } from "vitest";
import { JANUARY_OFFSETS } from "./zones.js";

describe("the process time zone of this project", () => {
  it("is the zone TZ names: local dates agree with Intl's for that zone, and the four zones have their January offsets", () => {
    const zone = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const instant = Date.UTC(2024, 0, 15, 12, 30);
    const format = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" });
    const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
    const local = new Date(instant);
    expect([local.getFullYear(), local.getMonth() + 1, local.getDate(), local.getHours(), local.getMinutes()]).toEqual([parts.year, parts.month, parts.day, parts.hour, parts.minute]);
    if (Object.hasOwn(JANUARY_OFFSETS, zone)) expect(local.getTimezoneOffset()).toBe(JANUARY_OFFSETS[zone as keyof typeof JANUARY_OFFSETS]);
  });
});
