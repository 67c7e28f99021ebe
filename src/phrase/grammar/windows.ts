/**
 * Windows: the data cut-off windows of NĐ 09/2019 Đ.12 ("từ ngày 15 tháng trước đến ngày 14 tháng
 * báo cáo") and dated windows ("từ ngày 20/6/2024 đến ngày 19/7/2024").
 * @internal
 * @module
 */
import type { DeadlineRule, RecurringRule } from "../../deadline/types.js";
import type { CompiledEntry } from "../lexicon.js";
import { canonicalAt, formatDateSpec } from "../canonical.js";
import { E, periodYear, type Cursor } from "./cursor.js";
import type { Lexeme } from "../tokenize.js";
import { dateRef, type DateRef } from "./dates.js";
import { isTimeAhead, readTime } from "./times.js";
import { expectFrequency, readEvery } from "./recurring.js";
import { offsetAhead, periodDay, periodDayAhead } from "./periodDays.js";
import { checkWeekday, endWordsAt, lunarGloss, weekdayGloss, windowDay, windowDayAhead } from "./windowDays.js";

type ReportingFrequency = "monthly" | "quarterly" | "half_yearly" | "yearly";

/**
 * "từ ngày 15 tháng trước đến ngày 14 tháng báo cáo" (NĐ 09/2019 Đ.12) and dated windows
 * "từ ngày 20/6/2024 đến ngày 19/7/2024".
 */
