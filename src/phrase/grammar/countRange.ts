/**
 * Ranges of counts: "10 - 15 ngày", "từ 15 đến 30 ngày", "sau 07 đến 10 ngày", "từ 5 – 7 ngày làm
 * việc". The length depends on the case ("tùy theo tính chất vụ việc"), so no single last day
 * follows from the words: the range is refused as such (`count_range`), not read as its last
 * count.
 * @internal
 * @module
 */
import type { Lexeme } from "../tokenize.js";
import type { Cursor } from "./cursor.js";

/** The units a range of counts is written in (a range of hours, "từ 7 đến 17 giờ", is a time of day). */
const RANGE_UNITS: ReadonlySet<string> = new Set(["day", "week", "month", "year"]);

/** Whether `N (-|–|đến|tới) M <unit>` starts `k` lexemes ahead (bounded lookahead, nothing consumed). */
export function countRangeAt(c: Cursor, k: number): boolean {
  if (!c.isNum(k) || !(c.isSym("-", k + 1) || c.is("to", k + 1)) || !c.isNum(k + 2)) return false;
  const unit = c.unitValue(k + 3);
  return unit !== undefined && RANGE_UNITS.has(unit);
}

/** Whether a range of counts starts here, after "từ" or not. */
export function countRangeAhead(c: Cursor): boolean {
  return countRangeAt(c, c.is("from") ? 1 : 0);
}

/** Refuses the range ahead ({@link countRangeAhead} holds): `phrase_unsupported`, reason `count_range`. */
export function countRange(c: Cursor): never {
  const first = c.peek() as Lexeme;
  const k = c.is("from") ? 1 : 0;
  const from = c.peek(k) as Lexeme;
  const to = c.peek(k + 2) as Lexeme;
  const unit = c.peek(k + 3) as Lexeme;
  const written = c.text.slice(first.start, unit.end);
  return c.unsupported(first.start, "count_range", { from: from.value, to: to.value, unit: unit.text }, written);
}
