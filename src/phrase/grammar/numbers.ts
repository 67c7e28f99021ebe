/**
 * Amounts: digits, digits with the words in brackets ("10 (mười)"), Vietnamese number words up
 * to 999 999 ("hai mươi mốt", "một trăm linh năm"), and the duration units after them.
 * @internal
 * @module
 */
import type { DurationUnit } from "../../deadline/types.js";
import type { CompiledEntry } from "../lexicon.js";
import type { Lexeme } from "../tokenize.js";
import { CONSECUTIVE_DAYS, DAY_AND_NIGHT } from "../canonical.js";
import { collapseSpaces, foldKey } from "../normalize.js";
import { E, MAX_AMOUNT, type Cursor } from "./cursor.js";

/** Digits, digits with the words in brackets, or number words. */
export function readAmount(c: Cursor): number {
  const start = c.index();
  if (c.isNum()) {
    const l = c.next();
    if (l.digits > 6 || l.value > MAX_AMOUNT) c.contradiction(l.start, "amount_too_large", { value: l.text, max: MAX_AMOUNT }, l.text);
    // "2,5 ngày": a decimal comma joining two numbers before a unit; read in part it would be "5 ngày"
    const comma = c.peek();
    const fraction = c.peek(1);
    if (comma !== undefined && fraction !== undefined && c.isSym(",") && comma.start === l.end && fraction.type === "number" && fraction.start === comma.end && c.unitValue(2) !== undefined) {
      const written = c.text.slice(l.start, fraction.end);
      c.unsupported(l.start, "fractional_amount", { value: written }, written);
    }
    if (c.isSym("(") && c.isNumberWordStart(1)) {
      c.next();
      const wordsAt = c.index();
      const words = c.onlyNumbers(() => numberWords(c));
      if (words !== l.value) c.contradiction(wordsAt, "digits_words_mismatch", { digits: l.value, words }, c.text.slice(wordsAt, c.index()).trim());
      if (!c.isSym(")")) c.fail([")"]);
      c.next();
    }
    return l.value;
  }
  const value = numberWords(c);
  if (value > MAX_AMOUNT) c.contradiction(start, "amount_too_large", { value, max: MAX_AMOUNT });
  // "tám (8) giờ": the words, then the digits in brackets, checked
  if (c.isSym("(") && c.isNum(1) && c.isSym(")", 2)) {
    const digits = c.peek(1) as Lexeme;
    if (digits.value !== value) c.contradiction(digits.start, "digits_words_mismatch", { digits: digits.text, words: value }, digits.text);
    c.p += 3;
  }
  return value;
}

/** Vietnamese number words up to 999 999: "mười lăm", "hai mươi mốt", "một trăm linh năm". */
export function numberWords(c: Cursor): number {
  const high = under1000(c);
  if (high === undefined) c.fail([E.number]);
  if (c.hasRole("thousand") !== undefined) {
    c.next();
    const low = under1000(c) ?? 0;
    return high * 1000 + low;
  }
  return high;
}

/**
 * A units word after "mươi"/"mười" or "linh": "năm" counts only when a unit follows or in
 * brackets ("mười năm ngày" = 15 days, "trong mười năm" = 10 years, "15 (mười năm)"); never "không".
 */
export function unitsWord(c: Cursor, afterTens: number): number | undefined {
  const digit = c.hasRole("digit");
  const only = c.hasRole("unit_only");
  if (digit === undefined && only === undefined) return undefined;
  if (digit !== undefined && (digit.value === 0 || !c.numberWordAt(0))) return undefined;
  if (digit !== undefined) {
    c.next();
    return digit.value as number;
  }
  // "mốt" only after "mươi"; "tư" after "mươi" or "linh" ("một trăm linh tư"); "lăm" after "mươi", "mười"
  const v = (only as CompiledEntry).value as number;
  if (v === 1 && afterTens < 20) return undefined;
  if (v === 4 && afterTens === 10) return undefined;
  if (v !== 4 && afterTens === 0) return undefined;
  c.next();
  return v;
}

