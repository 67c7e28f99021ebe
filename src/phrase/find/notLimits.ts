/**
 * Readings the grammar accepts that running text uses for something other than a time limit, so
 * that `findDeadlines` passes over them: a time of day, a frequency with no day, how long an event
 * lasts, the name of a periodic report.
 * @internal
 * @module
 */
import type { DeadlineRule } from "../../deadline/types.js";
import { NUMBER_WORDS } from "./leads.js";
import { amountEnd, tokenAfter } from "./tokenSpans.js";
import type { Token } from "./words.js";

/** Fold keys of the verbs of receiving a file before a same-day cut-off ("tiếp nhận sau 15 giờ", "nộp sau 16 giờ"). */
const RECEIPT_VERBS: ReadonlySet<string> = new Set(["nhan", "nop"]);

/**
 * Where a relative count of hours with no anchor that is a time of day, not a time limit, ends
 * (-1: it is none): after "lúc" ("có mặt lúc 14 giờ"), or "sau N giờ" (N ≤ 23) after a verb of
 * receiving or before "hằng ngày" / "hàng ngày" ("trường hợp tiếp nhận sau 15 giờ hàng ngày": the
 * same-day cut-off of NĐ 61/2018 Đ.18.2), which it takes with it (no daily limit of its own).
 */
export function timeOfDayEnd(tokens: readonly Token[], k: number, end: number, rule: DeadlineRule): number {
  if (rule.kind !== "relative" || (rule.unit !== "hour" && rule.unit !== "working_hour")) return -1;
  const before = tokens[k - 1];
  if (before !== undefined && before.type === "word" && before.key === "luc") return end;
  if (rule.anchor.text !== "" || rule.wording?.lead !== "sau" || rule.amount > 23) return -1;
  const at = tokenAfter(tokens, k, end);
  // ("hằng" and "hàng" fold to one key)
  const daily = tokens[at]?.key === "hang" && tokens[at + 1]?.key === "ngay" && (tokens[at + 1] as Token).start < (tokens[k] as Token).limit;
  if (daily) return (tokens[at + 1] as Token).end;
  return before !== undefined && before.type === "word" && RECEIPT_VERBS.has(before.key) ? end : -1;
}

/**
 * Readings the grammar accepts as a phrase but that running text uses for something else, so
 * `findDeadlines` does not report them (the grammar still reads them when asked):
 * - an hour count with no anchor, right after a word ("từ 7 giờ đến 24 giờ") or after "đến": a time
 *   of day, not a duration of hours (after a label, "Thời hạn giải quyết: 24 giờ", or a request, "--> yêu
 *   cầu 1 giờ", it is one);
 * - a weekday with no lead and no "tuần" ("kể cả thứ 7 và chủ nhật", "lần thứ hai"): no week named;
 * - anything right before "lần" or "một lần" ("mỗi tháng một lần", "6 tháng một lần"): a frequency, with no day;
 * - the last weekday of a span of weekdays ("từ thứ 2 đến thứ 6 hàng tuần", the days an office receives files):
 *   when something is done, not by when;
 * - an hour written as a clock reading with its minutes and no lead ("Thời gian: 07h00 – 11h00 ngày 08/12/2014"):
 *   a time of day, not 7 hours (after the colon of a caption that names a time limit, "Thời hạn giải quyết:
 *   24h00", it is a count);
 * - a reading cut inside a date ("ngày 05// 12/ 2011": "ngày 05" before a separator written against it is no
 *   day of every month).
 */
export function looseReading(tokens: readonly Token[], k: number, end: number, rule: DeadlineRule): boolean {
  const first = tokens[k] as Token;
  const lead = rule.wording?.lead;
  const before = tokens[k - 1];
  // ("--> yêu cầu 1 giờ", a task table's requirement: after the words of a request the count is a limit)
  const requested = before !== undefined && before.key === "cau" && tokens[k - 2]?.key === "yeu";
  const inText = first.type === "number" && before !== undefined && before.type === "word" && before.end > first.start - 2 && !requested;
  if (rule.kind === "relative" && (rule.unit === "hour" || rule.unit === "working_hour") && rule.anchor.text === "" && (inText || lead === "đến")) return true;
  const clock = rule.kind === "relative" && rule.unit === "hour" && rule.anchor.text === "" && lead === "" && rule.wording?.unit === "h00" && first.type === "number";
  if (clock && !limitCaptionBefore(tokens, k)) return true;
  if (cutInsideDate(tokens, k, end)) return true;
  // "… một lần", "… 01 lần" after the match, or "lần" right after it
  const at = tokenAfter(tokens, k, end);
  const next = tokens[at];
  const once = next !== undefined && (next.type === "number" || (next.type === "word" && NUMBER_WORDS.has(next))) ? tokens[at + 1] : next;
  if (once !== undefined && once.type === "word" && once.key === "lan" && once.start < first.limit) return true;
  if ((rule.kind === "recurring" || rule.kind === "rrule") && reportName(tokens, k)) return true;
  if (rule.kind === "recurring" && rule.frequency === "weekly" && weekdaySpanEnd(tokens, k)) return true;
  if (rule.kind === "recurring" && rule.frequency === "weekly" && (first.key === "thu" || first.key === "chu")) {
    for (let j = k; j < tokens.length && (tokens[j] as Token).end <= end; j++) if ((tokens[j] as Token).key === "tuan") return false;
    return true;
  }
  return false;
}

