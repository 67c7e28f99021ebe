/**
 * The shapes `findDeadlines` and `scanDeadlines` return: matches, quotas and unread fragments.
 * @module
 */
import type { DeadlineRule } from "../../deadline/types.js";
import type { Issue, IssueCode } from "../../errors.js";
import type { Quota } from "../parseQuota.js";

/**
 * What a time expression does in its sentence (vai trò). All are counted by the same rules
 * (`computeDeadline`); only `deadline` is a time limit to meet.
 *
 * - `deadline`: a time limit (thời hạn) — "trước ngày 20/12/2025", "trong thời hạn 15 ngày";
 * - `entry_into_force`: when a text takes effect (hiệu lực) — "có hiệu lực sau 45 ngày kể từ ngày ký";
 * - `validity`: how long something stays valid (thời hạn hiệu lực) — "có thời hạn 12 tháng";
 * - `minimum_notice`: a least duration (niêm yết, báo trước) — "niêm yết công khai ít nhất 15 ngày";
 * - `extension_limit`: the most an extension may add (gia hạn) — "gia hạn một lần nhưng không quá 10 ngày làm việc";
 * - `mention`: a date or period named with no word that makes it a limit — "Ngày 09/01/2024, UBND thành
 *   phố đã ban hành …".
 */
export type DeadlineRole = "deadline" | "entry_into_force" | "validity" | "minimum_notice" | "extension_limit" | "mention";

/**
 * Every {@link DeadlineRole}, in a fixed order (for hosts that list or filter roles).
 *
 * @example
 * DEADLINE_ROLES.includes("entry_into_force") //=> true
 * findDeadlines(text).filter((m) => m.role === "deadline") // the time limits only
 * @remarks Since 0.2.0
 */
export const DEADLINE_ROLES: readonly DeadlineRole[] = Object.freeze([
  "deadline",
  "entry_into_force",
  "validity",
  "minimum_notice",
  "extension_limit",
  "mention",
] as const);

/** A time expression found in a text. `rule` is exactly `parseDeadline(text)`. */
export interface DeadlineMatch {
  /** UTF-16 offset of the first character, in the NFC text. */
  readonly index: number;
  /** UTF-16 offset just after the last character, in the NFC text. */
  readonly end: number;
  /** The matched wording, `nfc.slice(index, end)`. */
  readonly text: string;
  readonly rule: DeadlineRule;
  readonly role: DeadlineRole;
}

/** A quota found in a text ("tối thiểu 1 ngày 1 văn bản"): not a time limit, `quota` is `parseQuota(text)`. */
export interface QuotaMatch {
  readonly index: number;
  readonly end: number;
  readonly text: string;
  readonly quota: Quota;
}

/**
 * A lead word that announces a time expression ("chậm nhất", "trước ngày", "kể từ", "định kỳ" …)
 * followed by wording the phrase grammar cannot read: reported so that a person can look, never
 * guessed.
 */
export interface UnreadFragment {
  /** Offset of the lead word, in the NFC text. */
  readonly index: number;
  /** Offset just after the first word not understood (or after the lead when the whole form is refused). */
  readonly end: number;
  /** `nfc.slice(index, end)`. */
  readonly text: string;
  /** The lead word as written. */
  readonly lead: string;
  /** The parser's code: `phrase_unrecognized_token`, `phrase_unexpected_end`, `phrase_contradiction`, `phrase_quota`, `phrase_not_deadline` … */
  readonly reason: IssueCode;
  /** Offset of the first word not understood (for `phrase_unexpected_end`, the end of what was read). */
  readonly at: number;
  /** That word as written ("" at the end). */
  readonly token: string;
  /** What the grammar could read there. */
  readonly expected: readonly string[];
  readonly role: DeadlineRole;
  /**
   * The grammar's issue for this fragment: `code` is `reason`, `params` its params with `text` the
   * fragment and `index` the offset of `token` in it (for `phrase_unsupported` and
   * `phrase_contradiction`, `params.reason` says why: `count_range`, `planned_period` …).
   * `formatIssue(fragment.issue, "en")` words it for a person.
   */
  readonly issue: Issue;
}

/** Everything {@link scanDeadlines} finds, each list in text order. */
export interface DeadlineScan {
  /** The NFC text the offsets refer to. */
  readonly text: string;
  readonly matches: readonly DeadlineMatch[];
  readonly quotas: readonly QuotaMatch[];
  readonly unread: readonly UnreadFragment[];
}
