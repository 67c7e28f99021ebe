/**
 * Counts back written after their reference: "trước ngày khai mạc ít nhất 10 ngày",
 * "trước khi giấy phép hết hạn 60 ngày", "trước ngày bầu cử 30 ngày". The reference is an event
 * that is not a deadline; `computeDeadline` takes its day as `context.due`, as for "chậm nhất 05
 * ngày làm việc trước ngày tổ chức hội nghị" (the same rule written the other way round).
 * @internal
 * @module
 */
import { foldKey } from "../normalize.js";
import type { DeadlineRule, DurationUnit } from "../../deadline/types.js";
import { collapseSpaces } from "../normalize.js";
import { hasKind, type Lexeme } from "../tokenize.js";
import { E, join, type Cursor } from "./cursor.js";
import { durationUnit, readAmount } from "./numbers.js";

/** Words (fold keys) that after "trước" mean "formerly" ("trước đây là 15 ngày", "trước kia"), not an event. */
const FORMERLY: ReadonlySet<string> = new Set(["day", "kia"]);

/** At most this many number words in an amount written in words ("một trăm hai mươi lăm"). */
const MAX_NUMBER_WORDS = 7;

/**
 * After "trước": a reference that is not a date ("ngày khai mạc", "khi giấy phép hết hạn", "phiên
 * họp", "kỳ họp"), so the count follows it. Nothing consumed.
 */
export function referenceFirstAhead(c: Cursor): boolean {
  if (c.is("when")) return true;
  // "trước đây", "trước kia": formerly, no event to count back from ("trước đó 3 ngày" counts back from "đó")
  if (FORMERLY.has(foldKey(c.peek()?.text ?? ""))) return false;
  // "trước phiên họp …", "trước kỳ họp …": a word the lexicon does not know, or "kỳ"
  const l = c.peek();
  if (l !== undefined && l.type === "word" && (l.entries.length === 0 || c.is("term"))) return true;
  return c.isUnit("day") && c.peek(1)?.type === "word" && !c.atBoundary(1) && !c.is("last", 1) && !c.is("ordinal", 1) && !c.isNumberStart(1) && !c.is("first", 1) && !c.is("mid", 1);
}

/**
 * The index after a count at `k` — lead words, an amount, a unit a count back may have, "làm việc"
 * — or -1 when there is none there. Bounded lookahead.
 */
function countEnd(c: Cursor, k: number): number {
  let i = k;
  while (i < k + 3 && (c.is("lead", i) || c.is("quota", i) || c.is("la", i))) i++;
  if (c.isNum(i)) {
    i++;
    // "20 (hai mươi) ngày": the amount in words in brackets after its digits
    if (c.isSym("(", i)) {
      let j = i + 1;
      while (j < i + 1 + MAX_NUMBER_WORDS && hasKind(c.peek(j), "numword")) j++;
      if (j > i + 1 && c.isSym(")", j)) i = j + 1;
    }
  } else {
    const startWords = i;
    while (i < startWords + MAX_NUMBER_WORDS && hasKind(c.peek(i), "numword")) i++;
    if (i === startWords) return -1;
  }
  const unit = c.unitValue(i) ?? "";
  if (!COUNT_UNITS.has(unit)) return -1;
  i++;
  // "ngày làm việc", "giờ làm việc", "ngày dương lịch", as the unit is read ("năm làm việc" is no unit: the count ends at "năm")
  if ((unit === "day" && (c.is("working", i) || c.is("calendar", i))) || (unit === "hour" && c.is("working", i))) i++;
  return i;
}

/**
 * Whether an amount ends the phrase at `k`: lead words, an amount, a day unit, then a clause
 * boundary ("ít nhất 10 ngày", "60 ngày", "05 ngày làm việc").
 */
function countAt(c: Cursor, k: number): boolean {
  const i = countEnd(c, k);
  // "Trước khi hết hạn 03 tháng, nếu muốn …": a comma ends the count too, and "và" before a second clause
  // ("thông báo cho bên mua điện trước 5 ngày và thông báo trước 3 ngày đối với …"), not before a second amount
  return i >= 0 && (c.atBoundary(i) || c.isSym(",", i) || (c.is("and", i) && !c.isNumberStart(i + 1)));
}

/** The units a count back may have: days, weeks, months, years, hours ("trước khi hết hạn 03 tháng"). */
const COUNT_UNITS: ReadonlySet<string> = new Set(["day", "week", "month", "year", "hour"]);

/**
 * After "trước": a count and the end of the clause ("trước 03 ngày"): counted back from an event
 * the text leaves implicit (the sentence names it: "gởi trước ngày trao thưởng ít nhất 07 ngày,
 * trường hợp khen thưởng đột xuất trước 03 ngày"). Nothing consumed.
 */
export function implicitCountAhead(c: Cursor, k = 0): boolean {
  return countAt(c, k);
}

/** The form of {@link implicitCountAhead} (consumed): a count back whose reference is "" (`context.due` is the event's day). */
export function implicitCount(c: Cursor): DeadlineRule {
  return countBack(c, "");
}

/**
 * After "trước": a count, then "so với" and the event it is counted back from ("trước 03 ngày so
 * với ngày họp", "trước ít nhất 10 ngày so với ngày khai mạc kỳ họp"). Nothing consumed.
 */
export function comparedCountAhead(c: Cursor): boolean {
  const i = countEnd(c, 0);
  return i >= 0 && c.is("compared", i) && !c.atBoundary(i + 1);
}

