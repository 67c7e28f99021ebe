/**
 * The grammar of the deadline-phrase language: recursive descent over the lexemes of
 * {@link tokenize}, with bounded lookahead and no backtracking (linear time).
 *
 * ```text
 * phrase     := preamble body tail
 * preamble   := ( "→" | VERB ("/" VERB)* | ("thời hạn" | "hạn") ":"? )*          -- at the start only
 * body       := rrule | undated | window | urgent | sameDay | everyFirst | leads main
 * leads      := ( LEAD | "là" | "vào" | "lúc" )*                                 -- "chậm nhất là", "trong vòng" …
 * main       := "trước" ( time dateList | dateList every? | beforePeriod | weekday every? | "cuối tháng" every? | rrule )
 *             | time dateList                                                   -- "17 giờ ngày 14/11/2023"
 *             | "ngày" ( dateList every? | sameDay )                            -- "ngày 10 hàng tháng"
 *             | "tháng" ( month year? every? | ("cuối"|"đầu"|"giữa") "quý" every? | ε )
 *             | "quý" ( quarter year? )? | "năm" year? | "6 tháng" ("đầu"|"cuối") "năm" year?
 *             | ("cuối"|"giữa"|"đầu") ( "tháng" month? | "quý" quarter? | "năm" year? ) every?
 *             | weekday every? | amount unit ( "trước" REFERENCE | FROM ANCHOR | ε )
 * amount     := DIGITS ( "(" numberWords ")" )? | numberWords                   -- "10 (mười)", "hai mươi lăm"
 * unit       := "ngày" ("làm việc" | "dương lịch")? | ("giờ"|"h"|"tiếng") "làm việc"? | "tuần" | "tháng" | "năm"
 * dateList   := dateRef ( ("," | "và") "ngày"? dateRef )* ( "năm" YEAR )? label?
 * dateRef    := D ("/"|"-"|".") M (sep Y)? | D "tháng" M ("năm" Y)? | D "của"? "tháng" ("cuối"|"đầu"|"giữa") "quý"
 *             | "cuối" ("cùng" "của")? "tháng" | D
 * window     := ("từ"|"tính từ") "ngày" dateRef ( "tháng trước" | "năm trước" )? "kỳ báo cáo"? ("đến"|"tới") "ngày"? dateRef …
 * winStart   := ("từ"|"tính từ"|"bắt đầu từ"|"kể từ") WORDS &("đến" end)                -- kept verbatim; the end is the rule
 * span       := amount "ngày" ","? ( "bắt đầu từ" dateRef | window )                  -- a length and its first day
 * periodDay  := "ngày" ( "thứ" N | D | "cuối cùng" ) "của"? ( "tháng" NEXT | "tháng" POS "của"? ("quý"|"năm" "dương lịch"?) NEXT?
 *             | "tháng" POS "kể từ ngày kết thúc" ("năm"|"quý") | "tháng cuối kỳ báo cáo" | "quý" NEXT ) BASE? every?
 *             | "ngày thứ" N ","? FROM ANCHOR                                  -- N days from ANCHOR
 * NEXT       := ("tiếp theo"|"kế tiếp"|"sau"|"trước") "liền kề"?;  POS := "đầu" | "đầu tiên" | "cuối" | "thứ" N
 * tail       := ( "nhưng" LEADS amount unit | "(" except ")" | ","? except | "hoặc theo" TEXT | ","? "đối với" TEXT | "(" TEXT ")" )* "."?
 * except     := ("trừ"|"ngoại trừ") "trường hợp"? URGENCY ( ("," | "và" | "hoặc" | "/") URGENCY )* ( LEADS amount unit | "trong ngày" )?
 * ```
 *
 * ANCHOR, REFERENCE and TEXT are free text, kept verbatim (NFC, single spaces, original case);
 * they end at the end of the phrase or at a clause boundary: ";", "(", ")", "hoặc", "nhưng",
 * "trừ trường hợp …", or "," followed by "trừ", "nhưng", "hoặc" or a lead word.
 *
 * The top-level dispatch lives here (preamble, body, leads, main); each group of forms has its own
 * file: numbers, dates, times, relative, recurring, periodDays, periods, windows, urgency, tails.
 * @internal
 * @module
 */
import { beforePeriod, beforePeriodAhead } from "./beforePeriod.js";
import type { DeadlineRule } from "../../deadline/types.js";
import { PhraseParseError, issue } from "../../errors.js";
import { AT_ONCE_VERBS, type CompiledEntry } from "../lexicon.js";
import { hasKind, type Lexeme } from "../tokenize.js";
import { collapseSpaces, foldKey } from "../normalize.js";
import { finalize } from "./finalize.js";
import { Cursor, E, join } from "./cursor.js";
import { amountRule, anchorFirst, anchorFirstAhead, purposeAhead, undated } from "./relative.js";
import { consecutiveAhead } from "./numbers.js";
import { sameDay, urgent } from "./urgency.js";
import { isTimeAhead, timed } from "./times.js";
import { countRange, countRangeAhead } from "./countRange.js";
import { datedRule } from "./dates.js";
import { everyFirst, isRruleStart, lastOfMonth, rrule, weekly, dayWeekdayAhead } from "./recurring.js";
import { periodDay, periodDayAhead } from "./periodDays.js";
import { monthPeriod, point, quarterPeriod, yearPeriod } from "./periods.js";
import { bareWindowAhead, dateWindow, timedWindowAhead } from "./windows.js";
import { checkWeekday, weekdayBeforeDateAt, windowDay, windowDayAhead } from "./windowDays.js";
import { tail } from "./tails.js";
import { appliesAt, documentSubjectAhead, extensionAhead, labelledEntry, labelledEntryAhead, roleRule } from "./roles.js";
import { comparedCount, comparedCountAhead, countedFrom, countedFromAhead, eventAfterCount, eventAfterCountAhead, implicitCount, implicitCountAhead, referenceFirst, referenceFirstAhead } from "./countedBack.js";
import { weekOfMonth, weekOfMonthAhead } from "./weekOfMonth.js";
import { tetDate, tetDayAhead } from "./tetDays.js";
import { afterPredicate, daypartAhead, daypartDate, plannedAhead, readPlanned } from "./predicate.js";
import { startAhead, startRule } from "./starts.js";
import { readWindowStart, windowStartAhead } from "./windowStarts.js";

