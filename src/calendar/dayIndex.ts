/**
 * The working-day index of a calendar (chỉ mục ngày làm việc): one pass over 1900–2199 builds
 * the kind, status and working flag of every day, a prefix sum of working days and its inverse,
 * so that adding and counting working days are O(1) array reads.
 *
 * Layers, later ones winning on the same day:
 * 1. the weekly rest days (`weeklyRest`; QĐ 188/1999/QĐ-TTg: Saturday and Sunday);
 * 2. the rows of the official yearly schedules whose status the calendar accepts (swaps only when `swaps`):
 *    the shipped ones, each year replaced by a host's schedule of that year (`createCalendar({ schedules })`);
 * 3. the statutory holidays a year's schedule does not decide, projected (status `projected`), and the
 *    nghỉ bù of those that fall on a weekly rest day: the next working day, in date order, so successive
 *    holidays on rest days push their nghỉ bù further (never two on one day);
 * 4. the owner's `daysOff` (kind `closure`) and `workingDays` (kind `extra_workday`).
 *
 * Status of a plain day: the `plainDays` of its year's schedule (`decided` for 2019–2026,
 * `projected` for 2027), `projected` for a year without a schedule.
 *
 * @internal
 * @module
 */
import { MAX_DAY, MIN_DAY, dayNumberFromYmd, fromDayNumber, weekdayOf, type DayNumber } from "../day/dayNumber.js";
import { CalendarRangeError, InvalidInputError, issue } from "../errors.js";
import { statutory, type HolidayId } from "../data/index.js";
import { FIRST_YEAR, LAST_YEAR, projectedHolidays, ruleInForceAt, type ProjectedHoliday } from "./projection.js";
import type { CalendarSettings } from "./options.js";
import { sourceRef, type ResolvedSchedule } from "./schedules.js";
import type { DataStatus, DayIndex, DayInfo, DayKind, SourceRef } from "./types.js";

/** Number of days in the supported range. @internal */
export const RANGE_LENGTH = MAX_DAY - MIN_DAY + 1;

const KINDS: readonly DayKind[] = ["weekday", "weekend", "holiday", "compensatory_off", "swapped_off", "makeup_workday", "closure", "extra_workday"];
const STATUSES: readonly DataStatus[] = ["decided", "reported", "proposed", "projected"];
const STATUS_CODE: Readonly<Record<DataStatus, number>> = { decided: 0, reported: 1, proposed: 2, projected: 3 };

interface Entry {
  readonly kind: DayKind;
  readonly working: boolean;
  readonly status: DataStatus;
  readonly name?: string;
  readonly source?: SourceRef;
}

function compensatoryRuleAt(day: number): (typeof statutory.compensatory)[number] | undefined {
  return ruleInForceAt(statutory.compensatory, day);
}

function projectedSource(p: ProjectedHoliday): SourceRef {
  return sourceRef(p.rule.source.key, p.rule.source.article);
}

/** The sorted, frozen special days and fast arrays of one calendar. @internal */
export class BuiltIndex implements DayIndex {
  /** 1 when the day (offset from MIN_DAY) is worked. */
  readonly #working: Uint8Array;
  readonly #kinds: Uint8Array;
  readonly #statuses: Uint8Array;
  /** cum[i] = working days among the first i days of the range. */
  readonly #cum: Int32Array;
  /** Working days in order (the inverse of `cum`). */
  readonly #workDays: Int32Array;
  /** nextUndecided[i] = the first offset ≥ i whose status is not decided (RANGE_LENGTH when none). */
  readonly #nextUndecided: Int32Array;
  /** Special days sorted, and their infos. */
  readonly #specialDayNumbers: Int32Array;
  readonly #specialInfos: readonly DayInfo[];

