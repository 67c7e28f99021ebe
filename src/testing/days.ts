/**
 * Arbitraries of days, working days, instants and lunar dates, each bounded by options.
 * @module
 */
import * as fc from "fast-check";
import { civilServiceCalendar } from "../calendar/index.js";
import type { WorkCalendar } from "../calendar/types.js";
import { MAX_DAY, MIN_DAY, checkRange, fromDayNumber, toDayNumber, type DayNumber, type IsoDate } from "../day/dayNumber.js";
import { civilOfEpochMs, epochMsOfCivil, epochMsToInstant, instantToEpochMs, type Instant } from "../day/instant.js";
import { InvalidInputError, issue } from "../errors.js";
import { dayNumberToLunar, type LunarDate } from "../lunar/index.js";

const MS_PER_MINUTE = 60_000;
const MINUTES_PER_DAY = 24 * 60;

/** Bounds of a day arbitrary as ISO dates, both inclusive. */
export interface DateRange {
  /** First day that may be generated (default 1900-01-01). */
  readonly min?: IsoDate;
  /** Last day that may be generated (default 2199-12-31). */
  readonly max?: IsoDate;
}

/** Bounds of {@link dayNumberArb} as day numbers, both inclusive. */
export interface DayNumberRange {
  /** First day number (default that of 1900-01-01). */
  readonly min?: number;
  /** Last day number (default that of 2199-12-31). */
  readonly max?: number;
}

/** Options of {@link instantArb}. */
export interface InstantArbOptions {
  /** Earliest instant (default `"1975-06-13T00:00:00+07:00"`, since when Vietnam has been on UTC+7); a bare date means its 00:00. */
  readonly min?: Instant;
  /** Latest instant (default `"2199-12-31T23:59:00+07:00"`); a bare date means its 00:00. */
  readonly max?: Instant;
  /** Only instants inside the office hours (giờ hành chính) of `calendar` (default false). */
  readonly officeHoursOnly?: boolean;
  /** The calendar whose office hours `officeHoursOnly` uses; it must have office hours (default `civilServiceCalendar`, which has none). */
  readonly calendar?: WorkCalendar;
}

function badOption(name: string, value: unknown, expected: string): never {
  throw new InvalidInputError([issue("invalid_option", { name, value, expected }, [name])]);
}

/** Checks day-number bounds: integers in the supported range, `min ≤ max`. */
function dayBounds(range: DayNumberRange): readonly [DayNumber, DayNumber] {
  const min = range.min ?? MIN_DAY;
  const max = range.max ?? MAX_DAY;
  if (!Number.isSafeInteger(min)) badOption("min", min, "an integer day number");
  if (!Number.isSafeInteger(max)) badOption("max", max, "an integer day number");
  checkRange(min, ["min"]);
  checkRange(max, ["max"]);
  if (min > max) badOption("max", max, `a day number ≥ min (${min})`);
  return [min as DayNumber, max as DayNumber];
}

/** Day numbers of ISO bounds. */
function isoBounds(range: DateRange): DayNumberRange {
  return {
    ...(range.min === undefined ? {} : { min: toDayNumber(range.min, ["min"]) }),
    ...(range.max === undefined ? {} : { max: toDayNumber(range.max, ["max"]) }),
  };
}

/**
 * Day numbers (days since 1970-01-01 of the Vietnamese civil calendar) within the supported range
 * 1900-01-01 … 2199-12-31, or within `[min, max]`. Shrinks towards `min`.
 *
 * @param range - Inclusive bounds as day numbers (see `toDayNumber`, `dayNumberFromYmd`).
 * @returns An arbitrary of {@link DayNumber}s.
 * @throws {@link index!InvalidInputError} `invalid_option` for non-integer bounds or `min > max`;
 *   {@link index!CalendarRangeError} for bounds outside 1900–2199.
 * @example
 * fc.sample(dayNumberArb({ min: toDayNumber("2024-01-01"), max: toDayNumber("2024-12-31") }), 1)
 * //~> [19_800]
 * @remarks Since 0.1.0
 */
export function dayNumberArb(range: DayNumberRange = {}): fc.Arbitrary<DayNumber> {
  const [min, max] = dayBounds(range);
  return fc.integer({ min, max }).map((d) => d as DayNumber);
}

