/**
 * Word-level functions of the draft layer: fold keys of a text, contiguous word search, slugs.
 * Linear, no regular expression with repetition.
 * @internal
 * @module
 */
import { collapseSpaces, foldKey, isWordChar } from "../phrase/normalize.js";

/** The words of a text as fold keys, with their offsets. @internal */
export interface Word {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** Splits a text into words (letters, marks and digits), each with its fold key. @internal */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  const n = text.length;
  const isPart = (ch: string): boolean => isWordChar(ch) || (ch >= "0" && ch <= "9");
  while (i < n) {
    const ch = text[i] as string;
    if (!isPart(ch)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isPart(text[i] as string)) i++;
    out.push({ key: foldKey(text.slice(start, i)), start, end: i });
  }
  return out;
}

/** Fold keys of a phrase written in Vietnamese ("hoàn thành nhiệm vụ" → ["hoan", "thanh", "nhiem", "vu"]). @internal */
export function keysOf(phrase: string): string[] {
  return wordsOf(phrase).map((w) => w.key);
}

/** Index in `words` where the keys stand in a row, or −1. @internal */
export function findKeys(words: readonly Word[], keys: readonly string[], from = 0): number {
  for (let i = from; i + keys.length <= words.length; i++) {
    let hit = true;
    for (let j = 0; j < keys.length && hit; j++) hit = (words[i + j] as Word).key === keys[j];
    if (hit) return i;
  }
  return -1;
}

/** A unit or plan id from a Vietnamese name: fold keys joined by "-" ("Trung tâm DVVL-ĐT-XTĐT" → "trung-tam-dvvl-dt-xtdt"). @internal */
export function slugOf(name: string): string {
  return keysOf(name).join("-");
}

/** Collapses white space runs to one space and trims (the phrase layer's collapseSpaces). @internal */
export const tidy: (text: string) => string = collapseSpaces;

/** Removes markup tags ("<p>", "<ul style=…>") from a cell, keeping the text; the arrow "-->" is kept. @internal */
export function stripTags(text: string): string {
  let out = "";
  let i = 0;
  let close = -1; // the next ">" at or after i (Infinity when there is none): one pass in all
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === "<") {
      if (close < i) {
        const found = text.indexOf(">", i);
        close = found < 0 ? Infinity : found;
      }
      const next = text[i + 1] ?? "";
      if (close !== Infinity && (next === "/" || (next >= "a" && next <= "z"))) {
        out += " ";
        i = close + 1;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}
