/**
 * Words run together: syllables of the lexicon written without the space between them
 * ("ngàylàm việc", "kể từngày ký"), as text copied from some web pages and PDF files has them.
 * Both the phrase tokenizer and the word scanner of `findDeadlines` read them apart.
 * @internal
 * @module
 */
import { MARKED_WORDS, MAX_MARKED_WORD } from "./lexicon.js";
import { accentKey, isPlainWord } from "./normalize.js";

/**
 * Where a word glued from two or more words of the lexicon written with a diacritic splits
 * ("ngàylàm" → "ngày" "làm", "từngày" → "từ" "ngày"): the offsets between them, or `undefined`
 * when the word is one of them, has no diacritic, or is not made of them whole. Vietnamese writes
 * each syllable apart, so such a run is a lost space, never a word of its own. Shortest first word
 * first, at most {@link MAX_MARKED_WORD} units each and four words: bounded work per word.
 * @internal
 */
export function gluedCuts(text: string, start: number, end: number): number[] | undefined {
  if (end - start < 4 || end - start > 4 * MAX_MARKED_WORD) return undefined;
  const whole = text.slice(start, end);
  if (isPlainWord(whole) || MARKED_WORDS.has(accentKey(whole))) return undefined;
  return cutsFrom(text, start, end, 0);
}

function cutsFrom(text: string, from: number, end: number, depth: number): number[] | undefined {
  if (depth > 3) return undefined;
  for (let k = from + 1; k < end && k - from <= MAX_MARKED_WORD; k++) {
    if (!MARKED_WORDS.has(accentKey(text.slice(from, k)))) continue;
    if (end - k <= MAX_MARKED_WORD && MARKED_WORDS.has(accentKey(text.slice(k, end)))) return [k];
    const rest = cutsFrom(text, k, end, depth + 1);
    if (rest !== undefined) return [k, ...rest];
  }
  return undefined;
}
