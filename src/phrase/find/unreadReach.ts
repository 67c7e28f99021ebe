/**
 * Whether a time expression read after an unread fragment is the rest of the phrase the grammar
 * refused there ("vào ngày 28 và 30 | hàng tháng"): such a piece must not be reported as a match
 * of its own, which would read part of the phrase (only "hàng tháng", the month's end) as the
 * whole. The grammar decides, on the text from the fragment's lead to the end of the match.
 * @internal
 * @module
 */
import { tokenize } from "../tokenize.js";
import { parseSpan, type SpanReading } from "./readAt.js";

/** What a match after an unread fragment is: the rest of the refused phrase, a longer reading of it, or a time expression of its own. @internal */
export type Continuation = { readonly kind: "own" } | { readonly kind: "rest" } | { readonly kind: "whole"; readonly reading: SpanReading & { ok: true } };

/**
 * Decides for a match `[matchStart, matchEnd)` found after an unread fragment starting at
 * `fragmentStart`:
 * - `whole`: the grammar reads the text from the fragment's lead to the match's end as one
 *   expression (the refusal came from words after it);
 * - `rest`: the grammar, reading from the lead, refuses the form again (a contradiction, a quota …)
 *   with nothing but words it knows, numbers and marks before the match, or it objects after the
 *   match's first word — the match is part of the phrase refused;
 * - `own`: the grammar stops before the match or at its first word: the match stands on its own.
 * @internal
 */
export function continuation(text: string, fragmentStart: number, matchStart: number, matchEnd: number): Continuation {
  const reading = parseSpan(text, fragmentStart, matchEnd);
  if (reading.ok) return { kind: "whole", reading };
  if (reading.code === "phrase_unrecognized_token" || reading.code === "phrase_unexpected_end") return reading.at > matchStart ? { kind: "rest" } : { kind: "own" };
  // a refusal: the grammar checked the form before reading on; the words between are the phrase's
  // only if the grammar knows each of them (no free text, no other sentence part)
  for (const l of tokenize(text.slice(fragmentStart, matchStart))) {
    if (l.type === "word" && l.entries.length === 0) return { kind: "own" };
    if (l.type === "punct" && (l.sym === ";" || l.sym === ":")) return { kind: "own" };
  }
  return { kind: "rest" };
}
