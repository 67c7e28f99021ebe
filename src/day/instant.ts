/**
 * Instants (thời điểm) and their Vietnamese civil date and time, in the zone Asia/Ho_Chi_Minh;
 * nothing here reads the host's clock, time zone or time-zone database.
 *
 * Vietnam has used UTC+7 without daylight saving since 13/06/1975; for later instants a fast path
 * does the arithmetic directly (it is on the hot path of `evaluate`). Earlier instants use the
 * zone's history from the IANA time-zone database (public domain), {@link HISTORY} below: the
 * same answers luxon gives from it (a test compares them), without a runtime dependency.
 *
 * @module
 */
import { CalendarRangeError, InvalidInputError, issue, readPath } from "../errors.js";
import { floorDiv } from "../internal/math.js";
import { checkRange, dayNumberFromYmd, formatYmd, monthLength, fromDayNumber, MAX_DAY, MIN_DAY, toDayNumber, TWO_DIGITS, ymdFromDayNumber, type DayNumber, type IsoDate } from "./dayNumber.js";

/** An ISO 8601 instant with an offset, e.g. `"2024-01-09T14:00:00+07:00"`. Input without offset means Asia/Ho_Chi_Minh. */
export type Instant = string;

/**
 * An instant as an input: an ISO 8601 string ({@link Instant}) or a JavaScript `Date` (its absolute
 * time; the host's time zone plays no part). Results are always {@link Instant} strings.
 */
export type InstantInput = Instant | Date;

/** The IANA zone of Vietnamese civil time. */
export const VN_ZONE = "Asia/Ho_Chi_Minh";

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const VN_OFFSET_MS = 7 * 60 * MS_PER_MINUTE;
/** 1975-06-13T00:00+07:00, from which Vietnam has been on UTC+7 without change. */
const FIXED_OFFSET_FROM_MS = Date.UTC(1975, 5, 13) - VN_OFFSET_MS;
/** The civil day number from which the fixed offset applies. */
const FIXED_OFFSET_FROM_DAY = dayNumberFromYmd(1975, 6, 13);

/**
 * Offsets of Asia/Ho_Chi_Minh until 1975, as `[first epoch ms, offset ms]`, latest first
 * (IANA tz database, `asia`, Zone Asia/Ho_Chi_Minh): local mean time of Hà Nội / Phù Liễn
 * 7:06:30 until 1911-05-01, then +07, +08 from 1943, +09 under the Japanese occupation
 * (1945-03-15), +07 from 1945-09-02, +08 from 1947-04-01, +07 from 1955-07-01 (north),
 * +08 from 1960 (south), +07 from 1975-06-13.
 */
const HISTORY: readonly (readonly [number, number])[] = [
  [Date.UTC(1975, 5, 12, 16), 7 * 3_600_000],
  [Date.UTC(1959, 11, 31, 16), 8 * 3_600_000],
  [Date.UTC(1955, 5, 30, 17), 7 * 3_600_000],
  [Date.UTC(1947, 2, 31, 17), 8 * 3_600_000],
  [Date.UTC(1945, 8, 1, 15), 7 * 3_600_000],
  [Date.UTC(1945, 2, 14, 15), 9 * 3_600_000],
  [Date.UTC(1942, 11, 31, 16), 8 * 3_600_000],
  [Date.UTC(1911, 3, 30, 16, 53, 30), 7 * 3_600_000],
  [Number.NEGATIVE_INFINITY, (7 * 3600 + 6 * 60 + 30) * 1000],
];

/** The offset of Vietnamese civil time from UTC at an instant, in milliseconds. */
function offsetAt(ms: number): number {
  for (const [from, offset] of HISTORY) if (ms >= from) return offset;
  return VN_OFFSET_MS; // not reached: the last entry starts at −∞
}

/**
 * Epoch milliseconds of a Vietnamese local time given as milliseconds of a UTC-like clock. Local
 * times skipped by a change of offset move forward; repeated ones take the earlier reading. The
 * first guess is today's offset, as luxon's `fromObject` does, so both agree on every local time.
 */
function fromLocalMs(localMs: number): number {
  let guess = localMs - VN_OFFSET_MS;
  const o2 = offsetAt(guess);
  if (o2 === VN_OFFSET_MS) return guess;
  guess -= o2 - VN_OFFSET_MS;
  const o3 = offsetAt(guess);
  if (o2 === o3) return guess;
  return localMs - Math.min(o2, o3);
}

/** A Vietnamese civil date and time of an instant. */
export interface CivilTime {
  /** Civil day in Vietnam. */
  readonly day: DayNumber;
  /** Milliseconds since local midnight, 0 … 86 399 999. */
  readonly msOfDay: number;
}

