/**
 * The words around a day of a window as agencies write them: the part of the day ("từ chiều ngày
 * 24/4/2018"), the weekday ("từ thứ Hai ngày 13/11/2017", "đến hết Chủ nhật, ngày 22/02/2026"),
 * and the lunar date in brackets ("(tức ngày 27 tháng Chạp năm Ất Tỵ)"). Each is checked against
 * the date when the date has a year (the weekday by the day number, the lunar day and month by
 * the lunar calendar of this library) and then not kept: the window's last day is what counts.
 * @internal
 * @module
 */
import { toDayNumber } from "../../day/dayNumber.js";
import { dayNumberToLunar } from "../../lunar/index.js";
import type { Cursor } from "./cursor.js";
import type { DateRef } from "./dates.js";

/** A weekday as read: 1 = Chủ nhật, 2 = thứ Hai … 7 = thứ Bảy; with where it was written. */
export interface WeekdayRead {
  readonly value: number;
  readonly at: number;
}

/** Whether a window day starts here: "ngày", a part of the day, a weekday or a numeric date. */
export function windowDayAhead(c: Cursor, k: number): boolean {
  if (c.isUnit("day", k) || c.is("daypart", k) || c.is("sunday", k)) return true;
  if (c.is("ordinal", k) && weekdayValue(c, k + 1) !== undefined) return true;
  return c.isNum(k) && (c.isDateSep(k + 1)) && c.isNum(k + 2);
}

/** How many words of what ends may stand between "kết thúc" and "vào" ("kết thúc nhận bài vào ngày 15/2/2021"). */
const END_WORDS_REACH = 4;

/**
 * The end of a window written with "kết thúc" or "hoàn thành" and "vào" in place of "đến": "bắt đầu từ ngày 6-5 và
 * kết thúc vào ngày 29-5", "từ ngày 1/12, kết thúc nhận bài vào ngày 15/2/2021", "bắt đầu từ ngày 06 tháng 5 năm
 * 2025 và hoàn thành vào ngày 05 tháng 6 năm 2025", "và kết thúc chậm nhất vào 20-4-2009". How many lexemes at `k` come
 * before the end's day, or 0.
 * Nothing consumed.
 */
export function endWordsAt(c: Cursor, k: number): number {
  let i = k;
  if (c.is("and", i) || c.isSym(",", i)) i++;
  if (c.is("end", i)) i++;
  else if (c.entry("verb", i)?.canonical === "hoàn thành") i++;
  else return 0;
  for (let n = 0; n <= END_WORDS_REACH; n++, i++) {
    if (c.is("at", i) && windowDayAhead(c, i + 1)) return i + 1 - k;
    // "và kết thúc chậm nhất vào ngày 25/04/2019": the lead of a limit before "vào"
    if (c.entry("lead", i)?.canonical === "chậm nhất" && c.is("at", i + 1) && windowDayAhead(c, i + 2)) return i + 2 - k;
    const l = c.peek(i);
    if (l === undefined || l.type !== "word" || l.entries.length > 0) return 0;
  }
  return 0;
}

/**
 * "thứ N [,] ngày D…" or "Chủ nhật [,] ngày D…" at `k` (a weekday before a dated day, as after an
 * hour: "17h00 thứ Sáu, ngày 20/5/2022"): whether it is there (bounded lookahead).
 */
export function weekdayBeforeDateAt(c: Cursor, k: number): boolean {
  let j: number;
  if (c.is("sunday", k)) j = k + 1;
  else if (c.is("ordinal", k) && weekdayValue(c, k + 1) !== undefined) j = k + 2;
  else return false;
  if (c.isSym(",", j)) j++;
  return c.isUnit("day", j) && c.isNum(j + 1);
}

/** The weekday number of "thứ <N>" at `k` (N from 2 to 7), or undefined. */
export function weekdayValue(c: Cursor, k: number): number | undefined {
  // "thứ Tư": "tư" is 4 only after tens elsewhere ("hai mươi tư"), and the weekday Wednesday here
  const tu = c.hasRole("unit_only", k);
  const word = c.hasRole("digit", k)?.value ?? (tu?.value === 4 ? 4 : undefined);
  const value = typeof word === "number" ? word : c.isNum(k) ? (c.peek(k) as { value: number }).value : undefined;
  return value !== undefined && value >= 2 && value <= 7 ? value : undefined;
}

/**
 * "[sáng|chiều] [thứ N | Chủ nhật] [,] [ngày]" before a date: consumed; the weekday returned to
 * be checked once the date is read. `needDay` when "ngày" must be written (after an hour).
 */
