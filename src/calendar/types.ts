/**
 * Types of working calendars (lịch làm việc). The implementation lives next to this file.
 * @module
 */
import type { DayNumber, IsoDate, Weekday } from "../day/dayNumber.js";
import type { Instant, InstantInput } from "../day/instant.js";
import type { YearSchedule } from "../data/types.js";

/**
 * How sure a calendar fact is:
 * - `decided`: an official notice or the statute decides it (confirmed or derived rows);
 * - `reported`: only secondary sources report it;
 * - `proposed`: a proposal, not (yet) a decision; used only on request;
 * - `projected`: computed from the statutory rules for a year without an official notice.
 */
export type DataStatus = "decided" | "reported" | "proposed" | "projected";

/**
 * What kind of day a date is for a calendar:
 * - `weekday` / `weekend`: an ordinary working day / weekly rest day;
 * - `holiday`: a statutory public holiday (ngày nghỉ lễ, tết);
 * - `compensatory_off`: nghỉ bù for a holiday on a weekly rest day (BLLĐ 2019 Đ.111.3);
 * - `swapped_off`: a weekday off by hoán đổi;
 * - `makeup_workday`: a rest day worked instead (làm bù);
 * - `closure`: a day off added by the calendar's owner (createCalendar `daysOff`);
 * - `extra_workday`: a working day added by the calendar's owner (createCalendar `workingDays`).
 */
export type DayKind =
  | "weekday"
  | "weekend"
  | "holiday"
  | "compensatory_off"
  | "swapped_off"
  | "makeup_workday"
  | "closure"
  | "extra_workday";

/** The legal or official basis of a fact: a document and, when known, its date, article and address. */
export interface SourceRef {
  /** Document number and name, e.g. "CV 8662/VPCP-KGVX" or "Bộ luật Lao động 2019". */
  readonly doc: string;
  readonly date?: IsoDate;
  readonly article?: string;
  readonly url?: string;
}

/** Everything a calendar knows about one day. */
export interface DayInfo {
  readonly date: IsoDate;
  readonly weekday: Weekday;
  readonly working: boolean;
  readonly kind: DayKind;
  /** Vietnamese name, e.g. "Tết (mùng 1)", "Nghỉ bù Giỗ Tổ". */
  readonly name?: string;
  readonly source?: SourceRef;
  /**
   * How settled the answer is: the status of the row or rule that decides the day; for a day no
   * accepted row lists, its year's status (`decided` 2019–2026), unless a row or rule the calendar
   * does not accept would change it (the proposed 23/11/2026 swap; 24/11 when `reported` is not
   * accepted) — then that row's status, while `working` and `kind` stay as accepted.
   */
  readonly status: DataStatus;
}

/** Options of every calendar query. */
export interface CalendarQueryOptions {
  /** `"decided"`: throw {@link CalendarCoverageError} rather than answer from a day that is not `decided`. */
  readonly require?: "decided" | "any";
}

/** One office session, e.g. `{ start: "07:00", end: "11:30" }` (local time, end exclusive). */
export interface OfficeSession {
  readonly start: string;
  readonly end: string;
}

/** A seasonal variant of office hours, recurring every year between two month-days (inclusive; may wrap the year end). */
export interface OfficeSeason {
  /** `"MM-DD"`, e.g. `"04-01"`. */
  readonly from: string;
  /** `"MM-DD"`, e.g. `"10-31"`. */
  readonly to: string;
  readonly sessions: readonly OfficeSession[];
  readonly name?: string;
}

/** Office hours (giờ hành chính) of a calendar: default sessions, seasonal variants, per-weekday overrides. */
export interface OfficeHours {
  readonly name?: string;
  /** Sessions of a working day when no season or weekday override applies. */
  readonly sessions: readonly OfficeSession[];
  readonly seasons?: readonly OfficeSeason[];
  /** Overrides by ISO weekday (1 = Monday). */
  readonly byWeekday?: Readonly<Partial<Record<Weekday, readonly OfficeSession[]>>>;
  readonly source?: SourceRef;
}

