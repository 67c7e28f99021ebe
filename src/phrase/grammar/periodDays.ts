/**
 * Days named relative to a period (Luật Quản lý thuế 2019 Đ.44; NĐ 09/2019 Đ.13): "ngày 20 của
 * tháng tiếp theo", "ngày cuối cùng của tháng đầu của quý tiếp theo", "ngày 25 của tháng cuối kỳ báo cáo".
 * @internal
 * @module
 */
import type { DateBound, DeadlineRule, RecurringRule } from "../../deadline/types.js";
import { PhraseParseError, issue } from "../../errors.js";
import type { CompiledEntry } from "../lexicon.js";
import { canonicalAt } from "../canonical.js";
import { foldKey } from "../normalize.js";
import type { Lexeme } from "../tokenize.js";
import { E, MAX_AMOUNT, join, type Cursor, type Frequency } from "./cursor.js";
import { numberWords, smallNumber } from "./numbers.js";
import { connectorAndAnchor } from "./relative.js";
import { readEvery, expectFrequency } from "./recurring.js";

/** Whether "next" or "previous" stands at `k`: "tiếp theo", "kế tiếp", "sau" (not "sau khi", "sau ngày"), "trước". */
export function offsetWordAt(c: Cursor, k: number, previous: boolean): boolean {
  if (c.is("next", k)) return true;
  if (c.entry("from", k)?.canonical === "sau") return !c.is("when", k + 1) && !c.isUnit("day", k + 1) && !c.isNumberStart(k + 1);
  return previous && c.is("before", k) && !c.is("term", k + 1) && !c.is("report", k + 1) && !c.isUnit("day", k + 1) && !c.isNumberStart(k + 1);
}

/**
 * "[của] <unit> tiếp theo|kế tiếp|sau|trước [liền kề]" or "[của] <unit> báo cáo" (offset 0) at the current position, consumed: the
 * offset and the words as written (canonical spelling), or undefined (nothing consumed).
 */
export function offsetAhead(c: Cursor, unit: "month" | "quarter" | "year", withOf: boolean): { offset: number; words: string } | undefined {
  let k = 0;
  const words: string[] = [];
  if (withOf && c.is("of")) {
    k++;
    words.push("của");
  }
  const unitWord = unit === "month" ? "tháng" : unit === "quarter" ? "quý" : "năm";
  // "của năm báo cáo" (NĐ 09/2019): the reporting period itself, offset 0
  if (c.isUnit(unit, k) && c.is("report", k + 1)) {
    c.p += k + 2;
    return { offset: 0, words: `${[...words, unitWord].join(" ")} báo cáo` };
  }
  // "năm kế hoạch" (TT 312/2016 Đ.24, TT 103/2017 Đ.26), "năm nay" (TT 150/2012 Đ.12): the plan
  // year, the current year, is the period itself, offset 0
  if (unit === "year" && c.isUnit(unit, k)) {
    const plan = foldKey(c.peek(k + 1)?.text ?? "") === "ke" && foldKey(c.peek(k + 2)?.text ?? "") === "hoach" ? 2 : foldKey(c.peek(k + 1)?.text ?? "") === "nay" ? 1 : 0;
    if (plan > 0) {
      const written = c.text.slice((c.peek(k + 1) as Lexeme).start, (c.peek(k + plan) as Lexeme).end);
      c.p += k + 1 + plan;
      return { offset: 0, words: `${[...words, unitWord].join(" ")} ${written}` };
    }
  }
  // "của năm liền kề năm báo cáo" (TT 03/2015): the period right after the reporting one
  if (c.isUnit(unit, k) && c.is("adjacent", k + 1) && c.isUnit(unit, k + 2) && c.is("report", k + 3)) {
    c.p += k + 4;
    return { offset: 1, words: `${[...words, unitWord].join(" ")} liền kề ${unitWord} báo cáo` };
  }
  if (!c.isUnit(unit, k) || !offsetWordAt(c, k + 1, true)) return undefined;
  words.push(unitWord);
  c.p += k + 1;
  const w = offsetWord(c);
  // "ngày 15/01 năm kế tiếp của năm báo cáo" (TT 11/2018): the year after the reporting year, said twice
  if (w.offset === 1 && c.is("of") && c.isUnit(unit, 1) && c.is("report", 2)) {
    c.p += 3;
    return { offset: w.offset, words: `${words.join(" ")} ${w.words} của ${unitWord} báo cáo` };
  }
  return { offset: w.offset, words: `${words.join(" ")} ${w.words}` };
}

