/**
 * Shared fast-check arbitraries for the test suite (as fast-check's own `test/unit/arbitrary`).
 * Add new ones here rather than in individual test files.
 */
import fc from "fast-check";
import { MAX_DAY, MIN_DAY, dayNumberFromYmd, fromDayNumber, type DayNumber, type IsoDate } from "../src/day/dayNumber.js";
import { civilServiceCalendar } from "../src/calendar/index.js";
import type { WorkCalendar } from "../src/calendar/types.js";

/**
 * Day numbers within the supported range 1900-01-01 … 2199-12-31, or within `[min, max]`.
 * @example fc.sample(dayNumberArb({ min: dayNumberFromYmd(2019, 1, 1) }), 1)
 */
export function dayNumberArb(range: { readonly min?: number; readonly max?: number } = {}): fc.Arbitrary<DayNumber> {
  return fc.integer({ min: range.min ?? MIN_DAY, max: range.max ?? MAX_DAY }).map((d) => d as DayNumber);
}

/** Day numbers of the years `from` … `to` (inclusive). */
export function dayNumberOfYearsArb(from: number, to: number): fc.Arbitrary<DayNumber> {
  return dayNumberArb({ min: dayNumberFromYmd(from, 1, 1), max: dayNumberFromYmd(to, 12, 31) });
}

/** ISO dates `YYYY-MM-DD` within the supported range, or within `[min, max]` day numbers. */
export function isoDateArb(range: { readonly min?: number; readonly max?: number } = {}): fc.Arbitrary<IsoDate> {
  return dayNumberArb(range).map((d) => fromDayNumber(d));
}

/**
 * Working days (ISO) of a calendar (default: the civil-service calendar), found as the first working day
 * on or after a random day; by default within 1901–2198 so that small offsets stay in range.
 */
export function workingDayArb(
  calendar: WorkCalendar = civilServiceCalendar,
  range: { readonly min?: number; readonly max?: number } = { min: dayNumberFromYmd(1901, 1, 1), max: dayNumberFromYmd(2198, 12, 31) },
): fc.Arbitrary<IsoDate> {
  return dayNumberArb(range).map((d) => fromDayNumber(calendar.days.add(d, 0)));
}
