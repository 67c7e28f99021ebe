/**
 * Where a finding's explanation gets the computed deadline whose trace it shows.
 *
 * A deadline counted from an exact instant (office hours, or a late-receipt cut-off) is computed
 * for one occurrence and shared by no other, so keeping its `Deadline` (the trace, its steps and
 * their params) for the explanation would keep all of that alive per finding. A `DeadlineRecipe`,
 * one per rule, keeps what the computation read — the rule, calendar and policy — and each finding
 * its anchor; the explanation computes the same deadline again when it is read: the computation is
 * pure, so the trace is the same. A deadline shared by many occurrences (cached by day, or
 * anchor-free) is kept as it is.
 * @internal
 * @module
 */
import type { WorkCalendar } from "../calendar/types.js";
import { fromDayNumber, type DayNumber } from "../day/dayNumber.js";
import { civilDayOfEpochMs, epochMsToInstant } from "../day/instant.js";
import { computeValidDeadline } from "../deadline/computeDeadline.js";
import type { Deadline, DeadlineContext, DeadlineRule, Policy, UrgencyLevel } from "../deadline/types.js";

/**
 * The context of a deadline computation: no anchor when the rule does not read it (so that its
 * trace is the same for every occurrence sharing it), the anchor's civil day when only that
 * matters, else the anchor's instant. @internal
 */
export function deadlineContext(
  calendar: WorkCalendar,
  policy: Policy,
  anchorMs: number | undefined,
  free: boolean,
  byDay: boolean,
  urgency: UrgencyLevel | undefined,
  dueDay: number | undefined,
): DeadlineContext {
  return {
    calendar,
    policy,
    ...(anchorMs === undefined || free ? {} : { anchor: byDay ? fromDayNumber(civilDayOfEpochMs(anchorMs) as DayNumber) : epochMsToInstant(anchorMs) }),
    ...(urgency === undefined ? {} : { urgency }),
    ...(dueDay === undefined ? {} : { due: fromDayNumber(dueDay as DayNumber) }),
  };
}

/**
 * How to compute again the deadlines of one rule counted from exact instants: shared by every
 * occurrence of the rule, each of which keeps only its anchor. @internal
 */
export class DeadlineRecipe {
  constructor(
    readonly rule: DeadlineRule,
    readonly calendar: WorkCalendar,
    readonly policy: Policy,
    readonly urgency: UrgencyLevel | undefined,
    readonly dueDay: number | undefined,
  ) {}

  /** The deadline from this anchor, as computed the first time. */
  deadline(anchorMs: number): Deadline {
    return computeValidDeadline(this.rule, deadlineContext(this.calendar, this.policy, anchorMs, false, false, this.urgency, this.dueDay));
  }
}

/** What a finding's explanation reads the deadline's trace from: the deadline itself, or the recipe to compute it again from the occurrence's anchor. @internal */
export type DeadlineSource = Deadline | DeadlineRecipe;

/** The computed deadline of a source (`anchorMs`: the anchor a recipe is computed from). @internal */
export function deadlineOf(source: DeadlineSource, anchorMs: number): Deadline {
  return source instanceof DeadlineRecipe ? source.deadline(anchorMs) : source;
}
