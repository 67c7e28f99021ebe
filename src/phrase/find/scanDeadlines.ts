/**
 * `scanDeadlines` / `findDeadlines`: every time expression in a text, in order, with its rule and
 * role; quotas; and the lead words followed by wording the grammar cannot read.
 * @module
 */
import { InvalidInputError, issue, type IssueCode } from "../../errors.js";
import { COUNT_REACH, CUE_REACH, LEADS_BY_FIRST, NUMBER_WORDS, TAIL_WORDS, TIME_CUES, UNIT_WORDS, type LeadEntry, type LeadStrength, type WordSet } from "./leads.js";
import { WINDOWS, parseSpan, readAt, readQuotaAt, trimTo, type SpanReading } from "./readAt.js";
import { continuation } from "./unreadReach.js";
import { roleAt } from "./roles.js";
import type { DeadlineMatch, DeadlineRole, DeadlineScan, QuotaMatch, UnreadFragment } from "./types.js";
import type { DeadlineRule } from "../../deadline/types.js";
import { isUpper, scanTokens, type Token } from "./words.js";

/** A place where a time expression may start: how many tokens its lead has, and its strength. */
interface Candidate {
  readonly leadTokens: number;
  readonly strength: LeadStrength;
}

/** Codes by which the grammar says it recognised a form and refused it (reported even after a weak lead). */
const REFUSALS: ReadonlySet<IssueCode> = new Set<IssueCode>(["phrase_quota", "phrase_not_deadline", "phrase_contradiction", "phrase_period_unspecified", "phrase_unsupported"]);

/** Whether a time word (or, when `numbers`, a number) follows within {@link CUE_REACH} tokens after `from`. */
function cueAfter(tokens: readonly Token[], from: number, words: WordSet, numbers: boolean, limit: number): boolean {
  for (let k = from; k < from + CUE_REACH && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.start >= limit) return false;
    if ((numbers && t.type === "number") || (t.type === "word" && words.has(t))) return true;
  }
  return false;
}

/** Whether a count (a number, then a unit word) follows within {@link COUNT_REACH} tokens after `from`, in the same sentence. */
function countAfter(tokens: readonly Token[], from: number, limit: number): boolean {
  for (let k = from; k < from + COUNT_REACH && k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.start >= limit || (t.type === "punct" && (t.key === ";" || t.key === "."))) return false;
    const next = tokens[k + 1] as Token;
    if (t.type === "number" && next.type === "word" && next.start < limit && UNIT_WORDS.has(next)) return true;
  }
  return false;
}

/** Words (fold keys) that make the act after them a past fact: "đã", "vừa". */
const PAST: ReadonlySet<string> = new Set(["da", "vua"]);

/** Words (fold keys) that make the act after them a duty: "phải", "cần", "yêu cầu", "đề nghị". */
const DUTY: ReadonlySet<string> = new Set(["phai", "can", "yeu", "de"]);

/** How many words before an act done at once are searched for "đã" or "phải". */
const PAST_REACH = 8;

/**
 * Whether the act at `first` is told as done: "đã" or "vừa" before it in its sentence, within
 * {@link PAST_REACH} words and with no "phải", "cần" … between ("Công an đã tiến hành ngay việc
 * xác minh, xử lý ngay các đối tượng"; not "các đơn vị đã được giao phải xử lý ngay").
 */
function pastAct(tokens: readonly Token[], first: number): boolean {
  const limit = (tokens[first] as Token).limit;
  for (let j = first - 1, n = 0; j >= 0 && n < PAST_REACH; j--) {
    const t = tokens[j] as Token;
    if (t.limit !== limit || (t.type === "punct" && (t.key === ";" || t.key === "."))) return false;
    if (t.type !== "word") continue;
    n++;
    if (DUTY.has(t.key)) return false;
    if (PAST.has(t.key)) return true;
  }
  return false;
}

/** Whether the cue a weak lead needs follows it (lead at `first`, its words ending before `from`). */
function cueFor(cue: NonNullable<LeadEntry["cue"]>, tokens: readonly Token[], first: number, from: number, limit: number): boolean {
  switch (cue) {
    case "none":
      return true;
    case "at_once": {
      const next = tokens[from];
      return !(next !== undefined && next.type === "number") && !pastAct(tokens, first);
    }
    case "count":
      return countAfter(tokens, from, limit);
    case "time":
      return cueAfter(tokens, from, TIME_CUES, true, limit);
    case "unit":
      return cueAfter(tokens, from, UNIT_WORDS, false, limit);
    case "end_or_time": {
      const next = tokens[from];
      return next === undefined || next.start >= limit || next.type === "punct" || TAIL_WORDS.has(next) || cueAfter(tokens, from, TIME_CUES, true, limit);
    }
  }
}