  constructor(settings: CalendarSettings) {
    const n = RANGE_LENGTH;
    const working = new Uint8Array(n);
    const kinds = new Uint8Array(n);
    const statuses = new Uint8Array(n);
    const rest = new Uint8Array(8);
    for (const w of settings.weeklyRest) rest[w] = 1;

    // 1. Plain days: weekly rest and the status of the year.
    const byYear = new Map<number, ResolvedSchedule>();
    for (const s of settings.schedules) byYear.set(s.year, s);
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const from = dayNumberFromYmd(year, 1, 1) - MIN_DAY;
      const to = dayNumberFromYmd(year + 1, 1, 1) - MIN_DAY;
      const status = STATUS_CODE[byYear.get(year)?.plainDays ?? "projected"];
      statuses.fill(status, from, to);
    }
    // One week of the pattern, then doubled natively (no per-day loop).
    for (let k = 0, w = weekdayOf(MIN_DAY); k < 7; k++, w = w === 7 ? 1 : ((w + 1) as typeof w)) {
      working[k] = rest[w] === 1 ? 0 : 1;
      kinds[k] = rest[w] === 1 ? 1 : 0;
    }
    for (let len = 7; len < n; len *= 2) {
      working.copyWithin(len, 0, Math.min(len, n - len));
      kinds.copyWithin(len, 0, Math.min(len, n - len));
    }

    // 2. Official rows.
    const entries = new Map<number, Entry>();
    const accept = new Set(settings.accept);
    const decidedGroups = new Map<number, Set<HolidayId>>();
    // Days on which a row the calendar does not accept (a proposal, say) would change something:
    // the day stays as it is, but its status says the answer is not settled.
    const pending = new Map<number, DataStatus>();
    for (const schedule of settings.schedules) {
      const groups = new Set<HolidayId>();
      for (const row of schedule.rows) {
        if (!settings.swaps && (row.kind === "swapped_off" || row.kind === "makeup_workday")) continue;
        const day = row.day;
        if (!accept.has(row.status)) {
          pending.set(day, row.status);
          continue;
        }
        if (row.kind === "holiday" && schedule.decides.includes(row.holiday)) groups.add(row.holiday);
        entries.set(day, { kind: row.kind, working: row.kind === "makeup_workday", status: row.status, name: row.name, source: row.source });
      }
      decidedGroups.set(schedule.year, groups);
    }

