/**
 * Named dates and lists of them: "14/11/2023", "14-11-2023", "14.11.2023", "ngày 14 tháng 11 năm 2023",
 * "5/01", "trước ngày 03/3, 03/6, 03/9 năm 2024 (quý I, II, III)", and the recurring dates they start.
 * @internal
 * @module
 */
import type { DateBound, DateSpec, DeadlineRule, RecurringRule } from "../../deadline/types.js";
import type { Lexeme } from "../tokenize.js";
import { canonicalAt, formatDateSpec } from "../canonical.js";
import { E, MAX_YEAR, MIN_YEAR, join, periodYear, type Cursor } from "./cursor.js";
import { numberWords, smallNumber } from "./numbers.js";
import { readEvery, expectFrequency } from "./recurring.js";
import { readBase, offsetAhead, periodDay, periodDayAhead } from "./periodDays.js";
import { monthDays } from "./monthDays.js";
import { rollClauseAhead } from "./rollClause.js";

/** A date as read: without a month it is a day of every month (or of a quarter's month). */
export interface DateRef {
  readonly day: number | "last";
  readonly month?: number;
  readonly year?: number;
  /** Month within the quarter ("tháng cuối quý" = 3). */
  readonly quarterMonth?: number;
  readonly start: number;
}

/** One date: "14/11/2023", "14-11-2023", "14.11.2023", "14 tháng 11 năm 2023", "5/01", "25", "20 của tháng cuối quý", "cuối tháng". */
export function dateRef(c: Cursor): DateRef {
  const start = c.index();
  if (c.is("last")) {
    c.next();
    if (c.is("of")) c.next();
    if (!c.isUnit("month")) c.fail(["tháng"]);
    c.next();
    const qm = quarterMonthAhead(c);
    if (qm !== undefined) return { day: "last", quarterMonth: qm, start };
    return { day: "last", start };
  }
  if (!c.isNum()) c.fail([E.date, E.number]);
  const d = c.next();
  if (d.digits > 2 || d.value < 1 || d.value > 31) c.contradiction(d.start, "day_not_exist", { value: d.text }, d.text);
  // "ngày 06 (sáu) tháng 3": the day again in words, checked, not kept
  if (c.isSym("(") && c.isNumberWordStart(1) && !c.isSym("/", 2)) {
    c.next();
    const wordsAt = c.index();
    const words = c.onlyNumbers(() => numberWords(c));
    if (words !== d.value) c.contradiction(wordsAt, "digits_words_mismatch", { digits: d.value, words }, c.text.slice(wordsAt, c.index()).trim());
    if (!c.isSym(")")) c.fail([")"]);
    c.next();
  }
  for (const sep of ["/", "-", "."]) {
    if (c.isSym(sep) && c.isNum(1)) {
      c.next();
      const m = c.next();
      let year: number | undefined;
      if (c.isSym(sep) && c.isNum(1)) {
        c.next();
        year = yearOf(c, c.next());
      }
      return checkDate(c, { day: d.value, month: m.value, ...periodYear(year), start }, m);
    }
  }
  if (c.isUnit("month") && (c.isNum(1) || c.isNumberWordStart(1))) {
    c.next();
    const m = smallNumber(c, [E.number]);
    let year: number | undefined;
    if (c.isUnit("year") && c.isNum(1)) {
      c.next();
      year = yearOf(c, c.next());
    } else if (c.isUnit("year") && c.is("every", 1) && c.isUnit("year", 2)) {
      // "ngày 01 tháng 3 năm hàng năm": "năm" with no year before "hằng năm", a slip of the source, not kept
      c.next();
    }
    return checkDate(c, { day: d.value, month: m.value, ...periodYear(year), start }, undefined, m.start);
  }
  const qm = quarterMonthAhead(c, true);
  if (qm !== undefined) return { day: d.value, quarterMonth: qm, start };
  return { day: d.value, start };
}

