/**
 * Nominal dates of recurring deadlines (ngày định kỳ): the day a recurring rule names in each
 * period, before the bound ("trước", "chậm nhất", "trong") and the roll are applied.
 * @module
 */
import { daysInMonth, dayNumberFromYmd, weekdayOf, ymdFromDayNumber, type DayNumber } from "../day/dayNumber.js";

/** How often a recurring deadline falls due. @internal */
export type RecurrenceFrequency = "daily" | "weekly" | "monthly" | "quarterly" | "half_yearly" | "yearly";

/**
 * What the nominal dates of a recurring deadline depend on: its frequency, the month within the
 * period, the day of the month (or `"last"`), the ISO weekday (1 = Monday) of a weekly rule, and
 * whether the whole period is meant (`within`). The deadline layer's recurring rule has this shape.
 * @internal
 */
export interface RecurrencePattern {
  readonly frequency: RecurrenceFrequency;
  readonly month?: number;
  readonly day?: number | "last";
  readonly weekday?: number;
  readonly bound: string;
}

/** One nominal date of a recurring rule. @internal */
export interface NominalDate {
  readonly day: DayNumber;
  /** The named day does not exist in that month and the month's last day was taken (BLDS Đ.148.3 reading). */
  readonly clamped?: { readonly requested: number; readonly month: number; readonly year: number };
  /** `bound: "within"`: the day is the end of the month or period named. */
  readonly periodEnd?: true;
}

const PERIOD_MONTHS: Readonly<Record<RecurrenceFrequency, number>> = {
  daily: 0,
  weekly: 0,
  monthly: 1,
  quarterly: 3,
  half_yearly: 6,
  yearly: 12,
};

/**
 * The nominal dates `from ≤ d ≤ to` of a recurring rule, sorted:
 *
 * - daily → every day;
 * - weekly → every `weekday` (Sunday, the end of the ISO week, for `within`);
 * - monthly → `day` of every month (`"last"` or `within` → the last day; 31 in a 30-day month → the 30th, marked `clamped`);
 * - quarterly / half_yearly / yearly → `day` of the `month`-th month of each period (month 3 of a quarter = its last
 *   month); `within` without `month` → the period's last day.
 *
 * @param rule - A validated recurring rule.
 * @param from - First day of the window.
 * @param to - Last day of the window.
 * @returns Nominal dates in the window.
 * @example
 * recurringNominalDates({ kind: "recurring", frequency: "quarterly", month: 3, day: 20, bound: "before" }, d("2024-01-01"), d("2024-12-31"))
 * //=> 2024-03-20, 2024-06-20, 2024-09-20, 2024-12-20 (as day numbers)
 * @internal
 */
export function recurringNominalDates(rule: RecurrencePattern, from: number, to: number): NominalDate[] {
  const out: NominalDate[] = [];
  if (to < from) return out;
  if (rule.frequency === "daily") {
    for (let d = from; d <= to; d++) out.push({ day: d as DayNumber });
    return out;
  }
  if (rule.frequency === "weekly") {
    const target = rule.bound === "within" || rule.weekday === undefined ? 7 : rule.weekday;
    let d = from + ((target - weekdayOf(from) + 7) % 7);
    for (; d <= to; d += 7) out.push({ day: d as DayNumber });
    return out;
  }
  const span = PERIOD_MONTHS[rule.frequency];
  const first = ymdFromDayNumber(from);
  const last = ymdFromDayNumber(to);
  // Walk the periods that can hold a date in the window.
  const startIndex = first.year * 12 + (first.month - 1) - ((first.year * 12 + first.month - 1) % span);
  const endIndex = last.year * 12 + (last.month - 1);
  for (let p = startIndex; p <= endIndex; p += span) {
    const monthIndex = rule.bound === "within" && rule.month === undefined ? p + span - 1 : p + (rule.month ?? 1) - 1;
    const year = Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    const dim = daysInMonth(year, month);
    let dayOfMonth: number;
    let clamped: NominalDate["clamped"];
    if (rule.bound === "within" || rule.day === "last" || rule.day === undefined) dayOfMonth = dim;
    else if (rule.day > dim) {
      dayOfMonth = dim;
      clamped = { requested: rule.day, month, year };
    } else dayOfMonth = rule.day;
    const day = dayNumberFromYmd(year, month, dayOfMonth);
    if (day < from || day > to) continue;
    out.push(clamped !== undefined ? { day, clamped } : rule.bound === "within" ? { day, periodEnd: true } : { day });
  }
  return out;
}