    // 3. Projected holidays and their nghỉ bù.
    const isWorkingNow = (day: number): boolean => {
      const e = entries.get(day);
      return e !== undefined ? e.working : working[day - MIN_DAY] === 1;
    };
    const projected = projectedHolidays();
    const earning: ProjectedHoliday[] = [];
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const decided = decidedGroups.get(year);
      for (const p of projected[year - FIRST_YEAR] ?? []) {
        if (decided?.has(p.holiday) === true || entries.has(p.day)) continue;
        // A rule that is itself only reported (24/11 "Ngày Văn hóa Việt Nam") is projected only when that status is accepted.
        if (p.rule.status !== "decided" && !accept.has(p.rule.status)) {
          pending.set(p.day, p.rule.status);
          continue;
        }
        entries.set(p.day, { kind: "holiday", working: false, status: "projected", name: p.name, source: projectedSource(p) });
        const compensatory = p.rule.compensatory || (p.holiday === "culture_day" && settings.cultureDayCompensatory);
        if (compensatory && rest[weekdayOf(p.day)] === 1) earning.push(p);
      }
    }
    for (const p of earning) {
      let d = p.day + 1;
      while (d <= MAX_DAY && !isWorkingNow(d)) d++;
      if (d > MAX_DAY) continue;
      const rule = compensatoryRuleAt(p.day);
      const ref = rule !== undefined ? sourceRef(rule.source.key, rule.source.article) : projectedSource(p);
      entries.set(d, { kind: "compensatory_off", working: false, status: "projected", name: `Nghỉ bù ${p.name}`, source: ref });
    }

    // 4. The owner's overrides, layer by layer.
    for (const layer of settings.layers) {
      for (const o of layer.daysOff) {
        const e: { kind: DayKind; working: boolean; status: DataStatus; name?: string; source?: SourceRef } = { kind: "closure", working: false, status: o.status };
        if (o.name !== undefined) e.name = o.name;
        if (o.source !== undefined) e.source = o.source;
        entries.set(o.day, e);
      }
      for (const o of layer.workingDays) {
        const e: { kind: DayKind; working: boolean; status: DataStatus; name?: string; source?: SourceRef } = { kind: "extra_workday", working: true, status: o.status };
        if (o.name !== undefined) e.name = o.name;
        if (o.source !== undefined) e.source = o.source;
        entries.set(o.day, e);
      }
    }

    // 5. Arrays and special-day infos.
    const specialDays = [...entries.keys()].filter((d) => d >= MIN_DAY && d <= MAX_DAY).sort((a, b) => a - b);
    const infos: DayInfo[] = [];
    for (const day of specialDays) {
      const e = entries.get(day) as Entry;
      const i = day - MIN_DAY;
      working[i] = e.working ? 1 : 0;
      kinds[i] = KINDS.indexOf(e.kind);
      statuses[i] = STATUS_CODE[e.status];
      const info: { -readonly [K in keyof DayInfo]: DayInfo[K] } = { date: fromDayNumber(day as DayNumber), weekday: weekdayOf(day), working: e.working, kind: e.kind, status: e.status };
      if (e.name !== undefined) info.name = e.name;
      if (e.source !== undefined) info.source = e.source;
      infos.push(Object.freeze(info));
    }
    for (const [day, status] of pending) {
      if (!entries.has(day) && day >= MIN_DAY && day <= MAX_DAY) statuses[day - MIN_DAY] = STATUS_CODE[status];
    }
    const cum = new Int32Array(n + 1);
    const all = new Int32Array(n);
    let count = 0;
    for (let i = 0; i < n; i++) {
      cum[i] = count;
      if (working[i] === 1) all[count++] = i + MIN_DAY;
    }
    cum[n] = count;
    const workDays = all.subarray(0, count);
    const nextUndecided = new Int32Array(n + 1);
    let next = n;
    nextUndecided[n] = n;
    for (let i = n - 1; i >= 0; i--) {
      if (statuses[i] !== 0) next = i;
      nextUndecided[i] = next;
    }

    this.#working = working;
    this.#kinds = kinds;
    this.#statuses = statuses;
    this.#cum = cum;
    this.#workDays = workDays;
    this.#nextUndecided = nextUndecided;
    this.#specialDayNumbers = Int32Array.from(specialDays);
    this.#specialInfos = Object.freeze(infos);
    // shared by every user of a calendar (civilServiceCalendar is one per process): nothing here may change
    Object.freeze(this);
  }

  // The hot methods check only `typeof` up front (arithmetic on a Symbol or a prototype-less object
  // would throw TypeError); a fractional or NaN day reads `undefined` from the arrays and is
  // rejected on that slow path.
  isWorking(day: DayNumber): boolean {
    if (typeof day !== "number") throw badDay(day, "day");
    const w = this.#working[day - MIN_DAY];
    if (w === undefined && !Number.isSafeInteger(day)) throw badDay(day, "day");
    return w === 1;
  }

  add(day: DayNumber, amount: number): DayNumber {
    if (typeof day !== "number" || typeof amount !== "number") throw typeof day !== "number" ? badDay(day, "day") : badDay(amount, "amount");
    const i = day - MIN_DAY;
    let k: number;
    if (amount > 0) k = (this.#cum[i + 1] as number) + amount - 1;
    else if (amount < 0) k = (this.#cum[i] as number) + amount;
    else {
      if (this.#working[i] === 1) return day;
      k = this.#cum[i + 1] as number;
    }
    const result = this.#workDays[k];
    if (result === undefined) {
      if (!Number.isSafeInteger(day)) throw badDay(day, "day");
      if (!Number.isSafeInteger(amount)) throw badDay(amount, "amount");
      throw rangeError(day, amount);
    }
    return result as DayNumber;
  }

  count(from: DayNumber, to: DayNumber): number {
    if (!Number.isSafeInteger(from)) throw badDay(from, "from");
    if (!Number.isSafeInteger(to)) throw badDay(to, "to");
    return (this.#cum[to - MIN_DAY + 1] as number) - (this.#cum[from - MIN_DAY + 1] as number);
  }

  next(day: DayNumber): DayNumber {
    return this.add(day, 1);
  }

  previous(day: DayNumber): DayNumber {
    return this.add(day, -1);
  }

  info(day: DayNumber): DayInfo {
    if (!Number.isSafeInteger(day)) throw badDay(day, "day");
    const i = day - MIN_DAY;
    const kind = this.#kinds[i] as number;
    if (kind > 1) {
      const k = this.#specialIndex(day);
      const found = this.#specialInfos[k];
      if (found !== undefined && this.#specialDayNumbers[k] === day) return found;
    }
    return Object.freeze({
      date: fromDayNumber(day),
      weekday: weekdayOf(day),
      working: this.#working[i] === 1,
      kind: KINDS[kind] as DayKind,
      status: STATUSES[this.#statuses[i] as number] as DataStatus,
    });
  }

  /** Index of the first special day ≥ `day`. */
  #specialIndex(day: number): number {
    const list = this.#specialDayNumbers;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid] as number) < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  specialBetween(from: DayNumber, to: DayNumber): readonly DayInfo[] {
    if (!Number.isSafeInteger(from)) throw badDay(from, "from");
    if (!Number.isSafeInteger(to)) throw badDay(to, "to");
    if (to < from) return Object.freeze([]);
    return Object.freeze(this.#specialInfos.slice(this.#specialIndex(from), this.#specialIndex(to + 1)));
  }

  firstUndecided(from: DayNumber, to: DayNumber): DayNumber | undefined {
    if (!Number.isSafeInteger(from)) throw badDay(from, "from");
    if (!Number.isSafeInteger(to)) throw badDay(to, "to");
    if (to < from) return undefined;
    const i = this.#nextUndecided[from - MIN_DAY] as number;
    return i <= to - MIN_DAY ? ((i + MIN_DAY) as DayNumber) : undefined;
  }

  /** Every day with `from ≤ d ≤ to` whose status is not decided. */
  undecidedBetween(from: DayNumber, to: DayNumber): readonly DayInfo[] {
    const out: DayInfo[] = [];
    if (to >= from) {
      const last = to - MIN_DAY;
      for (let i = this.#nextUndecided[from - MIN_DAY] as number; i <= last; i = this.#nextUndecided[i + 1] as number) {
        out.push(this.info((i + MIN_DAY) as DayNumber));
      }
    }
    return Object.freeze(out);
  }

  statusOf(day: DayNumber): DataStatus {
    return STATUSES[this.#statuses[day - MIN_DAY] as number] as DataStatus;
  }
}

/**
 * The error for an argument of the day-number fast path that is not an integer (the range is not
 * checked there: an index outside it reads as a day off, or throws CalendarRangeError on results).
 */
function badDay(value: unknown, name: string): InvalidInputError {
  return new InvalidInputError([issue(typeof value === "number" ? "invalid_amount" : "invalid_type", { expected: "DayNumber (integer)", received: typeof value, value: typeof value === "number" ? value : undefined }, [name])]);
}

/** The error for a working-day result outside 1900-01-01 … 2199-12-31. @internal */
export function rangeError(day: number, amount: number): CalendarRangeError {
  const start = fromDayNumber(day as DayNumber);
  const value = amount === 0 ? start : `${start} ${amount > 0 ? "+" : "-"} ${Math.abs(amount)}`;
  return new CalendarRangeError([issue("date_out_of_range", { value, date: start, amount, min: fromDayNumber(MIN_DAY), max: fromDayNumber(MAX_DAY) }, ["amount"])]);
}
