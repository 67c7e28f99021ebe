/**
 * The lead words of `findDeadlines` (từ dẫn): where a time expression may start in running text.
 *
 * A table, not code: a new form the grammar learns is found as soon as its first words are
 * here (or it starts with a number). Each entry is
 * - `strong`: a word that announces a time expression ("chậm nhất", "trước ngày", "kể từ",
 *   "định kỳ" …); when the grammar cannot read what follows, the place is reported as an
 *   unread fragment;
 * - `weak`: a common word that starts a time expression only sometimes ("trong", "trước",
 *   "sau", "ngày" …); it is tried only when a time word follows within {@link CUE_REACH} words
 *   (a number, a unit, "hằng" …), and a failure is silent unless the grammar recognised the form
 *   and refused it (a quota, a contradiction).
 *
 * Words are matched as the phrase tokenizer matches them: a word written with diacritics by its
 * accent key ("Hải" is not "hai"), a word written without any by its fold key, so that text typed
 * without diacritics is scanned too; the grammar then decides.
 * @internal
 * @module
 */
import { accentKey, foldKey } from "../normalize.js";
import { AT_ONCE_VERBS } from "../lexicon.js";

/** How a lead word is treated. @internal */
export type LeadStrength = "strong" | "weak";

/**
 * One lead: its words as written in Vietnamese, its strength, and (weak leads) the cue it needs:
 * any time word or number (`time`, default), a unit word (`unit`), besides a time word the end of
 * the sentence or a punctuation mark right after it (`end_or_time`), or a count (a number then a
 * unit word) within {@link COUNT_REACH} words, after the words of a reference (`count`), or, for an
 * act done at once ("xác nhận ngay"), no number right after "ngay" (`at_once`: "nộp ngay 15/7" is "ngày"
 * without its diacritics) and no "đã"/"vừa" before the verb (a past fact). @internal
 */
export interface LeadEntry {
  readonly words: string;
  readonly strength: LeadStrength;
  readonly cue?: "time" | "unit" | "end_or_time" | "count" | "at_once" | "caption" | "none";
  /**
   * Also a caption before a colon and a date, when the cue is not there ("Thời hạn hoàn thành: 30/6/2024",
   * "Hạn nộp hồ sơ: 15/7/2025"): words, then ":" within {@link CAPTION_REACH} words, then a date (`ngày` and a
   * date, or a date). A lead whose only cue is `caption` that has none is passed over for the shorter leads of
   * its first word.
   */
  readonly caption?: boolean;
}