export function dateWindow(c: Cursor): DeadlineRule {
  // "ngày 5 đến ngày 10/3/2024": a window written without "từ" (`wording.lead` "")
  const lead = c.is("from") ? (c.entry("from") as CompiledEntry).canonical : "";
  if (lead !== "") c.next();
  // "từ 9h ngày 1/2 đến 16h30 ngày 7/2": the hour the window opens is read and not kept, its last day is what counts
  const fromTime = isTimeAhead(c) ? readTime(c) : undefined;
  // "từ chiều ngày 24/4/2018", "từ thứ Hai ngày 13/11/2017", "từ 27/11/2017"
  const fromWeekday = windowDay(c, fromTime !== undefined);
  // "từ ngày 5-15/2/2026": a range of days of one month, the start's month and year taken from the end
  const dayRange = dayRangeAhead(c);
  const first = dayRange ? c.next() : undefined;
  const from: DateRef = first !== undefined ? { day: first.value, start: first.start } : dateRef(c);
  if (dayRange) c.next();
  checkWeekday(c, fromWeekday, from);
  lunarGloss(c, from);
  // "từ ngày 30/8/2025 (thứ Bảy) đến …": the weekday in brackets, checked and not kept
  weekdayGloss(c, from);
  // "từ 30/4 - 03/5": the dash between two days stands for "đến"
  const dashed = dayRange || (c.isSym("-") && (windowDayAhead(c, 1) || isTimeAheadAt(c, 1)));
  type FromKind = "prev_month" | "dec_prev_year" | "dated";
  let fromKind: FromKind;
  // "từ ngày 15 tháng 12 của năm trước kỳ báo cáo", "từ ngày 15 tháng 6 thuộc kỳ báo cáo": the start's month named, in the year before the reporting period or in it
  let fromWords: string | undefined;
  if (from.month === undefined && typeof from.day === "number" && from.quarterMonth === undefined && (c.is("to") || dashed)) {
    // "từ ngày 01 đến 10-5": the start takes its month and year from the end
    fromKind = "dated";
  } else if (from.month === undefined && typeof from.day === "number" && from.quarterMonth === undefined) {
    if (c.is("of")) c.next();
    if (!c.isUnit("month")) c.fail(["tháng trước"]);
    c.next();
    if (!c.is("before")) c.fail(["trước"]);
    c.next();
    termReport(c, false);
    fromKind = "prev_month";
  } else if (from.month === 12 && from.year === undefined && ((c.isUnit("year") && c.is("before", 1)) || (c.is("of") && c.isUnit("year", 1) && c.is("before", 2)))) {
    const of = c.is("of");
    if (of) c.next();
    c.next();
    c.next();
    const report = reportWords(c, false);
    fromWords = `${of ? "của " : ""}năm trước${report === "" ? "" : ` ${report}`}`;
    fromKind = "dec_prev_year";
  } else if (from.month !== undefined && from.year === undefined && (c.is("belong") || c.is("of")) && (c.is("term", 1) || c.is("report", 1))) {
    fromWords = reportWords(c, true);
    fromKind = "dated";
  } else if (from.month !== undefined) fromKind = "dated";
  else return c.fail(["tháng trước", E.date]);
  // "… và kết thúc vào ngày 29-5": the words that end the window in place of "đến"
  const endWords = fromKind === "dated" && !dayRange && !dashed ? endWordsAt(c, 0) : 0;
  if (dayRange) {
    // the dash was read with the start day
  } else if (dashed && fromKind === "dated") c.next();
  else if (endWords > 0) c.p += endWords;
  else if (!c.is("to")) c.fail(["đến", "tới"]);
  else c.next();
  // "đến 16 giờ 30 ngày 5-6": the window ends at that time of its last day
  const time = fromKind === "dated" && c.isNum() && (c.isUnit("hour", 1) || c.isSym(":", 1)) ? readTime(c) : undefined;
  // "đến hết Chủ nhật, ngày 22/02/2026"
  const toWeekday = windowDay(c, time !== undefined);
  const toAt = c.index();
  const toP = c.p;
  const to = dateRef(c);
  checkWeekday(c, toWeekday, to);
  lunarGloss(c, to);
  weekdayGloss(c, to);
  // "… đến ngày 14 tháng 3 thuộc kỳ báo cáo" after a start named with its month (Công văn 343/SKHCN-VP
  // Đồng Tháp: the data window of the Q1 report): a window of every reporting year, its last day a named day
  const namedMonths = fromWords !== undefined && to.month !== undefined && typeof to.day === "number" && to.year === undefined && time === undefined && (fromKind === "dated" || to.month !== 12);
  if (namedMonths && fromWords !== undefined && (c.is("belong") || c.is("of") || c.is("term") || c.is("report"))) {
    const toWords = reportWords(c, true);
    const f = from as DateRef & { day: number; month: number };
    const t = to as DateRef & { day: number; month: number };
    if (fromKind === "dated" && (f.month > t.month || (f.month === t.month && f.day > t.day))) c.contradiction(toAt, "window_ends_before_start");
    if (lead !== "từ") c.wording["lead"] = lead;
    c.wording["from"] = `${f.day} tháng ${f.month} ${fromWords}`;
    c.wording["at"] = `ngày ${t.day} tháng ${t.month} ${toWords}`;
    return { kind: "recurring", frequency: "yearly", month: t.month, day: t.day, bound: "by" };
  }
  if (fromKind === "dated") {
    // "từ ngày 20 đến ngày 25 hằng tháng": a window of every month, its last day a named day
    if (from.month === undefined && to.month === undefined && typeof to.day === "number" && to.quarterMonth === undefined && time === undefined && c.is("every")) {
      const everyAt = c.index();
      const every = readEvery(c);
      if (every !== undefined && every.frequency !== "monthly") c.contradiction(everyAt, "frequencies_conflict", { first: "monthly", second: every.frequency });
      if ((from.day as number) > to.day) c.contradiction(toAt, "window_ends_before_start");
      if (lead !== "từ") c.wording["lead"] = lead;
      c.wording["from"] = String(from.day).padStart(2, "0");
      return { kind: "recurring", frequency: "monthly", day: to.day, bound: "by" };
    }
    // "từ ngày 25 đến ngày 30 của tháng cuối quý" (TT 23/2019/TT-BNNPTNT Đ.4), "từ ngày 1 đến ngày 17 của tháng
    // tiếp theo": a window of every period, its last day the day the period-day grammar reads after "ngày"
    const periodEnd = from.month === undefined && to.month === undefined && typeof to.day === "number" && time === undefined && toWeekday === undefined ? periodDayEnd(c, toP, to) : undefined;
    if (periodEnd !== undefined) {
      // (a start after the end's day lies in the period before: "từ ngày 20 đến ngày 10 của tháng sau")
      if ((from.day as number) > (to.day as number) && (periodEnd.offset ?? 0) === 0) c.contradiction(toAt, "window_ends_before_start");
      if (lead !== "từ") c.wording["lead"] = lead;
      c.wording["from"] = String(from.day).padStart(2, "0");
      return periodEnd;
    }
    if (to.month === undefined || typeof to.day !== "number") c.contradiction(toAt, "window_end_without_month");
    if (lead !== "từ") c.wording["lead"] = lead;
    const f = from as DateRef & { day: number };
    // "từ ngày 15-5/2": the start takes the end's month, so it cannot fall after the end
    if (f.month === undefined && f.day > (to.day as number)) c.contradiction(toAt, "window_ends_before_start");
    c.wording["from"] = f.month === undefined ? String(f.day).padStart(2, "0") : formatDateSpec({ ...periodYear(f.year), month: f.month, day: f.day });
    // "từ ngày 01/12 đến ngày 31/12 hằng năm" (TT 272/2016 Đ.4), "từ ngày 01/01 đến 31/12 năm sau"
    // (TT 150/2012 Đ.12): a window of every year, or of the year after the context's
    // "từ ngày 01 tháng 9 đến hết ngày 14 tháng 12 của năm": of every year
    const ofYear = to.year === undefined && time === undefined && c.is("of") && c.isUnit("year", 1) && c.atEnd(2);
    if (ofYear) {
      c.next();
      c.next();
      return { kind: "recurring", frequency: "yearly", month: to.month as number, day: to.day as number, bound: "by" };
    }
    if (to.year === undefined && time === undefined && (c.is("every") || offsetAheadAt(c))) {
      const everyAt = c.index();
      const every = readEvery(c);
      if (every !== undefined && every.frequency !== "yearly") c.contradiction(everyAt, "frequencies_conflict", { first: "yearly", second: every.frequency });
      const offset = every === undefined ? offsetAhead(c, "year", true) : undefined;
      const yearly: RecurringRule = { kind: "recurring", frequency: "yearly", month: to.month as number, day: to.day as number, bound: "by", ...(offset === undefined ? {} : { offset: offset.offset }) };
      if (offset !== undefined) {
        const at = `ngày ${formatDateSpec({ month: to.month as number, day: to.day as number })} ${offset.words}`;
        if (at !== canonicalAt(yearly)) c.wording["at"] = at;
      }
      return yearly;
    }
    const end = { ...periodYear(to.year), month: to.month as number, day: to.day as number };
    return { kind: "fixed_date", dates: [end], bound: "by", ...(time === undefined ? {} : { time }) };
  }
  let frequency: ReportingFrequency;
  if (to.quarterMonth === 3) {
    termReport(c, true);
    frequency = "quarterly";
  } else if (fromKind === "dec_prev_year") {
    if (to.month !== 12) c.contradiction(toAt, "yearly_window_ends_december");
    if (c.is("of") || c.is("belong")) c.next();
    if (c.isUnit("year")) c.next();
    termReport(c, true);
    frequency = "yearly";
  } else {
    if (to.month !== undefined) c.contradiction(toAt, "window_end_in_report_month");
    if (c.is("of")) c.next();
    if (!c.isUnit("month")) c.fail(["tháng báo cáo", "tháng cuối quý", "tháng thứ sáu"]);
    c.next();
    if (c.is("ordinal") && c.hasRole("digit", 1)?.value === 6) {
      c.next();
      c.next();
      termReport(c, true);
      frequency = "half_yearly";
    } else {
      if (c.is("belong")) c.next();
      termReport(c, true);
      frequency = "monthly";
    }
  }
  if (lead !== "từ") c.wording["lead"] = lead;
  // "đến ngày cuối của tháng cuối quý": the month's last day, day 31 clamped to the month's length
  if (to.day === "last") c.wording["day"] = "cuối";
  return { kind: "reporting_window", frequency, fromDay: from.day as number, toDay: to.day === "last" ? 31 : to.day };
}

