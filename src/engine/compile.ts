/**
 * Compiling a plan for evaluation: the calendar, each obligation's policy, roles by event type,
 * filters, and deadline computation with a cache (each distinct deadline is computed once).
 * @internal
 * @module
 */
import { createCalendar, officeClockOf } from "../calendar/index.js";
import type { CalendarOptions, OfficeSession, WorkCalendar } from "../calendar/types.js";
import { fromDayNumber, readIsoDate, toDayNumber, type DayNumber, type IsoDate, type Weekday } from "../day/dayNumber.js";
import { civilDayOfEpochMs, epochMsOfCivil, epochMsToInstant, instantToEpochMs, readInstant } from "../day/instant.js";
import { computeValidDeadline, officeHoursOfCount } from "../deadline/computeDeadline.js";
import { readContext, type Env } from "../deadline/context.js";
import { resolvePolicy } from "../deadline/policy.js";
import { lateReceipt } from "../deadline/run.js";
import type { Deadline, DeadlineRule, DurationUnit, FixedDateRule, Policy, RecurringRule, RruleRule, UrgencyLevel } from "../deadline/types.js";
import { occurrencesBetween } from "../deadline/listOccurrences.js";
import { anchorOfEpochMs, computeDeadlineOutcome, validEnv } from "../deadline/outcome.js";
import { InvalidInputError, issue, ThoihanError, type Issue } from "../errors.js";
import type { Event } from "../schema/event.js";
import type { EventFilter, Extensions, FilterValue, MatchMode, Obligation, Plan, Target } from "../schema/plan.js";
import { readDeadlinePhrase } from "../schema/phrases.js";
import { DeadlineRecipe, deadlineContext, type DeadlineSource } from "./deadlineSource.js";
import type { EventRole } from "./types.js";

export const MS_PER_DAY = 86_400_000;

/** How a deadline's clock runs, for pauses and lateness. @internal */
export type ClockUnit = "calendar_day" | "working_day" | "hour" | "working_hour";

/** A computed deadline, with what the engine needs (strings and explanation shared by every occurrence using it). @internal */
export interface DL {
  readonly lastDay: number;
  readonly endsMs: number;
  readonly lastDayIso: string;
  readonly endsAt: string;
  readonly provisional: boolean;
  readonly waived: boolean;
  /**
   * Where the finding's explanation reads the deadline's trace when it is asked for; null when the
   * event states the instant. A recipe (see `DeadlineRecipe`) computes it again from the anchor the
   * deadline was asked for, which the occurrence keeps (`setDeadline`): one result is shared by
   * every anchor that gives the same deadline.
   */
  readonly deadline: DeadlineSource | null;
}

/** A deadline result or the error that prevented it. @internal */
export type DLResult = { readonly ok: true; readonly dl: DL } | { readonly ok: false; readonly issues: readonly Issue[]; readonly message: string };

/**
 * A compiled obligation. Every compiled obligation has the same shape, whatever the obligation's
 * kind: the evaluation's hot paths read `id`, `kind`, `rule` … here rather than on `ob`, whose
 * shapes differ from one kind (and one set of optional fields) to another.
 * @internal
 */
export interface CompiledObligation {
  readonly ob: Obligation;
  readonly id: string;
  readonly title: string;
  readonly kind: Obligation["kind"];
  /** The deadline rule counted from the start of the clock. */
  readonly rule: DeadlineRule | undefined;
  /** The rule for triggers stating no deadline, and which field it came from. */
  readonly fallback: DeadlineRule | undefined;
  readonly fallbackField: "otherwise" | "cap" | undefined;
  readonly target: Target<DeadlineRule> | undefined;
  readonly extensions: Extensions | undefined;
  /** Rank of the obligation's id among the plan's ids (for sorting findings). */
  readonly rank: number;
  readonly policy: Policy;
  readonly owners: readonly string[];
  /**
   * Obligations of a kind with an occurrence per owner (recurring, quota) and several owners: one
   * occurrence per owner and period (key `${obligation}:${owner}:${period}`), events matched by their `unit`.
   */
  readonly perOwner: boolean;
  readonly cooperating: readonly string[];
  readonly match: MatchMode;
  readonly clock: ClockUnit;
  readonly fromDay: number;
  readonly untilDay: number;
  readonly filter: ((e: Event) => boolean) | undefined;
  /** The events that open occurrences (routed as triggers), and the events counted in periods (see {@link KindShape}). */
  readonly trigger: EventFilter | undefined;
  readonly counts: EventFilter | undefined;
  readonly completedBy: readonly string[];
  readonly anchorTypes: readonly string[];
  /** The obligation this one is opened from. */
  readonly source: string | undefined;
  /** The evaluation's deadline cache, shared by all obligations. */
  readonly deadlines: DeadlineCache;
  /** Fast path, for calls without urgency: per rule object, whether it is anchor-free or day-based, and results by anchor day (or due day). */
  readonly byDay: Map<DeadlineRule, RuleCache>;
  /** The owners, for membership tests. */
  readonly ownerSet: ReadonlySet<string>;
}

