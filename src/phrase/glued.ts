/**
 * Words run together: syllables of the lexicon written without the space between them
 * ("ngàylàm việc", "kể từngày ký"), as text copied from some web pages and PDF files has them.
 * Both the phrase tokenizer and the word scanner of `findDeadlines` read them apart.
 * @internal
 * @module
 */
import { MARKED_WORDS, MAX_MARKED_WORD } from "./lexicon.js";
import { accentKey } from "./normalize.js";

/**
 * Where a word written with a diacritic, glued from two or more words of the lexicon written with a
 * diacritic, splits ("ngàylàm" → "ngày" "làm", "từngày" → "từ" "ngày"): the offsets between them,
 * from the word's start, or `undefined` when the word is one of them or is not made of them whole.
 * `accent` is the word's accent key, which the caller has made. Vietnamese writes each syllable
 * apart, so such a run is a lost space, never a word of its own. Shortest first word first, at most
 * {@link MAX_MARKED_WORD} units each and four words: bounded work per word.
 * @internal
 */
export function gluedCuts(word: string, accent: string): number[] | undefined {
  if (word.length < 4 || word.length > 4 * MAX_MARKED_WORD || MARKED_WORDS.has(accent)) return undefined;
  return cutsFrom(word, 0, 0);
}

function cutsFrom(word: string, from: number, depth: number): number[] | undefined {
  if (depth > 3) return undefined;
  const end = word.length;
  for (let k = from + 1; k < end && k - from <= MAX_MARKED_WORD; k++) {
    if (!MARKED_WORDS.has(accentKey(word.slice(from, k)))) continue;
    if (end - k <= MAX_MARKED_WORD && MARKED_WORDS.has(accentKey(word.slice(k)))) return [k];
    const rest = cutsFrom(word, k, depth + 1);
    if (rest !== undefined) return [k, ...rest];
  }
  return undefined;
}
