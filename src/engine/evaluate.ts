/**
 * `evaluate`: a plan and its events → one finding per occurrence, summaries, and an account of
 * every event. Pure, deterministic (independent of event order) and linear in the events.
 * @module
 */
import { civilServiceCalendar } from "../calendar/index.js";
import type { WorkCalendar } from "../calendar/types.js";
import { dayNumberFromYmd, MAX_DAY, MIN_DAY, weekdayOf, ymdFromDayNumber } from "../day/dayNumber.js";
import { epochMsOfCivil, readInstant } from "../day/instant.js";
import type { DeadlineRule, UrgencyLevel } from "../deadline/types.js";
import { InvalidInputError, issue, type Issue, type Locale } from "../errors.js";
import { engineStepText, type EngineStepCode } from "../messages/engine.js";
import { fastEventMs, readEvent, type Event } from "../schema/event.js";
import { isParsedPlan, parsePlan } from "../schema/parsePlan.js";
import type { Plan, PlanInput, QuotaPeriod } from "../schema/plan.js";
import {
  civilDay,
  compileObligations,
  DeadlineCache,
  deadlineFor,
  deadlineForPeriod,
  eventDeadline,
  instant,
  iso,
  MS_PER_DAY,
  planCalendar,
  ROLE_ORDER,
  typesOf,
  type CompiledObligation,
  type DL,
  type DLResult,
  type Rec,
} from "./compile.js";
import { readOptions, type ReadOptions } from "./options.js";
import { attachRepl } from "./repl.js";
import { readPeriods, readRate, SummaryBuilder, windowsOf } from "./summary.js";
import type {
  Accounting,
  EventRole,
  Evaluation,
  EvaluateOptions,
  Finding,
  FindingNote,
  FindingStatus,
  FindingTarget,
  IgnoredEvent,
  IgnoreReason,
  UsedEvent,
} from "./types.js";

const REASON_RANK: Readonly<Record<IgnoreReason, number>> = {
  invalid: 100,
  duplicate_id: 90,
  after_as_of: 80,
  unknown_type: 70,
  already_completed: 9,
  occurrence_closed: 8,
  extension_limit: 7,
  extension_not_later: 7,
  extension_without_deadline: 7,
  already_started: 6,
  already_paused: 6,
  not_paused: 6,
  duplicate_trigger: 5,
  no_matching_occurrence: 2,
  filtered_out: 1,
};

interface Step {
  readonly code: EngineStepCode;
  readonly params: Readonly<Record<string, unknown>>;
}

/** One occurrence being evaluated. */
class Occ {
  /** Events used by this occurrence, first use only (two fields and a list, as most have two). */
  used1: Rec | null = null;
  used2: Rec | null = null;
  usedMore: Rec[] | null = null;
  steps: Step[] | null = null;
  notes: FindingNote[] | null = null;
  urgency: UrgencyLevel | undefined;
  owner: string | null;
  trigger: Rec | null = null;
  anchorMs: number | null = null;
  /** The event that started the clock, when one did (for its instant's text). */
  anchorRec: Rec | null = null;
  dl: DL | null = null;
  lastDay: number | null = null;
  endsMs = 0;
  originalLastDay: number | null = null;
  /** With `judge: "original"`: where extensions moved the deadline, not judged. */
  extLastDay: number | null = null;
  extEndsMs = 0;
  pausedAt: number | null = null;
  extensions = 0;
  restarts = 0;
  doneMs: number | null = null;
  doneEvent: Rec | null = null;
  cancelledMs: number | null = null;
  errorMessage: string | null = null;
  quota: { count: number; min: number } | null = null;
  /** Control events routed here, applied in time order: the first one, and a list when there are more. */
  c1: Rec | null = null;
  c1Role: EventRole = "completion";
  ctl: Control[] | null = null;
  sortKey = 0;

  constructor(
    readonly cob: CompiledObligation,
    readonly key: string,
    readonly tail: string,
    readonly subject: string | null,
    readonly period: string | null,
    readonly openedMs: number | null,
    owner: string | null,
  ) {
    this.owner = owner;
  }

  addUsed(rec: Rec): void {
    if (this.used1 === null) this.used1 = rec;
    else if (this.used2 === null) this.used2 = rec;
    else (this.usedMore ??= []).push(rec);
  }

  get closed(): boolean {
    return this.doneMs !== null || this.cancelledMs !== null;
  }

  step(code: EngineStepCode, params: Readonly<Record<string, unknown>>): void {
    (this.steps ??= []).push({ code, params });
  }

  note(code: string, params: Readonly<Record<string, unknown>>): void {
    (this.notes ??= []).push({ code, params });
  }
}

/** Per-evaluation state. */
class Run {
  // Per accepted event (by `Rec.n`); allocated dense once the count is known (sparse writes would
  // turn them into slow dictionary arrays).
  useRole: (EventRole | undefined)[] = [];
  useOcc: (string | undefined)[] = [];
  readonly also = new Map<number, { role: EventRole; occurrence: string }[]>();
  reason: (IgnoreReason | undefined)[] = [];
  reasonOcc: (string | undefined)[] = [];
  readonly reasonIssues = new Map<number, readonly Issue[]>();

  constructor(
    readonly calendar: WorkCalendar,
    readonly opts: ReadOptions,
  ) {}

  used(rec: Rec, role: EventRole, occ: Occ): void {
    const firstRole = this.useRole[rec.n];
    if (firstRole === undefined) {
      this.useRole[rec.n] = role;
      this.useOcc[rec.n] = occ.key;
      occ.addUsed(rec);
      return;
    }
    if (firstRole === role && this.useOcc[rec.n] === occ.key) return;
    let list = this.also.get(rec.n);
    if (list === undefined) this.also.set(rec.n, (list = []));
    if (!list.some((x) => x.role === role && x.occurrence === occ.key)) list.push({ role, occurrence: occ.key });
  }

  /** Allocates the per-event arrays for `count` accepted events. */
  size(count: number): void {
    this.useRole = new Array<EventRole | undefined>(count).fill(undefined);
    this.useOcc = new Array<string | undefined>(count).fill(undefined);
    this.reason = new Array<IgnoreReason | undefined>(count).fill(undefined);
    this.reasonOcc = new Array<string | undefined>(count).fill(undefined);
  }

  ignored(rec: Rec, reason: IgnoreReason, occ?: string, issues?: readonly Issue[]): void {
    const current = this.reason[rec.n];
    if (current !== undefined && REASON_RANK[current] >= REASON_RANK[reason]) return;
    this.reason[rec.n] = reason;
    this.reasonOcc[rec.n] = occ;
    if (issues !== undefined) this.reasonIssues.set(rec.n, issues);
  }
}