/** What is known of one rule for calls without urgency. @internal */
export interface RuleCache {
  readonly free: boolean;
  readonly byDay: boolean;
  readonly days: Map<number, DLResult>;
  /**
   * Whether only the receipt's day and whether it came after the late-receipt cut-off matter: a
   * rule counted in whole days that would be cached by day but for the policy's cut-off.
   */
  readonly byReceipt: boolean;
  /** Their results by `day * 2 + (after the cut-off ? 1 : 0)`. */
  readonly receipts: Map<number, DLResult>;
  /** Results of the other rules by the anchor's epoch ms (calls without a due day). */
  readonly exact: Map<number, DLResult>;
  /** How their explanations compute them again (made on first use). */
  recipe: DeadlineRecipe | undefined;
  /**
   * The office hours a rule counts from the receipt instant (see `officeHoursOf`), undefined for
   * any other rule: its results are shared as `officeDeadline` says.
   */
  readonly officeHours: number | undefined;
  /**
   * Their results by receipt day for receipts that the cut-off moves to the next working day (late,
   * or on a day off): counted from that day's 00:00 whichever the reason, they share a result.
   */
  readonly officeMoved: Map<number, DLResult>;
  /** Their results for receipts counted from their own instant, by receipt day and last day (`officeKey`): all but the end instant is shared. */
  readonly officeSpans: Map<number, DLResult>;
}

/** Event types of a field that may be one type or several. @internal */
export function typesOf(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === "string" ? [value] : value;
}

/** Builds the plan's calendar over the given one. @internal */
export function planCalendar(plan: Plan, base: WorkCalendar): WorkCalendar {
  const c = plan.calendar;
  if (c === undefined) return base;
  const options: { -readonly [K in keyof CalendarOptions]: CalendarOptions[K] } = { base };
  if (c.name !== undefined) options.name = c.name;
  if (c.daysOff !== undefined) options.daysOff = c.daysOff;
  if (c.workingDays !== undefined) options.workingDays = c.workingDays;
  if (c.weeklyRest !== undefined) options.weeklyRest = c.weeklyRest;
  if (c.swaps !== undefined) options.swaps = c.swaps;
  if (c.accept !== undefined) options.accept = c.accept;
  if (c.officeHours !== undefined) {
    const oh = c.officeHours;
    const byWeekday: Partial<Record<Weekday, readonly OfficeSession[]>> = {};
    for (const [k, v] of Object.entries(oh.byWeekday ?? {})) if (v !== undefined) byWeekday[Number(k) as Weekday] = v;
    options.officeHours = {
      sessions: oh.sessions,
      ...(oh.name === undefined ? {} : { name: oh.name }),
      ...(oh.seasons === undefined ? {} : { seasons: oh.seasons }),
      ...(oh.byWeekday === undefined ? {} : { byWeekday }),
    };
  }
  return createCalendar(options);
}

/** The value a `where` test reads of an event: `subject`, `unit`, `period`, `urgency` or `data.<key>`. @internal */
export function field(e: Event, name: string): unknown {
  switch (name) {
    case "subject":
      return e.subject;
    case "unit":
      return e.unit;
    case "period":
      return e.period;
    case "urgency":
      return e.urgency;
    default:
      return e.data?.[name.slice(5)];
  }
}

/** Compiles an event filter's `where` tests into a predicate (undefined when there are none). @internal */
export function compileFilter(filter: EventFilter | undefined): ((e: Event) => boolean) | undefined {
  const where = filter?.where;
  if (where === undefined) return undefined;
  const tests = Object.entries(where).map(([name, expected]) => {
    const list: readonly FilterValue[] = Array.isArray(expected) ? (expected as readonly FilterValue[]) : [expected as FilterValue];
    return (e: Event): boolean => {
      const v = field(e, name);
      const value = v === undefined ? null : v;
      return list.includes(value as FilterValue);
    };
  });
  if (tests.length === 0) return undefined;
  return (e) => tests.every((t) => t(e));
}