export function under1000(c: Cursor): number | undefined {
  let hundreds = 0;
  let consumed = false;
  const d0 = c.hasRole("digit");
  if (d0 !== undefined && c.hasRole("hundred", 1) !== undefined) {
    hundreds = (d0.value as number) * 100;
    c.next();
    c.next();
    consumed = true;
    if (c.hasRole("link") !== undefined) {
      c.next();
      const u = unitsWord(c, 0) ?? c.fail([E.number]);
      return hundreds + u;
    }
  }
  let tens = 0;
  const d1 = c.hasRole("digit");
  if (d1 !== undefined && (d1.value as number) >= 2 && (c.hasRole("tens", 1) !== undefined || c.hasRole("ten", 1) !== undefined) && !(c.isUnit("year") && c.is("unit", 1))) {
    tens = (d1.value as number) * 10;
    c.next();
    c.next();
  } else if (c.hasRole("ten") !== undefined) {
    tens = 10;
    c.next();
  }
  if (tens > 0) {
    consumed = true;
    return hundreds + tens + (unitsWord(c, tens) ?? 0);
  }
  if (!consumed) {
    const d = c.hasRole("digit");
    if (d === undefined || !c.numberWordAt(0)) return undefined;
    c.next();
    return d.value as number;
  }
  return hundreds;
}

/** A small number written in digits or words (months, quarters, weekdays). */
export function smallNumber(c: Cursor, expected: readonly string[]): { value: number; start: number; digits: number } {
  const start = c.index();
  if (c.isNum()) {
    const l = c.next();
    return { value: l.digits > 6 ? Number.MAX_SAFE_INTEGER : l.value, start, digits: l.digits };
  }
  // "tháng Tư": April, "tư" alone
  if (c.monthFourAt(0)) {
    c.next();
    return { value: 4, start, digits: 0 };
  }
  if (c.isNumberWordStart(0)) return { value: numberWords(c), start, digits: 0 };
  return c.fail(expected);
}

export function durationUnit(c: Cursor): { unit: DurationUnit; written?: string } {
  const u = c.unitValue();
  const e = c.entry("unit");
  if (u === "day") {
    c.next();
    if (c.is("working")) {
      c.next();
      return { unit: "working_day" };
    }
    // "05 ngày (tính theo ngày làm việc)": a bracket that says the days are working days
    const bracket = workingDaysBracketAhead(c);
    if (bracket > 0) {
      const open = c.peek() as Lexeme;
      const close = c.peek(bracket - 1) as Lexeme;
      c.p += bracket;
      return { unit: "working_day", written: `ngày ${collapseSpaces(c.text.slice(open.start, close.end))}` };
    }
    if (c.is("calendar")) {
      c.next();
      return { unit: "calendar_day" };
    }
    // "2 ngày đêm": a day and its night, a whole day of twenty-four hours
    if (c.peek()?.type === "word" && c.peek()?.entries.length === 0 && foldKey((c.peek() as Lexeme).text) === "dem") {
      c.next();
      return { unit: "day", written: DAY_AND_NIGHT };
    }
    // "niêm yết … ít nhất là 15 ngày liên tục": days in a row, every calendar day counted
    if (consecutiveAhead(c, 0)) {
      c.next();
      c.next();
      return { unit: "day", written: CONSECUTIVE_DAYS };
    }
    return { unit: "day" };
  }
  if (u === "hour") {
    const h = c.next();
    let written = e !== undefined && e.canonical !== "giờ" ? e.canonical : undefined;
    // "không quá 24h00 kể từ khi …": a count of hours written as a clock reading, its minutes zero
    const minutes = c.peek();
    if (written === "h" && minutes?.type === "number" && minutes.start === h.end && minutes.digits === 2 && minutes.value === 0) {
      c.next();
      written = "h00";
    }
    if (c.is("working")) {
      c.next();
      return { unit: "working_hour", ...(written === undefined ? {} : { written }) };
    }
    return { unit: "hour", ...(written === undefined ? {} : { written }) };
  }
  if (u === "week" || u === "month" || u === "year") {
    c.next();
    return { unit: u };
  }
  return c.fail(E.unit);
}

/** Whether "liên tục" (in a row) stands at `k`, case and diacritics aside. @internal */
export function consecutiveAhead(c: Cursor, k: number): boolean {
  const a = c.peek(k);
  const b = c.peek(k + 1);
  return a?.type === "word" && b?.type === "word" && a.entries.length === 0 && b.entries.length === 0 && foldKey(a.text) === "lien" && foldKey(b.text) === "tuc";
}

/**
 * "(tính theo ngày làm việc)", "(theo ngày làm việc)", "(ngày làm việc)" right after "ngày": how many lexemes the bracket
 * takes, or 0. @internal
 */
export function workingDaysBracketAhead(c: Cursor): number {
  if (!c.isSym("(")) return 0;
  let k = 1;
  const word = (j: number): string => {
    const l = c.peek(j);
    return l?.type === "word" ? foldKey(l.text) : "";
  };
  if (word(k) === "tinh" && c.is("per", k + 1)) k += 2;
  else if (c.is("per", k)) k++;
  return c.isUnit("day", k) && c.is("working", k + 1) && c.isSym(")", k + 2) ? k + 3 : 0;
}