function compareRecs(a: Rec, b: Rec): number {
  return a.ms - b.ms || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0);
}

type Control = readonly [Rec, EventRole];

function compareControls(a: Control, b: Control): number {
  return a[0].ms - b[0].ms || ROLE_ORDER[a[1]] - ROLE_ORDER[b[1]] || (a[0].e.id < b[0].e.id ? -1 : a[0].e.id > b[0].e.id ? 1 : 0);
}

/** The owners that get their own occurrences: each owner when `perOwner`, else the first (or none). */
function occurrenceOwners(cob: CompiledObligation): readonly (string | null)[] {
  return cob.perOwner ? cob.owners : [cob.owners[0] ?? null];
}

function ownerFor(cob: CompiledObligation, unit: string | undefined): string | null {
  if (unit !== undefined && cob.owners.includes(unit)) return unit;
  return cob.owners[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// the clock of one occurrence

function setDeadline(occ: Occ, result: DLResult | undefined): void {
  occ.originalLastDay = null;
  occ.extLastDay = null;
  occ.pausedAt = null;
  if (result === undefined) {
    occ.dl = null;
    occ.lastDay = null;
    return;
  }
  if (!result.ok) {
    occ.dl = null;
    occ.lastDay = null;
    occ.errorMessage = result.message;
    occ.note("deadline_error", { issues: result.issues });
    occ.step("deadline_error", { message: result.message });
    return;
  }
  occ.errorMessage = null;
  occ.dl = result.dl;
  occ.lastDay = result.dl.lastDay;
  occ.endsMs = result.dl.endsMs;
}

/** Starts (or restarts) the clock of an occurrence at `ms`. */
function startClock(run: Run, occ: Occ, ms: number, rec: Rec | null): void {
  const cob = occ.cob;
  const ob = cob.ob;
  occ.anchorMs = ms;
  occ.anchorRec = rec;
  switch (ob.kind) {
    case "triggered":
    case "derived":
      setDeadline(occ, deadlineFor(cob, ob.deadline, ms, run.calendar, { urgency: occ.urgency }));
      break;
    case "dated": {
      const trigger = occ.trigger;
      const own = trigger === null ? undefined : eventDeadline(cob, trigger, run.calendar, occ.urgency);
      if (own !== undefined) {
        setDeadline(occ, own);
      } else if (ob.otherwise !== undefined) {
        setDeadline(occ, deadlineFor(cob, ob.otherwise, ms, run.calendar, { urgency: occ.urgency }));
        occ.note("capped", OTHERWISE_NOTE);
        occ.step("otherwise", { event: trigger?.e.id ?? "" });
      } else if (ob.cap !== undefined) {
        setDeadline(occ, deadlineFor(cob, ob.cap, ms, run.calendar, { urgency: occ.urgency }));
        occ.note("capped", {});
        occ.step("capped", { event: trigger?.e.id ?? "" });
      } else {
        setDeadline(occ, undefined);
      }
      break;
    }
    default:
      break;
  }
}

const OTHERWISE_NOTE = Object.freeze({ field: "otherwise" });

/** Moves the judged deadline later by the length of a pause, in the clock's unit. */
function shiftForPause(run: Run, occ: Occ, fromMs: number, toMs: number): { amount: number; unit: string } {
  if (occ.lastDay === null || toMs <= fromMs) return { amount: 0, unit: occ.cob.clock };
  const days = run.calendar.days;
  const clock = occ.cob.clock;
  const shiftDays = (lastDay: number, endsMs: number, n: number): [number, number] => {
    let next: number;
    if (clock === "working_day") next = n > 0 ? days.add(lastDay as never, n) : lastDay;
    else {
      next = lastDay + n;
      if (n > 0 && occ.cob.policy.rollForward && !days.isWorking(next as never)) next = days.next(next as never);
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
    const hours = run.calendar.countWorkingHours(instant(fromMs), instant(toMs));
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
  const n = clock === "working_day" ? days.count(fromDay as never, toDay as never) : toDay - fromDay;
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
  occ.step("resumed", { at: instant(ms), event: rec.e.id, amount, unit, lastDay: occ.lastDay === null ? null : iso(occ.lastDay) });
}

function extend(run: Run, occ: Occ, rec: Rec): IgnoreReason | null {
  const cob = occ.cob;
  const ext = cob.ob.extensions;
  const max = ext?.max;
  if (max !== undefined && occ.extensions >= max) return "extension_limit";
  const judgeOriginal = ext?.judge === "original";
  const curLast = judgeOriginal && occ.extLastDay !== null ? occ.extLastDay : occ.lastDay;
  const curEnds = judgeOriginal && occ.extLastDay !== null ? occ.extEndsMs : occ.endsMs;
  let result: DLResult | undefined;
  if (rec.e.deadline !== undefined) {
    result = eventDeadline(cob, rec, run.calendar, occ.urgency);
  } else {
    const days = rec.e.data?.["days"];
    const amount = typeof days === "number" && Number.isInteger(days) && days >= 1 ? days : ext?.by?.amount;
    const unit = ext?.by?.unit ?? "day";
    if (amount === undefined || curLast === null) return "extension_without_deadline";
    const hourly = unit === "hour" || unit === "working_hour";
    const rule: DeadlineRule = { kind: "relative", amount, unit, anchor: { text: "thời hạn trước khi gia hạn" } };
    result = deadlineFor(cob, rule, hourly ? curEnds : epochMsOfCivil(curLast, 0), run.calendar);
  }
  if (result === undefined || !result.ok) {
    if (result !== undefined && !result.ok) run.reasonIssues.set(rec.n, result.issues);
    return "extension_without_deadline";
  }
  const next = result.dl;
  if (curLast !== null && next.endsMs <= curEnds) return "extension_not_later";
  occ.extensions += 1;
  if (curLast !== null && rec.ms >= occ.endsMs) {
    occ.note("extension_after_deadline", { event: rec.e.id, at: instant(rec.ms), deadline: instant(occ.endsMs) });
    occ.step("extension_after_deadline", { at: instant(rec.ms) });
  }
  occ.step("extended", { event: rec.e.id, from: curLast === null ? null : iso(curLast), to: iso(next.lastDay) });
  if (occ.lastDay === null) {
    occ.dl = next;
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
function apply(run: Run, occ: Occ, rec: Rec, role: EventRole): IgnoreReason | null {
  const ms = rec.ms;
  switch (role) {
    case "anchor":
      if (occ.closed) return "occurrence_closed";
      if (occ.anchorMs !== null) return "already_started";
      occ.step("clock_started", { event: rec.e.id, at: instant(ms) });
      startClock(run, occ, ms, rec);
      return null;
    case "restart":
      if (occ.closed) return "occurrence_closed";
      if (occ.cob.ob.kind === "recurring" || occ.cob.ob.kind === "quota") return "no_matching_occurrence";
      occ.restarts += 1;
      startClock(run, occ, ms, rec);
      occ.step("restarted", { event: rec.e.id, at: instant(ms), lastDay: occ.lastDay === null ? null : iso(occ.lastDay) });
      return null;
    case "pause":
      if (occ.closed) return "occurrence_closed";
      if (occ.pausedAt !== null) return "already_paused";
      occ.pausedAt = ms;
      occ.step("paused", { event: rec.e.id, at: instant(ms) });
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
      occ.step("cancelled", { event: rec.e.id, at: instant(ms) });
      return null;
    default:
      return "no_matching_occurrence";
  }
}

function applyAll(run: Run, occ: Occ, list: Control[]): void {
  if (list.length > 1) list.sort(compareControls);
  for (const [rec, role] of list) {
    const reason = apply(run, occ, rec, role);
    if (reason === null) run.used(rec, role, occ);
    else run.ignored(rec, reason, occ.key);
  }
}

// ---------------------------------------------------------------------------------------------
// periods

function isoWeekLabel(day: number): string {
  const thursday = day + (4 - weekdayOf(day));
  const { year } = ymdFromDayNumber(thursday);
  const week = Math.floor((thursday - dayNumberFromYmd(year, 1, 1)) / 7) + 1;
  return `${String(year).padStart(4, "0")}-W${String(week).padStart(2, "0")}`;
}

/** The period of a unit containing a day: [first, last, label]. */
function periodAround(per: QuotaPeriod | "half_year", day: number): [number, number, string] {
  const { year, month } = ymdFromDayNumber(day);
  const y = String(year).padStart(4, "0");
  const monthSpan = (m0: number, n: number): [number, number] => {
    const first = dayNumberFromYmd(year, m0, 1);
    const end = m0 + n > 12 ? dayNumberFromYmd(year + 1, m0 + n - 12, 1) : dayNumberFromYmd(year, m0 + n, 1);
    return [first, end - 1];
  };
  switch (per) {
    case "day":
    case "working_day":
      return [day, day, iso(day)];
    case "week": {
      const first = day - (weekdayOf(day) - 1);
      return [first, first + 6, isoWeekLabel(day)];
    }
    case "month":
      return [...monthSpan(month, 1), `${y}-${String(month).padStart(2, "0")}`];
    case "quarter": {
      const q = Math.floor((month - 1) / 3) + 1;
      return [...monthSpan((q - 1) * 3 + 1, 3), `${y}-Q${q}`];
    }
    case "half_year": {
      const h = month <= 6 ? 1 : 2;
      return [...monthSpan((h - 1) * 6 + 1, 6), `${y}-H${h}`];
    }
    case "year":
      return [...monthSpan(1, 12), y];
  }
}

const MAX_OCCURRENCES = 100_000;

function labelOfRule(rule: DeadlineRule, lastDay: number): string {
  if (rule.kind === "recurring" && rule.frequency === "weekly") return isoWeekLabel(lastDay);
  if (rule.kind === "period") {
    const p = rule.period;
    const y = String(p.year ?? ymdFromDayNumber(lastDay).year);
    if (p.unit === "month") return `${y}-${String(p.month).padStart(2, "0")}`;
    if (p.unit === "quarter") return `${y}-Q${p.quarter}`;
    if (p.unit === "half_year") return `${y}-H${p.half}`;
    return y;
  }
  return iso(lastDay);
}

const PERIOD_UNITS: Readonly<Record<string, "month" | "quarter" | "half_year" | "year">> = {
  monthly: "month",
  quarterly: "quarter",
  half_yearly: "half_year",
  yearly: "year",
};

/** The occurrences of a recurring obligation from its first day until the first one due after `asOf`. */
function recurringOccurrences(run: Run, cob: CompiledObligation): Occ[] {
  const ob = cob.ob;
  if (ob.kind !== "recurring") return [];
  const rule = ob.deadline;
  const out: Occ[] = [];
  const seen = new Map<string, number>();
  const asOfMs = run.opts.asOfMs;
  const owners = occurrenceOwners(cob);
  const push = (label: string, openedMs: number, result: DLResult): void => {
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    const period = count === 1 ? label : `${label}#${count}`;
    for (const owner of owners) {
      const tail = cob.perOwner ? `${owner as string}:${period}` : period;
      const occ = new Occ(cob, `${ob.id}:${tail}`, tail, null, period, openedMs, owner);
      occ.anchorMs = openedMs;
      setDeadline(occ, result);
      out.push(occ);
    }
  };
  const firstMs = epochMsOfCivil(cob.fromDay, 0);
  const frequency = rule.kind === "recurring" || rule.kind === "reporting_window" ? rule.frequency : undefined;
  const unit = frequency === undefined ? undefined : PERIOD_UNITS[frequency];
  if (unit !== undefined) {
    let day = cob.fromDay;
    let prevEnds = firstMs;
    for (let i = 0; i < MAX_OCCURRENCES && day <= MAX_DAY; i++) {
      const [, last, label] = periodAround(unit, day);
      const result = deadlineForPeriod(cob, rule, label, run.calendar);
      day = last + 1;
      if (!result.ok) {
        push(label, prevEnds, result);
        break;
      }
      if (result.dl.lastDay < cob.fromDay) continue;
      if (result.dl.lastDay > cob.untilDay || prevEnds > asOfMs) break;
      push(label, prevEnds, result);
      prevEnds = result.dl.endsMs;
      if (result.dl.endsMs > asOfMs) break;
    }
    return out;
  }
  let anchorMs = firstMs;
  for (let i = 0; i < MAX_OCCURRENCES; i++) {
    const result = deadlineFor(cob, rule, anchorMs, run.calendar);
    if (!result.ok) {
      if (out.length === 0) push(iso(cob.fromDay), anchorMs, result);
      break;
    }
    const dl = result.dl;
    if (dl.endsMs <= anchorMs || dl.lastDay > cob.untilDay) break;
    push(labelOfRule(rule, dl.lastDay), anchorMs, result);
    if (dl.endsMs > asOfMs) break;
    anchorMs = dl.endsMs;
  }
  return out;
}

/** Aliases a recurring occurrence may be named by in an event's `period`: its label, its day, and its month … year when unique. */
function periodIndex(occs: readonly Occ[]): Map<string, Occ> {
  const index = new Map<string, Occ>();
  const aliasOwners = new Map<string, Occ | null>();
  for (const occ of occs) index.set(occ.period ?? occ.tail, occ);
  for (const occ of occs) {
    if (occ.lastDay === null) continue;
    for (const per of ["day", "month", "quarter", "half_year", "year"] as const) {
      const alias = periodAround(per, occ.lastDay)[2];
      if (index.has(alias) && index.get(alias) !== occ && aliasOwners.get(alias) === undefined) continue;
      const prior = aliasOwners.get(alias);
      aliasOwners.set(alias, prior === undefined ? occ : prior === occ ? occ : null);
    }
  }
  for (const [alias, occ] of aliasOwners) if (occ !== null && !index.has(alias)) index.set(alias, occ);
  return index;
}

// ---------------------------------------------------------------------------------------------
// findings

function explanation(occ: Occ): { readonly vi: readonly string[]; readonly en: readonly string[] } {
  const base = occ.dl?.explanation;
  const steps = occ.steps;
  if (steps === null) return base ?? EMPTY_EXPLANATION;
  const pre = steps.filter((s) => OPENING_STEPS.has(s.code));
  const post = steps.filter((s) => !OPENING_STEPS.has(s.code));
  const text = (list: Step[], locale: Locale): string[] => list.map((s) => engineStepText(s.code, s.params, locale));
  return {
    vi: [...text(pre, "vi"), ...(base?.vi ?? []), ...text(post, "vi")],
    en: [...text(pre, "en"), ...(base?.en ?? []), ...text(post, "en")],
  };
}

/** Steps that say how the occurrence arose; shown before the deadline's trace. */
const OPENING_STEPS: ReadonlySet<EngineStepCode> = new Set<EngineStepCode>(["derived_from", "clock_started", "capped", "otherwise", "quota_period"]);

const EMPTY_EXPLANATION = Object.freeze({ vi: Object.freeze([]) as readonly string[], en: Object.freeze([]) as readonly string[] });

function finish(run: Run, occ: Occ): Finding {
  const cob = occ.cob;
  const ob = cob.ob;
  const { asOfMs, asOfDay } = run.opts;
  const days = run.calendar.days;
  let status: FindingStatus;
  if (occ.cancelledMs !== null) status = "cancelled";
  else if (occ.lastDay === null) status = "undated";
  else if (occ.doneMs !== null) status = occ.doneMs < occ.endsMs ? "on_time" : "late";
  else if (occ.pausedAt !== null) status = "open";
  else status = asOfMs >= occ.endsMs ? "overdue" : "open";
  if (status === "undated" && occ.errorMessage === null && (occ.steps === null || !occ.steps.some((s) => s.code === "undated" || s.code === "clock_not_started"))) {
    if (occ.anchorMs === null && cob.anchorTypes.length > 0 && occ.cancelledMs === null) occ.step("clock_not_started", { types: cob.anchorTypes.join(", ") });
    else occ.step("undated", {});
  }
  if (occ.pausedAt !== null && occ.doneMs === null && occ.cancelledMs === null) {
    occ.note("paused", { since: instant(occ.pausedAt) });
    occ.step("still_paused", { at: instant(occ.pausedAt) });
  }
  if (occ.doneMs !== null && occ.doneEvent !== null && occ.steps !== null) occ.step("completed", { event: occ.doneEvent.e.id, at: instant(occ.doneMs) });
  const lastDay = occ.lastDay;
  const early = status === "on_time" && lastDay !== null && civilDay(occ.doneMs as number) < lastDay;
  let daysLate = 0;
  let workingDaysLate = 0;
  let officeHoursLate: number | null = null;
  const hourly = cob.clock === "hour" || cob.clock === "working_hour";
  if ((status === "late" || status === "overdue") && lastDay !== null) {
    const refMs = status === "late" ? (occ.doneMs as number) : asOfMs;
    const refDay = status === "late" ? civilDay(refMs) : asOfDay;
    daysLate = Math.max(0, refDay - lastDay);
    workingDaysLate = refDay > lastDay && lastDay >= MIN_DAY && refDay <= MAX_DAY ? days.count(lastDay as never, refDay as never) : 0;
    if (hourly && run.calendar.officeHours !== undefined) {
      officeHoursLate = Math.max(0, Math.round(run.calendar.countWorkingHours(instant(occ.endsMs), instant(refMs)) * 100) / 100);
    }
  } else if (hourly && run.calendar.officeHours !== undefined && lastDay !== null) {
    officeHoursLate = 0;
  }
  let target: FindingTarget | null = null;
  let provisional = occ.dl?.provisional === true;
  if (ob.kind !== "quota" && ob.target !== undefined && lastDay !== null && status !== "cancelled") {
    const waivedFor = ob.target.waivedFor ?? [];
    const res = deadlineFor(cob, ob.target.deadline, occ.anchorMs ?? occ.openedMs ?? undefined, run.calendar, { urgency: occ.urgency, dueDay: lastDay });
    if (res.ok) {
      const t = res.dl;
      const waived = (occ.urgency !== undefined && waivedFor.includes(occ.urgency)) || t.waived;
      if (waived) occ.step("target_waived", { urgency: occ.urgency ?? "" });
      provisional ||= t.provisional;
      target = {
        lastDay: iso(t.lastDay),
        endsAt: instant(t.endsMs),
        status: waived ? "waived" : occ.doneMs !== null ? (occ.doneMs < t.endsMs ? "met" : "missed") : asOfMs >= t.endsMs ? "missed" : "pending",
      };
    } else {
      occ.note("target_error", { issues: res.issues });
    }
  }
  let dueSoon = false;
  if (status === "open" && occ.pausedAt === null && lastDay !== null && occ.endsMs > asOfMs) {
    const horizon = run.opts.dueSoon;
    if (horizon.unit === "hour") dueSoon = occ.endsMs - asOfMs <= horizon.amount * 3_600_000;
    else if (horizon.unit === "day") dueSoon = lastDay <= asOfDay + horizon.amount;
    else dueSoon = lastDay <= (horizon.amount === 0 ? asOfDay : days.add(asOfDay as never, horizon.amount));
  }
  if (occ.extLastDay !== null) occ.note("extension_recorded", { lastDay: iso(occ.extLastDay), endsAt: instant(occ.extEndsMs) });
  return {
    obligation: ob.id,
    key: occ.key,
    kind: ob.kind,
    title: ob.title,
    owner: occ.owner,
    cooperating: cob.cooperating,
    subject: occ.subject,
    period: occ.period,
    status,
    early,
    openedAt: occ.openedMs === null ? null : occ.trigger !== null && occ.trigger.ms === occ.openedMs ? atOf(occ.trigger) : instant(occ.openedMs),
    startedAt: occ.anchorMs === null ? null : occ.anchorRec !== null && occ.anchorRec.ms === occ.anchorMs ? atOf(occ.anchorRec) : instant(occ.anchorMs),
    lastDay: lastDay === null ? null : iso(lastDay),
    endsAt: lastDay === null ? null : occ.dl !== null && occ.dl.endsMs === occ.endsMs ? occ.dl.endsAt : instant(occ.endsMs),
    originalLastDay: occ.originalLastDay === null ? null : iso(occ.originalLastDay),
    doneAt: occ.doneMs === null ? null : occ.doneEvent !== null ? atOf(occ.doneEvent) : instant(occ.doneMs),
    cancelledAt: occ.cancelledMs === null ? null : instant(occ.cancelledMs),
    daysLate,
    workingDaysLate,
    officeHoursLate,
    target,
    dueSoon,
    provisional,
    paused: occ.pausedAt !== null && status === "open",
    urgency: occ.urgency ?? null,
    extensions: occ.extensions,
    restarts: occ.restarts,
    quota: occ.quota,
    triggerEvent: occ.trigger?.e.id ?? null,
    doneEvent: occ.doneEvent?.e.id ?? null,
    notes: occ.notes ?? NO_NOTES,
    policy: cob.policy,
    explanation: explanation(occ),
    deductions: NO_DEDUCTIONS,
  };
}

const NO_NOTES: readonly FindingNote[] = Object.freeze([]);
const NO_DEDUCTIONS: readonly never[] = Object.freeze([]);

// ---------------------------------------------------------------------------------------------
// evaluate

interface Routed {
  readonly index: number;
  readonly role: EventRole;
}

function topoOrder(cobs: readonly CompiledObligation[]): CompiledObligation[] {
  const byId = new Map(cobs.map((c) => [c.ob.id, c]));
  const done = new Set<string>();
  const out: CompiledObligation[] = [];
  const visit = (c: CompiledObligation, depth: number): void => {
    if (done.has(c.ob.id) || depth > cobs.length) return;
    if (c.ob.kind === "derived") {
      const src = byId.get(c.ob.source.obligation);
      if (src !== undefined) visit(src, depth + 1);
    }
    done.add(c.ob.id);
    out.push(c);
  };
  for (const c of cobs) visit(c, 0);
  return out;
}

/**
 * Evaluates a plan (đánh giá kế hoạch) against events as of an instant: one finding per
 * occurrence of each obligation, summaries per unit, obligation and period, and an account of
 * every event.
 *
 * - Pure and deterministic: the same plan, events and options give deep-equal results whatever the
 *   order of the events (ties at the same instant are broken by role, then by event id).
 * - Events after `asOf` are listed as ignored (`after_as_of`); a malformed event is listed as
 *   `invalid` with its issues and never stops the evaluation of the others; `used + ignored = input`.
 * - Linear in the number of events: events are grouped once by type and subject, and each
 *   distinct deadline is computed once.
 *
 * Status rules (as of `asOf`): `on_time` iff done before `endsAt`; `late` if done at or after it;
 * `overdue` if not done and `asOf ≥ endsAt` (never while paused); `open` otherwise; `cancelled`;
 * `undated` when there is no deadline at all. `early` (sớm hạn): done on a civil day before `lastDay`.
 *
 * @param plan - A plan from {@link parsePlan}, or a plan object (validated here).
 * @param events - The events ({@link Event}), in any order.
 * @param options - `asOf` (required instant), `calendar` (default `civilServiceCalendar`), `dueSoon`
 *   (default 24 hours), `locale` of the printed table (default `"vi"`), `summary` (rate and periods).
 * @returns An {@link Evaluation}: plain data; it prints as a table in the Node REPL and has `rows()`.
 * @throws {@link InvalidInputError} `invalid_plan` for a bad plan; `missing_required` (no `asOf`),
 *   `invalid_instant`, `invalid_option`, `unknown_key` for bad options; `invalid_type` when `events`
 *   is not an array. Never because of what the events contain.
 * @example
 * const ev = evaluate(plan, [
 *   { id: "e1", type: "document_issued", at: "2024-01-09T09:00:00+07:00", subject: "56/QĐ-UBND" },
 *   { id: "e2", type: "document_published", at: "2024-01-15T10:00:00+07:00", subject: "56/QĐ-UBND" },
 * ], { asOf: "2024-01-31T17:00:00+07:00" })
 * ev.findings[0].status //=> "late" (due "chậm nhất 3 ngày kể từ ngày ban hành": 12/01)
 * ev.findings[0].daysLate //=> 3
 * ev.accounting.used.length //=> 2
 * @see NĐ 61/2018/NĐ-CP Điều 19 (pauses, restarts, re-scheduling); domain notes on host systems §4
 * @remarks Since 0.1.0
 */
export function evaluate(plan: Plan | PlanInput, events: readonly unknown[], options: EvaluateOptions): Evaluation {
  const opts = readOptions(options);
  const p = isParsedPlan(plan) ? plan : parsePlan(plan);
  if (!Array.isArray(events)) {
    throw new InvalidInputError([issue("invalid_type", { expected: "array of events", received: events === null ? "null" : typeof events }, ["events"])]);
  }
  const calendar = planCalendar(p, opts.calendar ?? civilServiceCalendar);
  const run = new Run(calendar, opts);
  const cobs = compileObligations(p, new DeadlineCache(calendar));
  const buckets = cobs.map(() => new Bucket());

  // roles by event type
  const routes = new Map<string, Routed[]>();
  const route = (types: readonly string[], index: number, role: EventRole): void => {
    for (const t of types) {
      let list = routes.get(t);
      if (list === undefined) routes.set(t, (list = []));
      if (!list.some((r) => r.index === index && r.role === role)) list.push({ index, role });
    }
  };
  cobs.forEach((cob, index) => {
    const ob = cob.ob;
    if (ob.kind === "triggered" || ob.kind === "dated") route(typesOf(ob.trigger.type), index, "trigger");
    if (ob.kind === "quota") route(typesOf(ob.counts.type), index, "quota");
    else route(typesOf(ob.completedBy), index, "completion");
    route(cob.anchorTypes, index, "anchor");
    route(typesOf(ob.extensions?.events), index, "extension");
    route(typesOf(ob.pause), index, "pause");
    route(typesOf(ob.resume), index, "resume");
    route(typesOf(ob.restart), index, "restart");
    route(typesOf(ob.cancel), index, "cancel");
  });

  // read and de-duplicate the events
  const ignoredEarly: IgnoredEvent[] = [];
  const byId = new Map<string, Rec>();
  const losers: Rec[] = [];
  let n = 0;
  for (let i = 0; i < events.length; i++) {
    const raw: unknown = events[i];
    let ms = fastEventMs(raw);
    let event = raw as Event;
    if (ms !== ms) {
      const reading = readEvent(raw, [i]);
      if (!reading.ok) {
        const id = raw !== null && typeof raw === "object" && typeof (raw as { id?: unknown }).id === "string" ? (raw as { id: string }).id : undefined;
        ignoredEarly.push(id === undefined ? { index: i, reason: "invalid", issues: reading.issues } : { eventId: id, index: i, reason: "invalid", issues: reading.issues });
        continue;
      }
      ms = reading.ms;
      event = reading.event;
    }
    const day = civilDay(ms);
    if (day < MIN_DAY || day > MAX_DAY) {
      ignoredEarly.push({ eventId: event.id, index: i, reason: "invalid", issues: [issue("date_out_of_range", { value: event.at, min: "1900-01-01", max: "2199-12-31" }, [i, "at"])] });
      continue;
    }
    const text = event.at;
    const rec: Rec = { e: event, ms, n: n++, at: text.length === 25 && text.charCodeAt(10) === 84 && text.endsWith("+07:00") ? text : null };
    const prior = byId.get(rec.e.id);
    if (prior === undefined) byId.set(rec.e.id, rec);
    else if (canonicalLess(rec, prior)) {
      byId.set(rec.e.id, rec);
      losers.push(prior);
    } else losers.push(rec);
  }
  run.size(n);
  for (const rec of losers) run.reason[rec.n] = "duplicate_id";

  // dispatch by type, once
  const accepted: Rec[] = [];
  for (const rec of byId.values()) {
    accepted.push(rec);
    if (rec.ms > opts.asOfMs) {
      run.reason[rec.n] = "after_as_of";
      continue;
    }
    const routed = routes.get(rec.e.type);
    if (routed === undefined) {
      run.reason[rec.n] = "unknown_type";
      continue;
    }
    for (let k = 0; k < routed.length; k++) {
      const { index, role } = routed[k] as Routed;
      const b = buckets[index] as Bucket;
      if (role === "trigger") b.triggers.push(rec);
      else if (role === "quota") b.quota.push(rec);
      else {
        b.ctlRecs.push(rec);
        b.ctlRoles.push(role);
      }
    }
  }
  byId.clear();

  // occurrences, obligation by obligation (sources before derived ones)
  const occsOf = new Map<CompiledObligation, Occ[]>();
  const all: Occ[] = [];
  for (const cob of topoOrder(cobs)) {
    const b = buckets[cobs.indexOf(cob)] as Bucket;
    const occs = openOccurrences(run, cob, b, cobs, occsOf);
    routeControls(run, cob, b, occs);
    const list = [...occs.values()];
    occsOf.set(cob, list);
    for (const occ of list) all.push(occ);
  }
  occsOf.clear();

  // findings in (lastDay, obligation, key) order; accounting and summary in the same pass
  const width = cobs.length + 1;
  let maxDay = Number.NEGATIVE_INFINITY;
  for (const occ of all) if (occ.lastDay !== null && occ.lastDay > maxDay) maxDay = occ.lastDay;
  for (const occ of all) occ.sortKey = (occ.lastDay === null ? maxDay + 1 : occ.lastDay) * width + occ.cob.rank;
  sortOccurrences(all);
  let firstMs = Number.POSITIVE_INFINITY;
  for (const occ of all) {
    const t = Math.min(occ.openedMs ?? Number.POSITIVE_INFINITY, occ.doneMs ?? Number.POSITIVE_INFINITY);
    if (t < firstMs) firstMs = t;
  }
  const summaryOptions = opts.summary ?? {};
  const builder = new SummaryBuilder(
    readRate(summaryOptions.rate, ["options", "summary", "rate"]),
    opts.asOfMs,
    windowsOf(readPeriods(summaryOptions.periods, ["options", "summary", "periods"]), firstMs, opts.asOfMs),
    Object.fromEntries(p.units.map((u) => [u.id, u.name])),
  );
  const findings: Finding[] = new Array<Finding>(all.length);
  const used: UsedEvent[] = [];
  const INF = Number.POSITIVE_INFINITY;
  for (let i = 0; i < all.length; i++) {
    const occ = all[i] as Occ;
    const f = finish(run, occ);
    findings[i] = f;
    builder.add(f, occ.openedMs ?? -INF, occ.lastDay === null ? INF : occ.endsMs, occ.doneMs ?? INF, occ.cancelledMs ?? INF);
    if (occ.used1 !== null) used.push(usedEntry(run, occ.used1));
    if (occ.used2 !== null) used.push(usedEntry(run, occ.used2));
    if (occ.usedMore !== null) for (const rec of occ.usedMore) used.push(usedEntry(run, rec));
  }
  all.length = 0;

  const ignoredLater: Rec[] = [];
  for (const rec of accepted) if (run.useRole[rec.n] === undefined) ignoredLater.push(rec);
  for (const rec of losers) ignoredLater.push(rec);
  ignoredLater.sort((a, b) => compareRecs(a, b) || canonicalCompare(a, b));
  const ignored: IgnoredEvent[] = ignoredEarly;
  for (const rec of ignoredLater) {
    const reason = run.reason[rec.n] ?? "no_matching_occurrence";
    const occ = run.reasonOcc[rec.n];
    const issues = run.reasonIssues.get(rec.n);
    const entry: { eventId: string; reason: IgnoreReason; occurrence?: string; issues?: readonly Issue[] } = { eventId: rec.e.id, reason };
    if (occ !== undefined) entry.occurrence = occ;
    if (issues !== undefined) entry.issues = issues;
    ignored.push(entry);
  }
  const accounting: Accounting = { input: events.length, used, ignored };

  const evaluation: Evaluation = {
    plan: p.id,
    asOf: instant(opts.asOfMs),
    calendar: calendar.name,
    locale: opts.locale,
    findings,
    summary: builder.build(),
    accounting,
  };
  return attachRepl(evaluation);
}

const byKey = (a: Occ, b: Occ): number => cmp(a.key, b.key);

/**
 * Sorts occurrences by (sortKey, key) in place: a counting sort on the numeric key (days × obligations
 * is dense) and a sort of each run of equal keys by occurrence key.
 */
function sortOccurrences(all: Occ[]): void {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const o of all) {
    if (o.sortKey < min) min = o.sortKey;
    if (o.sortKey > max) max = o.sortKey;
  }
  const range = max - min + 1;
  if (!(range <= 8 * all.length + 4096)) {
    all.sort((a, b) => a.sortKey - b.sortKey || cmp(a.key, b.key));
    return;
  }
  const starts = new Int32Array(range + 1);
  for (const o of all) (starts[o.sortKey - min + 1] as number)++;
  for (let i = 1; i <= range; i++) starts[i] = (starts[i] as number) + (starts[i - 1] as number);
  const out = new Array<Occ>(all.length);
  for (const o of all) out[(starts[o.sortKey - min] as number)++] = o;
  let i = 0;
  while (i < out.length) {
    const key = (out[i] as Occ).sortKey;
    let j = i + 1;
    while (j < out.length && (out[j] as Occ).sortKey === key) j++;
    if (j - i > 1) {
      const run = out.slice(i, j).sort(byKey);
      for (let k = 0; k < run.length; k++) out[i + k] = run[k] as Occ;
    }
    i = j;
  }
  for (let k = 0; k < out.length; k++) all[k] = out[k] as Occ;
}

function usedEntry(run: Run, rec: Rec): UsedEvent {
  const role = run.useRole[rec.n] as EventRole;
  const occurrence = run.useOcc[rec.n] as string;
  const also = run.also.get(rec.n);
  return also === undefined ? { eventId: rec.e.id, role, occurrence } : { eventId: rec.e.id, role, occurrence, also: sortAlso(also) };
}

/** The events of one obligation, by role. */
class Bucket {
  readonly triggers: Rec[] = [];
  readonly quota: Rec[] = [];
  readonly ctlRecs: Rec[] = [];
  readonly ctlRoles: EventRole[] = [];
}

/** Opens the occurrences of an obligation. */
function openOccurrences(run: Run, cob: CompiledObligation, b: Bucket, cobs: readonly CompiledObligation[], occsOf: Map<CompiledObligation, Occ[]>): Map<string, Occ> {
  const ob = cob.ob;
  const occs = new Map<string, Occ>();
  if (ob.kind === "triggered" || ob.kind === "dated") {
    const fromMs = epochMsOfCivil(cob.fromDay, 0);
    const untilMs = Number.isFinite(cob.untilDay) ? epochMsOfCivil(cob.untilDay + 1, 0) : Number.POSITIVE_INFINITY;
    const winners = new Map<string, Rec>();
    let duplicates = false;
    for (const rec of b.triggers) {
      if ((cob.filter !== undefined && !cob.filter(rec.e)) || rec.ms < fromMs || rec.ms >= untilMs) {
        run.ignored(rec, "filtered_out");
        continue;
      }
      const tail = rec.e.subject ?? rec.e.id;
      const prior = winners.get(tail);
      if (prior === undefined) winners.set(tail, rec);
      else {
        duplicates = true;
        if (compareRecs(rec, prior) < 0) winners.set(tail, rec);
      }
    }
    if (duplicates) {
      for (const rec of b.triggers) {
        const tail = rec.e.subject ?? rec.e.id;
        const w = winners.get(tail);
        if (w !== undefined && w !== rec && !(cob.filter !== undefined && !cob.filter(rec.e))) run.ignored(rec, "duplicate_trigger", `${ob.id}:${tail}`);
      }
    }
    const prefix = `${ob.id}:`;
    for (const [tail, rec] of winners) {
      const occ = new Occ(cob, prefix + tail, tail, rec.e.subject ?? null, rec.e.period ?? null, rec.ms, ownerFor(cob, rec.e.unit));
      occ.trigger = rec;
      occ.urgency = rec.e.urgency;
      run.used(rec, "trigger", occ);
      if (cob.anchorTypes.length === 0) startClock(run, occ, rec.ms, rec);
      occs.set(tail, occ);
    }
  } else if (ob.kind === "recurring") {
    for (const occ of recurringOccurrences(run, cob)) occs.set(occ.tail, occ);
  } else if (ob.kind === "derived") {
    const source = cobs.find((c) => c.ob.id === ob.source.obligation);
    for (const src of (source === undefined ? [] : occsOf.get(source)) ?? []) {
      const anchorMs = derivedAnchor(src, ob.source.on, run.opts.asOfMs);
      if (anchorMs === undefined) continue;
      const owner = ob.owner === undefined ? src.owner : ownerFor(cob, src.owner ?? undefined);
      const occ = new Occ(cob, `${ob.id}:${src.tail}`, src.tail, src.subject, src.period, anchorMs, owner);
      occ.urgency = src.urgency;
      occ.step("derived_from", { source: src.key, on: ob.source.on, at: instant(anchorMs) });
      startClock(run, occ, anchorMs, null);
      occs.set(src.tail, occ);
    }
  } else {
    quotaOccurrences(run, cob, b.quota, occs);
  }
  return occs;
}

/** Routes an obligation's control events to occurrences (by subject, period or earliest open) and applies them. */
function routeControls(run: Run, cob: CompiledObligation, b: Bucket, occs: Map<string, Occ>): void {
  const recs = b.ctlRecs;
  const roles = b.ctlRoles;
  if (recs.length === 0) return;
  if (cob.match !== "subject") {
    sweepControls(run, cob, [...occs.values()], recs.map((rec, i) => [rec, roles[i] as EventRole] as const));
    return;
  }
  const touched: Occ[] = [];
  for (let i = 0; i < recs.length; i++) {
    const rec = recs[i] as Rec;
    const subject = rec.e.subject;
    const tail = subject === undefined ? undefined : cob.perOwner ? (rec.e.unit === undefined ? undefined : `${rec.e.unit}:${subject}`) : subject;
    const occ = tail === undefined ? undefined : occs.get(tail);
    if (occ === undefined) {
      run.ignored(rec, "no_matching_occurrence");
      continue;
    }
    const role = roles[i] as EventRole;
    if (occ.c1 === null) {
      occ.c1 = rec;
      occ.c1Role = role;
      touched.push(occ);
    } else (occ.ctl ??= [[occ.c1, occ.c1Role]]).push([rec, role]);
  }
  for (const occ of touched) {
    if (occ.ctl === null) {
      const rec = occ.c1 as Rec;
      const reason = apply(run, occ, rec, occ.c1Role);
      if (reason === null) run.used(rec, occ.c1Role, occ);
      else run.ignored(rec, reason, occ.key);
    } else applyAll(run, occ, occ.ctl);
    occ.c1 = null;
    occ.ctl = null;
  }
}

/** The event's instant as written when it is already in the canonical form, else normalised. */
function atOf(rec: Rec): string {
  return rec.at ?? instant(rec.ms);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortAlso(list: { role: EventRole; occurrence: string }[]): { role: EventRole; occurrence: string }[] {
  return list.slice().sort((a, b) => cmp(a.occurrence, b.occurrence) || cmp(a.role, b.role));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function textOf(rec: Rec): string {
  return stableStringify(rec.e);
}

function stableStringify(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`).join(",")}}`;
}

/** Among events sharing an id, the kept one: the earliest, then the smallest by content. */
function canonicalCompare(a: Rec, b: Rec): number {
  return a.ms - b.ms || cmp(textOf(a), textOf(b));
}

function canonicalLess(a: Rec, b: Rec): boolean {
  return canonicalCompare(a, b) < 0;
}

/**
 * When a source occurrence reached `on`, if it did:
 * - `done`: it was completed, whether it had a deadline or not (an undated task finished is done;
 *   its completion is the anchor). A cancelled occurrence is never done (a completion after a
 *   cancellation is ignored, and a cancellation after a completion too).
 * - `on_time` / `late`: it was judged so; an undated, cancelled or failed-deadline occurrence never is.
 */
function derivedAnchor(src: Occ, on: "done" | "on_time" | "late", asOfMs: number): number | undefined {
  if (on === "done") return src.cancelledMs === null ? (src.doneMs ?? undefined) : undefined;
  if (src.cancelledMs !== null || src.lastDay === null) return undefined;
  switch (on) {
    case "on_time":
      return src.doneMs !== null && src.doneMs < src.endsMs ? src.doneMs : undefined;
    case "late": {
      if (src.doneMs !== null) return src.doneMs >= src.endsMs ? src.endsMs : undefined;
      if (src.pausedAt !== null) return undefined;
      return asOfMs >= src.endsMs ? src.endsMs : undefined;
    }
  }
}

/** Period and earliest-open matching: one time-ordered pass over the obligation's control events. */
function sweepControls(run: Run, cob: CompiledObligation, occs: Occ[], controls: Control[]): void {
  if (!cob.perOwner) {
    sweepGroup(run, cob, occs, controls);
    return;
  }
  // one occurrence per owner and period: each owner's events (by `unit`) go to that owner's occurrences
  const groups = new Map<string, { occs: Occ[]; controls: Control[] }>();
  for (const owner of cob.owners) groups.set(owner, { occs: [], controls: [] });
  for (const occ of occs) groups.get(occ.owner as string)?.occs.push(occ);
  for (const control of controls) {
    const unit = control[0].e.unit;
    const group = unit === undefined ? undefined : groups.get(unit);
    if (group === undefined) run.ignored(control[0], "no_matching_occurrence");
    else group.controls.push(control);
  }
  for (const group of groups.values()) if (group.controls.length > 0) sweepGroup(run, cob, group.occs, group.controls);
}

function sweepGroup(run: Run, cob: CompiledObligation, occs: Occ[], controls: Control[]): void {
  const ordered = occs.slice().sort((a, b) => (a.openedMs ?? 0) - (b.openedMs ?? 0) || cmp(a.key, b.key));
  const index = cob.match === "period" ? periodIndex(ordered) : undefined;
  controls.sort(compareControls);
  let first = 0;
  for (const [rec, role] of controls) {
    let occ: Occ | undefined;
    const period = rec.e.period;
    if (index !== undefined && period !== undefined) {
      occ = index.get(period);
    } else {
      while (first < ordered.length && (ordered[first] as Occ).closed) first++;
      for (let i = first; i < ordered.length; i++) {
        const o = ordered[i] as Occ;
        if ((o.openedMs ?? 0) > rec.ms) break;
        if (!o.closed) {
          occ = o;
          break;
        }
      }
    }
    if (occ === undefined) {
      run.ignored(rec, "no_matching_occurrence");
      continue;
    }
    const reason = apply(run, occ, rec, role);
    if (reason === null) run.used(rec, role, occ);
    else run.ignored(rec, reason, occ.key);
  }
}

/** Quota periods from the first day to `asOf`: each met when `min` matching events fall in it. */
function quotaOccurrences(run: Run, cob: CompiledObligation, recs: readonly Rec[], occs: Map<string, Occ>): void {
  const ob = cob.ob;
  if (ob.kind !== "quota") return;
  const { min, per } = ob.quota;
  const days = run.calendar.days;
  const lastDay = Math.min(run.opts.asOfDay, cob.untilDay);
  const owners = occurrenceOwners(cob);
  // per owner (by the event's unit) when there are several, then by period label
  const buckets = new Map<string, Rec[]>();
  for (const rec of recs) {
    if (cob.filter !== undefined && !cob.filter(rec.e)) {
      run.ignored(rec, "filtered_out");
      continue;
    }
    const day = civilDay(rec.ms);
    const unit = rec.e.unit;
    if (day < cob.fromDay || day > lastDay || (per === "working_day" && !days.isWorking(day as never)) || (cob.perOwner && (unit === undefined || !cob.owners.includes(unit)))) {
      run.ignored(rec, "no_matching_occurrence");
      continue;
    }
    const label = periodAround(per, day)[2];
    push(buckets, cob.perOwner ? `${unit as string}:${label}` : label, rec);
  }
  let day = cob.fromDay;
  for (let i = 0; i < MAX_OCCURRENCES && day <= lastDay; i++) {
    const [first, last, label] = periodAround(per, day);
    day = last + 1;
    if (per === "working_day" && !days.isWorking(first as never)) continue;
    const openedMs = epochMsOfCivil(Math.max(first, cob.fromDay), 0);
    for (const owner of owners) {
      const tail = cob.perOwner ? `${owner as string}:${label}` : label;
      const occ = new Occ(cob, `${ob.id}:${tail}`, tail, null, label, openedMs, owner);
      occ.anchorMs = openedMs;
      occ.lastDay = last;
      occ.endsMs = epochMsOfCivil(last + 1, 0);
      const bucket = buckets.get(tail) ?? [];
      if (bucket.length > 1) bucket.sort(compareRecs);
      occ.quota = { count: bucket.length, min };
      if (bucket.length >= min) {
        const done = bucket[min - 1] as Rec;
        occ.doneMs = done.ms;
        occ.doneEvent = done;
      }
      occ.step("quota_period", { period: label, min, count: bucket.length, lastDay: iso(last) });
      for (const rec of bucket) run.used(rec, "quota", occ);
      buckets.delete(tail);
      occs.set(tail, occ);
    }
  }
  for (const bucket of buckets.values()) for (const rec of bucket) run.ignored(rec, "no_matching_occurrence");
}
