/**
 * Civil days of the Vietnamese calendar as integers (day numbers).
 *
 * A {@link DayNumber} counts days from 1970-01-01 (day 0), as js-joda's `toEpochDay`. All internal
 * date arithmetic uses day numbers; ISO strings exist only at the API boundary. The conversion
 * uses the proleptic Gregorian "days from civil" method published by Howard Hinnant
 * ("chrono-Compatible Low-Level Date Algorithms"), reimplemented here.
 *
 * @module
 */
import { CalendarRangeError, InvalidInputError, issue, readPath } from "../errors.js";
import { floorDiv } from "../internal/math.js";

/** A civil date in Vietnam written `YYYY-MM-DD`, e.g. `"2024-02-10"`. */
export type IsoDate = string;

/** Days since 1970-01-01 of a Vietnamese civil date (số ngày). Branded so it is never mixed up with other numbers. */
export type DayNumber = number & { readonly __brand: "DayNumber" };

/** ISO weekday: 1 = Monday (Thứ Hai) … 6 = Saturday (Thứ Bảy), 7 = Sunday (Chủ nhật). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Year, month (1–12) and day (1–31) of a civil date. */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * First supported civil date.
 * @example
 * MIN_DATE //=> "1900-01-01"
 */
export const MIN_DATE: IsoDate = "1900-01-01";
/**
 * Last supported civil date.
 * @example
 * MAX_DATE //=> "2199-12-31"
 */
export const MAX_DATE: IsoDate = "2199-12-31";

/**
 * Day number of a year, month and day, without validation (the caller guarantees a real date).
 *
 * @example
 * dayNumberFromYmd(1970, 1, 1) //=> 0
 * dayNumberFromYmd(2024, 2, 10) //=> 19763
 */
export function dayNumberFromYmd(year: number, month: number, day: number): DayNumber {
  if (!(Number.isSafeInteger(year) && Number.isSafeInteger(month) && Number.isSafeInteger(day))) {
    checkInteger(year, ["year"]);
    checkInteger(month, ["month"]);
    checkInteger(day, ["day"]);
  }
  const y = month <= 2 ? year - 1 : year;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = floorDiv(153 * mp + 2, 5) + day - 1;
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return (era * 146097 + doe - 719468) as DayNumber;
}

/**
 * Year, month and day of a day number.
 *
 * @example
 * ymdFromDayNumber(19763 as DayNumber) //=> { year: 2024, month: 2, day: 10 }
 */
export function ymdFromDayNumber(dayNumber: number): Ymd {
  if (!Number.isSafeInteger(dayNumber)) checkDayNumber(dayNumber, ["dayNumber"]);
  const z = dayNumber + 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const day = doy - floorDiv(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** First supported day number (1900-01-01). */
export const MIN_DAY: DayNumber = dayNumberFromYmd(1900, 1, 1);
/** Last supported day number (2199-12-31). */
export const MAX_DAY: DayNumber = dayNumberFromYmd(2199, 12, 31);

/** True for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a Gregorian month (28–31), for a month already known to be 1–12. @internal */
export function monthLength(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days in a Gregorian month (28–31).
 * @param year - An integer year.
 * @param month - 1 … 12.
 * @throws {@link InvalidInputError} `invalid_type` for a non-number, `invalid_amount` for a year
 *   that is not an integer or a month outside 1 … 12.
 * @example
 * daysInMonth(2024, 2) //=> 29
 */
export function daysInMonth(year: number, month: number): number {
  if (!(Number.isSafeInteger(year) && Number.isInteger(month) && month >= 1 && month <= 12)) {
    checkInteger(year, ["year"]);
    checkInteger(month, ["month"], 1);
    throw new InvalidInputError([issue("invalid_amount", { value: month, min: 1, max: 12 }, ["month"])]);
  }
  return monthLength(year, month);
}

/** Two-digit numbers "00" … "99", shared by the formatters of dates and times. @internal */
export const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)));

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** Writes a year, month and day as `YYYY-MM-DD`. */
export function formatYmd(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Reads a strict `YYYY-MM-DD` string into its parts, or `undefined` when it is not one
 * ("2024-2-3", "2024-02-30" and "" are not). Does not check the supported range.
 */
export function readIsoDate(value: unknown): Ymd | undefined {
  if (typeof value !== "string" || value.length !== 10) return undefined;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    if (i < 4) year = year * 10 + c;
    else if (i < 7) month = month * 10 + c;
    else day = day * 10 + c;
  }
  if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return undefined;
  return { year, month, day };
}

