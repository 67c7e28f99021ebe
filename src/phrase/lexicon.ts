/**
 * The lexicon of the deadline-phrase language (từ điển cụm từ thời hạn): a data table from
 * Vietnamese words and multi-word expressions to token kinds.
 *
 * Each entry lists canonical spellings (with diacritics, NFC). Variant spellings are not
 * listed by hand: the tokenizer matches a word written with diacritics by its
 * {@link accentKey} (so "hoả"/"hỏa" and upper/lower case meet) and a word written without
 * any diacritic by its {@link foldKey} (so "ke tu" matches "kể từ", "den" matches "đến").
 * Only true lexical variants ("hằng"/"hàng", "bảy"/"bẩy", "nghìn"/"ngàn") are listed side by side.
 *
 * To extend the language, add an entry here (see docs/phrases.md); the grammar in parse.ts
 * decides where each kind may stand.
 *
 * @module
 */
import { accentKey, foldKey, isPlainWord } from "./normalize.js";

/**
 * Kinds of lexemes:
 * - `numword`: a number word ("mười", "hai", "mươi", "trăm"); `value` and `role` say how it combines;
 * - `roman`: a roman numeral for quarters ("I" … "IV");
 * - `unit`: "ngày", "tuần", "tháng", "năm", "giờ"/"h"/"tiếng", "phút", "quý";
 * - `working`: "làm việc"; `calendar`: "dương lịch";
 * - `lead`: lead words before an amount or a date ("trong", "chậm nhất", "không quá", "tối đa" …);
 * - `la`: "là"; `at`: "vào", "lúc", "vào lúc";
 * - `from`: connectors before an anchor ("kể từ", "từ", "tính từ", "sau", "kể từ sau");
 * - `before`: "trước"; `to`: "đến", "tới"; `of`: "của"; `belong`: "thuộc";
 * - `every`: "hằng"/"hàng"; `periodic`: "định kỳ"; `each`: "mỗi"; `times`: "lần";
 * - `last`, `first`, `mid`: "cuối", "đầu", "giữa"; `next`: "tiếp theo"; `immediately`: "ngay";
 * - `report`: "báo cáo"; `term`: "kỳ"; `ordinal`: "thứ"; `sunday`: "chủ nhật";
 * - `urgency`: "hỏa tốc", "thượng khẩn", "khẩn";
 * - `except`: "trừ", "ngoại trừ"; `case`: "trường hợp"; `but`: "nhưng"; `or`: "hoặc"; `and`: "và";
 * - `undated`: "không thời hạn"; `quota`: "tối thiểu", "ít nhất"; `per`: "theo";
 * - `applies`: "được thực hiện", "được áp dụng" … before "kể từ ngày …": from when a rule applies (an entry into force);
 * - `verb`: verbs and request words that may precede a deadline ("yêu cầu", "nộp", "ban hành" …);
 * - `deadline`: "thời hạn", "hạn", "thời gian";
 * - `adjacent`: "liền kề" (after "tiếp theo", "trước"); `end`: "kết thúc"; `scope`: "đối với"; `when`: "khi";
 * - `compared`: "so với" (the event a count is taken back from: "trước 10 ngày so với ngày họp");
 * - `not_deadline`: words that say the phrase is not a time limit ("không sớm hơn", "thường xuyên");
 * - `daypart`: the part of the day after an hour ("8 giờ sáng", "5 giờ chiều"), `value` the hours to add
 *   to an hour written before noon ("tối" is left out: without diacritics it is "tới").
 */
export type LexemeKind =
  | "numword"
  | "applies"
  | "roman"
  | "unit"
  | "working"
  | "calendar"
  | "lead"
  | "la"
  | "at"
  | "from"
  | "before"
  | "to"
  | "of"
  | "belong"
  | "every"
  | "periodic"
  | "each"
  | "times"
  | "last"
  | "first"
  | "mid"
  | "next"
  | "immediately"
  | "report"
  | "term"
  | "ordinal"
  | "sunday"
  | "urgency"
  | "except"
  | "case"
  | "but"
  | "or"
  | "and"
  | "undated"
  | "quota"
  | "per"
  | "verb"
  | "deadline"
  | "adjacent"
  | "end"
  | "scope"
  | "when"
  | "compared"
  | "not_deadline"
  | "role"
  | "role_more"
  | "daypart";

