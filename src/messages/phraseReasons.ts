/**
 * Texts of the reasons a deadline phrase contradicts itself (`phrase_contradiction`, `params.reason`),
 * in Vietnamese and English. The grammar throws the code and its params; these tables word them.
 * @internal
 */

type Params = Readonly<Record<string, unknown>>;
type Text = (p: Params) => string;

const s = (v: unknown): string => (typeof v === "string" ? v : String(v ?? ""));

/** Vietnamese frequency words, the canonical ones of the phrase language ("hằng tháng" …). @internal */
export const FREQUENCY_VI: Readonly<Record<"daily" | "weekly" | "monthly" | "quarterly" | "half_yearly" | "yearly", string>> = {
  daily: "hằng ngày",
  weekly: "hằng tuần",
  monthly: "hằng tháng",
  quarterly: "hằng quý",
  half_yearly: "định kỳ 6 tháng",
  yearly: "hằng năm",
};
const FREQ_EN: Readonly<Record<string, string>> = {
  daily: "daily",
  weekly: "weekly",
  monthly: "monthly",
  quarterly: "quarterly",
  half_yearly: "half-yearly",
  yearly: "yearly",
};
/** The entry of `table` for `v` when it is an own key (never `__proto__` or `valueOf`), else `v` as text. */
const own = (table: Readonly<Record<string, string>>, v: unknown): string => (Object.prototype.hasOwnProperty.call(table, s(v)) ? (table[s(v)] as string) : s(v));
const fv = (v: unknown): string => own(FREQUENCY_VI, v);
const fe = (v: unknown): string => own(FREQ_EN, v);
const dmy = (p: Params): string => `${s(p["day"])}/${s(p["month"])}${p["year"] === undefined ? "" : `/${s(p["year"])}`}`;

/**
 * Every reason a phrase can contradict itself: the `reason` param of a `phrase_contradiction`
 * issue, with the other params its text needs.
 * @example
 * safeParseDeadline("trước ngày 31/02").error.issues[0].params
 * //=> { day: 31, month: 2, text: "trước ngày 31/02", index: 11, token: "", expected: [], reason: "date_not_exist" }
 * @remarks Since 0.2.0
 */
export type PhraseReason =
  | "day_not_exist"
  | "month_not_exist"
  | "quarter_not_exist"
  | "date_not_exist"
  | "year_out_of_range"
  | "time_not_exist"
  | "weekday_not_exist"
  | "month_not_in_period"
  | "amount_too_large"
  | "amount_invalid"
  | "digits_words_mismatch"
  | "list_date_without_month"
  | "list_year_mismatch"
  | "list_bounds_differ"
  | "list_cannot_recur_yearly"
  | "dated_cannot_recur"
  | "dates_not_same_in_period"
  | "day_not_in_every_period"
  | "periodic_needs_recurring"
  | "frequency_mismatch"
  | "frequencies_conflict"
  | "half_yearly_needs_day"
  | "every_first_needs_day"
  | "count_back_days_only"
  | "qualifier_unit_mismatch"
  | "time_needs_daily"
  | "window_end_without_month"
  | "yearly_window_ends_december"
  | "window_end_in_report_month"
  | "window_ends_before_start"
  | "count_after_nothing"
  | "span_start_needs_year"
  | "lunar_gloss_mismatch"
  | "lunar_gloss_unreadable"
  | "written_weekday_mismatch"
  | "month_days_repeated"
  | "month_days_near_month_end"
  | "week_not_in_every_month"
  | "weekday_of_week_repeated"
  | "fractional_amount"
  | "month_span_cannot_recur"
  | "count_range"
  | "planned_period"
  | "approximate_part_of_month";

