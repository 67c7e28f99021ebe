/**
 * `evaluate`: a plan and its events → one finding per occurrence, summaries, and an account of
 * every event. Pure, deterministic (independent of event order) and linear in the events.
 * @module
 */
import { civilServiceCalendar } from "../calendar/index.js";
import type { WorkCalendar } from "../calendar/types.js";
import { dayNumberFromYmd, MAX_DAY, MIN_DAY, weekdayOf, ymdFromDayNumber } from "../day/dayNumber.js";
import { epochMsOfCivil, readInstant } from "../day/instant.js";
import type { DeadlineRule, FixedDateRule, RecurringRule, RruleRule, UrgencyLevel } from "../deadline/types.js";
import { InvalidInputError, issue, type Issue } from "../errors.js";
import { grownFloat64, grownInt32, grownUint8, nanColumn } from "../internal/columns.js";
import { compareText } from "../internal/compareText.js";
import { sortByNumberThenText } from "../internal/countingSort.js";
import { Int32Pairs } from "../internal/int32Pairs.js";
import { StringMap } from "../internal/stringMap.js";
import { engineStepText, type EngineStepCode } from "../messages/engine.js";
import type { Event } from "../schema/event.js";
import { isParsedPlan, parsePlan } from "../schema/parsePlan.js";
import type { Plan, PlanInput, QuotaPeriod } from "../schema/plan.js";
import {
  civilDay,
  compileObligations,
  DeadlineCache,
  deadlineFor,
  deadlineForPeriod,
  eventDeadline,
  listedDeadlines,
  listingEnv,
  flat,
  instant,
  iso,
  MS_PER_DAY,
  planCalendar,
  ROLE_ORDER,
  type CompiledObligation,
  type DL,
  type DLResult,
} from "./compile.js";
import { Bucket, canonicalCompare, dispatch, HASH_GROUPS, partsOf, RANK_OF_CODE, readEvents, REASON_CODE, REASON_RANK, REASONS, routesOf, type EventColumns, type Part, type Rec } from "./events/index.js";
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

/** A step of the engine's explanation; instants in its params are epoch ms (formatted only into the texts). */
interface Step {
  readonly code: EngineStepCode;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Growable typed columns of the occurrences' numeric state (NaN for null), indexed by `Occ.i`. */
class OccColumns {
  size = 0;
  anchorMs: Float64Array;
  lastDay: Float64Array;
  endsMs: Float64Array;
  originalLastDay: Float64Array;
  extLastDay: Float64Array;
  extEndsMs: Float64Array;
  pausedAt: Float64Array;
  doneMs: Float64Array;
  cancelledMs: Float64Array;
  openedMs: Float64Array;
  sortKey: Float64Array;
  /** The obligation's rank among the plan's ids. */
  rank: Int32Array;
  extensions: Int32Array;
  restarts: Int32Array;
  /** Event indices (−1: none): the trigger, the event that started the clock, the completion. */
  trigger: Int32Array;
  anchorRec: Int32Array;
  doneEvent: Int32Array;
  /** Scratch: the occurrence's place among those touched by one obligation's control events. */
  local: Int32Array;
  /** Set by `finish`: the status (index in `STATUSES`) and flags (`EARLY`, `PAUSED`) of the finding. */
  status: Uint8Array;
  flags: Uint8Array;
  /**
   * Texts by row (arrays made for the capacity, growing past it as arrays do): the key
   * `${obligation}:${tail}` (two occurrences of one obligation compare by key as by tail, so the
   * keys need not be flattened to be compared), the tail and the owner.
   */
  readonly keys: string[];
  readonly tails: string[];
  readonly owners: (string | null)[];

  constructor(capacity: number) {
    const c = Math.max(16, capacity);
    this.anchorMs = nanColumn(c);
    this.lastDay = nanColumn(c);
    this.endsMs = new Float64Array(c);
    this.originalLastDay = nanColumn(c);
    this.extLastDay = nanColumn(c);
    this.extEndsMs = new Float64Array(c);
    this.pausedAt = nanColumn(c);
    this.doneMs = nanColumn(c);
    this.cancelledMs = nanColumn(c);
    this.openedMs = nanColumn(c);
    this.sortKey = new Float64Array(c);
    this.rank = new Int32Array(c);
    this.extensions = new Int32Array(c);
    this.restarts = new Int32Array(c);
    this.trigger = new Int32Array(c).fill(-1);
    this.anchorRec = new Int32Array(c).fill(-1);
    this.doneEvent = new Int32Array(c).fill(-1);
    this.local = new Int32Array(c).fill(-1);
    this.status = new Uint8Array(c);
    this.flags = new Uint8Array(c);
    this.keys = new Array<string>(c);
    this.tails = new Array<string>(c);
    this.owners = new Array<string | null>(c);
  }

  /** A new row's index (growing the columns when full). */
  add(): number {
    if (this.size === this.endsMs.length) this.grow();
    return this.size++;
  }

  private grow(): void {
    const c = this.endsMs.length * 2;
    this.anchorMs = grownFloat64(this.anchorMs, c, true);
    this.lastDay = grownFloat64(this.lastDay, c, true);
    this.endsMs = grownFloat64(this.endsMs, c, false);
    this.originalLastDay = grownFloat64(this.originalLastDay, c, true);
    this.extLastDay = grownFloat64(this.extLastDay, c, true);
    this.extEndsMs = grownFloat64(this.extEndsMs, c, false);
    this.pausedAt = grownFloat64(this.pausedAt, c, true);
    this.doneMs = grownFloat64(this.doneMs, c, true);
    this.cancelledMs = grownFloat64(this.cancelledMs, c, true);
    this.openedMs = grownFloat64(this.openedMs, c, true);
    this.sortKey = grownFloat64(this.sortKey, c, false);
    this.rank = grownInt32(this.rank, c, 0);
    this.extensions = grownInt32(this.extensions, c, 0);
    this.restarts = grownInt32(this.restarts, c, 0);
    this.trigger = grownInt32(this.trigger, c, -1);
    this.anchorRec = grownInt32(this.anchorRec, c, -1);
    this.doneEvent = grownInt32(this.doneEvent, c, -1);
    this.local = grownInt32(this.local, c, -1);
    this.status = grownUint8(this.status, c);
    this.flags = grownUint8(this.flags, c);
  }
}

function orNull(v: number): number | null {
  return v !== v ? null : v;
}

function nullToNaN(v: number | null): number {
  return v === null ? Number.NaN : v;
}

/** One occurrence being evaluated: its identity here, its numeric state in the columns. */
class Occ {
  steps: Step[] | null = null;
  notes: FindingNote[] | null = null;
  urgency: UrgencyLevel | undefined;
  dl: DL | null = null;
  errorMessage: string | null = null;
  quota: { count: number; min: number } | null = null;
  /**
   * Copied from the obligation's bucket when the occurrence is opened or completed, so that its
   * finding need not go back to the events: the trigger's id, its instant as written (when
   * canonical) and its own deadline; the completion's id and instant as written.
   */
  triggerId: string | null = null;
  openedText: string | undefined = undefined;
  stated: Event["deadline"] = undefined;
  doneId: string | null = null;
  doneText: string | undefined = undefined;
  readonly i: number;