/**
 * How a number word combines:
 * - `digit`: 1–9 ("một" … "chín"); `unit_only`: a digit that only follows tens ("mốt", "lăm", "nhăm", "tư");
 * - `ten`: "mười" (10, or the tens multiplier in "hai mười", an accepted variant of "hai mươi");
 * - `tens`: "mươi" (× 10); `hundred`: "trăm"; `thousand`: "nghìn"/"ngàn"; `link`: "linh"/"lẻ" (zero tens).
 */
export type NumberRole = "digit" | "unit_only" | "ten" | "tens" | "hundred" | "thousand" | "link";

/** One entry of the lexicon table. The first form is canonical; `value` defaults to it. */
export interface LexiconEntry {
  readonly forms: readonly string[];
  readonly kind: LexemeKind;
  readonly value?: string | number;
  readonly role?: NumberRole;
}

/** The lexicon (data only). Forms are NFC, lower case, with diacritics. */
/**
 * Verbs of an act that "ngay" (at once) may follow as a time limit: "báo cáo ngay", "xác nhận ngay",
 * "trả lời ngay" … (the grammar reads them with "ngay"; `findDeadlines` finds them by these words). @internal
 */
export const AT_ONCE_VERBS: readonly string[] = Object.freeze([
  "báo cáo",
  "thực hiện",
  "xác nhận",
  "trả lời",
  "xử lý",
  "thông báo",
  "khai báo",
  "giải quyết",
  "tiến hành",
  "cung cấp",
  "gửi",
  "nộp",
  // "cần báo ngay cho kiểm lâm", "ưu tiên giải quyết thông quan ngay", "chuyển ngay hồ sơ", "cấp ngay", "trả ngay kết quả"
  "báo",
  "thông quan",
  "chuyển",
  "cấp",
  "trả",
  "triển khai",
  "khắc phục",
]);

