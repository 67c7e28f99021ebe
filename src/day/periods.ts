/**
 * Calendar periods — ngày, tuần (ISO 8601), tháng, quý, 6 tháng, năm: their first and last days and
 * their labels ("2024-07-15", "2024-W05", "2024-07", "2024-Q3", "2024-H1", "2024"). The one module
 * that computes them; the deadline context, the engine's occurrence keys, the summary's windows and
 * the traces of `computeDeadline` all read periods from here.
 */
import { dayNumberFromYmd, fromDayNumber, weekdayOf, ymdFromDayNumber, type DayNumber } from "./dayNumber.js";

/** Periods made of whole months. */
export type MonthPeriodUnit = "month" | "quarter" | "half_year" | "year";

/** Every period unit: whole months, ISO weeks and single days. */
export type PeriodUnit = "day" | "week" | MonthPeriodUnit;

/** How many months each period of whole months spans. */
export const MONTHS_IN: Readonly<Record<MonthPeriodUnit, number>> = { month: 1, quarter: 3, half_year: 6, year: 12 };

/** A period of whole months: its unit, year and index, its first and last days, its label. */
export interface MonthPeriod {
  readonly unit: MonthPeriodUnit;
  readonly year: number;
  /** Month 1–12, quarter 1–4 or half 1–2 (absent for a year). */
  readonly index?: number;
  readonly first: DayNumber;
  readonly last: DayNumber;
  /** "2024-07", "2024-Q3", "2024-H1" or "2024". */
  readonly label: string;
}

/** The first and last days of a period and its label. */
export interface PeriodSpan {
  readonly first: DayNumber;
  readonly last: DayNumber;
  readonly label: string;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** The days of `months` months from month `firstMonth` of `year` (the span may end in the next year). */
export function monthSpan(year: number, firstMonth: number, months: number): { first: DayNumber; last: DayNumber } {
  const first = dayNumberFromYmd(year, firstMonth, 1);
  const endMonth = firstMonth + months; // exclusive
  const end = endMonth > 12 ? dayNumberFromYmd(year + 1, endMonth - 12, 1) : dayNumberFromYmd(year, endMonth, 1);
  return { first, last: (end - 1) as DayNumber };
}

/**
 * The label of a period of whole months: `periodLabel("quarter", 2024, 3)` is "2024-Q3",
 * `periodLabel("month", 2024, 7)` "2024-07", `periodLabel("year", 2024)` "2024".
 */
export function periodLabel(unit: MonthPeriodUnit, year: number, index = 1): string {
  const y = pad(year, 4);
  switch (unit) {
    case "month":
      return `${y}-${pad(index, 2)}`;
    case "quarter":
      return `${y}-Q${index}`;
    case "half_year":
      return `${y}-H${index}`;
    case "year":
      return y;
  }
}

/** The index within its year of the period of `unit` that holds `month` (1–12): quarter 1–4, half 1–2, month itself, 1 for a year. */
export function periodIndexOfMonth(unit: MonthPeriodUnit, month: number): number {
  return Math.floor((month - 1) / MONTHS_IN[unit]) + 1;
}

/** The period of whole months from its unit, year and index (1 when absent). */
export function periodOf(unit: MonthPeriodUnit, year: number, index?: number): MonthPeriod {
  if (unit === "year") return { unit, year, ...monthSpan(year, 1, 12), label: periodLabel(unit, year) };
  const i = index ?? 1;
  return { unit, year, index: i, ...monthSpan(year, (i - 1) * MONTHS_IN[unit] + 1, MONTHS_IN[unit]), label: periodLabel(unit, year, i) };
}

/** The ISO 8601 week label of a day: the week holds its Thursday ("2025-W01" starts on 30/12/2024). */
export function isoWeekLabel(day: number): string {
  const thursday = day + (4 - weekdayOf(day));
  const { year } = ymdFromDayNumber(thursday);
  const week = Math.floor((thursday - dayNumberFromYmd(year, 1, 1)) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** The period of `unit` that holds `day`: a day is its own period, a week runs Monday to Sunday. */
export function periodContaining(unit: PeriodUnit, day: number): PeriodSpan {
  switch (unit) {
    case "day":
      return { first: day as DayNumber, last: day as DayNumber, label: fromDayNumber(day as DayNumber) };
    case "week": {
      const first = day - (weekdayOf(day) - 1);
      return { first: first as DayNumber, last: (first + 6) as DayNumber, label: isoWeekLabel(day) };
    }
    case "month":
    case "quarter":
    case "half_year":
    case "year": {
      const { year, month } = ymdFromDayNumber(day);
      const p = periodOf(unit, year, periodIndexOfMonth(unit, month));
      return { first: p.first, last: p.last, label: p.label };
    }
  }
}
