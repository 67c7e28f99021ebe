/**
 * A roll clause written after the deadline: "…; nếu ngày này trùng vào ngày nghỉ (lễ, Tết, thứ
 * Bảy, Chủ nhật) thì thực hiện vào ngày làm việc tiếp theo", "(nếu trùng ngày nghỉ thì được lùi
 * sang ngày làm việc tiếp theo)", "…, nếu trùng ngày nghỉ thì báo cáo vào ngày làm việc liền
 * trước". It sets the rule's `roll`; the clause as written (with its opening mark) is kept in
 * `wording.roll` when not canonical.
 *
 * ```text
 * roll := ("(" | ";" | ",")? "nếu" CONDITION ("thì" | "sẽ") WORDS{0,8} "ngày làm việc" DIRECTION ("của" ("tháng" | "tuần") ("đó" | "này")?)? ")"?
 * CONDITION := words naming a day off ("nghỉ", "lễ", "Tết", "Chủ nhật", "thứ Bảy"), brackets allowed, at most 40 lexemes
 * DIRECTION := "tiếp theo" | "kế tiếp" | "liền sau" | "sau đó" → next; "liền trước" | "trước" ("đó")? → previous
 * ```
 * @internal
 * @module
 */
import type { RollByText } from "../../deadline/types.js";
import { collapseSpaces, foldKey } from "../normalize.js";
import type { Lexeme } from "../tokenize.js";
import type { Cursor } from "./cursor.js";

/** A roll clause found ahead: its direction and the number of lexemes it spans. */
export interface RollAhead {
  readonly to: RollByText;
  readonly length: number;
}

/** Fold keys of the words that name a day off in the condition ("ngày nghỉ", "nghỉ lễ", "Tết", "Chủ nhật", "thứ Bảy"). */
const DAY_OFF = new Set(["nghi", "le", "tet", "nhat", "bay"]);

const CONDITION_REACH = 40;
const CONSEQUENCE_REACH = 8;

/**
 * The roll clause starting `k` lexemes ahead (bounded lookahead, nothing consumed), or undefined;
 * `"cut"` when the phrase ends inside what is so far a roll clause ("…; nếu trùng ngày nghỉ thì").
 */
export function rollClauseAhead(c: Cursor, k0 = 0): RollAhead | "cut" | undefined {
  const word = (k: number): string => {
    const l = c.peek(k);
    return l === undefined || l.type !== "word" ? "" : foldKey(l.text);
  };
  let k = k0;
  const opened = c.isSym("(", k);
  if (opened || c.isSym(";", k) || c.isSym(",", k)) k++;
  if (word(k) !== "neu") return undefined;
  k++;
  let depth = 0;
  let dayOff = false;
  for (let n = 0; ; n++, k++) {
    const l = c.peek(k);
    if (l === undefined) return "cut";
    if (n > CONDITION_REACH) return undefined;
    if (l.type === "punct") {
      if (l.sym === "(") depth++;
      else if (l.sym === ")") {
        if (depth === 0) return undefined;
        depth--;
      } else if (l.sym === ";" || l.sym === ".") return undefined;
      continue;
    }
    const key = word(k);
    // "nếu trùng ngày Lễ, Tết … sẽ tiếp công dân vào ngày làm việc tiếp theo": "sẽ" for "thì"
    if ((key === "thi" || key === "se") && depth === 0) break;
    if (DAY_OFF.has(key)) dayOff = true;
  }
  if (!dayOff) return undefined;
  k++;
  for (let n = 0; n <= CONSEQUENCE_REACH && !(c.isUnit("day", k) && c.is("working", k + 1)); n++, k++) {
    if (c.atEnd(k) || (c.isUnit("day", k) && c.atEnd(k + 1))) return "cut";
    if (c.peek(k)?.type !== "word") return undefined;
  }
  if (!(c.isUnit("day", k) && c.is("working", k + 1))) return undefined;
  k += 2;
  if (c.atEnd(k) || (word(k) === "lien" && c.atEnd(k + 1))) return "cut";
  let to: RollByText;
  if (c.is("next", k)) {
    to = "next_working_day";
    k++;
  } else if (word(k) === "lien" && (word(k + 1) === "sau" || word(k + 1) === "truoc")) {
    to = word(k + 1) === "sau" ? "next_working_day" : "previous_working_day";
    k += 2;
  } else if (word(k) === "sau" && word(k + 1) === "do") {
    to = "next_working_day";
    k += 2;
  } else if (word(k) === "truoc") {
    to = "previous_working_day";
    k += word(k + 1) === "do" ? 2 : 1;
  } else return c.atEnd(k + 1) ? "cut" : undefined; // "… ngày làm việc tiếp": a word cut off
  // "… ngày làm việc tiếp theo của tháng đó": the working day stays in the period of the day it replaces
  if (word(k) === "cua" && (c.isUnit("month", k + 1) || c.isUnit("week", k + 1))) {
    k += 2;
    if (word(k) === "do" || word(k) === "nay") k++;
  }

  if (opened) {
    if (c.atEnd(k)) return "cut";
    if (!c.isSym(")", k)) return undefined;
    k++;
  }
  return { to, length: k - k0 };
}

/** Reads the roll clause {@link rollClauseAhead} found: its direction and its words as written (single spaces). */
export function readRollClause(c: Cursor, ahead: RollAhead): { readonly to: RollByText; readonly written: string } {
  const first = c.peek() as Lexeme;
  c.p += ahead.length;
  const last = c.lx[c.p - 1] as Lexeme;
  return { to: ahead.to, written: collapseSpaces(c.text.slice(first.start, last.end)) };
}
