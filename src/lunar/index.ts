/**
 * The Vietnamese lunar calendar (âm lịch), computed for Vietnamese civil time, UTC+7
 * (meridian 105°E), over the Gregorian range 1900-01-01 … 2199-12-31.
 *
 * Method (see `docs/lunar.md`):
 *
 * - a month starts on the civil day (UTC+7) that contains an astronomical new moon, computed by
 *   Jean Meeus, *Astronomical Algorithms*, 2nd ed. (1998), ch. 49 (mean phase, periodic terms and
 *   planetary arguments), with TT → UT by the ΔT polynomials of Espenak and Meeus (NASA, 2006);
 * - month 11 is the month containing the winter solstice (Sun's apparent longitude 270°, Meeus
 *   ch. 25, low-accuracy method);
 * - when 13 months separate two months 11, the first month after the first month 11 that contains
 *   no major solar term (trung khí: a multiple of 30°) is the leap month (tháng nhuận) and takes
 *   the number of the month before it; "contains" means the term's civil day (UTC+7) lies in
 *   [month start, next month start);
 * - lunar year N is the one whose first day (Tết Nguyên Đán) falls in Gregorian year N.
 *
 * Because the day boundary is that of UTC+7 and not UTC+8, some years differ from the Chinese
 * calendar (Tết 1985, 2007, 2030, 2053 …). `Intl`'s "chinese" calendar is never used.
 *
 * Month starts are precomputed once (a few milliseconds, on first use) into a compact table;
 * every conversion is then O(1).
 *
 * @module
 */
import { CalendarRangeError, InvalidInputError, issue } from "../errors.js";
import {
  MAX_DATE,
  MIN_DATE,
  checkInteger,
  checkRange,
  fromDayNumber,
  toDayNumber,
  type DayNumber,
  type IsoDate,
} from "../day/dayNumber.js";
import { TABLE_FIRST_YEAR, TABLE_LAST_YEAR, lunarTable, type LunarTable } from "./table.js";

/**
 * A day of the Vietnamese lunar calendar (ngày âm lịch).
 *
 * - `year`: the lunar year, numbered by the Gregorian year in which its Tết falls;
 * - `month`: 1 (tháng Giêng) … 12 (tháng Chạp);
 * - `day`: 1 (mùng 1) … 29 or 30;
 * - `leap`: true in a leap month (tháng nhuận), which repeats `month`.
 *
 * @remarks Since 0.1.0
 */
export interface LunarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap: boolean;
}

/**
 * A lunar date as given by a caller: like {@link LunarDate}, with `leap` optional (default false).
 * @remarks Since 0.1.0
 */
export interface LunarDateInput {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap?: boolean;
}

/** Mean length of a synodic month in days, for the O(1) index guess. */
const SYNODIC_MONTH = 29.530588853;

function outOfRange(year: number, month: number, day: number, leap: boolean, path: readonly (string | number)[]): never {
  throw new CalendarRangeError([issue("date_out_of_range", { value: { year, month, day, leap }, min: MIN_DATE, max: MAX_DATE }, path)]);
}

function checkLeapFlag(value: unknown, path: readonly (string | number)[]): boolean {
  if (value === undefined) return false;
  if (typeof value !== "boolean") throw new InvalidInputError([issue("invalid_type", { expected: "boolean", received: value }, path)]);
  return value;
}

/**
 * Index in the table of a validated lunar month, or throws the coded error for a month that
 * does not exist (`lunar_date_invalid`, `lunar_leap_month_absent`) or a year out of the table.
 */
function monthIndex(table: LunarTable, year: number, month: number, day: number, leap: boolean, path: readonly (string | number)[]): number {
  if (year < TABLE_FIRST_YEAR || year > TABLE_LAST_YEAR) outOfRange(year, month, day, leap, path);
  if (month < 1 || month > 12) {
    throw new InvalidInputError([issue("lunar_date_invalid", { year, month, day, leap }, ["month"])]);
  }
  const j = year - TABLE_FIRST_YEAR;
  const leapMonth = table.leapMonths[j] as number;
  if (leap && leapMonth !== month) {
    throw new InvalidInputError([issue("lunar_leap_month_absent", { year, month, leapMonth }, ["leap"])]);
  }
  const first = table.firstMonthIndex[j] as number;
  return first + month - 1 + (leapMonth !== 0 && (month > leapMonth || leap) ? 1 : 0);
}

function lengthAt(table: LunarTable, index: number): 29 | 30 {
  return ((table.starts[index + 1] as number) - (table.starts[index] as number)) as 29 | 30;
}

