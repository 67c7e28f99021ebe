/**
 * Office hours (giờ hành chính) arithmetic: adding and counting working hours (giờ làm việc)
 * on a schedule of sessions with a lunch break, seasonal variants and per-weekday overrides,
 * over the working days of a calendar.
 *
 * How it works. Every clock keeps, built lazily on its first query, a prefix sum of the office
 * minutes of each day of the supported range (1900-01-01 … 2199-12-31) and the schedule of each
 * day. An instant then has an "office-time position": the office time elapsed from the start of
 * the range up to it. Counting is a difference of two positions; adding is a position plus the
 * amount, located back by a galloping binary search over the prefix sums. No call loops over
 * days or minutes.
 *
 * @see Host systems: Tân Dân/Thanh Hóa `CaculateTime.TinhNgayHenTra` and OpenCPS
 * `DueDateUtils.setStartDate` (start snapping, 8-hour days, clock time kept).
 * @module
 */
import { readClock } from "../internal/clock.js";
import { MAX_DAY, MIN_DAY, checkRange, fromDayNumber, monthLength, toDayNumber, weekdayOf, ymdFromDayNumber, type DayNumber, type Weekday } from "../day/dayNumber.js";
import { civilOfEpochMs, epochMsOfCivil } from "../day/instant.js";
import { CalendarCoverageError, CalendarRangeError, InvalidInputError, issue, readPath, type Issue } from "../errors.js";
import type { DayIndex, OfficeHourOptions, OfficeHours, OfficeSeason, OfficeSession, SourceRef } from "./types.js";

type Path = readonly (string | number)[];

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const DAY_COUNT: number = MAX_DAY - MIN_DAY + 1;

/**
 * An office clock (đồng hồ giờ hành chính): working-hour arithmetic on epoch milliseconds over a
 * schedule of office hours and the working days of a calendar. Built by {@link createOfficeClock}.
 *
 * Every method throws {@link InvalidInputError} for a non-number or non-finite instant
 * (`invalid_type` / `invalid_instant`) or a bad option (`invalid_option`),
 * {@link CalendarRangeError} (`date_out_of_range`) when an instant or a result leaves
 * 1900-01-01 … 2199-12-31, and, with `{ require: "decided" }`, {@link CalendarCoverageError}
 * (`calendar_year_not_covered`) when the days spanned include one whose status is not `decided`.
 *
 * @example
 * const clock = createOfficeClock(oneStopDefaultOfficeHours, civilServiceCalendar.days) // 07:00–11:30, 13:30–17:00
 * const t = instantToEpochMs("2024-01-09T16:00+07:00")            // Tuesday
 * epochMsToInstant(clock.addWorkingHours(t, 4))                   //~> "2024-01-10T10:00:00+07:00"
 * clock.countWorkingHours(t, instantToEpochMs("2024-01-10T10:00+07:00")) //~> 4
 * epochMsToInstant(clock.snap(instantToEpochMs("2024-01-13T10:00+07:00"))) //~> "2024-01-15T07:00:00+07:00" (Saturday → Monday)
 * clock.sessionsOf(toDayNumber("2024-01-09"))  //=> [{ start: 25200000, end: 41400000 }, { start: 48600000, end: 61200000 }]
 * @see Tân Dân/Thanh Hóa `CaculateTime.TinhNgayHenTra`; OpenCPS `DueDateUtils.setStartDate` (how one-stop systems count office hours).
 * @remarks Since 0.1.0
 */
