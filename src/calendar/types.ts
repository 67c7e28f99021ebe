/**
 * Types of working calendars (lịch làm việc). The implementation lives next to this file.
 * @module
 */
import type { DayNumber, IsoDate, Weekday } from "../day/dayNumber.js";
import type { Instant } from "../day/instant.js";

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
 */
export interface DayIndex {
  isWorking(day: DayNumber): boolean;
  /** As {@link WorkCalendar.addWorkingDays}. */
  add(day: DayNumber, amount: number): DayNumber;
  /** As {@link WorkCalendar.countWorkingDays}. */
  count(from: DayNumber, to: DayNumber): number;
  next(day: DayNumber): DayNumber;
  previous(day: DayNumber): DayNumber;
  info(day: DayNumber): DayInfo;
  /** Days that are not ordinary weekdays or weekends (holidays, nghỉ bù, swaps, closures …) with `from ≤ d ≤ to`, sorted. */
  specialBetween(from: DayNumber, to: DayNumber): readonly DayInfo[];
  /** The first day `d` with `from ≤ d ≤ to` whose status is not `decided`, or `undefined`. */
  firstUndecided(from: DayNumber, to: DayNumber): DayNumber | undefined;
}

/** A working calendar: which days are worked, with O(1) working-day arithmetic. */
export interface WorkCalendar {
  /** A short name, e.g. "civil-service". */
  readonly name: string;
  /** The options it was built from (for extension by `createCalendar`). */
  readonly options: CalendarOptions;
  readonly officeHours: OfficeHours | undefined;
  /** The day-number fast path. */
  readonly days: DayIndex;
  isWorkingDay(date: IsoDate, options?: CalendarQueryOptions): boolean;
  addWorkingDays(date: IsoDate, amount: number, options?: CalendarQueryOptions): IsoDate;
  countWorkingDays(from: IsoDate, to: IsoDate, options?: CalendarQueryOptions): number;
  nextWorkingDay(date: IsoDate, options?: CalendarQueryOptions): IsoDate;
  previousWorkingDay(date: IsoDate, options?: CalendarQueryOptions): IsoDate;
  /** Everything the calendar knows about a day; `{ require: "decided" }` throws when its status is not `decided`. */
  dayInfo(date: IsoDate, options?: CalendarQueryOptions): DayInfo;
  /** The special days of a year (holidays, nghỉ bù, swaps, làm bù, closures), sorted by date. */
  specialDays(year: number): readonly DayInfo[];
  /** Special days with `from ≤ d ≤ to`, sorted. */
  specialDaysBetween(from: IsoDate, to: IsoDate): readonly DayInfo[];
  /** Days with `from ≤ d ≤ to` whose status is not `decided` (an answer crossing them is provisional). */
  undecidedDaysBetween(from: IsoDate, to: IsoDate): readonly DayInfo[];
  /** Adds office hours (giờ làm việc) to an instant, snapping a start outside office hours to the next opening. */
  addWorkingHours(instant: Instant, hours: number, options?: OfficeHourOptions): Instant;
  /** Office hours between two instants (negative when `to` is before `from`). */
  countWorkingHours(from: Instant, to: Instant, options?: OfficeHourOptions): number;
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
}
