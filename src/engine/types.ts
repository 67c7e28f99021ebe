/**
 * Types of evaluations (đánh giá): findings, accounting, summaries and options.
 * @module
 */
import type { IsoDate } from "../day/dayNumber.js";
import type { Instant, InstantInput } from "../day/instant.js";
import type { WorkCalendar } from "../calendar/types.js";
import type { Policy, UrgencyLevel } from "../deadline/types.js";
import type { Issue, Locale } from "../errors.js";
import type { Obligation } from "../schema/plan.js";
import type { FindingRow } from "./repl.js";

/**
 * The status of an occurrence as of `asOf`:
 * - `on_time`: done before `endsAt` (đúng hạn; `early` tells "sớm hạn");
 * - `late`: done at or after `endsAt` (hoàn thành quá hạn);
 * - `overdue`: not done and `asOf ≥ endsAt` (quá hạn, chưa hoàn thành); a paused occurrence never is;
 * - `open`: not done, not yet due, or paused (trong hạn);
 * - `cancelled`: ended by a cancellation event before being done;
 * - `undated`: no deadline at all (no rule, no own deadline, no cap, or a clock never started);
 *   counted apart and never judged.
 */
export type FindingStatus = "on_time" | "late" | "overdue" | "open" | "cancelled" | "undated";

/** The kinds of obligations: `triggered`, `recurring`, `dated`, `derived`, `quota` (the plan schema's). */
export type ObligationKind = Obligation["kind"];

/**
 * Whether an internal target was kept: `met` (done before it), `missed` (done at or after it, or
 * not done when it passed), `waived` (an urgency it does not apply to), `pending` (not yet passed).
 */
export type TargetStatus = "met" | "missed" | "waived" | "pending";

/** The internal target of an occurrence. */
export interface FindingTarget {
  readonly lastDay: IsoDate;
  readonly endsAt: Instant;
  readonly status: TargetStatus;
}