/**
 * The end of a window written as a day of a period ("… đến ngày 30 của tháng cuối quý", "… đến ngày 17 của
 * tháng tiếp theo"): when "ngày" stands right before the end's day (at `toP`) and the period-day grammar reads
 * from there a recurring day of that number, that rule, the cursor after it; else undefined, the cursor where it was.
 */
function periodDayEnd(c: Cursor, toP: number, to: DateRef): RecurringRule | undefined {
  if (to.quarterMonth !== undefined && typeof to.day === "number") {
    // "đến ngày 30 của tháng cuối quý [hằng quý]": read by the date grammar with the month of the quarter
    const at = c.index();
    expectFrequency(c, readEvery(c), "quarterly", at);
    return { kind: "recurring", frequency: "quarterly", month: to.quarterMonth, day: to.day, bound: "by" };
  }
  const after = c.p;
  c.p = toP - 1;
  if (toP > 0 && c.isUnit("day") && periodDayAhead(c, 1)) {
    const rule = periodDay(c, [], "by");
    if (rule.kind === "recurring" && rule.day === to.day) return rule;
  }
  c.p = after;
  return undefined;
}

/**
 * "ngày D[/M[/Y]] đến|tới …" at the start: a dated window written without "từ" (bounded lookahead:
 * "ngày", a day, its month and year if written, then "đến"/"tới" and a day with its month).
 */