function unitClock(unit: DurationUnit, policy: Policy): ClockUnit {
  switch (unit) {
    case "hour":
      return "hour";
    case "working_hour":
      return "working_hour";
    case "working_day":
      return policy.workingDays === "office_hours" ? "working_hour" : "working_day";
    case "day":
      return policy.bareDayUnit === "working_day" ? (policy.workingDays === "office_hours" ? "working_hour" : "working_day") : "calendar_day";
    default:
      return "calendar_day";
  }
}

/** How a rule's clock runs (for pauses, lateness in office hours). @internal */
export function clockOf(rule: DeadlineRule | undefined, policy: Policy): ClockUnit {
  if (rule === undefined) return "calendar_day";
  switch (rule.kind) {
    case "relative":
      return unitClock(rule.unit, policy);
    case "urgent":
      return unitClock(policy.urgency[rule.level].unit, policy);
    case "same_day":
      return "working_day";
    default:
      return "calendar_day";
  }
}

/** True when the rule's result depends only on the anchor's civil day (so it can be cached by day). */
function dayBased(rule: DeadlineRule, policy: Policy, urgency: UrgencyLevel | undefined, depth = 0): boolean {
  if (policy.lateReceiptCutoff !== null || depth > 3) return false;
  if (rule.cap !== undefined && (rule.cap.unit === "hour" || rule.cap.unit === "working_hour")) return false;
  if (rule.except !== undefined && rule.except.some((x) => x.urgency === urgency && x.rule !== undefined && !dayBased(x.rule, policy, urgency, depth + 1))) return false;
  switch (rule.kind) {
    case "relative": {
      const c = unitClock(rule.unit, policy);
      return c === "calendar_day" || c === "working_day";
    }
    case "fixed_date":
      return rule.time === undefined;
    case "same_day":
      // a receipt after the office's close, or after the rule's own cut-off ("nếu tiếp nhận yêu cầu
      // sau 15 giờ"), is handled the next working day: the time of day matters
      return policy.endOfDay !== "office_close" && rule.cutoff === undefined;
    case "period":
    case "before_deadline":
    case "recurring":
      return true;
    default:
      return false;
  }
}

/**
 * What compiling an obligation takes from its kind: every kind-specific field of a compiled
 * obligation. Each kind's file in `kinds/` says it (`KindHandler.shape`); the table of kinds is
 * passed in, so that the compiled obligation, and the steps that read it, name no kind. @internal
 */
export interface KindShape {
  /** The deadline rule counted from the start of the clock (none: dated by its events, or by its periods). */
  readonly rule: DeadlineRule | undefined;
  /** The rule for a trigger stating no deadline, and which field it came from. */
  readonly fallback: DeadlineRule | undefined;
  readonly fallbackField: "otherwise" | "cap" | undefined;
  readonly target: Target<DeadlineRule> | undefined;
  /** Whether an obligation of the kind with several owners has an occurrence per owner (and period). */
  readonly perOwner: boolean;
  /** How completions find their occurrence when the obligation does not say. */
  readonly match: MatchMode;
  /** The events that open occurrences, one per subject (routed in the role `trigger`). */
  readonly trigger: EventFilter | undefined;
  /** The events counted in periods (routed in the role `quota`). */
  readonly counts: EventFilter | undefined;
  /** The event types that complete an occurrence. */
  readonly completedBy: readonly string[];
  /** The event types that start the clock instead of the trigger. */
  readonly anchorTypes: readonly string[];
  /** The obligation this one is opened from (its occurrences are kept until this one is opened). */
  readonly source: string | undefined;
}

/** The shape of each obligation kind: a table the compiler checks for completeness. @internal */
export type KindShapes = { readonly [K in Obligation["kind"]]: { shape(ob: Extract<Obligation, { kind: K }>, plan: Plan): KindShape } };

/**
 * Compiles the obligations of a plan. Each obligation's policy layers the plan's, then the
 * obligation's, then the call's (`evaluate(…, { policy })`) on the defaults.
 * @internal
 */
