/** Recurring obligations: one occurrence per period (or per listed day) from the first day until the first one due after `asOf`. */
import { MAX_DAY, ymdFromDayNumber } from "../../day/dayNumber.js";
import { periodLabel } from "../../day/periods.js";
import { epochMsOfCivil } from "../../day/instant.js";
import type { DeadlineRule, FixedDateRule, RecurringRule, RruleRule } from "../../deadline/types.js";
import { StringMap } from "../../internal/stringMap.js";
import { deadlineFor, deadlineForPeriod, iso, listedDeadlines, listingEnv, typesOf, type CompiledObligation, type DLResult } from "../compile.js";
import { isoWeekLabel, occurrenceOwners, periodAround, setDeadline, type Occ, type Run } from "../occurrences/index.js";
import type { KindHandler } from "./handler.js";

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
      setDeadline(occ, result, openedMs);
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
    const year = p.year ?? ymdFromDayNumber(lastDay).year;
    return periodLabel(p.unit, year, p.unit === "month" ? p.month : p.unit === "quarter" ? p.quarter : p.unit === "half_year" ? p.half : undefined);
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

function openRecurring(run: Run, cob: CompiledObligation): StringMap<Occ> {
  const occs = new StringMap<Occ>(16);
  for (const occ of recurringOccurrences(run, cob)) occs.set(occ.tail, occ);
  return occs;
}

export const recurring: KindHandler<"recurring"> = {
  kind: "recurring",
  opensByTrigger: false,
  restartable: false,
  shape: (ob) => ({
    rule: ob.deadline,
    fallback: undefined,
    fallbackField: undefined,
    target: ob.target,
    perOwner: true,
    match: "period",
    trigger: undefined,
    counts: undefined,
    completedBy: typesOf(ob.completedBy),
    anchorTypes: [],
    source: undefined,
  }),
  open: (run, cob) => openRecurring(run, cob),
  // (its occurrences are dated when opened; no event starts their clock)
  setDeadlineFrom() {},
};
