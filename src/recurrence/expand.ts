/**
 * Expansion of a date-only RFC 5545 recurrence rule into its days (các ngày của một RRULE).
 *
 * Method (RFC 5545 §3.3.10 "Recurrence Rule", §3.8.5.3 "Recurrence Rule" property): the rule's
 * FREQ and INTERVAL cut time into periods (years, months, weeks starting on WKST, days) counted
 * from the period of DTSTART; in each period the BYxxx parts select days (BYMONTH, BYWEEKNO,
 * BYYEARDAY, BYMONTHDAY and BYDAY, every part given must hold; a negative value counts from the
 * end of the year or month, an ordinal BYDAY such as `2TU` or `-1FR` counts that weekday within
 * the month — or the year of a YEARLY rule without BYMONTH), then BYSETPOS picks positions in the
 * period's sorted set. Days the rule does not name are taken from DTSTART (§3.3.10: "Information,
 * not contained in the rule, necessary to determine the various recurrence instance start time and
 * dates are derived from the Start Time"). DTSTART is the first instance counted by COUNT, and
 * days before it are never instances; UNTIL bounds the set inclusively. Week numbers follow
 * §3.3.10's BYWEEKNO text (ISO 8601 with WKST as the first day of the week: week 1 is the first
 * week with at least four days of the year).
 *
 * All arithmetic is on day numbers: no `Date`, no time zone.
 * @module
 */
import { dayNumberFromYmd, isLeapYear, monthLength, ymdFromDayNumber, type DayNumber } from "../day/dayNumber.js";
import type { ParsedRrule } from "./rrule.js";

/** Weekday of a day number, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
function weekday0(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The first day of the week (starting on `wkst`) that holds `day`. */
function weekStart(day: number, wkst: number): number {
  return day - ((weekday0(day) - wkst + 7) % 7);
}

/** The first day of week 1 of `year`: the week holding 4 January. */
function firstWeekStart(year: number, wkst: number): number {
  return weekStart(dayNumberFromYmd(year, 1, 4), wkst);
}

/** A rule with the days it does not name taken from its start. */
interface Rule {
  readonly freq: ParsedRrule["freq"];
  readonly interval: number;
  readonly wkst: number;
  readonly bymonth?: ReadonlySet<number>;
  readonly bymonthday?: ReadonlySet<number>;
  readonly byyearday?: ReadonlySet<number>;
  readonly byweekno?: ReadonlySet<number>;
  /** Weekdays without an ordinal (0 = Monday). */
  readonly weekdays?: ReadonlySet<number>;
  /** `[weekday, nth]` with `nth ≠ 0`. */
  readonly nthWeekdays?: readonly (readonly [number, number])[];
  readonly bysetpos?: readonly number[];
}

const set = (values: readonly number[]): ReadonlySet<number> => new Set(values);

function withDefaults(parsed: ParsedRrule, start: number): Rule {
  const ymd = ymdFromDayNumber(start);
  let { bymonth, bymonthday } = parsed;
  let byday = parsed.byday;
  const namesDays = parsed.byweekno !== undefined || parsed.byyearday !== undefined || bymonthday !== undefined || byday !== undefined;
  if (!namesDays) {
    if (parsed.freq === "YEARLY") {
      bymonth ??= [ymd.month];
      bymonthday = [ymd.day];
    } else if (parsed.freq === "MONTHLY") bymonthday = [ymd.day];
    else if (parsed.freq === "WEEKLY") byday = [[weekday0(start), 0]];
  }
  const weekdays = byday?.filter(([, nth]) => nth === 0).map(([wd]) => wd);
  const nth = byday?.filter(([, n]) => n !== 0);
  const rule: { -readonly [K in keyof Rule]: Rule[K] } = { freq: parsed.freq, interval: parsed.interval, wkst: parsed.wkst ?? 0 };
  if (bymonth !== undefined) rule.bymonth = set(bymonth);
  if (bymonthday !== undefined) rule.bymonthday = set(bymonthday);
  if (parsed.byyearday !== undefined) rule.byyearday = set(parsed.byyearday);
  if (parsed.byweekno !== undefined) rule.byweekno = set(parsed.byweekno);
  if (weekdays !== undefined && weekdays.length > 0) rule.weekdays = set(weekdays);
  if (nth !== undefined && nth.length > 0) rule.nthWeekdays = nth;
  if (parsed.bysetpos !== undefined) rule.bysetpos = parsed.bysetpos;
  return rule;
}

/** Index of the period holding `day` (years, months, weeks or days since an origin). */
function periodOf(rule: Rule, day: number): number {
  switch (rule.freq) {
    case "YEARLY":
      return ymdFromDayNumber(day).year;
    case "MONTHLY": {
      const { year, month } = ymdFromDayNumber(day);
      return year * 12 + month - 1;
    }
    case "WEEKLY":
      return Math.floor(weekStart(day, rule.wkst) / 7);
    case "DAILY":
      return day;
  }
}

/** First and last day of a period. */
function periodBounds(rule: Rule, period: number): readonly [number, number] {
  switch (rule.freq) {
    case "YEARLY":
      return [dayNumberFromYmd(period, 1, 1), dayNumberFromYmd(period, 12, 31)];
    case "MONTHLY": {
      const year = Math.floor(period / 12);
      const month = period - year * 12 + 1;
      return [dayNumberFromYmd(year, month, 1), dayNumberFromYmd(year, month, monthLength(year, month))];
    }
    case "WEEKLY": {
      // `periodOf` numbers weeks by floor(start / 7); the start is the WKST day of that block.
      const first = weekStart(period * 7 + 6, rule.wkst);
      return [first, first + 6];
    }
    case "DAILY":
      return [period, period];
  }
}