export function compileObligations(plan: Plan, deadlines: DeadlineCache, kinds: KindShapes, callPolicy?: Partial<Policy>): CompiledObligation[] {
  const planFrom = dayOf(plan.start);
  const planUntil = plan.end === undefined ? Number.POSITIVE_INFINITY : dayOf(plan.end);
  const ids = plan.obligations.map((ob) => ob.id).sort();
  return plan.obligations.map((ob) => {
    const policy = resolvePolicy(plan.policy, ob.policy, callPolicy);
    const owners = typesOf(ob.owner);
    // (the table holds, for each kind, the shape of that kind's obligations)
    const shape = (kinds[ob.kind] as { shape(ob: Obligation, plan: Plan): KindShape }).shape(ob, plan);
    return {
      ob,
      id: ob.id,
      title: ob.title,
      kind: ob.kind,
      rule: shape.rule,
      fallback: shape.fallback,
      fallbackField: shape.fallbackField,
      target: shape.target,
      extensions: ob.extensions,
      rank: ids.indexOf(ob.id),
      policy,
      owners,
      ownerSet: new Set(owners),
      perOwner: shape.perOwner && owners.length > 1,
      cooperating: ob.cooperating ?? [],
      match: ob.match ?? shape.match,
      clock: clockOf(shape.rule ?? shape.fallback, policy),
      fromDay: ob.from === undefined ? planFrom : Math.max(planFrom, dayOf(ob.from)),
      untilDay: ob.until === undefined ? planUntil : Math.min(planUntil, dayOf(ob.until)),
      filter: compileFilter(shape.trigger ?? shape.counts),
      trigger: shape.trigger,
      counts: shape.counts,
      completedBy: shape.completedBy,
      anchorTypes: shape.anchorTypes,
      source: shape.source,
      deadlines,
      byDay: new Map(),
    };
  });
}

/** Day number of an ISO date the schema has validated. @internal */
export function dayOf(date: IsoDate): number {
  return toDayNumber(date);
}

/** Civil day of epoch ms (allocation-free after 1975). @internal */
export const civilDay: (ms: number) => number = civilDayOfEpochMs;

/** ISO date of a day number. @internal */
export function iso(day: number): IsoDate {
  return fromDayNumber(day as DayNumber);
}

/** ISO instant of epoch ms. @internal */
export function instant(ms: number): string {
  return epochMsToInstant(ms);
}

/**
 * Working hours between two epoch instants on a calendar with office hours: straight on the
 * office clock of a calendar made by this library, through instant texts for any other. @internal
 */
export function workingHoursBetween(calendar: WorkCalendar, fromMs: number, toMs: number): number {
  const clock = officeClockOf(calendar);
  return clock !== undefined ? clock.countWorkingHours(fromMs, toMs) : calendar.countWorkingHours(instant(fromMs), instant(toMs));
}

/**
 * The same text as one flat string: a text built from templates is a tree of small strings, kept
 * alive as long as the evaluation; flattening it once leaves one string. @internal
 */
export function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

function toDL(d: Deadline, source: DeadlineSource = d, texts?: Map<number, string>): DL {
  const endsMs = instantToEpochMs(d.endsAt);
  let endsAt = d.endsAt;
  if (texts !== undefined) {
    // one string per instant for the evaluation: deadlines computed one by one often end at the same instant
    const seen = texts.get(endsMs);
    if (seen === undefined) texts.set(endsMs, flat(endsAt));
    else endsAt = seen;
  }
  return {
    lastDay: dayOf(d.lastDay),
    endsMs,
    lastDayIso: d.lastDay,
    endsAt,
    provisional: d.provisional,
    waived: d.waived === true,
    deadline: source,
  };
}

/**
 * The deadline of a rule from an anchor instant, computed without its trace (the source explains
 * it when read). Undefined when the anchor or the end is not one the validating path reads back as
 * itself (a fraction of a millisecond, a day out of range): the caller computes it in full.
 */
function outcomeDL(rule: DeadlineRule, anchorMs: number, calendar: WorkCalendar, policy: Policy, options: DLOptions, source: DeadlineSource, texts: Map<number, string>): DL | undefined {
  const anchor = anchorOfEpochMs(anchorMs, false);
  if (anchor === undefined) return undefined;
  const due = options.dueDay === undefined ? undefined : (options.dueDay as DayNumber);
  const outcome = computeDeadlineOutcome(rule, validEnv(calendar, policy, anchor, options.urgency, due));
  const endsMs = outcome.endsAtMs;
  if (!Number.isInteger(endsMs)) return undefined;
  let endsAt = texts.get(endsMs);
  if (endsAt === undefined) texts.set(endsMs, (endsAt = flat(instant(endsMs))));
  return { lastDay: outcome.lastDay, endsMs, lastDayIso: iso(outcome.lastDay), endsAt, provisional: outcome.provisional, waived: outcome.waived, deadline: source };
}

