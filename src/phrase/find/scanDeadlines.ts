/**
 * `scanDeadlines` / `findDeadlines`: every time expression in a text, in order, with its rule and
 * role; quotas; and the lead words followed by wording the grammar cannot read.
 * @module
 */
import { InvalidInputError, issue, type IssueCode } from "../../errors.js";
import { WINDOWS, parseSpan, readAt, readQuotaAt, trimTo, type SpanReading } from "./readAt.js";
import { continuation } from "./unreadReach.js";
import { roleAt } from "./roles.js";
import type { DeadlineMatch, DeadlineRole, DeadlineScan, QuotaMatch, UnreadFragment } from "./types.js";
import { scanTokens, type Token } from "./words.js";
import { candidateAt } from "./candidates.js";
import { citationDate } from "./citations.js";
import { eventDurationEnd, looseReading, timeOfDayEnd } from "./notLimits.js";
import { amountEnd, tokenAfter } from "./tokenSpans.js";

/** Codes by which the grammar says it recognised a form and refused it (reported even after a weak lead). */
const REFUSALS: ReadonlySet<IssueCode> = new Set<IssueCode>(["phrase_quota", "phrase_not_deadline", "phrase_contradiction", "phrase_period_unspecified", "phrase_unsupported"]);

/** How many tokens after a refused lead are searched for a strong lead that reads on its own. */
const INNER_REACH = 12;

/**
 * The first token after the lead at `k` (and before `at`, where the grammar objected, or within
 * {@link INNER_REACH} tokens) where a strong lead starts a phrase that reads as a limit that does
 * not recur, or -1. Bounded: at most
 * {@link INNER_REACH} candidates are looked at, and only strong ones are read.
 */
function innerLeadAt(text: string, tokens: readonly Token[], k: number, leadTokens: number, at: number): number {
  const limit = (tokens[k] as Token).limit;
  for (let j = k + leadTokens; j < k + leadTokens + INNER_REACH && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.start >= limit || (at > (tokens[k] as Token).start && t.start > at)) return -1;
    if (candidateAt(text, tokens, j)?.strength !== "strong") continue;
    // a limit of its own, not a frequency word that the refused words may be about ("định kỳ 6 tháng, hàng năm")
    const inner = readAt(text, tokens, j);
    if (inner.ok && inner.rule.kind !== "recurring" && inner.rule.kind !== "rrule") return j;
  }
  return -1;
}

function checkText(text: unknown): string {
  if (typeof text !== "string") {
    throw new InvalidInputError([issue("invalid_type", { expected: "string", received: text === null ? "null" : typeof text })]);
  }
  return text.normalize("NFC");
}

/** The unread fragment `nfc.slice(start, end)` of a lead ending at `leadEnd` that the grammar refused with `reading`. */
function unreadFragment(nfc: string, start: number, end: number, leadEnd: number, reading: SpanReading & { ok: false }, role: DeadlineRole): UnreadFragment {
  const text = nfc.slice(start, end);
  return Object.freeze({
    index: start,
    end,
    text,
    lead: nfc.slice(start, leadEnd),
    reason: reading.code,
    at: reading.at,
    token: reading.token,
    expected: Object.freeze([...reading.expected]),
    role,
    issue: issue(reading.code, { ...reading.params, text, index: reading.at - start }),
  });
}

/** `fragment` grown to end at `end` (when that is further): its text and its issue's text follow. */
function grown(nfc: string, fragment: UnreadFragment, end: number): UnreadFragment {
  const last = Math.max(fragment.end, end);
  const text = nfc.slice(fragment.index, last);
  return Object.freeze({ ...fragment, end: last, text, issue: issue(fragment.issue.code, { ...fragment.issue.params, text }) });
}

