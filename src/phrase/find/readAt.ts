/**
 * Reading one time expression at a place in running text, with the phrase grammar as the only
 * judge: the span is trimmed at the first word the grammar does not understand (its own error
 * index), grown when a free-text anchor runs into the length cap, and cut before a comma that
 * starts a new clause. The rule returned is `safeParseDeadline` of exactly the span returned.
 * @internal
 * @module
 */
import type { DeadlineRule } from "../../deadline/types.js";
import { PhraseParseError, type IssueCode } from "../../errors.js";
import { LEXICON } from "../lexicon.js";
import { foldKey, isPlainWord } from "../normalize.js";
import { MAX_PHRASE_LENGTH, safeParseDeadline } from "../parseDeadline.js";
import { parseQuota, type Quota } from "../parseQuota.js";
import type { Token } from "./words.js";

/**
 * Window sizes tried in turn: most places fail within a few words and most expressions are
 * short; a window cut by length (not by a boundary) grows to the next size when the expression
 * runs to its end or the grammar objects near its end. @internal
 */
export const WINDOWS: readonly number[] = Object.freeze([48, 160, MAX_PHRASE_LENGTH]);

/** An objection this close to a window cut by length (not by a boundary) grows the window first. @internal */
export const GROW_MARGIN = 24;

/** At most this many parses per place (trimming steps): bounded work per place keeps the scan linear. @internal */
export const MAX_ATTEMPTS = 6;

/**
 * Words that open a main clause after a comma ("Trong thời hạn 10 ngày kể từ ngày nhận hồ sơ,
 * cơ quan thuế phải thông báo …"; "có hiệu lực kể từ ngày ký, thay thế Quyết định số …"): an
 * anchor is cut before such a comma.
 * @internal
 */
export const CLAUSE_MARKERS: readonly string[] = Object.freeze([
  "phải",
  "có trách nhiệm",
  "có quyền",
  "sẽ",
  "cần",
  "tiến hành",
  "được quyền",
  "thay thế",
  "bãi bỏ",
]);

/** Words that end an anchor inside a phrase (a cap "nhưng …", an alternative "hoặc …", a scope "đối với …"): markers after them are not in the anchor. */
const ANCHOR_ENDS = new Set(["nhung", "hoac", "doi", "(", ";"]);

const MARKERS = CLAUSE_MARKERS.map((m) => m.split(" ").map(foldKey));

/** What the grammar said about a span. @internal */
export type SpanReading =
  | { readonly ok: true; readonly end: number; readonly rule: DeadlineRule }
  | {
      readonly ok: false;
      readonly code: IssueCode;
      readonly at: number;
      readonly token: string;
      readonly expected: readonly string[];
      /** The grammar's params of the issue (its `reason` for a refusal), `index` and `text` of the span read. */
      readonly params: Readonly<Record<string, unknown>>;
    };

/** A quota read at a place. @internal */
export interface QuotaReading {
  readonly end: number;
  readonly quota: Quota;
}

/** What the grammar says about `text.slice(start, end)`, offsets in `text`. @internal */
export function parseSpan(text: string, start: number, end: number): SpanReading {
  const result = safeParseDeadline(text.slice(start, end));
  if (result.success) return { ok: true, end, rule: result.data };
  const first = result.error.issues[0];
  const params = first?.params ?? {};
  const index = typeof params["index"] === "number" ? params["index"] : 0;
  const expected = Array.isArray(params["expected"]) ? params["expected"].map(String) : [];
  return { ok: false, code: first?.code ?? "phrase_unrecognized_token", at: start + index, token: typeof params["token"] === "string" ? params["token"] : "", expected, params };
}

const TRAILING = new Set([",", ";", ":", "-", "–", "—", "(", "/", "&"]);

/** The end of the last token of `tokens[from..]` that ends at or before `end`, skipping trailing separators; `start` if none. @internal */
export function trimTo(tokens: readonly Token[], from: number, end: number): number {
  let k = from;
  let best = -1;
  while (k < tokens.length && (tokens[k] as Token).end <= end) {
    const t = tokens[k] as Token;
    if (!(t.type === "punct" && TRAILING.has(t.key))) best = k;
    k++;
  }
  return best < 0 ? (tokens[from]?.start ?? end) : (tokens[best] as Token).end;
}

