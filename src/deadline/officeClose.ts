/**
 * The close of office hours on a day (giờ kết thúc làm việc), for `endOfDay: "office_close"`.
 * Per-weekday overrides win over seasons, seasons over the default sessions (as the calendar does).
 * @internal
 * @module
 */
import { weekdayOf, ymdFromDayNumber, type DayNumber } from "../day/dayNumber.js";
import type { OfficeHours, OfficeSession } from "../calendar/types.js";

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function inSeason(from: string, to: string, mmdd: string): boolean {
  return from <= to ? from <= mmdd && mmdd <= to : mmdd >= from || mmdd <= to;
}

/** The sessions that apply on a day. @internal */
export function sessionsOn(hours: OfficeHours, day: DayNumber): readonly OfficeSession[] {
  const override = hours.byWeekday?.[weekdayOf(day)];
  if (override !== undefined) return override;
  const { month, day: d } = ymdFromDayNumber(day);
  const mmdd = `${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  for (const season of hours.seasons ?? []) if (inSeason(season.from, season.to, mmdd)) return season.sessions;
  return hours.sessions;
}

/** Milliseconds since local midnight at which the last session of `day` ends, or `undefined` without sessions. @internal */
export function officeCloseMsOfDay(hours: OfficeHours, day: DayNumber): number | undefined {
  let close: number | undefined;
  for (const s of sessionsOn(hours, day)) {
    const end = minutesOf(s.end) * 60_000;
    if (close === undefined || end > close) close = end;
  }
  return close;
}
