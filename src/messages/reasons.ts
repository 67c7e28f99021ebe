/**
 * Texts of the snake_case `reason` codes that some issues carry in `params.reason`, in Vietnamese and
 * English. A reason that is not a known code is shown as given. @internal
 */
import { text, type Locale } from "./index.js";
import { PHRASE_REASONS } from "./phraseReasons.js";
import { RRULE_REASONS } from "./rruleReasons.js";

type Params = Readonly<Record<string, unknown>>;
type Text = (p: Params) => string;

const s = (v: unknown): string => text(v ?? "");
const list = (v: unknown): string => (Array.isArray(v) ? v.map((x) => text(x)).join(", ") : s(v));

/** "thứ Hai" … "thứ Bảy", "Chủ nhật" for ISO weekdays 1 … 7. */
const weekdayVi = (v: unknown): string => (typeof v === "number" && v >= 1 && v <= 7 ? (["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"][v - 1] as string) : s(v));

const REASONS: Readonly<Record<string, { readonly vi: Text; readonly en: Text }>> = {
  // office hours (validateOfficeHours)
  invalid_source: { vi: () => "nguồn (source) không hợp lệ", en: () => "invalid source" },
  month_day_format: { vi: (p) => `ngày "${s(p["value"])}" phải viết MM-DD`, en: (p) => `month-day "${s(p["value"])}" must be MM-DD` },
  no_sessions: { vi: () => "cần ít nhất một buổi làm việc", en: () => "at least one session is needed" },
  not_a_string: { vi: () => "cần một chuỗi", en: () => "a string is expected" },
  not_an_array: { vi: () => "cần một danh sách", en: () => "a list is expected" },
  not_an_object: { vi: () => "cần một đối tượng", en: () => "an object is expected" },
  seasons_overlap: { vi: (p) => `hai mùa trùng nhau${p["date"] ? ` (ngày ${s(p["date"])})` : ""}`, en: (p) => `two seasons overlap${p["date"] ? ` (on ${s(p["date"])})` : ""}` },
  sessions_overlap: { vi: () => "các buổi làm việc chồng lên nhau", en: () => "sessions overlap" },
  sessions_unsorted: { vi: () => "các buổi làm việc phải theo thứ tự thời gian", en: () => "sessions must be in time order" },
  start_not_before_end: { vi: () => "giờ bắt đầu phải trước giờ kết thúc", en: () => "a session must start before it ends" },
  time_format: { vi: (p) => `giờ "${s(p["value"])}" phải viết HH:mm (00:00–24:00)`, en: (p) => `time "${s(p["value"])}" must be HH:mm (00:00–24:00)` },
  unknown_key: { vi: (p) => `khóa không được hỗ trợ "${s(p["key"])}"`, en: (p) => `unknown key "${s(p["key"])}"` },
  weekday_key: { vi: (p) => `"${s(p["key"])}" không phải thứ trong tuần (1–7)`, en: (p) => `"${s(p["key"])}" is not an ISO weekday (1–7)` },
  // deadline rules
  field_not_for_frequency: {
    vi: (p) => `quy tắc định kỳ "${s(p["frequency"])}" không dùng trường "${s(p["name"])}"`,
    en: (p) => `a ${s(p["frequency"])} rule has no "${s(p["name"])}"`,
  },
  kind_not_allowed: {
    vi: (p) => `cần quy tắc loại ${list(p["expected"])}, không phải "${s(p["kind"])}"`,
    en: (p) => `expected a rule of kind ${list(p["expected"])}, not "${s(p["kind"])}"`,
  },
  // sizes of lists and strings (zod's too_small / too_big)
  too_few_items: { vi: (p) => `cần ít nhất ${s(p["min"])} phần tử`, en: (p) => `at least ${s(p["min"])} item(s) expected` },
  too_many_items: { vi: (p) => `cần nhiều nhất ${s(p["max"])} phần tử`, en: (p) => `at most ${s(p["max"])} item(s) expected` },
  too_short: { vi: (p) => `cần ít nhất ${s(p["min"])} ký tự`, en: (p) => `at least ${s(p["min"])} character(s) expected` },
  too_long: { vi: (p) => `cần nhiều nhất ${s(p["max"])} ký tự`, en: (p) => `at most ${s(p["max"])} character(s) expected` },
  // yearly schedules (createCalendar({ schedules }))
  not_nfc: { vi: () => "văn bản phải ở dạng chuẩn Unicode NFC", en: () => "text must be in Unicode NFC" },
  weekday_mismatch: {
    vi: (p) => `ngày ${s(p["date"])} là ${weekdayVi(p["weekday"])} (weekday ${s(p["weekday"])})`,
    en: (p) => `${s(p["date"])} is ISO weekday ${s(p["weekday"])}`,
  },
  row_outside_year: {
    vi: (p) => `dòng phải thuộc năm ${s(p["year"])} (hoặc tháng 12 năm trước)`,
    en: (p) => `a row must fall in ${s(p["year"])} (or in December of the year before)`,
  },
  // criteria trees
  both_children_and_rule: { vi: () => "một nút có cả tiêu chí con (children) và quy tắc chấm (rule); chỉ được có một trong hai", en: () => "a node has both children and a rule; give one of the two" },
  neither_children_nor_rule: { vi: () => "một nút phải có tiêu chí con (children) hoặc quy tắc chấm (rule)", en: () => "a node needs children or a rule" },
  no_children: { vi: () => "danh sách tiêu chí con trống", en: () => "the list of children is empty" },
  valid_range_reversed: { vi: (p) => `validFrom ${s(p["validFrom"])} sau validTo ${s(p["validTo"])}`, en: (p) => `validFrom ${s(p["validFrom"])} is after validTo ${s(p["validTo"])}` },
  bands_out_of_order: {
    vi: (p) => `các mức phải viết từ cao xuống thấp: ${s(p["field"])} = ${s(p["value"])} không nhỏ hơn mức trước (${s(p["previous"])})`,
    en: (p) => `bands must go from the highest down: ${s(p["field"])} = ${s(p["value"])} is not below the previous one (${s(p["previous"])})`,
  },
  deduction_above_max: {
    vi: (p) => `mức trừ ${s(p["field"])} = ${s(p["value"])} lớn hơn điểm tối đa ${s(p["max"])}`,
    en: (p) => `the deduction ${s(p["field"])} = ${s(p["value"])} is larger than the maximum ${s(p["max"])}`,
  },
  band_points_above_max: { vi: (p) => `điểm của mức (${s(p["value"])}) lớn hơn điểm tối đa ${s(p["max"])}`, en: (p) => `band points ${s(p["value"])} exceed the maximum ${s(p["max"])}` },
  value_above_max: { vi: (p) => `giá trị ${s(p["value"])} lớn hơn điểm tối đa ${s(p["max"])}`, en: (p) => `the value ${s(p["value"])} exceeds the maximum ${s(p["max"])}` },
  link_to_branch: {
    vi: (p) => `nhiệm vụ chỉ được gắn với tiêu chí lá (có quy tắc chấm); "${s(p["id"])}" là tiêu chí có tiêu chí con`,
    en: (p) => `obligations link to leaves (criteria with a rule); "${s(p["id"])}" is a branch`,
  },
  missed_target_above_late: {
    vi: (p) => `mức trừ khi không đạt mục tiêu nội bộ (${s(p["value"])}) lớn hơn mức trừ khi trễ hạn (${s(p["late"])})`,
    en: (p) => `missing the internal target (${s(p["value"])}) cannot cost more than being late (${s(p["late"])})`,
  },
  band_points_increase: {
    vi: (p) => `mức tỷ lệ thấp hơn không được nhiều điểm hơn (${s(p["value"])} > ${s(p["previous"])})`,
    en: (p) => `a lower band cannot give more points (${s(p["value"])} > ${s(p["previous"])})`,
  },
  no_occurrence_in_period: { vi: () => "không có lần nào trong kỳ đã cho", en: () => "no occurrence in the period given" },
  // deadline phrases (phrase_contradiction)
  ...PHRASE_REASONS,
  ...RRULE_REASONS,
};

/** The text of `params.reason` in a language ("" when there is none). @internal */
export function reasonText(p: Params, locale: Locale): string {
  const reason = p["reason"];
  if (reason === undefined || reason === null || reason === "") return "";
  const known = typeof reason === "string" && Object.prototype.hasOwnProperty.call(REASONS, reason) ? REASONS[reason] : undefined;
  return known === undefined ? text(reason) : known[locale](p);
}