/**
 * First words (fold keys) of a clause after a comma that the grammar reads as part of the rule: "trừ", "ngoại trừ",
 * "nhưng", "hoặc", "đối với", "trường hợp" (", trường hợp không giải quyết thì phải trả lời …", a case with no time
 * limit of its own), "nếu" (", nếu xét thấy … thì …": a condition, where the grammar looked for a roll clause).
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["tru", "ngoai", "nhung", "hoac", "doi", "truong", "neu"]);

/**
 * Where to end a span that the grammar found unfinished: before the last bracket left open, else
 * before the last ";" or ", trừ|nhưng|hoặc|đối với|trường hợp|nếu" (a clause the grammar took for an alternative
 * or an exception, "…; trường hợp từ chối phải thông báo", "…, trừ trường hợp quy định tại …",
 * with no time limit in it), else one word shorter.
 */
function dropLast(tokens: readonly Token[], from: number, end: number): number {
  let k = from;
  let last = -1;
  let open = -1;
  let clause = -1;
  while (k < tokens.length && (tokens[k] as Token).end <= end) {
    const t = tokens[k] as Token;
    if (t.type === "punct" && t.key === "(") open = k;
    else if (t.type === "punct" && t.key === ")") open = -1;
    // "; nếu trùng ngày nghỉ thì …" is the rule's roll clause, not a clause of its own
    else if (t.type === "punct" && ((t.key === ";" && tokens[k + 1]?.key !== "neu") || (t.key === "," && CLAUSE_OPENERS.has(tokens[k + 1]?.key ?? "") && !rollClauseAt(tokens, k + 1)))) clause = k;
    last = k;
    k++;
  }
  const cut = open > from ? open : clause > from ? clause : last;
  return cut <= from ? (tokens[from]?.start ?? end) : trimTo(tokens, from, (tokens[cut] as Token).start);
}

/** Words (fold keys) of a roll clause after "nếu" ("nếu trùng vào ngày nghỉ lễ thì …", "nếu rơi vào ngày nghỉ …"). */
const ROLL_WORDS: ReadonlySet<string> = new Set(["trung", "roi", "nghi"]);

/** Whether "nếu" at `k` opens the rule's roll clause (one of {@link ROLL_WORDS} within four words), not a condition of its own. */
function rollClauseAt(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.key !== "neu") return false;
  for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) if (ROLL_WORDS.has((tokens[j] as Token).key)) return true;
  return false;
}

const lexiconWords = (plain: boolean): string[] => LEXICON.flatMap((entry) => entry.forms.flatMap((form) => form.split(" ").filter((w) => isPlainWord(w) === plain).map(foldKey)));
const PLAIN_WORDS: ReadonlySet<string> = new Set(lexiconWords(true));

/**
 * Fold keys of the lexicon's words written with diacritics ("quy" of "quý") that are not also
 * lexicon words written without them ("sau", "theo", "ngay" are words of their own): a plain
 * word with one of these keys, in a text written with diacritics, may be a folded reading.
 */
const FOLDED_READINGS: ReadonlySet<string> = new Set(lexiconWords(false).filter((key) => !PLAIN_WORDS.has(key)));

/**
 * Whether a span cut at the grammar's objection ends on a word without diacritics that the
 * grammar could only read by folding it (a lexicon word with diacritics has its fold: not "theo"), inside a window written with diacritics, with the
 * sentence going on ("thời hạn quy | định": "quy" read as "quý"). Such a reading is a guess and is refused.
 */
function endsOnFoldedWord(text: string, tokens: readonly Token[], first: number, windowEnd: number, reading: SpanReading & { ok: true }): boolean {
  if (freeTextOf(reading.rule) !== "") return false;
  let last: Token | undefined;
  let next: Token | undefined;
  for (let k = first; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.end <= reading.end) last = t;
    else {
      next = t;
      break;
    }
  }
  if (last === undefined || last.type !== "word" || next === undefined || next.type !== "word") return false;
  const word = text.slice(last.start, last.end);
  return isPlainWord(word) && FOLDED_READINGS.has(foldKey(word)) && !isPlainWord(text.slice((tokens[first] as Token).start, windowEnd));
}