function validatedDayNumber(year: unknown, month: unknown, day: unknown, leap: unknown): DayNumber {
  const y = checkInteger(year, ["year"]);
  const m = checkInteger(month, ["month"]);
  const d = checkInteger(day, ["day"]);
  const l = checkLeapFlag(leap, ["leap"]);
  const table = lunarTable();
  const i = monthIndex(table, y, m, d, l, []);
  const length = lengthAt(table, i);
  if (d < 1 || d > length) {
    throw new InvalidInputError([issue("lunar_date_invalid", { year: y, month: m, day: d, leap: l, monthLength: length }, ["day"])]);
  }
  const result = (table.starts[i] as number) + d - 1;
  return checkRange(result, []);
}

/**
 * Converts a day number to its lunar date (ngày âm lịch); the O(1) fast path of {@link solarToLunar}.
 *
 * @param day - A day number (days since 1970-01-01) within 1900-01-01 … 2199-12-31.
 * @returns The lunar date of that civil day in Vietnam.
 * @throws {@link InvalidInputError} `invalid_type` / `invalid_amount` for a non-integer.
 * @throws {@link CalendarRangeError} `date_out_of_range` outside 1900-01-01 … 2199-12-31.
 * @example
 * dayNumberToLunar(toDayNumber("2024-02-10"))
 * //=> { year: 2024, month: 1, day: 1, leap: false }   // mùng 1 Tết Giáp Thìn
 * @remarks Since 0.1.0
 */
export function dayNumberToLunar(day: DayNumber): LunarDate {
  checkInteger(day, ["day"]);
  checkRange(day, ["day"]);
  const { starts, labels } = lunarTable();
  const origin = starts[0] as number;
  let i = Math.min(Math.floor((day - origin) / SYNODIC_MONTH), labels.length - 1);
  while ((starts[i] as number) > day) i--;
  while ((starts[i + 1] as number) <= day) i++;
  const label = labels[i] as number;
  return Object.freeze({ year: label >> 5, month: (label >> 1) & 15, day: day - (starts[i] as number) + 1, leap: (label & 1) === 1 });
}

/**
 * Converts a lunar date to its day number; the O(1) fast path of {@link lunarToSolar}.
 *
 * @param year - Lunar year (the Gregorian year of its Tết).
 * @param month - 1 … 12.
 * @param day - 1 … 29 or 30.
 * @param leap - True for the leap month (tháng nhuận); default false.
 * @returns Days since 1970-01-01 of that civil day.
 * @throws {@link InvalidInputError} `lunar_date_invalid` for a day or month that does not exist,
 *   `lunar_leap_month_absent` for a leap month the year does not have, `invalid_type` /
 *   `invalid_amount` for non-integers.
 * @throws {@link CalendarRangeError} `date_out_of_range` when the day is outside 1900-01-01 … 2199-12-31.
 * @example
 * fromDayNumber(lunarToDayNumber(2025, 3, 10)) //=> "2025-04-07"   // Giỗ Tổ Hùng Vương
 * fromDayNumber(lunarToDayNumber(2025, 6, 1, true)) //=> "2025-07-25"   // mùng 1 tháng 6 nhuận
 * @remarks Since 0.1.0
 */
export function lunarToDayNumber(year: number, month: number, day: number, leap?: boolean): DayNumber {
  return validatedDayNumber(year, month, day, leap);
}

/**
 * Converts a Gregorian civil date to the Vietnamese lunar date (âm lịch), UTC+7.
 *
 * @param date - A civil date `YYYY-MM-DD` within 1900-01-01 … 2199-12-31.
 * @returns `{ year, month, day, leap }`.
 * @throws {@link InvalidInputError} `invalid_date` / `invalid_type` unless `date` is an existing `YYYY-MM-DD` day.
 * @throws {@link CalendarRangeError} `date_out_of_range` outside the supported range.
 * @example
 * solarToLunar("2025-01-29") //=> { year: 2025, month: 1, day: 1, leap: false }   // Tết Ất Tỵ
 * solarToLunar("1985-01-21") //=> { year: 1985, month: 1, day: 1, leap: false }   // a month before China's Tết
 * solarToLunar("2025-08-22") //=> { year: 2025, month: 6, day: 29, leap: true }
 * @remarks Since 0.1.0
 */
export function solarToLunar(date: IsoDate): LunarDate {
  return dayNumberToLunar(toDayNumber(date));
}

/** The keys a lunar date input may have. */
const LUNAR_INPUT_KEYS: ReadonlySet<string> = new Set(["year", "month", "day", "leap"]);