/** The lead table. Longer entries win over shorter ones at the same place. @internal */
export const LEADS: readonly LeadEntry[] = Object.freeze([
  // announced time limits
  { words: "chậm nhất", strength: "strong" },
  { words: "muộn nhất", strength: "strong" },
  { words: "trễ nhất", strength: "strong" },
  { words: "hạn chót", strength: "strong" },
  // words that say what follows is not a time limit: reported, never read as one
  { words: "sớm nhất", strength: "strong" },
  { words: "không sớm hơn", strength: "strong" },
  { words: "trước ngày", strength: "strong" },
  { words: "trong thời hạn", strength: "strong" },
  { words: "trong vòng", strength: "strong" },
  { words: "không quá", strength: "strong" },
  { words: "không được quá", strength: "strong" },
  { words: "không vượt quá", strength: "strong" },
  { words: "không muộn hơn", strength: "strong" },
  { words: "không chậm quá", strength: "strong" },
  { words: "kể từ", strength: "strong" },
  { words: "tính từ", strength: "strong" },
  { words: "định kỳ", strength: "strong" },
  { words: "hằng ngày", strength: "strong" },
  { words: "hằng tuần", strength: "strong" },
  { words: "hằng tháng", strength: "strong" },
  { words: "hằng quý", strength: "strong" },
  { words: "hằng năm", strength: "strong" },
  { words: "hàng ngày", strength: "strong" },
  { words: "hàng tuần", strength: "strong" },
  { words: "hàng tháng", strength: "strong" },
  { words: "hàng quý", strength: "strong" },
  { words: "hàng năm", strength: "strong" },
  { words: "hỏa tốc", strength: "strong" },
  { words: "thượng khẩn", strength: "strong" },
  { words: "không thời hạn", strength: "strong" },
  { words: "ngay khi", strength: "strong" },
  { words: "ngay sau khi", strength: "strong" },
  // "yêu cầu báo cáo ngay các trường hợp …", "tiến hành xác nhận ngay", "trả lời ngay tính hợp lệ …": acts at once,
  // with no event written
  ...AT_ONCE_VERBS.map((verb): LeadEntry => ({ words: `${verb} ngay`, strength: "weak", cue: "at_once" })),
  // "ngay trước khi khai mạc", "ngay trước thời điểm tàu rời cảng": the event follows, no time word
  { words: "ngay trước khi", strength: "weak", cue: "none" },
  { words: "ngay trước thời điểm", strength: "weak", cue: "none" },
  // role words of expressions that are not deadlines (lexicon kind "role"): "có hiệu lực (thi hành)
  // kể từ ngày 01 tháng 01 năm 2015" is read whole, not from "kể từ"; the words of the longest
  // spelling are leads of their own so that the time words are within reach
  { words: "có hiệu lực", strength: "weak" },
  // "Ngày có hiệu lực: 26-09-2014": a record's field, then the day
  { words: "ngày có hiệu lực", strength: "weak" },
  { words: "ngày có hiệu lực thi hành", strength: "weak" },
  { words: "có hiệu lực thi hành", strength: "weak" },
  // "Quyết định này thi hành từ ngày ký", "được áp dụng từ ngày ký": from when a text applies (lexicon kind "applies")
  { words: "thi hành", strength: "weak" },
  { words: "được áp dụng", strength: "weak" },
  { words: "có thời hạn", strength: "weak" },
  { words: "có giá trị", strength: "weak" },
  { words: "bị bãi bỏ", strength: "weak" },
  { words: "hết hiệu lực", strength: "weak" },
  { words: "chấm dứt hiệu lực", strength: "weak" },
  { words: "có thể gia hạn", strength: "weak" },
  { words: "được gia hạn", strength: "weak" },
  { words: "gia hạn", strength: "weak" },
  { words: "gia hạn mỗi lần", strength: "weak" },
  // "thời gian thẩm định được kéo dài nhưng không quá 30 ngày": an extension, its count a few words on
  { words: "kéo dài nhưng", strength: "weak", cue: "count" },
  { words: "được kéo dài", strength: "weak", cue: "count" },
  { words: "có thể kéo dài", strength: "weak", cue: "count" },
  { words: "có thể được kéo dài", strength: "weak", cue: "count" },
  // common words that sometimes start one
  { words: "trong", strength: "weak" },
  { words: "trong thời gian", strength: "weak" },
  { words: "trước", strength: "weak" },
  // a count back written after its reference: "trước khi giấy phép hết hạn 30 ngày"
  { words: "trước khi", strength: "weak", cue: "count" },
  { words: "sau", strength: "weak" },
  // the anchor written before its count: "Sau khi có kết quả thẩm định, trong thời hạn 05 ngày làm việc"
  { words: "sau khi", strength: "weak", cue: "count" },
  { words: "từ", strength: "weak" },
  // "từ nay đến hết tháng 12/2025": a window that starts now, read from "từ nay"
  { words: "từ nay đến", strength: "weak" },
  // "bắt đầu từ 08 giờ ngày 06/12/2023": a start, read whole
  { words: "bắt đầu từ", strength: "weak" },
  { words: "đến", strength: "weak" },
  { words: "vào", strength: "weak" },
  // "chuyển sang thứ 2 ngày 17/10/2016": the day a time is moved to
  { words: "sang", strength: "weak" },
  // "thông xe dịp 2.9": the occasion of a named day
  { words: "dịp", strength: "weak" },
  // "Dự kiến ngày 22/3", "dự kiến 30/4/2017": a planned day, read with "dự kiến" (a `planned` note); tried
  // whatever follows, since a lead may stand between it and the day ("dự kiến chậm nhất trưa ngày 01/01")
  { words: "dự kiến", strength: "weak", cue: "none" },
  // "mùng 2 Tết Mậu Tý (8-2)": a day of Tết with its solar date
  { words: "mùng", strength: "weak" },
  { words: "mồng", strength: "weak" },
  // "sáng ngày 05/12/2019", "chiều 8-12": the part of the day is read with its date
  { words: "sáng", strength: "weak" },
  { words: "trưa", strength: "weak" },
  { words: "chiều", strength: "weak" },
  { words: "ngày", strength: "weak" },
  { words: "tháng", strength: "weak" },
  { words: "cuối", strength: "weak" },
  { words: "đầu", strength: "weak" },
  { words: "giữa", strength: "weak" },
  { words: "ngay", strength: "weak" },
  { words: "thứ", strength: "weak" },
  { words: "chủ nhật", strength: "weak" },
  { words: "thời hạn", strength: "weak", caption: true },
  { words: "hạn", strength: "weak", caption: true },
  // "Thời gian thực hiện: 25/5/2018", "Ngày hết hạn lấy ý kiến: 27/09/2023": a caption in a notice or a table row
  { words: "thời gian thực hiện", strength: "weak", cue: "caption" },
  { words: "thời gian hoàn thành", strength: "weak", cue: "caption" },
  { words: "ngày hết hạn", strength: "weak", cue: "caption" },
  { words: "tối đa", strength: "weak" },
  { words: "tối thiểu", strength: "weak", cue: "unit" },
  { words: "ít nhất", strength: "weak", cue: "unit" },
  // "khẩn" alone ends its phrase ("văn bản khẩn", not "khẩn trương")
  { words: "khẩn", strength: "weak", cue: "end_or_time" },
  { words: "RRULE", strength: "strong" },
  { words: "FREQ", strength: "strong" },
] satisfies readonly LeadEntry[]);