export const LEXICON: readonly LexiconEntry[] = Object.freeze([
  // numbers
  { forms: ["một"], kind: "numword", value: 1, role: "digit" },
  { forms: ["mốt"], kind: "numword", value: 1, role: "unit_only" },
  { forms: ["hai"], kind: "numword", value: 2, role: "digit" },
  { forms: ["ba"], kind: "numword", value: 3, role: "digit" },
  { forms: ["bốn"], kind: "numword", value: 4, role: "digit" },
  { forms: ["tư"], kind: "numword", value: 4, role: "unit_only" },
  { forms: ["năm"], kind: "numword", value: 5, role: "digit" },
  { forms: ["lăm", "nhăm"], kind: "numword", value: 5, role: "unit_only" },
  { forms: ["sáu"], kind: "numword", value: 6, role: "digit" },
  { forms: ["bảy", "bẩy"], kind: "numword", value: 7, role: "digit" },
  { forms: ["tám"], kind: "numword", value: 8, role: "digit" },
  { forms: ["chín"], kind: "numword", value: 9, role: "digit" },
  { forms: ["mười"], kind: "numword", value: 10, role: "ten" },
  { forms: ["mươi"], kind: "numword", value: 10, role: "tens" },
  { forms: ["trăm"], kind: "numword", value: 100, role: "hundred" },
  { forms: ["nghìn", "ngàn"], kind: "numword", value: 1000, role: "thousand" },
  { forms: ["linh", "lẻ"], kind: "numword", value: 0, role: "link" },
  { forms: ["không"], kind: "numword", value: 0, role: "digit" },
  { forms: ["i"], kind: "roman", value: 1 },
  { forms: ["ii"], kind: "roman", value: 2 },
  { forms: ["iii"], kind: "roman", value: 3 },
  { forms: ["iv"], kind: "roman", value: 4 },
  // units
  { forms: ["ngày"], kind: "unit", value: "day" },
  { forms: ["tuần"], kind: "unit", value: "week" },
  { forms: ["tháng"], kind: "unit", value: "month" },
  { forms: ["năm"], kind: "unit", value: "year" },
  { forms: ["giờ"], kind: "unit", value: "hour" },
  { forms: ["h"], kind: "unit", value: "hour" },
  { forms: ["tiếng"], kind: "unit", value: "hour" },
  { forms: ["phút"], kind: "unit", value: "minute" },
  { forms: ["quý"], kind: "unit", value: "quarter" },
  { forms: ["làm việc"], kind: "working" },
  { forms: ["dương lịch"], kind: "calendar" },
  // lead words
  { forms: ["trong"], kind: "lead" },
  { forms: ["trong vòng"], kind: "lead" },
  // "Trong thời 05 ngày": the source's slip, a word of "trong thời hạn" left out; "Trong hạn 15 ngày, kể từ ngày
  // chết" (Luật Hộ tịch's wording of a registration period): "hạn" alone for "thời hạn"
  { forms: ["trong thời hạn", "trong thời", "trong hạn"], kind: "lead" },
  { forms: ["trong thời gian"], kind: "lead" },
  { forms: ["chậm nhất"], kind: "lead" },
  { forms: ["muộn nhất"], kind: "lead" },
  { forms: ["tối đa"], kind: "lead" },
  { forms: ["không quá"], kind: "lead" },
  { forms: ["không được quá"], kind: "lead" },
  { forms: ["không vượt quá"], kind: "lead" },
  { forms: ["không muộn hơn"], kind: "lead" },
  { forms: ["không được muộn hơn"], kind: "lead" },
  { forms: ["không chậm quá"], kind: "lead" },
  { forms: ["không được chậm quá"], kind: "lead" },
  { forms: ["trễ nhất"], kind: "lead" },
  { forms: ["sau"], kind: "lead" },
  { forms: ["hạn chót"], kind: "lead" },
  { forms: ["hạn cuối"], kind: "lead" },
  { forms: ["là"], kind: "la" },
  { forms: ["vào"], kind: "at" },
  { forms: ["lúc"], kind: "at" },
  { forms: ["vào lúc"], kind: "at" },
  // connectors and relations
  // "kê từ", "kế từ": slips of the source for "kể từ" that published documents contain
  { forms: ["kể từ", "kê từ", "kế từ"], kind: "from" },
  { forms: ["từ"], kind: "from" },
  { forms: ["tính từ"], kind: "from" },
  { forms: ["bắt đầu từ"], kind: "from" },
  { forms: ["sau"], kind: "from" },
  { forms: ["kể từ sau", "kê từ sau", "kế từ sau"], kind: "from" },
  { forms: ["tính từ sau"], kind: "from" },
  { forms: ["trước"], kind: "before" },
  // "từ ngày 02/3/2020 cho đến hết ngày 15/3/2020": "cho" before the connector, as running text writes it
  { forms: ["đến", "tới", "đến hết", "tới hết", "cho đến", "cho tới", "cho đến hết", "cho tới hết"], kind: "to" },
  { forms: ["của"], kind: "of" },
  { forms: ["thuộc"], kind: "belong" },
  { forms: ["hằng", "hàng"], kind: "every" },
  { forms: ["định kỳ"], kind: "periodic" },
  { forms: ["mỗi"], kind: "each" },
  { forms: ["lần"], kind: "times" },
  { forms: ["cuối", "cuối cùng"], kind: "last" },
  { forms: ["đầu", "đầu tiên"], kind: "first" },
  { forms: ["giữa"], kind: "mid" },
  { forms: ["tiếp theo", "kế tiếp"], kind: "next" },
  { forms: ["liền kề"], kind: "adjacent" },
  { forms: ["kết thúc"], kind: "end" },
  { forms: ["đối với"], kind: "scope" },
  { forms: ["khi"], kind: "when" },
  { forms: ["so với"], kind: "compared" },
  { forms: ["không sớm hơn"], kind: "not_deadline" },
  { forms: ["sớm nhất"], kind: "not_deadline" },
  { forms: ["thường xuyên"], kind: "not_deadline" },
  { forms: ["ngay"], kind: "immediately" },
  { forms: ["báo cáo"], kind: "report" },
  { forms: ["kỳ"], kind: "term" },
  { forms: ["thứ"], kind: "ordinal" },
  { forms: ["chủ nhật"], kind: "sunday" },
  // roles of time expressions that are not deadlines (value: RuleRole); the first form is canonical
  { forms: ["có hiệu lực", "có hiệu lực thi hành", "chính thức có hiệu lực", "chính thức có hiệu lực thi hành"], kind: "role", value: "entry_into_force" },
  // "sẽ bị bãi bỏ kể từ ngày 04/5/2023", "hết hiệu lực kể từ ngày …": the repeal (or the end of force) takes effect that day
  // "Chính sách … được thực hiện kể từ ngày 15 tháng 6 năm 2013", "được áp dụng từ ngày 01/01/2026": the day a
  // rule starts to apply, an entry into force, only with a start ("kể từ", "từ") after the words ("được thực hiện
  // trong 10 ngày" is a time limit); the words stay verbs elsewhere
  // "chính thức hoạt động từ ngày 1.7.2025": the first day a body operates, read the same way
  // "Quyết định này thi hành từ ngày ký": "thi hành" for "có hiệu lực thi hành", only with a start after it
  { forms: ["được thực hiện", "được áp dụng", "áp dụng", "bắt đầu áp dụng", "được áp dụng thực hiện", "chính thức hoạt động", "đi vào hoạt động", "bắt đầu hoạt động", "thi hành"], kind: "applies" },
  { forms: ["được thực hiện", "được áp dụng", "áp dụng", "bắt đầu áp dụng", "được áp dụng thực hiện", "chính thức hoạt động", "đi vào hoạt động", "bắt đầu hoạt động", "thi hành"], kind: "verb" },
  { forms: ["bị bãi bỏ", "sẽ bị bãi bỏ", "được bãi bỏ", "hết hiệu lực", "hết hiệu lực thi hành", "chấm dứt hiệu lực"], kind: "role", value: "entry_into_force" },
  { forms: ["có thời hạn", "có giá trị", "có giá trị sử dụng", "có thời hạn hiệu lực"], kind: "role", value: "validity" },
  { forms: ["niêm yết công khai", "niêm yết", "thông báo công khai", "công bố công khai"], kind: "role", value: "minimum_notice" },
  { forms: ["gia hạn", "có thể gia hạn", "được gia hạn", "có thể kéo dài", "được kéo dài", "có thể kéo dài hơn", "được kéo dài hơn", "có thể được gia hạn", "có thể được kéo dài", "kéo dài nhưng", "kéo dài hơn nhưng", "kéo dài tối đa"], kind: "role", value: "extension_limit" },
  // ("thời gian kéo dài tối đa không quá 5 ngày": "kéo dài" is an extension's words only with "nhưng" or "tối đa"
  // after it; "kéo dài 3 ngày" says how long a thing lasts)
  // words that may follow the role words: "có thời hạn sử dụng", "gia hạn thêm"
  { forms: ["sử dụng", "thêm"], kind: "role_more" },
  // urgency marks (NĐ 30/2020 Đ.4.2.c)
  { forms: ["hỏa tốc"], kind: "urgency", value: "hoa_toc" },
  { forms: ["thượng khẩn"], kind: "urgency", value: "thuong_khan" },
  { forms: ["khẩn"], kind: "urgency", value: "khan" },
  // parts of the day after an hour
  // "vào buổi sáng ngày …": "buổi" before the part of the day
  { forms: ["sáng", "buổi sáng"], kind: "daypart", value: 0 },
  { forms: ["trưa", "buổi trưa"], kind: "daypart", value: 12 },
  { forms: ["chiều", "buổi chiều"], kind: "daypart", value: 12 },
  // clauses
  { forms: ["trừ", "ngoại trừ"], kind: "except" },
  { forms: ["trường hợp"], kind: "case" },
  { forms: ["nhưng"], kind: "but" },
  { forms: ["hoặc"], kind: "or" },
  { forms: ["và"], kind: "and" },
  { forms: ["không thời hạn"], kind: "undated" },
  { forms: ["tối thiểu", "ít nhất"], kind: "quota" },
  { forms: ["theo"], kind: "per" },
  // words that may precede the deadline proper (skipped at the start only)
  { forms: ["yêu cầu"], kind: "verb" },
  { forms: ["đề nghị"], kind: "verb" },
  { forms: ["phải"], kind: "verb" },
  { forms: ["cần"], kind: "verb" },
  { forms: ["đăng tải"], kind: "verb" },
  { forms: ["ban hành"], kind: "verb" },
  { forms: ["phát hành"], kind: "verb" },
  { forms: ["hoàn thành"], kind: "verb" },
  { forms: ["hoàn thiện"], kind: "verb" },
  { forms: ["thực hiện"], kind: "verb" },
  { forms: ["nộp"], kind: "verb" },
  { forms: ["gửi"], kind: "verb" },
  { forms: ["báo cáo"], kind: "verb" },
  { forms: ["cập nhật"], kind: "verb" },
  { forms: ["update"], kind: "verb" },
  { forms: ["số hóa"], kind: "verb" },
  { forms: ["giải quyết"], kind: "verb" },
  { forms: ["trả lời"], kind: "verb" },
  { forms: ["xử lý"], kind: "verb" },
  { forms: ["trình"], kind: "verb" },
  { forms: ["chuyển"], kind: "verb" },
  { forms: ["tổng hợp"], kind: "verb" },
  { forms: ["thời hạn"], kind: "deadline" },
  { forms: ["hạn"], kind: "deadline" },
  { forms: ["thời gian"], kind: "deadline" },
] satisfies LexiconEntry[]);

