/**
 * Roles of time expressions (vai trò): a table of cue words and the role they give.
 *
 * - before the match, in the same sentence (at most {@link ROLE_REACH} words back, nearest cue
 *   first): "hiệu lực" → `entry_into_force`; "có thời hạn", "có giá trị", "thời hạn hiệu lực" →
 *   `validity`; "gia hạn", "kéo dài" → `extension_limit`; "niêm yết", "báo trước", "thông báo trước"
 *   → `minimum_notice`;
 * - else the lead of the match itself: "ít nhất", "tối thiểu" → `minimum_notice`, unless the rule
 *   counts back from an event ("ít nhất 03 ngày trước ngày họp" is a deadline);
 * - else a date or period named with no lead ("Ngày 09/01/2024, …", "năm 2023"), a day figures are counted
 *   to ("Tính đến ngày 30/6/2024"), a day that sorts what arose before it ("phát sinh trước ngày …") or a date or
 *   period followed by a comma and what happened ("Trong tháng 01/2013, xảy ra …", "đến ngày 17.2, toàn tỉnh đã
 *   …") → `mention`;
 * - else `deadline`.
 * @internal
 * @module
 */
import type { DeadlineRule } from "../../deadline/types.js";
import { foldKey } from "../normalize.js";
import { tokenAfter } from "./tokenSpans.js";
import type { DeadlineRole } from "./types.js";
import type { Token } from "./words.js";

/** A cue: words (as written) and the role they give. @internal */
export interface RoleCue {
  readonly words: string;
  readonly role: DeadlineRole;
}

/** Cues looked for before a match. Longer cues are tried first at each place. @internal */
export const ROLE_CUES: readonly RoleCue[] = Object.freeze([
  { words: "thời hạn hiệu lực", role: "validity" },
  { words: "hiệu lực", role: "entry_into_force" },
  { words: "có thời hạn", role: "validity" },
  { words: "có giá trị", role: "validity" },
  { words: "thời hạn sử dụng", role: "validity" },
  { words: "gia hạn", role: "extension_limit" },
  { words: "kéo dài", role: "extension_limit" },
  { words: "niêm yết", role: "minimum_notice" },
  { words: "báo trước", role: "minimum_notice" },
] as const);

/** Leads of a match that make it a least duration. @internal */
export const MINIMUM_LEADS: readonly string[] = Object.freeze(["ít nhất", "tối thiểu"]);

/** How many words before a match are searched for a cue. @internal */
export const ROLE_REACH = 10;

/**
 * Lead words that make a time limit to act by whatever cue comes before ("niêm yết … chậm nhất là
 * 05 ngày làm việc kể từ …": the posting has a deadline, it is not a minimum notice). @internal
 */
export const DEADLINE_LEADS: readonly string[] = Object.freeze(["chậm nhất", "muộn nhất", "trễ nhất", "hạn chót", "trước ngày"]);

const DEADLINE = DEADLINE_LEADS.map((w) => w.split(" ").map(foldKey));

const CUES = ROLE_CUES.map((c) => ({ keys: c.words.split(" ").map(foldKey), role: c.role })).sort((a, b) => b.keys.length - a.keys.length);
/** First words of a date or period named with no lead word: a mention ("Ngày 09/01/2024, UBND thành phố đã ban hành …"). @internal */
export const MENTION_STARTS: readonly string[] = Object.freeze(["ngày", "tháng", "năm", "quý", "sáng", "trưa", "chiều", "thứ", "chủ nhật"]);

const MENTION = MENTION_STARTS.map((w) => w.split(" ").map(foldKey));
const MINIMUM = MINIMUM_LEADS.map((w) => w.split(" ").map(foldKey));

/** Whether the words of `keys` stand at token `at` (the tokens are words in a row). */
function wordsAt(tokens: readonly Token[], at: number, keys: readonly string[]): boolean {
  for (let k = 0; k < keys.length; k++) {
    const t = tokens[at + k];
    if (t === undefined || t.type !== "word" || t.key !== keys[k]) return false;
  }
  return true;
}

/** A sentence stop for the look-back: ".", ";", ":" or a hard boundary between tokens. */
function stops(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  return t.type === "punct" && (t.key === "." || t.key === ";" || t.key === ":" || t.key === "<" || t.key === ">");
}

/**
 * The role of a match that starts at token `first`.
 *
 * @param tokens - The scanned text.
 * @param first - Index of the match's first token.
 * @param rule - The match's rule.
 * @param end - UTF-16 offset just after the match (when known: the clause after it is looked at).
 * @returns Its role.
 * @internal
 */