/** A set of words, looked up as the scanner compares words: by fold key for a plain word, else by accent key. @internal */
export interface WordSet {
  /** Whether a token's word is in the set (`plain`: written without diacritics; `key`, `exact`: its keys). */
  has(token: { readonly key: string; readonly exact: string }): boolean;
}

/** A {@link WordSet} of words written in Vietnamese. @internal */
export function wordSet(words: readonly string[]): WordSet {
  const folds = new Set(words.map(foldKey));
  const accents = new Set(words.map((w) => accentKey(w)));
  return { has: (t) => (t.exact === t.key ? folds.has(t.key) : accents.has(t.exact)) };
}

/** Words that announce time content after a weak lead: units, recurrence, period words, the first words of numbers. @internal */
export const TIME_CUES: WordSet = wordSet([
  "ngày", "tuần", "tháng", "năm", "quý", "giờ", "h", "tiếng", "phút", "hằng", "hàng", "định", "cuối", "hôm",
  "thứ", "chủ", "hỏa", "khẩn", "ngay", "kỳ", "RRULE", "FREQ", "sáng", "chiều",
  "một", "hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín", "mười",
]);

/** Words that open the tail or the anchor of a phrase ("khẩn đối với …", "khẩn kể từ khi …"): an `end_or_time` cue. @internal */
export const TAIL_WORDS: WordSet = wordSet(["đối", "nhưng", "hoặc", "trừ", "ngoại", "kể", "từ", "tính", "sau", "khi", "trong"]);

/** Unit words: a number followed by one of these starts a duration ("15 ngày làm việc"). @internal */
export const UNIT_WORDS: WordSet = wordSet(["ngày", "tuần", "tháng", "năm", "quý", "giờ", "h", "tiếng"]);

/** Number words that may start an amount written in words ("mười lăm ngày"). @internal */
export const NUMBER_WORDS: WordSet = wordSet(["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười"]);

/** How many words after a weak lead (or a number word) are looked at for a time word. @internal */
export const CUE_REACH = 3;

/** How many words a caption before its colon may take ("Thời hạn nộp báo cáo quý: …"). @internal */
export const CAPTION_REACH = 8;

/** How many words after "trước khi" or "sau khi" are looked at for a count ("hết hạn 30 ngày"). @internal */
export const COUNT_REACH = 16;

/** A lead compiled to fold keys and accent keys. @internal */
export interface CompiledLead extends LeadEntry {
  readonly keys: readonly string[];
  readonly accents: readonly string[];
}

function compile(): ReadonlyMap<string, readonly CompiledLead[]> {
  const byFirst = new Map<string, CompiledLead[]>();
  for (const entry of LEADS) {
    const words = entry.words.split(" ");
    const keys = words.map(foldKey);
    const first = keys[0] as string;
    const list = byFirst.get(first) ?? [];
    list.push({ ...entry, keys, accents: words.map((w) => accentKey(w)) });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return byFirst;
}

/** Leads by the fold key of their first word, longest first. @internal */
export const LEADS_BY_FIRST: ReadonlyMap<string, readonly CompiledLead[]> = compile();
