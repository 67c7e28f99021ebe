/**
 * Moving over the scanner's tokens: the first token at or after an offset, and where a count's unit
 * word ends.
 * @internal
 * @module
 */
import { UNIT_WORDS } from "./leads.js";
import type { Token } from "./words.js";

/** The index of the first token that starts at or after `offset`, from `k` on. */
export function tokenAfter(tokens: readonly Token[], k: number, offset: number): number {
  let j = k;
  while (j < tokens.length && (tokens[j] as Token).start < offset) j++;
  return j;
}

/** The end of the first unit word within a few tokens after `k` (the extent of a refused amount), else `fallback`. */
export function amountEnd(tokens: readonly Token[], k: number, fallback: number): number {
  for (let j = k; j < k + 6 && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === "word" && UNIT_WORDS.has(t)) return t.end;
  }
  return fallback;
}
