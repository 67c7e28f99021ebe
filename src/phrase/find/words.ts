/**
 * The word scanner of `findDeadlines`: one left-to-right pass over the NFC text giving words
 * (with their fold key), digit runs and punctuation, and the hard boundaries no time expression
 * crosses. Linear in the text, no regular expression with repetition.
 * @internal
 * @module
 */
import { gluedCuts } from "../glued.js";
import { accentKey, foldKey, isPlainWord, isSpace, isWordChar } from "../normalize.js";

/** One scanned token. @internal */
export interface Token {
  readonly type: "word" | "number" | "punct";
  /** UTF-16 offsets in the NFC text. */
  readonly start: number;
  readonly end: number;
  /** Fold key of a word ("Chậm" → "cham"), the digits of a number, the character of a punctuation. */
  readonly key: string;
  /**
   * The key a word is compared by: its fold key when it is written without any diacritic, else
   * its accent key ("Hải" is not "hai", "trọng" is not "trong"), as the phrase tokenizer does.
   */
  readonly exact: string;
  /** Index of the first hard boundary at or after `start`: a time expression starting here ends there at the latest. */
  readonly limit: number;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Whether the character at `i` ends what a time expression can span:
 * - a line break, a tab (a table cell), `<` or `>` (markup, arrows "-->");
 * - a dash between spaces before a capital letter (a bullet " - Báo cáo …" in a cell);
 * - `.`, `!`, `?` followed by white space, `<` or the end (a sentence end; "31.3.2025", "./." and an
 *   ellipsis "..." stay inside).
 */
function isHardBoundary(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x0a || c === 0x0d || c === 0x09 || c === 0x3c || c === 0x3e || c === 0x2028 || c === 0x2029) return true;
  if ((c === 0x2d || c === 0x2013 || c === 0x2014) && i > 0 && i + 2 < text.length) {
    // a bullet " - Báo cáo …" inside a table cell
    const after = text[i + 2] as string;
    return isSpace(text.charCodeAt(i - 1)) && isSpace(text.charCodeAt(i + 1)) && after !== after.toLowerCase();
  }
  if (c === 0x2e || c === 0x21 || c === 0x3f) {
    if (c === 0x2e && i > 0 && text.charCodeAt(i - 1) === 0x2e) return false; // an ellipsis "..."
    if (i + 1 >= text.length) return true;
    const next = text.charCodeAt(i + 1);
    return isSpace(next) || next === 0x3c;
  }
  return false;
}

/**
 * Leads (fold keys) that, written with a capital right after a lower-case word with no stop
 * between, start a new sentence whose full stop was lost (procedure rows joined into one cell:
 * "… cho tổ chức đề nghị Trong thời hạn 10 ngày làm việc, …").
 */
const RUN_IN_LEADS: readonly (readonly string[])[] = [
  ["trong", "thoi", "han"],
  ["trong", "thoi", "gian"],
  ["cham", "nhat"],
];

/** Whether a character is a capital letter. @internal */
export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Ends of sentences run into the next: the lower-case word before a capitalised lead. */
function runInStarts(text: string, tokens: readonly { type: Token["type"]; start: number; end: number; key: string }[]): number[] {
  const out: number[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as (typeof tokens)[number];
    const before = tokens[k - 1] as (typeof tokens)[number];
    if (t.type !== "word" || before.type !== "word" || !isUpper(text[t.start] as string) || isUpper(text[before.start] as string)) continue;
    const hit = RUN_IN_LEADS.some((lead) => lead.every((key, j) => tokens[k + j]?.type === "word" && tokens[k + j]?.key === key));
    // the boundary sits at the end of the word before, so the lead itself starts a new span
    if (hit) out.push(before.end);
  }
  return out;
}

