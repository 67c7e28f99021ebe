/**
 * The open deadlines of an evaluation as an iCalendar file that Outlook and Google Calendar import:
 * one VEVENT per finding not yet done (open or overdue), all-day on its last day, or timed at the
 * instant it becomes late for hour-based deadlines, in Asia/Ho_Chi_Minh; an alarm the day before;
 * the reason and the explanation in DESCRIPTION; a UID made from the plan and the occurrence key,
 * so that importing a newer export updates the events instead of duplicating them.
 * @module
 * @see RFC 5545 §3.6.1, §3.6.6, §3.8.4.7 (UID)
 */
import { addDays } from "../day/dayNumber.js";
import type { Evaluation, Finding } from "../engine/types.js";
import type { ReportContext } from "./context.js";
import { STATUS_WORD } from "./labels.js";
import { escapeText, icsCalendar, icsDate, icsLocalDateTime, icsUtcDateTime, stableUid, VIETNAM_TZID, VIETNAM_VTIMEZONE } from "./icalendar.js";
import { whyFinding } from "./why.js";

/** Whether a finding is an open deadline worth a calendar entry. */
export function isOpenDeadline(f: Finding): boolean {
  return (f.status === "open" || f.status === "overdue") && f.lastDay !== null && f.endsAt !== null;
}

function vevent(f: Finding, plan: string, c: ReportContext): string[] {
  const lastDay = f.lastDay as string;
  const endsAt = f.endsAt as string;
  // Day-based deadlines end at 24:00 of the last day (the next day's 00:00): an all-day event.
  // Others are a moment (DTSTART without DTEND: RFC 5545 §3.6.1) at the first late instant.
  const allDay = endsAt.slice(11, 19) === "00:00:00" && endsAt.slice(0, 10) === addDays(lastDay, 1);
  const owner = c.unitName(f.owner);
  const summary = `[${f.obligation}] ${f.title}${owner === "" ? "" : ` — ${owner}`}${f.status === "overdue" ? ` (${STATUS_WORD[c.locale].overdue})` : ""}`;
  const description = [whyFinding(f, c.locale, c.asOf), "", ...f.explanation[c.locale], "", `${c.locale === "vi" ? "Mã" : "Key"}: ${f.key}`].join("\n");
  const alarm = c.locale === "vi" ? `Ngày mai hết hạn: ${f.title}` : `Due tomorrow: ${f.title}`;
  return [
    "BEGIN:VEVENT",
    `UID:${stableUid([plan, f.key], "thoihan")}`,
    `DTSTAMP:${icsUtcDateTime(c.asOf)}`,
    ...(allDay
      ? [`DTSTART;VALUE=DATE:${icsDate(lastDay)}`, `DTEND;VALUE=DATE:${icsDate(addDays(lastDay, 1))}`]
      : [`DTSTART;TZID=${VIETNAM_TZID}:${icsLocalDateTime(endsAt)}`]),
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `CATEGORIES:${escapeText(f.obligation)}`,
    "TRANSP:TRANSPARENT",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${escapeText(alarm)}`,
    "TRIGGER;RELATED=START:-P1D",
    "END:VALARM",
    "END:VEVENT",
  ];
}

/** @internal */
export function evaluationIcs(evaluation: Evaluation, c: ReportContext): string {
  const events = evaluation.findings.filter(isOpenDeadline).flatMap((f) => vevent(f, evaluation.plan, c));
  const name = c.locale === "vi" ? `Thời hạn: ${c.title}` : `Deadlines: ${c.title}`;
  return icsCalendar(name, [...VIETNAM_VTIMEZONE, ...events]);
}
