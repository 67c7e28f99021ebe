/**
 * Texts of deadline trace steps and rule notes (diễn giải thời hạn), in Vietnamese and English.
 * One table per language keyed by code; the tables are exhaustive over {@link TraceCode} and the
 * note codes, so adding a code without its texts does not compile.
 * @internal
 * @module
 */
import { fromDayNumber, MIN_DAY, TWO_DIGITS, type DayNumber } from "../day/dayNumber.js";
import { civilOfEpochMs } from "../day/instant.js";
import type { RuleNote, TraceCode, TraceStep } from "../deadline/types.js";
import { clipParams, show, text, type Locale } from "./index.js";

type Params = Readonly<Record<string, unknown>>;
type Table<C extends string> = { readonly [K in C]: (p: Params) => string };
type NoteCode = RuleNote["code"];

const WEEKDAY_VI = ["", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"] as const;
const WEEKDAY_EN = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

function isoWeekday(year: number, month: number, day: number): number {
  // Sakamoto's method on the proleptic Gregorian calendar; 1 = Monday … 7 = Sunday.
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4] as const;
  const y = month < 3 ? year - 1 : year;
  const w = (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + (t[month - 1] as number) + day) % 7; // 0 = Sunday
  return w === 0 ? 7 : w;
}

/** Whether `s[from, from + n)` are ASCII digits. */
function digits(s: string, from: number, n: number): boolean {
  for (let k = from; k < from + n; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Whether `s` starts with `YYYY-MM-DD` (read without a regular expression: explanations are made per finding). */
function startsWithIsoDate(s: string): boolean {
  return s.length >= 10 && digits(s, 0, 4) && s.charCodeAt(4) === 45 && digits(s, 5, 2) && s.charCodeAt(7) === 45 && digits(s, 8, 2);
}

/** "thứ Sáu 24/11/2023" / "Fri 2023-11-24"; anything that is not an ISO date is shown as is. */
export function formatDate(value: unknown, locale: Locale): string {
  const s = typeof value === "string" ? value : String(value ?? "");
  if (s.length !== 10 || !startsWithIsoDate(s)) return s;
  const y = s.slice(0, 4);
  const mo = s.slice(5, 7);
  const d = s.slice(8, 10);
  const wd = isoWeekday(Number(y), Number(mo), Number(d));
  return locale === "vi" ? `${WEEKDAY_VI[wd]} ${d}/${mo}/${y}` : `${WEEKDAY_EN[wd]} ${s}`;
}

/** "DD/MM/YYYY" of day numbers, made once per day on first use (a memo: the same text whenever made). */
const VI_DATES: (string | undefined)[] = [];

function viDate(day: DayNumber): string {
  const k = day - MIN_DAY;
  let text = VI_DATES[k];
  if (text === undefined) {
    const iso = fromDayNumber(day);
    VI_DATES[k] = text = `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  }
  return text;
}

/**
 * "10:00 ngày 10/02/2024" / "2024-02-10 10:00" for an instant written by thoihan (`…T10:00:00+07:00`),
 * or given in epoch milliseconds (formatted in Vietnamese civil time without an intermediate ISO string).
 */
export function formatInstant(value: unknown, locale: Locale): string {
  if (typeof value === "number" && Number.isFinite(value)) {
    const { day, msOfDay } = civilOfEpochMs(value);
    const minutes = Math.floor(msOfDay / 60_000);
    const time = `${TWO_DIGITS[Math.floor(minutes / 60)] as string}:${TWO_DIGITS[minutes % 60] as string}`;
    return locale === "vi" ? `${time} ngày ${viDate(day)}` : `${fromDayNumber(day)} ${time}`;
  }
  const s = typeof value === "string" ? value : String(value ?? "");
  if (s.length < 16 || !startsWithIsoDate(s) || s.charCodeAt(10) !== 84 || !digits(s, 11, 2) || s.charCodeAt(13) !== 58 || !digits(s, 14, 2)) return s;
  const date = locale === "vi" ? `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}` : s.slice(0, 10);
  const time = s.slice(11, 16);
  return locale === "vi" ? `${time} ngày ${date}` : `${date} ${time}`;
}

const UNIT_VI: Readonly<Record<string, string>> = {
  day: "ngày",
  calendar_day: "ngày",
  working_day: "ngày làm việc",
  week: "tuần",
  month: "tháng",
  year: "năm",
  hour: "giờ",
  working_hour: "giờ làm việc",
};
const UNIT_EN: Readonly<Record<string, string>> = {
  day: "day(s)",
  calendar_day: "calendar day(s)",
  working_day: "working day(s)",
  week: "week(s)",
  month: "month(s)",
  year: "year(s)",
  hour: "hour(s)",
  working_hour: "working hour(s)",
};
const KIND_VI: Readonly<Record<string, string>> = {
  weekday: "ngày thường",
  weekend: "ngày nghỉ hằng tuần",
  holiday: "ngày nghỉ lễ, tết",
  compensatory_off: "ngày nghỉ bù",
  swapped_off: "ngày nghỉ hoán đổi",
  makeup_workday: "ngày làm bù",
  closure: "ngày nghỉ của cơ quan",
  extra_workday: "ngày làm việc bổ sung",
};
const KIND_EN: Readonly<Record<string, string>> = {
  weekday: "an ordinary weekday",
  weekend: "a weekly rest day",
  holiday: "a public holiday",
  compensatory_off: "a compensatory day off (nghỉ bù)",
  swapped_off: "a swapped day off (hoán đổi)",
  makeup_workday: "a make-up working day (làm bù)",
  closure: "a local closure",
  extra_workday: "an added working day",
};
const LEVEL_VI: Readonly<Record<string, string>> = { hoa_toc: "Hỏa tốc", thuong_khan: "Thượng khẩn", khan: "Khẩn" };
const LEVEL_EN: Readonly<Record<string, string>> = { hoa_toc: "Hỏa tốc (flash)", thuong_khan: "Thượng khẩn (most urgent)", khan: "Khẩn (urgent)" };
const FREQ_VI: Readonly<Record<string, string>> = { daily: "hằng ngày", weekly: "hằng tuần", monthly: "hằng tháng", quarterly: "hằng quý", half_yearly: "6 tháng", yearly: "hằng năm" };
const FREQ_EN: Readonly<Record<string, string>> = { daily: "daily", weekly: "weekly", monthly: "monthly", quarterly: "quarterly", half_yearly: "half-yearly", yearly: "yearly" };
const STATUS_VI: Readonly<Record<string, string>> = { decided: "đã quyết định", reported: "mới được báo chí đưa tin", proposed: "mới là đề xuất", projected: "dự kiến theo luật, chưa có thông báo" };
const STATUS_EN: Readonly<Record<string, string>> = { decided: "decided", reported: "only reported", proposed: "only proposed", projected: "projected from the statute, no notice yet" };

const pick = (table: Readonly<Record<string, string>>, v: unknown): string => table[String(v)] ?? String(v ?? "");
const vd = (v: unknown): string => formatDate(v, "vi");
const ed = (v: unknown): string => formatDate(v, "en");
const named = (p: Params, locale: Locale): string => {
  const kind = pick(locale === "vi" ? KIND_VI : KIND_EN, p["kind"]);
  return p["name"] !== undefined ? `${String(p["name"])} (${kind})` : kind;
};

/** Vietnamese text of each trace step. @internal */
export const traceVi: Table<TraceCode> = {
  anchor: (p) => `Mốc tính: ${p["text"] !== undefined ? `"${String(p["text"])}", ` : ""}${p["instant"] !== undefined ? formatInstant(p["instant"], "vi") : `ngày ${vd(p["date"])}`}.`,
  cutoff_applied: (p) =>
    p["reason"] === "after_cutoff"
      ? `Tiếp nhận lúc ${String(p["time"])}, sau ${String(p["cutoff"])}: thời hạn tính từ ngày làm việc tiếp theo, ${vd(p["to"])}.`
      : p["reason"] === "after_close"
        ? `Tiếp nhận lúc ${String(p["time"])}, sau giờ làm việc (kết thúc lúc ${String(p["cutoff"])}): xử lý trong ngày làm việc tiếp theo, ${vd(p["to"])}.`
        : `Tiếp nhận vào ngày nghỉ ${vd(p["from"])}: thời hạn tính từ ngày làm việc tiếp theo, ${vd(p["to"])}.`,
  start_excluded: (p) => `Ngày ${vd(p["date"])} (ngày xảy ra sự kiện) không được tính; thời hạn tính từ ngày tiếp theo.`,
  start_included: (p) =>
    p["policy"] === "lateReceiptCutoff"
      ? `Ngày ${vd(p["date"])} là ngày làm việc đầu tiên sau khi tiếp nhận và được tính là ngày đầu tiên của thời hạn.`
      : `Ngày ${vd(p["date"])} được tính là ngày đầu tiên của thời hạn (chính sách excludeStartDay: false).`,
  counted: (p) => `Đếm ${String(p["amount"])} ${pick(UNIT_VI, p["unit"])}: từ ${vd(p["from"])} đến ${vd(p["to"])}.`,
  skipped: (p) => `Bỏ qua ${vd(p["date"])}: ${named(p, "vi")}.`,
  makeup_counted: (p) => `Tính ${vd(p["date"])} là ngày làm việc: ${named(p, "vi")}.`,
  calendar_added: (p) => `Cộng ${String(p["amount"])} ${pick(UNIT_VI, p["unit"])} từ ${vd(p["from"])}: ngày tương ứng là ${vd(p["to"])}.`,
  years_from_year: (p) => `Mốc là một năm (${String(p["year"])}): tính tròn ${String(p["amount"])} năm, đến hết năm ${String(Number(p["year"]) + Number(p["amount"]))}, ngày ${vd(p["to"])}.`,
  month_clamped: (p) => `Tháng kết thúc không có ngày tương ứng (${String(p["requested"])}): thời hạn kết thúc vào ngày cuối cùng của tháng, ${vd(p["to"])}.`,
  rolled_forward: (p) =>
    `Ngày cuối cùng ${vd(p["from"])} là ${named(p, "vi")}: chuyển sang ngày làm việc tiếp theo, ${vd(p["to"])}${p["policy"] === "rollFixedDates" ? " (chính sách rollFixedDates)" : ""}.`,
  not_rolled: (p) =>
    p["policy"] === "rollBackward"
      ? `Ngày ${vd(p["date"])} là ${named(p, "vi")} nhưng không lùi về ngày làm việc trước đó (chính sách rollBackward: false).`
      : p["policy"] === "rollForward"
        ? `Ngày ${vd(p["date"])} là ${named(p, "vi")} nhưng không chuyển sang ngày làm việc tiếp theo (chính sách rollForward: false).`
        : p["policy"] === "entry_into_force"
          ? `Ngày ${vd(p["date"])} là ${named(p, "vi")}; ngày có hiệu lực do văn bản ấn định, không phải ngày cuối cùng của thời hạn thực hiện, nên không chuyển sang ngày làm việc tiếp theo (Điều 148.5 Bộ luật Dân sự 2015 áp dụng cho thời hạn).`
        : `Ngày ${vd(p["date"])} là ${named(p, "vi")}; ngày được ấn định là một thời điểm, không chuyển sang ngày làm việc tiếp theo.`,
  rolled_back: (p) => `Ngày ${vd(p["from"])} là ${named(p, "vi")}: lùi về ngày làm việc liền trước, ${vd(p["to"])} (chính sách rollBackward).`,
  rolled_by_text: (p) =>
    `Ngày ${vd(p["from"])} là ${named(p, "vi")}: theo văn bản${p["clause"] === "" || p["clause"] === undefined ? "" : ` ("${String(p["clause"])}")`}, ${p["roll"] === "previous_working_day" ? "lùi về ngày làm việc liền trước" : "chuyển sang ngày làm việc tiếp theo"}, ${vd(p["to"])}.`,
  hours_counted: (p) => `Cộng ${String(p["hours"])} giờ từ ${formatInstant(p["from"], "vi")}: hết hạn lúc ${formatInstant(p["to"], "vi")}, không chuyển ngày nghỉ.`,
  working_hours_counted: (p) => `Cộng ${String(p["hours"])} giờ làm việc từ ${formatInstant(p["from"], "vi")} theo giờ hành chính: hết hạn lúc ${formatInstant(p["to"], "vi")}.`,
  office_hours_days: (p) => `${String(p["days"])} ngày làm việc được tính là ${String(p["hours"])} giờ làm việc (8 giờ mỗi ngày; chính sách workingDays: "office_hours").`,
  named_date: (p) => `Hạn là ngày ${vd(p["date"])}, tính cả ngày đó.`,
  before_date: (p) =>
    p["reading"] === "inclusive"
      ? `"Trước ngày ${vd(p["date"])}" được hiểu là chậm nhất ngày ${vd(p["date"])} (chính sách beforeDate: "inclusive").`
      : p["lastDay"] !== undefined
        ? `"Trước ngày ${vd(p["date"])}" là trước 00:00 ngày đó: ngày cuối cùng là ${vd(p["lastDay"])}.`
        : `"Trước" thời điểm đã ghi trong ngày ${vd(p["date"])}.`,
  time_of_day: (p) => `Hạn kết thúc lúc ${String(p["time"])} ngày ${vd(p["date"])}.`,
  occurrence: (p) =>
    p["reason"] === "next_after_anchor"
      ? `Kỳ áp dụng: kỳ gần nhất chưa hết hạn tại mốc tính, ngày ${vd(p["date"])}${p["frequency"] !== undefined ? ` (định kỳ ${pick(FREQ_VI, p["frequency"])})` : ""}.`
      : p["reason"] === "all_past"
        ? `Mọi kỳ đều đã hết hạn trước mốc tính; lấy kỳ cuối cùng, ngày ${vd(p["date"])}.`
        : p["reason"] === "listed"
          ? `Kỳ ngày ${vd(p["date"])}${p["frequency"] !== undefined ? ` (định kỳ ${pick(FREQ_VI, p["frequency"])})` : ""}.`
          : `Kỳ áp dụng: kỳ đầu tiên, ngày ${vd(p["date"])}${p["frequency"] !== undefined ? ` (định kỳ ${pick(FREQ_VI, p["frequency"])})` : ""}.`,
  period_end: (p) => `Thời hạn "trong" kỳ ${String(p["period"])} kết thúc vào ngày cuối cùng của kỳ, ${vd(p["date"])}.`,
  counted_back: (p) => `Tính lùi ${String(p["amount"])} ${pick(UNIT_VI, p["unit"])} từ ${p["reference"] !== undefined ? `"${String(p["reference"])}" ` : ""}(${vd(p["from"])}): ${vd(p["to"])}.`,
  hours_counted_back: (p) => `Tính lùi ${String(p["hours"])} giờ từ ${p["reference"] !== undefined && p["reference"] !== "" ? `"${String(p["reference"])}" ` : ""}(${formatInstant(p["from"], "vi")}): hết hạn lúc ${formatInstant(p["to"], "vi")}.`,
  urgency: (p) => `Độ khẩn "${pick(LEVEL_VI, p["level"])}": xử lý trong ${String(p["amount"])} ${pick(UNIT_VI, p["unit"])} (quy ước của cơ quan; Nghị định 30/2020 không quy định số cụ thể).`,
  same_day: (p) =>
    p["nextWorkingDay"] === true
      ? `Xử lý trong ngày ${vd(p["date"])}, chậm nhất là ngày làm việc tiếp theo, ${vd(p["lastDay"])}.`
      : `Xử lý trong ngày: ${vd(p["lastDay"])}.`,
  reporting_window: (p) =>
    `Thời gian chốt số liệu báo cáo ${pick(FREQ_VI, p["frequency"])} kỳ ${String(p["period"])}: từ ${vd(p["from"])} đến ${vd(p["to"])} (ngày ${String(p["fromDay"])} → ngày ${String(p["toDay"])}${p["source"] === "policy" ? ", theo chính sách reportingWindow" : ""}).`,
  exception_applied: (p) => `Trường hợp "${pick(LEVEL_VI, p["urgency"])}": áp dụng thời hạn riêng của trường hợp ngoại lệ.`,
  waived: (p) => `Trường hợp "${pick(LEVEL_VI, p["urgency"])}": không áp dụng thời hạn này (miễn).`,
  cap_applied: (p) => `Không quá ${String(p["amount"])} ${pick(UNIT_VI, p["unit"])}: ngày ${vd(p["capLastDay"])} sớm hơn ${vd(p["ruleLastDay"])}, áp dụng giới hạn.`,
  cap_checked: (p) => `Giới hạn ${String(p["amount"])} ${pick(UNIT_VI, p["unit"])} (đến ${vd(p["capLastDay"])}) không sớm hơn hạn ${vd(p["ruleLastDay"])}.`,
  end_of_day: (p) =>
    p["mode"] === "office_close"
      ? `Thời hạn kết thúc khi hết giờ hành chính (${String(p["time"])}) ngày ${vd(p["date"])}.`
      : `Thời hạn kết thúc lúc 24 giờ ngày ${vd(p["date"])}.`,
  data_status: (p) =>
    `Kết quả phụ thuộc ${p["to"] !== undefined ? `các ngày từ ${vd(p["date"])} đến ${vd(p["to"])} (${String(p["count"])} ngày)` : `ngày ${vd(p["date"])}`}${p["name"] !== undefined ? ` (${String(p["name"])})` : ""}, dữ liệu ${pick(STATUS_VI, p["status"])}: kết quả là tạm tính.`,
  role: (p) =>
    p["role"] === "entry_into_force"
      ? "Đây là thời điểm có hiệu lực, không phải thời hạn thực hiện: ngày tính được là ngày hết khoảng thời gian trước khi có hiệu lực."
      : p["role"] === "validity"
        ? "Đây là thời hạn có giá trị (hiệu lực) của văn bản, giấy tờ: ngày tính được là ngày cuối cùng còn giá trị."
        : p["role"] === "minimum_notice"
          ? "Đây là thời gian tối thiểu (niêm yết, thông báo): ngày tính được là ngày sớm nhất được kết thúc."
          : "Đây là giới hạn gia hạn: ngày tính được là ngày muộn nhất nếu được gia hạn tối đa.",
  alternatives: (p) =>
    `Tính theo thời hạn chung; các trường hợp riêng (${Array.isArray(p["conditions"]) ? p["conditions"].map((c) => `"${String(c)}"`).join(", ") : ""}) có thời hạn khác, do kế hoạch chọn.`,
};

/** English text of each trace step. @internal */
export const traceEn: Table<TraceCode> = {
  anchor: (p) => `Start: ${p["text"] !== undefined ? `"${String(p["text"])}", ` : ""}${p["instant"] !== undefined ? formatInstant(p["instant"], "en") : ed(p["date"])}.`,
  cutoff_applied: (p) =>
    p["reason"] === "after_cutoff"
      ? `Received at ${String(p["time"])}, after the ${String(p["cutoff"])} cut-off: counted from the next working day, ${ed(p["to"])}.`
      : p["reason"] === "after_close"
        ? `Received at ${String(p["time"])}, after office hours (closing at ${String(p["cutoff"])}): handled on the next working day, ${ed(p["to"])}.`
        : `Received on a day off, ${ed(p["from"])}: counted from the next working day, ${ed(p["to"])}.`,
  start_excluded: (p) => `${ed(p["date"])} (the day of the event) is not counted; counting starts the next day.`,
  start_included: (p) =>
    p["policy"] === "lateReceiptCutoff"
      ? `${ed(p["date"])}, the first working day after the receipt, counts as the first day.`
      : `${ed(p["date"])} counts as the first day (policy excludeStartDay: false).`,
  counted: (p) => `Counted ${String(p["amount"])} ${pick(UNIT_EN, p["unit"])}: from ${ed(p["from"])} to ${ed(p["to"])}.`,
  skipped: (p) => `Skipped ${ed(p["date"])}: ${named(p, "en")}.`,
  makeup_counted: (p) => `Counted ${ed(p["date"])} as a working day: ${named(p, "en")}.`,
  calendar_added: (p) => `Added ${String(p["amount"])} ${pick(UNIT_EN, p["unit"])} to ${ed(p["from"])}: the corresponding day is ${ed(p["to"])}.`,
  years_from_year: (p) => `The start is a year (${String(p["year"])}): ${String(p["amount"])} whole years, to the end of ${String(Number(p["year"]) + Number(p["amount"]))}, ${ed(p["to"])}.`,
  month_clamped: (p) => `The final month has no corresponding day (${String(p["requested"])}): the period ends on its last day, ${ed(p["to"])}.`,
  rolled_forward: (p) =>
    `The last day ${ed(p["from"])} is ${named(p, "en")}: moved to the next working day, ${ed(p["to"])}${p["policy"] === "rollFixedDates" ? " (policy rollFixedDates)" : ""}.`,
  not_rolled: (p) =>
    p["policy"] === "rollBackward"
      ? `${ed(p["date"])} is ${named(p, "en")} but is not moved back (policy rollBackward: false).`
      : p["policy"] === "rollForward"
        ? `${ed(p["date"])} is ${named(p, "en")} but is not moved forward (policy rollForward: false).`
        : p["policy"] === "entry_into_force"
          ? `${ed(p["date"])} is ${named(p, "en")}; the day a text takes effect is fixed by the text, not the last day of a time limit to act by, so it is not moved to the next working day (Bộ luật Dân sự 2015 Điều 148.5 applies to time limits).`
        : `${ed(p["date"])} is ${named(p, "en")}; a named date is a point in time and is not moved to the next working day.`,
  rolled_back: (p) => `${ed(p["from"])} is ${named(p, "en")}: moved back to the previous working day, ${ed(p["to"])} (policy rollBackward).`,
  rolled_by_text: (p) =>
    `${ed(p["from"])} is ${named(p, "en")}: as the text says${p["clause"] === "" || p["clause"] === undefined ? "" : ` ("${String(p["clause"])}")`}, moved ${p["roll"] === "previous_working_day" ? "back to the previous" : "to the next"} working day, ${ed(p["to"])}.`,
  hours_counted: (p) => `Added ${String(p["hours"])} hour(s) to ${formatInstant(p["from"], "en")}: ends at ${formatInstant(p["to"], "en")}, no move off days off.`,
  working_hours_counted: (p) => `Added ${String(p["hours"])} office hour(s) to ${formatInstant(p["from"], "en")}: ends at ${formatInstant(p["to"], "en")}.`,
  office_hours_days: (p) => `${String(p["days"])} working day(s) counted as ${String(p["hours"])} office hours (8 a day; policy workingDays: "office_hours").`,
  named_date: (p) => `Due on ${ed(p["date"])}, that day included.`,
  before_date: (p) =>
    p["reading"] === "inclusive"
      ? `"Before ${ed(p["date"])}" read as "by ${ed(p["date"])}" (policy beforeDate: "inclusive").`
      : p["lastDay"] !== undefined
        ? `"Before ${ed(p["date"])}" means before its 00:00: the last day is ${ed(p["lastDay"])}.`
        : `Before the stated time on ${ed(p["date"])}.`,
  time_of_day: (p) => `Ends at ${String(p["time"])} on ${ed(p["date"])}.`,
  occurrence: (p) =>
    p["reason"] === "next_after_anchor"
      ? `Occurrence: the first one not yet ended at the start, ${ed(p["date"])}${p["frequency"] !== undefined ? ` (${pick(FREQ_EN, p["frequency"])})` : ""}.`
      : p["reason"] === "all_past"
        ? `Every occurrence ended before the start; the last one is taken, ${ed(p["date"])}.`
        : p["reason"] === "listed"
          ? `Occurrence of ${ed(p["date"])}${p["frequency"] !== undefined ? ` (${pick(FREQ_EN, p["frequency"])})` : ""}.`
          : `Occurrence: the first one, ${ed(p["date"])}${p["frequency"] !== undefined ? ` (${pick(FREQ_EN, p["frequency"])})` : ""}.`,
  period_end: (p) => `"Within" the period ${String(p["period"])} ends on its last day, ${ed(p["date"])}.`,
  counted_back: (p) => `Counted back ${String(p["amount"])} ${pick(UNIT_EN, p["unit"])} from ${p["reference"] !== undefined ? `"${String(p["reference"])}" ` : ""}(${ed(p["from"])}): ${ed(p["to"])}.`,
  hours_counted_back: (p) => `Counted back ${String(p["hours"])} hour(s) from ${p["reference"] !== undefined && p["reference"] !== "" ? `"${String(p["reference"])}" ` : ""}(${formatInstant(p["from"], "en")}): ends at ${formatInstant(p["to"], "en")}.`,
  urgency: (p) => `Urgency "${pick(LEVEL_EN, p["level"])}": ${String(p["amount"])} ${pick(UNIT_EN, p["unit"])} (a local convention; Decree 30/2020 sets no number).`,
  same_day: (p) =>
    p["nextWorkingDay"] === true
      ? `Handled the same day, ${ed(p["date"])}, at the latest the next working day, ${ed(p["lastDay"])}.`
      : `Handled the same day: ${ed(p["lastDay"])}.`,
  reporting_window: (p) =>
    `Data cut-off of the ${pick(FREQ_EN, p["frequency"])} report for ${String(p["period"])}: ${ed(p["from"])} to ${ed(p["to"])} (day ${String(p["fromDay"])} → day ${String(p["toDay"])}${p["source"] === "policy" ? ", from policy reportingWindow" : ""}).`,
  exception_applied: (p) => `Case "${pick(LEVEL_EN, p["urgency"])}": the exception's own time limit applies.`,
  waived: (p) => `Case "${pick(LEVEL_EN, p["urgency"])}": this time limit does not apply (waived).`,
  cap_applied: (p) => `At most ${String(p["amount"])} ${pick(UNIT_EN, p["unit"])}: ${ed(p["capLastDay"])} is earlier than ${ed(p["ruleLastDay"])}, the cap applies.`,
  cap_checked: (p) => `The cap of ${String(p["amount"])} ${pick(UNIT_EN, p["unit"])} (to ${ed(p["capLastDay"])}) is not earlier than ${ed(p["ruleLastDay"])}.`,
  end_of_day: (p) =>
    p["mode"] === "office_close" ? `Ends at the close of office hours (${String(p["time"])}) on ${ed(p["date"])}.` : `Ends at 24:00 on ${ed(p["date"])}.`,
  data_status: (p) =>
    `Depends on ${p["to"] !== undefined ? `the days ${ed(p["date"])} to ${ed(p["to"])} (${String(p["count"])} days)` : ed(p["date"])}${p["name"] !== undefined ? ` (${String(p["name"])})` : ""}, whose data is ${pick(STATUS_EN, p["status"])}: the result is provisional.`,
  role: (p) =>
    p["role"] === "entry_into_force"
      ? "This is an entry into force, not a deadline: the day computed ends the period before the text takes effect."
      : p["role"] === "validity"
        ? "This is a validity period: the day computed is the last day on which the document is valid."
        : p["role"] === "minimum_notice"
          ? "This is a minimum notice (posting, announcement): the day computed is the earliest on which it may end."
          : "This is an extension limit: the day computed is the latest one if the extension is granted in full.",
  alternatives: (p) =>
    `The general time limit is computed; the cases ${Array.isArray(p["conditions"]) ? p["conditions"].map((c) => `"${String(c)}"`).join(", ") : ""} have their own, chosen by the plan.`,
};

/** Vietnamese text of each rule note. @internal */
export const noteVi: Table<NoteCode> = {
  bare_day_unit: () => `"Ngày" không ghi "làm việc" được hiểu là ngày theo dương lịch (Bộ luật Dân sự 2015, Điều 145–147).`,
  month_end: (p) => `Không có ngày tương ứng${p["requested"] !== undefined ? ` (${String(p["requested"])})` : ""}: lấy ngày cuối cùng của tháng${p["result"] !== undefined ? `, ${vd(p["result"])}` : ""} (Điều 148 khoản 3).`,
  before_date_reading: (p) => `"Trước ngày X" có hai cách hiểu (trước X, hoặc chậm nhất là X); đang dùng: ${p["reading"] === "inclusive" ? "chậm nhất là X" : "trước X"}.`,
  fixed_date_non_working: (p) => `Ngày ấn định ${p["date"] !== undefined ? `${vd(p["date"])} ` : ""}không phải ngày làm việc; không tự chuyển sang ngày làm việc tiếp theo (chính sách rollFixedDates).`,
  local_convention: (p) => `Số liệu là quy ước của cơ quan${p["level"] !== undefined ? ` cho độ khẩn "${pick(LEVEL_VI, p["level"])}"` : ""}, không phải quy định của văn bản quy phạm.`,
  anchor_unbound: (p) => `Mốc tính${p["text"] !== undefined ? ` "${String(p["text"])}"` : ""} chưa được gắn với một loại sự kiện.`,
  time_excluded: (p) => `Thời hạn không tính khoảng thời gian ghi trong ngoặc${p["text"] !== undefined ? ` ("${String(p["text"])}")` : ""}: ngày tính ra chưa cộng thêm khoảng thời gian đó.`,
  planned: (p) => `Văn bản ghi${p["text"] !== undefined ? ` "${String(p["text"])}"` : " dự kiến"}: đây là ngày dự kiến, chưa phải thời hạn đã ấn định.`,
  postmark: () => `Tính theo dấu bưu điện: hồ sơ gửi qua bưu điện đúng hạn nếu ngày trên dấu bưu điện không muộn hơn ngày tính ra.`,
};

/** English text of each rule note. @internal */
export const noteEn: Table<NoteCode> = {
  bare_day_unit: () => `"Ngày" without "làm việc" is read as calendar days (Civil Code 2015, Art. 145–147).`,
  month_end: (p) => `No corresponding day${p["requested"] !== undefined ? ` (${String(p["requested"])})` : ""}: the last day of the month is taken${p["result"] !== undefined ? `, ${ed(p["result"])}` : ""} (Art. 148.3).`,
  before_date_reading: (p) => `"Trước ngày X" has two readings (before X, or by X); in use: ${p["reading"] === "inclusive" ? "by X" : "before X"}.`,
  fixed_date_non_working: (p) => `The named date ${p["date"] !== undefined ? `${ed(p["date"])} ` : ""}is not a working day; it is not moved to the next working day (policy rollFixedDates).`,
  local_convention: (p) => `The number is a local convention${p["level"] !== undefined ? ` for urgency "${pick(LEVEL_EN, p["level"])}"` : ""}, not set by a legal text.`,
  anchor_unbound: (p) => `The start${p["text"] !== undefined ? ` "${String(p["text"])}"` : ""} is not bound to an event type.`,
  time_excluded: (p) => `The time limit leaves out the time named in brackets${p["text"] !== undefined ? ` ("${String(p["text"])}")` : ""}: the day computed does not add that time.`,
  planned: (p) => `The text says${p["text"] !== undefined ? ` "${String(p["text"])}"` : " dự kiến"} (planned): the day is planned, not a limit already set.`,
  postmark: () => `By postmark: a file sent by post is on time if the date of its postmark is not later than the day computed.`,
};

const TRACE: Readonly<Record<Locale, Table<TraceCode>>> = { vi: traceVi, en: traceEn };
const NOTES: Readonly<Record<Locale, Table<NoteCode>>> = { vi: noteVi, en: noteEn };

/** The entry of a table for a code, own entries only (never `__proto__`, `valueOf` …). */
function own(table: object, code: unknown): ((p: Params) => string) | undefined {
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(table, code) ? (table as Readonly<Record<string, (p: Params) => string>>)[code] : undefined;
}

/** The text of one trace step, with its legal basis. @internal */
export function traceText(step: TraceStep, locale: Locale): string {
  const fn = own(TRACE[locale], step.code);
  const params = clipParams(step.params ?? {});
  const body = fn !== undefined ? fn(params) : `${text(step.code)} ${show(params)}`;
  if (step.basis === undefined) return body;
  const basis = step.basis as { doc?: unknown; article?: unknown } | null;
  if (basis === null || typeof basis !== "object") return body;
  const where = [basis.doc, basis.article].filter((x) => x !== undefined && x !== "").map(text).join(", ");
  return `${body} ${locale === "vi" ? "Căn cứ" : "Basis"}: ${where}.`;
}

/** The text of one rule note. @internal */
export function noteText(note: RuleNote, locale: Locale): string {
  const fn = own(NOTES[locale], note.code);
  return fn !== undefined ? fn(clipParams(note.params ?? {})) : text(note.code);
}