/** A deadline from an instant the event states (no rule, no trace). @internal */
export function instantDL(ms: number): DL {
  const endsAt = instant(ms);
  const lastDay = civilDay(ms - 1);
  return { lastDay, endsMs: ms, lastDayIso: iso(lastDay), endsAt, provisional: false, waived: false, deadline: null };
}

function failure(error: unknown): DLResult {
  if (error instanceof ThoihanError) return { ok: false, issues: error.issues, message: error.format("en") };
  throw error;
}

/**
 * True when a rule is counted in whole days from the receipt's day, moved by the policy's
 * late-receipt cut-off: its result depends on the anchor only through its civil day and whether it
 * came after the cut-off (the explanation, which shows the receipt's time, is computed again from the
 * instant).
 */
function receiptBased(rule: DeadlineRule, policy: Policy): boolean {
  return policy.lateReceiptCutoff !== null && rule.kind === "relative" && rule.cap === undefined && rule.except === undefined && dayBased(rule, { ...policy, lateReceiptCutoff: null }, undefined);
}

/** The deadline of a rule `receiptBased`: computed once per receipt day and side of the cut-off, explained from the occurrence's own instant. */
function receiptDeadline(cob: CompiledObligation, rule: DeadlineRule, anchorMs: number, calendar: WorkCalendar, info: RuleCache): DLResult {
  const day = civilDay(anchorMs);
  const key = day * 2 + (lateReceipt(cob.policy, anchorMs - epochMsOfCivil(day, 0)) ? 1 : 0);
  let hit = info.receipts.get(key);
  if (hit === undefined) info.receipts.set(key, (hit = compute(cob, rule, anchorMs, calendar, {}, false, false, recipeOf(info, cob, rule, calendar))));
  return hit;
}

/**
 * The office hours a rule counts from the receipt instant: a relative rule with no cap and no
 * `except` in working hours, or in working days under `workingDays: "office_hours"` (8 hours a
 * day), as the computation counts them; undefined for any other rule.
 */
function officeHoursOf(rule: DeadlineRule, policy: Policy): number | undefined {
  if (rule.kind !== "relative" || rule.cap !== undefined || rule.except !== undefined) return undefined;
  return officeHoursOfCount(rule.amount, rule.unit === "day" ? policy.bareDayUnit : rule.unit, policy);
}

/** Span of last days after the receipt day kept apart in `officeSpans` (a longer count takes the exact-instant cache). */
const OFFICE_SPAN = 4096;

/**
 * The deadline of a rule counted in office hours from the receipt instant. What the computation
 * reads of the receipt is its day, whether the cut-off moves it to the next working day (after the
 * cut-off, or on a day off) and, when it does not, the instant the hours end: the days it depends on
 * run from the receipt's day to the last day. So a moved receipt shares the result of its day (the
 * reason shows only in the trace); any other shares all but the end instant with the receipts of its day that
 * end on the same last day, and that instant is counted on the calendar's office clock, as the
 * computation counts it. Each finding is still explained from its own instant (the recipe).
 * Returns undefined when the office clock cannot tell (another calendar, a fractional end, a
 * day out of range): the caller computes the deadline in full.
 */