/** Parses the whole phrase (NFC, length checked by the caller). */
export function parsePhrase(text: string): DeadlineRule {
  const c = new Cursor(text);
  if (c.lx.length === 0) {
    throw new PhraseParseError([issue("phrase_empty", { text: c.text, index: 0, token: "", expected: [...E.start] })]);
  }
  preamble(c);
  const bodyAt = c.p;
  let read: DeadlineRule | undefined;
  try {
    read = rest(c);
  } catch (error) {
    if (!(error instanceof PhraseParseError)) throw error;
    // "hoàn thành tuyển sinh vào lớp 10 trước ngày 31-7": the words before a known lead, kept verbatim
    read = afterPredicate(new Cursor(c.text, { lexemes: c.lx, position: bodyAt, endIndex: c.endIndex }), (after) => {
      preamble(after);
      return rest(after);
    });
    if (read === undefined) throw error;
  }
  return notPlannedPeriod(c, read);
}

/**
 * "dự kiến vào tháng 6/2022", "Dự kiến Đại hội … hoàn thành trong quý II": the month or quarter a thing
 * is expected in sets no time limit, and is refused (`planned_period`); a planned day is read, with its
 * `planned` note.
 */
function notPlannedPeriod(c: Cursor, rule: DeadlineRule): DeadlineRule {
  const planned = rule.kind === "period" ? rule.notes?.find((n) => n.code === "planned") : undefined;
  if (planned === undefined) return rule;
  const text = String(planned.params?.["text"] ?? "dự kiến");
  const at = Math.max(0, c.text.indexOf(text));
  // the token is the whole expected time, so that running text reports it as one unread fragment
  return c.unsupported(at, "planned_period", { text }, c.text.slice(at).trimEnd());
}

/** The verbs of {@link AT_ONCE_VERBS} by their fold keys ("bao cao", "xac nhan" …). */
const PROMPT_VERBS: ReadonlySet<string> = new Set(AT_ONCE_VERBS.map(foldKey));

/** How many lexemes (1 or 2) of a verb of {@link PROMPT_VERBS} end right before `k`, or 0. */
function promptVerbEnding(c: Cursor, k: number): number {
  const word = (i: number): string => {
    const l = c.lx[c.p + i];
    return l !== undefined && l.type === "word" ? foldKey(l.text) : "";
  };
  if (c.p + k >= 2 && word(k - 2) !== "" && PROMPT_VERBS.has(`${word(k - 2)} ${word(k - 1)}`)) return 2;
  if (c.p + k >= 1 && PROMPT_VERBS.has(word(k - 1))) return 1;
  return 0;
}

/** The verb written before "ngay" at the cursor ("xác nhận" in "xác nhận ngay"), or undefined. */
function promptVerbBefore(c: Cursor): string | undefined {
  const n = promptVerbEnding(c, 0);
  if (n === 0) return undefined;
  return collapseSpaces(c.text.slice((c.lx[c.p - n] as Lexeme).start, (c.lx[c.p - 1] as Lexeme).end));
}

/**
 * A verb of {@link PROMPT_VERBS} at the cursor, then "ngay" and the end of the clause or a word
 * the lexicon does not know ("xác nhận ngay", "trả lời ngay tính hợp lệ …"): how many lexemes the
 * verb takes, or 0. Nothing consumed.
 */
function promptVerbAhead(c: Cursor): number {
  for (const n of [2, 1]) {
    if (!c.is("immediately", n) || promptVerbEnding(c, n) !== n) continue;
    if (c.atBoundary(n + 1) || atOnceObject(c, n + 1) || c.is("when", n + 1) || (c.entry("from", n + 1)?.canonical === "sau" && c.is("when", n + 2))) return n;
  }
  return 0;
}

/** Words after "ngay" that make it no "at once" ("ngay cả" even, "ngay tại" right at, "ngay từ đầu" right from …), by fold key. */
const NOT_AT_ONCE: ReadonlySet<string> = new Set(["ca", "tai", "tu", "ben", "canh", "giua", "thang", "ngan", "luc", "do", "dau", "sau", "truoc", "la"]);

/** Whether the word at `k` after "ngay" is what is done at once ("trả lời ngay tính hợp lệ …"): a word the lexicon does not know. */
function atOnceObject(c: Cursor, k: number): boolean {
  const l = c.peek(k);
  return l !== undefined && l.type === "word" && l.entries.length === 0 && !NOT_AT_ONCE.has(foldKey(l.text));
}

/** The body and its tail, to the end of the phrase. */
function rest(c: Cursor): DeadlineRule {
  let rule = body(c);
  rule = tail(c, rule);
  if (!c.atEnd()) c.fail(E.tail);
  return finalize(rule, c.wording);
}