/**
 * Scans a text for time expressions (biểu thức thời hạn): the matches {@link findDeadlines}
 * returns, the quotas ("tối thiểu 1 ngày 1 văn bản"), and the unread fragments — a lead word
 * that announces a time expression ("chậm nhất", "trước ngày", "trong thời hạn", "kể từ",
 * "hằng tháng", "định kỳ" …) followed by wording the phrase grammar cannot read, with the
 * grammar's reason, so that a host can show it to a person.
 *
 * - A match starts at a lead word of the lead table or at an amount ("15 ngày làm việc …"); its
 *   span is what `parseDeadline` accepts there, trimmed at the first word it does not
 *   understand; `rule` is `parseDeadline(text)` of that span.
 * - A span never crosses a line break, a tab (a table cell), markup (`<`, `>`) or the end of a
 *   sentence (`.`, `!`, `?` before a space); an anchor stops before a comma that opens a main
 *   clause ("…, cơ quan thuế phải …").
 * - Anchors stay verbatim: "kể từ ngày nhận được quyết định khen thưởng".
 * - Linear in the text: each place is parsed at most a fixed number of times over a bounded
 *   window.
 *
 * @param text - Any text: a sentence, a table row, a whole notice.
 * @returns `{ text, matches, quotas, unread }`, offsets in `text` (the NFC input).
 * @throws {@link InvalidInputError} `invalid_type` when `text` is not a string.
 * @example
 * const scan = scanDeadlines("Yêu cầu gửi báo cáo trước ngày 20/12/2025. Thời hạn theo yêu cầu của Sở.");
 * scan.matches.map((m) => m.text) //=> ["trước ngày 20/12/2025"]
 * scan.unread.map((u) => [u.lead, u.token]) //=> [] (a weak lead "thời hạn" fails silently)
 * scanDeadlines("kể từ ngày ký").unread[0]?.reason //=> "phrase_unrecognized_token"
 * @remarks Since 0.2.0
 */
export function scanDeadlines(text: string): DeadlineScan {
  const nfc = checkText(text);
  const tokens = scanTokens(nfc);
  const matches: DeadlineMatch[] = [];
  const quotas: QuotaMatch[] = [];
  const unread: UnreadFragment[] = [];
  // the last unread fragment, while a match after it may still be the rest of its phrase
  let open: { readonly token: number; readonly reach: number } | undefined;
  let k = 0;
  while (k < tokens.length) {
    const candidate = candidateAt(nfc, tokens, k);
    if (candidate === undefined) {
      k++;
      continue;
    }
    const start = (tokens[k] as Token).start;
    const leadEnd = (tokens[k + candidate.leadTokens - 1] as Token).end;
    if (open !== undefined && start >= open.reach) open = undefined;
    const reading = readAt(nfc, tokens, k);
    if (reading.ok && open !== undefined) {
      const fragment = unread[unread.length - 1] as UnreadFragment;
      const next = continuation(nfc, fragment.index, start, reading.end);
      if (next.kind !== "own") {
        unread.pop();
        if (next.kind === "whole") {
          open = undefined;
          matches.push(Object.freeze({ index: fragment.index, end: next.reading.end, text: nfc.slice(fragment.index, next.reading.end), rule: next.reading.rule, role: roleAt(tokens, tokenAfter(tokens, 0, fragment.index), next.reading.rule, next.reading.end) }));
        } else {
          // the fragment grows over the piece and stays open: more of the phrase may follow
          unread.push(grown(nfc, fragment, reading.end));
        }
        k = tokenAfter(tokens, k, reading.end);
        continue;
      }
      open = undefined;
    }
    // "có mặt lúc 14 giờ": a time of day with no date is not a duration of 14 hours
    const passed = reading.ok ? Math.max(timeOfDayEnd(tokens, k, reading.end, reading.rule), eventDurationEnd(tokens, k, reading.rule, reading.end)) : -1;
    if (passed >= 0) {
      k = tokenAfter(tokens, k, passed);
      continue;
    }
    if (reading.ok && (looseReading(tokens, k, reading.end, reading.rule) || citationDate(nfc, tokens, k, reading.rule))) {
      k = tokenAfter(tokens, k, reading.end);
      continue;
    }
    if (reading.ok) {
      matches.push(Object.freeze({ index: start, end: reading.end, text: nfc.slice(start, reading.end), rule: reading.rule, role: roleAt(tokens, k, reading.rule, reading.end) }));
      k = tokenAfter(tokens, k, reading.end);
      continue;
    }
    if (reading.code === "phrase_quota") {
      const quota = readQuotaAt(nfc, tokens, k);
      if (quota !== undefined) {
        quotas.push(Object.freeze({ index: start, end: quota.end, text: nfc.slice(start, quota.end), quota: quota.quota }));
        k = tokenAfter(tokens, k, quota.end);
        continue;
      }
    }
    const refused = REFUSALS.has(reading.code);
    // "hằng năm  chậm nhất là 30 ngày trước ngày …": the grammar refuses the frequency word with the
    // count after it, but a strong lead inside the refused words starts a phrase of its own that reads;
    // the text before that lead is tried alone, and scanning goes on from the lead (not after words
    // that say what follows is no limit: "sớm nhất vào ngày 1-8 hàng năm" stays unread whole)
    const inner = refused && reading.code !== "phrase_not_deadline" ? innerLeadAt(nfc, tokens, k, candidate.leadTokens, reading.at) : -1;
    if (inner > 0) {
      const headEnd = trimTo(tokens, k, (tokens[inner] as Token).start);
      const head = parseSpan(nfc, start, headEnd);
      if (head.ok && !looseReading(tokens, k, head.end, head.rule)) {
        matches.push(Object.freeze({ index: start, end: head.end, text: nfc.slice(start, head.end), rule: head.rule, role: roleAt(tokens, k, head.rule, head.end) }));
      } else if (!head.ok) {
        // the words before the inner lead are still reported, with the grammar's reason for them alone
        unread.push(unreadFragment(nfc, start, headEnd, leadEnd, head, roleAt(tokens, k, undefined)));
      }
      open = undefined;
      k = inner;
      continue;
    }
    if (candidate.strength === "strong" || refused) {
      const tokenAt = tokenAfter(tokens, k, reading.at);
      const atToken = tokens[tokenAt];
      // "sớm nhất vào ngày 1-8 hằng năm": words that say what follows is no time limit cover it whole
      const follows = reading.code === "phrase_not_deadline" && k + candidate.leadTokens < tokens.length ? readAt(nfc, tokens, k + candidate.leadTokens) : undefined;
      const end = follows?.ok === true
        ? follows.end
        : refused
        ? Math.max(amountEnd(tokens, k + candidate.leadTokens, leadEnd), reading.at + reading.token.length)
        : atToken !== undefined && atToken.start === reading.at && reading.code !== "phrase_unexpected_end"
          ? Math.max(atToken.end, reading.at + reading.token.length)
          : Math.max(leadEnd, reading.at);
      // "từ ngày 23/1/2020 đến hết thứ Năm ngày 29/1/2020": the window was refused for what stands here (a weekday
      // that is not the date's), which is refused again on its own; one fragment covers both
      const previous = refused && open !== undefined ? unread[unread.length - 1] : undefined;
      if (previous !== undefined && REFUSALS.has(previous.reason) && previous.at >= start && previous.at < end) {
        unread.pop();
        unread.push(grown(nfc, previous, end));
        k = Math.max(k + candidate.leadTokens, tokenAfter(tokens, k, end));
        open = { token: k, reach: Math.min((tokens[k - 1] as Token).limit, previous.index + (WINDOWS[1] as number)) };
        continue;
      }
      unread.push(unreadFragment(nfc, start, end, leadEnd, reading, roleAt(tokens, k, undefined)));
      k = Math.max(k + candidate.leadTokens, refused ? tokenAfter(tokens, k, end) : tokenAfter(tokens, k, reading.at));
      open = { token: k, reach: Math.min((tokens[k - 1] as Token).limit, start + (WINDOWS[1] as number)) };
      continue;
    }
    k++;
  }
  return Object.freeze({ text: nfc, matches: Object.freeze(matches), quotas: Object.freeze(quotas), unread: Object.freeze(unread) });
}

