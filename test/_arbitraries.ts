/**
 * Shared fast-check arbitraries for the test suite (as fast-check's own `test/unit/arbitrary`).
 * The implementations are the public ones of `thoihan/testing` (src/testing); this file keeps the
 * names and the day-number bounds the tests use. Add new ones to src/testing when users can use
 * them too, else here rather than in individual test files.
 */
import type fc from "fast-check";
import { dayNumberFromYmd, fromDayNumber, type DayNumber, type IsoDate } from "../src/day/dayNumber.js";
import { civilServiceCalendar } from "../src/calendar/index.js";
import type { WorkCalendar } from "../src/calendar/types.js";
import { dayNumberArb, isoDateArb as isoDateArbOf, workingDayArb as workingDayArbOf } from "../src/testing/index.js";

export { dayNumberArb };

/** Bounds as day numbers. */
type Range = { readonly min?: number; readonly max?: number };

/** The ISO bounds of day-number bounds. */
function iso(range: Range): { min?: IsoDate; max?: IsoDate } {
  return {
    ...(range.min === undefined ? {} : { min: fromDayNumber(range.min as DayNumber) }),
    ...(range.max === undefined ? {} : { max: fromDayNumber(range.max as DayNumber) }),
  };
}

/** Day numbers of the years `from` … `to` (inclusive). */
export function dayNumberOfYearsArb(from: number, to: number): fc.Arbitrary<DayNumber> {
  return dayNumberArb({ min: dayNumberFromYmd(from, 1, 1), max: dayNumberFromYmd(to, 12, 31) });
}

/** ISO dates `YYYY-MM-DD` within the supported range, or within `[min, max]` day numbers. */
export function isoDateArb(range: Range = {}): fc.Arbitrary<IsoDate> {
  return isoDateArbOf(iso(range));
}

/**
 * Working days (ISO) of a calendar (default: the civil-service calendar); by default within
 * 1901–2198 so that small offsets stay in range.
 */
export function workingDayArb(
  calendar: WorkCalendar = civilServiceCalendar,
  range: Range = { min: dayNumberFromYmd(1901, 1, 1), max: dayNumberFromYmd(2198, 12, 31) },
): fc.Arbitrary<IsoDate> {
  return workingDayArbOf(calendar, iso(range));
}