export function preamble(c: Cursor): void {
  for (;;) {
    // "Thời hạn giải quyết: 15 ngày …", "Thời hạn giải quyết | 15 ngày …" (a table's cells joined by " | ")
    if (c.p > 0 && (c.isSym(":") || c.isSym("|"))) {
      c.next();
      continue;
    }
    if (c.isSym("→") || (c.p === 0 && c.isSym("-"))) {
      c.next();
      continue;
    }
    // "xác nhận ngay", "trả lời ngay tính hợp lệ …": a verb done at once, read with "ngay" (see leadsAndMain)
    const prompt = promptVerbAhead(c);
    if (prompt > 0) {
      c.p += prompt;
      continue;
    }
    // ("được thực hiện kể từ ngày …" is read whole, an entry into force)
    if (c.is("verb") && !appliesAt(c, 0)) {
      c.next();
      while (c.isSym("/") && c.is("verb", 1)) {
        c.next();
        c.next();
      }
      continue;
    }
    if (c.is("deadline")) {
      c.next();
      if (c.isSym(":")) c.next();
      continue;
    }
    // "Dự kiến ngày 22/3": a planned day, kept in `wording.planned` (a `planned` note)
    if (plannedAhead(c) && c.wording["planned"] === undefined) {
      readPlanned(c);
      continue;
    }
    // "trong thời gian từ ngày 5/3 đến ngày 10/3/2024": before a dated window, "trong thời gian" says no more than "thời gian"
    // (only where the phrase opens: after a predicate the window would be written back without it)
    if (c.is("lead") && c.entry("lead")?.canonical === "trong thời gian" && c.is("from", 1) && (windowDayAhead(c, 2) || timedWindowAhead(c, 2)) && c.atOpening()) {
      c.next();
      continue;
    }
    // "có ít nhất 15 ngày để …": "có" before a minimum is not kept
    if (c.peek()?.type === "word" && foldKey((c.peek() as { text: string }).text) === "co" && c.is("quota", 1)) {
      c.next();
      continue;
    }
    return;
  }
}

export function body(c: Cursor): DeadlineRule {
  if (isRruleStart(c)) return rrule(c, "by");
  if (c.is("not_deadline")) c.failCode("phrase_not_deadline", []);
  if (c.is("quota") && countedBackAhead(c)) return leadsAndMain(c);
  // "tối thiểu trước 30 ngày tính đến ngày …": the minimum written before "trước", read as after it
  if (c.is("quota") && c.is("before", 1) && quotaBeforeCountAhead(c)) return quotaBeforeCount(c);
  if (c.is("quota") && c.is("before", 1) && doubledBeforeAhead(c)) return doubledBefore(c);
  if (c.is("quota") && minimumAhead(c)) return minimumFrom(c);
  if (c.is("quota") || (c.is("periodic") && c.is("quota", 1))) {
    c.failCode("phrase_quota", ["parseQuota"]);
  }
  if (c.is("undated")) return undated(c);
  const preface = prefaceEnd(c);
  if (preface > 0) return prefaced(c, preface);
  if (anchorFirstAhead(c)) return anchorFirst(c, leadsAndMain);
  // "từ 15 đến 30 ngày": a range of counts, refused (not the start "từ 15/3")
  if (countRangeAhead(c)) return countRange(c);
  // "Từ ngày 15/3", "từ 0 giờ ngày 13/7/2021": a start with no end
  if (startAhead(c)) return startRule(c);
  // "từ 21-9 đến hết tháng 12-2018": a dated start before a month, read as the window's end
  if (windowStartAhead(c) > 0) return leadsAndMain(c);
  // "ngày 5 đến ngày 10/3/2024", "Ngày 10 đến 16/5": a dated window written without "từ"
  if (bareWindowAhead(c)) return dateWindow(c);
  if (c.is("from") && (windowDayAhead(c, 1) || timedWindowAhead(c, 1))) {
    const f = c.entry("from") as CompiledEntry;
    if (f.canonical === "từ" || f.canonical === "tính từ" || f.canonical === "kể từ" || f.canonical === "bắt đầu từ") return dateWindow(c);
  }
  // "từ tháng 4 - 5/2012": a span of months of one year after "từ", its last month counting as for "tháng 4 - 5/2012"
  if (c.entry("from")?.canonical === "từ" && c.isUnit("month", 1) && c.isNum(2) && c.isSym("-", 3) && c.isNum(4)) return monthSpanFrom(c);
  if (c.is("urgency")) return urgent(c);
  if (labelledEntryAhead(c)) return labelledEntry(c);
  if (c.is("role") || appliesAt(c, 0)) return roleRule(c);
  // "Quyết định này có hiệu lực kể từ ngày ký": the document is the subject, kept with the role's words
  const document = documentSubjectAhead(c);
  if (document > 0) return roleRule(c, document);
  const subject = extensionAhead(c);
  if (subject > 0) return roleRule(c, subject);
  if (c.is("periodic") || c.is("every")) {
    const periodicAt = c.index();
    const early = everyFirst(c);
    if (early !== undefined) return early;
    // "định kỳ từ ngày 25 đến ngày 30 hằng tháng" (NĐ 13/2016): a window of every month
    const rule = c.is("from") && windowDayAhead(c, 1) ? dateWindow(c) : leadsAndMain(c);
    // "định kỳ vào ngày 05 và 20 hàng tháng", "định kỳ vào ngày thứ Sáu tuần thứ 2 hàng tháng": an RRULE read from words recurs too
    if (rule.kind !== "recurring" && rule.kind !== "rrule") c.contradiction(periodicAt, "periodic_needs_recurring", {}, "định kỳ");
    return rule;
  }
  return leadsAndMain(c);
}

/** The form of "từ tháng 4 - 5/2012" (consumed): the span of months read by {@link monthPeriod}, with "từ" as its lead. */
function monthSpanFrom(c: Cursor): DeadlineRule {
  const at = c.p;
  c.next(); // từ
  const rule = monthPeriod(c, []);
  if (rule.kind !== "period" || c.wording["from"] === undefined) {
    c.p = at;
    c.fail(["từ ngày"]);
  }
  c.wording["lead"] = "từ";
  return rule;
}