/** One spelling of an entry, ready for matching: each word by its accent key and its fold. @internal */
export interface CompiledEntry {
  readonly kind: LexemeKind;
  readonly value: string | number;
  readonly role?: NumberRole;
  /** The canonical form (first of `forms`). */
  readonly canonical: string;
  /** The spelling matched. */
  readonly form: string;
  readonly words: readonly { readonly accent: string; readonly fold: string }[];
}

function compile(entries: readonly LexiconEntry[]): ReadonlyMap<string, readonly CompiledEntry[]> {
  const index = new Map<string, CompiledEntry[]>();
  for (const entry of entries) {
    const canonical = entry.forms[0] as string;
    for (const form of entry.forms) {
      const words = form.split(" ").map((w) => Object.freeze({ accent: accentKey(w), fold: foldKey(w) }));
      const compiled: CompiledEntry = Object.freeze({
        kind: entry.kind,
        value: entry.value ?? canonical,
        ...(entry.role === undefined ? {} : { role: entry.role }),
        canonical,
        form,
        words: Object.freeze(words),
      });
      const first = (words[0] as { fold: string }).fold;
      const list = index.get(first);
      if (list === undefined) index.set(first, [compiled]);
      else list.push(compiled);
    }
  }
  return index;
}

/** Entries by the fold of their first word. @internal */
export const LEXICON_INDEX: ReadonlyMap<string, readonly CompiledEntry[]> = compile(LEXICON);

/** The longest entry, in words. @internal */
export const MAX_ENTRY_WORDS: number = LEXICON.reduce((max, e) => Math.max(max, ...e.forms.map((f) => f.split(" ").length)), 1);

/** Every word of the lexicon's forms written with a diacritic, as written. */
const MARKED: readonly string[] = LEXICON.flatMap((e) => e.forms.flatMap((f) => f.split(" "))).filter((w) => !isPlainWord(w));

/**
 * The words of the lexicon written with a diacritic, by accent key ("ngày", "từ", "kể", "làm",
 * "việc" …): the syllables a word glued from two of them splits into ({@link LEXICON_INDEX}'s
 * entries, every word of every form). @internal
 */
export const MARKED_WORDS: ReadonlySet<string> = new Set(MARKED.map((w) => accentKey(w)));

/** The longest word of {@link MARKED_WORDS}, in UTF-16 units of its NFC spelling. @internal */
export const MAX_MARKED_WORD: number = MARKED.reduce((max, w) => Math.max(max, w.normalize("NFC").length), 1);

