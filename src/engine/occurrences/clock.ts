/**
 * The clock of one occurrence: start and restart (setting its deadline), pause and resume (moving
 * the deadline by the pause), extend, complete and cancel.
 */
import type { DayNumber } from "../../day/dayNumber.js";
import { epochMsOfCivil, readInstant } from "../../day/instant.js";
import type { DeadlineRule, UrgencyLevel } from "../../deadline/types.js";
import { civilDay, deadlineFor, eventDeadline, instant, iso, MS_PER_DAY, workingHoursBetween, type DLResult } from "../compile.js";
import type { Rec } from "../events/index.js";
import type { EventRole, IgnoreReason } from "../types.js";
import type { Occ } from "./occurrence.js";
import type { Run } from "./run.js";

/**
 * Sets an occurrence's deadline from a result (none: undated; a failed one: undated, its error
 * noted and explained), and the anchor it was asked for (`deadlineFor`'s), from which its explanation reads it.
 */
export function setDeadline(occ: Occ, result: DLResult | undefined, anchorMs: number): void {
  // (the columns written directly: this runs once per occurrence)
  const s = occ.s;
  const i = occ.i;
  s.originalLastDay[i] = Number.NaN;
  s.extLastDay[i] = Number.NaN;
  s.pausedAt[i] = Number.NaN;
  if (result === undefined) {
    occ.dl = null;
    s.lastDay[i] = Number.NaN;
    return;
  }
  if (!result.ok) {
    occ.dl = null;
    s.lastDay[i] = Number.NaN;
    occ.errorMessage = result.message;
    occ.note("deadline_error", { issues: result.issues });
    occ.step("deadline_error", { message: result.message });
    return;
  }
  if (occ.errorMessage !== null) occ.errorMessage = null;
  const dl = result.dl;
  occ.dl = dl;
  s.dlAnchorMs[i] = anchorMs;
  s.lastDay[i] = dl.lastDay;
  s.endsMs[i] = dl.endsMs;
}

/**
 * What the clock needs of an obligation's kind: how starting the clock sets the deadline, and
 * whether a restart applies.
 */
export interface ClockStart {
  /** Whether a `restart` event applies to the kind's occurrences (periods and quotas do not restart). */
  readonly restartable: boolean;
  /** Sets the deadline of an occurrence whose clock starts at `ms`. */
  setDeadlineFrom(run: Run, occ: Occ, ms: number): void;
}

/** Starts (or restarts) the clock of an occurrence at `ms`. */
export function startClock(run: Run, kind: ClockStart, occ: Occ, ms: number, rec: Rec): void {
  occ.s.anchorMs[occ.i] = ms;
  occ.s.anchorRec[occ.i] = rec;
  kind.setDeadlineFrom(run, occ, ms);
}

const NO_URGENCY = Object.freeze({});

/** Deadline options for an urgency (one shared object when there is none). */
export function urgencyOptions(urgency: UrgencyLevel | undefined): { readonly urgency?: UrgencyLevel } {
  return urgency === undefined ? NO_URGENCY : { urgency };
}

/** Moves the judged deadline later by the length of a pause, in the clock's unit. */
function shiftForPause(run: Run, occ: Occ, fromMs: number, toMs: number): { amount: number; unit: string } {
  if (occ.lastDay === null || toMs <= fromMs) return { amount: 0, unit: occ.cob.clock };
  const days = run.calendar.days;
  const clock = occ.cob.clock;
  const shiftDays = (lastDay: number, endsMs: number, n: number): [number, number] => {
    let next: number;
    if (clock === "working_day") next = n > 0 ? days.add(lastDay as DayNumber, n) : lastDay;
    else {
      next = lastDay + n;
      if (n > 0 && occ.cob.policy.rollForward && !days.isWorking(next as DayNumber)) next = days.next(next as DayNumber);
    }
    return [next, endsMs + (next - lastDay) * MS_PER_DAY];
  };
  if (clock === "hour" || (clock === "working_hour" && run.calendar.officeHours === undefined)) {
    const delta = toMs - fromMs;
    occ.endsMs += delta;
    occ.lastDay = civilDay(occ.endsMs - 1);
    if (occ.extLastDay !== null) {
      occ.extEndsMs += delta;
      occ.extLastDay = civilDay(occ.extEndsMs - 1);
    }
    return { amount: Math.round((delta / 3_600_000) * 100) / 100, unit: "hour" };
  }
  if (clock === "working_hour") {
    const hours = workingHoursBetween(run.calendar, fromMs, toMs);
    if (hours > 0) {
      occ.endsMs = readInstant(run.calendar.addWorkingHours(instant(occ.endsMs), hours)) as number;
      occ.lastDay = civilDay(occ.endsMs - 1);
      if (occ.extLastDay !== null) {
        occ.extEndsMs = readInstant(run.calendar.addWorkingHours(instant(occ.extEndsMs), hours)) as number;
        occ.extLastDay = civilDay(occ.extEndsMs - 1);
      }
    }
    return { amount: Math.round(hours * 100) / 100, unit: "working_hour" };
  }
  const fromDay = civilDay(fromMs);
  const toDay = civilDay(toMs);
  const n = clock === "working_day" ? days.count(fromDay as DayNumber, toDay as DayNumber) : toDay - fromDay;
  if (n > 0) {
    [occ.lastDay, occ.endsMs] = shiftDays(occ.lastDay, occ.endsMs, n);
    if (occ.extLastDay !== null) [occ.extLastDay, occ.extEndsMs] = shiftDays(occ.extLastDay, occ.extEndsMs, n);
  }
  return { amount: Math.max(0, n), unit: clock };
}

