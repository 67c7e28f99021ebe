/**
 * Spelling normalisation for the phrase language: the keys a word is looked up by.
 *
 * - {@link accentKey}: lower case, tone mark moved to the end of the syllable (so "hoả" and
 *   "hỏa", "thuỷ" and "thủy" meet), "đ" read as "d";
 * - {@link foldKey}: lower case, every diacritic removed ("ngày" → "ngay", "đến" → "den"), for
 *   text typed without diacritics;
 * - {@link isPlainWord}: the word carries no diacritic at all, so it is looked up by its fold.
 *
 * Every function is linear in its input and uses no regular expression.
 * @internal
 * @module
 */

/** The five Vietnamese tone marks as combining characters (huyền, sắc, ngã, hỏi, nặng). */
const TONE_MARKS: ReadonlySet<number> = new Set([0x0300, 0x0301, 0x0303, 0x0309, 0x0323]);

/** True for a combining diacritical mark (U+0300–U+036F). */
function isCombining(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

/**
 * The key a word written with diacritics is looked up by: lower case, NFD, the tone mark moved
 * to the end, "đ" → "d".
 *
 * @param word - One word of the phrase.
 * @returns The key, e.g. `accentKey("Hoả") === accentKey("hỏa")`.
 * @internal
 */
export function accentKey(word: string): string {
  const nfd = word.toLowerCase().normalize("NFD");
  let base = "";
  let tone = "";
  for (const ch of nfd) {
    const code = ch.codePointAt(0) as number;
    if (TONE_MARKS.has(code)) tone = ch;
    else if (ch === "đ") base += "d";
    else base += ch;
  }
  return tone === "" ? base : `${base}${tone}`;
}

/**
 * The key a word written without diacritics is looked up by: lower case, every mark removed,
 * "đ" → "d".
 *
 * @param word - One word of the phrase.
 * @returns E.g. `foldKey("Ngày") === "ngay"`.
 * @internal
 */
export function foldKey(word: string): string {
  const nfd = word.toLowerCase().normalize("NFD");
  let out = "";
  for (const ch of nfd) {
    const code = ch.codePointAt(0) as number;
    if (isCombining(code)) continue;
    out += ch === "đ" ? "d" : ch;
  }
  return out;
}

/**
 * Whether a word carries no diacritic at all (then "ngay" may stand for "ngày" or "ngay").
 *
 * @param word - One word of the phrase.
 * @returns True for "ngay", "trong", "UBND"; false for "ngày", "đến".
 * @internal
 */
export function isPlainWord(word: string): boolean {
  for (const ch of word.normalize("NFD")) {
    const code = ch.codePointAt(0) as number;
    if (isCombining(code) || ch === "đ" || ch === "Đ") return false;
  }
  return true;
}

/** Whether a code point is white space (ASCII, no-break and the Unicode spaces). @internal */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;

/** Whether a character (one code point) is a letter or a combining mark. @internal */
export function isWordChar(ch: string): boolean {
  return LETTER.test(ch) || MARK.test(ch);
}

/** Collapses runs of white space to one space and trims (linear). @internal */
export function collapseSpaces(text: string): string {
  let out = "";
  let pendingSpace = false;
  for (const ch of text) {
    if (isSpace(ch.codePointAt(0) as number)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += " ";
    pendingSpace = false;
    out += ch;
  }
  return out;
}

/**
 * Hyphens and dashes that stand for "-": the hyphen-minus, the en and em dashes, and those web pages
 * write where "-" is meant (U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure dash, U+2212
 * minus): "từ 16‑26/1", "10 – 15 ngày". @internal
 */
const DASHES: ReadonlySet<string> = new Set(["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"]);

/** Whether a character is a hyphen or a dash that stands for "-" ({@link DASHES}). @internal */
export function isDash(ch: string): boolean {
  return DASHES.has(ch);
}
