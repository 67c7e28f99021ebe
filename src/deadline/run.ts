/**
 * One deadline computation (a run): its environment, the trace being written, the days it
 * depended on, and the day helpers every rule kind shares — the start day and its cut-off, the
 * move off a day off (Bộ luật Dân sự 2015 Điều 148.5), the end of the last day.
 * @internal
 * @module
 */
import { checkRange, fromDayNumber, type DayNumber, type IsoDate } from "../day/dayNumber.js";
import { epochMsOfCivil, epochMsToInstant } from "../day/instant.js";
import { InvalidInputError, issue } from "../errors.js";
import { clockText, readClock } from "../internal/clock.js";
import type { DayInfo, WorkCalendar } from "../calendar/types.js";
import { BASIS } from "./basis.js";
import type { Env } from "./context.js";
import { defaultCalendar } from "./defaultCalendar.js";
import type { LegalBasis, Policy, RollByText, RuleNote, TraceCode, TraceStep } from "./types.js";

export const MS_PER_HOUR = 3_600_000;
/** How far before an anchor a recurring candidate is still looked at (rolls over Tết are < 2 weeks). */
export const LOOK_BACK_DAYS = 45;
/** How far after an anchor (a yearly rule recurs within 366 days). */
export const LOOK_AHEAD_DAYS = 400;

export type Path = readonly (string | number)[];

/** The outcome of one rule before finishing (undecided days, freezing). */
export interface Core {
  readonly lastDay: DayNumber;
  readonly endsAtMs: number;
  readonly window?: { readonly from: DayNumber; readonly to: DayNumber };
  readonly waived?: true;
}

export const iso = (day: number): IsoDate => fromDayNumber(day as DayNumber);
export const clockOf = clockText;

/** Milliseconds since midnight of an "HH:mm" that the rule schema has already validated. */
export function msOfClock(hhmm: string): number {
  return (readClock(hhmm) ?? 0) * 60_000;
}

/** Checks that a day number is in the supported range (results of arithmetic, not input). */
export function inRange(day: number, path: Path = ["rule"]): DayNumber {
  return checkRange(day, path);
}

/** One computation: its environment, the trace being written, and the days it depended on. */
export class Run {
  readonly trace: TraceStep[] = [];
  readonly notes: RuleNote[] = [];
  readonly deps: [number, number][] = [];
  private cal: WorkCalendar | undefined;
  /**
   * The rule states when a text takes effect (`role: "entry_into_force"`): that day is a date fixed
   * by the text, not the last day of a time limit to act by, so Điều 148.5's move off a day off
   * does not apply.
   */
  fixedByRole = false;
  /** The rule's own roll clause (`rule.roll`) and its words, which move a last day on a day off whatever the policy. */
  rollByText: { readonly to: RollByText; readonly clause: string } | undefined;

  /**
   * @param traced - False for a run whose caller reads only the outcome (last day, end, provisional):
   *   its steps and notes are not kept (see `computeDeadlineOutcome`).
   */
  constructor(
    readonly env: Env,
    readonly kind: string,
    readonly traced = true,
  ) {
    this.cal = env.calendar;
  }

  get calendar(): WorkCalendar {
    if (this.cal === undefined) this.cal = defaultCalendar();
    return this.cal;
  }

  /** The calendar if one was used or given, without forcing the default. */
  get usedCalendar(): WorkCalendar | undefined {
    return this.cal;
  }

  step(code: TraceCode, params: Record<string, unknown>, basis?: LegalBasis): void {
    if (!this.traced) return;
    const clean: Record<string, unknown> = {};
    // for…in over an object literal: no array of entries per step (steps are made per occurrence)
    for (const k in params) {
      const v = params[k];
      if (v !== undefined) clean[k] = v;
    }
    this.trace.push(basis === undefined ? { code, params: Object.freeze(clean) } : { code, params: Object.freeze(clean), basis });
  }

  note(code: RuleNote["code"], params: Record<string, unknown>): void {
    if (!this.traced) return;
    this.notes.push({ code, params: Object.freeze({ ...params }) });
  }

  depend(from: number, to: number): void {
    this.deps.push(from <= to ? [from, to] : [to, from]);
  }

  fork(): Run {
    const sub = new Run(this.env, this.kind, this.traced);
    sub.cal = this.cal;
    sub.fixedByRole = this.fixedByRole;
    sub.rollByText = this.rollByText;
    sub.fixedByRole = this.fixedByRole;
    return sub;
  }

  absorb(sub: Run, withTrace = true): void {
    if (withTrace) this.trace.push(...sub.trace);
    this.notes.push(...sub.notes);
    this.deps.push(...sub.deps);
    if (this.cal === undefined) this.cal = sub.cal;
  }

  isWorking(day: number): boolean {
    return this.calendar.days.isWorking(day as DayNumber);
  }

  next(day: number): DayNumber {
    const d = this.calendar.days.next(inRange(day));
    return inRange(d);
  }

  previous(day: number): DayNumber {
    const d = this.calendar.days.previous(inRange(day));
    return inRange(d);
  }
}

export function describe(info: DayInfo): Record<string, unknown> {
  return { date: info.date, name: info.name, kind: info.kind };
}

/** Records the named days off in `from ≤ d ≤ to` as skipped (and làm bù days as counted when asked). */
export function recordSpecialDays(run: Run, from: number, to: number, makeup: boolean): void {
  if (to < from || !run.traced) return;
  for (const info of run.calendar.days.specialBetween(from as DayNumber, to as DayNumber)) {
    if (!info.working) run.step("skipped", describe(info), info.source);
    else if (makeup && info.kind === "makeup_workday") run.step("makeup_counted", describe(info), info.source);
  }
}