  constructor(
    readonly s: OccColumns,
    readonly cob: CompiledObligation,
    key: string,
    tail: string,
    readonly subject: string | null,
    readonly period: string | null,
    openedMs: number | null,
    owner: string | null,
  ) {
    const i = (this.i = s.add());
    s.rank[i] = cob.rank;
    if (openedMs !== null) s.openedMs[i] = openedMs;
    s.keys[i] = key;
    s.tails[i] = tail;
    s.owners[i] = owner;
  }

  /** The occurrence's key, tail and owner (kept in the columns, which the summary and the accounting read). */
  get key(): string {
    return this.s.keys[this.i] as string;
  }
  get tail(): string {
    return this.s.tails[this.i] as string;
  }
  get owner(): string | null {
    return this.s.owners[this.i] ?? null;
  }

  get openedMs(): number | null {
    return orNull(this.s.openedMs[this.i] as number);
  }
  get anchorMs(): number | null {
    return orNull(this.s.anchorMs[this.i] as number);
  }
  set anchorMs(v: number | null) {
    this.s.anchorMs[this.i] = nullToNaN(v);
  }
  get lastDay(): number | null {
    return orNull(this.s.lastDay[this.i] as number);
  }
  set lastDay(v: number | null) {
    this.s.lastDay[this.i] = nullToNaN(v);
  }
  get endsMs(): number {
    return this.s.endsMs[this.i] as number;
  }
  set endsMs(v: number) {
    this.s.endsMs[this.i] = v;
  }
  get originalLastDay(): number | null {
    return orNull(this.s.originalLastDay[this.i] as number);
  }
  set originalLastDay(v: number | null) {
    this.s.originalLastDay[this.i] = nullToNaN(v);
  }
  /** With `judge: "original"`: where extensions moved the deadline, not judged. */
  get extLastDay(): number | null {
    return orNull(this.s.extLastDay[this.i] as number);
  }
  set extLastDay(v: number | null) {
    this.s.extLastDay[this.i] = nullToNaN(v);
  }
  get extEndsMs(): number {
    return this.s.extEndsMs[this.i] as number;
  }
  set extEndsMs(v: number) {
    this.s.extEndsMs[this.i] = v;
  }
  get pausedAt(): number | null {
    return orNull(this.s.pausedAt[this.i] as number);
  }
  set pausedAt(v: number | null) {
    this.s.pausedAt[this.i] = nullToNaN(v);
  }
  get doneMs(): number | null {
    return orNull(this.s.doneMs[this.i] as number);
  }
  set doneMs(v: number | null) {
    this.s.doneMs[this.i] = nullToNaN(v);
  }
  get cancelledMs(): number | null {
    return orNull(this.s.cancelledMs[this.i] as number);
  }
  set cancelledMs(v: number | null) {
    this.s.cancelledMs[this.i] = nullToNaN(v);
  }
  get extensions(): number {
    return this.s.extensions[this.i] as number;
  }
  set extensions(v: number) {
    this.s.extensions[this.i] = v;
  }
  get restarts(): number {
    return this.s.restarts[this.i] as number;
  }
  set restarts(v: number) {
    this.s.restarts[this.i] = v;
  }
  get sortKey(): number {
    return this.s.sortKey[this.i] as number;
  }
  set sortKey(v: number) {
    this.s.sortKey[this.i] = v;
  }
  /** The triggering event (−1: none). */
  get trigger(): Rec {
    return this.s.trigger[this.i] as number;
  }
  set trigger(v: Rec) {
    this.s.trigger[this.i] = v;
  }
  /** The event that started the clock, when one did (for its instant's text); −1 otherwise. */
  get anchorRec(): Rec {
    return this.s.anchorRec[this.i] as number;
  }
  set anchorRec(v: Rec) {
    this.s.anchorRec[this.i] = v;
  }
  get doneEvent(): Rec {
    return this.s.doneEvent[this.i] as number;
  }
  set doneEvent(v: Rec) {
    this.s.doneEvent[this.i] = v;
  }

  get closed(): boolean {
    const s = this.s;
    const i = this.i;
    return (s.doneMs[i] as number) === (s.doneMs[i] as number) || (s.cancelledMs[i] as number) === (s.cancelledMs[i] as number);
  }

  step(code: EngineStepCode, params: Readonly<Record<string, unknown>>): void {
    (this.steps ??= []).push({ code, params });
  }