/** The free text of a rule (anchor or reference), "" when it has none. @internal */
export function freeTextOf(rule: DeadlineRule): string {
  switch (rule.kind) {
    case "relative":
      return rule.anchor.text;
    case "before_deadline":
      return rule.reference;
    case "urgent":
    case "same_day":
      return rule.anchor?.text ?? "";
    case "fixed_date":
    case "period":
    case "recurring":
    case "rrule":
    case "reporting_window":
      return "";
  }
}

/** Whether a clause marker stands in `tokens[from..]` before `end`, and before the anchor ends. */
function markerBefore(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < tokens.length && (tokens[k] as Token).end <= end; k++) {
    if (ANCHOR_ENDS.has((tokens[k] as Token).key)) return false;
    for (const keys of MARKERS) {
      let hit = true;
      for (let j = 0; j < keys.length && hit; j++) {
        const t = tokens[k + j];
        hit = t !== undefined && t.type === "word" && t.key === keys[j] && t.end <= end;
      }
      if (hit) return true;
    }
  }
  return false;
}

/** Cuts an anchor before a comma that opens a main clause, when the grammar reads the shorter span. */
function cutClause(text: string, tokens: readonly Token[], first: number, reading: SpanReading & { ok: true }): SpanReading & { ok: true } {
  if (!freeTextOf(reading.rule).includes(",")) return reading;
  for (let k = first; k < tokens.length && (tokens[k] as Token).end <= reading.end; k++) {
    const t = tokens[k] as Token;
    if (t.type !== "punct" || t.key !== "," || !markerBefore(tokens, k + 1, reading.end)) continue;
    const shorter = parseSpan(text, (tokens[first] as Token).start, trimTo(tokens, first, t.start));
    // a comma before the free text starts ("Chậm nhất 02 giờ, trước khi tàu rời cảng, người … phải"): not the one
    if (shorter.ok && freeTextOf(shorter.rule) !== "") return shorter;
  }
  return reading;
}

/**
 * Cuts a span before a bracket that holds a time expression or a cited document of its own, when
 * the grammar reads the shorter span: in "19 ngày (trước ngày dự kiến lễ hội 30 ngày) (Quyết định
 * 1057/QĐ-UBND ngày 13/3/2020 …)" the brackets are no remark of "19 ngày" (the one is a count back,
 * the other names a document and its date).
 */
function cutBracket(text: string, tokens: readonly Token[], first: number, reading: SpanReading & { ok: true }): SpanReading & { ok: true } {
  if (reading.rule.wording?.remark === undefined) return reading;
  for (let k = first + 1; k < tokens.length && (tokens[k] as Token).end <= reading.end; k++) {
    const t = tokens[k] as Token;
    if (t.type !== "punct" || t.key !== "(" || !ownBracket(text, tokens, k + 1, reading.end)) continue;
    const shorter = parseSpan(text, (tokens[first] as Token).start, trimTo(tokens, first, t.start));
    return shorter.ok ? shorter : reading;
  }
  return reading;
}

/**
 * Whether the bracket opened before `k` (up to its ")" or `end`) holds a time expression or a cited
 * document of its own: "trước ngày" and a day ("(trước ngày 16/6)", "(riêng hồ sơ … xong trước ngày 15
 * tháng 6 hằng năm)"), a phrase the grammar reads whole from a "trước" that opens it ("(trước ngày dự
 * kiến lễ hội 30 ngày)"), or a document's number ("1057/QĐ-UBND"). Not "(trước đây là 15 ngày)" or
 * "(hồ sơ nộp trước 15 giờ được tính trong ngày)", remarks of the count before them.
 */
function ownBracket(text: string, tokens: readonly Token[], k: number, end: number): boolean {
  for (let j = k; j < tokens.length && (tokens[j] as Token).end <= end; j++) {
    const t = tokens[j] as Token;
    if (t.type === "punct" && t.key === ")") return false;
    if (t.type === "word" && t.key === "truoc" && tokens[j + 1]?.key === "ngay" && tokens[j + 2]?.type === "number") return true;
    if (j === k && t.type === "word" && t.key === "truoc") {
      const close = closingBracket(tokens, j, end);
      if (close < 0) return false;
      return parseSpan(text, t.start, (tokens[close - 1] as Token).end).ok;
    }
    const slash = tokens[j + 1];
    const code = tokens[j + 2];
    if (t.type === "number" && slash?.type === "punct" && slash.key === "/" && slash.start === t.end && code?.type === "word" && code.start === slash.end && /\p{Lu}{2}/u.test(code.exact)) return true;
  }
  return false;
}