export interface OfficeClock {
  /**
   * Adds working hours (giờ làm việc) to an instant.
   *
   * - The start is snapped first ({@link OfficeClock.snap}); then office time is consumed
   *   session by session, skipping lunch breaks, evenings and non-working days.
   * - The clock time is kept across whole days: 14:00 + 8 h on an 8-hour day = 14:00 on the
   *   next working day; 16:00 + 4 h on 07:00–11:30/13:30–17:00 = 10:00 on the next working day.
   * - A result that falls exactly on the end of a session stays there (13:30 + 3.5 h = 17:00 the
   *   same day, 09:00 + 2.5 h = 11:30): it does not jump to the next opening.
   * - `hours = 0` gives the snapped start. Hours are rounded to the millisecond.
   * - Seasonal schedules are chosen by the civil date of each day, so a count of hours is stable
   *   across a season switch while the clock time may move (31/10 14:00 + 8 h = 01/11 13:30 on
   *   the Hải Dương schedule).
   *
   * @param fromEpochMs - The start instant (e.g. the receipt of a dossier), epoch milliseconds.
   * @param hours - Working hours to add, finite and ≥ 0; fractions allowed (0.5 = 30 minutes).
   * @param options - `snapNonWorkingDays: false` for the legacy quirk (see {@link OfficeClock.snap}); `require`.
   * @returns The instant at which the hours are used up, epoch milliseconds.
   * @throws {@link InvalidInputError} `invalid_type` for non-number hours, `invalid_amount` for NaN, infinite or negative hours.
   */
  addWorkingHours(fromEpochMs: number, hours: number, options?: OfficeHourOptions): number;
  /**
   * Office hours between two instants: the office time elapsed up to `toEpochMs` minus that
   * elapsed up to `fromEpochMs`. An instant outside office hours counts as its snapped position,
   * so `countWorkingHours(t, addWorkingHours(t, h)) === h` (for `h` a whole number of milliseconds).
   *
   * @param fromEpochMs - First instant, epoch milliseconds.
   * @param toEpochMs - Second instant, epoch milliseconds.
   * @param options - As {@link OfficeClock.addWorkingHours}. With `snapNonWorkingDays: false`, the
   *   earlier instant is read as the receipt: when it falls on a non-working day, that day counts
   *   as a working day with its default or seasonal sessions (Sat 10:00 → Mon 10:00 = 8 h on
   *   07:00–11:30/13:30–17:00). Results that the legacy rule moved off that day (Sat 10:00 + 4 h →
   *   Mon 16:00) are not counted back to the same amount.
   * @returns Hours (fractional), negative when `toEpochMs` is before `fromEpochMs`.
   */
  countWorkingHours(fromEpochMs: number, toEpochMs: number, options?: OfficeHourOptions): number;
  /**
   * The start instant snapped into office hours (the receipt time from which hours are counted).
   *
   * - inside a session → unchanged;
   * - before the first session → that day's opening;
   * - in a break between sessions (lunch) → the next session's opening;
   * - at or after the last session's end, or on a non-working day → the first opening of the
   *   next working day.
   *
   * With `snapNonWorkingDays: false` (legacy quirk of the Tân Dân/Thanh Hóa system), an instant on
   * a non-working day is snapped only within that day as if it were a working day with its
   * default or seasonal sessions (Sat 10:00 stays Sat 10:00, Sat 06:00 → Sat 07:00, Sat 12:00 →
   * Sat 13:30; Sat 17:30 → Monday's opening). {@link OfficeClock.addWorkingHours} then consumes
   * that virtual day's remaining hours first: Sat 10:00 + 8 h → Mon 10:00 (5 h on Saturday, 3 h on
   * Monday); a result inside the virtual day is moved to the next working day at the same clock
   * time (Sat 10:00 + 4 h → Sat 16:00 → Mon 16:00, "không trả vào ngày nghỉ").
   *
   * @param epochMs - The instant, epoch milliseconds.
   * @param options - `snapNonWorkingDays`, `require`.
   * @returns The snapped instant, epoch milliseconds.
   */
  snap(epochMs: number, options?: OfficeHourOptions): number;
  /**
   * The office sessions of a day, in milliseconds since local midnight (end exclusive); `[]` on a
   * non-working day. Per-weekday overrides win over seasons, seasons over the default sessions; a
   * weekly rest day made a working day (làm bù, or an added working day) uses the default or
   * seasonal sessions.
   *
   * @param day - A day number in 1900-01-01 … 2199-12-31.
   * @returns Frozen sessions, sorted.
   * @throws {@link CalendarRangeError} outside the supported range; {@link InvalidInputError} for a non-integer day.
   */
  sessionsOf(day: DayNumber): readonly { readonly start: number; readonly end: number }[];
}

interface Span {
  readonly start: number;
  readonly end: number;
}

interface Schedule {
  readonly spans: readonly Span[];
  /** Office minutes of a day with this schedule. */
  readonly minutes: number;
  /** End of the last session, ms of day (0 for the closed schedule). */
  readonly lastEnd: number;
}

interface Compiled {
  /** Index 0 is the closed schedule (non-working day). */
  readonly schedules: readonly Schedule[];
  /** Schedule id by day of a leap year (0 = 01-01 … 365 = 12-31): season or default. */
  readonly bySlot: Uint16Array;
  /** Schedule id by ISO weekday (index 1–7), when overridden. */
  readonly byWeekday: readonly (number | undefined)[];
}

interface ReadOptions {
  readonly snap: boolean;
  readonly decided: boolean;
}

/** First slot (0-based day of a leap year) of each month. */
const MONTH_SLOT = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335] as const;

function slotOf(month: number, day: number): number {
  return (MONTH_SLOT[month - 1] as number) + day - 1;
}

const CLOSED: Schedule = Object.freeze({ spans: Object.freeze([]), minutes: 0, lastEnd: 0 });

// ---------------------------------------------------------------------------------------------
// Validation