/** How many lexemes a leading clause that is not a time limit may take ("Theo từng đợt, …"). */
export const PREFACE_REACH = 8;

/**
 * Where a leading clause that is not a time limit ends, or -1 (bounded lookahead): "Theo từng đợt,
 * trong thời gian 20 ngày …" ("theo" and a few words, "," and a lead word), a label before a colon
 * or a dash ("Hoàn chỉnh hồ sơ: Trong thời hạn 03 ngày …", "Trực tiếp - 12 Ngày", a one-stop
 * table's channel), or a condition before a comma ("chưa đủ hồ sơ hợp lệ, trong vòng 03 ngày …"),
 * followed by a lead word or a count. The clause holds no number (but the number of an appointment,
 * "Hẹn lần 1:") and no word that starts a time expression, and its first word is one the lexicon does
 * not know (or "theo"). An article's heading ("Điều 2.") is one too, and so is a record's field of two
 * words or more before a colon and a numeric date ("Ngày đăng ký cuối cùng: 11/5/2018"), whatever its
 * first word.
 */
function prefaceEnd(c: Cursor): number {
  // one leading clause only: after an article's heading a second label is not read ("Điều 2. Hồ sơ: …")
  if (c.wording["preface"] !== undefined) return -1;
  // "Điều 2. Quyết định này có hiệu lực …": the article's heading, pasted with its sentence
  if (foldKey(c.peek()?.text ?? "") === "dieu" && c.isNum(1) && c.isSym(".", 2) && !c.atEnd(3)) return 2;
  const first = c.peek();
  if (first === undefined || first.type !== "word" || c.is("lead") || c.is("from") || c.is("before")) return -1;
  const unknown = c.is("per") || first.entries.length === 0;
  for (let k = 1; k < PREFACE_REACH; k++) {
    // "Hẹn lần 1: không quá 05 ngày làm việc": the number of an appointment in a label before a colon
    if (c.isNum(k) && foldKey(c.peek(k - 1)?.text ?? "") === "lan" && c.isSym(":", k + 1)) continue;
    if (c.isNum(k) || c.is("lead", k) || c.is("from", k) || c.is("before", k) || c.is("urgency", k) || c.is("periodic", k) || c.is("every", k) || c.is("role", k)) return -1;
    const mark = c.isSym(",", k) ? "," : c.isSym(":", k) ? ":" : c.isSym("-", k) ? "-" : undefined;
    // "Ngày đăng ký cuối cùng: 11/5/2018": a record's field and its numeric date (written back with "ngày")
    const day = c.isUnit("day", k + 1) ? 1 : 0;
    if (mark === ":" && k > 1 && c.isNum(k + 1 + day) && c.isDateSep(k + 2 + day) && c.isNum(k + 3 + day)) return k;
    if (mark !== undefined) return unknown && (c.is("lead", k + 1) || (mark !== "," && c.isNum(k + 1) && c.unitValue(k + 2) !== undefined)) ? k : -1;
    if (c.atBoundary(k)) return -1;
  }
  return -1;
}

/**
 * The leading clause that ends at `end` ({@link prefaceEnd}) is not a time limit: it is kept verbatim in
 * `wording.preface` (written back before the deadline, with its colon or dash when it has one:
 * "Hoàn chỉnh hồ sơ:", "Trực tiếp -") and the deadline after it is read.
 */
function prefaced(c: Cursor, end: number): DeadlineRule {
  const mark = c.isSym(",", end) ? "" : c.isSym(":", end) ? ":" : c.isSym(".", end) ? "." : ` ${(c.peek(end) as Lexeme).text}`;
  // a label before a colon keeps the words the preamble read before it ("Hạn nộp hồ sơ: 15/5/2018")
  const a = (mark === ":" ? c.lx[c.opening] : c.peek()) as Lexeme;
  const b = c.peek(end - 1) as Lexeme;
  const preface = `${collapseSpaces(c.text.slice(a.start, b.end))}${mark}`;
  c.p += end + 1;
  if (mark === ".") {
    // after an article's heading, any form a phrase may open with (a document as the subject …)
    c.wording["preface"] = preface;
    c.opening = c.p;
    return body(c);
  }
  const rule = leadsAndMain(c);
  c.wording["preface"] = preface;
  return rule;
}

/** "tối thiểu trước 30 ngày tính đến …": "trước", then a count and its event, after the quota word (bounded lookahead). */
function quotaBeforeCountAhead(c: Cursor): boolean {
  const at = c.p;
  c.p += 2;
  const ahead = countedFromAhead(c);
  c.p = at;
  return ahead;
}

/** The form of {@link quotaBeforeCountAhead}: as "trước tối thiểu 30 ngày tính đến …", the quota word the lead of the count. */
function quotaBeforeCount(c: Cursor): DeadlineRule {
  const quota = (c.entry("quota") as CompiledEntry).form;
  c.p += 2;
  if (c.is("lead") || c.is("quota")) c.fail([E.number]);
  const rule = countedFrom(c, false);
  c.wording["lead"] = quota;
  return rule;
}

/**
 * "tối thiểu trước 03 ngày làm việc trước khi thực hiện khuyến mại": a minimum, "trước", then a count back with its own
 * "trước" (the first "trước" written twice, as the source does). Nothing consumed.
 */
function doubledBeforeAhead(c: Cursor): boolean {
  const at = c.p;
  // (from "trước", the count and its own "trước" lie where they lie after a minimum's word)
  c.p += 1;
  const ahead = c.isNumberStart(1) && countedBackAhead(c);
  c.p = at;
  return ahead;
}