/** The form of {@link comparedCountAhead} (consumed): counted back from the event after "so với", as "chậm nhất 03 ngày trước ngày họp". */
export function comparedCount(c: Cursor): DeadlineRule {
  const counted = countBack(c, "");
  c.next(); // "so với"
  const reference = c.freeText(["ngày …"]);
  c.wording["order"] = "compared";
  return { ...counted, reference } as DeadlineRule;
}

/**
 * After "trước": a count, then "kể từ"/"tính từ"/"từ" and an event ("trước 210 ngày kể từ ngày
 * tiến hành việc xử lý"). Nothing consumed.
 */
export function countedFromAhead(c: Cursor): boolean {
  const i = countEnd(c, 0);
  if (i < 0) return false;
  // "trước 30 ngày tính đến ngày quỹ hết thời gian hoạt động": counted up to the event
  if (countedToAt(c, i)) return !c.atBoundary(i + 2);
  if (!c.is("from", i) || c.atBoundary(i + 1)) return false;
  const connector = c.entry("from", i)?.canonical;
  return connector === "kể từ" || connector === "tính từ" || connector === "từ";
}

/**
 * After "trước": a count, then the event it is counted back from with no connector ("Trước 05 ngày
 * bắt đầu phiên họp", "trước 30 ngày hết hạn giấy phép"): the first word after the count is one the
 * lexicon does not know (a verb of the event). Nothing consumed.
 */
export function eventAfterCountAhead(c: Cursor): boolean {
  const i = countEnd(c, 0);
  if (i < 0 || c.atBoundary(i)) return false;
  const l = c.peek(i);
  return l !== undefined && l.type === "word" && l.entries.length === 0;
}

/**
 * The form of {@link eventAfterCountAhead} (consumed): N days before the event, as "chậm nhất 05 ngày
 * trước khi bắt đầu phiên họp" (`wording.order` "event_after"; `computeDeadline` takes the event's
 * day as `context.due`).
 */
export function eventAfterCount(c: Cursor): DeadlineRule {
  const counted = countBack(c, "");
  const event = c.freeText(["…"]);
  c.wording["order"] = "event_after";
  return { ...counted, reference: event } as DeadlineRule;
}

/** "tính đến" at `k` (the count runs up to the event): bounded lookahead. */
function countedToAt(c: Cursor, k: number): boolean {
  return c.peek(k)?.type === "word" && foldKey(c.peek(k)?.text ?? "") === "tinh" && c.is("to", k + 1) && !(c.entry("to", k + 1)?.form.endsWith("hết") ?? false);
}

/**
 * The form of {@link countedFromAhead} (consumed). "trước N ngày kể từ ngày X" is N days before X:
 * a count back whose reference is the event (`wording.order` "counted_from", the connector in
 * `wording.connector` when not "kể từ"). After "thời hạn" (`limit`: "thời hạn trước 90 ngày kể
 * từ ngày có kết quả") the words name the time limit itself: within N days from the event, a
 * relative limit whose lead "thời hạn trước" is kept.
 */
export function countedFrom(c: Cursor, limit: boolean): DeadlineRule {
  const counted = countBack(c, "") as Extract<DeadlineRule, { kind: "before_deadline" }>;
  const upTo = countedToAt(c, 0);
  const connector = upTo ? "tính đến" : (c.entry("from") as { canonical: string }).canonical;
  c.p += upTo ? 2 : 1;
  const event = c.freeText(["ngày …"]);
  if (connector !== "kể từ") c.wording["connector"] = connector;
  if (limit) {
    delete c.wording["order"];
    c.wording["lead"] = c.wording["lead"] === undefined ? "thời hạn trước" : `thời hạn trước ${c.wording["lead"]}`;
    return { kind: "relative", amount: counted.amount, unit: counted.unit, anchor: { text: event } };
  }
  c.wording["order"] = "counted_from";
  return { ...counted, reference: event };
}

/** "trước <reference> [ít nhất] N ngày [làm việc]" after "trước" (consumed): counted back from the reference. */
export function referenceFirst(c: Cursor): DeadlineRule {
  const first = c.p;
  while (!c.atBoundary() && !countAt(c, 0)) c.p++;
  if (c.p === first || c.atBoundary()) {
    // No count after the reference. After "trước ngày" the word not understood is the one after
    // "ngày", where a date or a number was expected ("trước ngày ghi trong văn bản"); otherwise the
    // first word after "trước".
    c.p = first;
    if (c.isUnit("day")) {
      c.p = first + 1;
      c.fail([E.date, E.number, "… N ngày"]);
    }
    c.fail(["ngày", E.date, "… N ngày"]);
  }
  const a = c.lx[first] as Lexeme;
  const b = c.lx[c.p - 1] as Lexeme;
  const reference = collapseSpaces(c.text.slice(a.start, b.end));
  return countBack(c, reference);
}

/** `[LEADS] amount unit` after the reference (consumed): the rule, in the order "trước <reference> N ngày". */
function countBack(c: Cursor, reference: string): DeadlineRule {
  const leads: string[] = [];
  while (c.is("lead") || c.is("quota") || c.is("la")) {
    const e = c.entry("lead") ?? c.entry("quota") ?? c.entry("la");
    leads.push(e === undefined ? "" : e.kind === "quota" ? e.form : e.canonical);
    c.next();
  }
  const amount = readAmount(c);
  const unit = durationUnit(c);
  if (unit.unit === "working_hour") c.fail([E.end]);
  if (unit.written !== undefined) c.wording["unit"] = unit.written;
  c.wording["order"] = "reference_first";
  const lead = join(leads);
  if (lead !== "") c.wording["lead"] = lead;
  return { kind: "before_deadline", amount, unit: unit.unit as Exclude<DurationUnit, "working_hour">, reference };
}