/** Consumes "tiếp theo|kế tiếp|sau|trước [liền kề]" (checked by {@link offsetWordAt}). */
export function offsetWord(c: Cursor): { offset: number; words: string } {
  const words: string[] = [];
  let offset = 1;
  const next = c.entry("next");
  if (next !== undefined) words.push(next.form);
  else if (c.is("before")) {
    words.push("trước");
    offset = -1;
  } else words.push("sau");
  c.next();
  if (c.is("adjacent")) {
    c.next();
    words.push("liền kề");
  }
  return { offset, words: words.join(" ") };
}

/**
 * After "ngày" (at `k`): a day relative to a period that the date grammar does not cover —
 * "20 của tháng tiếp theo", "cuối cùng của tháng đầu của quý tiếp theo", "25 của tháng cuối kỳ báo
 * cáo", "30 của quý tiếp theo", "05 tháng sau" (bounded lookahead).
 */
export function periodDayAhead(c: Cursor, k: number): boolean {
  if (c.isNum(k) || c.is("last", k)) k++;
  else return false;
  k = afterWordsInBrackets(c, k);
  if (c.is("of", k)) k++;
  if (c.isUnit("quarter", k)) return offsetWordAt(c, k + 1, false);
  if (!c.isUnit("month", k)) return false;
  k++;
  if (offsetWordAt(c, k, true)) return true;
  if (c.is("report", k)) return true;
  if (c.is("ordinal", k)) return c.isNumberWordOrNum(k + 1);
  if (c.is("last", k) && (c.is("term", k + 1) || (c.is("of", k + 1) && c.is("term", k + 2)))) return true;
  if (!c.is("first", k) && !c.is("last", k)) return false;
  k++;
  if (c.is("of", k)) return true;
  if (c.isUnit("quarter", k)) return offsetWordAt(c, k + 1, false);
  return c.isUnit("year", k);
}

/** After the digits of a day, past its number words in brackets ("ngày 15 (mười lăm) của …", at most 4 words), else `k`. */
function afterWordsInBrackets(c: Cursor, k: number): number {
  if (!c.isSym("(", k) || !c.isNumberWordStart(k + 1)) return k;
  for (let j = k + 2; j < k + 6; j++) if (c.isSym(")", j)) return j + 1;
  return k;
}

/**
 * A day named relative to a period (Luật Quản lý thuế 2019 Đ.44; NĐ 09/2019 Đ.13):
 * - "ngày thứ 20 của tháng tiếp theo [tháng phát sinh …]" → monthly, day 20, offset 1;
 * - "ngày cuối cùng của tháng đầu (tiên) của quý tiếp theo" → quarterly, month 1, last day, offset 1;
 * - "ngày thứ 30 của quý tiếp theo" → quarterly, month 1, day 30, offset 1;
 * - "ngày cuối cùng của tháng thứ 3 kể từ ngày kết thúc năm dương lịch" → yearly, month 3, last day, offset 1;
 * - "ngày thứ 30 của tháng đầu tiên của năm dương lịch" → yearly, month 1, day 30;
 * - "ngày 25 của tháng cuối kỳ báo cáo" → the frequency of the every-clause ("định kỳ hằng quý, …");
 * - "ngày thứ 10 kể từ ngày phát sinh …" → relative, 10 days.
 */
