/**
 * Windows whose start is not a day of the calendar, or whose end is a whole month: "từ ngày ra
 * thông báo đến hết ngày 31/5/2022", "từ ngày Quyết định này có hiệu lực đến hết ngày 31/12/2025",
 * "từ tháng 4/2022 đến hết ngày 30/6/2022", "từ chiều ngày nay đến hết ngày 19-8-2025", "từ đầu năm
 * học đến ngày 15/10", "từ 22-3 đến tháng 8-2018", "từ 21-9 đến hết tháng 12-2018".
 *
 * What is due by a window is due by its end: the end is read as the phrase it would be alone ("đến
 * hết ngày 31/5/2022" a named day, "đến hết tháng 12-2018" a month's last day), and the start is
 * kept verbatim, with its connector, in `wording.start` (written back before the end). The start
 * of such a window changes no day: an event that opens it ("ngày ra thông báo") needs no date, as
 * the window closes on its named end whenever it opened.
 *
 * A start written as a date is read by the dated windows ({@link dateWindow}) unless the end is a
 * month (or the end of a period), which they do not read; a bare number after "từ" ("từ 8 đến 17
 * giờ", a span of hours or of amounts) is not a start.
 * @internal
 * @module
 */
import { collapseSpaces } from "../normalize.js";
import type { Lexeme } from "../tokenize.js";
import type { Cursor } from "./cursor.js";
import { isTimeAhead } from "./times.js";
import { weekdayValue } from "./windowDays.js";

/** The connectors that open a window ("tính từ", "bắt đầu từ" and "kể từ" as written). */
const WINDOW_START_LEADS: readonly string[] = Object.freeze(["từ", "tính từ", "bắt đầu từ", "kể từ"]);

/** How many lexemes after the connector are searched for "đến"/"tới". */
export const WINDOW_START_REACH = 16;

/** Whether a day of the calendar is written `k` lexemes ahead, after a part of the day or a weekday ("chiều thứ Hai, ngày 5/3", "22-3", "0h00, 1/12"). */
export function datedStartAt(c: Cursor, k: number): boolean {
  let j = k;
  if (c.is("daypart", j)) j++;
  if (c.is("sunday", j)) j++;
  else if (c.is("ordinal", j) && weekdayValue(c, j + 1) !== undefined) j += 2;
  if (c.isSym(",", j)) j++;
  if (c.isUnit("day", j) && c.isNum(j + 1)) return true;
  if (c.isNum(j) && c.isDateSep(j + 1) && c.isNum(j + 2)) return true;
  const at = c.p;
  c.p += j;
  const timed = isTimeAhead(c);
  c.p = at;
  return timed;
}

/** Whether the end after "đến" at `k` is a month or the end of a period ("đến [hết] tháng 8-2018", "đến cuối năm 2025"). */
function periodEndAt(c: Cursor, k: number): boolean {
  if (c.isUnit("month", k + 1) && c.isNum(k + 2)) return true;
  // "đến hết năm 2025", "đến hết quý III/2025"
  if ((c.entry("to", k)?.form.endsWith("hết") ?? false) && ((c.isUnit("year", k + 1) && c.isNum(k + 2)) || (c.isUnit("quarter", k + 1) && (c.isNum(k + 2) || /^(i|ii|iii|iv)$/i.test(c.peek(k + 2)?.text ?? ""))))) return true;
  return c.is("last", k + 1) && (c.isUnit("month", k + 2) || c.isUnit("year", k + 2)) && c.isNum(k + 3);
}

/** Whether the end after "đến" at `k` is a day, an hour of a day, or a period ("đến hết ngày 31/5/2022", "đến 24h00, ngày 22/12"). */
function endAt(c: Cursor, k: number): boolean {
  if (periodEndAt(c, k)) return true;
  if (c.isUnit("day", k + 1) && c.isNum(k + 2)) return true;
  if (c.isNum(k + 1) && c.isDateSep(k + 2) && c.isNum(k + 3)) return true;
  return c.isNum(k + 1) && (c.isUnit("hour", k + 2) || c.isSym(":", k + 2));
}

/**
 * How many lexemes the start of a window takes here (its connector included, "đến" excluded), or
 * 0 when none stands here: a connector of {@link WINDOW_START_LEADS}, words that are not a bare
 * number, and "đến"/"tới" within {@link WINDOW_START_REACH} lexemes before a boundary or a lead
 * word, followed by an end of {@link endAt} (bounded lookahead). A dated start counts only before
 * a month or the end of a period.
 */
export function windowStartAhead(c: Cursor): number {
  const f = c.entry("from");
  if (f === undefined || !WINDOW_START_LEADS.includes(f.canonical)) return 0;
  if (c.atBoundary(1) || c.is("to", 1)) return 0;
  const dated = datedStartAt(c, 1);
  if (!dated && c.isNumberStart(1)) return 0;
  for (let k = 2; k < WINDOW_START_REACH; k++) {
    if (c.is("to", k)) return (dated ? periodEndAt(c, k) : endAt(c, k)) ? k : 0;
    if (c.atBoundary(k) || c.is("lead", k) || c.is("from", k) || c.is("before", k)) return 0;
  }
  return 0;
}

/** Reads the start of {@link windowStartAhead} (`k` lexemes), verbatim with its connector; the cursor is left on "đến". */
export function readWindowStart(c: Cursor, k: number): string {
  const first = c.peek() as Lexeme;
  const last = c.peek(k - 1) as Lexeme;
  c.p += k;
  return collapseSpaces(c.text.slice(first.start, last.end));
}