/**
 * True when `value` is a strict, existing `YYYY-MM-DD` date (any year 0000–9999).
 *
 * @param value - Anything; never throws.
 * @returns Whether `value` is an {@link IsoDate} (a type guard).
 * @example
 * isIsoDate("2024-02-29") //=> true
 * isIsoDate("2023-02-29") //=> false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return readIsoDate(value) !== undefined;
}

/** Day number of the first day of each month 1900-01 … 2200-01, index (year − 1900) × 12 + month − 1 (3 601 entries, built at load). */
const MONTH_STARTS: Int32Array = Int32Array.from({ length: 300 * 12 + 1 }, (_, i) => dayNumberFromYmd(1900 + Math.floor(i / 12), (i % 12) + 1, 1));

const INVALID = -0x7fffffff;

/**
 * Hot-path reader: the day number of a strict `YYYY-MM-DD` date within the supported range, or
 * `INVALID` (then the slow path produces the precise error). No allocation.
 */
function scanIsoDate(s: unknown): number {
  if (typeof s !== "string" || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return INVALID;
  const y0 = s.charCodeAt(0) - 48, y1 = s.charCodeAt(1) - 48, y2 = s.charCodeAt(2) - 48, y3 = s.charCodeAt(3) - 48;
  const m0 = s.charCodeAt(5) - 48, m1 = s.charCodeAt(6) - 48, d0 = s.charCodeAt(8) - 48, d1 = s.charCodeAt(9) - 48;
  // (c >>> 0) > 9 rejects both non-digits above "9" and below "0" (negative → huge unsigned).
  if (y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9) return INVALID;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return INVALID;
  const i = (year - 1900) * 12 + month - 1;
  const start = MONTH_STARTS[i] as number;
  if (day > (MONTH_STARTS[i + 1] as number) - start) return INVALID;
  return start + day - 1;
}

/**
 * Throws {@link CalendarRangeError} unless the day number is within 1900-01-01 … 2199-12-31.
 * @internal
 */
export function checkRange(dayNumber: number, path: readonly (string | number)[] = []): DayNumber {
  if (!(dayNumber >= MIN_DAY && dayNumber <= MAX_DAY)) {
    let value: unknown = dayNumber;
    if (Number.isSafeInteger(dayNumber)) {
      const ymd = ymdFromDayNumber(dayNumber);
      value = formatYmd(ymd.year, ymd.month, ymd.day);
    }
    throw new CalendarRangeError([issue("date_out_of_range", { value, min: MIN_DATE, max: MAX_DATE }, path)]);
  }
  return dayNumber as DayNumber;
}

/** Throws {@link InvalidInputError} unless `value` is an integer day number (any range). @internal */
function checkDayNumber(value: unknown, path: readonly (string | number)[]): void {
  if (typeof value !== "number") throw new InvalidInputError([issue("invalid_type", { expected: "DayNumber (integer)", received: value }, path)]);
  if (!Number.isSafeInteger(value)) throw new InvalidInputError([issue("invalid_amount", { value }, path)]);
}

/**
 * Converts an ISO date to its day number, validating it strictly.
 *
 * @param date - A civil date `YYYY-MM-DD`.
 * @param path - Where the value came from, for the error's `path`.
 * @returns Days since 1970-01-01.
 * @throws {@link InvalidInputError} `invalid_date` for anything but an existing `YYYY-MM-DD` day.
 * @throws {@link CalendarRangeError} `date_out_of_range` outside 1900-01-01 … 2199-12-31.
 * @example
 * toDayNumber("1970-01-02") //=> 1
 * toDayNumber("2024-02-30") // throws InvalidInputError [invalid_date]
 * @remarks Since 0.1.0
 */
export function toDayNumber(date: IsoDate, path?: readonly (string | number)[]): DayNumber {
  const fast = scanIsoDate(date);
  return fast !== INVALID ? (fast as DayNumber) : toDayNumberSlow(date, readPath(path));
}

/** The precise validation and errors, off the hot path. */
function toDayNumberSlow(date: IsoDate, path: readonly (string | number)[]): DayNumber {
  const ymd = readIsoDate(date);
  if (ymd === undefined) {
    throw new InvalidInputError([
      typeof date === "string"
        ? issue("invalid_date", { value: date }, path)
        : issue("invalid_type", { expected: "IsoDate (YYYY-MM-DD)", received: date }, path),
    ]);
  }
  return checkRange(dayNumberFromYmd(ymd.year, ymd.month, ymd.day), path);
}

/**
 * Converts a day number back to its ISO date.
 *
 * @example
 * fromDayNumber(toDayNumber("2024-02-10")) //=> "2024-02-10"
 * @remarks Since 0.1.0
 */
export function fromDayNumber(dayNumber: DayNumber): IsoDate {
  const text = typeof dayNumber === "number" ? (isoTable ?? buildIsoTable())[dayNumber - MIN_DAY] : undefined;
  if (text !== undefined) return text;
  checkDayNumber(dayNumber, []);
  checkRange(dayNumber); // out of range: throws with the date written out
  throw new CalendarRangeError([issue("date_out_of_range", { value: dayNumber, min: MIN_DATE, max: MAX_DATE })]);
}

/**
 * Every supported date as its ISO string, built once on first use (≈110 000 strings) so that
 * formatting on hot paths (working-day arithmetic on ISO strings) allocates nothing. Immutable.
 */
let isoTable: readonly string[] | undefined;

function buildIsoTable(): readonly string[] {
  const out: string[] = new Array<string>(MAX_DAY - MIN_DAY + 1);
  let i = 0;
  for (let year = 1900; year <= 2199; year++) {
    const y = String(year);
    for (let month = 1; month <= 12; month++) {
      const ym = `${y}-${month < 10 ? "0" : ""}${month}-`;
      const n = monthLength(year, month);
      for (let day = 1; day <= n; day++) out[i++] = ym + (day < 10 ? "0" : "") + day;
    }
  }
  isoTable = Object.freeze(out);
  return isoTable;
}

/**
 * ISO weekday of a day number: 1 = Monday … 7 = Sunday.
 *
 * @example
 * weekdayOf(toDayNumber("2024-02-10")) //=> 6 (Saturday, mùng 1 Tết Giáp Thìn)
 */
export function weekdayOf(dayNumber: number): Weekday {
  if (!Number.isSafeInteger(dayNumber)) checkDayNumber(dayNumber, []);
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber + 3) % 7) + 7) % 7 + 1) as Weekday;
}