export function windowDay(c: Cursor, needDay: boolean): WeekdayRead | undefined {
  if (c.is("daypart")) c.next();
  let weekday: WeekdayRead | undefined;
  if (c.is("sunday")) {
    weekday = { value: 1, at: c.index() };
    c.next();
  } else if (c.is("ordinal") && weekdayValue(c, 1) !== undefined) {
    weekday = { value: weekdayValue(c, 1) as number, at: c.index() };
    c.next();
    c.next();
  }
  if (weekday !== undefined && c.isSym(",")) c.next();
  if (c.isUnit("day")) c.next();
  else if (needDay || weekday !== undefined) {
    // "thứ Hai 13/11/2017" is read too; after an hour "ngày" is required, or a comma before a numeric date ("0h00, 1/12/2018")
    const afterComma = c.p > 0 && c.lx[c.p - 1]?.type === "punct" && (c.lx[c.p - 1] as { sym?: string }).sym === ",";
    if ((needDay && !(afterComma && c.isNum() && c.isDateSep(1))) || !c.isNum()) c.fail(["ngày"]);
  }
  return weekday;
}

/** The day number of a date read with a year, day and month, or undefined. */
function dayNumberOf(date: DateRef): number | undefined {
  if (date.year === undefined || date.month === undefined || typeof date.day !== "number") return undefined;
  const iso = `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
  return toDayNumber(iso as Parameters<typeof toDayNumber>[0]);
}

/** Checks a weekday written before a date: "thứ Hai ngày 13/11/2017" must be a Monday. */
export function checkWeekday(c: Cursor, weekday: WeekdayRead | undefined, date: DateRef): void {
  if (weekday === undefined) return;
  const n = dayNumberOf(date);
  if (n === undefined) return;
  // day 0 (1970-01-01) was a Thursday (thứ Năm)
  const actual = (((n + 4) % 7) + 7) % 7 + 1;
  if (actual !== weekday.value) c.contradiction(weekday.at, "written_weekday_mismatch", { written: weekday.value, actual });
}

/**
 * "(thứ Bảy)", "(Chủ nhật)" after a date of a window: the weekday of that day, checked against it
 * when the date has a year, then not kept. Nothing is consumed unless the bracket holds a weekday alone.
 */
export function weekdayGloss(c: Cursor, date: DateRef): void {
  if (!c.isSym("(")) return;
  let k = 1;
  let value: number;
  if (c.is("sunday", k)) {
    value = 1;
    k++;
  } else if (c.is("ordinal", k) && weekdayValue(c, k + 1) !== undefined) {
    value = weekdayValue(c, k + 1) as number;
    k += 2;
  } else return;
  if (!c.isSym(")", k)) return;
  const at = c.peek(1)?.start ?? c.index();
  c.p += k + 1;
  checkWeekday(c, { value, at }, date);
}

/** Lunar month names written in words ("tháng Giêng", "tháng Chạp"). */
const LUNAR_MONTH_WORDS: Readonly<Record<string, number>> = { giêng: 1, chạp: 12 };

/**
 * "(tức [ngày] [mùng] D tháng M|Giêng|Chạp[,] [năm …])" after a date: the same day in the lunar
 * calendar. With the date's year known, D and M are checked against {@link dayNumberToLunar};
 * the year's name (can chi) is a gloss and is not read. Without "tức" nothing is consumed.
 */
export function lunarGloss(c: Cursor, date: DateRef): void {
  if (!c.isSym("(")) return;
  const first = c.peek(1);
  if (first === undefined || c.text.slice(first.start, first.end).toLowerCase() !== "tức") return;
  const at = c.index();
  c.next();
  const text = c.parenText().normalize("NFC").toLowerCase();
  // words, without commas: "tức" ["ngày"] D "tháng" M … ("tức ngày 27 tháng Chạp", "tức 27 tháng Chạp, năm Ất Tỵ")
  let words = text
    .split(" ")
    .map((w) => w.replace(/,$/, ""))
    .filter((w) => w !== "" && w !== "mùng" && w !== "mồng");
  // "(tức từ ngày 29 tháng Chạp … đến hết ngày mùng 5 tháng Giêng …)" after the end of a window: the
  // whole window in the lunar calendar; its end is the day checked
  if (words[1] === "từ") {
    const to = words.findIndex((w, i) => i > 1 && (w === "đến" || w === "tới"));
    if (to < 0) c.contradiction(at, "lunar_gloss_unreadable", { text });
    words = ["tức", ...words.slice(to + 1).filter((w, i) => !(i === 0 && w === "hết"))];
  }
  const d = words[1] === "ngày" ? 2 : 1;
  if (words[d + 1] !== "tháng") c.contradiction(at, "lunar_gloss_unreadable", { text });
  const day = Number(words[d]);
  const monthWord = words[d + 2] ?? "";
  const month = LUNAR_MONTH_WORDS[monthWord] ?? Number(monthWord);
  if (!Number.isInteger(day) || !Number.isInteger(month) || day < 1 || day > 30 || month < 1 || month > 12) {
    c.contradiction(at, "lunar_gloss_unreadable", { text });
  }
  const n = dayNumberOf(date);
  if (n === undefined) return;
  const lunar = dayNumberToLunar(n as Parameters<typeof dayNumberToLunar>[0]);
  if (lunar.day !== day || lunar.month !== month) {
    c.contradiction(at, "lunar_gloss_mismatch", { solar: `${date.day as number}/${date.month as number}/${date.year as number}`, lunar: `${lunar.day}/${lunar.month}` });
  }
}
