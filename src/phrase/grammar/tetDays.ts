/**
 * A day of Tết as news write it, with its solar date in brackets: "vào mùng 2 Tết Mậu Tý (8-2)",
 * "mồng 6 Tết (12-2-2008)". The lunar day (mùng N of the first lunar month) and the year's name
 * (can chi) are checked against the solar date with the lunar calendar of this library (UTC+7);
 * the solar date is the rule's, the lunar words are kept verbatim in `wording.lunar`.
 *
 * The year: written in the gloss, it is checked against the lunar day and the year's name; not
 * written, the year's name fixes it when exactly one year of 1900–2199 with that name has that
 * lunar day on the solar day written (Mậu Tý with mùng 2 on 8/2 → 2008), else it stays the
 * context's (`context.year`), never guessed. Refused: a Tết day without its solar gloss (the
 * year's name alone repeats every 60 years), and one with neither the year's name nor a year in
 * the gloss (nothing to check the lunar day against).
 * @internal
 * @module
 */
import type { DeadlineRule } from "../../deadline/types.js";
import { lunarToDayNumber } from "../../lunar/index.js";
import { fromDayNumber, type DayNumber } from "../../day/dayNumber.js";
import { MAX_YEAR, MIN_YEAR, periodYear, type Cursor } from "./cursor.js";
import { foldKey } from "../normalize.js";
import { yearOf } from "./dates.js";

/** The ten heavenly stems (can), by folded name; index = (year + 6) mod 10. */
const STEMS: readonly string[] = ["giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy"];
/** The twelve earthly branches (chi), by folded name; index = (year + 8) mod 12 ("mẹo" is "mão"). */
const BRANCHES: readonly string[] = ["ty", "suu", "dan", "mao", "thin", "ty", "ngo", "mui", "than", "dau", "tuat", "hoi"];

const folded = (c: Cursor, k: number): string => {
  const l = c.peek(k);
  return l === undefined || l.type !== "word" ? "" : foldKey(l.text);
};

/** "mùng|mồng N Tết": a day of the first lunar month (bounded lookahead). */
export function tetDayAhead(c: Cursor): boolean {
  const first = folded(c, 0);
  return (first === "mung" || first === "mong") && c.isNum(1) && folded(c, 2) === "tet";
}

/** Whether `year`'s name is `stem branch` (folded); "Tý" and "Tỵ" fold alike and are told apart by the stem's parity. */
function namedYear(year: number, stem: string, branch: string): boolean {
  const s = STEMS[(((year + 6) % 10) + 10) % 10] as string;
  const b = BRANCHES[(((year + 8) % 12) + 12) % 12] as string;
  return s === stem && (b === branch || (branch === "meo" && b === "mao"));
}

/** The solar day of lunar day `day` of the first month of lunar year `year`, as [year, month, day], or undefined when it does not exist. */
function tetDay(year: number, day: number): readonly [number, number, number] | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  let n: number;
  try {
    n = lunarToDayNumber(year, 1, day) as number;
  } catch {
    return undefined;
  }
  const [y, m, d] = fromDayNumber(n as DayNumber).split("-").map(Number) as [number, number, number];
  return [y, m, d];
}

/** Reads the Tết day of {@link tetDayAhead} and its solar gloss (see the module comment). */
export function tetDate(c: Cursor, leads: readonly string[]): DeadlineRule {
  const start = c.index();
  c.next(); // mùng
  const n = c.next();
  if (n.value < 1 || n.value > 30) c.contradiction(n.start, "day_not_exist", { value: n.text }, n.text);
  c.next(); // Tết
  let name: { readonly stem: string; readonly branch: string } | undefined;
  if (folded(c, 0) === "nguyen" && folded(c, 1) === "dan") c.p += 2;
  if (STEMS.includes(folded(c, 0)) && (BRANCHES.includes(folded(c, 1)) || folded(c, 1) === "meo")) {
    name = { stem: folded(c, 0), branch: folded(c, 1) };
    c.p += 2;
  }
  const lunarEnd = (c.lx[c.p - 1] as { end: number }).end;
  const lunar = c.text.slice(start, lunarEnd);
  if (!c.isSym("(") || !c.isNum(1)) c.fail(name === undefined ? ["tên năm (Giáp Tý …)", "(dd-mm)"] : ["(dd-mm)"]);
  const glossAt = c.index();
  c.next();
  const d = c.next();
  const sep = c.peek();
  if (sep === undefined || sep.type !== "punct" || !(sep.sym === "/" || sep.sym === "-" || sep.sym === ".") || !c.isNum(1)) c.fail(["dd-mm"]);
  c.next();
  const m = c.next();
  let written: number | undefined;
  if (c.isSym(sep.sym) && c.isNum(1)) {
    c.next();
    written = yearOf(c, c.next());
  }
  if (!c.isSym(")")) c.fail([")"]);
  c.next();
  // without the year's name or a year, the lunar day cannot be checked against the solar one: refused, not trusted
  if (name === undefined && written === undefined) {
    c.p = c.lx.findIndex((l) => l.start === glossAt);
    c.fail(["tên năm (Giáp Tý …)", "(dd-mm-yyyy)"]);
  }
  const matches = (y: number): boolean => {
    const solar = tetDay(y, n.value);
    return solar !== undefined && solar[0] === y && solar[1] === m.value && solar[2] === d.value;
  };
  const mismatch = (): never => c.contradiction(glossAt, "lunar_gloss_mismatch", { solar: `${d.value}/${m.value}${written === undefined ? "" : `/${written}`}`, lunar: `${n.value}/1` });
  let year = written;
  if (written !== undefined) {
    if (!matches(written) || (name !== undefined && !namedYear(written, name.stem, name.branch))) mismatch();
  } else if (name !== undefined) {
    const found: number[] = [];
    for (let y = MIN_YEAR; y <= MAX_YEAR; y++) if (namedYear(y, name.stem, name.branch) && matches(y)) found.push(y);
    if (found.length === 0) mismatch();
    if (found.length === 1) year = found[0];
  }
  if (m.value < 1 || m.value > 2 || d.value < 1 || d.value > 31) mismatch();
  c.wording["lunar"] = lunar;
  c.setLead(leads, "chậm nhất");
  return { kind: "fixed_date", dates: [{ ...periodYear(year), month: m.value, day: d.value }], bound: "by" };
}