/**
 * Converts a Vietnamese lunar date (ngày âm lịch) to its Gregorian civil date.
 *
 * @param input - `{ year, month, day, leap? }`; `leap` defaults to false.
 * @returns The civil date `YYYY-MM-DD`.
 * @throws {@link InvalidInputError} `lunar_date_invalid` (day 0, day 30 of a 29-day month,
 *   month 13 …), `lunar_leap_month_absent` (params `year`, `month`, `leapMonth`; `leapMonth` is 0
 *   when the year has none), `invalid_type` / `invalid_amount` for wrong types, NaN or fractions.
 * @throws {@link CalendarRangeError} `date_out_of_range` when the day is outside 1900-01-01 … 2199-12-31.
 * @example
 * lunarToSolar({ year: 2024, month: 3, day: 10 }) //=> "2024-04-18"   // Giỗ Tổ Hùng Vương
 * lunarToSolar({ year: 2023, month: 2, day: 1, leap: true }) //=> "2023-03-22"
 * lunarToSolar({ year: 2024, month: 4, day: 1, leap: true }) // throws InvalidInputError [lunar_leap_month_absent]
 * @remarks Since 0.1.0
 */
export function lunarToSolar(input: LunarDateInput): IsoDate {
  if (typeof input !== "object" || input === null) {
    throw new InvalidInputError([issue("invalid_type", { expected: "{ year, month, day, leap? }", received: input }, [])]);
  }
  const unknown = Object.keys(input).filter((key) => !LUNAR_INPUT_KEYS.has(key));
  if (unknown.length > 0) throw new InvalidInputError(unknown.map((key) => issue("unknown_key", { key }, [key])));
  return fromDayNumber(validatedDayNumber(input.year, input.month, input.day, input.leap));
}

function checkYear(year: unknown, first: number, last: number): number {
  const y = checkInteger(year, ["year"]);
  if (y < first || y > last) {
    throw new CalendarRangeError([issue("date_out_of_range", { value: y, min: String(first), max: String(last) }, ["year"])]);
  }
  return y;
}

/**
 * The leap month (tháng nhuận) of a lunar year: the number N of the month that is repeated
 * (the leap month follows month N), or 0 when the year has twelve months.
 *
 * @param lunarYear - Lunar year 1899 … 2199.
 * @returns 0 or 1 … 12.
 * @throws {@link InvalidInputError} `invalid_type` / `invalid_amount` for a non-integer.
 * @throws {@link CalendarRangeError} `date_out_of_range` outside 1899 … 2199.
 * @example
 * leapMonthOf(2023) //=> 2
 * leapMonthOf(2025) //=> 6
 * leapMonthOf(2024) //=> 0
 * @remarks Since 0.1.0
 */
export function leapMonthOf(lunarYear: number): number {
  const y = checkYear(lunarYear, TABLE_FIRST_YEAR, TABLE_LAST_YEAR);
  return lunarTable().leapMonths[y - TABLE_FIRST_YEAR] as number;
}

/**
 * Number of days in a lunar month (tháng đủ = 30, tháng thiếu = 29).
 *
 * @param year - Lunar year 1899 … 2199.
 * @param month - 1 … 12.
 * @param leap - True for the leap month; default false.
 * @returns 29 or 30.
 * @throws {@link InvalidInputError} `lunar_date_invalid` for a month outside 1 … 12,
 *   `lunar_leap_month_absent` for a leap month the year does not have, `invalid_type` /
 *   `invalid_amount` for non-integers.
 * @throws {@link CalendarRangeError} `date_out_of_range` for a year outside 1899 … 2199.
 * @example
 * lunarMonthLength(2024, 12) //=> 29   // Chạp Giáp Thìn: no 30 Tết in 2025
 * lunarMonthLength(2025, 6, true) //=> 29
 * @remarks Since 0.1.0
 */
export function lunarMonthLength(year: number, month: number, leap?: boolean): 29 | 30 {
  const y = checkInteger(year, ["year"]);
  const m = checkInteger(month, ["month"]);
  const l = checkLeapFlag(leap, ["leap"]);
  const table = lunarTable();
  return lengthAt(table, monthIndex(table, y, m, 1, l, []));
}

/**
 * The first day of a lunar year (mùng 1 tháng Giêng, Tết Nguyên Đán) as a civil date.
 *
 * @param year - Gregorian year 1900 … 2199 in which that Tết falls.
 * @returns The civil date `YYYY-MM-DD` of mùng 1 Tết.
 * @throws {@link InvalidInputError} `invalid_type` / `invalid_amount` for a non-integer.
 * @throws {@link CalendarRangeError} `date_out_of_range` outside 1900 … 2199.
 * @example
 * lunarNewYear(2026) //=> "2026-02-17"
 * lunarNewYear(2007) //=> "2007-02-17"   // China: 2007-02-18
 * @remarks Since 0.1.0
 */
export function lunarNewYear(year: number): IsoDate {
  const y = checkYear(year, 1900, 2199);
  const table = lunarTable();
  return fromDayNumber(table.starts[table.firstMonthIndex[y - TABLE_FIRST_YEAR] as number] as DayNumber);
}