/** The form of {@link doubledBeforeAhead}: the count back, its lead the minimum and "trước" as written. */
function doubledBefore(c: Cursor): DeadlineRule {
  const quota = (c.entry("quota") as CompiledEntry).form;
  c.p += 2;
  const rule = leadsAndMain(c);
  if (rule.kind !== "before_deadline" || (c.wording["lead"] ?? "") !== "") c.fail([E.end]);
  c.wording["lead"] = `${quota} trước`;
  return rule;
}

/** "ít nhất 03 ngày [làm việc] trước …": an amount and "trước" within a few lexemes (bounded lookahead). */
export function countedBackAhead(c: Cursor): boolean {
  for (let k = 1; k <= 8; k++) {
    const l = c.peek(k);
    if (l === undefined) return false;
    if (hasKind(l, "before")) return k >= 3;
    // "ít nhất là 07 ngày làm việc trước …"
    if (k === 1 && hasKind(l, "la")) continue;
    const ok = l.type === "number" || (l.type === "punct" && (l.sym === "(" || l.sym === ")")) || hasKind(l, "numword") || hasKind(l, "unit") || hasKind(l, "working") || hasKind(l, "calendar");
    if (!ok) return false;
  }
  return false;
}

/**
 * "ít nhất (là) 07 ngày kể từ ngày đăng", "tối thiểu 30 ngày kể từ ngày niêm yết", "ít nhất 15
 * ngày" ending the phrase: an amount and a unit then a connector, "đối với" or the end, right after "ít
 * nhất"/"tối thiểu" (bounded lookahead), is how long something must last, not a quota ("tối thiểu
 * 1 ngày 1 văn bản" goes on after its unit).
 */
export function minimumAhead(c: Cursor): boolean {
  let k = 1;
  if (c.is("la", k)) k++;
  if (!c.isNumberStart(k)) return false;
  const unitAt = (j: number): boolean => hasKind(c.peek(j), "unit") || hasKind(c.peek(j), "working") || hasKind(c.peek(j), "calendar");
  // ("15 ngày liên tục": days in a row)
  const afterUnit = (j: number): boolean => unitAt(j) || (j >= 2 && unitAt(j - 2) && consecutiveAhead(c, j - 1));
  for (k++; k <= 10; k++) {
    const l = c.peek(k);
    // "niêm yết … ít nhất 15 ngày": the amount and unit end the phrase (a quota goes on: "1 ngày 1 văn bản")
    if (l === undefined || (l.type === "punct" && (l.sym === "." || l.sym === ";"))) return afterUnit(k - 1);
    if (hasKind(l, "from")) return afterUnit(k - 1) || c.isSym(",", k - 1);
    // "có ít nhất 15 ngày để nộp học phí kể từ …": a purpose, then the connector
    if (afterUnit(k - 1) && purposeAhead(c, k) > 0) return true;
    // "Ít nhất 45 ngày đối với hợp đồng lao động không xác định thời hạn": the case the minimum is for (BLLĐ 2019 Đ.35, 36)
    if (afterUnit(k - 1) && hasKind(l, "scope")) return true;
    if (unitAt(k - 1) && consecutiveAhead(c, k)) {
      k++;
      continue;
    }
    const ok = l.type === "number" || (l.type === "punct" && (l.sym === "(" || l.sym === ")" || l.sym === ",")) || hasKind(l, "numword") || hasKind(l, "unit") || hasKind(l, "working") || hasKind(l, "calendar");
    if (!ok) return false;
  }
  return false;
}

/** The rule of {@link minimumAhead}: a relative limit with the role `minimum_notice`, "ít nhất" kept as its lead. */
function minimumFrom(c: Cursor): DeadlineRule {
  const rule = leadsAndMain(c);
  if (rule.kind !== "relative") c.failCode("phrase_quota", ["parseQuota"]);
  c.wording["role"] = "";
  return { ...rule, role: "minimum_notice" };
}