const HOURS_KEYS = new Set(["name", "sessions", "seasons", "byWeekday", "source"]);
const SEASON_KEYS = new Set(["from", "to", "sessions", "name"]);
const SESSION_KEYS = new Set(["start", "end"]);
const SOURCE_KEYS = new Set(["doc", "date", "article", "url"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}


/** Slot of an "MM-DD" month-day (02-29 allowed), or undefined. */
function readMonthDay(value: unknown): number | undefined {
  if (typeof value !== "string" || value.length !== 5 || value.charCodeAt(2) !== 45) return undefined;
  let mo = 0;
  let d = 0;
  for (const i of [0, 1, 3, 4]) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    if (i < 2) mo = mo * 10 + c;
    else d = d * 10 + c;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > monthLength(2000, mo)) return undefined;
  return slotOf(mo, d);
}

function monthDayOfSlot(slot: number): string {
  let month = 12;
  while ((MONTH_SLOT[month - 1] as number) > slot) month--;
  const day = slot - (MONTH_SLOT[month - 1] as number) + 1;
  return `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

class Collector {
  readonly issues: Issue[] = [];
  constructor(private readonly base: Path) {}
  add(reason: string, at: Path, params: Readonly<Record<string, unknown>> = {}): void {
    this.issues.push(issue("invalid_office_hours", { reason, ...params }, [...this.base, ...at]));
  }
  unknownKeys(value: Record<string, unknown>, allowed: ReadonlySet<string>, at: Path): void {
    for (const key of Object.keys(value)) if (!allowed.has(key)) this.add("unknown_key", [...at, key], { key });
  }
}

function checkSessions(value: unknown, at: Path, out: Collector): OfficeSession[] {
  if (!Array.isArray(value)) {
    out.add(value === undefined ? "sessions_missing" : "not_an_array", at, { value });
    return [];
  }
  if (value.length === 0) out.add("no_sessions", at);
  const result: OfficeSession[] = [];
  let previousEnd = -1;
  let previousStart = -1;
  value.forEach((item: unknown, i: number) => {
    if (!isRecord(item)) {
      out.add("not_an_object", [...at, i], { value: item });
      return;
    }
    out.unknownKeys(item, SESSION_KEYS, [...at, i]);
    const start = readClock(item["start"]);
    const end = readClock(item["end"]);
    if (start === undefined) out.add("time_format", [...at, i, "start"], { value: item["start"], expected: "HH:mm" });
    if (end === undefined) out.add("time_format", [...at, i, "end"], { value: item["end"], expected: "HH:mm" });
    if (start === undefined || end === undefined) return;
    if (start >= end) out.add("start_not_before_end", [...at, i], { start: item["start"], end: item["end"] });
    else if (start < previousStart) out.add("sessions_unsorted", [...at, i], { start: item["start"] });
    else if (start < previousEnd) out.add("sessions_overlap", [...at, i], { start: item["start"] });
    if (start < end) {
      previousStart = Math.max(previousStart, start);
      previousEnd = Math.max(previousEnd, end);
    }
    result.push(Object.freeze({ start: item["start"] as string, end: item["end"] as string }));
  });
  return result;
}

function checkSource(value: unknown, at: Path, out: Collector): SourceRef | undefined {
  if (!isRecord(value) || typeof value["doc"] !== "string") {
    out.add("invalid_source", at, { value });
    return undefined;
  }
  out.unknownKeys(value, SOURCE_KEYS, at);
  const copy: { doc: string; date?: string; article?: string; url?: string } = { doc: value["doc"] };
  for (const key of ["date", "article", "url"] as const) {
    const v = value[key];
    if (v === undefined) continue;
    if (typeof v !== "string") out.add("not_a_string", [...at, key], { value: v });
    else copy[key] = v;
  }
  return Object.freeze(copy);
}

/**
 * Checks office hours (giờ hành chính) and returns a frozen copy of them.
 *
 * Rules, each failure an issue with code `invalid_office_hours`, a `params.reason` and the
 * `path` of the offending value (every problem is listed, as zod does):
 * - an object with only `name`, `sessions`, `seasons`, `byWeekday`, `source` → else `not_an_object`, `unknown_key`;
 * - every session list is an array (`not_an_array`, `sessions_missing`) with at least one
 *   session (`no_sessions`);
 * - each session is `{ start, end }` written `"HH:mm"` between 00:00 and 24:00 (`time_format`),
 *   with `start < end` (`start_not_before_end`), sorted (`sessions_unsorted`) and not
 *   overlapping (`sessions_overlap`; touching sessions are allowed);
 * - each season has `from` and `to` written `"MM-DD"` (02-29 allowed; `month_day_format`), inclusive,
 *   possibly wrapping the year end; no day of the year belongs to two seasons (`seasons_overlap`,
 *   with the first shared `date`); days in no season use the default `sessions`;
 * - `byWeekday` keys are ISO weekdays `"1"` … `"7"` (`weekday_key`);
 * - `name` is a string (`not_a_string`); `source` is `{ doc, date?, article?, url? }` (`invalid_source`).
 *
 * @param value - Untrusted office hours, e.g. from a plan file.
 * @param path - Where the value came from; issue paths are relative to it.
 * @returns The same office hours, as a deeply frozen copy.
 * @throws {@link InvalidInputError} `invalid_office_hours`, one issue per problem.
 * @example
 * validateOfficeHours({ sessions: [{ start: "07:30", end: "11:30" }, { start: "13:00", end: "17:00" }] })
 * //=> { sessions: [{ start: "07:30", end: "11:30" }, { start: "13:00", end: "17:00" }] }
 * validateOfficeHours({ sessions: [{ start: "13:00", end: "12:00" }] }, ["officeHours"])
 * // throws InvalidInputError [invalid_office_hours], reason "start_not_before_end", path ["officeHours", "sessions", 0]
 * @see Provincial notices on office hours, e.g. TB 34/TB-UBND of UBND tỉnh Hải Dương (20/3/2014): two sessions a day, seasonal.
 * @remarks Since 0.1.0
 */
export function validateOfficeHours(value: unknown, path: readonly (string | number)[] = []): OfficeHours {
  const out = new Collector(readPath(path));
  if (!isRecord(value)) {
    out.add("not_an_object", [], { value });
    throw new InvalidInputError(out.issues);
  }
  out.unknownKeys(value, HOURS_KEYS, []);
  const result: {
    name?: string;
    sessions: readonly OfficeSession[];
    seasons?: readonly OfficeSeason[];
    byWeekday?: Readonly<Partial<Record<Weekday, readonly OfficeSession[]>>>;
    source?: SourceRef;
  } = { sessions: Object.freeze(checkSessions(value["sessions"], ["sessions"], out)) };

  if (value["name"] !== undefined) {
    if (typeof value["name"] !== "string") out.add("not_a_string", ["name"], { value: value["name"] });
    else result.name = value["name"];
  }

  const seasons = value["seasons"];
  if (seasons !== undefined) {
    if (!Array.isArray(seasons)) out.add("not_an_array", ["seasons"], { value: seasons });
    else {
      const owner = new Int16Array(366).fill(-1);
      const copies: OfficeSeason[] = [];
      seasons.forEach((season: unknown, i: number) => {
        const at = ["seasons", i];
        if (!isRecord(season)) {
          out.add("not_an_object", at, { value: season });
          return;
        }
        out.unknownKeys(season, SEASON_KEYS, at);
        const from = readMonthDay(season["from"]);
        const to = readMonthDay(season["to"]);
        if (from === undefined) out.add("month_day_format", [...at, "from"], { value: season["from"], expected: "MM-DD" });
        if (to === undefined) out.add("month_day_format", [...at, "to"], { value: season["to"], expected: "MM-DD" });
        const sessions = checkSessions(season["sessions"], [...at, "sessions"], out);
        if (season["name"] !== undefined && typeof season["name"] !== "string") out.add("not_a_string", [...at, "name"], { value: season["name"] });
        if (from === undefined || to === undefined) return;
        const length = to >= from ? to - from + 1 : 366 - from + to + 1;
        let clash: { slot: number; other: number } | undefined;
        for (let k = 0; k < length; k++) {
          const slot = (from + k) % 366;
          const other = owner[slot] as number;
          if (other >= 0 && clash === undefined) clash = { slot, other };
          else if (other < 0) owner[slot] = i;
        }
        if (clash !== undefined) out.add("seasons_overlap", at, { date: monthDayOfSlot(clash.slot), other: clash.other });
        const copy: { from: string; to: string; sessions: readonly OfficeSession[]; name?: string } = {
          from: season["from"] as string,
          to: season["to"] as string,
          sessions: Object.freeze(sessions),
        };
        if (typeof season["name"] === "string") copy.name = season["name"];
        copies.push(Object.freeze(copy));
      });
      result.seasons = Object.freeze(copies);
    }
  }

  const byWeekday = value["byWeekday"];
  if (byWeekday !== undefined) {
    if (!isRecord(byWeekday)) out.add("not_an_object", ["byWeekday"], { value: byWeekday });
    else {
      const copy: Partial<Record<Weekday, readonly OfficeSession[]>> = {};
      for (const key of Object.keys(byWeekday)) {
        if (!/^[1-7]$/.test(key)) {
          out.add("weekday_key", ["byWeekday", key], { key, expected: "1 (Monday) … 7 (Sunday)" });
          continue;
        }
        copy[Number(key) as Weekday] = Object.freeze(checkSessions(byWeekday[key], ["byWeekday", key], out));
      }
      result.byWeekday = Object.freeze(copy);
    }
  }

  if (value["source"] !== undefined) {
    const source = checkSource(value["source"], ["source"], out);
    if (source !== undefined) result.source = source;
  }

  if (out.issues.length > 0) throw new InvalidInputError(out.issues);
  return Object.freeze(result);
}

// ---------------------------------------------------------------------------------------------
// Compilation

function toSchedule(sessions: readonly OfficeSession[]): Schedule {
  const spans = sessions.map((s) => Object.freeze({ start: (readClock(s.start) as number) * MS_PER_MINUTE, end: (readClock(s.end) as number) * MS_PER_MINUTE }));
  const minutes = spans.reduce((sum, s) => sum + (s.end - s.start) / MS_PER_MINUTE, 0);
  return Object.freeze({ spans: Object.freeze(spans), minutes, lastEnd: spans.length > 0 ? (spans[spans.length - 1] as Span).end : 0 });
}

function compile(hours: OfficeHours): Compiled {
  const schedules: Schedule[] = [CLOSED, toSchedule(hours.sessions)];
  const bySlot = new Uint16Array(366).fill(1);
  for (const season of hours.seasons ?? []) {
    const id = schedules.push(toSchedule(season.sessions)) - 1;
    const from = readMonthDay(season.from) as number;
    const to = readMonthDay(season.to) as number;
    const length = to >= from ? to - from + 1 : 366 - from + to + 1;
    for (let k = 0; k < length; k++) bySlot[(from + k) % 366] = id;
  }
  const byWeekday: (number | undefined)[] = new Array<number | undefined>(8).fill(undefined);
  for (let w = 1; w <= 7; w++) {
    const sessions = hours.byWeekday?.[w as Weekday];
    if (sessions !== undefined) byWeekday[w] = schedules.push(toSchedule(sessions)) - 1;
  }
  return { schedules: Object.freeze(schedules), bySlot, byWeekday: Object.freeze(byWeekday) };
}

/** Office milliseconds of a schedule before a time of day (lunch and evening add nothing). */
function officeMsBefore(schedule: Schedule, msOfDay: number): number {
  let acc = 0;
  for (const span of schedule.spans) {
    if (msOfDay <= span.start) break;
    acc += Math.min(msOfDay, span.end) - span.start;
  }
  return acc;
}

/** The time of day at which `officeMs` (0 < officeMs ≤ day total) of office time has elapsed; a session end stays. */
function timeAtOfficeMs(schedule: Schedule, officeMs: number): number {
  let rest = officeMs;
  for (const span of schedule.spans) {
    const length = span.end - span.start;
    if (rest <= length) return span.start + rest;
    rest -= length;
  }
  return schedule.lastEnd;
}

/** Snaps a time of day into a schedule: the time itself inside a session, else the next opening; undefined after the last end. */
function snapWithin(schedule: Schedule, msOfDay: number): number | undefined {
  for (const span of schedule.spans) {
    if (msOfDay < span.end) return msOfDay >= span.start ? msOfDay : span.start;
  }
  return undefined;
}

/**
 * Smallest `j ≥ lo` with `prefix[j] * 60 000 ≥ targetMs`, or −1. Gallops from `lo`, so the cost
 * is O(log k) in the distance k, never O(days).
 */
function firstAtLeast(prefix: Int32Array, targetMs: number, lo: number): number {
  const n = prefix.length;
  let bad = lo - 1;
  let good = -1;
  let step = 1;
  for (;;) {
    const probe = bad + step;
    if (probe >= n) {
      if (n - 1 <= bad || (prefix[n - 1] as number) * MS_PER_MINUTE < targetMs) return -1;
      good = n - 1;
      break;
    }
    if ((prefix[probe] as number) * MS_PER_MINUTE >= targetMs) {
      good = probe;
      break;
    }
    bad = probe;
    step *= 2;
  }
  while (good - bad > 1) {
    const mid = (bad + good) >>> 1;
    if ((prefix[mid] as number) * MS_PER_MINUTE >= targetMs) good = mid;
    else bad = mid;
  }
  return good;
}

// ---------------------------------------------------------------------------------------------
// Argument checks

function checkEpochMs(value: unknown, path: Path): number {
  if (typeof value !== "number") throw new InvalidInputError([issue("invalid_type", { expected: "epoch milliseconds (number)", received: value }, path)]);
  if (!Number.isFinite(value)) throw new InvalidInputError([issue("invalid_instant", { value }, path)]);
  return value;
}

function checkHours(value: unknown, path: Path): number {
  if (typeof value !== "number") throw new InvalidInputError([issue("invalid_type", { expected: "number (hours)", received: value }, path)]);
  if (!Number.isFinite(value) || value < 0) throw new InvalidInputError([issue("invalid_amount", { value, min: 0, integer: false }, path)]);
  return Math.round(value * MS_PER_HOUR);
}

const DEFAULT_OPTIONS: ReadOptions = Object.freeze({ snap: true, decided: false });

function readOptions(options: unknown): ReadOptions {
  if (options === undefined) return DEFAULT_OPTIONS;
  if (!isRecord(options)) throw new InvalidInputError([issue("invalid_type", { expected: "options object", received: options }, ["options"])]);
  const snap = options["snapNonWorkingDays"];
  const require = options["require"];
  if (snap !== undefined && typeof snap !== "boolean") {
    throw new InvalidInputError([issue("invalid_option", { name: "snapNonWorkingDays", value: snap, expected: "boolean" }, ["options", "snapNonWorkingDays"])]);
  }
  if (require !== undefined && require !== "decided" && require !== "any") {
    throw new InvalidInputError([issue("invalid_option", { name: "require", value: require, expected: '"decided" | "any"' }, ["options", "require"])]);
  }
  if (snap !== false && require !== "decided") return DEFAULT_OPTIONS;
  return { snap: snap !== false, decided: require === "decided" };
}

function outOfRange(day: number, path: Path): never {
  checkRange(day, path);
  throw new CalendarRangeError([issue("date_out_of_range", { value: day }, path)]);
}

// ---------------------------------------------------------------------------------------------
// The clock

/**
 * Creates an office clock (đồng hồ giờ hành chính) for office hours over the working days of a
 * calendar's day index. The hours are validated first; the per-day index over 1900–2199 is built
 * on the first query that needs it (about 110 000 days; a few milliseconds plus the calendar's own
 * `isWorking` cost) and kept by the clock.
 *
 * @param hours - Office hours, e.g. `oneStopDefaultOfficeHours` or `haiDuongOfficeHours` from `thoihan/data`.
 * @param days - The calendar's day index (`calendar.days`): which days are worked.
 * @returns A clock whose methods take and return epoch milliseconds (see {@link OfficeClock}).
 * @throws {@link InvalidInputError} `invalid_office_hours` for bad hours (path under `["officeHours"]`),
 *   `invalid_type` when `days` is not a day index.
 * @example
 * const clock = createOfficeClock(oneStopDefaultOfficeHours, civilServiceCalendar.days) // 07:00–11:30, 13:30–17:00
 * const t = instantToEpochMs("2024-02-07T14:00+07:00")     // Wednesday before Tết Giáp Thìn
 * epochMsToInstant(clock.addWorkingHours(t, 8))
 * //~> "2024-02-15T14:00:00+07:00"                         // 08–14/02 off; clock time kept
 * epochMsToInstant(clock.snap(instantToEpochMs("2024-01-09T12:00+07:00")))
 * //=> "2024-01-09T13:30:00+07:00"                         // lunch break → afternoon opening
 * @see Tân Dân/Thanh Hóa `CaculateTime.TinhNgayHenTra` and OpenCPS `DueDateUtils` (snapping, 8-hour days, clock time kept).
 * @remarks Since 0.1.0
 */
export function createOfficeClock(hours: OfficeHours, days: DayIndex): OfficeClock {
  const valid = validateOfficeHours(hours, ["officeHours"]);
  const methods = ["isWorking", "info", "specialBetween", "firstUndecided"] as const;
  if (!isRecord(days) || methods.some((m) => typeof (days as unknown as Record<string, unknown>)[m] !== "function")) {
    throw new InvalidInputError([issue("invalid_type", { expected: "DayIndex (calendar.days)", received: days }, ["days"])]);
  }
  const { schedules, bySlot, byWeekday } = compile(valid);
  const hasWeekdayOverride = byWeekday.some((id) => id !== undefined);

  /** Season or default schedule of a civil month-day (what a làm bù day uses). */
  const seasonal = (month: number, dayOfMonth: number): number => bySlot[slotOf(month, dayOfMonth)] as number;

  /** Whether a day is a rest day made a working day (làm bù, or added by the calendar's owner). */
  const madeUpByInfo = (day: DayNumber): boolean => {
    const kind = days.info(day).kind;
    return kind === "makeup_workday" || kind === "extra_workday";
  };

  const scheduleIdOf = (day: DayNumber, weekday: Weekday, month: number, dayOfMonth: number, madeUp: (day: DayNumber) => boolean): number => {
    if (!days.isWorking(day)) return 0;
    if (hasWeekdayOverride) {
      const id = byWeekday[weekday];
      if (id !== undefined && !madeUp(day)) return id;
    }
    return seasonal(month, dayOfMonth);
  };

  let prefix: Int32Array | undefined;
  let ids: Uint16Array | undefined;

  const build = (): { prefix: Int32Array; ids: Uint16Array } => {
    if (prefix !== undefined && ids !== undefined) return { prefix, ids };
    const p = new Int32Array(DAY_COUNT + 1);
    const s = new Uint16Array(DAY_COUNT);
    let { year, month, day: dom } = ymdFromDayNumber(MIN_DAY);
    let lengthOfMonth = monthLength(year, month);
    let weekday = weekdayOf(MIN_DAY);
    // One query for the made-up working days instead of one `info` call per overridden weekday.
    const madeUpDays = new Set<number>();
    if (hasWeekdayOverride) {
      for (const info of days.specialBetween(MIN_DAY, MAX_DAY)) {
        if (info.kind === "makeup_workday" || info.kind === "extra_workday") madeUpDays.add(toDayNumber(info.date));
      }
    }
    const madeUp = (day: DayNumber): boolean => madeUpDays.has(day);
    let acc = 0;
    for (let i = 0; i < DAY_COUNT; i++) {
      const id = scheduleIdOf((MIN_DAY + i) as DayNumber, weekday, month, dom, madeUp);
      s[i] = id;
      p[i] = acc;
      acc += (schedules[id] as Schedule).minutes;
      weekday = (weekday === 7 ? 1 : weekday + 1) as Weekday;
      if (++dom > lengthOfMonth) {
        dom = 1;
        if (++month > 12) {
          month = 1;
          year++;
        }
        lengthOfMonth = monthLength(year, month);
      }
    }
    p[DAY_COUNT] = acc;
    prefix = p;
    ids = s;
    return { prefix: p, ids: s };
  };

  const scheduleAt = (idsArr: Uint16Array, index: number): Schedule => schedules[idsArr[index] as number] as Schedule;

  /** The virtual schedule of a non-working day under the legacy quirk: its default/seasonal sessions. */
  const virtualSchedule = (day: number): Schedule => {
    const { month, day: dom } = ymdFromDayNumber(day);
    return schedules[seasonal(month, dom)] as Schedule;
  };

  /** Index of the first working day strictly after `index`. */
  const nextWorkingIndex = (p: Int32Array, index: number, path: Path): number => {
    const j = firstAtLeast(p, ((p[index + 1] as number) + 1) * MS_PER_MINUTE, index + 2);
    if (j < 0) outOfRange(MAX_DAY + 1, path);
    return j - 1;
  };

  /** The instant at office-time position `targetMs` (> position of day `fromIndex`'s start); a session end stays. */
  const locate = (p: Int32Array, s: Uint16Array, targetMs: number, fromIndex: number, path: Path): { day: number; epochMs: number } => {
    const j = firstAtLeast(p, targetMs, fromIndex + 1);
    if (j < 0) outOfRange(MAX_DAY + 1, path);
    const k = j - 1;
    const msOfDay = timeAtOfficeMs(scheduleAt(s, k), targetMs - (p[k] as number) * MS_PER_MINUTE);
    return { day: MIN_DAY + k, epochMs: epochMsOfCivil(MIN_DAY + k, msOfDay) };
  };

  const civil = (epochMs: number, path: Path): { day: number; msOfDay: number; index: number } => {
    const c = civilOfEpochMs(epochMs);
    checkRange(c.day, path);
    return { day: c.day, msOfDay: c.msOfDay, index: c.day - MIN_DAY };
  };

  /**
   * Office-time position (ms) of an instant. Under the legacy flag an instant on a non-working
   * day before its virtual closing is placed just before the next working day's opening, minus
   * the virtual hours left that day.
   */
  const position = (p: Int32Array, s: Uint16Array, c: { day: number; msOfDay: number; index: number }, legacy: boolean): number => {
    const base = (p[c.index] as number) * MS_PER_MINUTE;
    const schedule = scheduleAt(s, c.index);
    if (legacy && schedule === CLOSED) {
      const virtual = virtualSchedule(c.day);
      if (c.msOfDay < virtual.lastEnd) return base - (virtual.minutes * MS_PER_MINUTE - officeMsBefore(virtual, c.msOfDay));
    }
    return base + officeMsBefore(schedule, c.msOfDay);
  };

  const requireDecided = (fromDay: number, toDay: number): void => {
    const lo = Math.min(fromDay, toDay) as DayNumber;
    const hi = Math.max(fromDay, toDay) as DayNumber;
    const undecided = days.firstUndecided(lo, hi);
    if (undecided === undefined) return;
    const date = fromDayNumber(undecided);
    throw new CalendarCoverageError([
      issue("calendar_year_not_covered", { year: Number(date.slice(0, 4)), date, status: days.info(undecided).status }),
    ]);
  };

  const snapAt = (epochMs: number, c: { day: number; msOfDay: number; index: number }, legacy: boolean, path: Path): { day: number; epochMs: number } => {
    const { prefix: p, ids: s } = build();
    let schedule = scheduleAt(s, c.index);
    if (legacy && schedule === CLOSED) schedule = virtualSchedule(c.day);
    const within = snapWithin(schedule, c.msOfDay);
    if (within !== undefined) return { day: c.day, epochMs: within === c.msOfDay ? epochMs : epochMsOfCivil(c.day, within) };
    const k = nextWorkingIndex(p, c.index, path);
    const first = (scheduleAt(s, k).spans[0] as Span).start;
    return { day: MIN_DAY + k, epochMs: epochMsOfCivil(MIN_DAY + k, first) };
  };

  const clock: OfficeClock = {
    addWorkingHours(fromEpochMs: number, hours: number, options?: OfficeHourOptions): number {
      const t = checkEpochMs(fromEpochMs, ["from"]);
      const amountMs = checkHours(hours, ["hours"]);
      const opts = readOptions(options);
      const c = civil(t, ["from"]);
      const { prefix: p, ids: s } = build();
      const legacy = !opts.snap && scheduleAt(s, c.index) === CLOSED;
      let result: { day: number; epochMs: number };
      if (amountMs === 0) {
        result = snapAt(t, c, !opts.snap, ["from"]);
      } else if (legacy && c.msOfDay < virtualSchedule(c.day).lastEnd) {
        const virtual = virtualSchedule(c.day);
        const done = officeMsBefore(virtual, c.msOfDay);
        const left = virtual.minutes * MS_PER_MINUTE - done;
        if (amountMs <= left) {
          // The result falls inside the virtual day: moved to the next working day, same clock time.
          const k = nextWorkingIndex(p, c.index, ["hours"]);
          result = { day: MIN_DAY + k, epochMs: epochMsOfCivil(MIN_DAY + k, timeAtOfficeMs(virtual, done + amountMs)) };
        } else {
          result = locate(p, s, (p[c.index] as number) * MS_PER_MINUTE + (amountMs - left), c.index, ["hours"]);
        }
      } else {
        result = locate(p, s, position(p, s, c, false) + amountMs, c.index, ["hours"]);
      }
      if (opts.decided) requireDecided(c.day, result.day);
      return result.epochMs;
    },

    countWorkingHours(fromEpochMs: number, toEpochMs: number, options?: OfficeHourOptions): number {
      const a = checkEpochMs(fromEpochMs, ["from"]);
      const b = checkEpochMs(toEpochMs, ["to"]);
      const opts = readOptions(options);
      const ca = civil(a, ["from"]);
      const cb = civil(b, ["to"]);
      const { prefix: p, ids: s } = build();
      if (opts.decided) requireDecided(ca.day, cb.day);
      // Legacy flag: the earlier instant is the receipt, and only its day is read as a virtual
      // working day (so is the later instant when it falls on that same day).
      const legacy = !opts.snap;
      const sameDay = ca.day === cb.day;
      if (b >= a) return (position(p, s, cb, legacy && sameDay) - position(p, s, ca, legacy)) / MS_PER_HOUR;
      return -(position(p, s, ca, legacy && sameDay) - position(p, s, cb, legacy)) / MS_PER_HOUR;
    },

    snap(epochMs: number, options?: OfficeHourOptions): number {
      const t = checkEpochMs(epochMs, ["instant"]);
      const opts = readOptions(options);
      const c = civil(t, ["instant"]);
      const result = snapAt(t, c, !opts.snap, ["instant"]);
      if (opts.decided) requireDecided(c.day, result.day);
      return result.epochMs;
    },

    sessionsOf(day: DayNumber): readonly { readonly start: number; readonly end: number }[] {
      if (typeof day !== "number" || !Number.isInteger(day)) {
        throw new InvalidInputError([issue("invalid_type", { expected: "DayNumber (integer)", received: day }, ["day"])]);
      }
      checkRange(day, ["day"]);
      if (ids !== undefined) return scheduleAt(ids, day - MIN_DAY).spans;
      const { month, day: dom } = ymdFromDayNumber(day);
      return (schedules[scheduleIdOf(day, weekdayOf(day), month, dom, madeUpByInfo)] as Schedule).spans;
    },
  };
  return Object.freeze(clock);
}
