/**
 * The working calendar (lịch làm việc): {@link civilServiceCalendar} and {@link createCalendar}.
 * ISO strings at the boundary, day numbers and the O(1) index of `dayIndex.ts` inside.
 * @module
 */
import { MAX_DAY, MIN_DAY, checkInteger, dayNumberFromYmd, fromDayNumber, toDayNumber, type DayNumber, type IsoDate } from "../day/dayNumber.js";
import { epochMsToInstant, instantToEpochMs, type Instant, type InstantInput } from "../day/instant.js";
import { CalendarCoverageError, CalendarRangeError, InvalidInputError, issue } from "../errors.js";
import { BuiltIndex } from "./dayIndex.js";
import { clockText } from "../internal/clock.js";
import { createOfficeClock, type OfficeClock } from "./officeHours.js";
import { resolveSettings, type CalendarSettings } from "./options.js";
import { shippedResolved } from "./schedules.js";
import type { CalendarOptions, CalendarQueryOptions, DayIndex, DayInfo, OfficeHourOptions, OfficeHours, OfficeSession, WorkCalendar } from "./types.js";

type Path = readonly (string | number)[];
const DATE: Path = ["date"];
const FROM: Path = ["from"];
const TO: Path = ["to"];
const AMOUNT: Path = ["amount"];

/** Day number of an ISO date; {@link toDayNumber} has the allocation-free fast path and the precise errors. */
function dayOf(date: IsoDate, path: Path): DayNumber {
  return toDayNumber(date, path);
}

function checkAmount(amount: number): void {
  if (typeof amount !== "number" || !Number.isSafeInteger(amount)) checkInteger(amount, AMOUNT);
}

function wantsDecided(options: CalendarQueryOptions | undefined): boolean {
  if (options === undefined) return false;
  if (typeof options !== "object" || options === null) {
    throw new InvalidInputError([issue("invalid_type", { expected: "{ require?: \"decided\" | \"any\" }", received: options }, ["options"])]);
  }
  const req = options.require;
  if (req === undefined || req === "any") return false;
  if (req === "decided") return true;
  throw new InvalidInputError([issue("invalid_option", { name: "require", value: req, expected: "\"decided\" | \"any\"" }, ["options", "require"])]);
}

/**
 * The error for a method called on something that is not a calendar made here, such as
 * `Object.create(civilServiceCalendar)` or a method taken off its calendar.
 */
function notACalendar(): InvalidInputError {
  return new InvalidInputError([issue("invalid_type", { expected: "WorkCalendar", received: "object" }, ["this"])]);
}

/** Internal settings of every calendar this module created (the only valid `base` values). */
const registry = new WeakMap<object, CalendarSettings>();

/** @internal */
class Calendar implements WorkCalendar {
  readonly name: string;
  readonly options: CalendarOptions;
  readonly officeHours: OfficeHours | undefined;
  readonly #settings: CalendarSettings;
  #index: BuiltIndex | undefined;
  #clock: OfficeClock | undefined;