export function periodDay(c: Cursor, leads: string[], bound: DateBound): DeadlineRule {
  const start = c.index();
  c.next(); // ngày
  const at: string[] = ["ngày"];
  let day: number | "last";
  if (c.is("ordinal")) {
    c.next();
    const n = c.onlyNumbers(() => smallNumber(c, [E.number]));
    at.push("thứ", String(n.value));
    if (c.is("from") || (c.isSym(",") && c.is("from", 1))) {
      // "ngày thứ 10 kể từ ngày …" = 10 days from that day
      if (n.value < 1 || n.value > MAX_AMOUNT) c.contradiction(n.start, "amount_invalid", { value: n.value });
      const rule = connectorAndAnchor(c, n.value, "day", leads);
      c.wording["ordinal"] = "ngày thứ";
      return rule;
    }
    day = n.value;
  } else if (c.is("last")) {
    c.next();
    at.push("cuối cùng");
    day = "last";
  } else {
    const l = c.next();
    day = l.value;
    at.push(String(l.value));
    // "ngày 15 (mười lăm) của tháng …": the words in brackets must say the same number
    if (c.isSym("(") && c.isNumberWordStart(1)) {
      const open = c.next();
      const wordsAt = c.index();
      const words = c.onlyNumbers(() => numberWords(c));
      if (words !== l.value) c.contradiction(wordsAt, "digits_words_mismatch", { digits: l.value, words }, c.text.slice(wordsAt, c.index()).trim());
      if (!c.isSym(")")) c.fail([")"]);
      const close = c.next();
      at.push(c.text.slice(open.start, close.end));
    }
  }
  if (typeof day === "number" && (day < 1 || day > 31)) c.contradiction(start, "day_not_exist", { value: day });
  if (!c.is("of") && !c.isUnit("month") && !c.isUnit("quarter")) c.fail(["kể từ", "của tháng …", "của quý …"]);
  if (c.is("of")) {
    c.next();
    at.push("của");
  }
  let frequency: Frequency;
  let month: number | undefined;
  let offset: number | undefined;
  if (c.isUnit("quarter")) {
    // "ngày thứ 30 của quý tiếp theo": the 30th day of the quarter
    c.next();
    at.push("quý");
    const w = offsetWord(c);
    offset = w.offset;
    at.push(w.words);
    frequency = "quarterly";
    month = 1;
  } else {
    if (!c.isUnit("month")) c.fail(["tháng", "quý"]);
    c.next(); // tháng
    at.push("tháng");
    if (c.is("report")) {
      // "ngày 20 của tháng báo cáo" (NĐ 09/2019 Đ.12, Đ.13): that day of the reporting month itself
      c.next();
      at.push("báo cáo");
      offset = 0;
      frequency = "monthly";
    } else if (offsetWordAt(c, 0, true)) {
      const w = offsetWord(c);
      offset = w.offset;
      at.push(w.words);
      frequency = "monthly";
    } else if (c.is("last") && (c.is("term", 1) || (c.is("of", 1) && c.is("term", 2)))) {
      // "ngày 25 của tháng cuối kỳ báo cáo" (NĐ 09/2019 Đ.13.1): the period comes from the every-clause
      c.next();
      if (c.is("of")) c.next();
      c.next(); // kỳ
      if (!c.is("report")) c.fail(["báo cáo"]);
      c.next();
      at.push("cuối kỳ báo cáo");
      const every = readEvery(c);
      const given = (every ?? c.presetEvery)?.frequency;
      if (given === undefined || given === "daily" || given === "weekly") {
        throw new PhraseParseError([
          issue("phrase_period_unspecified", { text: c.text, index: start, token: c.text.slice(start, c.index()).trim(), expected: ["định kỳ hằng tháng", "hằng quý", "định kỳ 6 tháng", "hằng năm"] }),
        ]);
      }
      const lastMonth = given === "quarterly" ? 3 : given === "half_yearly" ? 6 : given === "yearly" ? 12 : undefined;
      c.wording["at"] = join(at);
      c.setRecurringLead(leads, bound);
      return { kind: "recurring", frequency: given, ...(lastMonth === undefined ? {} : { month: lastMonth }), day, bound };
    } else {
      // the month within a quarter or a year: "đầu", "đầu tiên", "cuối", "thứ 3"
      if (c.is("ordinal")) {
        c.next();
        const m = smallNumber(c, [E.number]);
        at.push("thứ", String(m.value));
        month = m.value;
      } else {
        const e = c.entry("first") ?? c.entry("last") ?? c.fail(["tiếp theo", "sau", "đầu", "cuối", "thứ …", "cuối kỳ báo cáo"]);
        at.push(e.form);
        month = e.kind === "first" ? 1 : 0;
        c.next();
      }
      if (c.is("from") && c.is("end", c.isUnit("day", 1) ? 2 : 1)) {
        // "tháng thứ 3 kể từ ngày kết thúc năm dương lịch": months of the following year
        const connector = (c.entry("from") as CompiledEntry).canonical;
        c.next();
        at.push(connector);
        if (c.isUnit("day")) {
          c.next();
          at.push("ngày");
        }
        c.next();
        at.push("kết thúc");
        if (!c.isUnit("year") && !c.isUnit("quarter")) c.fail(["năm", "quý"]);
        frequency = c.isUnit("year") ? "yearly" : "quarterly";
        at.push(frequency === "yearly" ? "năm" : "quý");
        c.next();
        if (c.is("calendar")) {
          c.next();
          at.push("dương lịch");
        }
        offset = 1;
      } else {
        if (c.is("of")) {
          c.next();
          at.push("của");
        }
        // "trước ngày 05 tháng cuối cùng của mỗi quý": "mỗi" says each period, as without it
        if (c.is("each") && (c.isUnit("quarter", 1) || c.isUnit("year", 1))) {
          c.next();
          at.push("mỗi");
        }
        if (c.isUnit("quarter")) frequency = "quarterly";
        else if (c.isUnit("year")) frequency = "yearly";
        else return c.fail(["quý", "năm"]);
        c.next();
        at.push(frequency === "quarterly" ? "quý" : "năm");
        if (frequency === "yearly" && c.is("calendar")) {
          c.next();
          at.push("dương lịch");
        }
        if (offsetWordAt(c, 0, true)) {
          const w = offsetWord(c);
          offset = w.offset;
          at.push(w.words);
        }
      }
      const span = frequency === "quarterly" ? 3 : 12;
      if (month === 0) month = span;
      if (month < 1 || month > span) c.contradiction(start, "month_not_in_period", { value: month, unit: frequency === "quarterly" ? "quarter" : "year" });
    }
  }
  readBase(c, frequency);
  const every = readEvery(c);
  expectFrequency(c, every, frequency, start);
  c.setRecurringLead(leads, bound);
  const rule: RecurringRule = {
    kind: "recurring",
    frequency,
    ...(month === undefined ? {} : { month }),
    day,
    bound,
    ...(offset === undefined ? {} : { offset }),
  };
  const written = join(at);
  if (written !== canonicalAt(rule)) c.wording["at"] = written;
  return rule;
}