function officeDeadline(cob: CompiledObligation, rule: DeadlineRule, anchorMs: number, calendar: WorkCalendar, info: RuleCache, hours: number): DLResult | undefined {
  const clock = officeClockOf(calendar);
  if (clock === undefined) return undefined;
  const policy = cob.policy;
  const day = civilDay(anchorMs);
  let endsMs: number;
  let moved: boolean;
  let late: boolean;
  try {
    late = lateReceipt(policy, anchorMs - epochMsOfCivil(day, 0));
    moved = policy.lateReceiptCutoff !== null && (late || !calendar.days.isWorking(day as DayNumber));
    endsMs = moved ? Number.NaN : clock.addWorkingHours(anchorMs, hours, { snapNonWorkingDays: policy.snapNonWorkingDays });
  } catch {
    return undefined;
  }
  if (moved) {
    let hit = info.officeMoved.get(day);
    if (hit === undefined) info.officeMoved.set(day, (hit = compute(cob, rule, anchorMs, calendar, {}, false, false, recipeOf(info, cob, rule, calendar))));
    return hit;
  }
  if (!Number.isInteger(endsMs)) return undefined;
  const span = civilDay(endsMs - 1) - day;
  if (span < 0 || span >= OFFICE_SPAN) return undefined;
  const key = day * OFFICE_SPAN + span;
  const hit = info.officeSpans.get(key);
  if (hit === undefined) {
    const result = compute(cob, rule, anchorMs, calendar, {}, false, false, recipeOf(info, cob, rule, calendar));
    // the full computation must end where the office clock said; when it does not, nothing is shared
    if (result.ok && result.dl.endsMs !== endsMs) return result;
    info.officeSpans.set(key, result);
    return result;
  }
  if (!hit.ok || hit.dl.endsMs === endsMs) return hit;
  const texts = cob.deadlines.endTexts;
  let endsAt = texts.get(endsMs);
  if (endsAt === undefined) texts.set(endsMs, (endsAt = flat(instant(endsMs))));
  return { ok: true, dl: { ...hit.dl, endsMs, endsAt } };
}

/** The recipe of a rule's deadlines counted from exact instants, for calls without urgency or due day. */
function recipeOf(info: RuleCache, cob: CompiledObligation, rule: DeadlineRule, calendar: WorkCalendar): DeadlineRecipe {
  let recipe = info.recipe;
  if (recipe === undefined || recipe.calendar !== calendar) info.recipe = recipe = new DeadlineRecipe(rule, calendar, cob.policy, undefined, undefined);
  return recipe;
}

/** True when the anchor does not change the result (named dates with a year, periods with a year, backward targets). */
function anchorFree(rule: DeadlineRule, urgency: UrgencyLevel | undefined): boolean {
  if (rule.cap !== undefined) return false;
  if (rule.except !== undefined && rule.except.some((x) => x.urgency === urgency)) return false;
  switch (rule.kind) {
    case "fixed_date":
      // with several dates, the next one after the anchor applies
      return rule.dates.length === 1 && rule.dates[0]?.year !== undefined;
    case "period":
      return rule.period.year !== undefined;
    case "before_deadline":
      return true;
    default:
      return false;
  }
}

/**
 * The deadlines of one evaluation: each distinct (rule, policy, urgency, due, anchor) is computed
 * once, whichever obligation asks. Day-based rules are keyed by the anchor's civil day.
 * @internal
 */
export class DeadlineCache {
  private readonly ids = new WeakMap<object, number>();
  private readonly byText = new Map<string, number>();
  private readonly results = new Map<string, DLResult>();
  private readonly dateRules = new Map<string, DeadlineRule>();
  private readonly rules = new Map<string, RuleCache>();
  /** The text of each deadline's end instant, by epoch ms (one string per instant). */
  readonly endTexts = new Map<number, string>();
  /** Deadline phrases written in events, read once. */
  readonly phrases = new Map<string, { readonly rule?: DeadlineRule; readonly issues?: readonly Issue[] }>();

  constructor(readonly calendar: WorkCalendar) {}

  /** A small integer naming an object by its content. */
  idOf(value: object): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      const text = JSON.stringify(value);
      id = this.byText.get(text);
      if (id === undefined) this.byText.set(text, (id = this.byText.size));
      this.ids.set(value, id);
    }
    return id;
  }

  /** The rule "chậm nhất ngày X" of a date an event states, one object per date. */
  dateRule(date: string, ymd: { year: number; month: number; day: number }): DeadlineRule {
    let rule = this.dateRules.get(date);
    if (rule === undefined) this.dateRules.set(date, (rule = { kind: "fixed_date", dates: [{ year: ymd.year, month: ymd.month, day: ymd.day }], bound: "by" }));
    return rule;
  }

  /** What is known of a rule under a policy for calls without urgency, one per rule and policy content. */
  ruleCache(rule: DeadlineRule, policy: Policy): RuleCache {
    const key = `${this.idOf(rule)}|${this.idOf(policy)}`;
    let info = this.rules.get(key);
    if (info === undefined) {
      const free = anchorFree(rule, undefined);
      const byDay = !free && dayBased(rule, policy, undefined);
      const byReceipt = !free && !byDay && receiptBased(rule, policy);
      const officeHours = free || byDay || byReceipt ? undefined : officeHoursOf(rule, policy);
      this.rules.set(key, (info = { free, byDay, days: new Map(), byReceipt, receipts: new Map(), exact: new Map(), recipe: undefined, officeHours, officeMoved: new Map(), officeSpans: new Map() }));
    }
    return info;
  }

  get(key: string): DLResult | undefined {
    return this.results.get(key);
  }

  set(key: string, value: DLResult): void {
    this.results.set(key, value);
  }
}

