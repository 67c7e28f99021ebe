/**
 * Starts with no end: "Từ ngày 15/3", "kể từ ngày 01/7/2025", "từ 0 giờ ngày 13/7/2021", "bắt
 * đầu từ ngày 15/10", "từ ngày mai (ngày 23/7)". A day from which something applies is not a
 * time limit to act by: it is read as an entry into force (`role: "entry_into_force"`, a
 * `fixed_date` inclusive of its day, with the hour when written), with no role words written
 * (`wording.role` ""). A start followed by "đến"/"tới" is a window ({@link dateWindow}), not this.
 *
 * "ngày mai", "hôm nay" … before a date in brackets: the bracket gives the day (a word for a day
 * relative to the text's own date cannot be computed without it); the words are kept in
 * `wording.named` and written back before the bracket.
 * @internal
 * @module
 */
import type { DateSpec, DeadlineRule } from "../../deadline/types.js";
import type { CompiledEntry } from "../lexicon.js";
import { foldKey } from "../normalize.js";
import { collapseSpaces } from "../normalize.js";
import type { Lexeme } from "../tokenize.js";
import { E, type Cursor } from "./cursor.js";
import { datedRule } from "./dates.js";
import { isTimeAhead, timed } from "./times.js";
import { checkWeekday, endWordsAt, weekdayBeforeDateAt, windowDay } from "./windowDays.js";

/** The connectors of a start with no end ("tính từ" counts a period, it does not start one). */
export const START_LEADS: readonly string[] = Object.freeze(["từ", "kể từ", "bắt đầu từ"]);

/** How many lexemes after the connector are searched for "đến"/"tới" (a window, not a start). */
export const START_REACH = 24;

/** Words of a day named relative to the text's own date, before its date in brackets: their fold keys. */
const NAMED_DAYS: readonly (readonly string[])[] = [
  ["ngay", "mai"],
  ["hom", "nay"],
  ["ngay", "hom", "nay"],
  ["ngay", "hom", "sau"],
];

/** How many lexemes a named day takes at `k` when it is followed by "(" and a date ("ngày mai (ngày 23/7)"), else 0. */
function namedDayAt(c: Cursor, k: number): number {
  for (const words of NAMED_DAYS) {
    if (words.every((w, j) => c.peek(k + j)?.type === "word" && foldKey(c.peek(k + j)?.text ?? "") === w) && c.isSym("(", k + words.length)) {
      const j = k + words.length + 1;
      if ((c.isUnit("day", j) && c.isNum(j + 1)) || (c.isNum(j) && (c.isDateSep(j + 1)))) return words.length;
    }
  }
  return 0;
}

/** Whether a dated day (optionally after a time of day) starts `k` lexemes ahead: "ngày 15/3", "15/3/2026", "0h ngày 13/7". */
function datedAt(c: Cursor, k: number): boolean {
  if (c.isUnit("day", k) && c.isNum(k + 1)) return true;
  // "từ thứ Năm ngày 30/1/2020": a weekday before its day
  if (weekdayBeforeDateAt(c, k)) return true;
  if (c.isNum(k) && (c.isDateSep(k + 1)) && c.isNum(k + 2)) return true;
  if (namedDayAt(c, k) > 0) return true;
  const at = c.p;
  c.p += k;
  const timed = isTimeAhead(c);
  c.p = at;
  return timed;
}

/**
 * Whether the dash at `k` joins two days of a window ("từ 30/4 - 03/5", "từ ngày 5-15/2/2026"): it is
 * followed by "ngày", an hour, or a day and month written with "/" or "." (so not the dash inside "15-3-2026").
 */
function rangeDashAt(c: Cursor, k: number): boolean {
  if (!c.isSym("-", k)) return false;
  if (c.isUnit("day", k + 1)) return true;
  return c.isNum(k + 1) && (c.isSym("/", k + 2) || c.isSym(".", k + 2) || c.isUnit("hour", k + 2) || c.isSym(":", k + 2));
}

/** Whether a start with no end stands here: a connector of {@link START_LEADS}, a dated day, and no "đến"/"tới" within {@link START_REACH} lexemes before the end (bounded lookahead). */
export function startAhead(c: Cursor): boolean {
  const f = c.entry("from");
  if (f === undefined || !START_LEADS.includes(f.canonical) || !datedAt(c, 1)) return false;
  for (let k = 2; k < START_REACH; k++) {
    if (c.atEnd(k) || c.isSym(";", k)) return true;
    if (c.is("to", k) || rangeDashAt(c, k) || endWordsAt(c, k) > 0) return false;
  }
  // the end of a window comes within reach of its dated start
  return true;
}

/** The rule of {@link startAhead}: a dated entry into force. */
export function startRule(c: Cursor): DeadlineRule {
  const lead = (c.entry("from") as CompiledEntry).canonical;
  c.next();
  const named = namedDayAt(c, 0);
  let words: string | undefined;
  if (named > 0) {
    const first = c.peek() as Lexeme;
    const last = c.peek(named - 1) as Lexeme;
    words = collapseSpaces(c.text.slice(first.start, last.end));
    c.p += named + 1; // the words and "("
  }
  // the weekday is checked against the day, then not kept
  const weekday = weekdayBeforeDateAt(c, 0) ? windowDay(c, false) : undefined;
  if (weekday !== undefined) c.p--; // "ngày", read with the weekday, opens the date
  const rule = isTimeAhead(c) ? timed(c, [lead]) : datedRule(c, [lead], "by");
  if (rule.kind !== "fixed_date" || rule.dates.length !== 1) return c.fail([E.date]);
  checkWeekday(c, weekday, { ...(rule.dates[0] as DateSpec), start: 0 });
  if (words !== undefined) {
    if (!c.isSym(")")) c.fail([")"]);
    c.next();
    c.wording["named"] = words;
  }
  c.wording["role"] = "";
  return { ...rule, role: "entry_into_force" };
}
