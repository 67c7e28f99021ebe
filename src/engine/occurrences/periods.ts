/** Periods of the calendar around a day (day, ISO week, month, quarter, half year, year): their bounds and labels. */
import { dayNumberFromYmd, weekdayOf, ymdFromDayNumber } from "../../day/dayNumber.js";
import type { QuotaPeriod } from "../../schema/plan.js";
import { iso } from "../compile.js";

export function isoWeekLabel(day: number): string {
  const thursday = day + (4 - weekdayOf(day));
  const { year } = ymdFromDayNumber(thursday);
  const week = Math.floor((thursday - dayNumberFromYmd(year, 1, 1)) / 7) + 1;
  return `${String(year).padStart(4, "0")}-W${String(week).padStart(2, "0")}`;
}

/** The period of a unit containing a day: [first, last, label]. */
export function periodAround(per: QuotaPeriod | "half_year", day: number): [number, number, string] {
  const { year, month } = ymdFromDayNumber(day);
  const y = String(year).padStart(4, "0");
  const monthSpan = (m0: number, n: number): [number, number] => {
    const first = dayNumberFromYmd(year, m0, 1);
    const end = m0 + n > 12 ? dayNumberFromYmd(year + 1, m0 + n - 12, 1) : dayNumberFromYmd(year, m0 + n, 1);
    return [first, end - 1];
  };
  switch (per) {
    case "day":
    case "working_day":
      return [day, day, iso(day)];
    case "week": {
      const first = day - (weekdayOf(day) - 1);
      return [first, first + 6, isoWeekLabel(day)];
    }
    case "month":
      return [...monthSpan(month, 1), `${y}-${String(month).padStart(2, "0")}`];
    case "quarter": {
      const q = Math.floor((month - 1) / 3) + 1;
      return [...monthSpan((q - 1) * 3 + 1, 3), `${y}-Q${q}`];
    }
    case "half_year": {
      const h = month <= 6 ? 1 : 2;
      return [...monthSpan((h - 1) * 6 + 1, 6), `${y}-H${h}`];
    }
    case "year":
      return [...monthSpan(1, 12), y];
  }
}
