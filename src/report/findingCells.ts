/**
 * A finding as the cells of the text and Markdown tables: task, owner's short name, key (without
 * the task's prefix), status word, the early flag in its own column, last day, done at, lateness.
 * @module
 */
import type { Finding } from "../engine/types.js";
import type { ReportContext } from "./context.js";
import { shortDate, shortInstant } from "./dates.js";
import { STATUS_WORD } from "./labels.js";

/** Headers of {@link findingCells}. */
export const FINDING_HEAD = {
  vi: ["Nhiệm vụ", "Chủ trì", "Lần phát sinh", "Trạng thái", "Sớm hạn", "Hạn cuối", "Hoàn thành", "Trễ (ngày / ngày LV)"],
  en: ["Task", "Owner", "Occurrence", "Status", "Early", "Last day", "Done at", "Late (days / working days)"],
} as const;

/** The cells of one finding. */
export function findingCells(f: Finding, c: ReportContext): string[] {
  const key = f.key.startsWith(`${f.obligation}:`) ? f.key.slice(f.obligation.length + 1) : f.key;
  const late = f.status === "late" || f.status === "overdue" ? `${f.daysLate} / ${f.workingDaysLate}` : "";
  return [f.obligation, c.unitName(f.owner, true), key, STATUS_WORD[c.locale][f.status], f.early ? "✓" : "", shortDate(f.lastDay, c.locale), shortInstant(f.doneAt, c.locale), late];
}