/** "[của] tháng cuối|đầu|giữa quý" → 3|1|2 (consumed), else undefined (nothing consumed). */
export function quarterMonthAhead(c: Cursor, withMonthWord = false): number | undefined {
  let k = 0;
  if (withMonthWord) {
    if (c.is("of", k)) k++;
    if (!c.isUnit("month", k)) return undefined;
    k++;
  }
  const which = c.is("last", k) ? 3 : c.is("first", k) ? 1 : c.is("mid", k) ? 2 : undefined;
  if (which === undefined || !c.isUnit("quarter", k + 1)) return undefined;
  c.p += k + 2;
  return which;
}

export function yearOf(c: Cursor, l: Lexeme): number {
  if (l.digits !== 4 || l.value < MIN_YEAR || l.value > MAX_YEAR) c.contradiction(l.start, "year_out_of_range", { value: l.text, min: MIN_YEAR, max: MAX_YEAR }, l.text);
  return l.value;
}

export function checkDate(c: Cursor, ref: DateRef, monthLexeme?: Lexeme, monthAt?: number): DateRef {
  const month = ref.month as number;
  if (month < 1 || month > 12) c.contradiction(monthLexeme?.start ?? monthAt ?? ref.start, "month_not_exist", { value: month }, monthLexeme?.text ?? "");
  const day = ref.day as number;
  const max = month === 2 ? (ref.year === undefined || (ref.year % 4 === 0 && (ref.year % 100 !== 0 || ref.year % 400 === 0)) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day > max) c.contradiction(ref.start, "date_not_exist", { day, month, ...periodYear(ref.year) });
  return ref;
}

export function optionalYearNumber(c: Cursor): number | undefined {
  if ((c.isSym("/") || c.isSym("-")) && c.isNum(1)) {
    c.next();
    return yearOf(c, c.next());
  }
  if (c.isUnit("year") && c.isNum(1)) {
    c.next();
    return yearOf(c, c.next());
  }
  // "quý II.2018", "tháng 10.2020": a year after a dot, written against it (". 2020" ends a sentence)
  const dot = c.peek();
  const digits = c.peek(1);
  if (c.isSym(".") && digits?.type === "number" && digits.digits === 4 && dot !== undefined && digits.start === dot.end) {
    c.next();
    return yearOf(c, c.next());
  }
  if (c.isNum() && c.peek()?.digits === 4) return yearOf(c, c.next());
  return undefined;
}

/** The dates read, or the one day without a month that makes the rule recurring ("ngày 25", "ngày 20 của tháng cuối quý"). */
export interface DateGroups {
  readonly dates: DateSpec[];
  readonly pending?: DateRef;
  /** Several days without a month ("ngày 05 và 20"): days of every month, if an every-clause follows. */
  readonly days?: readonly DateRef[];
}

