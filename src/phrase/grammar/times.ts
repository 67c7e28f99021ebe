/**
 * Times of day: "16 giờ 30 ngày …", "trước 17 giờ", "trước 10 giờ ngày 15", "trước 17 giờ hằng ngày",
 * "vào lúc 8h sáng ngày …", "trước 17 giờ chiều hằng ngày", "trước 14 giờ, ngày …", "trước 16 giờ ngày thứ Sáu hằng tuần".
 * @internal
 * @module
 */
import type { DeadlineRule } from "../../deadline/types.js";
import { join, type Cursor } from "./cursor.js";
import { dateGroups } from "./dates.js";
import { readEvery, expectFrequency, weekly } from "./recurring.js";

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
      if (c.isUnit("minute", k)) k++;
    }
  } else return false;
  // "8 giờ sáng", "17 giờ chiều"; "trước 14 giờ, ngày 15/3"
  if (c.is("daypart", k)) k++;
  if (c.isSym(",", k) && c.isUnit("day", k + 1) && c.isNum(k + 2)) return true;
  if (c.isUnit("day", k) && c.isNum(k + 1)) return true;
  if (!bare || c.is("working", k)) return false;
  // "trước 16 giờ ngày thứ sáu hằng tuần"
  if (c.isUnit("day", k) && (c.is("ordinal", k + 1) || c.is("sunday", k + 1))) return true;
  return c.atBoundary(k) || c.is("every", k) || c.is("ordinal", k) || c.is("sunday", k);
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
      if (c.isUnit("minute")) c.next();
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
  if (c.isSym(",") && c.isUnit("day", 1)) c.next();
  return `${String(hour).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

export function timed(c: Cursor, leads: string[]): DeadlineRule {
  const time = readTime(c);
  const lead = join(leads);
  const setTimedLead = (): void => {
    if (lead !== "trước") c.wording["lead"] = lead;
    else delete c.wording["lead"];
  };
  const weekdayNext = c.isUnit("day") && (c.is("ordinal", 1) || c.is("sunday", 1));
  if (c.isUnit("day") && !weekdayNext) {
    c.next();
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