export function leadsAndMain(c: Cursor): DeadlineRule {
  const leads: string[] = [];
  if (c.is("quota")) {
    leads.push((c.entry("quota") as CompiledEntry).form);
    c.next();
  }
  // "ngay sau khi ký", "ngay khi nhận được": at once after an event
  if (c.is("immediately") && ((c.entry("from", 1)?.canonical === "sau" && !c.isNumberStart(2)) || c.is("when", 1))) {
    c.next();
    let lead = "ngay";
    if (!c.is("when")) {
      c.next();
      lead = "ngay sau";
    }
    const anchor = c.freeText(["khi …"]);
    c.wording["lead"] = lead;
    return { kind: "same_day", nextWorkingDay: false, anchor: { text: anchor } };
  }
  // "báo cáo ngay", "xác nhận ngay", "trả lời ngay": done at once, on the day the duty arises (its event left to
  // the plan); the verb is kept in the lead, as running text gives no other word to find the form by
  const verb = c.is("immediately") && leads.length === 0 ? promptVerbBefore(c) : undefined;
  if (verb !== undefined) {
    if (c.atBoundary(1)) {
      c.next();
      c.wording["lead"] = `${verb} ngay`;
      return { kind: "same_day", nextWorkingDay: false };
    }
    // "báo cáo ngay các trường hợp …": words of no time form after it; the objection is at the first of them,
    // so running text is cut after "ngay"
    if (atOnceObject(c, 1)) {
      c.next();
      c.fail(["khi …", "sau khi …", "trong ngày"]);
    }
  }
  // "chậm nhất ngay trước thời điểm tàu thuyền rời cảng", "ngay trước khi khai mạc": at the latest the event itself, on its day
  const latest = c.entry("lead")?.canonical === "chậm nhất" ? 1 : 0;
  // without "chậm nhất" the event must be announced ("khi", "thời điểm"), as running text gives no other lead to find it by
  const announced = latest === 1 || foldKey(c.peek(2)?.text ?? "") === "khi" || (foldKey(c.peek(2)?.text ?? "") === "thoi" && foldKey(c.peek(3)?.text ?? "") === "diem");
  if (c.is("immediately", latest) && c.is("before", latest + 1) && announced && !c.isNumberStart(latest + 2) && !c.atBoundary(latest + 2)) {
    c.p += latest + 2;
    const anchor = c.freeText(["thời điểm …", "khi …"]);
    c.wording["lead"] = latest === 1 ? "chậm nhất ngay trước" : "ngay trước";
    return { kind: "same_day", nextWorkingDay: false, anchor: { text: anchor } };
  }
  // "ngay trong ngày", "ngay trong tháng 12-2009": within the day or the month named, "ngay" kept with the lead
  if (c.is("immediately") && c.entry("lead", 1)?.canonical === "trong" && (c.isUnit("day", 2) || c.isUnit("month", 2) || c.isUnit("quarter", 2))) {
    c.next();
    leads.push("ngay");
  }
  for (;;) {
    if (c.is("lead") || c.is("la") || c.is("at")) {
      const e = (c.entry("lead") ?? c.entry("la") ?? c.entry("at")) as CompiledEntry;
      leads.push(e.canonical);
      c.next();
      // "trong phạm vi không quá 05 ngày làm việc": within the bound that follows
      if (e.canonical === "trong" && withinBoundAhead(c)) {
        c.p += 2;
        leads[leads.length - 1] = "trong phạm vi";
      }
      continue;
    }
    // "trong thời gian ít nhất 15 ngày": a quota word after another lead word is a lead word
    if (leads.length > 0 && c.is("quota")) {
      leads.push((c.entry("quota") as CompiledEntry).form);
      c.next();
      continue;
    }
    // "từ nay đến cuối năm 2025", "từ nay đến ngày 31/12/2025": a window that starts now; its end is the limit
    if (leads.length === 0 && c.entry("from")?.canonical === "từ" && c.peek(1)?.text.toLowerCase() === "nay" && c.is("to", 2)) {
      leads.push("từ nay");
      c.p += 2;
      continue;
    }
    // "(chuyển) sang thứ 2 ngày 17 tháng 10 năm 2016", "lùi sang ngày 20/3": the day a time is moved to ("sang" written
    // without its accent only: "sáng" is the morning)
    if (leads.length === 0 && c.peek()?.type === "word" && c.peek()?.text.toLowerCase() === "sang" && (weekdayBeforeDateAt(c, 1) || (c.isUnit("day", 1) && c.isNum(2)))) {
      leads.push("sang");
      c.next();
      continue;
    }
    // "vào các ngày 5 và 6 hàng tháng", "vào các ngày thứ Hai hằng tuần": "các" (the plural) before the days is not kept
    if (c.peek()?.type === "word" && c.peek()?.entries.length === 0 && foldKey(c.peek()?.text ?? "") === "cac" && c.isUnit("day", 1) && (c.isNum(2) || c.is("ordinal", 2))) {
      c.next();
      continue;
    }
    // "vào dịp 1/1/2019", "dịp 2.9": the occasion of a named day is that day, the word kept with the lead
    if (!leads.includes("dịp") && c.peek()?.type === "word" && foldKey(c.peek()?.text ?? "") === "dip" && ((c.isUnit("day", 1) && c.isNum(2)) || (c.isNum(1) && c.isDateSep(2) && c.isNum(3)))) {
      leads.push("dịp");
      c.next();
      continue;
    }
    // "từ ngày ra thông báo đến hết ngày 31/5/2022", "từ tháng 4/2022 đến …": a window's start kept verbatim, its end read
    const startWords = leads.length === 0 && c.wording["start"] === undefined ? windowStartAhead(c) : 0;
    if (startWords > 0) {
      c.wording["start"] = readWindowStart(c, startWords);
      continue;
    }
    // "chậm nhất đến ngày …";
    // "đến ngày 31/12/2025", "đến 16 giờ 30 ngày 5-6": "đến" alone before a date or a time
    // "đến hết tháng 12/2020" (a data cut-off): the end of a named month, as "trong tháng 12/2020"
    // "đến cuối năm 2025", "đến cuối tháng 12/2025": to the end of a named period, as "cuối năm 2025"
    // "đến hết năm 2025", "đến hết quý III/2025": through the end of a named year or quarter ("hết" written)
    const throughEnd = c.is("to") && ((c.entry("to") as CompiledEntry | undefined)?.form.endsWith("hết") ?? false) && ((c.isUnit("year", 1) && c.isNum(2)) || (c.isUnit("quarter", 1) && quarterNumberAt(c, 2)));
    const toMonth = c.is("to") && ((c.isUnit("month", 1) && c.isNum(2)) || (c.is("last", 1) && (c.isUnit("year", 2) || c.isUnit("month", 2)) && c.isNum(3)) || throughEnd);
    // "đến chiều ngày 8-12": a part of the day before the date; "đến 25/3": a date without "ngày"
    const dateAt = (k: number): boolean => c.isNum(k) && (c.isDateSep(k + 1)) && c.isNum(k + 2);
    const toDate = toMonth || (c.is("to") && ((c.isUnit("day", 1) && c.isNum(2)) || (c.isNum(1) && (c.isUnit("hour", 2) || c.isSym(":", 2))) || dateAt(1) || (c.is("daypart", 1) && (c.isUnit("day", 2) || c.isNum(2)))));
    // "từ nay đến trước ngày 30/5/2018": a window that starts now and ends before a named day
    const nowToBefore = leads[leads.length - 1] === "từ nay" && c.is("to") && c.is("before", 1) && ((c.isUnit("day", 2) && c.isNum(3)) || dateAt(2));
    if ((leads.length > 0 && c.is("to") && (c.isUnit("day", 1) || (toMonth && leads[leads.length - 1] === "từ nay") || c.is("last", 1) || c.is("first", 1) || c.is("mid", 1) || c.isNum(1))) || (leads.length === 0 && toDate) || nowToBefore) {
      // "đến hết ngày …" (through the end of the day) keeps "hết"; "tới" is spelt "đến"
      leads.push((c.entry("to") as CompiledEntry).form.endsWith("hết") ? "đến hết" : "đến");
      c.next();
      continue;
    }
    // "kết thúc vào ngày 31 tháng 01 năm sau" (TT 85/2017): the period ends with that day
    if (leads.length === 0 && c.is("end") && c.is("at", 1) && c.isUnit("day", 2) && c.isNum(3)) {
      leads.push("kết thúc");
      c.next();
      continue;
    }
    // "Hạn chót: 31/12/2025"
    if (leads.length > 0 && c.isSym(":")) {
      c.next();
      continue;
    }
    break;
  }
  return main(c, leads);
}