/**
 * ISO weekday (thứ) of an ISO date: 1 = Monday (thứ Hai) … 7 = Sunday (Chủ nhật).
 *
 * @param date - A day `YYYY-MM-DD` within 1900-01-01 … 2199-12-31.
 * @returns Its weekday, 1–7.
 * @example
 * weekday("2024-02-10") //=> 6 (Saturday, mùng 1 Tết Giáp Thìn)
 * @throws {@link InvalidInputError} for an invalid date; {@link CalendarRangeError} outside the range.
 */
export function weekday(date: IsoDate): Weekday {
  return weekdayOf(toDayNumber(date));
}

/**
 * Adds calendar days to an ISO date.
 *
 * @example
 * addDays("2024-02-28", 2) //=> "2024-03-01"
 * @throws {@link InvalidInputError} for an invalid date or a non-integer amount.
 * @throws {@link CalendarRangeError} when the result leaves the supported range.
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const start = toDayNumber(date, ["date"]);
  checkInteger(days, ["days"]);
  return fromDayNumber(checkRange(start + days, ["days"]));
}

/**
 * Throws {@link InvalidInputError} unless `value` is a safe integer (and ≥ `min` when given).
 * @internal
 */
export function checkInteger(value: unknown, path: readonly (string | number)[] = [], min?: number): number {
  if (typeof value !== "number") throw new InvalidInputError([issue("invalid_type", { expected: "number", received: value }, path)]);
  if (!Number.isSafeInteger(value) || (min !== undefined && value < min)) {
    throw new InvalidInputError([issue("invalid_amount", min === undefined ? { value } : { value, min }, path)]);
  }
  return value;
}
