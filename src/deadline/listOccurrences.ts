/**
 * All occurrences of a recurring deadline in a date range (các kỳ của thời hạn định kỳ).
 * @module
 */
import { fromDayNumber, toDayNumber, type DayNumber, type IsoDate } from "../day/dayNumber.js";
import { InvalidInputError, issue } from "../errors.js";
import type { WorkCalendar } from "../calendar/types.js";
import { finishDeadline, occurrenceCandidates, startRun } from "./computeDeadline.js";
import { readContext, type Env } from "./context.js";
import { parseRule } from "./ruleCheck.js";
import type { Deadline, DeadlineRule, FixedDateRule, Policy, RecurringRule, RruleRule } from "./types.js";

/** Options of {@link listOccurrences}. */
export interface ListOccurrencesOptions {
  /** First last day included. */
  readonly from: IsoDate;
  /** Last last day included. */
  readonly to: IsoDate;
  /** Default `civilServiceCalendar`. */
  readonly calendar?: WorkCalendar;
  readonly policy?: Partial<Policy>;
}

/** Rolls move a last day by less than this many days from the nominal date (Tết breaks are ≤ 10 days). */
const SLACK_DAYS = 45;

/**
 * Lists the occurrences (các kỳ) of a recurring deadline whose `lastDay` lies in `[from, to]`,
 * each computed as `computeDeadline` computes the next occurrence (bound, roll, end of day,
 * provisional status and trace), sorted by `endsAt`, without duplicates.
 *
 * - `recurring` ("ngày 10 hàng tháng", "trước ngày 5/01 hằng năm", "trong tháng 1 hằng năm") and
 *   `rrule` rules → one deadline per period;
 * - `fixed_date` rules → one per listed date, every year for dates without a year;
 * - other kinds → {@link InvalidInputError} `invalid_rule`.
 *
 * A `cap` (counted from an anchor) and `except` clauses (which need a case's urgency) are not
 * applied here. For every result `d`, `computeDeadline(rule, { anchor: <d.endsAt minus 1 ms> })`
 * gives the same `lastDay` and `endsAt`.
 *
 * @param rule - A recurring, RRULE or fixed-date rule.
 * @param options - `from`, `to` (ISO dates), `calendar`, `policy`.
 * @returns Frozen deadlines, sorted.
 * @throws {@link InvalidInputError} `invalid_rule`, `invalid_date`, `invalid_value` (`to` before `from`), `rrule_invalid`, `invalid_option`.
 * @throws {@link CalendarRangeError} outside 1900-01-01 … 2199-12-31.
 * @example
 * listOccurrences({ kind: "recurring", frequency: "monthly", day: 10, bound: "by" }, { from: "2024-01-01", to: "2024-03-31" })
 *   .map((d) => d.lastDay)
 * //=> ["2024-01-10", "2024-02-10", "2024-03-10"]
 * @see Bộ luật Dân sự 2015, Điều 148; NĐ 09/2019/NĐ-CP Điều 12–13 (periodic reports)
 * @remarks Since 0.1.0
 */
export function listOccurrences(rule: DeadlineRule, options: ListOccurrencesOptions): Deadline[] {
  const valid = parseRule(rule, ["rule"]);
  if (valid.kind !== "recurring" && valid.kind !== "rrule" && valid.kind !== "fixed_date") {
    throw new InvalidInputError([issue("invalid_rule", { reason: "kind_not_allowed", expected: ["recurring", "rrule", "fixed_date"], kind: valid.kind }, ["rule", "kind"])]);
  }
  if (options === null || typeof options !== "object") {
    throw new InvalidInputError([issue("invalid_type", { expected: "{ from, to, calendar?, policy? }", received: options === null ? "null" : typeof options }, ["options"])]);
  }
  const { from: fromIso, to: toIso, calendar, policy, ...rest } = options;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) throw new InvalidInputError(unknown.map((key) => issue("unknown_key", { key }, ["options", key])));
  const from = toDayNumber(fromIso, ["options", "from"]);
  const to = toDayNumber(toIso, ["options", "to"]);
  if (to < from) throw new InvalidInputError([issue("invalid_value", { value: toIso, expected: `a date on or after ${fromIso}` }, ["options", "to"])]);
  const env = readContext(calendar === undefined ? (policy === undefined ? {} : { policy }) : policy === undefined ? { calendar } : { calendar, policy }, ["options"]);
  return occurrencesBetween(valid, env, from, to, Number.NEGATIVE_INFINITY).map((o) => o.deadline);
}

/** One occurrence of a recurring rule: the day the rule names (before bound and roll) and its deadline. @internal */
export interface ListedOccurrence {
  readonly nominal: DayNumber;
  readonly deadline: Deadline;
}

/**
 * The occurrences of a validated recurring, RRULE or fixed-date rule whose `lastDay` lies in
 * `[from, to]` and whose `endsAt` is after `afterMs` and after the previous one's, in order. The
 * rule's candidates are expanded once for the whole window (an RRULE is expanded by one call).
 * Consecutive windows `[a, b]`, `[b + 1, c]` (passing the last `endsAt` as `afterMs`) list what one
 * window `[a, c]` lists: rolls move days forward only, so `lastDay` follows the nominal order.
 * @internal
 */
export function occurrencesBetween(rule: RecurringRule | RruleRule | FixedDateRule, env: Env, from: number, to: number, afterMs: number): ListedOccurrence[] {
  const candidates = occurrenceCandidates(rule, from - SLACK_DAYS, to + SLACK_DAYS);
  const out: ListedOccurrence[] = [];
  let lastEnd = afterMs;
  const describe = rule.kind === "recurring" ? { frequency: rule.frequency } : rule.kind === "rrule" ? { rrule: rule.rrule } : {};
  for (const candidate of candidates) {
    const run = startRun(rule, env);
    run.step("occurrence", { date: fromDayNumber(candidate.day), reason: "listed", ...describe });
    const core = candidate.build(run);
    if (core.lastDay < from || core.lastDay > to || core.endsAtMs <= lastEnd) continue;
    lastEnd = core.endsAtMs;
    out.push({ nominal: candidate.day, deadline: finishDeadline(run, core, rule.notes) });
  }
  return out;
}
