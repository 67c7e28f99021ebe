/**
 * Texts of the evaluation engine's steps (bước đánh giá) and of finding statuses, in Vietnamese
 * and English. Exhaustive tables keyed by code, as `messages/trace.ts`.
 * @internal
 * @module
 */
import type { Locale } from "./index.js";
import { formatDate, formatInstant } from "./trace.js";

type Params = Readonly<Record<string, unknown>>;

/** Codes of the engine's explanation steps. @internal */
export type EngineStepCode =
  | "opened"
  | "derived_from"
  | "clock_not_started"
  | "clock_started"
  | "deadline_from_event"
  | "capped"
  | "otherwise"
  | "undated"
  | "deadline_error"
  | "paused"
  | "resumed"
  | "still_paused"
  | "restarted"
  | "extended"
  | "extension_after_deadline"
  | "extension_recorded"
  | "completed"
  | "cancelled"
  | "quota_period"
  | "target_waived";

type Table = { readonly [K in EngineStepCode]: (p: Params) => string };

const s = (v: unknown): string => (typeof v === "string" ? v : String(v ?? ""));

const vi: Table = {
  opened: (p) => `Phát sinh từ sự kiện "${s(p["event"])}" lúc ${formatInstant(p["at"], "vi")}.`,
  derived_from: (p) => `Phát sinh từ kết quả của "${s(p["source"])}" (${s(p["on"]) === "late" ? "bị chậm trễ" : "hoàn thành"}) lúc ${formatInstant(p["at"], "vi")}.`,
  clock_not_started: (p) => `Chưa bắt đầu tính thời hạn: chưa có sự kiện ${s(p["types"])}.`,
  clock_started: (p) => `Bắt đầu tính thời hạn từ sự kiện "${s(p["event"])}" lúc ${formatInstant(p["at"], "vi")}.`,
  deadline_from_event: (p) => `Thời hạn ghi trong sự kiện "${s(p["event"])}": hết hạn lúc ${formatInstant(p["endsAt"], "vi")}.`,
  capped: (p) => `Sự kiện "${s(p["event"])}" không ghi thời hạn: áp dụng thời hạn tối đa của kế hoạch.`,
  otherwise: (p) => `Sự kiện "${s(p["event"])}" không ghi thời hạn: áp dụng thời hạn của kế hoạch.`,
  undated: () => `Không có thời hạn: không đánh giá, thống kê riêng.`,
  deadline_error: (p) => `Không tính được thời hạn: ${s(p["message"])}.`,
  paused: (p) => `Tạm dừng tính thời hạn từ ${formatInstant(p["at"], "vi")} (sự kiện "${s(p["event"])}").`,
  resumed: (p) => `Tiếp tục tính thời hạn từ ${formatInstant(p["at"], "vi")}; thời hạn lùi ${s(p["amount"])} ${unitVi(p["unit"])}, nay là ${formatDate(p["lastDay"], "vi")}.`,
  still_paused: (p) => `Đang tạm dừng từ ${formatInstant(p["at"], "vi")}: không bị coi là quá hạn.`,
  restarted: (p) => `Tính lại thời hạn từ đầu từ ${formatInstant(p["at"], "vi")} (sự kiện "${s(p["event"])}", NĐ 61/2018 Đ.19.4); hạn mới ${formatDate(p["lastDay"], "vi")}.`,
  extended: (p) => `Gia hạn (sự kiện "${s(p["event"])}"): từ ${formatDate(p["from"], "vi")} đến ${formatDate(p["to"], "vi")}.`,
  extension_after_deadline: (p) => `Lưu ý: gia hạn lúc ${formatInstant(p["at"], "vi")}, sau khi đã hết hạn.`,
  extension_recorded: (p) => `Gia hạn đến ${formatDate(p["to"], "vi")} được ghi nhận nhưng đánh giá theo thời hạn ban đầu.`,
  completed: (p) => `Hoàn thành lúc ${formatInstant(p["at"], "vi")} (sự kiện "${s(p["event"])}").`,
  cancelled: (p) => `Kết thúc (hủy) lúc ${formatInstant(p["at"], "vi")} (sự kiện "${s(p["event"])}").`,
  quota_period: (p) => `Kỳ ${s(p["period"])}: cần tối thiểu ${s(p["min"])}, có ${s(p["count"])}; kỳ kết thúc ngày ${formatDate(p["lastDay"], "vi")}.`,
  target_waived: (p) => `Không áp dụng mục tiêu nội bộ cho mức độ khẩn "${s(p["urgency"])}".`,
};