/** @internal */
export const PHRASE_REASONS: Readonly<Record<PhraseReason, { readonly vi: Text; readonly en: Text }>> = {
  day_not_exist: { vi: (p) => `ngày ${s(p["value"])} không tồn tại`, en: (p) => `there is no day ${s(p["value"])}` },
  month_not_exist: { vi: (p) => `tháng ${s(p["value"])} không tồn tại`, en: (p) => `there is no month ${s(p["value"])}` },
  quarter_not_exist: { vi: (p) => `quý ${s(p["value"])} không tồn tại`, en: (p) => `there is no quarter ${s(p["value"])}` },
  date_not_exist: { vi: (p) => `ngày ${dmy(p)} không tồn tại`, en: (p) => `the date ${dmy(p)} does not exist` },
  year_out_of_range: {
    vi: (p) => `năm ${s(p["value"])} nằm ngoài ${s(p["min"])}–${s(p["max"])}`,
    en: (p) => `the year ${s(p["value"])} is outside ${s(p["min"])}–${s(p["max"])}`,
  },
  time_not_exist: { vi: (p) => `giờ ${s(p["hour"])}:${s(p["minute"])} không tồn tại`, en: (p) => `there is no time ${s(p["hour"])}:${s(p["minute"])}` },
  weekday_not_exist: { vi: (p) => `không có "thứ ${s(p["value"])}"`, en: (p) => `there is no weekday "thứ ${s(p["value"])}"` },
  month_not_in_period: {
    vi: (p) => `tháng thứ ${s(p["value"])} không có trong ${p["unit"] === "quarter" ? "quý" : "năm"}`,
    en: (p) => `a ${p["unit"] === "quarter" ? "quarter" : "year"} has no month ${s(p["value"])}`,
  },
  amount_too_large: { vi: (p) => `số lượng ${s(p["value"])} quá lớn (tối đa ${s(p["max"])})`, en: (p) => `the amount ${s(p["value"])} is too large (at most ${s(p["max"])})` },
  amount_invalid: { vi: (p) => `số lượng ${s(p["value"])} không hợp lệ`, en: (p) => `the amount ${s(p["value"])} is not valid` },
  digits_words_mismatch: {
    vi: (p) => `số ${s(p["digits"])} và chữ (${s(p["words"])}) không khớp`,
    en: (p) => `the digits ${s(p["digits"])} and the words (${s(p["words"])}) disagree`,
  },
  list_date_without_month: { vi: () => "một ngày trong danh sách thiếu tháng", en: () => "a date of the list has no month" },
  month_days_repeated: { vi: (p) => `ngày ${s(p["day"])} được viết hai lần`, en: (p) => `the day ${s(p["day"])} is written twice` },
  month_days_near_month_end: {
    vi: () => "chỉ ngày cuối cùng trong danh sách được sau ngày 27 của tháng",
    en: () => "only the last day of the list may be after the 27th of the month",
  },
  week_not_in_every_month: {
    vi: (p) => `không phải tháng nào cũng có tuần thứ ${s(p["value"])}`,
    en: (p) => `not every month has a week ${s(p["value"])}`,
  },
  fractional_amount: {
    vi: (p) => `số lượng ${s(p["value"])} có phần thập phân; thời hạn được tính bằng ngày, giờ, tuần, tháng hoặc năm trọn vẹn`,
    en: (p) => `the amount ${s(p["value"])} has a decimal part; time limits are counted in whole days, hours, weeks, months or years`,
  },
  month_span_cannot_recur: {
    vi: (p) => `một khoảng tháng (tháng ${s(p["from"])} - ${s(p["to"])}) không lặp lại hằng năm; viết tháng cuối ("trong tháng ${s(p["to"])} hằng năm") hoặc nêu năm`,
    en: (p) => `a span of months (tháng ${s(p["from"])} - ${s(p["to"])}) does not recur yearly; write its last month ("trong tháng ${s(p["to"])} hằng năm") or give the year`,
  },
  approximate_part_of_month: {
    vi: (p) => `"${s(p["words"])}" chỉ khoảng thời gian đầu hoặc giữa một tháng, không nêu một ngày cụ thể`,
    en: (p) => `"${s(p["words"])}" names the start or the middle of a month, an approximate time, not a day`,
  },
  planned_period: {
    vi: (p) => `"${s(p["text"])}" nêu tháng hoặc quý dự kiến của một việc, không đặt ra thời hạn`,
    en: (p) => `"${s(p["text"])}" names the month or quarter a thing is expected in (dự kiến), which sets no time limit`,
  },
  count_range: {
    vi: (p) => `khoảng thời hạn từ ${s(p["from"])} đến ${s(p["to"])} ${s(p["unit"])} tùy trường hợp không cho một ngày cuối; kế hoạch chọn một thời hạn ("trong ${s(p["to"])} ${s(p["unit"])}")`,
    en: (p) => `a range of ${s(p["from"])} to ${s(p["to"])} ("${s(p["from"])} - ${s(p["to"])} ${s(p["unit"])}") depends on the case and gives no single last day; a plan chooses one ("trong ${s(p["to"])} ${s(p["unit"])}")`,
  },
  weekday_of_week_repeated: { vi: () => "một thứ trong tuần được viết hai lần", en: () => "a weekday of a week is written twice" },
  list_year_mismatch: { vi: (p) => `năm ${s(p["year"])} khác năm ${s(p["groupYear"])}`, en: (p) => `the year ${s(p["year"])} differs from ${s(p["groupYear"])}` },
  list_bounds_differ: { vi: () => "các nhóm ngày trong danh sách có cách tính khác nhau", en: () => "the groups of the list are bounded differently" },
  list_cannot_recur_yearly: { vi: () => "một danh sách ngày không thể lặp lại hằng năm", en: () => "a list of dates cannot recur yearly" },
  dated_cannot_recur: { vi: (p) => `ngày hoặc tháng có năm ${s(p["year"])} không thể lặp lại`, en: (p) => `a date or month with a year (${s(p["year"])}) cannot recur` },
  dates_not_same_in_period: {
    vi: (p) => `các ngày không cùng vị trí trong mỗi kỳ (${fv(p["frequency"])})`,
    en: (p) => `the dates are not at the same place in each period (${fe(p["frequency"])})`,
  },
  day_not_in_every_period: { vi: () => "ngày không có trong mọi kỳ", en: () => "the day is not in every period" },
  periodic_needs_recurring: {
    vi: () => `"định kỳ" cần một thời hạn lặp lại (hằng tháng, hằng năm …)`,
    en: () => `"định kỳ" (periodically) needs a recurring deadline (hằng tháng, hằng năm …)`,
  },
  frequency_mismatch: {
    vi: (p) => `"${fv(p["given"])}" không khớp với ngày đã nêu (cần ${fv(p["needed"])})`,
    en: (p) => `"${fv(p["given"])}" (${fe(p["given"])}) does not fit the day named (${fe(p["needed"])} is needed)`,
  },
  frequencies_conflict: {
    vi: (p) => `"${fv(p["first"])}" và "${fv(p["second"])}" mâu thuẫn`,
    en: (p) => `"${fv(p["first"])}" (${fe(p["first"])}) and "${fv(p["second"])}" (${fe(p["second"])}) conflict`,
  },
  half_yearly_needs_day: { vi: () => "mệnh đề định kỳ 6 tháng cần ngày của mỗi kỳ", en: () => "a half-yearly clause needs the day of each half" },
  every_first_needs_day: { vi: () => "mệnh đề định kỳ cần một ngày hoặc một tháng lặp lại", en: () => "a periodic clause needs a recurring day or month" },
  count_back_days_only: {
    vi: () => "không tính lùi theo giờ làm việc trước một thời hạn hay sự kiện",
    en: () => "working hours are not counted back before a deadline or an event",
  },
  qualifier_unit_mismatch: {
    vi: (p) => `"${s(p["qualifier"])}" chỉ ngày làm việc, không khớp với đơn vị đã nêu`,
    en: (p) => `"${s(p["qualifier"])}" means working days, which the unit written does not`,
  },
  time_needs_daily: {
    vi: (p) => `giờ trong ngày cần "hằng ngày", không phải "${fv(p["frequency"])}"`,
    en: (p) => `a time of day needs "hằng ngày" (daily), not "${fv(p["frequency"])}" (${fe(p["frequency"])})`,
  },
  window_end_without_month: { vi: () => "ngày kết thúc thiếu tháng", en: () => "the last day of the window has no month" },
  yearly_window_ends_december: { vi: () => "kỳ báo cáo năm kết thúc vào tháng 12", en: () => "a yearly reporting period ends in December" },
  window_end_in_report_month: { vi: () => "ngày kết thúc phải thuộc tháng của kỳ báo cáo", en: () => "the last day must be in a month of the reporting period" },
  lunar_gloss_unreadable: {
    vi: (p) => `không đọc được ngày âm lịch trong ngoặc: "${String(p["text"])}"`,
    en: (p) => `the lunar date in brackets cannot be read: "${String(p["text"])}"`,
  },
  written_weekday_mismatch: {
    vi: (p) => `thứ ghi kèm không khớp với ngày (ghi thứ ${Number(p["written"]) === 1 ? "Chủ nhật" : String(p["written"])}, thực tế ${Number(p["actual"]) === 1 ? "Chủ nhật" : "thứ " + String(p["actual"])})`,
    en: (p) => `the weekday written does not match the date (written ${String(p["written"])}, actually ${String(p["actual"])}; 1 = Sunday, 2 = Monday …)`,
  },
  lunar_gloss_mismatch: {
    vi: (p) => `ngày âm lịch trong ngoặc không khớp: ngày ${String(p["solar"])} là ngày ${String(p["lunar"])} âm lịch`,
    en: (p) => `the lunar date in brackets does not match: ${String(p["solar"])} is lunar ${String(p["lunar"])}`,
  },
  window_ends_before_start: { vi: () => "ngày kết thúc trước ngày bắt đầu trong cùng tháng", en: () => "the last day of the window comes before its first day in the same month" },
  span_start_needs_year: {
    vi: () => "ngày bắt đầu của một khoảng thời gian phải ghi đủ ngày, tháng, năm để tính ngày cuối",
    en: () => "the first day of a span needs its day, month and year for its last day to be computed",
  },
  count_after_nothing: {
    vi: () => "\"sau\" một khoảng thời gian mà không nêu mốc bắt đầu: không xác định được ngày",
    en: () => "\"sau\" (after) a length of time with no start named: no day can be determined",
  },
};