/**
 * ISO dates `YYYY-MM-DD` (Vietnamese civil dates) within 1900-01-01 … 2199-12-31, or within `[min, max]`.
 * Shrinks towards `min`.
 *
 * @param range - Inclusive bounds as ISO dates.
 * @returns An arbitrary of valid {@link IsoDate}s.
 * @throws {@link index!InvalidInputError} `invalid_date` for a malformed bound, `invalid_option` when `min > max`;
 *   {@link index!CalendarRangeError} for bounds outside 1900–2199.
 * @example
 * fc.sample(isoDateArb({ min: "2025-01-01", max: "2025-12-31" }), 2)
 * //~> ["2025-07-19", "2025-02-03"]
 * @remarks Since 0.1.0
 */
export function isoDateArb(range: DateRange = {}): fc.Arbitrary<IsoDate> {
  return dayNumberArb(isoBounds(range)).map((d) => fromDayNumber(d));
}

/**
 * Working days (ngày làm việc) of a calendar within `[min, max]` (default: the supported range),
 * drawn uniformly among the working days of the range. Shrinks towards the first working day.
 *
 * Near the ends of the supported range, adding working days to a generated day can leave it
 * (`CalendarRangeError`); bound the range (e.g. 1901–2198) when the property adds or subtracts.
 *
 * @param calendar - The calendar whose working days are generated.
 * @param range - Inclusive bounds as ISO dates.
 * @returns An arbitrary of ISO dates `d` with `calendar.isWorkingDay(d)`.
 * @throws {@link index!InvalidInputError} `invalid_option` when the range holds no working day or `min > max`;
 *   {@link index!CalendarRangeError} for bounds outside 1900–2199.
 * @example
 * fc.assert(fc.property(workingDayArb(civilServiceCalendar, { min: "2025-01-01", max: "2025-12-31" }), (d) =>
 *   civilServiceCalendar.isWorkingDay(d))) //=> passes
 * @remarks Since 0.1.0
 */
export function workingDayArb(calendar: WorkCalendar, range: DateRange = {}): fc.Arbitrary<IsoDate> {
  const [min, max] = dayBounds(isoBounds(range));
  const days = calendar.days;
  const first = days.isWorking(min) ? min : min < MAX_DAY ? days.next(min) : undefined;
  const last = days.isWorking(max) ? max : max > MIN_DAY ? days.previous(max) : undefined;
  if (first === undefined || last === undefined || first > last) {
    badOption("max", fromDayNumber(max), `a range holding a working day of ${calendar.name} (from ${fromDayNumber(min)})`);
  }
  const count = days.count(first, last);
  return fc.integer({ min: 0, max: count }).map((k) => fromDayNumber(k === 0 ? first : days.add(first, k)));
}

/** Minute spans `[start, end)` (epoch minutes) of a day's office sessions, clipped to `[lo, hi]`. */
function officeSpans(calendar: WorkCalendar, day: DayNumber, lo: number, hi: number): (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = [];
  for (const session of calendar.officeSessions(fromDayNumber(day))) {
    const start = epochMsOfCivil(day, clockMinutes(session.start) * MS_PER_MINUTE) / MS_PER_MINUTE;
    const end = epochMsOfCivil(day, clockMinutes(session.end) * MS_PER_MINUTE) / MS_PER_MINUTE;
    const a = Math.max(start, lo);
    const b = Math.min(end, hi + 1);
    if (a < b) spans.push([a, b]);
  }
  return spans;
}

function clockMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** The earliest instant {@link instantArb} accepts: before it, Vietnamese offsets were not whole minutes. */
const EARLIEST_INSTANT_MS = instantToEpochMs("1911-05-01T00:00:00+07:00");

/**
 * Instants (thời điểm) written `YYYY-MM-DDTHH:mm:00+07:00` in Vietnamese civil time, at minute
 * resolution, within `[min, max]`; with `officeHoursOnly`, only instants inside the office hours of
 * `calendar` (a session's start included, its end excluded). Shrinks towards `min`.
 *
 * @param options - Bounds, and whether to stay inside office hours.
 * @returns An arbitrary of {@link Instant} strings that `instantToEpochMs` reads back exactly.
 * @throws {@link index!InvalidInputError} `invalid_instant` for a malformed bound; `invalid_option` when
 *   `min > max`, `min` is before 1911-05-01, or no office minute lies in the range;
 *   `office_hours_missing` when `officeHoursOnly` is set and the calendar has no office hours.
 * @example
 * const calendar = createCalendar({ officeHours: standardOfficeHours })
 * fc.sample(instantArb({ min: "2025-03-01", max: "2025-03-31", officeHoursOnly: true, calendar }), 1)
 * //~> ["2025-03-12T09:41:00+07:00"]
 * @remarks Since 0.1.0
 */