function resumeAt(run: Run, occ: Occ, ms: number, rec: Rec): void {
  const since = occ.pausedAt as number;
  occ.pausedAt = null;
  const { amount, unit } = shiftForPause(run, occ, since, ms);
  occ.step("resumed", { at: ms, event: run.id(rec), amount, unit, lastDay: occ.lastDay === null ? null : iso(occ.lastDay) });
}

function extend(run: Run, occ: Occ, rec: Rec): IgnoreReason | null {
  const cob = occ.cob;
  const ext = cob.extensions;
  const max = ext?.max;
  if (max !== undefined && occ.extensions >= max) return "extension_limit";
  const judgeOriginal = ext?.judge === "original";
  const curLast = judgeOriginal && occ.extLastDay !== null ? occ.extLastDay : occ.lastDay;
  const curEnds = judgeOriginal && occ.extLastDay !== null ? occ.extEndsMs : occ.endsMs;
  let result: DLResult | undefined;
  let fromMs: number;
  const e = run.ev(rec);
  if (e.deadline !== undefined) {
    fromMs = run.at(rec);
    result = eventDeadline(cob, e.deadline, fromMs, run.calendar, occ.urgency);
  } else {
    const days = e.data?.["days"];
    const amount = typeof days === "number" && Number.isInteger(days) && days >= 1 ? days : ext?.by?.amount;
    const unit = ext?.by?.unit ?? "day";
    if (amount === undefined || curLast === null) return "extension_without_deadline";
    const hourly = unit === "hour" || unit === "working_hour";
    const rule: DeadlineRule = { kind: "relative", amount, unit, anchor: { text: "thời hạn trước khi gia hạn" } };
    fromMs = hourly ? curEnds : epochMsOfCivil(curLast, 0);
    result = deadlineFor(cob, rule, fromMs, run.calendar);
  }
  if (result === undefined || !result.ok) {
    if (result !== undefined && !result.ok) run.reasonIssues.set(rec, result.issues);
    return "extension_without_deadline";
  }
  const next = result.dl;
  if (curLast !== null && next.endsMs <= curEnds) return "extension_not_later";
  occ.extensions += 1;
  if (curLast !== null && run.at(rec) >= occ.endsMs) {
    occ.note("extension_after_deadline", { event: e.id, at: instant(run.at(rec)), deadline: instant(occ.endsMs) });
    occ.step("extension_after_deadline", { at: run.at(rec) });
  }
  occ.step("extended", { event: e.id, from: curLast === null ? null : iso(curLast), to: iso(next.lastDay) });
  if (occ.lastDay === null) {
    occ.dl = next;
    occ.s.dlAnchorMs[occ.i] = fromMs;
    occ.lastDay = next.lastDay;
    occ.endsMs = next.endsMs;
  } else if (judgeOriginal) {
    occ.extLastDay = next.lastDay;
    occ.extEndsMs = next.endsMs;
    occ.step("extension_recorded", { to: iso(next.lastDay) });
  } else {
    if (occ.originalLastDay === null) occ.originalLastDay = occ.lastDay;
    occ.lastDay = next.lastDay;
    occ.endsMs = next.endsMs;
  }
  return null;
}

/** Applies one control event to an occurrence; returns why it does not apply, or null. */
export function apply(run: Run, kind: ClockStart, occ: Occ, rec: Rec, role: EventRole, ms: number = run.at(rec)): IgnoreReason | null {
  switch (role) {
    case "anchor":
      if (occ.closed) return "occurrence_closed";
      if (occ.anchorMs !== null) return "already_started";
      occ.step("clock_started", { event: run.id(rec), at: ms });
      startClock(run, kind, occ, ms, rec);
      return null;
    case "restart":
      if (occ.closed) return "occurrence_closed";
      if (!kind.restartable) return "no_matching_occurrence";
      occ.restarts += 1;
      startClock(run, kind, occ, ms, rec);
      occ.step("restarted", { event: run.id(rec), at: ms, lastDay: occ.lastDay === null ? null : iso(occ.lastDay) });
      return null;
    case "pause":
      if (occ.closed) return "occurrence_closed";
      if (occ.pausedAt !== null) return "already_paused";
      occ.pausedAt = ms;
      occ.step("paused", { event: run.id(rec), at: ms });
      return null;
    case "resume":
      if (occ.closed) return "occurrence_closed";
      if (occ.pausedAt === null) return "not_paused";
      resumeAt(run, occ, ms, rec);
      return null;
    case "extension":
      if (occ.closed) return "occurrence_closed";
      return extend(run, occ, rec);
    case "completion":
      if (occ.cancelledMs !== null) return "occurrence_closed";
      if (occ.doneMs !== null) return "already_completed";
      if (occ.pausedAt !== null) resumeAt(run, occ, ms, rec);
      occ.doneMs = ms;
      occ.doneEvent = rec;
      return null;
    case "cancel":
      if (occ.closed) return "occurrence_closed";
      occ.cancelledMs = ms;
      occ.step("cancelled", { event: run.id(rec), at: ms });
      return null;
    default:
      return "no_matching_occurrence";
  }
}