/** A quarter's number at `k`: digits or a Roman numeral ("quý 3", "quý III/2025"). */
function quarterNumberAt(c: Cursor, k: number): boolean {
  const l = c.peek(k);
  return l !== undefined && (l.type === "number" || (l.type === "word" && /^(i|ii|iii|iv)$/i.test(l.text)));
}

/** "phạm vi" after "trong", then a lead word or an amount (bounded lookahead). */
function withinBoundAhead(c: Cursor): boolean {
  return foldKey(c.peek()?.text ?? "") === "pham" && foldKey(c.peek(1)?.text ?? "") === "vi" && (c.is("lead", 2) || c.isNumberStart(2));
}

/**
 * A form that can follow the lead words: `at` looks ahead (bounded, nothing consumed), `read`
 * parses it. The first entry of {@link FORMS} whose `at` holds is read.
 */
export interface Form {
  /** What the form reads, for readers of the table ("named date", "amount" …). */
  readonly name: string;
  at(c: Cursor, leads: readonly string[]): boolean;
  read(c: Cursor, leads: string[]): DeadlineRule;
}

const endsWithTrong = (leads: readonly string[]): boolean => {
  const last = leads[leads.length - 1];
  return last === "trong" || last === "trong vòng";
};

const endsWithAt = (leads: readonly string[]): boolean => {
  const last = leads[leads.length - 1];
  return last === "vào" || last === "lúc" || last === "vào lúc";
};

/** Leads of a limit that may stand before "trước <reference> N ngày" ("chậm nhất là", "muộn nhất", "trễ nhất"). */
const LATEST_LEAD = /^(chậm nhất|muộn nhất|trễ nhất)( là)?$/u;

/** {@link referenceFirst} after the lead of a limit (`wording.order` "lead_reference_first", the lead in `wording.lead`). */
function leadReferenceFirst(c: Cursor, lead: string): DeadlineRule {
  const at = c.p;
  const rule = referenceFirst(c);
  // a second lead after the reference ("chậm nhất trước ngày họp ít nhất 05 ngày") is not read
  if (c.wording["lead"] !== undefined) {
    c.p = at;
    c.fail([E.date, E.number]);
  }
  c.wording["lead"] = lead;
  c.wording["order"] = "lead_reference_first";
  return rule;
}

/** "trước …": a time, a date, a weekday, "cuối tháng" or an RRULE (consumes "trước"). */
function beforeForm(c: Cursor, leads: string[]): DeadlineRule {
  // "thời hạn trước 90 ngày kể từ …": the deadline word of the preamble right before "trước"
  const colon = c.p > 1 && c.lx[c.p - 1]?.type === "punct" && (c.lx[c.p - 1] as { sym?: string }).sym === ":" ? 1 : 0;
  const afterDeadlineWord = leads.length === 0 && c.p > colon && hasKind(c.lx[c.p - 1 - colon], "deadline");
  c.next();
  const words = [...leads, "trước"];
  if (isRruleStart(c)) return rrule(c, "before", join(words));
  // "thông báo trước 48 giờ", "trước 24 giờ" with no day after: hours no clock shows, counted back from an event
  if (leads.length === 0 && c.isNum() && (c.peek() as Lexeme).value >= 24 && c.isUnit("hour", 1) && implicitCountAhead(c)) return implicitCount(c);
  if (isTimeAhead(c, true)) return timed(c, words);
  if (weekdayBeforeDateAt(c, 0)) return weekdayDate(c, words, "before");
  if (dayWeekdayAhead(c)) return weekly(c, words, "before");
  if (weekOfMonthAhead(c)) return weekOfMonth(c, words, "before");
  if (leads.length === 0 && referenceFirstAhead(c)) return referenceFirst(c);
  // "chậm nhất là trước ngày thi 01 ngày làm việc": the lead of a limit before a count back written after its reference
  if (LATEST_LEAD.test(join(leads)) && referenceFirstAhead(c)) return leadReferenceFirst(c, join(leads));
  if (leads.length === 0 && comparedCountAhead(c)) return comparedCount(c);
  if (leads.length === 0 && countedFromAhead(c)) return countedFrom(c, afterDeadlineWord);
  if (leads.length === 0 && eventAfterCountAhead(c)) return eventAfterCount(c);
  if (leads.length === 0 && implicitCountAhead(c)) return implicitCount(c);
  if (c.isUnit("day") || c.isNum()) return datedRule(c, words, "before");
  if (beforePeriodAhead(c)) return beforePeriod(c, words);
  if (c.is("ordinal") || c.is("sunday")) return weekly(c, words, "before");
  if (c.is("last") && c.isUnit("month", 1)) return lastOfMonth(c, words, "before");
  return c.fail(["ngày", E.date, "giờ (time)", "thứ (weekday)", "cuối tháng", "tháng mm/yyyy", "quý", "năm yyyy"]);
}

