/**
 * Recurring clauses: "hằng tháng" and the other every-words, "định kỳ …" read first, weekdays,
 * "cuối tháng", and RRULEs.
 * @internal
 * @module
 */
import type { DateBound, DeadlineRule, RecurringRule } from "../../deadline/types.js";
import type { Weekday } from "../../day/dayNumber.js";
import { PhraseParseError, issue } from "../../errors.js";
import type { CompiledEntry } from "../lexicon.js";
import { weekdayValue } from "./windowDays.js";
import type { Lexeme } from "../tokenize.js";
import { join, type Cursor, type EveryInfo, type Frequency } from "./cursor.js";
import { main } from "./phrase.js";

export function isRruleStart(c: Cursor): boolean {
  const l = c.peek();
  if (l === undefined || l.type !== "word") return false;
  const w = l.text.toUpperCase();
  return (w === "RRULE" && c.isSym(":", 1)) || (w === "FREQ" && c.isSym("=", 1));
}

export function rrule(c: Cursor, bound: DateBound, lead?: string): DeadlineRule {
  const start = c.index();
  const endLexeme = c.lx[c.endIndex - 1] as Lexeme;
  const raw = c.text.slice(start, endLexeme.end);
  let body = raw.toUpperCase();
  if (body.startsWith("RRULE:")) body = body.slice(6);
  const parts = body.split(";");
  let freq = false;
  const keys = new Set(["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "BYYEARDAY", "BYWEEKNO", "BYHOUR", "BYMINUTE", "BYSECOND", "WKST"]);
  const freqs = new Set(["YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY", "MINUTELY", "SECONDLY"]);
  for (const part of parts) {
    const eq = part.indexOf("=");
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    let valueOk = eq > 0 && value.length > 0;
    for (const ch of value) if (!((ch >= "A" && ch <= "Z") || (ch >= "0" && ch <= "9") || ch === "," || ch === "+" || ch === "-")) valueOk = false;
    if (!valueOk || !keys.has(key) || (key === "FREQ" && !freqs.has(value))) {
      throw new PhraseParseError([issue("phrase_unrecognized_token", { text: c.text, index: start, token: raw, expected: ["FREQ=…;BYMONTHDAY=…"] })]);
    }
    if (key === "FREQ") freq = true;
  }
  if (!freq) throw new PhraseParseError([issue("phrase_unrecognized_token", { text: c.text, index: start, token: raw, expected: ["FREQ=…"] })]);
  c.p = c.endIndex;
  if (lead !== undefined && lead !== "trước") c.wording["lead"] = lead;
  return { kind: "rrule", rrule: body, bound };
}

/** Checks (and records) the every-clause: trailing, or preset by an every-first clause. */
export function expectFrequency(c: Cursor, every: EveryInfo | undefined, frequency: Frequency, at: number): void {
  const given = every ?? c.presetEvery;
  if (given === undefined) return;
  if (given.frequency !== frequency) c.contradiction(given.start, "frequency_mismatch", { given: given.frequency, needed: frequency });
  void at;
}

/** "hằng tháng", "hàng năm", "hằng quý", "hằng tuần", "hằng ngày" (consumed) or undefined. */
export function readEvery(c: Cursor): EveryInfo | undefined {
  const start = c.index();
  let variant: string | undefined;
  if (c.is("every")) {
    const l = c.peek() as Lexeme;
    const forms = l.entries.filter((e) => e.kind === "every").map((e) => e.form);
    variant = forms.includes("hằng") ? undefined : forms[0];
  } else if (c.is("each") && c.unitValue(1) !== undefined) {
    // "mỗi quý": each period, as "hằng quý"
    variant = "mỗi";
  } else if (c.presetEvery === undefined && c.is("of") && (c.isUnit("month", 1) || c.isUnit("year", 1)) && c.atBoundary(2)) {
    // "trước ngày 15 của tháng" ending the clause: the month of each report, as "hằng tháng"
    // (not after an every-clause written first: "định kỳ hằng năm, trước ngày 01/01 của năm" says it twice)
    variant = "của";
  } else return undefined;
  const unit = c.unitValue(1);
  const frequency: Frequency | undefined =
    unit === "day" ? "daily" : unit === "week" ? "weekly" : unit === "month" ? "monthly" : unit === "quarter" ? "quarterly" : unit === "year" ? "yearly" : undefined;
  if (frequency === undefined) {
    c.next();
    c.fail(["ngày", "tuần", "tháng", "quý", "năm"]);
  }
  if (c.presetEvery !== undefined && c.presetEvery.frequency !== frequency) {
    c.contradiction(start, "frequencies_conflict", { first: c.presetEvery.frequency, second: frequency });
  }
  c.next();
  c.next();
  if (variant !== undefined) c.wording["every"] = variant;
  return { frequency, ...(variant === undefined ? {} : { variant }), start };
}

/** After "(": a day of the period with its lead words ("(trước ngày 30 …", "(chậm nhất vào ngày 10 …"), not a remark. */
export function bracketDayAhead(c: Cursor): boolean {
  let k = 1;
  while (k < 5 && (c.is("lead", k) || c.is("la", k) || c.is("at", k))) k++;
  if (c.is("before", k)) return c.isUnit("day", k + 1) || c.isNum(k + 1);
  return k > 1 && c.isUnit("day", k) && (c.isNum(k + 1) || c.is("ordinal", k + 1));
}

/**
 * "hằng quý (trước ngày 30 của tháng đầu quý sau)", "Định kỳ hàng tháng (chậm nhất vào ngày 10
 * của tháng tiếp theo)": after a whole period read on its own (`every`, bound within, no day), the
 * day of each period in brackets is the deadline itself, not a remark (checked by
 * {@link bracketDayAhead}; consumes the brackets). Its period must be the same.
 */
export function bracketDay(c: Cursor, every: RecurringRule): DeadlineRule {
  const start = c.index();
  c.next(); // (
  c.presetEvery = { frequency: every.frequency, start };
  const leads: string[] = [];
  while (c.is("lead") || c.is("la") || c.is("at")) {
    leads.push(((c.entry("lead") ?? c.entry("la") ?? c.entry("at")) as CompiledEntry).canonical);
    c.next();
  }
  const rule = main(c, leads);
  if (rule.kind !== "recurring" || rule.frequency !== every.frequency) c.contradiction(start, "every_first_needs_day");
  if (!c.isSym(")")) c.fail([")"]);
  c.next();
  c.wording["order"] = "every_first_bracket";
  return rule;
}

/** "định kỳ hằng quý, trước ngày 20 …", "hằng tháng", "định kỳ 6 tháng"; undefined when "định kỳ" starts a dated clause. */
export function everyFirst(c: Cursor): DeadlineRule | undefined {
  if (c.is("periodic")) {
    // "định kỳ 6 tháng" (half-yearly)
    if (c.isNum(1) && (c.peek(1) as Lexeme).value === 6 && c.isUnit("month", 2)) {
      const start = c.index();
      c.next();
      c.next();
      c.next();
      if (c.isSym(",") && !c.atEnd(1) && !c.is("except", 1) && !c.is("but", 1) && !c.is("or", 1) && !c.is("scope", 1)) {
        c.next();
        c.presetEvery = { frequency: "half_yearly", start };
        const leads: string[] = [];
        while (c.is("lead") || c.is("la") || c.is("at")) {
          leads.push(((c.entry("lead") ?? c.entry("la") ?? c.entry("at")) as CompiledEntry).canonical);
          c.next();
        }
        const rule = main(c, leads);
        if (rule.kind !== "recurring" || rule.frequency !== "half_yearly") c.contradiction(start, "half_yearly_needs_day");
        return rule;
      }
      return { kind: "recurring", frequency: "half_yearly", bound: "within" };
    }
    c.next();
    c.wording["periodic"] = "định kỳ";
    if (!c.is("every")) return undefined;
  }
  const every = readEvery(c) as EveryInfo;
  if (c.isSym(",") && !c.atEnd(1) && !c.is("except", 1) && !c.is("but", 1) && !c.is("or", 1)) c.next();
  else if (c.atBoundary()) return { kind: "recurring", frequency: every.frequency, bound: "within" };
  c.wording["order"] = "every_first";
  c.presetEvery = every;
  const leads: string[] = [];
  while (c.is("lead") || c.is("la") || c.is("at")) {
    leads.push(((c.entry("lead") ?? c.entry("la") ?? c.entry("at")) as CompiledEntry).canonical);
    c.next();
  }
  const rule = main(c, leads);
  if (rule.kind !== "recurring") c.contradiction(every.start, "every_first_needs_day");
  if (rule.bound === "within" && rule.month === undefined) {
    // "hằng tháng, trong tháng": nothing follows the every-clause but the period itself
    delete c.wording["order"];
    delete c.wording["lead"];
  }
  return rule;
}

/**
 * "ngày thứ Tư hằng tuần", "ngày Chủ nhật hàng tuần": "ngày" before a weekday of every week
 * (bounded lookahead). Only with "hằng tuần" after it: "ngày thứ tư kể từ …" is the fourth day.
 */
export function dayWeekdayAhead(c: Cursor): boolean {
  if (!c.isUnit("day")) return false;
  const k = c.is("sunday", 1) ? 2 : c.is("ordinal", 1) && weekdayValue(c, 2) !== undefined ? 3 : 0;
  return k > 0 && c.is("every", k) && c.unitValue(k + 1) === "week";
}

export function weekly(c: Cursor, leads: string[], bound: DateBound): DeadlineRule {
  // "vào ngày thứ Tư hằng tuần": "ngày" before the weekday adds nothing
  if (dayWeekdayAhead(c)) c.next();
  const start = c.index();
  let weekday: Weekday;
  if (c.is("sunday")) {
    c.next();
    weekday = 7;
  } else {
    c.next(); // thứ
    const expected = ["Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "2 … 7"];
    const l = c.peek();
    const word = l?.entries.find((e) => e.kind === "numword" && (e.role === "digit" || e.role === "unit_only"));
    const value = l?.type === "number" ? l.value : word !== undefined ? (word.value as number) : c.fail(expected);
    if (value < 2 || value > 7) c.contradiction((l as Lexeme).start, "weekday_not_exist", { value: (l as Lexeme).text }, (l as Lexeme).text);
    c.next();
    weekday = (value - 1) as Weekday;
  }
  const every = readEvery(c);
  expectFrequency(c, every, "weekly", start);
  const lead = join(leads);
  if (lead !== (bound === "before" ? "trước" : "")) c.wording["lead"] = lead;
  return { kind: "recurring", frequency: "weekly", weekday, bound };
}

export function lastOfMonth(c: Cursor, leads: string[], bound: DateBound): DeadlineRule {
  const start = c.index();
  c.next(); // cuối
  c.next(); // tháng
  const every = readEvery(c);
  expectFrequency(c, every, "monthly", start);
  const lead = join(leads);
  if (lead !== (bound === "before" ? "trước" : "")) c.wording["lead"] = lead;
  return { kind: "recurring", frequency: "monthly", day: "last", bound };
}