/** The index of the ")" that closes the bracket holding token `j` (before `end`), or -1. */
function closingBracket(tokens: readonly Token[], j: number, end: number): number {
  for (let i = j; i < tokens.length && (tokens[i] as Token).end <= end; i++) if ((tokens[i] as Token).key === ")") return i;
  return -1;
}

/** The window end for a place: the next hard boundary, at most `size` characters on (snapped to a token end). */
function windowEnd(tokens: readonly Token[], first: number, size: number): number {
  const t = tokens[first] as Token;
  const cap = Math.min(t.limit, t.start + size);
  return trimTo(tokens, first, cap);
}

/**
 * Reads the longest time expression the grammar accepts starting at token `first`.
 *
 * @param text - The NFC text.
 * @param tokens - Its tokens.
 * @param first - Index of the first token of the expression.
 * @returns The span and rule, or the grammar's first objection (on the whole window).
 * @internal
 */
export function readAt(text: string, tokens: readonly Token[], first: number): SpanReading {
  const start = (tokens[first] as Token).start;
  const limit = (tokens[first] as Token).limit;
  let step = 0;
  let size = WINDOWS[0] as number;
  let end = windowEnd(tokens, first, size);
  let whole = end;
  let objection: SpanReading | undefined;
  for (let attempt = 0; attempt < MAX_ATTEMPTS && end > start; attempt++) {
    const reading = parseSpan(text, start, end);
    if (reading.ok) {
      // grown only while the span is the whole window and the window was cut by length, not by a boundary
      const capped = end === whole && start + size < limit && step + 1 < WINDOWS.length;
      if (capped) {
        // a free text (anchor, scope, alternative) may run on past the cut
        size = WINDOWS[++step] as number;
        end = windowEnd(tokens, first, size);
        whole = end;
        continue;
      }
      if (attempt > 0 && endsOnFoldedWord(text, tokens, first, whole, reading)) return objection ?? reading;
      return cutBracket(text, tokens, first, cutClause(text, tokens, first, reading));
    }
    const refusal = reading.code !== "phrase_unrecognized_token" && reading.code !== "phrase_unexpected_end";
    if (end === whole && start + size < limit && step + 1 < WINDOWS.length && (refusal || reading.at >= end - GROW_MARGIN || attempt === 0)) {
      // the grammar read up to the length cut, or refuses the whole (a check over the whole phrase,
      // "hằng quý" before "ngày 1 của tháng cuối kỳ"), or objects at a word whose reading the text
      // after the cut completes ("trước 10 giờ 30 phút ngày làm việc | tiếp theo" is objected to at
      // "giờ"): the text after the cut may complete it
      size = WINDOWS[++step] as number;
      end = windowEnd(tokens, first, size);
      whole = end;
      continue;
    }
    objection ??= reading;
    if (reading.code === "phrase_unrecognized_token" && reading.at > start && reading.at <= end) end = trimTo(tokens, first, reading.at);
    else if (reading.code === "phrase_unexpected_end") end = dropLast(tokens, first, end);
    else break;
  }
  return objection ?? parseSpan(text, start, end);
}

/**
 * Reads a quota ("tối thiểu 1 ngày 1 văn bản") starting at token `first`, trimmed like {@link readAt}.
 *
 * @returns The quota and its end, or undefined.
 * @internal
 */
export function readQuotaAt(text: string, tokens: readonly Token[], first: number): QuotaReading | undefined {
  const start = (tokens[first] as Token).start;
  let end = windowEnd(tokens, first, WINDOWS[0] as number);
  for (let attempt = 0; attempt < MAX_ATTEMPTS && end > start; attempt++) {
    try {
      return { end, quota: parseQuota(text.slice(start, end)) };
    } catch (error) {
      if (!(error instanceof PhraseParseError)) throw error;
      const params = error.issues[0]?.params;
      const index = typeof params?.["index"] === "number" ? start + params["index"] : start;
      if (index <= start || index >= end) return undefined;
      end = trimTo(tokens, first, index);
    }
  }
  return undefined;
}
