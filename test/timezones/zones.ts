/** The four time zones of issue 6 and in-process switching between them, for the tests in this folder. */
import { expect } from "vitest";

/** UTC; UTC+8 (Chongqing); UTC−8/−7 with daylight saving; UTC+14, which skipped 1994-12-31. */
export const ZONES = ["UTC", "Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati"] as const;

/** Minutes behind UTC on 15 January 2024 (no daylight saving in any of the four then). */
export const JANUARY_OFFSETS: Readonly<Record<(typeof ZONES)[number], number>> = { UTC: 0, "Asia/Shanghai": -480, "America/Los_Angeles": 480, "Pacific/Kiritimati": -840 };

const original = process.env.TZ;

/** Switches the process time zone and proves it took effect (Node re-reads TZ when it is assigned). */
export function useZone(zone: (typeof ZONES)[number]): void {
  process.env.TZ = zone;
  expect(new Date(2024, 0, 15, 12).getTimezoneOffset(), `TZ=${zone} took effect`).toBe(JANUARY_OFFSETS[zone]);
}

/** Puts back the time zone the process started with. */
export function restoreZone(): void {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
}