/** Context options of a deadline computation. @internal */
export interface DLOptions {
  readonly urgency?: UrgencyLevel | undefined;
  /** For rules counted back from another deadline. */
  readonly dueDay?: number;
}

/**
 * Computes a rule's deadline from an anchor instant, through the evaluation's cache. A result whose
 * `deadline` is a recipe is shared by anchors that give the same deadline: it is explained from the
 * anchor passed here, which the caller keeps with it.
 * @internal
 */
export function deadlineFor(cob: CompiledObligation, rule: DeadlineRule, anchorMs: number | undefined, calendar: WorkCalendar, options: DLOptions = {}): DLResult {
  if (options.urgency === undefined) {
    let info = cob.byDay.get(rule);
    if (info === undefined) {
      // shared by the obligations whose rule and policy read the same (their deadlines and traces are the same)
      info = cob.deadlines.ruleCache(rule, cob.policy);
      cob.byDay.set(rule, info);
    }
    const free = anchorMs === undefined || info.free;
    const byDay = !free && info.byDay;
    if (byDay || free) {
      const day = byDay ? civilDay(anchorMs as number) : (options.dueDay ?? Number.MIN_SAFE_INTEGER);
      let hit = info.days.get(day);
      if (hit === undefined) info.days.set(day, (hit = compute(cob, rule, anchorMs, calendar, options, free, byDay)));
      return hit;
    }
    if (options.dueDay === undefined && info.byReceipt) return receiptDeadline(cob, rule, anchorMs as number, calendar, info);
    if (options.dueDay === undefined) {
      const ms = anchorMs as number;
      if (info.officeHours !== undefined) {
        const office = officeDeadline(cob, rule, ms, calendar, info, info.officeHours);
        if (office !== undefined) return office;
      }
      let hit = info.exact.get(ms);
      if (hit === undefined) info.exact.set(ms, (hit = compute(cob, rule, anchorMs, calendar, options, false, false, recipeOf(info, cob, rule, calendar))));
      return hit;
    }
    return deadlineSlow(cob, rule, anchorMs, calendar, options, free, byDay);
  }
  const free = anchorMs === undefined || anchorFree(rule, options.urgency);
  const byDay = !free && dayBased(rule, cob.policy, options.urgency);
  return deadlineSlow(cob, rule, anchorMs, calendar, options, free, byDay);
}

