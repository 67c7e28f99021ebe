/**
 * What news reports and letters write around a named date: the predicate before the lead
 * ("hoàn thành tuyển sinh vào lớp 10 trước ngày 31-7", "khai giảng ngày 5/9", "thời hạn cuối nhận
 * tác phẩm dự thi là ngày 31/01/2017", "về trước 15/10", "gửi kết quả về Bộ Công an trước ngày …",
 * "thông quan trong ngày"), "dự kiến" (a planned day), the part of the
 * day before the date ("vào chiều 8-12"), a caption after it ("Ngày 13/3: Hạn cuối cùng") and the
 * postmark clause ("đến ngày 25/3 tính theo dấu bưu điện").
 *
 * The predicate is read only when the phrase itself does not parse: then the lexemes after the
 * preamble are walked (at most {@link PREDICATE_REACH}) to a lead the grammar knows, the rest is
 * parsed as a whole phrase from there, and the words before it are kept verbatim in
 * `wording.predicate`. Words that change what the date means stop the walk (the predicate is then
 * not read and the phrase is refused as before): "sớm nhất" (a bound from below), "khoảng"
 * (approximate), "từ", "sau", "không", "nếu", a quota, an alternative or an exception, a clause mark
 * (a comma only between two names written with capitals: "báo cáo Chính phủ, Thủ tướng trước 30/9"),
 * or a number written as a date. At most a few rest parses are tried, each of a phrase of bounded
 * length: no backtracking over the text.
 * @internal
 * @module
 */
import type { DeadlineRule } from "../../deadline/types.js";
import { PhraseParseError } from "../../errors.js";
import type { LexemeKind } from "../lexicon.js";
import { collapseSpaces, foldKey } from "../normalize.js";
import { finalize } from "./finalize.js";
import { entryOf, type Lexeme } from "../tokenize.js";
import { Cursor } from "./cursor.js";
import { weekOfMonthAhead } from "./weekOfMonth.js";
import { weekdayValue } from "./windowDays.js";

/** How many lexemes the predicate before a lead may take. */
export const PREDICATE_REACH = 14;

/** Folded words that change what a following date means: a predicate holding one is not read. */
const STOP_WORDS: ReadonlySet<string> = new Set(["som", "khoang", "tu", "sau", "khong", "neu", "chua", "muon", "cham", "ke", "tinh", "cach", "hoac"]);

/** Kinds of lexemes a predicate may not hold. */
const STOP_KINDS: readonly LexemeKind[] = ["from", "quota", "not_deadline", "or", "except", "case", "but", "undated", "urgency", "role", "periodic", "every", "immediately"];

/** Whether "dự kiến" starts at `k` (case and diacritics aside). */
export function plannedAhead(c: Cursor, k = 0): boolean {
  const a = c.peek(k);
  const b = c.peek(k + 1);
  return a?.type === "word" && b?.type === "word" && foldKey(a.text) === "du" && foldKey(b.text) === "kien";
}

/** Reads "dự kiến" (at {@link plannedAhead}) into `wording.planned`, as written. */
export function readPlanned(c: Cursor): void {
  const a = c.next();
  const b = c.next();
  c.wording["planned"] = c.text.slice(a.start, b.end);
}

/** A lead after which the rest of a phrase is tried: strong leads end the walk when the rest fails, weak ones ("vào", "là") do not. */
function leadAt(c: Cursor, k: number): "strong" | "weak" | undefined {
  // "kỳ họp dự kiến khai mạc ngày 7/12": "dự kiến" may stand inside the predicate
  if (plannedAhead(c, k)) return "weak";
  if (c.is("before", k) || c.is("lead", k) || c.is("to", k)) return "strong";
  if (c.isUnit("day", k) && c.isNum(k + 1)) return "strong";
  // "chuyển sang ngày 15/3": "sang" without diacritics after a predicate is the verb (over to), not "sáng"
  if (c.is("daypart", k) && (c.isUnit("day", k + 1) || c.isNum(k + 1)) && c.peek(k)?.text.toLowerCase() !== "sang") return "strong";
  if (c.is("at", k) || c.is("la", k)) return "weak";
  return undefined;
}

