/**
 * The words of reports (nhãn báo cáo) in Vietnamese and English: status words, column headers,
 * kinds of days, weekdays. Exhaustive tables: a new status or day kind is a compile error here.
 * @module
 */
import type { DayKind } from "../calendar/types.js";
import type { EventRole, FindingStatus, IgnoreReason, TargetStatus } from "../engine/types.js";
import type { Locale } from "../errors.js";

/**
 * Status words (trạng thái) as offices write them: a task done after its deadline is "trễ hạn",
 * one not yet done after it "quá hạn".
 *
 * @example
 * STATUS_WORD.vi.late    //=> "trễ hạn"
 * STATUS_WORD.vi.overdue //=> "quá hạn"
 * STATUS_WORD.en.on_time //=> "on time"
 * @remarks Since 0.2.0
 */
export const STATUS_WORD: { readonly [L in Locale]: { readonly [S in FindingStatus]: string } } = {
  vi: { on_time: "đúng hạn", late: "trễ hạn", overdue: "quá hạn", open: "trong hạn", cancelled: "đã hủy", undated: "không thời hạn" },
  en: { on_time: "on time", late: "late", overdue: "overdue", open: "open", cancelled: "cancelled", undated: "undated" },
};

/** Words of an internal target's state. */
export const TARGET_WORD: { readonly [L in Locale]: { readonly [S in TargetStatus]: string } } = {
  vi: { met: "đạt", missed: "không đạt", waived: "miễn", pending: "chưa đến" },
  en: { met: "met", missed: "missed", waived: "waived", pending: "pending" },
};

/** Why an event was not used, in words (the accounting of events). */
export const IGNORE_WORD: { readonly [L in Locale]: { readonly [R in IgnoreReason]: string } } = {
  vi: {
    invalid: "không hợp lệ",
    duplicate_id: "trùng mã",
    after_as_of: "sau thời điểm đánh giá",
    unknown_type: "loại không có trong kế hoạch",
    filtered_out: "không khớp điều kiện lọc",
    no_matching_occurrence: "không có việc tương ứng",
    duplicate_trigger: "việc đã phát sinh",
    already_completed: "việc đã hoàn thành",
    occurrence_closed: "việc đã đóng",
    already_started: "đã bắt đầu tính hạn",
    already_paused: "đang tạm dừng",
    not_paused: "không đang tạm dừng",
    extension_limit: "quá số lần gia hạn",
    extension_not_later: "gia hạn không muộn hơn",
    extension_without_deadline: "gia hạn không ghi thời hạn",
  },
  en: {
    invalid: "invalid",
    duplicate_id: "duplicate id",
    after_as_of: "after the evaluation instant",
    unknown_type: "type not in the plan",
    filtered_out: "filtered out",
    no_matching_occurrence: "no matching occurrence",
    duplicate_trigger: "occurrence already opened",
    already_completed: "already completed",
    occurrence_closed: "occurrence closed",
    already_started: "clock already started",
    already_paused: "already paused",
    not_paused: "not paused",
    extension_limit: "extension limit reached",
    extension_not_later: "extension not later",
    extension_without_deadline: "extension without a deadline",
  },
};

/** What an event was used for, in words. */
export const ROLE_WORD: { readonly [L in Locale]: { readonly [R in EventRole]: string } } = {
  vi: { trigger: "phát sinh", anchor: "mốc tính", completion: "hoàn thành", extension: "gia hạn", pause: "tạm dừng", resume: "tiếp tục", restart: "tính lại", cancel: "hủy", quota: "tính định mức" },
  en: { trigger: "trigger", anchor: "anchor", completion: "completion", extension: "extension", pause: "pause", resume: "resume", restart: "restart", cancel: "cancel", quota: "quota count" },
};

/** Words of the kinds of days of a calendar. */
export const DAY_KIND_WORD: { readonly [L in Locale]: { readonly [K in DayKind]: string } } = {
  vi: {
    weekday: "ngày làm việc",
    weekend: "nghỉ hằng tuần",
    holiday: "nghỉ lễ, tết",
    compensatory_off: "nghỉ bù",
    swapped_off: "nghỉ hoán đổi",
    makeup_workday: "làm bù",
    closure: "nghỉ riêng",
    extra_workday: "làm thêm",
  },
  en: {
    weekday: "working day",
    weekend: "weekly rest",
    holiday: "public holiday",
    compensatory_off: "compensatory day off",
    swapped_off: "swapped day off",
    makeup_workday: "make-up working day",
    closure: "closure",
    extra_workday: "extra working day",
  },
};

/** Weekday names, index 1 = Monday … 7 = Sunday. */
export const WEEKDAY_WORD: { readonly [L in Locale]: readonly string[] } = {
  vi: ["", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"],
  en: ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
};

/** Other words of reports. */
export const REPORT_WORD = {
  vi: {
    evaluation: "Đánh giá kế hoạch",
    asOf: "Tính đến",
    counts: "Số việc theo trạng thái",
    early: "sớm hạn",
    total: "tổng",
    findings: "KẾT QUẢ",
    byUnit: "TỔNG HỢP THEO ĐƠN VỊ CHỦ TRÌ",
    byObligation: "TỔNG HỢP THEO NHIỆM VỤ",
    accounting: (input: number, used: number, ignored: number): string =>
      `Sự kiện: ${input} = ${used} đã dùng + ${ignored} không dùng (có lý do).`,
    none: "Không có kết quả nào.",
    used: "đã dùng",
    notUsed: "không dùng",
    daysOff: (year: number, calendar: string): string => `Ngày nghỉ và ngày làm bù năm ${year} (lịch ${calendar})`,
    lunar: "ÂL",
    yes: "có",
    no: "",
  },
  en: {
    evaluation: "Evaluation of plan",
    asOf: "As of",
    counts: "Findings by status",
    early: "early",
    total: "total",
    findings: "FINDINGS",
    byUnit: "SUMMARY BY OWNER UNIT",
    byObligation: "SUMMARY BY TASK",
    accounting: (input: number, used: number, ignored: number): string =>
      `Events: ${input} = ${used} used + ${ignored} not used (with a reason).`,
    none: "No findings.",
    used: "used",
    notUsed: "not used",
    daysOff: (year: number, calendar: string): string => `Days off and make-up working days of ${year} (calendar ${calendar})`,
    lunar: "lunar",
    yes: "yes",
    no: "",
  },
} as const;

/** Headers of the per-unit and per-task summaries. */
export const SUMMARY_HEAD: { readonly [L in Locale]: readonly string[] } = {
  vi: ["", "Tổng", "Sớm hạn", "Đúng hạn", "Trễ hạn", "Quá hạn", "Trong hạn", "Không thời hạn", "Đã hủy", "Tỷ lệ đúng hạn"],
  en: ["", "Total", "Early", "On time", "Late", "Overdue", "Open", "Undated", "Cancelled", "On-time rate"],
};
