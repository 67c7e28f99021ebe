/** Vietnamese text of every issue code (tiếng Việt). @internal */
import type { MessageTable } from "./index.js";
import { show, text } from "./index.js";
import { reasonText } from "./reasons.js";
import { typeNameVi } from "./typeNames.js";

const list = (v: unknown): string => (Array.isArray(v) ? v.map((x) => text(x)).join(", ") : text(v ?? ""));

const quoted = (v: unknown): string[] => (Array.isArray(v) ? v : [v]).map((x) => `"${text(x)}"`);

/** ": 3 lỗi" from a `problems` count, else ": reason" when one is given. */
const problems = (p: Readonly<Record<string, unknown>>): string =>
  typeof p["problems"] === "number" ? `: ${text(p["problems"])} lỗi` : p["reason"] ? `: ${reasonText(p, "vi")}` : "";

/** Type names and descriptions in Vietnamese (`typeNames.ts`); identifiers are shown as given. */
const typeName = (v: unknown): string => typeNameVi(v, text);

/** What a value should be: the reason when one is given, else the expected values. */
const expected = (p: Readonly<Record<string, unknown>>): string =>
  p["reason"] ? `: ${reasonText(p, "vi")}` : p["expected"] ? `: cần ${typeName(p["expected"])}` : "";

/** What a reference or a cycle is between (`unknown_reference`, `reference_cycle`), in Vietnamese; other kinds as given. */
const KINDS_VI: Readonly<Record<string, string>> = { obligation: "nghĩa vụ", unit: "đơn vị", source: "nguồn", "external criterion": "tiêu chí chấm ngoài" };
const kind = (v: unknown): string => (typeof v === "string" && Object.prototype.hasOwnProperty.call(KINDS_VI, v) ? (KINDS_VI[v] as string) : text(v));