/** Options of office-hour queries. */
export interface OfficeHourOptions extends CalendarQueryOptions {
  /** Compatibility with systems that do not move a receipt on a non-working day to the next opening (default true = snap). */
  readonly snapNonWorkingDays?: boolean;
}

/**
 * The day-number fast path of a calendar: the same answers as {@link WorkCalendar} without
 * parsing or formatting ISO strings. Arguments must be in range; nothing is validated.
 * @internal
 */
export interface DayIndex {
  /** As {@link WorkCalendar.isWorkingDay}. */
  isWorking(day: DayNumber): boolean;
  /** As {@link WorkCalendar.addWorkingDays}; still throws {@link CalendarRangeError} when the result leaves the range. */
  add(day: DayNumber, amount: number): DayNumber;
  /** As {@link WorkCalendar.countWorkingDays}. */
  count(from: DayNumber, to: DayNumber): number;
  /** As {@link WorkCalendar.nextWorkingDay}. */
  next(day: DayNumber): DayNumber;
  /** As {@link WorkCalendar.previousWorkingDay}. */
  previous(day: DayNumber): DayNumber;
  /** As {@link WorkCalendar.dayInfo}. */
  info(day: DayNumber): DayInfo;
  /** Days that are not ordinary weekdays or weekends (holidays, nghỉ bù, swaps, closures …) with `from ≤ d ≤ to`, sorted. */
  specialBetween(from: DayNumber, to: DayNumber): readonly DayInfo[];
  /** The first day `d` with `from ≤ d ≤ to` whose status is not `decided`, or `undefined`. */
  firstUndecided(from: DayNumber, to: DayNumber): DayNumber | undefined;
}

/**
 * A working calendar (lịch làm việc): which days are worked, with O(1) working-day arithmetic.
 *
 * Every method takes and returns ISO dates `YYYY-MM-DD` within 1900-01-01 … 2199-12-31 and accepts
 * `{ require: "decided" }`, which throws {@link CalendarCoverageError} (code
 * `calendar_year_not_covered`, params `year`, `date`, `status`) when the answer depends on a day that
 * is not `decided`: the day itself for `isWorkingDay`/`dayInfo`, `(date, result]` for a positive
 * amount, `[result, date)` for a negative one, `[date, result]` for 0, `(from, to]` for a count.
 *
 * @remarks Since 0.1.0
 */
