/**
 * Where a finding's explanation gets the computed deadline whose trace it shows.
 *
 * A deadline counted from an exact instant (office hours, or a late-receipt cut-off) is computed
 * for one occurrence and shared by no other, so keeping its `Deadline` (the trace, its steps and
 * their params) for the explanation would keep all of that alive per finding. A `RecomputedDeadline`
 * keeps only what the computation read — the rule, calendar, policy and anchor — and computes the
 * same deadline again when the explanation is read: the computation is pure, so the trace is the
 * same. A deadline shared by many occurrences (cached by day, or anchor-free) is kept as it is.
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

/** A deadline counted from an exact instant, computed again when its trace is read. @internal */
export class RecomputedDeadline {
  constructor(
    private readonly rule: DeadlineRule,
    private readonly calendar: WorkCalendar,
    private readonly policy: Policy,
    private readonly anchorMs: number,
    private readonly urgency: UrgencyLevel | undefined,
    private readonly dueDay: number | undefined,
  ) {}

  /** The deadline, as computed the first time. */
  deadline(): Deadline {
    return computeValidDeadline(this.rule, deadlineContext(this.calendar, this.policy, this.anchorMs, false, false, this.urgency, this.dueDay));
  }
}

/** What a finding's explanation reads the deadline's trace from: the deadline itself or the way to compute it again. @internal */
export type DeadlineSource = Deadline | RecomputedDeadline;

/** The computed deadline of a source. @internal */
export function deadlineOf(source: DeadlineSource): Deadline {
  return source instanceof RecomputedDeadline ? source.deadline() : source;
}