/**
 * Finds every time expression (biểu thức thời hạn) in a text, in order: `{ index, end, text,
 * rule, role }` with offsets in the NFC text, `rule` exactly `parseDeadline(text)`, and `role`
 * `"deadline"` for a time limit or one of `"entry_into_force"`, `"validity"`, `"minimum_notice"`,
 * `"extension_limit"` (see {@link DeadlineRole}). Wording it cannot read is not guessed: it is
 * left out here and listed by {@link scanDeadlines} as `unread`.
 *
 * @param text - Any text: a sentence of a law, a row of a task table, a whole notice.
 * @returns The matches, in text order.
 * @throws {@link InvalidInputError} `invalid_type` when `text` is not a string.
 * @example
 * findDeadlines("đề nghị các đơn vị gửi báo cáo về Văn phòng trước ngày 20/12/2025")
 * //=> [{ index: 44, end: 65, text: "trước ngày 20/12/2025", role: "deadline",
 * //      rule: { kind: "fixed_date", dates: [{ year: 2025, month: 12, day: 20 }], bound: "before",
 * //              notes: [{ code: "before_date_reading" }] } }]
 * findDeadlines("Văn bản này có hiệu lực sau 45 ngày kể từ ngày ký.")[0]?.role //=> "entry_into_force"
 * @see Bộ luật Dân sự 2015, Điều 144–148
 * @remarks Since 0.2.0
 */
export function findDeadlines(text: string): readonly DeadlineMatch[] {
  return scanDeadlines(text).matches;
}