/** Two ascending lists merged into one. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return a as number[];
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number))) out.push(a[i++] as number);
    else out.push(b[j++] as number);
  }
  return out;
}

/** Whether the code point is a letter or a combining mark (ASCII fast path, then a per-scan cache). */
function wordCharTest(cache: Map<number, boolean>): (code: number) => boolean {
  return (code) => {
    if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    let hit = cache.get(code);
    if (hit === undefined) {
      hit = isWordChar(String.fromCodePoint(code));
      cache.set(code, hit);
    }
    return hit;
  };
}

/**
 * Splits NFC text into tokens and records, for each, the next hard boundary.
 *
 * @param text - NFC text.
 * @returns Tokens in order.
 * @internal
 */
export function scanTokens(text: string): Token[] {
  const out: { type: Token["type"]; start: number; end: number; key: string; exact: string; limit: number }[] = [];
  const boundaries: number[] = [];
  const isLetter = wordCharTest(new Map());
  const folds = new Map<string, WordKeys>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code < 0x30 ? code !== 0x21 && code !== 0x2e && code !== 0x2d && code !== 0x09 && code !== 0x0a && code !== 0x0d : code < 0x3c || (code > 0x3f && code < 0x2013)) {
      // fast path: no boundary possible here
    } else if (isHardBoundary(text, i)) boundaries.push(i);
    if (code === 0x20 || isSpace(code)) {
      i++;
      continue;
    }
    if (isDigit(code)) {
      const start = i;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      const digits = text.slice(start, i);
      out.push({ type: "number", start, end: i, key: digits, exact: digits, limit: n });
      continue;
    }
    const point = code >= 0xd800 && code <= 0xdbff ? (text.codePointAt(i) as number) : code;
    const width = point > 0xffff ? 2 : 1;
    if (isLetter(point)) {
      const start = i;
      i += width;
      while (i < n) {
        const c = text.codePointAt(i) as number;
        if (!isLetter(c)) break;
        i += c > 0xffff ? 2 : 1;
      }
      const word = text.slice(start, i);
      const keys = keysOf(folds, word);
      if (keys.cuts === undefined) {
        out.push({ type: "word", start, end: i, key: keys.key, exact: keys.exact, limit: n });
        continue;
      }
      // "kể từngày ký": words of the lexicon run together are read apart, as the phrase tokenizer reads them
      let from = start;
      for (let k = 0; k <= keys.cuts.length; k++) {
        const to = k === keys.cuts.length ? i : start + (keys.cuts[k] as number);
        const part = keysOf(folds, text.slice(from, to));
        out.push({ type: "word", start: from, end: to, key: part.key, exact: part.exact, limit: n });
        from = to;
      }
      continue;
    }
    const ch = text.slice(i, i + width);
    out.push({ type: "punct", start: i, end: i + width, key: ch, exact: ch, limit: n });
    i += width;
  }
  const all = mergeSorted(boundaries, runInStarts(text, out));
  // one backward pass: the next boundary at or after each token's start
  let b = all.length - 1;
  let next = n;
  for (let k = out.length - 1; k >= 0; k--) {
    const t = out[k] as (typeof out)[number];
    while (b >= 0 && (all[b] as number) >= t.start) {
      next = all[b] as number;
      b--;
    }
    t.limit = next;
  }
  return out;
}

/** A word's keys, and where it splits when it is words of the lexicon run together ({@link gluedCuts}). */
interface WordKeys {
  readonly key: string;
  readonly exact: string;
  readonly cuts: readonly number[] | undefined;
}

/** The keys of a word, worked out once per distinct word of a scan. */
function keysOf(folds: Map<string, WordKeys>, word: string): WordKeys {
  let keys = folds.get(word);
  if (keys === undefined) {
    const key = foldKey(word);
    const plain = isPlainWord(word);
    const exact = plain ? key : accentKey(word);
    keys = { key, exact, cuts: plain ? undefined : gluedCuts(word, exact) };
    folds.set(word, keys);
  }
  return keys;
}

/** Whether a word is written with a capital first letter ("Luật", not "luật" in running prose). */
export function isCapital(text: string, t: Token): boolean {
  return isUpper(text[t.start] as string);
}
