/**
 * A weekday of a given week of every month: "thứ Sáu tuần thứ 2 hằng tháng", "thứ Hai tuần đầu
 * tiên của tháng", "thứ Sáu tuần cuối cùng của tháng", "vào ngày thứ Sáu tuần thứ 2 và ngày thứ
 * Sáu tuần thứ 4 hàng tháng". "Tuần thứ N" is read as the Nth such weekday of the month (the
 * law is silent; a month's first week is often a part of a week) and "tuần cuối cùng" as the last
 * one: the RRULE `FREQ=MONTHLY;BYDAY=2FR,4FR` (see {@link weekdaysOfMonthRrule}), the weekdays
 * as written kept in `wording.weekdays` when not canonical.
 *
 * ```text
 * list := item (("," | "và") item)* every
 * item := "ngày"? ("thứ" (2…7 | Hai … Bảy) | "Chủ nhật") "tuần" ("thứ" (1…4) | "đầu" "tiên"? | "cuối" "cùng"?)
 * ```
 * @internal
 * @module
 */
import type { DateBound, DeadlineRule } from "../../deadline/types.js";
import type { Weekday } from "../../day/dayNumber.js";
import { WEEKDAY_NAMES_VI, weekdaysOfMonthRrule, weekdaysOfMonthText, type WeekdayOfMonth } from "../canonical.js";
import type { Lexeme } from "../tokenize.js";
import { join, type Cursor } from "./cursor.js";
import { expectFrequency, readEvery } from "./recurring.js";

/** Lexemes of a weekday at `k` ("thứ Sáu", "thứ 6", "Chủ nhật"), 0 when none. */
function weekdayLength(c: Cursor, k: number): number {
  if (c.is("sunday", k)) return 1;
  if (!c.is("ordinal", k)) return 0;
  const l = c.peek(k + 1);
  if (l === undefined) return 0;
  if (l.type === "number") return l.value >= 2 && l.value <= 7 && l.digits === 1 ? 2 : 0;
  return l.entries.some((e) => e.kind === "numword" && (e.role === "digit" || (e.role === "unit_only" && e.value === 4)) && typeof e.value === "number" && e.value >= 2 && e.value <= 7) ? 2 : 0;
}

/** Lexemes of a week position at `k` ("tuần thứ 2", "tuần đầu tiên", "tuần cuối"), 0 when none. */
function weekLength(c: Cursor, k: number): number {
  if (!c.isUnit("week", k)) return 0;
  if (c.is("first", k + 1) || c.is("last", k + 1)) return 2;
  return c.is("ordinal", k + 1) && c.isNumberWordOrNum(k + 2) ? 3 : 0;
}

/** Whether "[ngày] <weekday> tuần <position>" starts `k` lexemes ahead (bounded lookahead). */
export function weekOfMonthAhead(c: Cursor, k = 0): boolean {
  const at = c.isUnit("day", k) ? k + 1 : k;
  const w = weekdayLength(c, at);
  return w > 0 && weekLength(c, at + w) > 0;
}

/** One item: its weekday, its week, and its words in canonical spelling ("ngày thứ 6 tuần thứ 2"). */
function item(c: Cursor): { readonly value: WeekdayOfMonth; readonly written: string } {
  const words: string[] = [];
  if (c.isUnit("day")) {
    c.next();
    words.push("ngày");
  }
  let weekday: Weekday;
  if (c.is("sunday")) {
    c.next();
    weekday = 7;
    words.push(WEEKDAY_NAMES_VI[7] as string);
  } else {
    c.next(); // thứ
    const l = c.next();
    const value = l.type === "number" ? l.value : (l.entries.find((e) => e.kind === "numword")?.value as number);
    weekday = (value - 1) as Weekday;
    words.push(l.type === "number" ? `thứ ${l.value}` : (WEEKDAY_NAMES_VI[weekday] as string));
  }
  c.next(); // tuần
  let week: number;
  if (c.is("first") || c.is("last")) {
    const e = (c.entry("first") ?? c.entry("last")) as { readonly form: string };
    week = c.is("first") ? 1 : -1;
    c.next();
    words.push(`tuần ${e.form}`);
  } else {
    c.next(); // thứ
    const l = c.peek() as Lexeme;
    const n = c.isNum() ? c.next().value : numberWordValue(c);
    if (n < 1 || n > 4) c.contradiction(l.start, "week_not_in_every_month", { value: n }, l.text);
    week = n;
    words.push(`tuần thứ ${n}`);
  }
  return { value: { weekday, week }, written: words.join(" ") };
}

function numberWordValue(c: Cursor): number {
  const l = c.next();
  return l.entries.find((e) => e.kind === "numword")?.value as number;
}

/** The rule of "[ngày] thứ Sáu tuần thứ 2 [và …] hằng tháng" (checked by {@link weekOfMonthAhead}). */
export function weekOfMonth(c: Cursor, leads: readonly string[], bound: DateBound): DeadlineRule {
  const start = c.index();
  const items = [item(c)];
  let written = items[0]?.written as string;
  while ((c.isSym(",") || c.is("and")) && weekOfMonthAhead(c, 1)) {
    const sep = c.isSym(",") ? ", " : " và ";
    c.next();
    const next = item(c);
    items.push(next);
    written += `${sep}${next.written}`;
  }
  // "… tuần đầu tiên của tháng": the month of each occurrence, wherever the clause ends
  if (c.is("of") && c.isUnit("month", 1)) {
    c.next();
    c.next();
    c.wording["every"] = "của";
  } else {
    const every = readEvery(c);
    if (every === undefined) c.fail(["hằng tháng", "của tháng"]);
    expectFrequency(c, every, "monthly", every.start);
  }
  const values = items.map((i) => i.value);
  const seen = new Set<string>();
  for (const v of values) {
    const key = `${v.week}:${v.weekday}`;
    if (seen.has(key)) c.contradiction(start, "weekday_of_week_repeated", { week: v.week, weekday: v.weekday });
    seen.add(key);
  }
  const lead = join(leads);
  if (lead !== (bound === "before" ? "trước" : "")) c.wording["lead"] = lead;
  if (written !== weekdaysOfMonthText(values)) c.wording["weekdays"] = written;
  return { kind: "rrule", rrule: weekdaysOfMonthRrule(values), bound };
}