const en: Table = {
  opened: (p) => `Opened by event "${s(p["event"])}" at ${formatInstant(p["at"], "en")}.`,
  derived_from: (p) => `Opened by the outcome of "${s(p["source"])}" (${s(p["on"]) === "late" ? "became late" : "completed"}) at ${formatInstant(p["at"], "en")}.`,
  clock_not_started: (p) => `The clock has not started: no ${s(p["types"])} event yet.`,
  clock_started: (p) => `Clock started by event "${s(p["event"])}" at ${formatInstant(p["at"], "en")}.`,
  deadline_from_event: (p) => `Deadline stated by event "${s(p["event"])}": late from ${formatInstant(p["endsAt"], "en")}.`,
  capped: (p) => `Event "${s(p["event"])}" states no deadline: the plan's cap applies.`,
  otherwise: (p) => `Event "${s(p["event"])}" states no deadline: the plan's deadline applies.`,
  undated: () => `No deadline: not judged, counted apart.`,
  deadline_error: (p) => `The deadline could not be computed: ${s(p["message"])}.`,
  paused: (p) => `Clock paused at ${formatInstant(p["at"], "en")} (event "${s(p["event"])}").`,
  resumed: (p) => `Clock resumed at ${formatInstant(p["at"], "en")}; deadline moved by ${s(p["amount"])} ${unitEn(p["unit"])}, now ${formatDate(p["lastDay"], "en")}.`,
  still_paused: (p) => `Paused since ${formatInstant(p["at"], "en")}: never overdue while paused.`,
  restarted: (p) => `Clock restarted from zero at ${formatInstant(p["at"], "en")} (event "${s(p["event"])}", NĐ 61/2018 Art. 19.4); new last day ${formatDate(p["lastDay"], "en")}.`,
  extended: (p) => `Extended (event "${s(p["event"])}"): from ${formatDate(p["from"], "en")} to ${formatDate(p["to"], "en")}.`,
  extension_after_deadline: (p) => `Note: extension granted at ${formatInstant(p["at"], "en")}, after the deadline had passed.`,
  extension_recorded: (p) => `Extension to ${formatDate(p["to"], "en")} recorded, but judged against the original deadline.`,
  completed: (p) => `Completed at ${formatInstant(p["at"], "en")} (event "${s(p["event"])}").`,
  cancelled: (p) => `Cancelled at ${formatInstant(p["at"], "en")} (event "${s(p["event"])}").`,
  quota_period: (p) => `Period ${s(p["period"])}: at least ${s(p["min"])} required, ${s(p["count"])} counted; the period ends on ${formatDate(p["lastDay"], "en")}.`,
  target_waived: (p) => `The internal target does not apply to urgency "${s(p["urgency"])}".`,
};

function unitVi(u: unknown): string {
  return u === "working_day" ? "ngày làm việc" : u === "hour" ? "giờ" : u === "working_hour" ? "giờ làm việc" : "ngày";
}
function unitEn(u: unknown): string {
  return u === "working_day" ? "working day(s)" : u === "hour" ? "hour(s)" : u === "working_hour" ? "office hour(s)" : "day(s)";
}

/** One engine step as text. @internal */
export function engineStepText(code: EngineStepCode, params: Params, locale: Locale): string {
  return (locale === "en" ? en : vi)[code](params);
}

/** Status labels for tables (REPL, console.table). @internal */
export const STATUS_LABEL: { readonly [L in Locale]: Readonly<Record<string, string>> } = {
  vi: { on_time: "đúng hạn", late: "quá hạn (đã xong)", overdue: "quá hạn", open: "trong hạn", cancelled: "đã hủy", undated: "không thời hạn", early: "sớm hạn" },
  en: { on_time: "on time", late: "late", overdue: "overdue", open: "open", cancelled: "cancelled", undated: "undated", early: "early" },
};
