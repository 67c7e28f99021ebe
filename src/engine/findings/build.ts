/** The finding of an occurrence: its status as of `asOf`, lateness, target, and its row's status and flags for the summary. */
import { MAX_DAY, MIN_DAY, type DayNumber } from "../../day/dayNumber.js";
import { civilDay, deadlineFor, instant, iso, workingHoursBetween } from "../compile.js";
import { atOf, type Occ, type Run } from "../occurrences/index.js";
import type { Finding, FindingNote, FindingStatus, FindingTarget } from "../types.js";
import { explanation } from "./explain.js";

/** Makes the finding of an occurrence whose events have all been applied, and records its status and flags in the table. */
export function finish(run: Run, occ: Occ): Finding {
  const cob = occ.cob;
  const { asOfMs, asOfDay } = run.opts;
  const days = run.calendar.days;
  // the numeric state, read once from the columns (NaN: none)
  const col = run.occs;
  const i = occ.i;
  const cancelledMs = col.cancelledMs[i] as number;
  const doneMs = col.doneMs[i] as number;
  const pausedAt = col.pausedAt[i] as number;
  const endsMs = col.endsMs[i] as number;
  const lastDayNum = col.lastDay[i] as number;
  const cancelled = cancelledMs === cancelledMs;
  const done = doneMs === doneMs;
  const paused = pausedAt === pausedAt;
  const dated = lastDayNum === lastDayNum;
  let status: FindingStatus;
  if (cancelled) status = "cancelled";
  else if (!dated) status = "undated";
  else if (done) status = doneMs < endsMs ? "on_time" : "late";
  else if (paused) status = "open";
  else status = asOfMs >= endsMs ? "overdue" : "open";
  if (status === "undated" && occ.errorMessage === null && (occ.steps === null || !occ.steps.some((s) => s.code === "undated" || s.code === "clock_not_started"))) {
    if (occ.anchorMs === null && cob.anchorTypes.length > 0 && !cancelled) occ.step("clock_not_started", { types: cob.anchorTypes.join(", ") });
    else occ.step("undated", {});
  }
  if (paused && !done && !cancelled) {
    occ.note("paused", { since: instant(pausedAt) });
    occ.step("still_paused", { at: pausedAt });
  }
  const doneEvent = col.doneEvent[i] as number;
  const doneId = doneEvent < 0 ? null : (occ.doneId ?? run.id(doneEvent));
  if (done && doneId !== null && occ.steps !== null) occ.step("completed", { event: doneId, at: doneMs });
  const early = status === "on_time" && dated && civilDay(doneMs) < lastDayNum;
  let daysLate = 0;
  let workingDaysLate = 0;
  let officeHoursLate: number | null = null;
  const hourly = cob.clock === "hour" || cob.clock === "working_hour";
  if ((status === "late" || status === "overdue") && dated) {
    const refMs = status === "late" ? doneMs : asOfMs;
    const refDay = status === "late" ? civilDay(refMs) : asOfDay;
    daysLate = Math.max(0, refDay - lastDayNum);
    workingDaysLate = refDay > lastDayNum && lastDayNum >= MIN_DAY && refDay <= MAX_DAY ? days.count(lastDayNum as DayNumber, refDay as DayNumber) : 0;
    if (hourly && run.calendar.officeHours !== undefined) {
      officeHoursLate = Math.max(0, Math.round(workingHoursBetween(run.calendar, endsMs, refMs) * 100) / 100);
    }
  } else if (hourly && run.calendar.officeHours !== undefined && dated) {
    officeHoursLate = 0;
  }
  let target: FindingTarget | null = null;
  let provisional = occ.dl?.provisional === true;
  const goal = cob.target;
  if (goal !== undefined && dated && status !== "cancelled") {
    const waivedFor = goal.waivedFor ?? [];
    const from = col.anchorMs[i] as number;
    const opened = col.openedMs[i] as number;
    const res = deadlineFor(cob, goal.deadline, from === from ? from : opened === opened ? opened : undefined, run.calendar, { urgency: occ.urgency, dueDay: lastDayNum });
    if (res.ok) {
      const t = res.dl;
      const waived = (occ.urgency !== undefined && waivedFor.includes(occ.urgency)) || t.waived;
      if (waived) occ.step("target_waived", { urgency: occ.urgency ?? "" });
      provisional ||= t.provisional;
      target = {
        lastDay: t.lastDayIso,
        endsAt: t.endsAt,
        status: waived ? "waived" : done ? (doneMs < t.endsMs ? "met" : "missed") : asOfMs >= t.endsMs ? "missed" : "pending",
      };
    } else {
      occ.note("target_error", { issues: res.issues });
    }
  }
  let dueSoon = false;
  if (status === "open" && !paused && dated && endsMs > asOfMs) {
    const horizon = run.opts.dueSoon;
    if (horizon.unit === "hour") dueSoon = endsMs - asOfMs <= horizon.amount * 3_600_000;
    else if (horizon.unit === "day") dueSoon = lastDayNum <= asOfDay + horizon.amount;
    else dueSoon = lastDayNum <= (horizon.amount === 0 ? asOfDay : days.add(asOfDay as DayNumber, horizon.amount));
  }
  const trigger = col.trigger[i] as number;
  const anchorRec = col.anchorRec[i] as number;
  const openedMs = col.openedMs[i] as number;
  const anchorMs = col.anchorMs[i] as number;
  const extLastDay = col.extLastDay[i] as number;
  if (extLastDay === extLastDay) occ.note("extension_recorded", { lastDay: iso(extLastDay), endsAt: instant(col.extEndsMs[i] as number) });
  const originalLastDay = col.originalLastDay[i] as number;
  const dl = occ.dl;
  col.status[i] = statusIndex(status);
  col.flags[i] = (early ? EARLY : 0) | (paused && status === "open" ? PAUSED : 0);
  return {
    obligation: cob.id,
    key: occ.key,
    kind: cob.kind,
    title: cob.title,
    owner: occ.owner,
    cooperating: cob.cooperating,
    subject: occ.subject,
    period: occ.period,
    status,
    early,
    openedAt: openedMs !== openedMs ? null : (occ.openedText ?? (trigger >= 0 && run.at(trigger) === openedMs ? atOf(run, trigger) : run.instant(openedMs))),
    startedAt:
      anchorMs !== anchorMs
        ? null
        : anchorRec >= 0 && anchorRec === trigger && anchorMs === openedMs && occ.openedText !== undefined
          ? occ.openedText
          : anchorRec >= 0 && run.at(anchorRec) === anchorMs
            ? atOf(run, anchorRec)
            : run.instant(anchorMs),
    lastDay: dated ? iso(lastDayNum) : null,
    endsAt: dated ? (dl !== null && dl.endsMs === endsMs ? dl.endsAt : instant(endsMs)) : null,
    originalLastDay: originalLastDay === originalLastDay ? iso(originalLastDay) : null,
    doneAt: done ? (doneEvent >= 0 ? (occ.doneText ?? atOf(run, doneEvent)) : instant(doneMs)) : null,
    cancelledAt: cancelled ? instant(cancelledMs) : null,
    daysLate,
    workingDaysLate,
    officeHoursLate,
    target,
    dueSoon,
    provisional,
    paused: paused && status === "open",
    urgency: occ.urgency ?? null,
    extensions: col.extensions[i] as number,
    restarts: col.restarts[i] as number,
    quota: occ.quota,
    triggerEvent: trigger >= 0 ? (occ.triggerId ?? run.id(trigger)) : null,
    doneEvent: doneId,
    notes: occ.notes ?? NO_NOTES,
    policy: cob.policy,
    explanation: explanation(occ, run.explanations),
    deductions: NO_DEDUCTIONS,
  };
}

/** The statuses by their index in the table's `status` column. */
export const STATUSES: readonly FindingStatus[] = ["on_time", "late", "overdue", "open", "cancelled", "undated"];
function statusIndex(status: FindingStatus): number {
  switch (status) {
    case "on_time":
      return 0;
    case "late":
      return 1;
    case "overdue":
      return 2;
    case "open":
      return 3;
    case "cancelled":
      return 4;
    case "undated":
      return 5;
  }
}

/** Bits of the table's `flags` column: done before the last day; paused as of asOf. */
export const EARLY = 1;
export const PAUSED = 2;

const NO_NOTES: readonly FindingNote[] = Object.freeze([]);
const NO_DEDUCTIONS: readonly never[] = Object.freeze([]);
