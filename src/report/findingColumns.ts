/**
 * The columns of a finding in flat reports (CSV): every field an analyst filters on, with its
 * header in Vietnamese and English. Adding a column is one entry here.
 * @module
 */
import type { Finding } from "../engine/types.js";
import type { ReportContext } from "./context.js";
import { STATUS_WORD, TARGET_WORD } from "./labels.js";
import { whyFinding } from "./why.js";

/** One column: its headers and how a finding fills it. */
export interface FindingColumn {
  readonly vi: string;
  readonly en: string;
  readonly value: (finding: Finding, context: ReportContext) => string | number | boolean | null;
}

const local = (instant: string | null): string | null => (instant === null ? null : instant.slice(0, 19).replace("T", " "));

/** The columns, in order. Dates are ISO (`YYYY-MM-DD`), instants local time `YYYY-MM-DD HH:mm:ss` (UTC+7), so that spreadsheets sort them. */
export const FINDING_COLUMNS: readonly FindingColumn[] = Object.freeze([
  { vi: "Nhiệm vụ", en: "Task", value: (f) => f.obligation },
  { vi: "Tên nhiệm vụ", en: "Task title", value: (f) => f.title },
  { vi: "Mã lần phát sinh", en: "Occurrence key", value: (f) => f.key },
  { vi: "Loại", en: "Kind", value: (f) => f.kind },
  { vi: "Đơn vị chủ trì", en: "Owner unit", value: (f, c) => c.unitName(f.owner) },
  { vi: "Mã đơn vị", en: "Unit id", value: (f) => f.owner },
  { vi: "Đơn vị phối hợp", en: "Co-operating units", value: (f, c) => f.cooperating.map((u) => c.unitName(u)).join("; ") },
  { vi: "Đối tượng", en: "Subject", value: (f) => f.subject },
  { vi: "Kỳ", en: "Period", value: (f) => f.period },
  { vi: "Trạng thái", en: "Status", value: (f, c) => STATUS_WORD[c.locale][f.status] },
  { vi: "Mã trạng thái", en: "Status code", value: (f) => f.status },
  { vi: "Sớm hạn", en: "Early", value: (f) => f.early },
  { vi: "Hạn cuối", en: "Last day", value: (f) => f.lastDay },
  { vi: "Hết hạn lúc", en: "Late from", value: (f) => local(f.endsAt) },
  { vi: "Hạn ban đầu", en: "Original last day", value: (f) => f.originalLastDay },
  { vi: "Hoàn thành lúc", en: "Done at", value: (f) => local(f.doneAt) },
  { vi: "Số ngày trễ", en: "Days late", value: (f) => f.daysLate },
  { vi: "Số ngày làm việc trễ", en: "Working days late", value: (f) => f.workingDaysLate },
  { vi: "Mục tiêu nội bộ", en: "Internal target", value: (f, c) => (f.target === null ? null : TARGET_WORD[c.locale][f.target.status]) },
  { vi: "Hạn mục tiêu", en: "Target last day", value: (f) => f.target?.lastDay ?? null },
  { vi: "Sắp đến hạn", en: "Due soon", value: (f) => f.dueSoon },
  { vi: "Tạm tính", en: "Provisional", value: (f) => f.provisional },
  { vi: "Tạm dừng", en: "Paused", value: (f) => f.paused },
  { vi: "Độ khẩn", en: "Urgency", value: (f) => f.urgency },
  { vi: "Số lần gia hạn", en: "Extensions", value: (f) => f.extensions },
  { vi: "Sự kiện phát sinh", en: "Trigger event", value: (f) => f.triggerEvent },
  { vi: "Sự kiện hoàn thành", en: "Completion event", value: (f) => f.doneEvent },
  { vi: "Điểm bị trừ", en: "Points deducted", value: (f) => (f.deductions.length === 0 ? null : Math.round(f.deductions.reduce((s, d) => s + d.points * 100, 0)) / 100) },
  { vi: "Lý do", en: "Why", value: (f, c) => whyFinding(f, c.locale, c.asOf) },
] satisfies FindingColumn[]);