export function bareWindowAhead(c: Cursor): boolean {
  if (!c.isUnit("day")) return numericWindowAhead(c);
  if (!c.isNum(1)) return false;
  let k = 2;
  for (let parts = 0; parts < 2 && c.isDateSep(k) && c.isNum(k + 1); parts++) k += 2;
  if (!c.is("to", k)) return false;
  // the end names its month ("ngày 10/3/2024", "7 tháng 12"): "ngày 10 đến 16" alone is left to the other forms
  const d = c.isUnit("day", k + 1) ? k + 2 : k + 1;
  // "… đến 17 giờ ngày 10/3": an hour of the last day
  if (d === k + 1 && c.isNum(d) && (c.isUnit("hour", d + 1) || c.isSym(":", d + 1))) return true;
  // ("ngày 15 đến ngày 20 hằng tháng": the days of every month)
  return c.isNum(d) && ((c.isDateSep(d + 1) && c.isNum(d + 2)) || c.isUnit("month", d + 1) || c.is("every", d + 1));
}

/**
 * "24/9/2018 đến ngày 27/10/2018", "15/04 đến 20/04/2012", "23.06 - 28.06.2025": a numeric date with its
 * month (one separator throughout), then "đến"/"tới" or a dash, then a numeric date with its month
 * (bounded lookahead). A bare number is no date: "10 - 15 ngày" is not a window.
 */
function numericWindowAhead(c: Cursor): boolean {
  if (!c.isNum() || !c.isDateSep(1) || !c.isNum(2)) return false;
  const sep = (c.peek(1) as Lexeme).sym;
  let k = 3;
  if (c.isSym(sep as string, k) && c.isNum(k + 1)) k += 2;
  if (!c.is("to", k) && !c.isSym("-", k)) return false;
  const d = c.is("to", k) && c.isUnit("day", k + 1) ? k + 2 : k + 1;
  return c.isNum(d) && c.isDateSep(d + 1) && c.isNum(d + 2);
}

/** Whether "D - D/M" (a range of days of one month: the dash, then a day with its month) starts here (bounded lookahead). */
function dayRangeAhead(c: Cursor): boolean {
  return c.isNum() && c.isSym("-", 1) && c.isNum(2) && (c.isSym("/", 3) || c.isSym(".", 3)) && c.isNum(4);
}

/** {@link isTimeAhead} `k` lexemes ahead, nothing consumed. */
function isTimeAheadAt(c: Cursor, k: number): boolean {
  const at = c.p;
  c.p += k;
  const timed = isTimeAhead(c);
  c.p = at;
  return timed;
}

/** Whether a window opening at an hour starts `k` lexemes ahead: "9h ngày 1/2 đến …" (bounded lookahead). */
export function timedWindowAhead(c: Cursor, k: number): boolean {
  return isTimeAheadAt(c, k);
}

/** Whether a year offset ("năm sau", "của năm tiếp theo", "năm nay") follows, nothing consumed. */
function offsetAheadAt(c: Cursor): boolean {
  const at = c.p;
  const offset = offsetAhead(c, "year", true);
  c.p = at;
  return offset !== undefined;
}

/** "[thuộc|của] [kỳ] báo cáo" read, as canonical words ("thuộc kỳ báo cáo"); "" when none and not `required`. */
function reportWords(c: Cursor, required: boolean): string {
  const words: string[] = [];
  if (c.is("belong") || c.is("of")) {
    words.push(c.is("belong") ? "thuộc" : "của");
    c.next();
  }
  if (c.is("term")) {
    c.next();
    words.push("kỳ");
  }
  if (c.is("report")) {
    c.next();
    words.push("báo cáo");
  } else if (required || words.length > 0) c.fail(["kỳ báo cáo", "báo cáo"]);
  return words.join(" ");
}

/** "[thuộc] [kỳ] báo cáo" (required when `required`). */
export function termReport(c: Cursor, required: boolean): void {
  if (c.is("belong")) c.next();
  if (c.is("term")) {
    c.next();
    if (!c.is("report")) c.fail(["báo cáo"]);
    c.next();
    return;
  }
  if (c.is("report")) {
    c.next();
    return;
  }
  if (required) c.fail(["kỳ báo cáo", "báo cáo"]);
}