export interface WorkCalendar {
  /** A short name, e.g. "civil-service". */
  readonly name: string;
  /** The options it was built from (for extension by `createCalendar`), merged with the base's, frozen. */
  readonly options: CalendarOptions;
  readonly officeHours: OfficeHours | undefined;
  /** The day-number fast path (same answers, no parsing; built on first use). @internal */
  readonly days: DayIndex;
  /**
   * Whether a day is a working day (ngày làm việc).
   *
   * @param date - The day.
   * @param options - `{ require: "decided" }` to refuse an answer from undecided data.
   * @returns `false` for weekly rest days, holidays, nghỉ bù, swapped days off and closures; `true` for làm bù Saturdays.
   * @throws {@link InvalidInputError} `invalid_date` / `invalid_type`; {@link CalendarRangeError}; {@link CalendarCoverageError}.
   * @example
   * civilServiceCalendar.isWorkingDay("2025-05-02") //~> false (hoán đổi)
   * civilServiceCalendar.isWorkingDay("2025-04-26") //~> true  (làm bù, a Saturday)
   * @see QĐ 188/1999/QĐ-TTg; Bộ luật Lao động 2019, Điều 111–112
   */
  isWorkingDay(date: IsoDate, options?: CalendarQueryOptions): boolean;
  /**
   * Adds working days: for `amount ≥ 1` the amount-th working day strictly after `date` (the start day
   * is never counted, working or not); for `amount ≤ −1` the |amount|-th working day strictly before;
   * for `0`, `date` when it is a working day, else the next working day.
   *
   * @param date - Start day (not counted).
   * @param amount - Working days, a safe integer.
   * @param options - `{ require: "decided" }`.
   * @returns The working day reached.
   * @throws {@link InvalidInputError} `invalid_amount` (NaN, fractional), `invalid_type` (not a number), `invalid_date`.
   * @throws {@link CalendarRangeError} when the input or the result is outside 1900–2199.
   * @throws {@link CalendarCoverageError} with `require: "decided"`.
   * @example
   * civilServiceCalendar.addWorkingDays("2024-01-29", 10) //~> "2024-02-19" (Tết 08–14/02 skipped)
   * civilServiceCalendar.addWorkingDays("2025-03-07", 5)  //=> "2025-03-14"
   * civilServiceCalendar.addWorkingDays("2025-02-03", -1) //~> "2025-01-24"
   * @see Bộ luật Dân sự 2015, Điều 147 (the first day is not counted)
   */
  addWorkingDays(date: IsoDate, amount: number, options?: CalendarQueryOptions): IsoDate;
  /**
   * Counts the working days `d` with `from < d ≤ to`; when `to < from`, minus the count of
   * `to < d ≤ from`. For a working day `e` after `d`: `addWorkingDays(d, countWorkingDays(d, e)) === e`.
   *
   * @param from - First day (excluded).
   * @param to - Last day (included).
   * @param options - `{ require: "decided" }`.
   * @returns A signed integer.
   * @throws {@link InvalidInputError}; {@link CalendarRangeError}; {@link CalendarCoverageError}.
   * @example
   * civilServiceCalendar.countWorkingDays("2025-01-24", "2025-02-03") //~> 1
   * civilServiceCalendar.countWorkingDays("2025-02-03", "2025-01-24") //~> -1
   */
  countWorkingDays(from: IsoDate, to: IsoDate, options?: CalendarQueryOptions): number;
  /**
   * The first working day strictly after `date` (`addWorkingDays(date, 1)`).
   * @throws {@link InvalidInputError}; {@link CalendarRangeError}; {@link CalendarCoverageError}.
   * @example
   * civilServiceCalendar.nextWorkingDay("2025-01-24") //~> "2025-02-03"
   */
  nextWorkingDay(date: IsoDate, options?: CalendarQueryOptions): IsoDate;
  /**
   * The last working day strictly before `date` (`addWorkingDays(date, -1)`).
   * @throws {@link InvalidInputError}; {@link CalendarRangeError}; {@link CalendarCoverageError}.
   * @example
   * civilServiceCalendar.previousWorkingDay("2025-02-03") //~> "2025-01-24"
   */
  previousWorkingDay(date: IsoDate, options?: CalendarQueryOptions): IsoDate;
  /**
   * Everything the calendar knows about a day: weekday, working, kind, Vietnamese name, source, status.
   *
   * @throws {@link InvalidInputError}; {@link CalendarRangeError}; {@link CalendarCoverageError} with `require: "decided"`.
   * @example
   * civilServiceCalendar.dayInfo("2026-11-24")
   * //~> { date: "2026-11-24", weekday: 2, working: false, kind: "holiday",
   * //     name: "Ngày Văn hóa Việt Nam (mới)", source: { doc: "NQ 28/2026/QH16" }, status: "reported" }
   */
  dayInfo(date: IsoDate, options?: CalendarQueryOptions): DayInfo;
  /**
   * The special days of a Gregorian year (holidays, nghỉ bù, swaps, làm bù, closures), sorted by date.
   *
   * @throws {@link InvalidInputError} for a non-integer year; {@link CalendarRangeError} outside 1900–2199.
   * @example
   * civilServiceCalendar.specialDays(2025).length //~> 13
   */
  specialDays(year: number): readonly DayInfo[];
  /**
   * Special days with `from ≤ d ≤ to`, sorted (empty when `to < from`).
   * @example
   * civilServiceCalendar.specialDaysBetween("2025-04-26", "2025-05-02").map((d) => d.date)
   * //~> ["2025-04-26", "2025-04-30", "2025-05-01", "2025-05-02"]
   */
  specialDaysBetween(from: IsoDate, to: IsoDate): readonly DayInfo[];
  /**
   * Days with `from ≤ d ≤ to` whose status is not `decided` (an answer crossing them is provisional).
   * @example
   * civilServiceCalendar.undecidedDaysBetween("2026-11-20", "2026-11-30").map((d) => d.date) //~> ["2026-11-24"]
   */
  undecidedDaysBetween(from: IsoDate, to: IsoDate): readonly DayInfo[];
  /**
   * Adds office hours (giờ làm việc) to an instant, snapping a start outside office hours to the next opening.
   * @throws {@link InvalidInputError} `office_hours_missing` when the calendar has no office hours; `invalid_instant`.
   * @example
   * createCalendar({ officeHours: { sessions: [{ start: "07:00", end: "11:30" }, { start: "13:30", end: "17:00" }] } })
   *   .addWorkingHours("2024-02-07T14:00:00+07:00", 8) //~> "2024-02-15T14:00:00+07:00"
   */
  addWorkingHours(instant: InstantInput, hours: number, options?: OfficeHourOptions): Instant;
  /**
   * Office hours between two instants (negative when `to` is before `from`).
   * @throws {@link InvalidInputError} `office_hours_missing` when the calendar has no office hours; `invalid_instant`.
   */
  countWorkingHours(from: InstantInput, to: InstantInput, options?: OfficeHourOptions): number;
  /**
   * The office sessions (giờ hành chính) of a day, as `"HH:mm"` pairs: empty on a non-working day;
   * a làm bù Saturday has the default (or seasonal) sessions, not a weekday override.
   *
   * @example
   * createCalendar({ officeHours: haiDuongOfficeHours }).officeSessions("2024-11-04")
   * //=> [{ start: "07:30", end: "12:00" }, { start: "13:00", end: "16:30" }]
   * @throws {@link InvalidInputError} `office_hours_missing` when the calendar has no office hours; `invalid_date`.
   */
  officeSessions(date: IsoDate): readonly OfficeSession[];
}