  note(code: string, params: Readonly<Record<string, unknown>>): void {
    (this.notes ??= []).push({ code, params });
  }
}

const ROLES: readonly EventRole[] = ["trigger", "anchor", "completion", "extension", "pause", "resume", "restart", "cancel", "quota"];
const ROLE_CODE: Readonly<Record<EventRole, number>> = { trigger: 1, anchor: 2, completion: 3, extension: 4, pause: 5, resume: 6, restart: 7, cancel: 8, quota: 9 };
/** In `Run.useRole`: the role code of an event's first use, and a flag for events also used elsewhere. */
const ROLE_MASK = 0x7f;
const HAS_ALSO = 0x80;
/** Per-evaluation state. */
class Run implements EventColumns {
  /** The events by input position (a normalised copy where an event needed the schema to be read). */
  evs: readonly Event[] = [];
  /** The events' ids by input position (read once, so that accounting does not go back to the events). */
  ids: string[] = [];
  /** Instants by input position (NaN: not accepted). */
  ms: Float64Array = new Float64Array(0);
  /** The routed list of each event's type (index in `Routes.lists`; −1: none), and how many events each list has. */
  routeOf: Int32Array = new Int32Array(0);
  routeCount: Int32Array = new Int32Array(0);
  /** `fnv1a(subject ?? id)` of each routed event, and how many events of each routed list fall in each of {@link HASH_GROUPS} groups by that hash. */
  tailHash: Int32Array = new Int32Array(0);
  routeHist: Int32Array = new Int32Array(0);
  /** The event's `at` where it is already in the canonical form (`YYYY-MM-DDTHH:mm:ss+07:00`), noted once when read. */
  atText: (string | undefined)[] = [];
  occs: OccColumns;
  // Per event, by input position: first use (role code, occurrence index), ignore reason code.
  useRole: Uint8Array = new Uint8Array(0);
  useOcc: Int32Array = new Int32Array(0);
  /** (occurrence index, event) of each first use, in order. */
  readonly usedLog = new Int32Pairs();
  readonly also = new Map<number, { role: EventRole; occurrence: string }[]>();
  reason: Uint8Array = new Uint8Array(0);
  readonly reasonOcc = new Map<number, string>();
  readonly reasonIssues = new Map<number, readonly Issue[]>();
  /** Scratch of `routeBySubject`, reused from part to part. */
  readonly touched: Occ[] = [];
  readonly counts: number[] = [];
  private readonly scratch: Int32Array[] = [];
  private readonly instantCache = new Map<number, string>();

  constructor(
    readonly calendar: WorkCalendar,
    readonly opts: ReadOptions,
    capacity: number,
  ) {
    this.occs = new OccColumns(capacity);
  }

  /** The `k`-th scratch list of ints, of at least `size` (contents left from earlier use). */
  ints(k: number, size: number): Int32Array {
    let list = this.scratch[k];
    if (list === undefined || list.length < size) this.scratch[k] = list = new Int32Array(Math.max(size, 2 * (list?.length ?? 0), 1024));
    return list;
  }

  ev(rec: Rec): Event {
    return this.evs[rec] as Event;
  }

  id(rec: Rec): string {
    return this.ids[rec] as string;
  }

  at(rec: Rec): number {
    return this.ms[rec] as number;
  }

  /** ISO instant of epoch ms, one flat string per instant. */
  instant(ms: number): string {
    let s = this.instantCache.get(ms);
    if (s === undefined) this.instantCache.set(ms, (s = flat(instant(ms))));
    return s;
  }

  newOcc(cob: CompiledObligation, key: string, tail: string, subject: string | null, period: string | null, openedMs: number | null, owner: string | null): Occ {
    return new Occ(this.occs, cob, key, tail, subject, period, openedMs, owner);
  }


  used(rec: Rec, role: EventRole, occ: Occ): void {
    const first = (this.useRole[rec] as number) & ROLE_MASK;
    if (first === 0) {
      this.useRole[rec] = ROLE_CODE[role];
      this.useOcc[rec] = occ.i;
      this.usedLog.push(occ.i, rec);
      return;
    }
    if (ROLES[first - 1] === role && this.useOcc[rec] === occ.i) return;
    let list = this.also.get(rec);
    if (list === undefined) {
      this.also.set(rec, (list = []));
      this.useRole[rec] = first | HAS_ALSO;
    }
    if (!list.some((x) => x.role === role && x.occurrence === occ.key)) list.push({ role, occurrence: occ.key });
  }

  /** Allocates the per-event arrays for `count` input events. */
  size(count: number): void {
    this.ms = new Float64Array(count).fill(Number.NaN);
    this.routeOf = new Int32Array(count).fill(-1);
    this.tailHash = new Int32Array(count);
    this.atText = new Array<string | undefined>(count);
    this.useRole = new Uint8Array(count);
    this.useOcc = new Int32Array(count);
    this.reason = new Uint8Array(count);
  }

  ignored(rec: Rec, reason: IgnoreReason, occ?: string, issues?: readonly Issue[]): void {
    const current = this.reason[rec] as number;
    if (current !== 0 && (RANK_OF_CODE[current] as number) >= REASON_RANK[reason]) return;
    this.reason[rec] = REASON_CODE[reason];
    if (occ === undefined) this.reasonOcc.delete(rec);
    else this.reasonOcc.set(rec, occ);
    if (issues !== undefined) this.reasonIssues.set(rec, issues);
  }