/** A note on an occurrence (stable code, params), e.g. `extension_after_deadline`, `paused`. */
export interface FindingNote {
  readonly code: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * Why a finding lost points: its own state — done `late`, `overdue` as of `asOf`, on time but
 * `missed_target` (its internal target), or still `open` (only when a rate counts open findings
 * in its denominator, or `any_done` fails).
 */
export type DeductionReason = "late" | "overdue" | "missed_target" | "open";

/**
 * A deduction (trừ điểm): points a finding cost a criterion (a leaf). Filled in by scoring (the
 * engine alone leaves `deductions` empty); the deductions of a leaf add up to the points it lost.
 */
export interface Deduction {
  /** The leaf's id. */
  readonly criterion: string;
  readonly obligation: string;
  /** The finding's key. */
  readonly key: string;
  /** The finding's owner unit ("Chủ trì"), answerable for the points. */
  readonly owner: string | null;
  readonly reason: DeductionReason;
  /** Points lost, positive, at most 2 decimals. */
  readonly points: number;
}

/**
 * One finding per occurrence of an obligation: plain, JSON-serialisable data.
 *
 * Lateness: `daysLate` is the civil days from `lastDay` to the day of `doneAt` (or of `asOf` when
 * overdue); `workingDaysLate` the working days `d` with `lastDay < d ≤ that day`;
 * `officeHoursLate` the office hours from `endsAt` to `doneAt`/`asOf`, for hour-based deadlines
 * on a calendar with office hours (else `null`). All 0 when not late or overdue.
 */
export interface Finding {
  readonly obligation: string;
  /**
   * Stable key: `${obligation}:${subject}` (or the triggering event's id), `${obligation}:${period}`;
   * `${obligation}:${owner}:${period}` for recurring and quota obligations with several owners.
   */
  readonly key: string;
  readonly kind: ObligationKind;
  readonly title: string;
  /** Owner unit ("Chủ trì"). */
  readonly owner: string | null;
  /** Co-operating units ("Phối hợp"). */
  readonly cooperating: readonly string[];
  readonly subject: string | null;
  readonly period: string | null;
  readonly status: FindingStatus;
  /** Done on a civil day before `lastDay` (sớm hạn). */
  readonly early: boolean;
  /** When the occurrence arose (its trigger, its source's outcome, its period's opening). */
  readonly openedAt: Instant | null;
  /** When its clock started (the anchor), if it did. */
  readonly startedAt: Instant | null;
  readonly lastDay: IsoDate | null;
  readonly endsAt: Instant | null;
  /** The deadline before extensions, when an extension moved it. */
  readonly originalLastDay: IsoDate | null;
  readonly doneAt: Instant | null;
  readonly cancelledAt: Instant | null;
  readonly daysLate: number;
  readonly workingDaysLate: number;
  readonly officeHoursLate: number | null;
  readonly target: FindingTarget | null;
  /** Open, not paused, and due within the `dueSoon` horizon of `asOf` (sắp đến hạn). */
  readonly dueSoon: boolean;
  /** The deadline depends on calendar data that is not `decided`. */
  readonly provisional: boolean;
  readonly paused: boolean;
  readonly urgency: UrgencyLevel | null;
  readonly extensions: number;
  readonly restarts: number;
  /** For quotas: matching events counted in the period and the minimum required. */
  readonly quota: { readonly count: number; readonly min: number } | null;
  /** Ids of the event that opened the occurrence and of the one that completed it. */
  readonly triggerEvent: string | null;
  readonly doneEvent: string | null;
  readonly notes: readonly FindingNote[];
  /** The policy the deadline was computed with. */
  readonly policy: Policy;
  /** The deadline trace and the engine's steps, in Vietnamese and English; the lines are made when read (fresh arrays at each read). */
  readonly explanation: { readonly vi: readonly string[]; readonly en: readonly string[] };
  /** Filled in by scoring. */
  readonly deductions: readonly Deduction[];
}

/** What an event was used for. */
export type EventRole = "trigger" | "anchor" | "completion" | "extension" | "pause" | "resume" | "restart" | "cancel" | "quota";

/**
 * Why an event was not used:
 * - `invalid`: it failed validation (`issues` say why);
 * - `duplicate_id`: another event has its id (the earliest, then the smallest by content, is kept);
 * - `after_as_of`: it happened after `asOf`;
 * - `unknown_type`: no obligation of the plan mentions its type;
 * - `filtered_out`: its type triggers or counts for an obligation but a `where` test failed;
 * - `no_matching_occurrence`: no occurrence to apply it to (no subject, unknown subject or period, nothing open);
 * - `duplicate_trigger`: the occurrence it would open already exists;
 * - `already_completed`: the occurrence was already completed;
 * - `occurrence_closed`: the occurrence was completed or cancelled before this control event;
 * - `already_started`: the occurrence's clock had already started;
 * - `already_paused` / `not_paused`: a pause while paused, a resume while running;
 * - `extension_limit`: more extensions than `extensions.max`;
 * - `extension_not_later`: the extension would not move the deadline later;
 * - `extension_without_deadline`: neither a deadline, `data.days` nor `extensions.by` to extend by.
 */
export type IgnoreReason =
  | "invalid"
  | "duplicate_id"
  | "after_as_of"
  | "unknown_type"
  | "filtered_out"
  | "no_matching_occurrence"
  | "duplicate_trigger"
  | "already_completed"
  | "occurrence_closed"
  | "already_started"
  | "already_paused"
  | "not_paused"
  | "extension_limit"
  | "extension_not_later"
  | "extension_without_deadline";

/** An event used: its first use, and any further ones. */
export interface UsedEvent {
  readonly eventId: string;
  readonly role: EventRole;
  readonly occurrence: string;
  readonly also?: readonly { readonly role: EventRole; readonly occurrence: string }[];
}

/** An event not used, with the reason; `index` (input position) and `issues` for invalid ones. */
export interface IgnoredEvent {
  readonly eventId?: string;
  readonly index?: number;
  readonly reason: IgnoreReason;
  readonly occurrence?: string;
  readonly issues?: readonly Issue[];
}

/** Every input event, used or ignored: `used.length + ignored.length === input`. */
export interface Accounting {
  readonly input: number;
  readonly used: readonly UsedEvent[];
  readonly ignored: readonly IgnoredEvent[];
}

/** Categories a rate's numerator counts (disjoint): early, on time but not early, open and not yet due. */
export type RateCategory = "early" | "on_time" | "open_not_due";

/**
 * An on-time rate (tỷ lệ đúng hạn), parameterised because the systems in use differ:
 * - `numerator`: categories counted (default `["early", "on_time"]`);
 * - `denominator`: `received` (opened in the window), `due` (deadline in the window, or resolved
 *   in it), `resolved` (done in the window) — default `resolved`;
 * - `countOpenOverdue`: whether open-overdue occurrences are in the denominator (default true);
 * - `emptyValue`: the rate when the denominator is 0 (default `null`; OpenCPS uses 1).
 * Rates are fractions 0…1. Undated and cancelled occurrences are never counted.
 */
export interface RateDefinition {
  readonly numerator: readonly RateCategory[];
  readonly denominator: "received" | "due" | "resolved";
  readonly countOpenOverdue: boolean;
  readonly emptyValue: number | null;
}

/** A reporting window, both days inclusive, e.g. `{ from: "2024-06-20", to: "2024-07-19" }`. */
export interface ReportingWindow {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly label?: string;
}

/**
 * Options of summaries: of `summarize`, and of `evaluate` (its `summary` option, where `asOf` and
 * `unitNames` come from the evaluation and the plan).
 */
export interface SummaryOptions {
  /** The on-time rate's definition (default {@link DEFAULT_RATE}). */
  readonly rate?: Partial<RateDefinition>;
  /** Windows of the per-period summary: a list, or calendar `"month"`s, `"quarter"`s, `"year"`s (default `"month"`). */
  readonly periods?: readonly ReportingWindow[] | "month" | "quarter" | "year";
  /** For `summarize` of bare findings: the instant of the evaluation (taken from the evaluation when one is given). */
  readonly asOf?: string;
  /** Labels of unit rows, by unit id (e.g. the plan's unit names). */
  readonly unitNames?: Readonly<Record<string, string>>;
}

/**
 * One row of a summary. In a period row, `early`/`onTime`/`late` count occurrences resolved in
 * the window, `overdue`/`open` those unresolved at its end (or at `asOf` if earlier), `received`
 * those opened in it, `due` those whose deadline fell in it or that were resolved in it.
 */
export interface SummaryRow {
  readonly key: string;
  readonly label: string;
  readonly total: number;
  readonly early: number;
  readonly onTime: number;
  readonly late: number;
  readonly overdue: number;
  readonly open: number;
  readonly undated: number;
  readonly cancelled: number;
  readonly received: number;
  readonly resolved: number;
  readonly due: number;
  readonly numerator: number;
  readonly denominator: number;
  readonly rate: number | null;
}

/** Summaries per unit (owner), per obligation and per reporting period. */
export interface Summary {
  readonly rate: RateDefinition;
  readonly byUnit: readonly SummaryRow[];
  readonly byObligation: readonly SummaryRow[];
  readonly byPeriod: readonly SummaryRow[];
}

/**
 * The `dueSoon` horizon: open occurrences due within this of `asOf` are flagged (default
 * `{ amount: 24, unit: "hour" }`, as TD-ThanhHoa's "sắp hết hạn"). `working_day`: due on or before
 * the Nth working day after `asOf`'s day.
 */
export interface DueSoon {
  readonly amount: number;
  readonly unit: "hour" | "day" | "working_day";
}

/** Options of `evaluate`. */
export interface EvaluateOptions {
  /**
   * The instant the evaluation is made at (required: the library reads no clock), an ISO string or a `Date`. A date
   * (`"2024-12-31"`) means the end of that day, 24:00, the first instant of the next day, as
   * "tính đến hết ngày 31/12/2024": a task due that day and not done is overdue.
   */
  readonly asOf: InstantInput;
  /** The calendar (default `civilServiceCalendar`); the plan's calendar overrides apply on top. */
  readonly calendar?: WorkCalendar;
  readonly dueSoon?: DueSoon;
  /** Language of the printed table and rows (default `"vi"`); explanations carry both. */
  readonly locale?: Locale;
  /**
   * Policy overrides for this call, over the plan's and each obligation's (plan < obligation <
   * call): a what-if such as `{ beforeDate: "inclusive" }` without editing the plan.
   */
  readonly policy?: Partial<Policy>;
  readonly summary?: SummaryOptions;
}

/**
 * The result of `evaluate`: plain data, plus two non-enumerable members that JSON leaves out: a
 * Node REPL printer and {@link Evaluation.rows | rows()}.
 */
export interface Evaluation {
  readonly plan: string;
  readonly asOf: Instant;
  readonly calendar: string;
  readonly locale: Locale;
  readonly findings: readonly Finding[];
  readonly summary: Summary;
  readonly accounting: Accounting;
  /**
   * The findings as flat rows for `console.table` (same as `toRows(evaluation, locale)`).
   *
   * @param locale - Language of the status labels (default: the evaluation's `locale`).
   * @returns One row per finding, in the findings' order.
   * @example
   * console.table(evaluate(plan, events, { asOf }).rows("en"))
   */
  rows(locale?: Locale): FindingRow[];
}
