/**
 * Times of day: "16 giờ 30 ngày …", "trước 17 giờ", "trước 10 giờ ngày 15", "trước 17 giờ hằng ngày",
 * "vào lúc 8h sáng ngày …", "trước 17 giờ chiều hằng ngày", "trước 14 giờ, ngày …", "trước 16 giờ ngày thứ Sáu hằng tuần".
 * @internal
 * @module
 */
import type { DeadlineRule } from "../../deadline/types.js";
import { E, join, type Cursor } from "./cursor.js";
import { collapseSpaces, foldKey } from "../normalize.js";
import type { Lexeme } from "../tokenize.js";
import { dateGroups } from "./dates.js";
import { readEvery, expectFrequency, weekly } from "./recurring.js";
import { checkWeekday, weekdayBeforeDateAt, windowDay } from "./windowDays.js";

/**
 * A time of day ahead: "16 giờ 30 ngày …", "16h30 ngày …", "16:30 ngày …"; with `bare` (after
 * "trước") also without a date: "trước 17 giờ", "trước 10 giờ ngày 15", "trước 17 giờ hằng ngày",
 * "trước 16 giờ thứ Năm hằng tuần".
 */
export function isTimeAhead(c: Cursor, bare = false): boolean {
  if (!c.isNum()) return false;
  let k = 1;
  if (c.isSym(":", k) && c.isNum(k + 1)) k += 2;
  else if (c.isUnit("hour", k)) {
    k++;
    if (c.isNum(k)) {
      k++;
      // "10h00'", "08h00’": the minute mark written as an apostrophe
      if (c.isUnit("minute", k) || c.isSym("'", k) || c.isSym("’", k)) k++;
    }
  } else return false;
  // "8 giờ sáng", "17 giờ chiều"; "trước 14 giờ, ngày 15/3"
  if (c.is("daypart", k)) k++;
  // "17h00 thứ Sáu, ngày 20/5/2022": the weekday of the day
  if (weekdayBeforeDateAt(c, k)) return true;
  // "trước 14 giờ ngày tiếp theo", "vào 14 giờ của ngày làm việc tiếp theo"
  if (nextDayAt(c, k) > 0) return true;
  if (c.isSym(",", k) && c.isUnit("day", k + 1) && c.isNum(k + 2)) return true;
  // "từ 0h00, 1/12/2018": the comma, then the date without "ngày"
  if (c.isSym(",", k) && c.isNum(k + 1) && c.isDateSep(k + 2) && c.isNum(k + 3)) return true;
  if (c.isUnit("day", k) && c.isNum(k + 1)) return true;
  if (!bare || c.is("working", k)) return false;
  // "trước 16 giờ ngày thứ sáu hằng tuần"
  if (c.isUnit("day", k) && (c.is("ordinal", k + 1) || c.is("sunday", k + 1))) return true;
  return c.atBoundary(k) || c.is("every", k) || c.is("ordinal", k) || c.is("sunday", k);
}

/**
 * "[của] ngày tiếp theo | ngày làm việc tiếp theo | ngày hôm sau" at `k`: how many lexemes, or 0
 * (bounded lookahead, nothing consumed).
 */
export function nextDayAt(c: Cursor, k: number): number {
  const of = c.is("of", k) ? 1 : 0;
  const d = k + of;
  if (!c.isUnit("day", d)) return 0;
  if (c.is("next", d + 1)) return of + 2;
  if (c.is("working", d + 1) && c.is("next", d + 2)) return of + 3;
  // "ngày giao dịch tiếp theo" (NĐ 126/2020 Đ.30: the next trading day, a working day of the exchange)
  if (tradingDayAt(c, d + 1) && c.is("next", d + 3)) return of + 4;
  if (foldKey(c.peek(d + 1)?.text ?? "") === "hom" && c.entry("from", d + 2)?.canonical === "sau") return of + 3;
  return 0;
}

/** "giao dịch" at `k`: the trading day of "ngày giao dịch tiếp theo" (bounded lookahead). */
function tradingDayAt(c: Cursor, k: number): boolean {
  return c.peek(k)?.type === "word" && foldKey(c.peek(k)?.text ?? "") === "giao" && foldKey(c.peek(k + 1)?.text ?? "") === "dich";
}