/**
 * "Hạn cuối nộp lệ phí là 17h ngày 21/7/2026": the nouns for a last day ("hạn cuối", "hạn chót")
 * are leads, but followed by what is due they open a predicate, not the date.
 */
function limitNounAhead(c: Cursor): boolean {
  const lead = c.entry("lead");
  return lead !== undefined && foldKey(lead.canonical).split(" ")[0] === "han" && !c.atEnd(1) && leadAt(c, 1) === undefined && !c.isNum(1) && predicateWord(c, 1);
}

/** Whether a word written with a capital stands at `k` ("Chính", "Thủ"). */
function capitalWordAt(c: Cursor, k: number): boolean {
  const l = c.peek(k);
  if (l === undefined || l.type !== "word") return false;
  const first = l.text[0] as string;
  return first !== first.toLowerCase();
}

/** Whether the lexeme at `k` may stand in a predicate. */
function predicateWord(c: Cursor, k: number): boolean {
  const l = c.peek(k) as Lexeme;
  // "báo cáo Chính phủ, Thủ tướng trước 30/9": a comma between two names of the addressees
  if (l.type === "punct") return l.sym === "," && (capitalWordAt(c, k - 1) || capitalWordAt(c, k - 2)) && capitalWordAt(c, k + 1);
  if (l.type === "number") return !(c.isDateSep(k + 1) || c.is("unit", k + 1));
  if (STOP_WORDS.has(foldKey(l.text))) return false;
  // "Ngân hàng" (a bank) is no "hàng" (every)
  if (c.is("every", k) && foldKey(c.peek(k - 1)?.text ?? "") === "ngan") return true;
  for (const kind of STOP_KINDS) if (c.is(kind, k)) return false;
  return true;
}

/**
 * The phrase read after a predicate, or undefined when there is none: `c` stands after the
 * preamble (its position is not moved), `parseRest` parses a whole phrase from a fresh cursor.
 */
export function afterPredicate(c: Cursor, parseRest: (rest: Cursor) => DeadlineRule): DeadlineRule | undefined {
  // a phrase that opens with a lead, a number, a date or a part of the day is the grammar's own
  if (c.atEnd() || (leadAt(c, 0) !== undefined && !limitNounAhead(c)) || c.isNum() || !predicateWord(c, 0)) return undefined;
  // the point of a period alone before a lead ("giữa vào tháng", "cuối trong năm") says nothing that is due: it is
  // no predicate (written back before the period it would be read as "giữa tháng")
  if ((c.is("last") || c.is("mid") || c.is("first")) && leadAt(c, 1) !== undefined) return undefined;
  // a weekday ("thứ Hai", "ngày Chủ nhật", "ngày thứ Hai tuần đầu tiên") opens a form of its own, not what is due
  const w = c.isUnit("day") ? 1 : 0;
  if (weekOfMonthAhead(c) || c.is("sunday", w) || (c.is("ordinal", w) && weekdayValue(c, w + 1) !== undefined)) return undefined;
  for (let k = 1; k <= PREDICATE_REACH && !c.atEnd(k); k++) {
    const lead = leadAt(c, k);
    if (lead !== undefined) {
      const rest = new Cursor(c.text, { lexemes: c.lx, position: c.p + k, endIndex: c.endIndex });
      try {
        const rule = parseRest(rest);
        // a predicate says what is due by a named day, in a named period or within the day ("thông quan trong
        // ngày"); other forms keep their own start
        const withinDay = rule.kind === "same_day" && rule.anchor === undefined && !rule.nextWorkingDay;
        // ("phải thông báo cho bên mua điện trước 5 ngày": notice given that long before an event the text leaves implicit)
        const implicitEvent = rule.kind === "before_deadline" && rule.reference === "";
        if (rule.kind !== "fixed_date" && rule.kind !== "period" && rule.kind !== "recurring" && rule.kind !== "rrule" && !withinDay && !implicitEvent) return undefined;
        const first = c.lx[0] as Lexeme;
        const upTo = c.lx[c.p + k - 1] as Lexeme;
        return finalize(rule, { ...(rule.wording ?? {}), predicate: collapseSpaces(c.text.slice(first.start, upTo.end)) });
      } catch (error) {
        if (!(error instanceof PhraseParseError)) throw error;
        if (lead === "strong") return undefined;
      }
    }
    if (!predicateWord(c, k)) return undefined;
  }
  return undefined;
}