/** Whether token `k` is a number joined to another by a decimal comma, with no space ("2,5"). */
function decimalComma(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k];
  const comma = tokens[k + 1];
  const b = tokens[k + 2];
  return a !== undefined && comma !== undefined && b !== undefined && a.type === "number" && comma.type === "punct" && comma.key === "," && b.type === "number" && comma.start === a.end && b.start === comma.end;
}

/** Whether token `k` joins the two counts of a range: a dash, "đến" or "tới". */
function rangeJoinAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && ((t.type === "punct" && (t.key === "-" || t.key === "–" || t.key === "—")) || (t.type === "word" && (t.key === "den" || t.key === "toi")));
}

/** Whether a range of counts starts at token `k`: a number, a dash or "đến", a number, a unit word ("10 - 15 ngày"). */
function rangeAt(tokens: readonly Token[], k: number): boolean {
  const second = tokens[k + 2];
  const unit = tokens[k + 3];
  return rangeJoinAt(tokens, k + 1) && second !== undefined && second.type === "number" && unit !== undefined && unit.type === "word" && UNIT_WORDS.has(unit) && unit.start < (tokens[k] as Token).limit;
}

/** The lead (or number) that starts a candidate at token `k`, if any. */
function candidateAt(text: string, tokens: readonly Token[], k: number): Candidate | undefined {
  const t = tokens[k] as Token;
  if (t.type === "number") {
    // "2,5 ngày": the "5" after a decimal comma is not an amount of its own; "2" starts the count
    // ("ngày 5,6 tháng 3" is a list of days, not a count)
    if (decimalComma(tokens, k - 2)) return undefined;
    const before = tokens[k - 1];
    if (decimalComma(tokens, k) && before !== undefined && before.type === "word" && before.key === "ngay") return undefined;
    // "10 - 15 ngày", "07 đến 10 ngày": the second count of a range is no amount of its own; the range
    // is tried from its first number (and refused there as a range)
    if (rangeJoinAt(tokens, k - 1) && tokens[k - 2]?.type === "number") return undefined;
    // "số 12/2024 ngày 15/3": a number written against a slash is part of a date or a document's number, no amount
    const slash = tokens[k - 1];
    if (slash !== undefined && slash.type === "punct" && slash.key === "/" && slash.end === t.start) return undefined;
    // "ngày 27 tháng 11 năm 2025": a number between "ngày" (or "mùng") and "tháng" is a day of a date, and one
    // between "tháng" and "năm" its month, not the amount of "27 tháng" or "11 năm" (tried only where a
    // reading of the date was refused); "01 tháng 27 ngày" is a count
    const unit = tokens[k + 1];
    if (before !== undefined && before.type === "word" && unit !== undefined && unit.type === "word" && unit.start < t.limit) {
      if (DAY_WORDS.has(before.key) && unit.key === "thang") return undefined;
      if (before.key === "thang" && unit.key === "nam") return undefined;
    }
    const next = tokens[decimalComma(tokens, k) ? k + 3 : k + 1];
    const ok = next !== undefined && next.start < t.limit && ((next.type === "word" && UNIT_WORDS.has(next)) || (next.type === "punct" && next.key === "(") || rangeAt(tokens, k));
    return ok ? { leadTokens: 1, strength: "weak" } : undefined;
  }
  if (t.type !== "word") return undefined;
  // "kỳ họp thứ 28": an ordinal, not a weekday (thứ 2 … thứ 7)
  const ordinal = tokens[k + 1];
  if (t.key === "thu" && ordinal !== undefined && ordinal.type === "number" && !WEEKDAY_NUMBERS.has(ordinal.key)) return undefined;
  for (const lead of LEADS_BY_FIRST.get(t.key) ?? []) {
    let hit = true;
    for (let j = 0; j < lead.keys.length && hit; j++) {
      const w = tokens[k + j];
      hit = w !== undefined && w.type === "word" && (w.exact === w.key ? w.key === lead.keys[j] : w.exact === lead.accents[j]) && w.start < t.limit;
    }
    if (!hit) continue;
    if (lead.strength === "weak" && !cueFor(lead.cue ?? "time", tokens, k, k + lead.keys.length, t.limit)) return undefined;
    return { leadTokens: lead.keys.length, strength: lead.strength };
  }
  // "Bảy (07) ngày làm việc": the digits in brackets after the words, then the unit
  const glossed = tokens[k + 1]?.key === "(" && tokens[k + 2]?.type === "number" && tokens[k + 3]?.key === ")" ? 3 : 0;
  if (NUMBER_WORDS.has(t) && cueAfter(tokens, k + 1 + glossed, UNIT_WORDS, false, t.limit) && !inName(text, tokens, k)) return { leadTokens: 1, strength: "weak" };
  return undefined;
}

