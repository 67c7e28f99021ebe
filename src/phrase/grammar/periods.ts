/**
 * Whole periods: "trong tháng 01/2025", "quý III/2024", "năm 2024", "tháng tiếp theo", "cuối quý", "giữa năm".
 * @internal
 * @module
 */
import type { DeadlineRule } from "../../deadline/types.js";
import type { CompiledEntry } from "../lexicon.js";
import { E, join, type Cursor, periodYear } from "./cursor.js";
import { smallNumber } from "./numbers.js";
import { optionalYearNumber, quarterMonthAhead, yearOf } from "./dates.js";
import { readEvery, expectFrequency } from "./recurring.js";
import { readBase, offsetWord, offsetWordAt } from "./periodDays.js";

/** "tháng tiếp theo", "quý sau", "năm sau", "tháng trước" (whole periods): recurring, offset, bound within. */
export function offsetPeriod(c: Cursor, leads: readonly string[], frequency: "monthly" | "quarterly" | "yearly", start: number): DeadlineRule {
  const { offset, words: written } = offsetWord(c);
  readBase(c, frequency);
  const every = readEvery(c);
  expectFrequency(c, every, frequency, start);
  c.setLead(leads, "trong");
  if (written !== (offset === 1 ? "tiếp theo" : "trước")) c.wording["next"] = written;
  return { kind: "recurring", frequency, bound: "within", offset };
}

export function monthPeriod(c: Cursor, leads: string[]): DeadlineRule {
  const start = c.index();
  c.next(); // tháng
  if (offsetWordAt(c, 0, true)) return offsetPeriod(c, leads, "monthly", start);
  const qm = quarterMonthAhead(c);
  if (qm !== undefined) {
    const every = readEvery(c);
    expectFrequency(c, every, "quarterly", start);
    c.setLead(leads, "trong");
    return { kind: "recurring", frequency: "quarterly", month: qm, bound: "within" };
  }
  if (c.isNum() || c.isNumberWordStart(0)) {
    const m = smallNumber(c, [E.number]);
    if (m.value < 1 || m.value > 12) c.contradiction(m.start, "month_not_exist", { value: m.value });
    // "Tháng 11 - 12/2025": a span of months of one year; its last month counts
    let last = m;
    let spanEnd = c.index();
    // "Tháng 9, 10/2022", "tháng 9 và tháng 10.2020": two months in a row, read as the same span
    const listed = monthListAt(c, m.value);
    if ((c.isSym("-") && c.isNum(1) && (c.peek(1) as { value: number }).value <= 12 && (c.peek(1) as { value: number }).value > m.value) || listed > 0) {
      c.p += listed > 0 ? listed - 1 : 1;
      last = c.next() as typeof m;
      spanEnd = c.index();
      c.wording["from"] = String(m.value);
    }
    const year = optionalYearNumber(c);
    const every = readEvery(c);
    if (every !== undefined || c.presetEvery !== undefined) {
      if (year !== undefined) c.contradiction(start, "dated_cannot_recur", { year });
      // a span of months of every year is not read: which of its months ends the time limit is not said
      if (last !== m) c.unsupported(m.start, "month_span_cannot_recur", { from: m.value, to: last.value }, c.text.slice(m.start, spanEnd).trimEnd());
      expectFrequency(c, every, "yearly", start);
      c.setLead(leads, "trong");
      return { kind: "recurring", frequency: "yearly", month: m.value, bound: "within" };
    }
    c.setLead(leads, "trong");
    return { kind: "period", period: { unit: "month", month: last.value, ...periodYear(year) } };
  }
  const every = readEvery(c);
  expectFrequency(c, every, "monthly", start);
  return { kind: "recurring", frequency: "monthly", bound: "within" };
}

/**
 * "," or "và", then ["tháng"] and the month after `first` (not a count: no unit follows it): how many
 * lexemes up to that month's number, inclusive, or 0 (bounded lookahead).
 */
function monthListAt(c: Cursor, first: number): number {
  if (!c.isSym(",") && !c.is("and")) return 0;
  const k = c.isUnit("month", 1) ? 2 : 1;
  const next = c.peek(k);
  if (next?.type !== "number" || next.value !== first + 1 || c.unitValue(k + 1) !== undefined) return 0;
  return k + 1;
}