function num(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Reads an ISO 8601 instant into epoch milliseconds, or `undefined` when it is not one.
 * Accepted: `YYYY-MM-DD` (00:00 in Vietnam), `YYYY-MM-DDTHH:mm[:ss[.fff]]` with an optional
 * `Z` or `±HH:mm` offset (none = Vietnam); `±HH:mm:ss` too, as written for instants before 1911. A space may stand for `T`. `24:00` is not accepted.
 * @internal
 */
export function readInstant(value: unknown): number | undefined {
  if (typeof value !== "string") return value instanceof Date ? validDateMs(value) : undefined;
  const s = value;
  const n = s.length;
  if (n < 10) return undefined;
  const year = num(s, 0, 4);
  const month = num(s, 5, 7);
  const day = num(s, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || s[4] !== "-" || s[7] !== "-") return undefined;
  if (day > monthLength(year, month)) return undefined;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let i = 10;
  if (i < n && (s[i] === "T" || s[i] === " ")) {
    if (i + 6 > n || s[i + 3] !== ":") return undefined;
    hour = num(s, i + 1, i + 3);
    minute = num(s, i + 4, i + 6);
    i += 6;
    if (i < n && s[i] === ":") {
      second = num(s, i + 1, i + 3);
      if (i + 3 > n) return undefined;
      i += 3;
      if (i < n && (s[i] === "." || s[i] === ",")) {
        let j = i + 1;
        let scale = 100;
        while (j < n && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) {
          ms += (s.charCodeAt(j) - 48) * scale;
          scale /= 10;
          j++;
        }
        if (j === i + 1) return undefined;
        ms = Math.floor(ms);
        i = j;
      }
    }
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  }
  const localMs = (dayNumberFromYmd(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + ms);
  if (i === n) return fromVietnamLocal(localMs);
  if (s[i] === "Z" && i + 1 === n) return localMs;
  if ((s[i] === "+" || s[i] === "-") && (i + 9 === n || i + 6 === n || i + 5 === n || i + 3 === n)) {
    // ±HH, ±HHmm, ±HH:mm, and ±HH:mm:ss for the local mean time offsets before 1911 (+07:06:30)
    const withSeconds = i + 9 === n;
    const oh = num(s, i + 1, i + 3);
    const om = i + 3 === n ? 0 : withSeconds ? num(s, i + 4, i + 6) : num(s, n - 2, n);
    const os = withSeconds ? num(s, i + 7, i + 9) : 0;
    if (oh < 0 || oh > 14 || om < 0 || om > 59 || os < 0 || os > 59) return undefined;
    if ((i + 6 === n || withSeconds) && s[i + 3] !== ":") return undefined;
    if (withSeconds && s[i + 6] !== ":") return undefined;
    const offset = ((oh * 60 + om) * 60 + os) * 1000 * (s[i] === "-" ? -1 : 1);
    return localMs - offset;
  }
  return undefined;
}

/** Epoch milliseconds of a valid `Date` (not an Invalid Date). */
function validDateMs(value: Date): number | undefined {
  const ms = value.getTime();
  return Number.isNaN(ms) ? undefined : ms;
}

function fromVietnamLocal(localMs: number): number {
  return localMs >= FIXED_OFFSET_FROM_DAY * MS_PER_DAY ? localMs - VN_OFFSET_MS : fromLocalMs(localMs);
}

/**
 * Converts an instant to epoch milliseconds.
 *
 * @param value - ISO 8601 instant (without an offset it is read in Asia/Ho_Chi_Minh) or a `Date`.
 * @param path - Where the value came from, for the error's `path`.
 * @throws {@link InvalidInputError} `invalid_instant` (also for an Invalid Date).
 * @example
 * instantToEpochMs("2024-01-09T14:00:00+07:00") //=> 1704783600000
 * instantToEpochMs("2024-01-09T14:00") //=> 1704783600000 (no offset = Vietnam)
 */
export function instantToEpochMs(value: InstantInput, path: readonly (string | number)[] = []): number {
  const ms = readInstant(value);
  if (ms === undefined) {
    path = readPath(path);
    throw new InvalidInputError([
      typeof value === "string" || value instanceof Date
        ? issue("invalid_instant", { value: String(value) }, path)
        : issue("invalid_type", { expected: "Instant (ISO 8601)", received: value }, path),
    ]);
  }
  return ms;
}

/**
 * The Vietnamese civil day and time of an instant given in epoch milliseconds.
 * @internal
 */
export function civilOfEpochMs(ms: number): CivilTime {
  if (ms >= FIXED_OFFSET_FROM_MS) {
    const local = ms + VN_OFFSET_MS;
    const day = floorDiv(local, MS_PER_DAY);
    return { day: day as DayNumber, msOfDay: local - day * MS_PER_DAY };
  }
  const local = ms + offsetAt(ms);
  const day = floorDiv(local, MS_PER_DAY);
  return { day: day as DayNumber, msOfDay: local - day * MS_PER_DAY };
}

/**
 * The Vietnamese civil day of an instant given in epoch milliseconds, without allocating on the
 * fixed-offset path (hot loops).
 * @internal
 */
export function civilDayOfEpochMs(ms: number): DayNumber {
  return ms >= FIXED_OFFSET_FROM_MS ? (floorDiv(ms + VN_OFFSET_MS, MS_PER_DAY) as DayNumber) : civilOfEpochMs(ms).day;
}

/**
 * Epoch milliseconds of a Vietnamese civil day and time (milliseconds since local midnight;
 * 86 400 000 means 24:00, i.e. the next day's 00:00).
 * @internal
 */
export function epochMsOfCivil(day: number, msOfDay: number): number {
  if (day >= FIXED_OFFSET_FROM_DAY) return day * MS_PER_DAY + msOfDay - VN_OFFSET_MS;
  return fromLocalMs(day * MS_PER_DAY) + msOfDay;
}

/** The first and last instants written with a four-digit year: 0000-01-01 and 9999-12-31 (UTC). */
const MIN_WRITABLE_MS = new Date(0).setUTCFullYear(0, 0, 1);
const MAX_WRITABLE_MS = Date.UTC(9999, 11, 31);

/**
 * Writes epoch milliseconds as an ISO 8601 instant in Vietnamese civil time,
 * `YYYY-MM-DDTHH:mm:ss+07:00` (milliseconds only when not zero). Before 13/06/1975 the offset is
 * the one in force then, from the time-zone data (`+08:00` in 1960); before 1911 it is the local
 * mean time `+07:06:30`, written with its seconds so that the text reads back to the same instant.
 *
 * @throws {@link InvalidInputError} for a value that is not a finite number;
 *   {@link CalendarRangeError} `date_out_of_range` for an instant outside the years 0000–9999.
 * @example
 * epochMsToInstant(1704783600000) //=> "2024-01-09T14:00:00+07:00"
 */
export function epochMsToInstant(ms: number): Instant {
  if (typeof ms !== "number" || !Number.isFinite(ms)) {
    throw new InvalidInputError([issue(typeof ms === "number" ? "invalid_value" : "invalid_type", { expected: "epoch milliseconds (finite number)", received: ms, value: ms })]);
  }
  if (ms < MIN_WRITABLE_MS || ms > MAX_WRITABLE_MS) {
    throw new CalendarRangeError([issue("date_out_of_range", { value: ms, min: "0000-01-01", max: "9999-12-31" })]);
  }
  if (ms >= FIXED_OFFSET_FROM_MS) {
    const { day, msOfDay } = civilOfEpochMs(ms);
    const date = day >= MIN_DAY && day <= MAX_DAY ? fromDayNumber(day) : formatYmdOf(day);
    return `${date}T${clock(msOfDay)}+07:00`;
  }
  const { day, msOfDay } = civilOfEpochMs(ms);
  return `${formatYmdOf(day)}T${clock(msOfDay)}${offsetText(offsetAt(ms))}`;
}

/** `+07:00`, or `+07:06:30` when the offset has seconds. */
function offsetText(offsetMs: number): string {
  const sign = offsetMs < 0 ? "-" : "+";
  const total = Math.round(Math.abs(offsetMs) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const hm = `${sign}${TWO_DIGITS[h] as string}:${TWO_DIGITS[m] as string}`;
  return s === 0 ? hm : `${hm}:${TWO_DIGITS[s] as string}`;
}

function formatYmdOf(day: number): string {
  const { year, month, day: d } = ymdFromDayNumber(day);
  return formatYmd(year, month, d);
}

function clock(msOfDay: number): string {
  const total = Math.floor(msOfDay / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const frac = msOfDay % 1000;
  const base = `${TWO_DIGITS[h] as string}:${TWO_DIGITS[m] as string}:${TWO_DIGITS[s] as string}`;
  return frac === 0 ? base : `${base}.${String(frac).padStart(3, "0")}`;
}

/**
 * The Vietnamese civil date of an instant (ngày theo giờ Việt Nam).
 *
 * @param value - ISO 8601 instant (without an offset it is read in Asia/Ho_Chi_Minh) or a `Date`.
 * @returns The date in Vietnam at that instant.
 * @throws {@link InvalidInputError} `invalid_instant`; {@link CalendarRangeError} outside 1900–2199.
 * @example
 * civilDateOf("2024-02-09T18:30:00Z") //=> "2024-02-10" (01:30 on mùng 1 Tết in Vietnam)
 * civilDateOf(new Date("2024-02-09T18:30:00Z")) //=> "2024-02-10"
 * @remarks Since 0.1.0
 */
export function civilDateOf(value: InstantInput): IsoDate {
  const { day } = civilOfEpochMs(instantToEpochMs(value));
  checkRange(day);
  const { year, month, day: d } = ymdFromDayNumber(day);
  return formatYmd(year, month, d);
}

/**
 * The instant at which a Vietnamese civil day starts (00:00), as an ISO string.
 *
 * @example
 * startOfDayInstant("2024-02-10") //=> "2024-02-10T00:00:00+07:00"
 */
export function startOfDayInstant(date: IsoDate): Instant {
  return epochMsToInstant(epochMsOfCivil(toDayNumber(date), 0));
}