/** "[vào] chiều 8-12", "sáng ngày 05/12/2019": a part of the day, then a named date. */
export function daypartAhead(c: Cursor): boolean {
  return c.is("daypart") && ((c.isUnit("day", 1) && c.isNum(2)) || (c.isNum(1) && (c.isDateSep(2)) && c.isNum(3)));
}

/**
 * The named date after a part of the day ({@link daypartAhead}): the day counts whole (the part of
 * the day is kept in `wording.daypart` and does not move the limit), so only a named date or a list
 * of them is read here; a recurring day after a part of the day is refused.
 */
export function daypartDate(c: Cursor, leads: string[], read: (c: Cursor, leads: string[]) => DeadlineRule): DeadlineRule {
  const at = c.p;
  const part = c.next();
  const rule = read(c, leads);
  if (rule.kind !== "fixed_date" || rule.time !== undefined) {
    c.p = at;
    c.fail(["ngày dd/mm/yyyy"]);
  }
  c.wording["daypart"] = entryOf(part, "daypart")?.canonical ?? part.text;
  return rule;
}

/** Lexemes of "[,] [tính] theo dấu bưu điện" at the cursor (case and diacritics aside), or 0. */
export function postmarkAhead(c: Cursor): number {
  let k = c.isSym(",") ? 1 : 0;
  const word = (j: number): string => {
    const l = c.peek(j);
    return l?.type === "word" ? foldKey(l.text) : "";
  };
  if (word(k) === "tinh") k++;
  for (const w of ["theo", "dau", "buu", "dien"]) {
    if (word(k) !== w) return 0;
    k++;
  }
  return k;
}

/** Reads the clause of {@link postmarkAhead} into `wording.postmark`, as written (with its comma). */
export function readPostmark(c: Cursor, length: number): void {
  const a = c.peek() as Lexeme;
  const b = c.peek(length - 1) as Lexeme;
  c.p += length;
  c.wording["postmark"] = collapseSpaces(c.text.slice(a.start, b.end));
}

/**
 * ": Hạn cuối cùng" after a named date: a colon, then a word for a time limit ("hạn", "thời hạn",
 * "hạn cuối", "hạn chót"); or "là" and such a word ("ngày 15/1 là hạn cuối").
 */
export function captionAhead(c: Cursor, rule: DeadlineRule): boolean {
  const word = c.entry("deadline", 1) ?? c.entry("lead", 1);
  return rule.kind === "fixed_date" && (c.isSym(":") || c.is("la")) && word !== undefined && foldKey(word.canonical).split(" ").includes("han") && c.wording["caption"] === undefined;
}

/** The caption of {@link captionAhead}, kept verbatim in `wording.caption`: after the colon, or with its "là". */
export function readCaption(c: Cursor): void {
  if (c.isSym(":")) c.next();
  c.wording["caption"] = c.freeText(["hạn …"]);
}

/** Whether a caption was written with "là" ("là hạn cuối") rather than after a colon. */
export function captionLinked(caption: string): boolean {
  return foldKey(caption.split(" ")[0] ?? "") === "la";
}