  compareRecs(a: Rec, b: Rec): number {
    return (this.ms[a] as number) - (this.ms[b] as number) || compareText(this.id(a), this.id(b));
  }
}

/** The event's instant as written when it is already in the canonical form, else normalised. */
function atOf(run: Run, rec: Rec): string {
  return run.atText[rec] ?? instant(run.at(rec));
}

type Control = readonly [Rec, EventRole];

function compareControls(run: Run, a: Control, b: Control): number {
  return run.at(a[0]) - run.at(b[0]) || ROLE_ORDER[a[1]] - ROLE_ORDER[b[1]] || compareText(run.id(a[0]), run.id(b[0]));
}

/** The owners that get their own occurrences: each owner when `perOwner`, else the first (or none). */
function occurrenceOwners(cob: CompiledObligation): readonly (string | null)[] {
  return cob.perOwner ? cob.owners : [cob.owners[0] ?? null];
}

function ownerFor(cob: CompiledObligation, unit: string | undefined): string | null {
  if (unit !== undefined && cob.ownerSet.has(unit)) return unit;
  return cob.owners[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// the clock of one occurrence

function setDeadline(occ: Occ, result: DLResult | undefined): void {
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
  s.lastDay[i] = dl.lastDay;
  s.endsMs[i] = dl.endsMs;
}

/** Starts (or restarts) the clock of an occurrence at `ms`. */
function startClock(run: Run, occ: Occ, ms: number, rec: Rec): void {
  const cob = occ.cob;
  occ.s.anchorMs[occ.i] = ms;
  occ.s.anchorRec[occ.i] = rec;
  switch (cob.kind) {
    case "triggered":
    case "derived":
      setDeadline(occ, deadlineFor(cob, cob.rule as DeadlineRule, ms, run.calendar, urgencyOptions(occ.urgency)));
      break;
    case "dated": {
      const trigger = occ.trigger;
      const own = trigger < 0 ? undefined : eventDeadline(cob, occ.stated, run.at(trigger), run.calendar, occ.urgency);
      if (own !== undefined) {
        setDeadline(occ, own);
      } else if (cob.fallback !== undefined) {
        setDeadline(occ, deadlineFor(cob, cob.fallback, ms, run.calendar, urgencyOptions(occ.urgency)));
        const event = trigger < 0 ? "" : (occ.triggerId ?? run.id(trigger));
        if (cob.fallbackField === "otherwise") {
          occ.note("capped", OTHERWISE_NOTE);
          occ.step("otherwise", { event });
        } else {
          occ.note("capped", {});
          occ.step("capped", { event });
        }
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
const NO_URGENCY = Object.freeze({});

/** Deadline options for an urgency (one shared object when there is none). */
function urgencyOptions(urgency: UrgencyLevel | undefined): { readonly urgency?: UrgencyLevel } {
  return urgency === undefined ? NO_URGENCY : { urgency };
}

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
  const e = run.ev(rec);
  if (e.deadline !== undefined) {
    result = eventDeadline(cob, e.deadline, run.at(rec), run.calendar, occ.urgency);
  } else {
    const days = e.data?.["days"];
    const amount = typeof days === "number" && Number.isInteger(days) && days >= 1 ? days : ext?.by?.amount;
    const unit = ext?.by?.unit ?? "day";
    if (amount === undefined || curLast === null) return "extension_without_deadline";
    const hourly = unit === "hour" || unit === "working_hour";
    const rule: DeadlineRule = { kind: "relative", amount, unit, anchor: { text: "thời hạn trước khi gia hạn" } };
    result = deadlineFor(cob, rule, hourly ? curEnds : epochMsOfCivil(curLast, 0), run.calendar);
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
function apply(run: Run, occ: Occ, rec: Rec, role: EventRole, ms: number = run.at(rec)): IgnoreReason | null {
  switch (role) {
    case "anchor":
      if (occ.closed) return "occurrence_closed";
      if (occ.anchorMs !== null) return "already_started";
      occ.step("clock_started", { event: run.id(rec), at: ms });
      startClock(run, occ, ms, rec);
      return null;
    case "restart":
      if (occ.closed) return "occurrence_closed";
      if (occ.cob.kind === "recurring" || occ.cob.kind === "quota") return "no_matching_occurrence";
      occ.restarts += 1;
      startClock(run, occ, ms, rec);
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
      const occ = run.newOcc(cob, `${ob.id}:${tail}`, tail, null, period, openedMs, owner);
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
    while (day <= MAX_DAY) {
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
  if (rule.kind !== "recurring" && rule.kind !== "rrule" && rule.kind !== "fixed_date") {
    chainedOccurrences(run, cob, rule, push);
    return out;
  }
  const env = listingEnv(cob, run.calendar);
  if ("ok" in env) {
    push(iso(cob.fromDay), firstMs, env);
    return out;
  }
  // windows of the days the occurrences fall due, widened while they hold none (a yearly 29
  // February, an RRULE with long gaps, dates years apart), until the first occurrence due after asOf
  const lastDay = Math.min(cob.untilDay, MAX_DAY);
  let prevEnds = firstMs;
  let lo = cob.fromDay;
  let span = LISTING_DAYS;
  while (lo <= lastDay) {
    const hi = Math.min(lo + span - 1, lastDay);
    const listed = listedDeadlines(rule, env, lo, hi, prevEnds);
    for (const { nominal, result } of listed) {
      if (!result.ok) {
        if (out.length === 0) push(iso(cob.fromDay), prevEnds, result);
        return out;
      }
      push(recurringLabel(rule, nominal), prevEnds, result);
      prevEnds = result.dl.endsMs;
      if (prevEnds > asOfMs) return out;
    }
    if (listed.length === 0) span *= 2;
    lo = hi + 1;
  }
  return out;
}

/**
 * The occurrences of a period rule ("trong tháng 7"), each the next after the previous one's end:
 * the rule's deadline from the first day, then from each end until one falls due after asOf.
 */
function chainedOccurrences(run: Run, cob: CompiledObligation, rule: DeadlineRule, push: (label: string, openedMs: number, result: DLResult) => void): void {
  let anchorMs = epochMsOfCivil(cob.fromDay, 0);
  let count = 0;
  for (;;) {
    const result = deadlineFor(cob, rule, anchorMs, run.calendar);
    if (!result.ok) {
      if (count === 0) push(iso(cob.fromDay), anchorMs, result);
      break;
    }
    const dl = result.dl;
    if (dl.endsMs <= anchorMs || dl.lastDay > cob.untilDay) break;
    push(labelOfRule(rule, dl.lastDay), anchorMs, result);
    count++;
    if (dl.endsMs > run.opts.asOfMs) break;
    // the next one ends after this one's last day (an end at office close is still within it)
    anchorMs = Math.max(dl.endsMs, epochMsOfCivil(dl.lastDay + 1, 0));
  }
}

function labelOfRule(rule: DeadlineRule, lastDay: number): string {
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

/** Days listed at once for a daily, weekly, fixed-date or RRULE obligation (a year and a margin). */
const LISTING_DAYS = 400;

/**
 * The period a daily, weekly, fixed-date or RRULE occurrence belongs to, from the day its rule
 * names (so the key does not move with the calendar's rolls or the policy's reading of "trước":
 * "trước ngày 03/3/2024" is `2024-03-03` whether its last day is 02/03 or 03/03): the day, or the
 * ISO week; an `offset` names the period it counts from.
 */
function recurringLabel(rule: RecurringRule | RruleRule | FixedDateRule, nominal: number): string {
  if (rule.kind !== "recurring") return iso(nominal);
  const offset = rule.offset ?? 0;
  return rule.frequency === "weekly" ? isoWeekLabel(nominal - 7 * offset) : iso(nominal - offset);
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
  // the opening steps, the deadline's trace, then the other steps (arrays of their final length,
  // filled by index: explanations are made per finding)
  const baseVi = base === undefined ? NO_TEXTS : base.vi;
  const baseEn = base === undefined ? NO_TEXTS : base.en;
  const vi = new Array<string>(steps.length + baseVi.length);
  const en = new Array<string>(steps.length + baseEn.length);
  let n = 0;
  for (let k = 0; k < steps.length; k++) {
    const s = steps[k] as Step;
    if (!OPENING_STEPS.has(s.code)) continue;
    vi[n] = flat(engineStepText(s.code, s.params, "vi"));
    en[n++] = flat(engineStepText(s.code, s.params, "en"));
  }
  const opening = n;
  for (let k = 0; k < baseVi.length; k++) vi[opening + k] = baseVi[k] as string;
  for (let k = 0; k < baseEn.length; k++) en[opening + k] = baseEn[k] as string;
  let nVi = opening + baseVi.length;
  let nEn = opening + baseEn.length;
  if (opening < steps.length) {
    for (let k = 0; k < steps.length; k++) {
      const s = steps[k] as Step;
      if (OPENING_STEPS.has(s.code)) continue;
      vi[nVi++] = flat(engineStepText(s.code, s.params, "vi"));
      en[nEn++] = flat(engineStepText(s.code, s.params, "en"));
    }
  }
  return { vi, en };
}

const NO_TEXTS: readonly string[] = Object.freeze([]);

/** Steps that say how the occurrence arose; shown before the deadline's trace. */
const OPENING_STEPS: ReadonlySet<EngineStepCode> = new Set<EngineStepCode>(["derived_from", "clock_started", "capped", "otherwise", "quota_period"]);

const EMPTY_EXPLANATION = Object.freeze({ vi: Object.freeze([]) as readonly string[], en: Object.freeze([]) as readonly string[] });

function finish(run: Run, occ: Occ): Finding {
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
    workingDaysLate = refDay > lastDayNum && lastDayNum >= MIN_DAY && refDay <= MAX_DAY ? days.count(lastDayNum as never, refDay as never) : 0;
    if (hourly && run.calendar.officeHours !== undefined) {
      officeHoursLate = Math.max(0, Math.round(run.calendar.countWorkingHours(instant(endsMs), instant(refMs)) * 100) / 100);
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
    else dueSoon = lastDayNum <= (horizon.amount === 0 ? asOfDay : days.add(asOfDay as never, horizon.amount));
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
    explanation: explanation(occ),
    deductions: NO_DEDUCTIONS,
  };
}

const STATUSES: readonly FindingStatus[] = ["on_time", "late", "overdue", "open", "cancelled", "undated"];
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
    default:
      return 5;
  }
}

const EARLY = 1;
const PAUSED = 2;

const NO_NOTES: readonly FindingNote[] = Object.freeze([]);
const NO_DEDUCTIONS: readonly never[] = Object.freeze([]);

// ---------------------------------------------------------------------------------------------
// evaluate

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

/** Most events one call of {@link evaluate} reads (2²⁶, about 67 million). */
const MAX_EVENTS = 2 ** 26;

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
 * @param options - `asOf` (required: an instant, or a date meaning the end of that day, 24:00), `calendar` (default `civilServiceCalendar`), `dueSoon`
 *   (default 24 hours), `locale` of the printed table (default `"vi"`), `policy` (overrides over the
 *   plan's and each obligation's), `summary` (rate and periods).
 * @returns An {@link Evaluation}: plain data; it prints as a table in the Node REPL and has `rows()`.
 * @throws {@link InvalidInputError} `invalid_value` (reason `too_many_items`) for more than 2²⁶ events;
 *   `invalid_plan` for a bad plan; `missing_required` (no `asOf`),
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
  if (events.length > MAX_EVENTS) {
    // the columns of one evaluation are sized by the length: a sparse array of length 2³²−1 must not reach them
    throw new InvalidInputError([issue("invalid_value", { value: `[${events.length} items]`, reason: "too_many_items", max: MAX_EVENTS }, ["events"])]);
  }
  const calendar = planCalendar(p, opts.calendar ?? civilServiceCalendar);
  const cobs = compileObligations(p, new DeadlineCache(calendar), opts.policy);
  // Each phase below is a function of its own with one loop: a long loop is optimised while it
  // runs, and a small function around it keeps that optimisation cheap and stable.
  const run = new Run(calendar, opts, 0);
  const routes = routesOf(cobs);
  const ignoredEarly = readEvents(run, events, routes);
  const buckets = dispatch(run, cobs, routes);
  const findingOf = evaluateObligations(run, cobs, buckets);
  // (what was read for the routing and the findings is no longer needed)
  run.atText = [];

  // findings in (lastDay, obligation, key) order; accounting and summary in the same pass
  const all = orderOccurrences(run, cobs.length + 1);
  const summaryOptions = opts.summary ?? {};
  const builder = new SummaryBuilder(
    readRate(summaryOptions.rate, ["options", "summary", "rate"]),
    opts.asOfMs,
    windowsOf(readPeriods(summaryOptions.periods, ["options", "summary", "periods"]), firstInstant(run.occs), opts.asOfMs),
    Object.fromEntries(p.units.map((u) => [u.id, u.name])),
  );
  const { findings, used } = collect(run, cobs, all, findingOf, builder);
  const accounting: Accounting = { input: events.length, used, ignored: listIgnored(run, ignoredEarly) };

  const evaluation: Omit<Evaluation, "rows"> = {
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

/**
 * The occurrences, obligation by obligation (sources before derived ones), and their findings by
 * occurrence index. Each occurrence's finding is made as soon as its obligation is done (a derived
 * obligation reads only its source's state), so that the occurrence objects die young; only the
 * occurrences of obligations that others derive from are kept until those are opened.
 */
function evaluateObligations(run: Run, cobs: readonly CompiledObligation[], buckets: Bucket[]): Finding[] {
  const sources = new Set<string>();
  for (const cob of cobs) if (cob.ob.kind === "derived") sources.add(cob.ob.source.obligation);
  // room for the occurrences: one per trigger, one per derived one, and some for periods (the columns grow if need be)
  let capacity = 4096;
  for (let c = 0; c < cobs.length; c++) {
    const n = (buckets[c] as Bucket).nTrig;
    capacity += sources.has((cobs[c] as CompiledObligation).ob.id) ? 2 * n : n;
  }
  run.occs = new OccColumns(capacity);
  const occsOf = new Map<CompiledObligation, Occ[]>();
  const findingOf = new Array<Finding>(capacity);
  for (const cob of topoOrder(cobs)) {
    const b = buckets[cobs.indexOf(cob)] as Bucket;
    const keep = sources.has(cob.ob.id);
    const kept: Occ[] = [];
    for (const part of partsOf(b)) {
      const occs = openOccurrences(run, cob, b, cobs, occsOf, part);
      routeControls(run, cob, b, occs, part);
      finishAll(run, occs.values(), findingOf);
      if (keep) for (const occ of occs.values()) kept.push(occ);
    }
    b.clear();
    if (keep) occsOf.set(cob, kept);
  }
  return findingOf;
}

function finishAll(run: Run, occs: readonly Occ[], findingOf: Finding[]): void {
  for (let k = 0; k < occs.length; k++) {
    const occ = occs[k] as Occ;
    findingOf[occ.i] = finish(run, occ);
  }
}

/** The occurrences' indices in (lastDay, obligation rank, key) order; undated ones last. */
function orderOccurrences(run: Run, width: number): Int32Array {
  const oc = run.occs;
  const occCount = oc.size;
  let maxDay = Number.NEGATIVE_INFINITY;
  for (let o = 0; o < occCount; o++) {
    const d = oc.lastDay[o] as number;
    if (d > maxDay) maxDay = d;
  }
  for (let o = 0; o < occCount; o++) {
    const d = oc.lastDay[o] as number;
    oc.sortKey[o] = (d === d ? d : maxDay + 1) * width + (oc.rank[o] as number);
  }
  return sortByNumberThenText(oc.sortKey, occCount, oc.tails);
}

/** The earliest opening or completion of any occurrence (where the summary's periods start). */
function firstInstant(oc: OccColumns): number {
  let firstMs = Number.POSITIVE_INFINITY;
  for (let o = 0; o < oc.size; o++) {
    const opened = oc.openedMs[o] as number;
    const done = oc.doneMs[o] as number;
    if (opened < firstMs) firstMs = opened;
    if (done < firstMs) firstMs = done;
  }
  return firstMs;
}

/**
 * The findings in order and the events each used (grouped by finding, in the order they were
 * used); the summary's counts, from the occurrences' columns in the order they were made (the
 * findings are not read back).
 */
function collect(run: Run, cobs: readonly CompiledObligation[], all: Int32Array, findingOf: Finding[], builder: SummaryBuilder): { findings: Finding[]; used: UsedEvent[] } {
  const oc = run.occs;
  const occCount = oc.size;
  const byRank: CompiledObligation[] = [];
  for (const cob of cobs) byRank[cob.rank] = cob;
  const INF = Number.POSITIVE_INFINITY;
  const times = new Float64Array(4);
  const owners = oc.owners;
  for (let o = 0; o < occCount; o++) {
    const opened = oc.openedMs[o] as number;
    const done = oc.doneMs[o] as number;
    const cancelled = oc.cancelledMs[o] as number;
    times[0] = opened === opened ? opened : -INF;
    times[1] = (oc.lastDay[o] as number) === (oc.lastDay[o] as number) ? (oc.endsMs[o] as number) : INF;
    times[2] = done === done ? done : INF;
    times[3] = cancelled === cancelled ? cancelled : INF;
    const cob = byRank[oc.rank[o] as number] as CompiledObligation;
    const flags = oc.flags[o] as number;
    builder.addParts(owners[o] ?? "", cob.id, cob.title, STATUSES[oc.status[o] as number] as FindingStatus, (flags & EARLY) !== 0, (flags & PAUSED) !== 0, times);
  }
  const log = run.usedLog;
  const usedStart = new Int32Array(occCount + 1);
  for (let k = 0; k < log.size; k++) (usedStart[(log.a[k] as number) + 1] as number)++;
  for (let o = 0; o < occCount; o++) usedStart[o + 1] = (usedStart[o + 1] as number) + (usedStart[o] as number);
  const usedRecs = new Int32Array(log.size);
  {
    const fill = usedStart.slice(0, occCount);
    for (let k = 0; k < log.size; k++) usedRecs[(fill[log.a[k] as number] as number)++] = log.b[k] as number;
  }
  log.a = log.b = new Int32Array(0);
  const findings: Finding[] = new Array<Finding>(all.length);
  const used: UsedEvent[] = new Array<UsedEvent>(usedRecs.length);
  const keys = oc.keys;
  let u = 0;
  for (let i = 0; i < all.length; i++) {
    const o = all[i] as number;
    findings[i] = findingOf[o] as Finding;
    const key = keys[o] as string;
    for (let k = usedStart[o] as number, end = usedStart[o + 1] as number; k < end; k++) used[u++] = usedEntry(run, usedRecs[k] as number, key);
  }
  findingOf.length = 0;
  return { findings, used };
}

/** The ignored events: the invalid ones first (in input order), then the others by instant and id. */
function listIgnored(run: Run, ignoredEarly: IgnoredEvent[]): IgnoredEvent[] {
  const msCol = run.ms;
  const ignoredLater: Rec[] = [];
  for (let i = 0; i < msCol.length; i++) if ((msCol[i] as number) === (msCol[i] as number) && run.useRole[i] === 0) ignoredLater.push(i);
  // (events sharing an id, instant and content: the kept one first)
  const dup = REASON_CODE.duplicate_id;
  ignoredLater.sort((a, b) => run.compareRecs(a, b) || canonicalCompare(run, a, b) || (run.reason[a] === dup ? 1 : 0) - (run.reason[b] === dup ? 1 : 0));
  const ignored: IgnoredEvent[] = ignoredEarly;
  for (const rec of ignoredLater) {
    const code = run.reason[rec] as number;
    const reason = code === 0 ? "no_matching_occurrence" : (REASONS[code - 1] as IgnoreReason);
    const occ = run.reasonOcc.get(rec);
    const issues = run.reasonIssues.get(rec);
    const entry: { eventId: string; reason: IgnoreReason; occurrence?: string; issues?: readonly Issue[] } = { eventId: run.id(rec), reason };
    if (occ !== undefined) entry.occurrence = occ;
    if (issues !== undefined) entry.issues = issues;
    ignored.push(entry);
  }
  return ignored;
}

function usedEntry(run: Run, rec: Rec, occurrence: string): UsedEvent {
  const code = run.useRole[rec] as number;
  const role = ROLES[(code & ROLE_MASK) - 1] as EventRole;
  const also = (code & HAS_ALSO) === 0 ? undefined : run.also.get(rec);
  return also === undefined ? { eventId: run.id(rec), role, occurrence } : { eventId: run.id(rec), role, occurrence, also: sortAlso(also) };
}

/** Opens the occurrences of an obligation. */
function openOccurrences(run: Run, cob: CompiledObligation, b: Bucket, cobs: readonly CompiledObligation[], occsOf: Map<CompiledObligation, Occ[]>, part: Part): StringMap<Occ> {
  // one function per kind, so that each is optimised for its own kind only
  switch (cob.kind) {
    case "triggered":
    case "dated":
      return openTriggered(run, cob, b, part);
    case "recurring":
      return openRecurring(run, cob);
    case "derived":
      return openDerived(run, cob, cobs, occsOf);
    default: {
      const occs = new StringMap<Occ>(16);
      quotaOccurrences(run, cob, b.quota.subarray(0, b.nQuota), occs);
      return occs;
    }
  }
}

/** Opens the occurrences of a triggered or dated obligation: one per subject (or per event without one). */
function openTriggered(run: Run, cob: CompiledObligation, b: Bucket, part: Part): StringMap<Occ> {
  const fromMs = epochMsOfCivil(cob.fromDay, 0);
  const untilMs = Number.isFinite(cob.untilDay) ? epochMsOfCivil(cob.untilDay + 1, 0) : Number.POSITIVE_INFINITY;
  // the winning trigger of each tail, by place in `b.triggers`
  const triggers = b.triggers;
  const first = part.t0;
  const count = part.t1 - part.t0;
  const winners = new StringMap<number>(count);
  let duplicates = false;
  const subjects = b.trigSubject;
  const ids = b.trigId;
  const hashes = b.trigHash;
  const times = b.trigMs;
  for (let n = 0; n < count; n++) {
    const k = first + n;
    const ms = times[k] as number;
    if ((cob.filter !== undefined && !cob.filter(run.ev(triggers[k] as Rec))) || ms < fromMs || ms >= untilMs) {
      run.ignored(triggers[k] as Rec, "filtered_out");
      continue;
    }
    const tail = subjects[k] ?? (ids[k] as string);
    const hash = hashes[k] as number;
    const slot = winners.slotOf(tail, hash);
    const prior = winners.at(slot);
    if (prior === undefined) winners.insertAt(slot, tail, hash, k);
    else {
      const rec = triggers[k] as Rec;
      duplicates = true;
      if (run.compareRecs(rec, triggers[prior] as Rec) < 0) winners.replaceAt(slot, k);
    }
  }
  if (duplicates) {
    for (let n = 0; n < count; n++) {
      const k = first + n;
      const rec = triggers[k] as Rec;
      const tail = subjects[k] ?? (ids[k] as string);
      const w = winners.at(winners.slotOf(tail, hashes[k] as number));
      if (w !== undefined && w !== k && !(cob.filter !== undefined && !cob.filter(run.ev(rec)))) run.ignored(rec, "duplicate_trigger", `${cob.id}:${tail}`);
    }
  }
  const prefix = `${cob.id}:`;
  const vals = new Array<Occ>(winners.size);
  for (let w = 0; w < winners.size; w++) {
    const tail = winners.keys[w] as string;
    const k = winners.vals[w] as number;
    const rec = triggers[k] as Rec;
    const ms = times[k] as number;
    const occ = run.newOcc(cob, prefix + tail, tail, subjects[k] ?? null, b.trigPeriod[k] ?? null, ms, ownerFor(cob, b.trigUnit[k]));
    occ.trigger = rec;
    occ.urgency = b.trigUrgency[k];
    occ.triggerId = ids[k] as string;
    occ.openedText = b.trigAt[k];
    occ.stated = b.trigDeadline[k];
    run.used(rec, "trigger", occ);
    if (cob.anchorTypes.length === 0) startClock(run, occ, ms, rec);
    vals[w] = occ;
  }
  // the same tails in the same order: the winners' table, with the occurrences as values
  return winners.withValues(vals);
}

function openRecurring(run: Run, cob: CompiledObligation): StringMap<Occ> {
  const occs = new StringMap<Occ>(16);
  for (const occ of recurringOccurrences(run, cob)) occs.set(occ.tail, occ);
  return occs;
}

/** Opens the occurrences of a derived obligation: one per occurrence of its source that reached the outcome it names. */
function openDerived(run: Run, cob: CompiledObligation, cobs: readonly CompiledObligation[], occsOf: Map<CompiledObligation, Occ[]>): StringMap<Occ> {
  const ob = cob.ob;
  const occs = new StringMap<Occ>(16);
  if (ob.kind !== "derived") return occs;
  const source = cobs.find((c) => c.id === ob.source.obligation);
  for (const src of (source === undefined ? [] : occsOf.get(source)) ?? []) {
    const anchorMs = derivedAnchor(src, ob.source.on, run.opts.asOfMs);
    if (anchorMs === undefined) continue;
    const owner = ob.owner === undefined ? src.owner : ownerFor(cob, src.owner ?? undefined);
    const occ = run.newOcc(cob, `${ob.id}:${src.tail}`, src.tail, src.subject, src.period, anchorMs, owner);
    occ.urgency = src.urgency;
    occ.step("derived_from", { source: src.key, on: ob.source.on, at: anchorMs });
    startClock(run, occ, anchorMs, -1);
    occs.set(src.tail, occ);
  }
  return occs;
}

/** Routes an obligation's control events to occurrences (by subject, period or earliest open) and applies them. */
function routeControls(run: Run, cob: CompiledObligation, b: Bucket, occs: StringMap<Occ>, part: Part): void {
  if (part.c1 === part.c0) return;
  if (cob.match === "subject") routeBySubject(run, cob, b, occs, part);
  else sweepControls(run, cob, occs.values(), Array.from({ length: b.nCtl }, (_, i): Control => [b.ctlRecs[i] as Rec, b.ctlRoles[i] as EventRole]));
}

/** Subject matching: each control event goes to the occurrence of its subject. */
function routeBySubject(run: Run, cob: CompiledObligation, b: Bucket, occs: StringMap<Occ>, part: Part): void {
  const recs = b.ctlRecs;
  const roles = b.ctlRoles;
  const first = part.c0;
  const count = part.c1 - part.c0;
  // group the control events by occurrence (first-touched order), then apply each group in time order
  const local = run.occs.local;
  // (scratch lists of the evaluation, reused from part to part)
  const touched = run.touched;
  const counts = run.counts;
  touched.length = 0;
  counts.length = 0;
  const place = run.ints(0, count);
  const subjects = b.ctlSubject;
  const hashes = b.ctlHash;
  const times = b.ctlMs;
  const perOwner = cob.perOwner;
  for (let n = 0; n < count; n++) {
    const i = first + n;
    const rec = recs[i] as Rec;
    const subject = subjects[i];
    let occ: Occ | undefined;
    if (subject === undefined) occ = undefined;
    else if (!perOwner) occ = occs.at(occs.slotOf(subject, hashes[i] as number));
    else {
      const unit = run.ev(rec).unit;
      occ = unit === undefined ? undefined : occs.get(`${unit}:${subject}`);
    }
    if (occ === undefined) {
      run.ignored(rec, "no_matching_occurrence");
      place[n] = -1;
      continue;
    }
    let t = local[occ.i] as number;
    if (t < 0) {
      local[occ.i] = t = touched.length;
      touched.push(occ);
      counts.push(0);
    }
    place[n] = t;
    counts[t] = (counts[t] as number) + 1;
  }
  const starts = run.ints(1, touched.length + 1);
  const fill = run.ints(2, touched.length);
  starts[0] = 0;
  for (let t = 0; t < touched.length; t++) {
    fill[t] = starts[t] as number;
    starts[t + 1] = (starts[t] as number) + (counts[t] as number);
  }
  const order = run.ints(3, starts[touched.length] as number);
  for (let n = 0; n < count; n++) {
    const t = place[n] as number;
    if (t >= 0) order[(fill[t] as number)++] = first + n;
  }
  for (let t = 0; t < touched.length; t++) {
    const occ = touched[t] as Occ;
    local[occ.i] = -1;
    const from = starts[t] as number;
    const to = starts[t + 1] as number;
    if (to - from > 1) {
      // insertion sort of the (few) events of one occurrence by (instant, role, id)
      for (let k = from + 1; k < to; k++) {
        const x = order[k] as number;
        let j = k - 1;
        while (j >= from && compareCtl(b, order[j] as number, x) > 0) {
          order[j + 1] = order[j] as number;
          j--;
        }
        order[j + 1] = x;
      }
    }
    for (let k = from; k < to; k++) {
      const i = order[k] as number;
      const rec = recs[i] as Rec;
      const role = roles[i] as EventRole;
      const reason = apply(run, occ, rec, role, times[i] as number);
      if (reason === null) {
        run.used(rec, role, occ);
        if (role === "completion") {
          occ.doneId = b.ctlId[i] as string;
          occ.doneText = b.ctlAt[i];
        }
      } else run.ignored(rec, reason, occ.key);
    }
  }
}

/** Orders two control events of a bucket (by place) by instant, role, then id. */
function compareCtl(b: Bucket, x: number, y: number): number {
  return (
    (b.ctlMs[x] as number) - (b.ctlMs[y] as number) ||
    ROLE_ORDER[b.ctlRoles[x] as EventRole] - ROLE_ORDER[b.ctlRoles[y] as EventRole] ||
    compareText(b.ctlId[x] as string, b.ctlId[y] as string)
  );
}

function sortAlso(list: { role: EventRole; occurrence: string }[]): { role: EventRole; occurrence: string }[] {
  return list.slice().sort((a, b) => compareText(a.occurrence, b.occurrence) || compareText(a.role, b.role));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
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
    const unit = run.ev(control[0]).unit;
    const group = unit === undefined ? undefined : groups.get(unit);
    if (group === undefined) run.ignored(control[0], "no_matching_occurrence");
    else group.controls.push(control);
  }
  for (const group of groups.values()) if (group.controls.length > 0) sweepGroup(run, cob, group.occs, group.controls);
}

function sweepGroup(run: Run, cob: CompiledObligation, occs: Occ[], controls: Control[]): void {
  const ordered = occs.slice().sort((a, b) => (a.openedMs ?? 0) - (b.openedMs ?? 0) || compareText(a.key, b.key));
  const index = cob.match === "period" ? periodIndex(ordered) : undefined;
  controls.sort((a, b) => compareControls(run, a, b));
  let first = 0;
  for (const [rec, role] of controls) {
    let occ: Occ | undefined;
    const period = run.ev(rec).period;
    if (index !== undefined && period !== undefined) {
      occ = index.get(period);
    } else {
      while (first < ordered.length && (ordered[first] as Occ).closed) first++;
      for (let i = first; i < ordered.length; i++) {
        const o = ordered[i] as Occ;
        if ((o.openedMs ?? 0) > run.at(rec)) break;
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
function quotaOccurrences(run: Run, cob: CompiledObligation, recs: Int32Array, occs: StringMap<Occ>): void {
  const ob = cob.ob;
  if (ob.kind !== "quota") return;
  const { min, per } = ob.quota;
  const days = run.calendar.days;
  const lastDay = Math.min(run.opts.asOfDay, cob.untilDay);
  const owners = occurrenceOwners(cob);
  // per owner (by the event's unit) when there are several, then by period label
  const buckets = new Map<string, Rec[]>();
  for (const rec of recs) {
    const e = run.ev(rec);
    if (cob.filter !== undefined && !cob.filter(e)) {
      run.ignored(rec, "filtered_out");
      continue;
    }
    const day = civilDay(run.at(rec));
    const unit = e.unit;
    if (day < cob.fromDay || day > lastDay || (per === "working_day" && !days.isWorking(day as never)) || (cob.perOwner && (unit === undefined || !cob.ownerSet.has(unit)))) {
      run.ignored(rec, "no_matching_occurrence");
      continue;
    }
    const label = periodAround(per, day)[2];
    push(buckets, cob.perOwner ? `${unit as string}:${label}` : label, rec);
  }
  let day = cob.fromDay;
  while (day <= lastDay) {
    const [first, last, label] = periodAround(per, day);
    day = last + 1;
    if (per === "working_day" && !days.isWorking(first as never)) continue;
    const openedMs = epochMsOfCivil(Math.max(first, cob.fromDay), 0);
    for (const owner of owners) {
      const tail = cob.perOwner ? `${owner as string}:${label}` : label;
      const occ = run.newOcc(cob, `${ob.id}:${tail}`, tail, null, label, openedMs, owner);
      occ.anchorMs = openedMs;
      occ.lastDay = last;
      occ.endsMs = epochMsOfCivil(last + 1, 0);
      const bucket = buckets.get(tail) ?? [];
      if (bucket.length > 1) bucket.sort((a, b) => run.compareRecs(a, b));
      occ.quota = { count: bucket.length, min };
      if (bucket.length >= min) {
        const done = bucket[min - 1] as Rec;
        occ.doneMs = run.at(done);
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
