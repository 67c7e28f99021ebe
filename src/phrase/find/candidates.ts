/**
 * Where a time expression may start in running text: a lead word of the lead table with the cue it
 * needs after it, or an amount ("15 ngày làm việc …"), and the places that look like one but are
 * not (a day or a month of a date, an ordinal after "thứ", the second count of a range, a name).
 * @internal
 * @module
 */
import { CAPTION_REACH, COUNT_REACH, CUE_REACH, LEADS_BY_FIRST, NUMBER_WORDS, TAIL_WORDS, TIME_CUES, UNIT_WORDS, type LeadEntry, type LeadStrength, type WordSet } from "./leads.js";
import { isDash } from "../normalize.js";
import { isCapital, type Token } from "./words.js";

/** A place where a time expression may start: how many tokens its lead has, and its strength. */
export interface Candidate {
  readonly leadTokens: number;
  readonly strength: LeadStrength;
}

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

/**
 * Whether a caption ends in a colon after `from`: words only, then ":" within {@link CAPTION_REACH} words, then a
 * date in the same sentence ("Thời gian thực hiện: 25/5/2018", "Hạn nộp: ngày 15/7"). After any other content
 * ("Thời hạn giải quyết: 24 giờ", "Thời gian hoàn thành: Tháng 11 - 12/2025") the match starts after the colon, as
 * the content is found on its own.
 */
function captionAfter(tokens: readonly Token[], from: number, limit: number): boolean {
  for (let k = from; k < from + CAPTION_REACH && k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.start >= limit) return false;
    if (t.type === "word") continue;
    if (t.type !== "punct" || t.key !== ":") return false;
    const next = tokens[k + 1] as Token;
    if (next.start >= limit) return false;
    return next.type === "word" && next.key === "ngay" ? dateAt(tokens, k + 2) : dateAt(tokens, k + 1);
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
    case "caption":
      return captionAfter(tokens, from, limit);
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
  return t !== undefined && ((t.type === "punct" && isDash(t.key)) || (t.type === "word" && (t.key === "den" || t.key === "toi")));
}

/** Whether a range of counts starts at token `k`: a number, a dash or "đến", a number, a unit word ("10 - 15 ngày"). */
function rangeAt(tokens: readonly Token[], k: number): boolean {
  const second = tokens[k + 2];
  const unit = tokens[k + 3];
  return rangeJoinAt(tokens, k + 1) && second !== undefined && second.type === "number" && unit !== undefined && unit.type === "word" && UNIT_WORDS.has(unit) && unit.start < (tokens[k] as Token).limit;
}

/** Whether a date starts at token `k`: a day, then "/", "-" or "." and a month, or a day, then "tháng" ("11/12/2014", "11 tháng 12"). */
function dateAt(tokens: readonly Token[], k: number): boolean {
  const day = tokens[k];
  const sep = tokens[k + 1];
  const month = tokens[k + 2];
  if (day === undefined || day.type !== "number" || sep === undefined) return false;
  if (sep.type === "word") return sep.key === "thang" && month?.type === "number";
  return sep.type === "punct" && (sep.key === "/" || sep.key === "." || isDash(sep.key)) && sep.start === day.end && month?.type === "number" && month.start === sep.end;
}

/** Fold keys of the words the day of a date follows ("ngày 27 tháng 11", "mùng 2 tháng Giêng"). */
const DAY_WORDS: ReadonlySet<string> = new Set(["ngay", "mung", "mong"]);

/** Whether a number's digits name a weekday after "thứ": 2 (Monday) to 7 (Saturday), "03" as "3". */
function weekdayNumber(digits: string): boolean {
  const n = Number(digits);
  return n >= 2 && n <= 7;
}

/** The lead (or number) that starts a candidate at token `k`, if any. */
export function candidateAt(text: string, tokens: readonly Token[], k: number): Candidate | undefined {
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
    // "Chỉ thị số 34 ngày 11/12/2014", "Công văn số 866/UBND-KT2 ngày 18/4/2019": "ngày" before a date is the date's
    // word, so the number before it (a document's number) is no amount of days
    if (unit !== undefined && unit.type === "word" && unit.key === "ngay" && dateAt(tokens, k + 2)) return undefined;
    const next = tokens[decimalComma(tokens, k) ? k + 3 : k + 1];
    const ok = next !== undefined && next.start < t.limit && ((next.type === "word" && UNIT_WORDS.has(next)) || (next.type === "punct" && next.key === "(") || rangeAt(tokens, k));
    return ok ? { leadTokens: 1, strength: "weak" } : undefined;
  }
  if (t.type !== "word") return undefined;
  // "kỳ họp thứ 28": an ordinal, not a weekday (thứ 2 … thứ 7)
  const ordinal = tokens[k + 1];
  if (t.key === "thu" && ordinal !== undefined && ordinal.type === "number" && !weekdayNumber(ordinal.key)) return undefined;
  for (const lead of LEADS_BY_FIRST.get(t.key) ?? []) {
    let hit = true;
    for (let j = 0; j < lead.keys.length && hit; j++) {
      const w = tokens[k + j];
      hit = w !== undefined && w.type === "word" && (w.exact === w.key ? w.key === lead.keys[j] : w.exact === lead.accents[j]) && w.start < t.limit;
    }
    if (!hit) continue;
    const cued = lead.strength === "strong" || cueFor(lead.cue ?? "time", tokens, k, k + lead.keys.length, t.limit) || (lead.caption === true && captionAfter(tokens, k + lead.keys.length, t.limit));
    // (a lead that is only a caption's first words leaves the place to the shorter leads of its first word)
    if (!cued && lead.cue === "caption") continue;
    if (!cued) return undefined;
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
