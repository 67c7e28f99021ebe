/**
 * Texts of the reasons an RRULE is refused (`rrule_invalid`, `params.reason`), in Vietnamese and
 * English: the parser throws the code with `part` (the RRULE part, e.g. "BYDAY") and `token` (the
 * value written); these tables word them.
 * @internal
 */

type Params = Readonly<Record<string, unknown>>;
type Text = (p: Params) => string;

const s = (v: unknown): string => (typeof v === "string" ? v : String(v ?? ""));
const q = (v: unknown): string => `"${s(v)}"`;

/** The reason codes of `rrule_invalid`, each worded in both languages. @internal */
export const RRULE_REASONS = {
  rrule_empty: { vi: () => "chuỗi rỗng", en: () => "empty" },
  rrule_missing: { vi: () => "không có phần RRULE", en: () => "no RRULE part" },
  rrule_one_line: { vi: () => "chỉ hỗ trợ một dòng RRULE", en: () => "only one RRULE line is supported" },
  rrule_dtstart_format: { vi: () => "chỉ hỗ trợ DTSTART:YYYYMMDD[THHMMSS[Z]] (không có TZID)", en: () => "only DTSTART:YYYYMMDD[THHMMSS[Z]] is supported (no TZID)" },
  rrule_dtstart_inline: { vi: () => "DTSTART phải ở một dòng riêng, trước quy tắc", en: () => "DTSTART goes on its own line before the rule" },
  rrule_not_key_value: { vi: (p) => `${q(p["token"])} không có dạng KEY=VALUE`, en: (p) => `${q(p["token"])} is not KEY=VALUE` },
  rrule_no_value: { vi: (p) => `${s(p["part"])} không có giá trị`, en: (p) => `${s(p["part"])} has no value` },
  rrule_part_twice: { vi: (p) => `${s(p["part"])} được ghi hai lần`, en: (p) => `${s(p["part"])} given twice` },
  rrule_one_value: { vi: (p) => `${s(p["part"])} chỉ nhận một giá trị`, en: (p) => `${s(p["part"])} takes one value` },
  rrule_not_integer: { vi: (p) => `${s(p["part"])}: ${q(p["token"])} không phải số nguyên`, en: (p) => `${s(p["part"])}: ${q(p["token"])} is not an integer` },
  rrule_not_positive: { vi: (p) => `${s(p["part"])}=${s(p["token"])} không phải số nguyên dương`, en: (p) => `${s(p["part"])}=${s(p["token"])} is not a positive integer` },
  rrule_out_of_range: { vi: (p) => `${s(p["part"])}: ${s(p["token"])} nằm ngoài khoảng cho phép`, en: (p) => `${s(p["part"])}: ${s(p["token"])} is out of range` },
  rrule_date_format: { vi: (p) => `${s(p["part"])}: ${q(p["token"])} không có dạng YYYYMMDD hoặc YYYYMMDDTHHMMSS[Z]`, en: (p) => `${s(p["part"])}: ${q(p["token"])} is not YYYYMMDD or YYYYMMDDTHHMMSS[Z]` },
  rrule_date_unsupported: { vi: (p) => `${s(p["part"])}: ${q(p["token"])} không phải ngày được hỗ trợ (1900–2199)`, en: (p) => `${s(p["part"])}: ${q(p["token"])} is not a supported date (1900–2199)` },
  rrule_freq_missing: { vi: () => "thiếu FREQ", en: () => "FREQ is required" },
  rrule_freq_unsupported: {
    vi: (p) => `FREQ=${s(p["token"])}: chỉ hỗ trợ YEARLY, MONTHLY, WEEKLY và DAILY (thời hạn tính theo ngày)`,
    en: (p) => `FREQ=${s(p["token"])}: only YEARLY, MONTHLY, WEEKLY and DAILY are supported (deadlines are days)`,
  },
  rrule_weekday_format: { vi: (p) => `${s(p["part"])}: ${q(p["token"])} không phải thứ trong tuần như MO, 2TU hoặc -1FR`, en: (p) => `${s(p["part"])}: ${q(p["token"])} is not a weekday such as MO, 2TU or -1FR` },
  rrule_ordinal_invalid: { vi: (p) => `${s(p["part"])}: ${q(p["token"])} có số thứ tự không hợp lệ`, en: (p) => `${s(p["part"])}: ${q(p["token"])} has an invalid ordinal` },
  rrule_time_part: { vi: (p) => `không hỗ trợ ${s(p["part"])} (thời hạn tính theo ngày)`, en: (p) => `unsupported part ${s(p["part"])} (deadlines are days)` },
  rrule_part_unsupported: { vi: (p) => `không hỗ trợ phần ${s(p["part"])}`, en: (p) => `unsupported part ${s(p["part"])}` },
  rrule_needs_dtstart: {
    vi: (p) => `${s(p["part"])} cần có DTSTART${s(p["part"]) === "INTERVAL" ? " (nếu không, không xác định được chu kỳ bắt đầu từ đâu)" : ""}`,
    en: (p) => `${s(p["part"])} needs a DTSTART${s(p["part"]) === "INTERVAL" ? " (the phase is otherwise undefined)" : ""}`,
  },
  rrule_days_unnamed: {
    vi: (p) => `FREQ=${s(p["token"])} không có DTSTART thì phải nêu các ngày (BYMONTH, BYMONTHDAY, BYDAY …)`,
    en: (p) => `FREQ=${s(p["token"])} without DTSTART must name its days (BYMONTH, BYMONTHDAY, BYDAY …)`,
  },
  rrule_part_for_freq: { vi: (p) => `${s(p["part"])} không dùng được với FREQ=${s(p["token"])}`, en: (p) => `${s(p["part"])} is not valid with FREQ=${s(p["token"])}` },
} as const satisfies Readonly<Record<string, { readonly vi: Text; readonly en: Text }>>;

/** A reason an RRULE is refused. @internal */
export type RruleReason = keyof typeof RRULE_REASONS;