/**
 * Whether the word at `k` is part of a proper name: written with a capital and without diacritics
 * right after another capitalised word ("Việt Nam năm 2022", "Quảng Nam", "Hà Nam"), where "Nam"
 * is no "năm" (five, or a year).
 */
function inName(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const before = tokens[k - 1];
  return t.exact === t.key && isCapital(text, t) && before !== undefined && before.type === "word" && before.end < t.start && isCapital(text, before);
}

/** Fold keys of the words the day of a date follows ("ngày 27 tháng 11", "mùng 2 tháng Giêng"). */
const DAY_WORDS: ReadonlySet<string> = new Set(["ngay", "mung", "mong"]);

/** The numbers of the weekdays "thứ" names: thứ 2 (Monday) to thứ 7 (Saturday), as the tokens write them. */
const WEEKDAY_NUMBERS: ReadonlySet<string> = new Set(["2", "3", "4", "5", "6", "7"]);

/** Fold keys of the verbs of receiving a file before a same-day cut-off ("tiếp nhận sau 15 giờ", "nộp sau 16 giờ"). */
const RECEIPT_VERBS: ReadonlySet<string> = new Set(["nhan", "nop"]);

/**
 * Where a relative count of hours with no anchor that is a time of day, not a time limit, ends
 * (-1: it is none): after "lúc" ("có mặt lúc 14 giờ"), or "sau N giờ" (N ≤ 23) after a verb of
 * receiving or before "hằng ngày" / "hàng ngày" ("trường hợp tiếp nhận sau 15 giờ hàng ngày": the
 * same-day cut-off of NĐ 61/2018 Đ.18.2), which it takes with it (no daily limit of its own).
 */
function timeOfDayEnd(tokens: readonly Token[], k: number, end: number, rule: DeadlineRule): number {
  if (rule.kind !== "relative" || (rule.unit !== "hour" && rule.unit !== "working_hour")) return -1;
  const before = tokens[k - 1];
  if (before !== undefined && before.type === "word" && before.key === "luc") return end;
  if (rule.anchor.text !== "" || rule.wording?.lead !== "sau" || rule.amount > 23) return -1;
  const at = tokenAfter(tokens, k, end);
  // ("hằng" and "hàng" fold to one key)
  const daily = tokens[at]?.key === "hang" && tokens[at + 1]?.key === "ngay" && (tokens[at + 1] as Token).start < (tokens[k] as Token).limit;
  if (daily) return (tokens[at + 1] as Token).end;
  return before !== undefined && before.type === "word" && RECEIPT_VERBS.has(before.key) ? end : -1;
}

/**
 * Readings the grammar accepts as a phrase but that running text uses for something else, so
 * `findDeadlines` does not report them (the grammar still reads them when asked):
 * - an hour count with no anchor, right after a word ("từ 7 giờ đến 24 giờ") or after "đến": a time
 *   of day, not a duration of hours (after a label, "Thời hạn giải quyết: 24 giờ", or a request, "--> yêu
 *   cầu 1 giờ", it is one);
 * - a weekday with no lead and no "tuần" ("kể cả thứ 7 và chủ nhật", "lần thứ hai"): no week named;
 * - anything right before "lần" or "một lần" ("mỗi tháng một lần", "6 tháng một lần"): a frequency, with no day.
 */
