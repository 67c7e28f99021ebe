/**
 * "Trước" a named period: "hoàn thành trước tháng 10/2024", "trước quý IV/2024", "trước năm 2025".
 * Strictly before the period, as "trước ngày X" is strictly before X (policy `beforeDate`): the limit is the
 * day before the period's first day, that is the last day of the period before ("trước tháng
 * 10/2024" = 30/09/2024). The rule is the fixed date of that first day with bound `before`, the
 * period word kept in `wording.day` ("tháng", "quý", "năm") so the phrase is written back as read.
 * The year must be written: "trước tháng 10" with no year names no single day.
 *
 * ```text
 * beforePeriod := "trước" ( "tháng" 1…12 ("/" | "-" | "." | "năm") yyyy | "quý" (I…IV | 1…4) ("/" | "-" | "." | "năm") yyyy | "năm" yyyy )
 * ```
 * @internal
 * @module
 */
import type { DeadlineRule } from "../../deadline/types.js";
import type { CompiledEntry } from "../lexicon.js";
import { E, join, type Cursor } from "./cursor.js";
import { optionalYearNumber, yearOf } from "./dates.js";
import { smallNumber } from "./numbers.js";

/** Whether a named period with its year follows ("tháng 10/2024", "quý IV/2024", "năm 2025"). @internal */
export function beforePeriodAhead(c: Cursor): boolean {
  if (c.isUnit("year")) return c.isNum(1) && c.peek(1)?.digits === 4;
  const named = (c.isUnit("month") && c.isNum(1)) || (c.isUnit("quarter") && (c.is("roman", 1) || c.isNum(1)));
  if (!named) return false;
  // the year: "/2024", "-2024", ".2014" written against the dot (". 2014" ends a sentence) or "năm 2024"
  const dot = c.isSym(".", 2) && c.peek(3)?.start === c.peek(2)?.end;
  return ((c.isSym("/", 2) || c.isSym("-", 2) || dot) && c.isNum(3) && c.peek(3)?.digits === 4) || (c.isUnit("year", 2) && c.isNum(3));
}

/** Reads the period after "trước" ({@link beforePeriodAhead} is true); `words` are the lead words, "trước" last. @internal */
export function beforePeriod(c: Cursor, words: readonly string[]): DeadlineRule {
  const lead = join(words);
  if (lead !== "trước") c.wording["lead"] = lead;
  if (c.isUnit("year")) {
    c.next();
    const year = yearOf(c, c.next());
    c.wording["day"] = "năm";
    return { kind: "fixed_date", dates: [{ year, month: 1, day: 1 }], bound: "before" };
  }
  if (c.isUnit("month")) {
    c.next();
    const m = smallNumber(c, [E.number]);
    if (m.value < 1 || m.value > 12) c.contradiction(m.start, "month_not_exist", { value: m.value });
    const year = optionalYearNumber(c) as number;
    c.wording["day"] = "tháng";
    return { kind: "fixed_date", dates: [{ year, month: m.value, day: 1 }], bound: "before" };
  }
  c.next(); // quý
  let quarter: number;
  if (c.is("roman")) quarter = (c.next().entries.find((e) => e.kind === "roman") as CompiledEntry).value as number;
  else {
    const q = smallNumber(c, [E.number]);
    quarter = q.value;
  }
  if (quarter < 1 || quarter > 4) c.contradiction(c.index(), "quarter_not_exist", { value: quarter });
  const year = optionalYearNumber(c) as number;
  c.wording["day"] = "quý";
  return { kind: "fixed_date", dates: [{ year, month: 3 * quarter - 2, day: 1 }], bound: "before" };
}