/** How many words before a colon are looked at for "hạn" (a caption that names a time limit). */
const CAPTION_WORDS = 4;

/** Whether a colon stands right before `k` after a caption with "hạn" in its last {@link CAPTION_WORDS} words ("Thời hạn giải quyết:"). */
function limitCaptionBefore(tokens: readonly Token[], k: number): boolean {
  const colon = tokens[k - 1];
  if (colon === undefined || colon.type !== "punct" || colon.key !== ":") return false;
  for (let j = k - 2; j >= 0 && j >= k - 1 - CAPTION_WORDS; j--) {
    const t = tokens[j] as Token;
    if (t.type !== "word") return false;
    if (t.key === "han") return true;
  }
  return false;
}

/**
 * Whether the reading at `k` (ending at `end`) ends on a number with a date's separator written against it after it:
 * "/" or "-", or "." before another number ("ngày 05// 12/ 2011", "ngày 28.6-2017"). A full stop after a date
 * ("trước ngày 30/6.") ends the sentence.
 */
function cutInsideDate(tokens: readonly Token[], k: number, end: number): boolean {
  const at = tokenAfter(tokens, k, end);
  const last = tokens[at - 1];
  const sep = tokens[at];
  if (last === undefined || sep === undefined || last.type !== "number" || sep.type !== "punct" || sep.start !== last.end) return false;
  if (sep.key === "/" || sep.key === "-") return true;
  const next = tokens[at + 1];
  return sep.key === "." && next !== undefined && next.type === "number" && next.start === sep.end;
}

/**
 * Whether the weekday at `k` ends a span of weekdays: "từ", a weekday ("thứ 2", "thứ Hai", "chủ nhật"),
 * then "đến" or "tới" right before it ("từ thứ 2 đến thứ 6 hàng tuần").
 */
function weekdaySpanEnd(tokens: readonly Token[], k: number): boolean {
  const to = tokens[k - 1];
  if (to === undefined || to.type !== "word" || (to.key !== "den" && to.key !== "toi")) return false;
  const day = tokens[k - 2];
  const first = tokens[k - 3];
  const weekday = first !== undefined && ((first.key === "thu" && day !== undefined && day.type !== "punct") || (first.key === "chu" && day?.key === "nhat"));
  return weekday && tokens[k - 4]?.key === "tu";
}

/**
 * Where the count of "Kỳ họp sẽ diễn ra trong 2 ngày (từ 25 - 26.12.2019)" ends: how long an event
 * lasts, not a time limit (-1: the reading is none). Only the count is passed over: a window
 * in brackets after it is read on its own. ("trong" is the lead a count reads with when none is
 * written, and is not kept.)
 */
export function eventDurationEnd(tokens: readonly Token[], k: number, rule: DeadlineRule, fallback: number): number {
  if (rule.kind !== "relative" || (rule.wording?.lead ?? "") !== "" || rule.anchor.text !== "") return -1;
  return tokens[k - 1]?.key === "ra" && tokens[k - 2]?.key === "dien" ? amountEnd(tokens, k, fallback) : -1;
}

/** How many words back a frequency is looked at as part of a report's name. */
const REPORT_REACH = 8;

/** Fold keys of the words that put a report's name in a clause ("tại các báo cáo …", "trong báo cáo …"). */
const INTO_REPORT: ReadonlySet<string> = new Set(["tai", "trong", "vao"]);

/**
 * Whether the frequency at `k` is part of the name of a periodic report that the clause puts
 * something in ("… và tại các báo cáo định kỳ hằng tuần", "báo cáo … kết quả thực hiện trong báo cáo
 * cải cách TTHC hằng tháng"): words only, back to "báo cáo" after "tại", "trong" or "vào" ("các"
 * between), within {@link REPORT_REACH} words. Such a report is where results go, and no day is named.
 */
function reportName(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 1 && j >= k - REPORT_REACH; j--) {
    const t = tokens[j] as Token;
    if (t.type !== "word") return false;
    if (t.key === "cao" && tokens[j - 1]?.key === "bao") {
      const into = tokens[j - 2]?.key === "cac" ? tokens[j - 3] : tokens[j - 2];
      return into !== undefined && into.type === "word" && INTO_REPORT.has(into.key);
    }
  }
  return false;
}