function looseReading(tokens: readonly Token[], k: number, end: number, rule: DeadlineRule): boolean {
  const first = tokens[k] as Token;
  const lead = rule.wording?.lead;
  const before = tokens[k - 1];
  // ("--> yêu cầu 1 giờ", a task table's requirement: after the words of a request the count is a limit)
  const requested = before !== undefined && before.key === "cau" && tokens[k - 2]?.key === "yeu";
  const inText = first.type === "number" && before !== undefined && before.type === "word" && before.end > first.start - 2 && !requested;
  if (rule.kind === "relative" && (rule.unit === "hour" || rule.unit === "working_hour") && rule.anchor.text === "" && (inText || lead === "đến")) return true;
  // "… một lần", "… 01 lần" after the match, or "lần" right after it
  const at = tokenAfter(tokens, k, end);
  const next = tokens[at];
  const once = next !== undefined && (next.type === "number" || (next.type === "word" && NUMBER_WORDS.has(next))) ? tokens[at + 1] : next;
  if (once !== undefined && once.type === "word" && once.key === "lan" && once.start < first.limit) return true;
  if ((rule.kind === "recurring" || rule.kind === "rrule") && reportName(tokens, k)) return true;
  if (rule.kind === "recurring" && rule.frequency === "weekly" && (first.key === "thu" || first.key === "chu")) {
    for (let j = k; j < tokens.length && (tokens[j] as Token).end <= end; j++) if ((tokens[j] as Token).key === "tuan") return false;
    return true;
  }
  return false;
}

/**
 * Where the count of "Kỳ họp sẽ diễn ra trong 2 ngày (từ 25 - 26.12.2019)" ends: how long an event
 * lasts, not a time limit (-1: the reading is none). Only the count is passed over: a window
 * in brackets after it is read on its own. ("trong" is the lead a count reads with when none is
 * written, and is not kept.)
 */
function eventDurationEnd(tokens: readonly Token[], k: number, rule: DeadlineRule, fallback: number): number {
  if (rule.kind !== "relative" || (rule.wording?.lead ?? "") !== "" || rule.anchor.text !== "") return -1;
  return tokens[k - 1]?.key === "ra" && tokens[k - 2]?.key === "dien" ? amountEnd(tokens, k, fallback) : -1;
}

/** How many words back a frequency is looked at as part of a report's name. */
const REPORT_REACH = 8;

/** Fold keys of the words that put a report's name in a clause ("tại các báo cáo …", "trong báo cáo …"). */
const INTO_REPORT: ReadonlySet<string> = new Set(["tai", "trong", "vao"]);

/**
 * Whether the frequency at `k` is part of the name of a periodic report that the clause puts
 * something in ("… và tại các báo cáo định kỳ hằng tuần", "báo cáo … kết quả thực hiện trong báo cáo
 * cải cách TTHC hằng tháng"): words only, back to "báo cáo" after "tại", "trong" or "vào" ("các"
 * between), within {@link REPORT_REACH} words. Such a report is where results go, and no day is named.
 */
function reportName(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 1 && j >= k - REPORT_REACH; j--) {
    const t = tokens[j] as Token;
    if (t.type !== "word") return false;
    if (t.key === "cao" && tokens[j - 1]?.key === "bao") {
      const into = tokens[j - 2]?.key === "cac" ? tokens[j - 3] : tokens[j - 2];
      return into !== undefined && into.type === "word" && INTO_REPORT.has(into.key);
    }
  }
  return false;
}

/** How many tokens a document number may take ("05/2026/TT-BTC" is seven). */
const CITATION_REACH = 12;

/**
 * The date of a document cited by its number: "Quyết định số 1649/QĐ-UBND ngày 02/12/2016", "Thông tư
 * 21/2010/TT-NHNN ngày 08/10/2010", "Kế hoạch số 10/KH-MTTQ-BTT, ngày 10/10/2019". The date names the
 * document, not a time of the text: a named day with no lead right after a number written without spaces
 * that holds a "/" and a code in capitals (a comma may stand between them).
 */
function citationDate(text: string, tokens: readonly Token[], k: number, rule: DeadlineRule): boolean {
  if (rule.kind !== "fixed_date" || (rule.wording?.lead ?? "") !== "" || (tokens[k] as Token).key !== "ngay") return false;
  let j = k - 1;
  if (tokens[j]?.type === "punct" && tokens[j]?.key === ",") j--;
  const last = tokens[j];
  if (last === undefined || last.type === "punct") return false;
  let slash = false;
  let code = false;
  for (let n = 0; n < CITATION_REACH && j >= 0; n++, j--) {
    const t = tokens[j] as Token;
    if (t.type === "punct" && t.key === "/") slash = true;
    if (t.type === "word" && /\p{Lu}{2}/u.test(text.slice(t.start, t.end))) code = true;
    const before = tokens[j - 1];
    if (before === undefined || before.end !== t.start) break;
  }
  return (slash && code) || namedCitation(text, tokens, k);
}