/** Whether `day` (in `year`) lies in one of the weeks BYWEEKNO names, in the week numbering of the year its week belongs to. */
function inWeeks(weeks: ReadonlySet<number>, day: number, wkst: number): boolean {
  const start = weekStart(day, wkst);
  const weekYear = ymdFromDayNumber(start + 3).year;
  const first = firstWeekStart(weekYear, wkst);
  const number = (start - first) / 7 + 1;
  const count = (firstWeekStart(weekYear + 1, wkst) - first) / 7;
  return weeks.has(number) || weeks.has(number - count - 1);
}

/** Whether `day` is one of the ordinal weekdays (`2TU`, `-1FR`) counted within `[first, last]`. */
function isNthWeekday(nth: readonly (readonly [number, number])[], day: number, first: number, last: number): boolean {
  const wd = weekday0(day);
  for (const [w, n] of nth) {
    if (w !== wd) continue;
    if (n > 0 ? Math.floor((day - first) / 7) === n - 1 : Math.floor((last - day) / 7) === -n - 1) return true;
  }
  return false;
}

/** The days of one period that the BYxxx parts select, sorted. */
function selectDays(rule: Rule, first: number, last: number): number[] {
  const out: number[] = [];
  for (let day = first; day <= last; day++) {
    const { year, month, day: dayOfMonth } = ymdFromDayNumber(day);
    if (rule.bymonth !== undefined && !rule.bymonth.has(month)) continue;
    if (rule.byweekno !== undefined && !inWeeks(rule.byweekno, day, rule.wkst)) continue;
    if (rule.byyearday !== undefined) {
      const ofYear = day - dayNumberFromYmd(year, 1, 1) + 1;
      if (!rule.byyearday.has(ofYear) && !rule.byyearday.has(ofYear - (isLeapYear(year) ? 366 : 365) - 1)) continue;
    }
    if (rule.bymonthday !== undefined && !rule.bymonthday.has(dayOfMonth) && !rule.bymonthday.has(dayOfMonth - monthLength(year, month) - 1)) continue;
    if (rule.weekdays !== undefined || rule.nthWeekdays !== undefined) {
      const plain = rule.weekdays?.has(weekday0(day)) === true;
      let ordinal = false;
      if (!plain && rule.nthWeekdays !== undefined) {
        // The ordinal counts within the month, or within the year of a YEARLY rule without BYMONTH.
        const inYear = rule.freq === "YEARLY" && rule.bymonth === undefined;
        const scopeFirst = inYear ? dayNumberFromYmd(year, 1, 1) : dayNumberFromYmd(year, month, 1);
        const scopeLast = inYear ? dayNumberFromYmd(year, 12, 31) : dayNumberFromYmd(year, month, monthLength(year, month));
        ordinal = isNthWeekday(rule.nthWeekdays, day, scopeFirst, scopeLast);
      }
      if (!plain && !ordinal) continue;
    }
    out.push(day);
  }
  if (rule.bysetpos === undefined) return out;
  const picked = new Set<number>();
  for (const pos of rule.bysetpos) {
    const at = out[pos > 0 ? pos - 1 : out.length + pos];
    if (at !== undefined) picked.add(at);
  }
  return [...picked].sort((a, b) => a - b);
}

/**
 * The days `from ≤ d ≤ to` on which a parsed RRULE occurs, sorted and unique. Without DTSTART the
 * rule starts on `from` (the parser only accepts such rules when their days do not depend on it).
 *
 * @param parsed - A rule from `parseRrule`.
 * @param from - First day of the window (a day number in range).
 * @param to - Last day of the window.
 * @returns Day numbers.
 * @example
 * expandRruleDays(parseRrule("FREQ=MONTHLY;BYDAY=-1FR"), d("2024-01-01"), d("2024-03-31"))
 * //=> day numbers of 2024-01-26, 2024-02-23, 2024-03-29
 * @see RFC 5545 §3.3.10, §3.8.5.3
 * @internal
 */
export function expandRruleDays(parsed: ParsedRrule, from: number, to: number): DayNumber[] {
  const start = parsed.dtstart ?? from;
  const lo = Math.max(from, start);
  const hi = Math.min(to, parsed.until ?? to);
  if (hi < lo) return [];
  const rule = withDefaults(parsed, start);
  const origin = periodOf(rule, start);
  let period = origin;
  if (parsed.count === undefined) {
    // Periods before the window's hold no day of it: start at the first period of the cycle that can.
    const skip = Math.ceil((periodOf(rule, lo) - origin) / rule.interval);
    if (skip > 0) period = origin + skip * rule.interval;
  }
  let remaining = parsed.count ?? Number.POSITIVE_INFINITY;
  const out: DayNumber[] = [];
  for (; ; period += rule.interval) {
    const [first, last] = periodBounds(rule, period);
    if (first > hi) return out;
    for (const day of selectDays(rule, first, last)) {
      if (day < start) continue;
      if (day > hi) return out;
      if (day >= lo) out.push(day as DayNumber);
      remaining -= 1;
      if (remaining === 0) return out;
    }
  }
}