  /** True for a calendar made by this module (not an object inheriting from one, not `undefined`). */
  static #is(value: unknown): boolean {
    return typeof value === "object" && value !== null && #settings in value;
  }

  constructor(settings: CalendarSettings) {
    this.#settings = settings;
    this.name = settings.name;
    this.options = settings.options;
    this.officeHours = settings.officeHours;
    registry.set(this, settings);
    Object.freeze(this);
  }

  /** The day-number fast path; building the index on first use. */
  get days(): DayIndex {
    if (!Calendar.#is(this)) throw notACalendar();
    return this.#index ?? this.#build();
  }

  #build(): BuiltIndex {
    this.#index = new BuiltIndex(this.#settings);
    return this.#index;
  }

  #require(index: BuiltIndex, from: number, to: number): void {
    const first = index.firstUndecided(from as DayNumber, to as DayNumber);
    if (first === undefined) return;
    const date = fromDayNumber(first);
    throw new CalendarCoverageError([issue("calendar_year_not_covered", { year: Number(date.slice(0, 4)), date, status: index.statusOf(first) })]);
  }

  isWorkingDay(date: IsoDate, options?: CalendarQueryOptions): boolean {
    if (!Calendar.#is(this)) throw notACalendar();
    const day = dayOf(date, DATE);
    const index = this.#index ?? this.#build();
    if (options !== undefined && wantsDecided(options)) this.#require(index, day, day);
    return index.isWorking(day);
  }

  addWorkingDays(date: IsoDate, amount: number, options?: CalendarQueryOptions): IsoDate {
    if (!Calendar.#is(this)) throw notACalendar();
    const day = dayOf(date, DATE);
    checkAmount(amount);
    const index = this.#index ?? this.#build();
    const result = index.add(day, amount);
    if (options !== undefined && wantsDecided(options)) {
      if (amount > 0) this.#require(index, day + 1, result);
      else if (amount < 0) this.#require(index, result, day - 1);
      else this.#require(index, day, result);
    }
    return fromDayNumber(result);
  }

  countWorkingDays(from: IsoDate, to: IsoDate, options?: CalendarQueryOptions): number {
    if (!Calendar.#is(this)) throw notACalendar();
    const a = dayOf(from, FROM);
    const b = dayOf(to, TO);
    const index = this.#index ?? this.#build();
    if (options !== undefined && wantsDecided(options)) {
      if (b > a) this.#require(index, a + 1, b);
      else if (a > b) this.#require(index, b + 1, a);
    }
    return index.count(a, b);
  }

  nextWorkingDay(date: IsoDate, options?: CalendarQueryOptions): IsoDate {
    if (!Calendar.#is(this)) throw notACalendar();
    return this.addWorkingDays(date, 1, options);
  }

  previousWorkingDay(date: IsoDate, options?: CalendarQueryOptions): IsoDate {
    if (!Calendar.#is(this)) throw notACalendar();
    return this.addWorkingDays(date, -1, options);
  }

  dayInfo(date: IsoDate, options?: CalendarQueryOptions): DayInfo {
    if (!Calendar.#is(this)) throw notACalendar();
    const day = dayOf(date, DATE);
    const index = this.#index ?? this.#build();
    if (options !== undefined && wantsDecided(options)) this.#require(index, day, day);
    return index.info(day);
  }

  specialDays(year: number): readonly DayInfo[] {
    if (!Calendar.#is(this)) throw notACalendar();
    checkInteger(year, ["year"]);
    if (year < 1900 || year > 2199) {
      throw new CalendarRangeError([issue("date_out_of_range", { value: year, min: fromDayNumber(MIN_DAY), max: fromDayNumber(MAX_DAY) }, ["year"])]);
    }
    const index = this.#index ?? this.#build();
    return index.specialBetween(dayNumberFromYmd(year, 1, 1), dayNumberFromYmd(year, 12, 31));
  }

  specialDaysBetween(from: IsoDate, to: IsoDate): readonly DayInfo[] {
    if (!Calendar.#is(this)) throw notACalendar();
    const a = dayOf(from, FROM);
    const b = dayOf(to, TO);
    return (this.#index ?? this.#build()).specialBetween(a, b);
  }

  undecidedDaysBetween(from: IsoDate, to: IsoDate): readonly DayInfo[] {
    if (!Calendar.#is(this)) throw notACalendar();
    const a = dayOf(from, FROM);
    const b = dayOf(to, TO);
    return (this.#index ?? this.#build()).undecidedBetween(a, b);
  }

  #officeClock(): OfficeClock {
    if (this.#clock !== undefined) return this.#clock;
    const hours = this.officeHours;
    if (hours === undefined) {
      throw new InvalidInputError([issue("office_hours_missing", { calendar: this.name })]);
    }
    this.#clock = createOfficeClock(hours, this.days);
    return this.#clock;
  }

  officeSessions(date: IsoDate): readonly OfficeSession[] {
    if (!Calendar.#is(this)) throw notACalendar();
    const day = dayOf(date, DATE);
    return this.#officeClock()
      .sessionsOf(day)
      .map((span) => Object.freeze({ start: clockText(span.start), end: clockText(span.end) }));
  }

  /** The office clock of a calendar made here (epoch-millisecond arithmetic), else `undefined`. */
  static officeClockOf(value: object): OfficeClock | undefined {
    return Calendar.#is(value) ? (value as Calendar).#officeClock() : undefined;
  }

  addWorkingHours(instant: InstantInput, hours: number, options?: OfficeHourOptions): Instant {
    if (!Calendar.#is(this)) throw notACalendar();
    const clock = this.#officeClock();
    return epochMsToInstant(clock.addWorkingHours(instantToEpochMs(instant, ["instant"]), hours, options));
  }

  countWorkingHours(from: InstantInput, to: InstantInput, options?: OfficeHourOptions): number {
    if (!Calendar.#is(this)) throw notACalendar();
    const clock = this.#officeClock();
    return clock.countWorkingHours(instantToEpochMs(from, ["from"]), instantToEpochMs(to, ["to"]), options);
  }
}


/**
 * The office clock of a calendar made by this module, for callers that already hold epoch
 * milliseconds (`addWorkingHours` without an instant string each way); `undefined` for any other
 * object. Throws `office_hours_missing` for a calendar without office hours, as `addWorkingHours` does.
 * @internal
 */
export function officeClockOf(calendar: WorkCalendar): OfficeClock | undefined {
  return Calendar.officeClockOf(calendar);
}
const CIVIL_SERVICE_SETTINGS: CalendarSettings = Object.freeze({
  name: "civil-service",
  weeklyRest: Object.freeze([6, 7] as const),
  swaps: true,
  accept: Object.freeze(["decided", "reported"] as const),
  cultureDayCompensatory: false,
  officeHours: undefined,
  layers: Object.freeze([]),
  schedules: shippedResolved(),
  options: Object.freeze({
    name: "civil-service",
    daysOff: Object.freeze([]),
    workingDays: Object.freeze([]),
    weeklyRest: Object.freeze([6, 7] as const),
    swaps: true,
    accept: Object.freeze(["decided", "reported"] as const),
    cultureDayCompensatory: false,
  }),
});

/**
 * The working calendar of cán bộ, công chức, viên chức (lịch làm việc của CCVC): Monday–Friday,
 * the statutory holidays of Bộ luật Lao động, nghỉ bù, and each year's official schedule (hoán đổi
 * and làm bù) from 2019; other years are projected from the statute (status `projected`).
 *
 * - Data statuses used: `decided` and `reported` (proposals only through `createCalendar({ accept })`).
 * - Range 1900-01-01 … 2199-12-31; the O(1) index is built on first use (a few milliseconds).
 * - Plain days of 2019–2026 are `decided`; of 2027 and of years without a schedule, `projected`.
 *
 * @example
 * civilServiceCalendar.isWorkingDay("2025-04-26")          //~> true  (Saturday, làm bù for Fri 02/05)
 * civilServiceCalendar.addWorkingDays("2024-01-29", 10)    //~> "2024-02-19" (08–14/02 Tết off)
 * civilServiceCalendar.countWorkingDays("2025-01-24", "2025-02-03") //~> 1
 * civilServiceCalendar.dayInfo("2026-11-24").status        //~> "reported"
 * @see QĐ 188/1999/QĐ-TTg (40-hour week); Bộ luật Lao động 2019, Điều 111–112; the yearly notices in `thoihan/data`
 * @remarks Since 0.1.0
 */
export const civilServiceCalendar: WorkCalendar = new Calendar(CIVIL_SERVICE_SETTINGS);

/**
 * Creates a calendar extending another (default {@link civilServiceCalendar}): extra days off
 * (kind `closure`), extra working days (`extra_workday`), another weekly rest pattern, no swaps
 * (private employers), other accepted data statuses, nghỉ bù for 24/11, office hours, and the
 * official schedules of years whose notices came after this release (`schedules`).
 *
 * Merging with `base`: `daysOff` and `workingDays` are concatenated (this call's entries win over
 * the base's on the same date; one date in both lists of one call is an error); `name`,
 * `weeklyRest`, `swaps`, `accept`, `cultureDayCompensatory` and `officeHours` replace the base's;
 * each of `schedules` replaces the base's schedule of its year.
 * Nghỉ bù of projected holidays follows the new weekly rest days; the official rows keep the days
 * the notices name. The input is never mutated.
 *
 * @param options - {@link CalendarOptions}.
 * @returns A new immutable {@link WorkCalendar}.
 * @throws {@link InvalidInputError} listing every problem with its path: `unknown_key`,
 *   `invalid_type`, `invalid_date` (e.g. path `["daysOff", 2]`), `invalid_option`, `invalid_office_hours`,
 *   and for `schedules` the problems of each schedule (e.g. `["schedules", 0, "rows", 3, "weekday"]`,
 *   `unknown_reference` for a source key neither shipped nor in its `documents`).
 * @example
 * const whatIf = createCalendar({ daysOff: [{ date: "2026-11-23", name: "Hoán đổi (giả định)" }] })
 * whatIf.isWorkingDay("2026-11-23")                              //=> false
 * const privateEmployer = createCalendar({ name: "private", swaps: false })
 * privateEmployer.isWorkingDay("2025-05-02")                     //~> true  (no hoán đổi)
 * privateEmployer.isWorkingDay("2025-04-26")                     //~> false (no làm bù)
 * createCalendar({ weeklyRest: [7] }).isWorkingDay("2025-03-08") //=> true  (open on Saturdays)
 * createCalendar({ accept: ["decided", "reported", "proposed"] }).isWorkingDay("2026-11-23") //~> false
 * const host = createCalendar({ schedules: [schedule2028] }) // a YearSchedule, its notice in `documents`
 * host.dayInfo("2028-01-28").source                           //~> { doc: "TB …/TB-BNV", date: "2027-…" }
 * @see Bộ luật Lao động 2019, Điều 111 (weekly rest, nghỉ bù), Điều 112 (holidays)
 * @remarks Since 0.1.0
 */
export function createCalendar(options: CalendarOptions): WorkCalendar {
  const settings = resolveSettings(
    options,
    (value) => (typeof value === "object" && value !== null ? registry.get(value) : undefined),
    () => CIVIL_SERVICE_SETTINGS,
  );
  return new Calendar(settings);
}
