/**
 * A length and its first day: "25 ngày, bắt đầu từ ngày 1/4/2019" (a census of 25 days whose first
 * day is 01/04), "03 ngày, bắt đầu từ 08h00 ngày 06 tháng 12 năm 2023 (Thứ Tư)" (a three-day
 * session), and a length restating a window: "nghỉ 04 ngày, từ ngày 30/8/2025 đến hết ngày
 * 02/9/2025", "trong 03 ngày, từ ngày 5/12 đến ngày 7/12/2017".
 *
 * "bắt đầu từ ngày X" says the period begins on X: X is its first day, so N calendar days end on
 * X + N − 1 (unlike "kể từ ngày X", where BLDS Đ.147 leaves the day of the event out and counts from
 * the next). The last day is computed here from the written date (its year required), as a named
 * day that does not roll: the days of an event that takes place on them, not a time limit moved by
 * a day off. Only calendar days are read this way; working days need the calendar and are refused.
 * The length is kept verbatim in `wording.span` and the start in `wording.start`; the end is not
 * written back (the length and start give it).
 *
 * Before a window ("từ … đến …") the length is a gloss of the window, kept in `wording.span`; the
 * window's own end is the limit.
 * @internal
 * @module
 */
import { dayNumberFromYmd, ymdFromDayNumber } from "../../day/dayNumber.js";
import type { DeadlineRule, DurationUnit } from "../../deadline/types.js";
import { collapseSpaces } from "../normalize.js";
import type { Lexeme } from "../tokenize.js";
import { E, join, type Cursor } from "./cursor.js";
import { dateRef } from "./dates.js";
import { isTimeAhead, readTime } from "./times.js";
import { checkWeekday, weekdayGloss, windowDay } from "./windowDays.js";
import { datedStartAt, WINDOW_START_REACH } from "./windowStarts.js";
import { dateWindow } from "./windows.js";

/** The connectors after which a dated start follows the length. */
const SPAN_CONNECTORS: readonly string[] = Object.freeze(["từ", "bắt đầu từ", "tính từ"]);

/**
 * What follows the length here: `"window"` (a connector, a dated start and "đến"/"tới" within reach),
 * `"first_day"` ("bắt đầu từ" and a dated start with no end), or undefined (bounded lookahead).
 */
export function spanAhead(c: Cursor): "window" | "first_day" | undefined {
  const j = c.isSym(",") ? 1 : 0;
  const f = c.entry("from", j);
  if (f === undefined || !SPAN_CONNECTORS.includes(f.canonical) || !datedStartAt(c, j + 1)) return undefined;
  for (let k = j + 2; k < j + WINDOW_START_REACH; k++) {
    if (c.is("to", k)) return "window";
    if (c.atEnd(k) || c.isSym(";", k)) break;
  }
  return f.canonical === "bắt đầu từ" ? "first_day" : undefined;
}

/**
 * Reads the start after the length (the cursor on "," or the connector); `leads` and the length
 * (from `amountAt`, a text index) are kept verbatim in `wording.span`.
 */
export function spanRule(c: Cursor, amount: number, unit: DurationUnit, leads: readonly string[], amountAt: number, form: "window" | "first_day"): DeadlineRule {
  const span = collapseSpaces(`${join(leads)} ${c.text.slice(amountAt, (c.lx[c.p - 1] as Lexeme).end)}`).trim();
  if (c.isSym(",")) c.next();
  if (form === "window") {
    const rule = dateWindow(c);
    c.wording["span"] = span;
    return rule;
  }
  if (unit !== "day") return c.fail([E.unit[0] as string]);
  const startAt = c.p;
  c.next(); // the connector
  const timed = isTimeAhead(c);
  if (timed) readTime(c);
  const weekday = windowDay(c, timed);
  const at = c.index();
  const first = dateRef(c);
  checkWeekday(c, weekday, first);
  weekdayGloss(c, first);
  if (first.year === undefined || first.month === undefined || typeof first.day !== "number") return c.contradiction(at, "span_start_needs_year");
  if (amount < 1) c.contradiction(amountAt, "day_not_exist", { value: amount });
  const end = ymdFromDayNumber(dayNumberFromYmd(first.year, first.month, first.day) + amount - 1);
  c.wording["span"] = span;
  c.wording["start"] = collapseSpaces(c.text.slice((c.lx[startAt] as Lexeme).start, (c.lx[c.p - 1] as Lexeme).end));
  return { kind: "fixed_date", dates: [{ year: end.year, month: end.month, day: end.day }], bound: "by" };
}