/** A day added to or removed from a calendar by its owner. */
export interface DayOverride {
  readonly date: IsoDate;
  readonly name?: string;
  readonly source?: SourceRef;
  readonly status?: DataStatus;
}

/** Options of `createCalendar`. Unset fields are taken from the base calendar. */
export interface CalendarOptions {
  /** The calendar extended (default `civilServiceCalendar`). */
  readonly base?: WorkCalendar;
  readonly name?: string;
  /** Extra days off (local closures, what-ifs). */
  readonly daysOff?: readonly (IsoDate | DayOverride)[];
  /** Extra working days. */
  readonly workingDays?: readonly (IsoDate | DayOverride)[];
  /** Weekly rest days, ISO weekdays (default `[6, 7]`, QĐ 188/1999/QĐ-TTg). */
  readonly weeklyRest?: readonly Weekday[];
  /** Whether the yearly hoán đổi / làm bù swaps apply (true for the civil service, false for private employers). */
  readonly swaps?: boolean;
  /** Data statuses used (default `["decided", "reported"]`; `"projected"` is always used where nothing else exists). */
  readonly accept?: readonly DataStatus[];
  /** Whether 24/11 "Ngày Văn hóa Việt Nam" earns nghỉ bù when it falls on a weekly rest day (open question; default false). */
  readonly cultureDayCompensatory?: boolean;
  /** Office hours (giờ hành chính), for `addWorkingHours` and office-hour deadlines. */
  readonly officeHours?: OfficeHours;
  /**
   * Official yearly schedules (lịch nghỉ lễ, tết hằng năm) in the shape of `thoihan/data`'s
   * `schedules`, for a year whose notice came after this release. Each replaces the base's schedule
   * of its year as a whole; its rows become holidays, nghỉ bù, hoán đổi and làm bù citing their
   * document (a shipped key, or one declared in the schedule's `documents`). Checked by the rules
   * of `yearScheduleSchema`, plus weekdays, one row per date and one schedule per year.
   */
  readonly schedules?: readonly YearSchedule<string>[];
}