export function quarterPeriod(c: Cursor, leads: string[]): DeadlineRule {
  const start = c.index();
  c.next(); // quý
  if (offsetWordAt(c, 0, true)) return offsetPeriod(c, leads, "quarterly", start);
  let quarter: number | undefined;
  if (c.is("roman")) quarter = (c.next().entries.find((e) => e.kind === "roman") as CompiledEntry).value as number;
  else if (c.isNum() || c.isNumberWordStart(0)) {
    const q = smallNumber(c, [E.number]);
    if (q.value < 1 || q.value > 4) c.contradiction(q.start, "quarter_not_exist", { value: q.value });
    quarter = q.value;
  }
  if (quarter === undefined) {
    const every = readEvery(c);
    expectFrequency(c, every, "quarterly", start);
    return { kind: "recurring", frequency: "quarterly", bound: "within" };
  }
  const year = optionalYearNumber(c);
  c.setLead(leads, "trong");
  return { kind: "period", period: { unit: "quarter", quarter, ...periodYear(year) } };
}

export function yearPeriod(c: Cursor, leads: string[]): DeadlineRule {
  const start = c.index();
  c.next(); // năm
  if (offsetWordAt(c, 0, true)) return offsetPeriod(c, leads, "yearly", start);
  const year = c.isNum() ? yearOf(c, c.next()) : undefined;
  c.setLead(leads, "trong");
  return { kind: "period", period: { unit: "year", ...periodYear(year) } };
}

/** "cuối tháng", "cuối tháng 3/2024", "cuối quý I", "cuối năm", "giữa năm", "giữa tháng", "đầu tháng". */
export function point(c: Cursor, leads: string[]): DeadlineRule {
  const which = c.is("last") ? "cuối" : c.is("mid") ? "giữa" : "đầu";
  const start = c.index();
  c.next();
  const words = [...leads, which];
  if (c.isUnit("month")) {
    if (which === "cuối" && (c.isNum(1) || c.isNumberWordStart(1))) return monthPeriod(c, words);
    // "giữa tháng 4", "đầu tháng 4/2025": the 15th or the 1st of that month (BLDS 2015 Đ.146.3), not of every month
    if (which !== "cuối" && c.isNum(1)) return pointOfMonth(c, which, start);
    c.next();
    const every = readEvery(c);
    expectFrequency(c, every, "monthly", start);
    const lead = join(leads);
    if (lead !== "") c.wording["lead"] = lead;
    if (which !== "cuối") c.wording["day"] = `${which} tháng`;
    return { kind: "recurring", frequency: "monthly", day: which === "cuối" ? "last" : which === "giữa" ? 15 : 1, bound: "by" };
  }
  if (c.isUnit("quarter") && which === "cuối") {
    if (c.is("roman", 1) || c.isNum(1)) return quarterPeriod(c, words);
    c.next();
    const every = readEvery(c);
    expectFrequency(c, every, "quarterly", start);
    const lead = join(leads);
    if (lead !== "") c.wording["lead"] = lead;
    return { kind: "recurring", frequency: "quarterly", month: 3, day: "last", bound: "by" };
  }
  if (c.isUnit("year") && which === "cuối") return yearPeriod(c, words);
  if (c.isUnit("year") && which === "đầu") {
    // "đầu năm" = 1 January (BLDS Đ.146.3.a)
    c.next();
    const year = c.isNum() ? yearOf(c, c.next()) : undefined;
    if (leads.length > 0) c.wording["lead"] = join(leads);
    c.wording["day"] = "đầu năm";
    return { kind: "fixed_date", dates: [{ ...periodYear(year), month: 1, day: 1 }], bound: "by" };
  }
  if (c.isUnit("year") && which === "giữa") {
    c.next();
    const year = c.isNum() ? yearOf(c, c.next()) : undefined;
    c.setLead(words, "trong");
    return { kind: "period", period: { unit: "half_year", half: 1, ...periodYear(year) } };
  }
  return c.fail(which === "cuối" ? ["tháng", "quý", "năm"] : which === "giữa" ? ["tháng", "năm"] : ["tháng", "năm"]);
}

/**
 * "giữa tháng 10-2017", "vào đầu tháng 01/2021", "đầu tháng 8": the middle or the start of a named
 * month is an approximate time in documents (an event, a target), not a day: refused
 * (`approximate_part_of_month`), so that running text reports it for a person to read. (BLDS 2015
 * Đ.146.3 fixes "đầu tháng", "giữa tháng" as the 1st and the 15th when parties agree on them: the
 * recurring "giữa tháng hằng tháng" reads so; "cuối tháng 10" is the month's last day.)
 */
function pointOfMonth(c: Cursor, which: "giữa" | "đầu", start: number): never {
  c.next(); // tháng
  const m = smallNumber(c, [E.number]);
  if (m.value < 1 || m.value > 12) c.contradiction(m.start, "month_not_exist", { value: m.value });
  optionalYearNumber(c);
  const end = c.lx[c.p - 1];
  return c.unsupported(start, "approximate_part_of_month", { words: c.text.slice(start, end === undefined ? c.text.length : end.end) }, `${which} tháng`);
}