/** Date groups: "03/3, 03/6, 03/9 năm 2024 (quý I, II, III), trước ngày 03/11/2024 (báo cáo năm)". */
export function dateGroups(c: Cursor, bound: DateBound, leads: readonly string[], timed: boolean): DateGroups {
  const dates: DateSpec[] = [];
  for (;;) {
    const group: DateRef[] = [dateRef(c)];
    while ((c.isSym(",") || c.is("and")) && (c.isNum(1) || (c.isUnit("day", 1) && c.isNum(2)))) {
      c.next();
      if (c.isUnit("day")) c.next();
      group.push(dateRef(c));
    }
    let groupYear: number | undefined;
    if (c.isUnit("year") && c.isNum(1)) {
      c.next();
      const y = c.next();
      groupYear = yearOf(c, y);
    }
    if (group.length > 1 && dates.length === 0 && groupYear === undefined && group.every((r) => r.month === undefined && r.quarterMonth === undefined && typeof r.day === "number")) {
      return { dates, days: group };
    }
    for (const ref of group) {
      if (ref.month === undefined || typeof ref.day !== "number") {
        if (group.length > 1 || dates.length > 0) c.contradiction(ref.start, "list_date_without_month");
        return { dates, pending: ref };
      }
      const year = ref.year ?? groupYear;
      if (ref.year !== undefined && groupYear !== undefined && ref.year !== groupYear) c.contradiction(ref.start, "list_year_mismatch", { year: ref.year, groupYear });
      const spec = checkDate(c, { ...ref, ...periodYear(year) });
      dates.push({ ...(spec.year === undefined ? {} : { year: spec.year }), month: spec.month as number, day: spec.day as number });
    }
    // a bracket that is a roll clause ("(nếu ngày này trùng vào ngày nghỉ … thì … ngày làm việc tiếp theo)") is the rule's roll, not a label
    if (c.isSym("(") && !c.is("except", 1) && typeof rollClauseAhead(c) !== "object") {
      c.next();
      const label = c.parenText();
      c.wording[`label.${dates.length - 1}`] = label;
    }
    // another group: ", trước ngày …" with the same lead
    // ", trước ngày …", or "và trước ngày …" (NĐ 54/2017 Đ.47: "Trước ngày 15 tháng 7 và trước ngày 15 tháng 01 hàng năm")
    if ((c.isSym(",") || (c.is("and") && leads.length > 0)) && !timed && groupContinues(c, bound, leads)) {
      c.next();
      for (let i = 0; i < leads.length; i++) c.next();
      if (c.isUnit("day")) c.next();
      continue;
    }
    return { dates };
  }
}

/** After ",": the same lead words again, then "ngày" and a number. */
export function groupContinues(c: Cursor, bound: DateBound, leads: readonly string[]): boolean {
  let k = 1;
  const words = leads;
  void bound;
  for (const w of words) {
    const l = c.peek(k);
    if (l === undefined || !l.entries.some((e) => e.canonical === w)) {
      // a different bound is a contradiction, not a new clause
      if (k === 1 && (c.is("before", 1) || c.is("lead", 1)) && ((c.isUnit("day", 2) && c.isNum(3)) || (c.is("before", 2) && c.isUnit("day", 3)))) {
        c.contradiction((c.peek(1) as Lexeme).start, "list_bounds_differ", {}, (c.peek(1) as Lexeme).text);
      }
      return false;
    }
    k++;
  }
  if (words.length === 0) return c.isUnit("day", k) && c.isNum(k + 1);
  return (c.isUnit("day", k) && c.isNum(k + 1)) || c.isNum(k);
}

