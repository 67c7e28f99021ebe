/**
 * What a row says about time: its time limits (in order), internal targets ("chậm nhất 2 ngày
 * trước thời hạn quy định"), quotas, referrals to a deadline set elsewhere, and the wording the
 * grammar could not read — each with the verb of its requirement.
 * @internal
 * @module
 */
import type { DeadlineRule, RecurringRule } from "../deadline/types.js";
import { LEADS } from "../phrase/find/leads.js";
import { scanDeadlines, type DeadlineMatch, type QuotaMatch } from "../phrase/find/index.js";
import { DEFAULT_COMPLETION, REFERRALS, VERB_EVENTS } from "./bindings.js";
import type { DraftRow, Segment } from "./rows.js";
import type { UnreadInRow } from "./types.js";
import { findKeys, keysOf, wordsOf, type Word } from "./words.js";

/** One thing a row requires, in text order. @internal */
export type RowItem =
  | { readonly kind: "match"; readonly match: DeadlineMatch; readonly completion: string }
  | { readonly kind: "quota"; readonly quota: QuotaMatch; readonly completion: string }
  | { readonly kind: "referral"; readonly text: string; readonly completion: string };

/** A row read. @internal */
export interface RowReading {
  readonly items: readonly RowItem[];
  /** Internal targets counted back from the deadline. */
  readonly targets: readonly DeadlineMatch[];
  readonly unread: readonly UnreadInRow[];
}

const STRONG = LEADS.filter((l) => l.strength === "strong").map((l) => keysOf(l.words));
const REFERRAL_KEYS = REFERRALS.map(keysOf);
const VERBS = VERB_EVENTS.map((v) => ({ keys: keysOf(v.words), event: v.event }));

function startsStrong(text: string): boolean {
  const keys = keysOf(text).slice(0, 4);
  return STRONG.some((lead) => lead.every((k, i) => keys[i] === k));
}

/** "hàng năm" alone: an adverb of frequency, not a time limit, unless "định kỳ" says so. */
function isBareRecurrence(rule: DeadlineRule): boolean {
  if (rule.kind !== "recurring") return false;
  const r: RecurringRule = rule;
  return r.bound === "within" && r.month === undefined && r.day === undefined && r.weekday === undefined && r.wording?.["periodic"] === undefined;
}

/**
 * Whether a match is a time limit of the row: any deadline after an arrow ("--> yêu cầu …");
 * elsewhere only one with a strong lead ("chậm nhất", "trước ngày", "định kỳ" …) that is not a
 * bare frequency ("khen thưởng hàng năm").
 */
function isDraftable(match: DeadlineMatch, segment: Segment): boolean {
  if (match.role !== "deadline") return false;
  if (isBareRecurrence(match.rule)) return false;
  return segment.requirement || startsStrong(match.text);
}

/** The event of the nearest verb of {@link VERB_EVENTS} before `offset` in the segment. */
function completionBefore(words: readonly Word[], offset: number): string {
  let best: { at: number; event: string } | undefined;
  for (const verb of VERBS) {
    let from = 0;
    for (;;) {
      const at = findKeys(words, verb.keys, from);
      if (at < 0 || (words[at] as Word).start >= offset) break;
      if (best === undefined || at > best.at) best = { at, event: verb.event };
      from = at + 1;
    }
  }
  return best?.event ?? DEFAULT_COMPLETION;
}

/** Reads the items of a row. @internal */
export function readRow(row: DraftRow): RowReading {
  const items: { at: number; segment: number; item: RowItem }[] = [];
  const targets: DeadlineMatch[] = [];
  const unread: UnreadInRow[] = [];
  row.segments.forEach((segment, s) => {
    const scan = scanDeadlines(segment.text);
    const words = wordsOf(scan.text);
    const covered = (offset: number): boolean => scan.matches.some((m) => m.index <= offset && offset < m.end);
    for (const match of scan.matches) {
      if (!isDraftable(match, segment)) continue;
      if (match.rule.kind === "before_deadline") targets.push(match);
      else items.push({ at: match.index, segment: s, item: { kind: "match", match, completion: completionBefore(words, match.index) } });
    }
    for (const quota of scan.quotas) {
      items.push({ at: quota.index, segment: s, item: { kind: "quota", quota, completion: completionBefore(words, quota.index) } });
    }
    if (segment.requirement) {
      for (const keys of REFERRAL_KEYS) {
        const at = findKeys(words, keys);
        if (at < 0 || covered((words[at] as Word).start)) continue;
        const start = (words[at] as Word).start;
        items.push({ at: start, segment: s, item: { kind: "referral", text: scan.text.slice(start), completion: completionBefore(words, start) } });
        break;
      }
    }
    if (segment.requirement) {
      for (const u of scan.unread) unread.push({ row: row.id, text: u.text, reason: u.reason, token: u.token, issue: u.issue });
    }
  });
  items.sort((a, b) => a.segment - b.segment || a.at - b.at);
  return { items: items.map((i) => i.item), targets, unread };
}