export function instantArb(options: InstantArbOptions = {}): fc.Arbitrary<Instant> {
  const minMs = instantToEpochMs(options.min ?? "1975-06-13T00:00:00+07:00", ["min"]);
  const maxMs = instantToEpochMs(options.max ?? "2199-12-31T23:59:00+07:00", ["max"]);
  if (minMs < EARLIEST_INSTANT_MS) badOption("min", options.min, "an instant from 1911-05-01T00:00:00+07:00");
  const lo = Math.ceil(minMs / MS_PER_MINUTE);
  const hi = Math.floor(maxMs / MS_PER_MINUTE);
  checkRange(civilOfEpochMs(lo * MS_PER_MINUTE).day, ["min"]);
  checkRange(civilOfEpochMs(hi * MS_PER_MINUTE).day, ["max"]);
  if (lo > hi) badOption("max", options.max, `an instant at least one whole minute after min`);
  const toInstant = (minute: number): Instant => epochMsToInstant(minute * MS_PER_MINUTE);
  if (options.officeHoursOnly !== true) return fc.integer({ min: lo, max: hi }).map(toInstant);

  const calendar = options.calendar ?? civilServiceCalendar;
  if (calendar.officeHours === undefined) throw new InvalidInputError([issue("office_hours_missing", { calendar: calendar.name }, ["calendar"])]);
  const days = calendar.days;
  const loDay = civilOfEpochMs(lo * MS_PER_MINUTE).day;
  const hiDay = civilOfEpochMs(hi * MS_PER_MINUTE).day;
  const hasOffice = (d: DayNumber): boolean => officeSpans(calendar, d, lo, hi).length > 0;
  // Only the first and last days can be cut by the bounds: at most two steps each way.
  let first: DayNumber | undefined = days.isWorking(loDay) ? loDay : loDay < hiDay ? days.next(loDay) : undefined;
  while (first !== undefined && first <= hiDay && !hasOffice(first)) first = first < hiDay ? days.next(first) : undefined;
  let last: DayNumber | undefined = days.isWorking(hiDay) ? hiDay : hiDay > loDay ? days.previous(hiDay) : undefined;
  while (last !== undefined && last >= loDay && !hasOffice(last)) last = last > loDay ? days.previous(last) : undefined;
  if (first === undefined || last === undefined || first > hiDay || last < loDay || first > last) {
    badOption("max", options.max, `a range holding office hours of ${calendar.name}`);
  }
  const start = first;
  const count = days.count(start, last);
  return fc.tuple(fc.integer({ min: 0, max: count }), fc.integer({ min: 0, max: MINUTES_PER_DAY - 1 })).map(([k, m]) => {
    const spans = officeSpans(calendar, k === 0 ? start : days.add(start, k), lo, hi);
    const total = spans.reduce((sum, [a, b]) => sum + (b - a), 0);
    let rest = m % total;
    for (const [a, b] of spans) {
      if (rest < b - a) return toInstant(a + rest);
      rest -= b - a;
    }
    return toInstant((spans[0] as readonly [number, number])[0]);
  });
}

/**
 * Vietnamese lunar dates (âm lịch, computed for UTC+7) of the solar days within `[min, max]`
 * (default 1900-01-01 … 2199-12-31): every generated date exists, leap months included, with
 * the frequency they have in the solar range. Shrinks towards `min`.
 *
 * @param range - Inclusive bounds as solar ISO dates.
 * @returns An arbitrary of {@link LunarDate}s (`{ year, month, day, leap }`).
 * @throws {@link index!InvalidInputError} `invalid_date` / `invalid_option`; {@link index!CalendarRangeError}.
 * @example
 * fc.assert(fc.property(lunarDateArb({ min: "2020-01-01", max: "2030-12-31" }), (l) =>
 *   solarToLunar(lunarToSolar(l)).day === l.day)) //=> passes
 * @remarks Since 0.1.0
 */
export function lunarDateArb(range: DateRange = {}): fc.Arbitrary<LunarDate> {
  return dayNumberArb(isoBounds(range)).map((d) => dayNumberToLunar(d));
}