export function whyOff(run: Run, day: number): Record<string, unknown> {
  const info = run.calendar.days.info(day as DayNumber);
  return { kind: info.kind, name: info.name };
}

/**
 * A last day on a non-working day moved as the rule's roll clause says ("… thì thực hiện vào ngày
 * làm việc tiếp theo" / "… liền trước"), the clause cited in the trace (`rolled_by_text`).
 */
export function rollByText(run: Run, day: DayNumber): DayNumber {
  const by = run.rollByText;
  if (by === undefined || run.isWorking(day)) return day;
  const to = by.to === "next_working_day" ? run.next(day) : run.previous(day);
  run.step("rolled_by_text", { from: iso(day), to: iso(to), ...whyOff(run, day), roll: by.to, clause: by.clause });
  if (to > day) recordSpecialDays(run, day, to - 1, false);
  else recordSpecialDays(run, to + 1, day, false);
  run.depend(day, to);
  return to;
}

/** A last day of a period on a non-working day rolls forward (Đ.148.5, policy `rollForward`). */
export function rollForward(run: Run, day: DayNumber): DayNumber {
  run.depend(day, day);
  if (run.isWorking(day)) return day;
  if (run.rollByText !== undefined) return rollByText(run, day);
  if (!run.env.policy.rollForward || run.fixedByRole) {
    run.step("not_rolled", { date: iso(day), ...whyOff(run, day), policy: run.fixedByRole ? "entry_into_force" : "rollForward" });
    return day;
  }
  const to = run.next(day);
  run.step("rolled_forward", { from: iso(day), to: iso(to), ...whyOff(run, day) }, BASIS.blds148_5);
  recordSpecialDays(run, day, to - 1, false);
  run.depend(day, to);
  return to;
}

/** Milliseconds since local midnight at which the last office session of `day` ends, if it has one. */
export function officeCloseMsOfDay(calendar: WorkCalendar, day: DayNumber): number | undefined {
  const last = calendar.officeSessions(iso(day)).at(-1);
  return last === undefined ? undefined : msOfClock(last.end);
}

/** The end of the last day: 24:00 (Đ.148.6) or the close of office hours. */
export function dayEnd(run: Run, lastDay: DayNumber): number {
  if (run.env.policy.endOfDay === "office_close") {
    const close = run.calendar.officeHours === undefined ? undefined : officeCloseMsOfDay(run.calendar, lastDay);
    if (close !== undefined) {
      const ms = epochMsOfCivil(lastDay, close);
      if (run.traced) run.step("end_of_day", { date: iso(lastDay), endsAt: epochMsToInstant(ms), mode: "office_close", time: clockOf(close) });
      return ms;
    }
  }
  const ms = epochMsOfCivil(lastDay + 1, 0);
  if (run.traced) run.step("end_of_day", { date: iso(lastDay), endsAt: epochMsToInstant(ms), mode: "midnight" }, BASIS.blds148_6);
  return ms;
}

export function needAnchor(run: Run): NonNullable<Env["anchor"]> {
  const anchor = run.env.anchor;
  if (anchor === undefined) throw new InvalidInputError([issue("missing_context", { name: "anchor", rule: run.kind }, ["context", "anchor"])]);
  return anchor;
}

/**
 * The day of the receipt, for counting. With `lateReceiptCutoff` set, an instant after the cut-off
 * (at or after it with `lateReceiptAtCutoff`), or an anchor on a non-working day, is moved to the
 * next working day, once; callers count from that day as day 1 (see {@link movedByCutoff}).
 */
export function startDay(run: Run): DayNumber {
  const anchor = needAnchor(run);
  const policy = run.env.policy;
  const cutoff = policy.lateReceiptCutoff;
  if (cutoff === null) return anchor.day;
  const late = !anchor.isDate && lateReceipt(policy, anchor.msOfDay);
  run.depend(anchor.day, anchor.day);
  const off = !run.isWorking(anchor.day);
  if (!late && !off) return anchor.day;
  const start = run.next(anchor.day);
  run.depend(anchor.day, start);
  run.step(
    "cutoff_applied",
    { cutoff, time: anchor.isDate ? undefined : clockOf(anchor.msOfDay), from: iso(anchor.day), to: iso(start), reason: late ? "after_cutoff" : "non_working_day" },
    BASIS.nd61,
  );
  return start;
}

/** Whether a receipt at this time of day (ms after 00:00) comes after the policy's cut-off (at it too, with `lateReceiptAtCutoff`). */
export function lateReceipt(policy: Policy, msOfDay: number): boolean {
  const cutoff = policy.lateReceiptCutoff;
  if (cutoff === null) return false;
  return policy.lateReceiptAtCutoff ? msOfDay >= msOfClock(cutoff) : msOfDay > msOfClock(cutoff);
}

/**
 * Whether the cut-off moved the receipt to `start`: counting then starts on `start` itself (day 1),
 * as an office-hour count starts at its opening, so both modes start on the same working day and a
 * receipt on a day off is not moved twice (once by the cut-off, once by excluding its day).
 */
export function movedByCutoff(run: Run, start: DayNumber): boolean {
  return run.env.policy.lateReceiptCutoff !== null && start !== needAnchor(run).day;
}

export function recordStart(run: Run, start: DayNumber): void {
  if (!run.traced) return;
  if (movedByCutoff(run, start)) {
    run.step("start_included", { date: iso(start), policy: "lateReceiptCutoff" }, BASIS.nd61);
    return;
  }
  if (run.env.policy.excludeStartDay) run.step("start_excluded", { date: iso(start) }, BASIS.blds147_2);
  else run.step("start_included", { date: iso(start), policy: "excludeStartDay" });
}