export function roleAt(tokens: readonly Token[], first: number, rule: DeadlineRule | undefined, end?: number): DeadlineRole {
  // the grammar read the role words itself ("có hiệu lực thi hành kể từ ngày …")
  if (rule?.role !== undefined) return rule.role;
  const start = tokens[first]?.start ?? 0;
  const deadlineLead = DEADLINE.some((keys) => wordsAt(tokens, first, keys));
  let words = 0;
  for (let k = first - 1; k >= 0 && words < ROLE_REACH; k--) {
    const t = tokens[k] as Token;
    if (stops(tokens, k) || t.limit < start) break;
    if (t.type !== "word") continue;
    words++;
    for (const cue of CUES) if (wordsAt(tokens, k, cue.keys) && !(cue.role === "minimum_notice" && deadlineLead)) return cue.role;
  }
  if (rule?.kind !== "before_deadline" && MINIMUM.some((keys) => wordsAt(tokens, first, keys))) return "minimum_notice";
  // (a lead read by the grammar makes it a limit: "ngay trong tháng 12-2009", whose "ngay" folds as "ngày" does)
  // ("Ngày hết hạn lấy ý kiến: 27/09/2023": a caption that names a time limit is no mention)
  const limitCaption = foldKey(rule?.wording?.preface ?? "").split(" ").includes("han");
  if ((rule?.kind === "fixed_date" || rule?.kind === "period") && (rule.wording?.lead ?? "") === "" && !limitCaption && MENTION.some((keys) => wordsAt(tokens, first, keys))) return "mention";
  // "Tính đến ngày 30/6/2024, toàn tỉnh có …": the day figures are counted up to, named, no limit to meet
  if (rule?.kind === "fixed_date" && asOfAt(tokens, first)) return "mention";
  // "các khoản nợ thuế phát sinh trước ngày 01/7/2007": the day sorts what arose before it, no limit to meet
  if (rule?.kind === "fixed_date" && arisingBefore(tokens, first)) return "mention";
  // "Trong tháng 01/2013, xảy ra 02 ổ dịch …", "đến ngày 17.2, toàn tỉnh đã làm đất …": the time a past statement covers
  // ("Sau ngày 26/02/2017, SV đã đăng ký …": after a day, "đã" says what must have been done by then)
  if ((rule?.kind === "fixed_date" || rule?.kind === "period") && !deadlineLead && rule.wording?.lead !== "sau" && end !== undefined && pastStatementAfter(tokens, first, end)) return "mention";
  return "deadline";
}

/** How many words after the comma that ends a match are searched for a mark of the past. */
const PAST_REACH = 8;

/**
 * Whether a comma right after the match (from token `first` to offset `end`) opens a clause that
 * says what happened: "đã" (the perfective mark) or "xảy ra" within {@link PAST_REACH} words,
 * before the clause ends. A time limit is followed by what is to be done ("Trước ngày 15/12, các
 * đơn vị gửi báo cáo"); a date followed by what was done is when it was done.
 */
function pastStatementAfter(tokens: readonly Token[], first: number, end: number): boolean {
  const k = tokenAfter(tokens, first, end);
  const comma = tokens[k];
  if (comma === undefined || comma.type !== "punct" || comma.key !== ",") return false;
  let words = 0;
  for (let j = k + 1; j < tokens.length && words < PAST_REACH; j++) {
    if (stops(tokens, j)) return false;
    const t = tokens[j] as Token;
    if (t.type !== "word") continue;
    words++;
    if (t.exact === PERFECTIVE || (t.exact === HAPPEN && tokens[j + 1]?.key === "ra")) return true;
  }
  return false;
}

/** Accent keys of "đã" and of "xảy" (in "xảy ra"): the fold key, then the tone mark (combining). */
const PERFECTIVE = "da\u0303";
const HAPPEN = "xay\u0309";

/** Whether "phát sinh" stands right before a match that opens with "trước" (what arose before a day). */
function arisingBefore(tokens: readonly Token[], first: number): boolean {
  const lead = tokens[first];
  const a = tokens[first - 2];
  const b = tokens[first - 1];
  return lead?.key === "truoc" && a?.type === "word" && a.key === "phat" && b?.type === "word" && b.key === "sinh" && a.limit === lead.limit && b.limit === lead.limit;
}

/**
 * Whether "tính" stands right before a match that opens with "đến"/"tới" ("Tính đến ngày 9/9", "số liệu
 * tính tới hết ngày …"), with no "hạn" in the few words before it ("Thời hạn nhận hồ sơ tính đến hết ngày
 * 30/6/2024" is a limit).
 */
function asOfAt(tokens: readonly Token[], first: number): boolean {
  const lead = tokens[first];
  const before = tokens[first - 1];
  if (lead === undefined || (lead.key !== "den" && lead.key !== "toi") || before === undefined || before.type !== "word" || before.key !== "tinh" || before.end >= lead.start) return false;
  for (let j = first - 2; j >= 0 && j >= first - 1 - AS_OF_REACH; j--) {
    const t = tokens[j] as Token;
    if (t.limit !== lead.limit || t.type === "punct") break;
    if (t.key === "han") return false;
  }
  return true;
}

/** How many words before "tính đến" are searched for "hạn". */
const AS_OF_REACH = 5;