export function readTime(c: Cursor): string {
  const h = c.next();
  let minutes = 0;
  if (c.isSym(":")) {
    c.next();
    minutes = c.next().value;
  } else {
    c.next(); // giờ / h
    if (c.isNum()) {
      minutes = c.next().value;
      if (c.isUnit("minute") || c.isSym("'") || c.isSym("’")) c.next();
    }
  }
  if (h.value > 24 || minutes > 59 || (h.value === 24 && minutes > 0)) c.contradiction(h.start, "time_not_exist", { hour: h.value, minute: minutes }, h.text);
  let hour = h.value;
  const part = c.entry("daypart");
  if (part !== undefined) {
    // "8 giờ sáng" = 08:00; "5 giờ chiều", "1 giờ trưa" = 17:00, 13:00; "17 giờ chiều", "12 giờ trưa" as written.
    // "15 giờ sáng" names no time.
    if (part.value === 0 && hour > 12) c.contradiction(h.start, "time_not_exist", { hour, minute: minutes }, h.text);
    if (part.value === 12 && hour < 12) hour += 12;
    c.next();
  }
  // "trước 14 giờ, ngày 15/3/2025": the comma between the hour and its day
  if (c.isSym(",") && (c.isUnit("day", 1) || (c.isNum(1) && c.isDateSep(2) && c.isNum(3)))) c.next();
  return `${String(hour).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

export function timed(c: Cursor, leads: string[]): DeadlineRule {
  const time = readTime(c);
  const lead = join(leads);
  const setTimedLead = (): void => {
    if (lead !== "trước") c.wording["lead"] = lead;
    else delete c.wording["lead"];
  };
  const next = nextDayAt(c, 0);
  if (next > 0) {
    // "trước 14 giờ ngày tiếp theo" (TT 34/2018 Đ.21), "trước 10 giờ ngày làm việc tiếp theo" (NĐ
    // 126/2020 Đ.30), "trước 09 giờ sáng ngày hôm sau": that time of the day after the anchor's
    const start = c.p;
    const working = c.is("working", next - 1) || c.is("working", next - 2) || tradingDayAt(c, next - 3);
    c.p += next;
    const written = collapseSpaces(c.text.slice((c.lx[start] as Lexeme).start, (c.lx[c.p - 1] as Lexeme).end));
    const canonical = working ? "ngày làm việc tiếp theo" : "ngày tiếp theo";
    // the canonical words, in any spelling (without diacritics too), are not kept
    if (foldKey(written) !== foldKey(canonical)) c.wording["day"] = written;
    // "… tiếp theo ngày báo cáo": the day it follows, kept as the anchor
    const anchor = c.atBoundary() ? undefined : c.freeText([E.end]);
    setTimedLead();
    return { kind: "same_day", nextWorkingDay: false, ...(anchor === undefined ? {} : { anchor: { text: anchor } }), time, nextDay: working ? "working_day" : "day" };
  }
  if (weekdayBeforeDateAt(c, 0)) {
    // "17h00 thứ Sáu, ngày 20/5/2022": the weekday is checked against the day, then not kept
    const weekday = windowDay(c, true);
    const { dates: groups, pending: ref } = dateGroups(c, "by", leads, true);
    const only = groups[0];
    if (ref !== undefined || only === undefined || groups.length !== 1) return c.fail([E.date]);
    checkWeekday(c, weekday, { ...only, start: 0 });
    setTimedLead();
    return { kind: "fixed_date", dates: groups, bound: "by", time };
  }
  const weekdayNext = c.isUnit("day") && (c.is("ordinal", 1) || c.is("sunday", 1));
  // "trước 17 giờ, 15/3/2025": after the comma the date without "ngày"
  const prev = c.lx[c.p - 1];
  const numericAfterComma = prev?.type === "punct" && (prev as { sym?: string }).sym === "," && c.isNum() && c.isDateSep(1);
  if ((c.isUnit("day") && !weekdayNext) || numericAfterComma) {
    if (c.isUnit("day")) c.next();
    const { dates: groups, pending: ref } = dateGroups(c, "by", leads, true);
    if (ref === undefined) {
      setTimedLead();
      return { kind: "fixed_date", dates: groups, bound: "by", time };
    }
    // "trước 10 giờ ngày 15": that day of every month (or of each quarter)
    const every = readEvery(c);
    setTimedLead();
    if (ref.quarterMonth !== undefined) {
      expectFrequency(c, every, "quarterly", ref.start);
      return { kind: "recurring", frequency: "quarterly", month: ref.quarterMonth, day: ref.day, bound: "by", time };
    }
    expectFrequency(c, every, "monthly", ref.start);
    return { kind: "recurring", frequency: "monthly", day: ref.day, bound: "by", time };
  }
  if (weekdayNext) c.next();
  if (c.is("ordinal") || c.is("sunday")) {
    const rule = weekly(c, leads, "by");
    setTimedLead();
    return { ...rule, time } as DeadlineRule;
  }
  const every = readEvery(c) ?? c.presetEvery;
  if (every !== undefined) {
    if (every.frequency !== "daily") c.contradiction(every.start, "time_needs_daily", { frequency: every.frequency });
    setTimedLead();
    return { kind: "recurring", frequency: "daily", bound: "by", time };
  }
  setTimedLead();
  return { kind: "same_day", nextWorkingDay: false, time };
}