/** "[vào] Chủ nhật ngày 15/3/2026": a named day after its weekday; the weekday, checked against a date with its year, is not kept. */
function weekdayDate(c: Cursor, leads: string[], bound: "by" | "before"): DeadlineRule {
  const weekday = windowDay(c, false);
  // "ngày" was read with the weekday: the date follows
  c.p--;
  const rule = datedRule(c, leads, bound);
  if (rule.kind !== "fixed_date" || rule.dates.length !== 1) return c.fail([E.date]);
  const date = rule.dates[0] as { year?: number; month: number; day: number };
  checkWeekday(c, weekday, { ...date, start: 0 });
  return rule;
}

/**
 * The forms after the lead words, in the order they are tried. A new form is one file exporting
 * its reader and one entry here.
 */
export const FORMS: readonly Form[] = [
  // "[ngày] thứ Sáu tuần thứ 2 hằng tháng": before "ngày thứ N" (a day of a period)
  { name: "weekday of a week", at: (c) => weekOfMonthAhead(c), read: (c, leads) => weekOfMonth(c, leads, "by") },
  // "vào ngày thứ Tư hằng tuần": before "ngày thứ N" (the N-th day)
  { name: "weekday of every week", at: (c) => dayWeekdayAhead(c), read: (c, leads) => weekly(c, leads, "by") },
  { name: "before", at: (c) => c.is("before"), read: beforeForm },
  // after "vào", "lúc" a time of day stands without its day too ("vào 16h00 hàng ngày"), as after "trước"
  { name: "time of day", at: (c, leads) => isTimeAhead(c, endsWithAt(leads)), read: timed },
  {
    name: "day of a period",
    at: (c) => c.isUnit("day") && ((c.is("ordinal", 1) && c.isNumberWordOrNum(2)) || periodDayAhead(c, 1)),
    read: (c, leads) => periodDay(c, leads, "by"),
  },
  { name: "same day", at: (c, leads) => c.isUnit("day") && endsWithTrong(leads) && !c.isNum(1) && !c.is("last", 1), read: sameDay },
  // "vào mùng 2 Tết Mậu Tý (8-2)": a day of Tết checked against its solar date
  { name: "day of Tết", at: (c) => tetDayAhead(c), read: tetDate },
  // "vào chiều 8-12", "sáng ngày 05/12/2019": the part of the day is kept, the day counts
  { name: "part of the day", at: (c) => daypartAhead(c), read: (c, leads) => daypartDate(c, leads, (d, l) => datedRule(d, l, "by")) },
  // "vào Chủ nhật ngày 15/3/2026", "thứ Bảy, ngày 30/8/2025": the weekday is checked against the day, then not kept
  { name: "weekday before a date", at: (c) => weekdayBeforeDateAt(c, 0), read: (c, leads) => weekdayDate(c, leads, "by") },
  // "10 - 15 ngày", "từ 15 đến 30 ngày": a range of counts, refused (before "10-15" is read as a date)
  { name: "range of counts", at: (c) => countRangeAhead(c), read: (c) => countRange(c) },
  {
    name: "named date",
    at: (c) => (c.isUnit("day") && (c.isNum(1) || c.is("last", 1))) || (c.isNum() && (c.isDateSep(1)) && c.isNum(2)),
    read: (c, leads) => datedRule(c, leads, "by"),
  },
  { name: "amount", at: (c) => c.isNumberStart(), read: amountRule },
  { name: "month", at: (c) => c.isUnit("month"), read: monthPeriod },
  { name: "quarter", at: (c) => c.isUnit("quarter"), read: quarterPeriod },
  { name: "year", at: (c) => c.isUnit("year"), read: yearPeriod },
  { name: "point of a period", at: (c) => c.is("last") || c.is("mid") || c.is("first"), read: point },
  { name: "weekday", at: (c) => c.is("ordinal") || c.is("sunday"), read: (c, leads) => weekly(c, leads, "by") },
];

/** The form after the lead words: the first entry of {@link FORMS} that applies. */
export function main(c: Cursor, leads: string[]): DeadlineRule {
  for (const form of FORMS) if (form.at(c, leads)) return form.read(c, leads);
  return c.fail(leads.length > 0 ? [E.number, "ngày", "trước", "tháng", "quý", "năm"] : E.start);
}

/** A nested rule inside an exception: relative ("trong 24h") or same day ("trong ngày"). */
export function subRule(c: Cursor): DeadlineRule {
  const leads: string[] = [];
  if (c.is("immediately")) {
    c.next();
    leads.push("ngay");
  }
  while (c.is("lead") || c.is("la")) {
    leads.push(((c.entry("lead") ?? c.entry("la")) as CompiledEntry).canonical);
    c.next();
  }
  const last = leads[leads.length - 1];
  let rule: DeadlineRule;
  if (c.isUnit("day") && (last === "trong" || last === "trong vòng") && !c.isNum(1)) rule = sameDay(c, leads);
  else if (c.isNumberStart()) rule = amountRule(c, leads);
  else return c.fail([E.number, "ngày"]);
  if (rule.kind !== "relative" && rule.kind !== "same_day") c.fail([E.number]);
  return finalize(rule, c.wording);
}