function deadlineSlow(cob: CompiledObligation, rule: DeadlineRule, anchorMs: number | undefined, calendar: WorkCalendar, options: DLOptions, free: boolean, byDay: boolean): DLResult {
  const cache = cob.deadlines;
  const anchorKey = free ? "" : byDay ? civilDay(anchorMs as number) : (anchorMs as number);
  const key = `${cache.idOf(rule)}|${cache.idOf(cob.policy)}|${options.urgency ?? ""}|${options.dueDay ?? ""}|${anchorKey}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const result = compute(cob, rule, anchorMs, calendar, options, free, byDay);
  cache.set(key, result);
  return result;
}

/**
 * Computes a deadline (no cache). A deadline counted from the anchor's exact instant is kept for
 * the explanation as the recipe to compute it again from its anchor, not as its trace (see
 * `DeadlineRecipe`), so only its outcome is computed here (`computeDeadlineOutcome`, no trace).
 */
function compute(
  cob: CompiledObligation,
  rule: DeadlineRule,
  anchorMs: number | undefined,
  calendar: WorkCalendar,
  options: DLOptions,
  free: boolean,
  byDay: boolean,
  recipe?: DeadlineRecipe,
): DLResult {
  try {
    if (anchorMs !== undefined && !free && !byDay) {
      // the explanation computes the trace again from the recipe: here only the outcome is needed
      const source = recipe ?? new DeadlineRecipe(rule, calendar, cob.policy, options.urgency, options.dueDay);
      const dl = outcomeDL(rule, anchorMs, calendar, cob.policy, options, source, cob.deadlines.endTexts);
      if (dl !== undefined) return { ok: true, dl };
      const d = computeValidDeadline(rule, deadlineContext(calendar, cob.policy, anchorMs, false, false, options.urgency, options.dueDay));
      return { ok: true, dl: toDL(d, source, cob.deadlines.endTexts) };
    }
    const d = computeValidDeadline(rule, deadlineContext(calendar, cob.policy, anchorMs, free, byDay, options.urgency, options.dueDay));
    return { ok: true, dl: toDL(d, d, cob.deadlines.endTexts) };
  } catch (error) {
    return failure(error);
  }
}

/** Computes the deadline of a recurring rule for one period label (`2024-07`, `2024-Q3` …). @internal */
export function deadlineForPeriod(cob: CompiledObligation, rule: DeadlineRule, period: string, calendar: WorkCalendar): DLResult {
  try {
    return { ok: true, dl: toDL(computeValidDeadline(rule, { calendar, policy: cob.policy, period })) };
  } catch (error) {
    return failure(error);
  }
}

/** One occurrence of a recurring obligation: the day its rule names and its deadline (or the error). @internal */
export interface ListedDL {
  readonly nominal: number;
  readonly result: DLResult;
}

/**
 * The occurrences of a recurring obligation's daily, weekly, fixed-date or RRULE rule whose last day lies in
 * `[from, to]` and whose end is after `afterMs`, as `listOccurrences` lists them (one expansion of
 * the rule for the window). A computation error, or a `cap`, is returned as the window's one result.
 * @internal
 */
export function listedDeadlines(rule: RecurringRule | RruleRule | FixedDateRule, env: Env, from: number, to: number, afterMs: number): ListedDL[] {
  try {
    // a cap counts from an anchor, which a recurring occurrence does not have (as for monthly and longer periods)
    if (rule.cap !== undefined) throw new InvalidInputError([issue("missing_context", { name: "anchor", rule: rule.kind }, ["context", "anchor"])]);
    return occurrencesBetween(rule, env, from, to, afterMs).map((o) => ({ nominal: o.nominal, result: { ok: true, dl: toDL(o.deadline) } }));
  } catch (error) {
    return [{ nominal: from, result: failure(error) }];
  }
}

/** The context of an obligation's recurring rule: its calendar and policy. @internal */
export function listingEnv(cob: CompiledObligation, calendar: WorkCalendar): Env | DLResult {
  try {
    return readContext({ calendar, policy: cob.policy }, ["context"]);
  } catch (error) {
    return failure(error);
  }
}

/**
 * The deadline an event states itself (`deadline`): a date (that day inclusive), an instant (the
 * first late instant), a phrase or a rule counted from the event.
 * @internal
 */
export function eventDeadline(cob: CompiledObligation, spec: Event["deadline"], ms: number, calendar: WorkCalendar, urgency: UrgencyLevel | undefined): DLResult | undefined {
  if (spec === undefined) return undefined;
  if (typeof spec === "string") {
    const ymd = spec.length === 10 ? readIsoDate(spec) : undefined;
    if (ymd !== undefined) return deadlineFor(cob, cob.deadlines.dateRule(spec, ymd), ms, calendar, { urgency });
    const stated = spec.length > 10 && /^\d{4}-\d{2}-\d{2}[T ]/.test(spec) ? readInstant(spec) : undefined;
    if (stated !== undefined) return { ok: true, dl: instantDL(stated) };
    let parsed = cob.deadlines.phrases.get(spec);
    if (parsed === undefined) {
      const reading = readDeadlinePhrase(spec, ["deadline"]);
      parsed = reading.ok ? { rule: reading.value } : { issues: reading.issues };
      cob.deadlines.phrases.set(spec, parsed);
    }
    if (parsed.rule === undefined) return { ok: false, issues: parsed.issues ?? [], message: `unreadable deadline "${spec}"` };
    return deadlineFor(cob, parsed.rule, ms, calendar, { urgency });
  }
  return deadlineFor(cob, spec, ms, calendar, { urgency });
}

/** Role priority at the same instant: what opens first, what closes last. @internal */
export const ROLE_ORDER: Readonly<Record<EventRole, number>> = {
  trigger: 0,
  anchor: 1,
  restart: 2,
  resume: 3,
  extension: 4,
  pause: 5,
  quota: 6,
  completion: 7,
  cancel: 8,
};