/** "trước ngày 14/11/2023", "ngày 10 hàng tháng", "trước ngày 5/01 hằng năm", "trước ngày 20 của tháng cuối quý". */
export function datedRule(c: Cursor, leadWords: string[], bound: DateBound): DeadlineRule {
  if (c.isUnit("day") && (periodDayAhead(c, 1) || (c.is("ordinal", 1) && c.isNumberWordOrNum(2)))) return periodDay(c, leadWords, bound);
  if (c.isUnit("day")) c.next();
  const { dates, pending: ref, days } = dateGroups(c, bound, leadWords, false);
  if (days !== undefined) return monthDays(c, days, leadWords, bound);
  const lead = join(leadWords);
  // "trước ngày 31/01 của năm sau", "ngày 15 tháng 12 của năm trước liền kề"
  const first = dates[0] as DateSpec | undefined;
  const yearOffset = ref === undefined && dates.length === 1 && first?.year === undefined ? offsetAhead(c, "year", true) : undefined;
  if (yearOffset !== undefined && first !== undefined) {
    readBase(c, "yearly");
    const every = readEvery(c);
    expectFrequency(c, every, "yearly", c.index());
    if (lead !== (bound === "before" ? "trước" : "")) c.wording["lead"] = lead;
    const rule: RecurringRule = { kind: "recurring", frequency: "yearly", month: first.month, day: first.day, bound, offset: yearOffset.offset };
    const at = `ngày ${formatDateSpec(first)} ${yearOffset.words}`;
    if (at !== canonicalAt(rule)) c.wording["at"] = at;
    return rule;
  }
  // "ngày 20 của tháng cuối quý báo cáo": the last month of the reporting quarter
  if (ref?.quarterMonth !== undefined) {
    const k = c.is("belong") ? 1 : 0;
    const term = c.is("term", k);
    if (c.is("report", term ? k + 1 : k)) {
      c.p += k + (term ? 2 : 1);
      c.wording["base"] = `${k === 1 ? "thuộc " : ""}${term ? "kỳ " : ""}báo cáo`;
    }
  }
  const every = readEvery(c);
  if (ref === undefined && every === undefined && c.presetEvery === undefined) {
    if (lead !== (bound === "before" ? "trước" : "chậm nhất")) c.wording["lead"] = lead;
    return { kind: "fixed_date", dates, bound };
  }
  if (lead !== (bound === "before" ? "trước" : "")) c.wording["lead"] = lead;
  // recurring: a bracket after the date (after the last of "ngày 01/01 và 01/07") is a remark, not a
  // list label; brackets after earlier dates ("chậm nhất ngày 01/01 (kỳ I), chậm nhất ngày 01/07
  // (kỳ II)") join it in order, since a recurring rule names one day and writes no list back
  const labels: (readonly [`label.${number}`, string])[] = [];
  for (let i = 0; i < dates.length; i++) {
    const text = c.wording[`label.${i}`];
    if (text !== undefined) labels.push([`label.${i}`, text]);
    delete c.wording[`label.${i}`];
  }
  if (labels.length > 0) c.wording["remark"] = labels.map(([, text]) => text).join("; ");
  const at = every?.start ?? c.index();
  if (ref !== undefined) {
    if (ref.quarterMonth !== undefined) {
      expectFrequency(c, every, "quarterly", at);
      return { kind: "recurring", frequency: "quarterly", month: ref.quarterMonth, day: ref.day, bound };
    }
    expectFrequency(c, every, "monthly", at);
    return { kind: "recurring", frequency: "monthly", day: ref.day, bound };
  }
  const only = dates[0] as DateSpec;
  // "định kỳ 6 tháng, trước ngày 15/6 và 15/12": the same day of the same month of each period
  const given = (every ?? c.presetEvery)?.frequency;
  if (given === "half_yearly" || given === "quarterly") {
    const span = given === "half_yearly" ? 6 : 3;
    const month = ((only.month - 1) % span) + 1;
    for (const x of dates) {
      if (x.year !== undefined) c.contradiction(at, "dated_cannot_recur", { year: x.year });
      if (((x.month - 1) % span) + 1 !== month || x.day !== only.day) c.contradiction(at, "dates_not_same_in_period", { frequency: given });
    }
    if (only.day > 28 || dates.length > 12 / span) c.contradiction(at, "day_not_in_every_period");
    return { kind: "recurring", frequency: given, month, day: only.day, bound };
  }
  // "trước ngày 05/6 và 05/12 hàng năm", "trước ngày 15 tháng 7 và trước ngày 15 tháng 01 hàng
  // năm": the dates without a year of every year, i.e. the next of them after the anchor (a list of
  // yearless dates already rolls into the next year); "hằng năm" kept in `wording.everyYear`
  if (dates.length > 1 && every !== undefined && every.frequency === "yearly" && dates.every((d) => d.year === undefined)) {
    delete c.wording["every"];
    c.wording["everyYear"] = `${every.variant ?? "hằng"} năm`;
    if (lead === (bound === "before" ? "trước" : "chậm nhất")) delete c.wording["lead"];
    else c.wording["lead"] = lead;
    if (labels.length > 0) {
      delete c.wording["remark"];
      for (const [key, text] of labels) c.wording[key] = text;
    }
    return { kind: "fixed_date", dates, bound };
  }
  if (dates.length > 1) c.contradiction(at, "list_cannot_recur_yearly");
  if (only.year !== undefined) c.contradiction(at, "dated_cannot_recur", { year: only.year });
  expectFrequency(c, every, "yearly", at);
  return { kind: "recurring", frequency: "yearly", month: only.month, day: only.day, bound };
}