/** The period the offset counts from, as written ("tháng phát sinh nghĩa vụ thuế"), kept in `wording.base`. */
export function readBase(c: Cursor, frequency: Frequency): void {
  if (c.atBoundary() || c.isSym(",") || c.is("every") || c.is("except")) return;
  // The base names a period of the same unit ("tháng tiếp theo tháng phát sinh …", "năm dương lịch
  // hoặc năm tài chính"), a reporting period ("kỳ …", "chu kỳ …", "quý báo cáo") or "ngay sau …"; anything else
  // is not understood rather than kept unread ("quý sau không thời hạn").
  const unit = BASE_UNIT[frequency];
  const k = c.is("or") ? 1 : 0;
  const fits =
    c.isUnit(unit.value, k) || c.is("term", k) || (k === 0 && (c.is("immediately") || c.is("report"))) || (c.peek(k)?.text.toLowerCase() === "chu" && c.is("term", k + 1));
  if (!fits) {
    if (k === 1) c.next();
    c.fail([`${unit.word} …`, "kỳ …", E.end]);
  }
  c.wording["base"] = c.freeText(["…"]);
}

/** The unit a base must name, by frequency. */
const BASE_UNIT: Readonly<Record<Frequency, { readonly value: string; readonly word: string }>> = {
  daily: { value: "day", word: "ngày" },
  weekly: { value: "week", word: "tuần" },
  monthly: { value: "month", word: "tháng" },
  quarterly: { value: "quarter", word: "quý" },
  half_yearly: { value: "month", word: "tháng" },
  yearly: { value: "year", word: "năm" },
};
