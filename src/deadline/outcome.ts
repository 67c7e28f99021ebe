/**
 * The outcome of a deadline computation without its trace: the last day, the first late instant,
 * whether it is provisional or waived. It is what `computeDeadline` returns in `lastDay`, `endsAt`,
 * `provisional` and `waived`, computed by the same rule code for a rule and context that have
 * already been validated, with no trace steps or notes kept. A caller that shows the trace later
 * computes the full {@link Deadline} then.
 * @internal
 * @module
 */
import { MAX_DAY, MIN_DAY, type DayNumber } from "../day/dayNumber.js";
import { civilOfEpochMs, epochMsOfCivil } from "../day/instant.js";
import type { WorkCalendar } from "../calendar/types.js";
import type { AnchorPoint, Env } from "./context.js";
import { evaluateRule, finishDeadline, startRun, undecidedDependencies, type Core, type Run } from "./computeDeadline.js";
import type { DeadlineRule, Policy, UrgencyLevel } from "./types.js";

/** What {@link computeDeadlineOutcome} returns. @internal */
export interface DeadlineOutcome {
  /** The last day on time (`Deadline.lastDay` as a day number). */
  readonly lastDay: DayNumber;
  /** The first late instant (`Deadline.endsAt` in epoch milliseconds). */
  readonly endsAtMs: number;
  /** `Deadline.provisional`. */
  readonly provisional: boolean;
  /** `Deadline.waived === true`. */
  readonly waived: boolean;
}

/**
 * The anchor a context gives for these epoch milliseconds: the civil day alone (`byDay`, as an
 * `IsoDate` anchor reads) or the instant. Undefined when the context would not accept it (not a
 * whole millisecond, or a civil day outside 1900–2199): the caller then takes the validating path.
 * @internal
 */
export function anchorOfEpochMs(ms: number, byDay: boolean): AnchorPoint | undefined {
  if (!Number.isInteger(ms)) return undefined;
  const civil = civilOfEpochMs(ms);
  if (!(civil.day >= MIN_DAY && civil.day <= MAX_DAY)) return undefined;
  if (byDay) return { day: civil.day, ms: epochMsOfCivil(civil.day, 0), msOfDay: 0, isDate: true };
  return { day: civil.day, ms, msOfDay: civil.msOfDay, isDate: false };
}

/** A validated context from parts already checked (a resolved policy, a calendar, an anchor from {@link anchorOfEpochMs}). @internal */
export function validEnv(calendar: WorkCalendar, policy: Policy, anchor: AnchorPoint | undefined, urgency: UrgencyLevel | undefined, due: DayNumber | undefined): Env {
  return { anchor, due, year: undefined, period: undefined, calendar, policy, urgency };
}

/**
 * `computeDeadline`'s `lastDay`, `endsAt`, `provisional` and `waived` for a validated rule and
 * context, without the trace; it throws the same errors.
 * @internal
 */
export function computeDeadlineOutcome(valid: DeadlineRule, env: Env): DeadlineOutcome {
  const run = startRun(valid, env, false);
  const core = evaluateRule(run, valid);
  return { lastDay: core.lastDay, endsAtMs: core.endsAtMs, provisional: provisional(run, core, valid), waived: core.waived === true };
}

/**
 * Whether a day the run depended on is not decided, as `finishDeadline` finds it. With
 * `require: "decided"`, `finishDeadline` itself throws the error.
 */
function provisional(run: Run, core: Core, valid: DeadlineRule): boolean {
  const found = undecidedDependencies(run, true).length > 0;
  if (found && run.env.policy.require === "decided") finishDeadline(run, core, valid.notes);
  return found;
}