/** Whether a word is written with a capital first letter ("Luật", not "luật" in running prose). */
function isCapital(text: string, t: Token): boolean {
  return isUpper(text[t.start] as string);
}

/** How many tokens back a clause is searched for "Căn cứ" or the name of a law. */
const NAMED_REACH = 16;

/** The kinds of documents "Căn cứ" cites (fold keys of their first words). */
const CITED: ReadonlySet<string> = new Set(["luat", "bo", "hien", "phap", "nghi", "thong", "quyet", "chi", "cong", "van", "ke", "ket", "dieu"]);

/** Words that make a date a limit or a time of the text (fold keys): a law's name holds none ("… nhân dân chậm nhất là ngày …"). */
const LIMIT_WORDS: ReadonlySet<string> = new Set(["la", "nhat", "cham", "truoc", "den", "toi", "vao", "han", "tu", "sau", "trong", "hoan", "thanh"]);

/** Laws, codes, ordinances and the constitution: cited by their name and date ("Luật Đất đai ngày 18 tháng 01 năm 2024"). */
const LAWS: readonly (readonly string[])[] = [["luat"], ["bo", "luat"], ["hien", "phap"], ["phap", "lenh"]];

/**
 * The date of a document cited by its name, which holds no number: in a clause of the legal basis
 * ("Căn cứ Luật Tiếp cận thông tin ngày 06 tháng 4 năm 2016;", "Căn cứ Nghị quyết của Hội đồng nhân
 * dân tỉnh ngày …"), or after the name of a law, a code, an ordinance or the constitution, its words
 * running up to the date ("Luật An toàn thông tin mạng ngày 19 tháng 11 năm 2015"). A bounded look
 * back within the clause (no ";", "." or line break between).
 */
function namedCitation(text: string, tokens: readonly Token[], k: number): boolean {
  const day = tokens[k] as Token;
  let words = true;
  let comma = false;
  for (let j = k - 1, n = 0; j >= 0 && n < NAMED_REACH; j--, n++) {
    const t = tokens[j] as Token;
    if (t.limit !== day.limit || (t.type === "punct" && (t.key === ";" || t.key === "."))) return false;
    if (t.type !== "word" || LIMIT_WORDS.has(t.key)) words = false;
    if (t.type === "punct" && t.key === ",") comma = true;
    // "Căn cứ <document> … ngày …": the legal basis, no comma between ("Căn cứ Kế hoạch của tỉnh, ngày 15/7 các đơn vị …")
    if (!comma && t.key === "can" && tokens[j + 1]?.key === "cu" && CITED.has(tokens[j + 2]?.key ?? "")) return true;
    // "<Luật|Bộ luật|Hiến pháp|Pháp lệnh> <its name> ngày …": words only between
    if (words && j < k - 1 && LAWS.some((law) => law.every((key, i) => tokens[j + i]?.type === "word" && tokens[j + i]?.key === key)) && isCapital(text, tokens[j] as Token)) return true;
  }
  return false;
}

/** The index of the first token that starts at or after `offset`, from `k` on. */
function tokenAfter(tokens: readonly Token[], k: number, offset: number): number {
  let j = k;
  while (j < tokens.length && (tokens[j] as Token).start < offset) j++;
  return j;
}

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

/** The end of the first unit word within a few tokens after `k` (the extent of a refused amount), else `fallback`. */
function amountEnd(tokens: readonly Token[], k: number, fallback: number): number {
  for (let j = k; j < k + 6 && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === "word" && UNIT_WORDS.has(t)) return t.end;
  }
  return fallback;
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
          matches.push(Object.freeze({ index: fragment.index, end: next.reading.end, text: nfc.slice(fragment.index, next.reading.end), rule: next.reading.rule, role: roleAt(tokens, tokenAfter(tokens, 0, fragment.index), next.reading.rule) }));
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
      matches.push(Object.freeze({ index: start, end: reading.end, text: nfc.slice(start, reading.end), rule: reading.rule, role: roleAt(tokens, k, reading.rule) }));
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
        matches.push(Object.freeze({ index: start, end: head.end, text: nfc.slice(start, head.end), rule: head.rule, role: roleAt(tokens, k, head.rule) }));
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