/** @internal */
export const vi: MessageTable = {
  invalid_type: (p) => `Sai kiểu dữ liệu: cần ${typeName(p["expected"])}, nhận được ${typeName(p["received"])}.`,
  invalid_value: (p) => `Giá trị không hợp lệ${p["value"] === undefined ? "" : ` ${show(p["value"])}`}${expected(p)}.`,
  invalid_option: (p) =>
    typeof p["problems"] === "number"
      ? `Tùy chọn "${text(p["name"])}" không hợp lệ${problems(p)}.`
      : `Tùy chọn "${text(p["name"])}" không hợp lệ: ${show(p["value"])}${p["expected"] ? ` (cần ${typeName(p["expected"])})` : ""}.`,
  invalid_amount: (p) => `Số lượng ${show(p["value"])} không hợp lệ: cần một số ${p["integer"] === false ? "hữu hạn" : "nguyên"}${p["min"] === undefined ? "" : ` ≥ ${text(p["min"])}`}${p["max"] === undefined ? "" : ` ≤ ${text(p["max"])}`}.`,
  invalid_date: (p) => `Ngày ${show(p["value"])} không hợp lệ: cần một ngày có thật, viết theo dạng YYYY-MM-DD.`,
  invalid_instant: (p) => `Thời điểm ${show(p["value"])} không hợp lệ: cần dạng ISO 8601, ví dụ "2024-01-09T14:00:00+07:00".`,
  invalid_time: (p) => `Giờ ${show(p["value"])} không hợp lệ: cần dạng HH:mm từ 00:00 đến 24:00.`,
  invalid_rule: (p) => `Quy tắc thời hạn không hợp lệ${problems(p)}.`,
  missing_context: (p) => `Thiếu "${text(p["name"])}" để tính thời hạn${p["rule"] ? ` (${text(p["rule"])})` : ""}.`,
  date_out_of_range: (p) => `Ngày ${show(p["value"])} nằm ngoài phạm vi hỗ trợ ${text(p["min"] ?? "1900-01-01")} … ${text(p["max"] ?? "2199-12-31")}.`,
  calendar_year_not_covered: (p) =>
    `Năm ${text(p["year"])} chưa có lịch nghỉ chính thức (ngày ${text(p["date"] ?? "")} có trạng thái "${text(p["status"] ?? "projected")}"). Bỏ tùy chọn { require: "decided" } để dùng lịch dự kiến, hoặc bổ sung văn bản của năm đó (docs/updating-schedules.md).`,
  invalid_office_hours: (p) => `Giờ hành chính không hợp lệ${problems(p)}.`,
  office_hours_missing: () => `Lịch làm việc này chưa khai báo giờ hành chính; dùng createCalendar({ officeHours }) để thêm.`,
  lunar_date_invalid: (p) => `Ngày âm lịch ${text(p["day"])}/${text(p["month"])}${p["leap"] ? " (nhuận)" : ""}/${text(p["year"])} không tồn tại${p["reason"] ? `: ${text(p["reason"])}` : ""}.`,
  lunar_leap_month_absent: (p) => `Năm âm lịch ${text(p["year"])} không có tháng ${text(p["month"])} nhuận${p["leapMonth"] ? ` (tháng nhuận là tháng ${text(p["leapMonth"])})` : " (năm không nhuận)"}.`,
  month_overflow: (p) => `Cộng ${text(p["months"])} tháng từ ${text(p["from"])} rơi vào ngày không tồn tại (chính sách monthOverflow: "error").`,
  rrule_invalid: (p) => `Chuỗi RRULE không hợp lệ: ${show(p["value"])}${p["reason"] ? ` (${reasonText(p, "vi")})` : ""}.`,
  phrase_empty: () => `Cụm từ thời hạn trống.`,
  phrase_too_long: (p) => `Cụm từ thời hạn quá dài (${text(p["length"])} ký tự, tối đa ${text(p["max"])}).`,
  phrase_unrecognized_token: (p) =>
    `Không hiểu từ ${show(p["token"])} tại vị trí ${text(p["index"])} trong "${text(p["text"])}"${p["expected"] ? `; cần: ${list(p["expected"])}` : ""}.`,
  phrase_unexpected_end: (p) => `Cụm từ "${text(p["text"])}" kết thúc sớm${p["expected"] ? `; còn thiếu: ${list(p["expected"])}` : ""}.`,
  phrase_quota: (p) =>
    `"${text(p["text"])}" là một định mức (ví dụ "tối thiểu 1 ngày 1 văn bản"), không phải một thời hạn; dùng parseQuota để đọc.`,
  phrase_not_deadline: (p) =>
    `"${text(p["text"])}" không nêu một thời hạn (từ ${show(p["token"])} tại vị trí ${text(p["index"])}: thời điểm sớm nhất hoặc việc thường xuyên); mô hình hóa bằng sự kiện hoặc nghĩa vụ không hạn.`,
  phrase_period_unspecified: (p) =>
    `"${text(p["text"])}" gắn với kỳ báo cáo nhưng không nêu kỳ (tháng, quý, 6 tháng, năm) tại vị trí ${text(p["index"])}; thêm "định kỳ hằng quý, …" hoặc "… hằng tháng".`,
  phrase_unsupported: (p) => `Cụm từ "${text(p["text"])}" có cách viết chưa đọc được thành thời hạn tại vị trí ${text(p["index"])}: ${reasonText(p, "vi")}.`,
  phrase_contradiction: (p) => `Cụm từ "${text(p["text"])}" mâu thuẫn tại vị trí ${text(p["index"])}: ${reasonText(p, "vi")}.`,
  invalid_plan: (p) => `Kế hoạch không hợp lệ${problems(p)}.`,
  invalid_event: (p) => `Sự kiện không hợp lệ${problems(p)}.`,
  unknown_key: (p) => `Khóa không được hỗ trợ: "${text(p["key"])}"${p["suggestion"] ? `; có phải ý bạn là "${text(p["suggestion"])}"?` : "."}`,
  unknown_reference: (p) => `Tham chiếu không tồn tại: ${kind(p["kind"] ?? "")} "${text(p["id"])}".`,
  duplicate_id: (p) => `Mã bị trùng: "${text(p["id"])}".`,
  missing_required: (p) => `Thiếu trường bắt buộc "${text(p["name"])}".`,
  conflicting_keys: (p) => `Không dùng cùng lúc các khóa ${quoted(p["keys"]).join(", ")}.`,
  invalid_criterion: (p) => `Tiêu chí${p["id"] === undefined ? "" : ` "${text(p["id"])}"`} không hợp lệ: ${reasonText(p, "vi")}.`,
  reference_cycle: (p) => `Tham chiếu vòng tròn giữa các ${kind(p["kind"] ?? "mục")}: ${list(p["ids"]).replace(/, /g, " → ")}.`,
};
