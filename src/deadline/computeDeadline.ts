/**
 * Deadline computation (tính thời hạn) under Bộ luật Dân sự 2015 Đ.144–148 and the named
 * policies of `Policy`: every rule kind, exceptions and caps, provisional results and the trace.
 * @module
 */
import { checkRange, daysInMonth, dayNumberFromYmd, MAX_DAY, MIN_DAY, toDayNumber, weekdayOf, ymdFromDayNumber, type DayNumber, type IsoDate } from "../day/dayNumber.js";
import { periodIndexOfMonth, periodLabel, periodOf } from "../day/periods.js";
import { civilOfEpochMs, epochMsOfCivil, epochMsToInstant, instantToEpochMs } from "../day/instant.js";
import { officeClockOf } from "../calendar/index.js";
import { CalendarCoverageError, InvalidInputError, issue } from "../errors.js";
import { sortSmall } from "../internal/smallSort.js";
import type { DataStatus, DayInfo } from "../calendar/types.js";
import { recurringNominalDates, type NominalDate } from "../recurrence/nominal.js";
import { expandRrule, parseRrule } from "../recurrence/rrule.js";
import { BASIS } from "./basis.js";
import { readContext, type Env, type PeriodRange } from "./context.js";
import { parseRule } from "./ruleCheck.js";
import type {
  BeforeDeadlineRule,
  Deadline,
  DeadlineContext,
  DeadlineRule,
  Duration,
  FixedDateRule,
  LegalBasis,
  PeriodRule,
  Policy,
  RecurringRule,
  ReportingWindowRule,
  RruleRule,
  RuleNote,
  SameDayRule,
  TraceStep,
  UrgentRule,
} from "./types.js";

import { MS_PER_HOUR, LOOK_BACK_DAYS, LOOK_AHEAD_DAYS, type Core, iso, clockOf, msOfClock, inRange, Run, recordSpecialDays, whyOff, rollForward, rollByText, officeCloseMsOfDay, dayEnd, needAnchor, startDay, movedByCutoff, recordStart } from "./run.js";

function unitOf(run: Run, unit: Duration["unit"]): Exclude<Duration["unit"], "day"> {
  if (unit !== "day") return unit;
  return run.env.policy.bareDayUnit;
}

/** Adds months to a day (Đ.148.3): the corresponding day, else the month's last day (clamp) or an error. */
function addMonths(run: Run, start: DayNumber, months: number, basis: LegalBasis): { day: DayNumber; clampStep?: TraceStep } {
  const { year, month, day } = ymdFromDayNumber(start);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  if (y > 2199) checkRange(MAX_DAY + 1, ["rule", "amount"]);
  const dim = daysInMonth(y, m);
  if (day <= dim) return { day: dayNumberFromYmd(y, m, day) };
  const target = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (run.env.policy.monthOverflow === "error") {
    throw new InvalidInputError([issue("month_overflow", { months, from: iso(start), to: target }, ["rule"])]);
  }
  const clamped = dayNumberFromYmd(y, m, dim);
  run.note("month_end", { from: iso(start), months, requested: target, result: iso(clamped) });
  return { day: clamped, clampStep: { code: "month_clamped", params: Object.freeze({ from: iso(start), months, requested: target, to: iso(clamped) }), basis } };
}

/**
 * The office hours a count is when it is counted on the office clock — N giờ làm việc, or N ngày
 * làm việc as N × 8 h under `workingDays: "office_hours"` (QĐ 188) — else undefined. `unit` is
 * the unit after a bare "ngày" has been resolved by the policy.
 * @internal
 */
export function officeHoursOfCount(amount: number, unit: Exclude<Duration["unit"], "day">, policy: Policy): number | undefined {
  if (unit === "working_hour") return amount;
  if (unit === "working_day" && policy.workingDays === "office_hours") return amount * 8;
  return undefined;
}

/** A relative duration from the anchor (also used by urgency levels and caps). */
function relativeCore(run: Run, amount: number, rawUnit: Duration["unit"]): Core {
  const anchor = needAnchor(run);
  const unit = unitOf(run, rawUnit);
  const policy = run.env.policy;
  if (unit === "hour") {
    const endsAtMs = anchor.ms + amount * MS_PER_HOUR;
    const lastDay = inRange(civilOfEpochMs(endsAtMs - 1).day, ["rule", "amount"]);
    run.step("hours_counted", { hours: amount, from: epochMsToInstant(anchor.ms), to: epochMsToInstant(endsAtMs) }, BASIS.blds147_1);
    return { lastDay, endsAtMs };
  }
  const hours = officeHoursOfCount(amount, unit, policy);
  if (hours !== undefined) {
    if (unit === "working_day") run.step("office_hours_days", { days: amount, hours }, BASIS.qd188);
    return workingHoursCore(run, hours);
  }
  const start = startDay(run);
  recordStart(run, start);
  const exclude = policy.excludeStartDay && !movedByCutoff(run, start);
  if (unit === "calendar_day") {
    const first = exclude ? start + 1 : start;
    const last0 = inRange(amount === 0 ? start : first + amount - 1, ["rule", "amount"]);
    run.step("counted", { amount, unit, from: iso(first), to: iso(last0) }, BASIS.blds148_1);
    const lastDay = rollForward(run, last0);
    return { lastDay, endsAtMs: dayEnd(run, lastDay) };
  }
  if (unit === "working_day") {
    const base = exclude ? start : start - 1;
    inRange(base + amount, ["rule", "amount"]);
    const days = run.calendar.days;
    const lastDay = inRange(amount === 0 ? days.add(start, 0) : days.add(base as DayNumber, amount), ["rule", "amount"]);
    const first = amount === 0 ? start : base + 1;
    run.step("counted", { amount, unit, from: iso(first), to: iso(lastDay), calendar: run.calendar.name });
    recordSpecialDays(run, first, lastDay, true);
    run.depend(first, lastDay);
    return { lastDay, endsAtMs: dayEnd(run, lastDay) };
  }
  // week, month, year: the corresponding day (Đ.148.2–4)
  let last0: number;
  let basis: LegalBasis;
  let clampStep: TraceStep | undefined;
  if (unit === "week") {
    last0 = start + 7 * amount;
    basis = BASIS.blds148_2;
  } else {
    basis = unit === "month" ? BASIS.blds148_3 : BASIS.blds148_4;
    const added = addMonths(run, start, unit === "month" ? amount : 12 * amount, basis);
    last0 = added.day;
    clampStep = added.clampStep;
  }
  if (!exclude && amount > 0) last0 -= 1;
  const last = inRange(last0, ["rule", "amount"]);
  run.step("calendar_added", { amount, unit, from: iso(start), to: iso(last) }, basis);
  if (clampStep !== undefined) run.trace.push(clampStep);
  const lastDay = rollForward(run, last);
  return { lastDay, endsAtMs: dayEnd(run, lastDay) };
}

/** Words of a unit that make "năm" a number, not the word "year" ("năm ngày": five days). */
const UNIT_AFTER_FIVE: ReadonlySet<string> = new Set(["ngày", "tháng", "tuần", "giờ", "năm"]);

/**
 * Whether an anchor names a year, not a day: "năm công việc kết thúc", "năm nộp vào lưu trữ hiện hành" (Luật Lưu
 * trữ 2011 Đ.11: "Trong thời hạn 01 năm, kể từ năm công việc kết thúc"). Words as written (NFC, any case).
 * @internal
 */
export function namesYear(text: string): boolean {
  const words = text.normalize("NFC").toLowerCase().split(/\s+/u);
  // ("năm 2020": a year written as a number is not read here; the anchor's day is the context's, as before)
  return words[0] === "năm" && words.length > 1 && !UNIT_AFTER_FIVE.has(words[1] as string) && !/^\d/u.test(words[1] as string);
}

/**
 * A count of years from an anchor that names a year ({@link namesYear}): whole calendar years, so the limit is the last
 * day of the N-th year after the anchor's year (work that ended in 2025, "trong thời hạn 01 năm, kể từ năm công việc kết
 * thúc": 31/12/2026), rolled forward if it is a day off (Đ.148.5).
 */
function wholeYearsCore(run: Run, amount: number): Core {
  const anchor = needAnchor(run);
  const year = ymdFromDayNumber(anchor.day as DayNumber).year;
  const last = inRange(dayNumberFromYmd(year + amount, 12, 31), ["rule", "amount"]);
  run.step("years_from_year", { amount, year, to: iso(last) });
  const lastDay = rollForward(run, last);
  return { lastDay, endsAtMs: dayEnd(run, lastDay) };
}

/** Office hours from the anchor (snapped into office hours by the calendar). */
function workingHoursCore(run: Run, hours: number): Core {
  const anchor = needAnchor(run);
  const calendar = run.calendar;
  if (calendar.officeHours === undefined) throw new InvalidInputError([issue("office_hours_missing", { calendar: calendar.name }, ["context", "calendar"])]);
  let fromMs = anchor.ms;
  if (run.env.policy.lateReceiptCutoff !== null) {
    const start = startDay(run);
    if (start !== anchor.day) fromMs = epochMsOfCivil(start, 0);
  }
  const options = { snapNonWorkingDays: run.env.policy.snapNonWorkingDays };
  const from = epochMsToInstant(fromMs);
  // a calendar made by createCalendar counts on epoch milliseconds directly (the same arithmetic
  // as its addWorkingHours, without an instant string each way); a whole millisecond result reads
  // back as itself from its instant, so only a fractional one takes the string path
  const clock = officeClockOf(calendar);
  const direct = clock === undefined ? Number.NaN : clock.addWorkingHours(fromMs, hours, options);
  const endsAtMs = Number.isInteger(direct) ? direct : instantToEpochMs(calendar.addWorkingHours(from, hours, options));
  const to = epochMsToInstant(endsAtMs);
  const lastDay = inRange(civilOfEpochMs(endsAtMs - 1).day, ["rule", "amount"]);
  const fromDay = civilOfEpochMs(fromMs).day;
  run.step("working_hours_counted", { hours, from, to, calendar: calendar.name });
  if (lastDay >= fromDay) recordSpecialDays(run, fromDay, lastDay, false);
  run.depend(fromDay, Math.max(fromDay, lastDay));
  return { lastDay, endsAtMs };
}

/** A named date X with a bound ("trước ngày X", "chậm nhất ngày X") and an optional time of day. */
function namedDateCore(run: Run, x: DayNumber, bound: "before" | "by", time: string | undefined): Core {
  const policy = run.env.policy;
  let lastDay: DayNumber;
  if (bound === "by") {
    lastDay = x;
    run.step("named_date", { date: iso(x), bound });
  } else {
    const reading = policy.beforeDate;
    lastDay = time !== undefined || reading === "inclusive" ? x : inRange(x - 1);
    run.note("before_date_reading", { date: iso(x), reading });
    run.step("before_date", { date: iso(x), lastDay: time === undefined ? iso(lastDay) : undefined, reading, policy: "beforeDate" });
  }
  let timeMs: number | undefined;
  if (time !== undefined) {
    timeMs = msOfClock(time);
    // an entry into force at a time is a start ("từ 0 giờ ngày 13/7"): in force from that instant, on its own day
    lastDay = run.fixedByRole && bound === "by" ? x : inRange(civilOfEpochMs(epochMsOfCivil(x, timeMs) - 1).day);
  }
  run.depend(lastDay, lastDay);
  if (run.rollByText !== undefined && !run.isWorking(lastDay)) {
    // the text says where a day off moves ("… thì thực hiện vào ngày làm việc tiếp theo")
    const to = rollByText(run, lastDay);
    if (timeMs !== undefined) x = (x + (to - lastDay)) as DayNumber;
    lastDay = to;
  } else if (!run.isWorking(lastDay)) {
    if (policy.rollFixedDates) {
      const to = run.next(lastDay);
      run.step("rolled_forward", { from: iso(lastDay), to: iso(to), ...whyOff(run, lastDay), policy: "rollFixedDates" }, BASIS.blds148_5);
      recordSpecialDays(run, lastDay, to - 1, false);
      run.depend(lastDay, to);
      if (timeMs !== undefined) x = (x + (to - lastDay)) as DayNumber;
      lastDay = to;
    } else {
      run.note("fixed_date_non_working", { date: iso(lastDay), ...whyOff(run, lastDay) });
      run.step("not_rolled", { date: iso(lastDay), ...whyOff(run, lastDay), policy: "rollFixedDates" });
    }
  }
  if (timeMs !== undefined) {
    const endsAtMs = epochMsOfCivil(x, timeMs);
    run.step("time_of_day", { date: iso(x), time, endsAt: epochMsToInstant(endsAtMs) });
    return { lastDay, endsAtMs };
  }
  return { lastDay, endsAtMs: dayEnd(run, lastDay) };
}

/** An occurrence not yet computed. @internal */
export type Candidate = { readonly day: DayNumber; readonly build: (run: Run) => Core };

/**
 * Picks the occurrence that applies: the earliest whose `endsAt` is after the anchor; without an
 * anchor the first one; when every candidate has ended before the anchor, the last one.
 */
function pickOccurrence(run: Run, candidates: readonly Candidate[], describeRule: Record<string, unknown>, always: boolean): Core {
  const anchor = run.env.anchor;
  if (candidates.length === 0) {
    throw new InvalidInputError([issue("invalid_rule", { reason: "no_occurrence_in_period", kind: run.kind }, ["rule"])]);
  }
  let chosen: { core: Core; sub: Run; day: DayNumber } | undefined;
  let reason = "first";
  for (const c of candidates) {
    const sub = run.fork();
    const core = c.build(sub);
    chosen = { core, sub, day: c.day };
    if (anchor === undefined) break;
    if (core.endsAtMs > anchor.ms) {
      reason = "next_after_anchor";
      break;
    }
    reason = "all_past";
  }
  const pick = chosen as { core: Core; sub: Run; day: DayNumber };
  if (always || candidates.length > 1) run.step("occurrence", { date: iso(pick.day), reason, candidates: candidates.length, ...describeRule });
  run.absorb(pick.sub);
  return pick.core;
}

function missing(run: Run, name: string): never {
  throw new InvalidInputError([issue("missing_context", { name, rule: run.kind }, ["context", name])]);
}

function fixedDateCore(run: Run, rule: FixedDateRule): Core {
  const env = run.env;
  const days = new Map<number, Candidate>();
  const add = (year: number, month: number, day: number, clampNote: boolean): void => {
    const dim = daysInMonth(year, month);
    const d = day > dim ? dim : day;
    const x = checkRange(dayNumberFromYmd(year, month, d), ["rule", "dates"]);
    days.set(x, {
      day: x,
      build: (sub) => {
        if (clampNote && day > dim) sub.note("month_end", { requested: `${year}-${String(month).padStart(2, "0")}-${day}`, result: iso(x) });
        return namedDateCore(sub, x, rule.bound, rule.time);
      },
    });
  };
  for (const spec of rule.dates) {
    const year = spec.year ?? env.year ?? env.period?.year;
    if (year !== undefined) add(year, spec.month, spec.day, true);
    else if (env.anchor !== undefined) {
      const y = ymdFromDayNumber(env.anchor.day).year;
      add(y, spec.month, spec.day, true);
      if (y < 2199) add(y + 1, spec.month, spec.day, true);
    } else missing(run, "year");
  }
  const candidates = [...days.values()].sort((a, b) => a.day - b.day);
  return pickOccurrence(run, candidates, { dates: rule.dates.length }, false);
}

function periodCore(run: Run, rule: PeriodRule): Core {
  const spec = rule.period;
  const year = spec.year ?? run.env.year ?? run.env.period?.year ?? missing(run, "year");
  const p = spec.unit === "month" ? periodOf("month", year, spec.month) : spec.unit === "quarter" ? periodOf("quarter", year, spec.quarter) : spec.unit === "half_year" ? periodOf("half_year", year, spec.half) : periodOf("year", year);
  return periodEndCore(run, p);
}

function periodEndCore(run: Run, p: PeriodRange): Core {
  const basis = p.unit === "year" || p.unit === "half_year" ? BASIS.blds146_3 : BASIS.blds146_2;
  run.step("period_end", { period: p.label, unit: p.unit, date: iso(p.last) }, basis);
  const lastDay = rollForward(run, p.last);
  return { lastDay, endsAtMs: dayEnd(run, lastDay) };
}

/** The window in which a recurring rule's nominal dates are searched. */
function searchWindow(run: Run): { from: number; to: number } {
  const env = run.env;
  if (env.period !== undefined) return { from: env.period.first, to: env.period.last };
  if (env.year !== undefined) return { from: dayNumberFromYmd(env.year, 1, 1), to: dayNumberFromYmd(env.year, 12, 31) };
  const anchor = env.anchor ?? missing(run, "anchor");
  return { from: Math.max(MIN_DAY, anchor.day - LOOK_BACK_DAYS), to: Math.min(MAX_DAY, anchor.day + LOOK_AHEAD_DAYS) };
}

/** The deadline of one nominal date of a recurring rule. @internal */
export function recurringOccurrence(run: Run, rule: RecurringRule, nominal: NominalDate): Core {
  if (nominal.clamped !== undefined) {
    const c = nominal.clamped;
    const requested = `${c.year}-${String(c.month).padStart(2, "0")}-${String(c.requested).padStart(2, "0")}`;
    run.note("month_end", { requested, result: iso(nominal.day) });
    run.step("month_clamped", { requested, to: iso(nominal.day) }, BASIS.blds146_2);
  }
  if (rule.bound === "within") {
    const { year, month } = ymdFromDayNumber(nominal.day);
    const label =
      rule.frequency === "weekly" || rule.frequency === "daily"
        ? iso(nominal.day)
        : rule.month !== undefined || rule.frequency === "monthly"
          ? periodLabel("month", year, month)
          : recurringPeriodLabel(rule.frequency, year, month);
    run.step("period_end", { period: label, unit: rule.frequency, date: iso(nominal.day) }, rule.frequency === "yearly" && rule.month === undefined ? BASIS.blds146_3 : BASIS.blds146_2);
    const lastDay = rollForward(run, nominal.day);
    return { lastDay, endsAtMs: dayEnd(run, lastDay) };
  }
  return namedDateCore(run, nominal.day, rule.bound, rule.time);
}

/** The label of the quarter, half year or year of a quarterly, half-yearly or yearly rule's nominal date. */
function recurringPeriodLabel(frequency: RecurringRule["frequency"], year: number, month: number): string {
  const unit = frequency === "quarterly" ? "quarter" : frequency === "half_yearly" ? "half_year" : "year";
  return periodLabel(unit, year, periodIndexOfMonth(unit, month));
}

/**
 * The window of the period `offset` periods after the base period of a recurring rule: the period
 * of `context.period` (its first day), else of the anchor, else of `context.year` (1 January).
 */
function offsetWindow(run: Run, rule: RecurringRule, offset: number): { from: number; to: number } {
  const env = run.env;
  const base = env.period?.first ?? env.anchor?.day ?? (env.year !== undefined ? dayNumberFromYmd(env.year, 1, 1) : missing(run, "anchor"));
  if (rule.frequency === "daily") return { from: base + offset, to: base + offset };
  if (rule.frequency === "weekly") {
    const monday = base - (weekdayOf(base as DayNumber) - 1) + 7 * offset;
    return { from: monday, to: monday + 6 };
  }
  const span = rule.frequency === "monthly" ? 1 : rule.frequency === "quarterly" ? 3 : rule.frequency === "half_yearly" ? 6 : 12;
  const { year, month } = ymdFromDayNumber(base as DayNumber);
  const index = year * 12 + month - 1;
  const first = index - (index % span) + offset * span;
  const last = first + span - 1;
  const fy = Math.floor(first / 12);
  const ly = Math.floor(last / 12);
  if (fy < 1900 || ly > 2199) checkRange(fy < 1900 ? MIN_DAY - 1 : MAX_DAY + 1, ["rule", "offset"]);
  return { from: dayNumberFromYmd(fy, (first % 12) + 1, 1), to: dayNumberFromYmd(ly, (last % 12) + 1, daysInMonth(ly, (last % 12) + 1)) };
}

function recurringCore(run: Run, rule: RecurringRule): Core {
  if (rule.offset !== undefined) {
    const w = offsetWindow(run, rule, rule.offset);
    const nominal = recurringNominalDates(rule, w.from, w.to);
    const candidates = nominal.map((n) => ({ day: n.day, build: (sub: Run) => recurringOccurrence(sub, rule, n) }));
    return pickOccurrence(run, candidates, { frequency: rule.frequency, offset: rule.offset, period: `${iso(w.from as DayNumber)}/${iso(w.to as DayNumber)}` }, true);
  }
  const { from, to } = searchWindow(run);
  const nominal = recurringNominalDates(rule, from, to);
  const candidates = nominal.map((n) => ({ day: n.day, build: (sub: Run) => recurringOccurrence(sub, rule, n) }));
  return pickOccurrence(run, candidates, { frequency: rule.frequency }, true);
}

function rruleCore(run: Run, rule: RruleRule): Core {
  const parsed = parseRrule(rule.rrule, ["rule", "rrule"]);
  const { from, to } = searchWindow(run);
  const candidates = expandRrule(parsed, from, to).map((day) => ({ day, build: (sub: Run) => namedDateCore(sub, day, rule.bound, undefined) }));
  return pickOccurrence(run, candidates, { rrule: rule.rrule }, true);
}

function beforeDeadlineCore(run: Run, rule: BeforeDeadlineRule): Core {
  if (rule.unit === "hour") {
    // hours before an event: from its instant (context.anchor), no roll (Đ.147.1)
    const event = needAnchor(run);
    const endsAtMs = event.ms - rule.amount * MS_PER_HOUR;
    const lastDay = inRange(civilOfEpochMs(endsAtMs - 1).day, ["rule", "amount"]);
    run.step("hours_counted_back", { hours: rule.amount, from: epochMsToInstant(event.ms), to: epochMsToInstant(endsAtMs), reference: rule.reference }, BASIS.blds147_1);
    return { lastDay, endsAtMs };
  }
  const due = run.env.due ?? missing(run, "due");
  const unit = unitOf(run, rule.unit) as "calendar_day" | "working_day" | "week" | "month" | "year";
  let target: DayNumber;
  if (unit === "week" || unit === "month" || unit === "year") {
    // the corresponding day so many weeks, months or years before (Đ.148.2–4, counted back)
    const basis = unit === "week" ? BASIS.blds148_2 : unit === "month" ? BASIS.blds148_3 : BASIS.blds148_4;
    const added = unit === "week" ? { day: inRange(due - 7 * rule.amount, ["rule", "amount"]) } : addMonths(run, due, -(unit === "month" ? rule.amount : 12 * rule.amount), basis);
    target = inRange(added.day, ["rule", "amount"]);
    run.step("counted_back", { amount: rule.amount, unit, from: iso(due), to: iso(target), reference: rule.reference }, basis);
    if (added.clampStep !== undefined) run.trace.push(added.clampStep);
  } else if (unit === "working_day") {
    inRange(due - rule.amount, ["rule", "amount"]);
    target = inRange(rule.amount === 0 ? due : run.calendar.days.add(due, -rule.amount), ["rule", "amount"]);
    run.step("counted_back", { amount: rule.amount, unit, from: iso(due), to: iso(target), reference: rule.reference, calendar: run.calendar.name });
    recordSpecialDays(run, target + 1, due - 1, true);
    run.depend(target, due);
  } else {
    target = inRange(due - rule.amount, ["rule", "amount"]);
    run.step("counted_back", { amount: rule.amount, unit, from: iso(due), to: iso(target), reference: rule.reference });
  }
  run.depend(target, target);
  if (!run.isWorking(target)) {
    if (run.env.policy.rollBackward) {
      const to = run.previous(target);
      run.step("rolled_back", { from: iso(target), to: iso(to), ...whyOff(run, target), policy: "rollBackward" });
      recordSpecialDays(run, to + 1, target, false);
      run.depend(to, target);
      target = to;
    } else run.step("not_rolled", { date: iso(target), ...whyOff(run, target), policy: "rollBackward" });
  }
  return { lastDay: target, endsAtMs: dayEnd(run, target) };
}

function urgentCore(run: Run, rule: UrgentRule): Core {
  const d = run.env.policy.urgency[rule.level];
  run.note("local_convention", { level: rule.level, amount: d.amount, unit: d.unit });
  run.step("urgency", { level: rule.level, amount: d.amount, unit: d.unit, policy: "urgency" }, BASIS.nd30);
  return relativeCore(run, d.amount, d.unit);
}

function sameDayCore(run: Run, rule: SameDayRule): Core {
  const start = startDay(run);
  run.depend(start, start);
  if (rule.time !== undefined || rule.nextDay !== undefined) {
    // "trước 17 giờ": the anchor's day, up to that time; "trước 14 giờ ngày tiếp theo": the day
    // after (the next working day for "ngày làm việc tiếp theo"), a named day
    const day = rule.nextDay === "day" ? inRange(start + 1) : rule.nextDay === "working_day" ? run.next(start) : start;
    run.depend(start, day);
    run.step("same_day", { date: iso(start), lastDay: iso(day), nextWorkingDay: false, ...(rule.time === undefined ? {} : { time: rule.time }) }, BASIS.nd30);
    return namedDateCore(run, day, "by", rule.time);
  }
  if (run.fixedByRole && !rule.nextWorkingDay) {
    // "có hiệu lực kể từ ngày ký": in force on the event's own day, a day off or not
    run.step("same_day", { date: iso(start), lastDay: iso(start), nextWorkingDay: false }, BASIS.nd30);
    if (!run.isWorking(start)) run.step("not_rolled", { date: iso(start), ...whyOff(run, start), policy: "entry_into_force" });
    return { lastDay: start, endsAtMs: dayEnd(run, start) };
  }
  let lastDay = rule.nextWorkingDay ? run.next(start) : run.isWorking(start) ? start : run.next(start);
  run.depend(start, lastDay);
  const anchor = run.env.anchor;
  if (rule.cutoff !== undefined && lastDay === start && anchor !== undefined && !anchor.isDate && anchor.day === start) {
    // "… hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ": a receipt after the cut-off
    const [h, m] = rule.cutoff.split(":").map(Number) as [number, number];
    const cutoffMs = (h * 60 + m) * 60_000;
    if (anchor.msOfDay > cutoffMs) {
      lastDay = run.next(start);
      run.depend(start, lastDay);
      run.step("cutoff_applied", { cutoff: rule.cutoff, time: clockOf(anchor.msOfDay), from: iso(start), to: iso(lastDay), reason: "after_cutoff" });
    }
  }
  if (lastDay === start && anchor !== undefined && !anchor.isDate && anchor.day === start && run.env.policy.endOfDay === "office_close" && run.calendar.officeHours !== undefined) {
    // the day ends at the office's close: a receipt at or after it is handled the next working day (else it is born late)
    const close = officeCloseMsOfDay(run.calendar, start);
    if (close !== undefined && anchor.msOfDay >= close) {
      lastDay = run.next(start);
      run.depend(start, lastDay);
      run.step("cutoff_applied", { cutoff: clockOf(close), time: clockOf(anchor.msOfDay), from: iso(start), to: iso(lastDay), reason: "after_close" });
    }
  }
  run.step("same_day", { date: iso(start), lastDay: iso(lastDay), nextWorkingDay: rule.nextWorkingDay }, BASIS.nd30);
  if (lastDay > start + 1) recordSpecialDays(run, start + 1, lastDay - 1, false);
  return { lastDay, endsAtMs: dayEnd(run, lastDay) };
}

const WINDOW_UNIT: Readonly<Record<ReportingWindowRule["frequency"], PeriodRange["unit"]>> = {
  monthly: "month",
  quarterly: "quarter",
  half_yearly: "half_year",
  yearly: "year",
};

function clampedDay(year: number, month: number, day: number): DayNumber {
  return dayNumberFromYmd(year, month, Math.min(day, daysInMonth(year, month)));
}

function reportingWindowCore(run: Run, rule: ReportingWindowRule): Core {
  const env = run.env;
  const unit = WINDOW_UNIT[rule.frequency];
  let period = env.period;
  if (period === undefined && env.year !== undefined && unit === "year") period = periodOf("year", env.year);
  if (period === undefined) missing(run, "period");
  if (period.unit !== unit) {
    const expected = { month: '"YYYY-MM"', quarter: '"YYYY-Qn"', half_year: '"YYYY-Hn"', year: '"YYYY"' }[unit];
    throw new InvalidInputError([issue("invalid_value", { value: period.label, expected: `${expected} for a ${rule.frequency} report` }, ["context", "period"])]);
  }
  const defaults = rule.fromDay === 15 && rule.toDay === 14;
  const { fromDay, toDay } = defaults ? env.policy.reportingWindow : rule;
  const first = ymdFromDayNumber(period.first);
  const prev = first.month === 1 ? { year: first.year - 1, month: 12 } : { year: first.year, month: first.month - 1 };
  const last = ymdFromDayNumber(period.last);
  const from = inRange(clampedDay(prev.year, prev.month, fromDay), ["context", "period"]);
  const to = clampedDay(last.year, last.month, toDay);
  run.step("reporting_window", { frequency: rule.frequency, period: period.label, from: iso(from), to: iso(to), fromDay, toDay, source: defaults ? "policy" : "rule" }, BASIS.nd09);
  return { lastDay: to, endsAtMs: dayEnd(run, to), window: { from, to } };
}

function kindCore(run: Run, rule: DeadlineRule): Core {
  switch (rule.kind) {
    case "relative":
      return rule.unit === "year" && namesYear(rule.anchor.text) ? wholeYearsCore(run, rule.amount) : relativeCore(run, rule.amount, rule.unit);
    case "fixed_date":
      return fixedDateCore(run, rule);
    case "period":
      return periodCore(run, rule);
    case "recurring":
      return recurringCore(run, rule);
    case "rrule":
      return rruleCore(run, rule);
    case "before_deadline":
      return beforeDeadlineCore(run, rule);
    case "urgent":
      return urgentCore(run, rule);
    case "same_day":
      return sameDayCore(run, rule);
    case "reporting_window":
      return reportingWindowCore(run, rule);
  }
}

function capCore(run: Run, core: Core, cap: Duration): Core {
  const sub = run.fork();
  const capped = relativeCore(sub, cap.amount, cap.unit);
  const params = { amount: cap.amount, unit: cap.unit, capLastDay: iso(capped.lastDay), ruleLastDay: iso(core.lastDay) };
  if (capped.endsAtMs < core.endsAtMs) {
    run.absorb(sub);
    run.step("cap_applied", params);
    return core.window === undefined ? capped : { ...capped, window: core.window };
  }
  run.step("cap_checked", params);
  return core;
}

/** Evaluates a rule with its exceptions and cap, writing into `run`. @internal */
export function evaluateRule(run: Run, rule: DeadlineRule): Core {
  const urgency = run.env.urgency;
  let waived = false;
  if (urgency !== undefined && rule.except !== undefined) {
    const exception = rule.except.find((e) => e.urgency === urgency);
    if (exception !== undefined) {
      if (exception.rule !== undefined) {
        run.step("exception_applied", { urgency, kind: exception.rule.kind }, BASIS.nd30);
        return evaluateRule(run, exception.rule);
      }
      waived = true;
    }
  }
  let core = kindCore(run, rule);
  if (rule.cap !== undefined) core = capCore(run, core, rule.cap);
  if (waived) {
    run.step("waived", { urgency }, BASIS.nd30);
    core = { ...core, waived: true };
  }
  return core;
}

/** An undecided day the run depended on, with its status and calendar info. */
interface UndecidedDay {
  readonly date: IsoDate;
  readonly status: DataStatus;
  readonly info: DayInfo;
}

/**
 * The undecided days of the calendar within the day ranges the run depended on, in date order and
 * each once; with `firstOnly`, the first one found (enough to say the result is provisional).
 * @internal
 */
export function undecidedDependencies(run: Run, firstOnly: boolean): UndecidedDay[] {
  const calendar = run.usedCalendar;
  const undecided: UndecidedDay[] = [];
  if (calendar === undefined || run.deps.length === 0) return undecided;
  let seen: Set<string> | undefined;
  const ranges = sortSmall(
    run.deps.map(([a, b]) => [Math.max(a, MIN_DAY), Math.min(b, MAX_DAY)] as const),
    (x, y) => x[0] - y[0] || x[1] - y[1],
  );
  for (const [a, b] of ranges) {
    if (b < a) continue;
    const first = calendar.days.firstUndecided(a as DayNumber, b as DayNumber);
    if (first === undefined) continue;
    for (const info of calendar.undecidedDaysBetween(iso(first), iso(b))) {
      if (seen?.has(info.date) === true) continue;
      (seen ??= new Set<string>()).add(info.date);
      undecided.push({ date: info.date, status: info.status, info });
      if (firstOnly) return undecided;
    }
  }
  undecided.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return undecided;
}

/** Turns a finished run into a frozen {@link Deadline}: undecided days, data statuses, notes. @internal */
export function finishDeadline(run: Run, core: Core, ruleNotes: readonly RuleNote[] | undefined): Deadline {
  const undecided = undecidedDependencies(run, false);
  if (undecided.length > 0 && run.env.policy.require === "decided") {
    const first = undecided[0] as (typeof undecided)[number];
    throw new CalendarCoverageError([issue("calendar_year_not_covered", { year: Number(first.date.slice(0, 4)), date: first.date, status: first.status }, ["context", "calendar"])]);
  }
  // Named days get a step each; runs of unnamed days with one status (a projected year) are grouped.
  for (let i = 0; i < undecided.length; ) {
    const u = undecided[i] as (typeof undecided)[number];
    if (u.info.name !== undefined) {
      run.step("data_status", { date: u.date, status: u.status, name: u.info.name, kind: u.info.kind }, u.info.source);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < undecided.length) {
      const v = undecided[j] as (typeof undecided)[number];
      const prev = undecided[j - 1] as (typeof undecided)[number];
      if (v.info.name !== undefined || v.status !== u.status || toDayNumber(v.date) !== toDayNumber(prev.date) + 1) break;
      j++;
    }
    const last = undecided[j - 1] as (typeof undecided)[number];
    run.step("data_status", { date: u.date, to: j - i > 1 ? last.date : undefined, count: j - i, status: u.status, kind: u.info.kind }, u.info.source);
    i = j;
  }
  // The computation's notes are more specific (they carry the dates); a rule note of the same code adds nothing.
  const notes = run.notes.length === 0 && (ruleNotes === undefined || ruleNotes.length === 0) ? NO_NOTES : mergeNotes(run.notes, ruleNotes);
  const deadline: {
    -readonly [K in keyof Deadline]: Deadline[K];
  } = {
    lastDay: iso(core.lastDay),
    endsAt: epochMsToInstant(core.endsAtMs),
    provisional: undecided.length > 0,
    trace: Object.freeze(run.trace.map((s) => Object.freeze(s))),
  };
  if (core.window !== undefined) deadline.window = Object.freeze({ from: iso(core.window.from), to: iso(core.window.to) });
  if (notes.length > 0) deadline.notes = Object.freeze(notes);
  if (undecided.length > 0) deadline.undecided = Object.freeze(undecided.map((u) => Object.freeze({ date: u.date, status: u.status })));
  if (core.waived === true) deadline.waived = true;
  return Object.freeze(deadline);
}

const NO_NOTES: readonly RuleNote[] = [];

function mergeNotes(own: readonly RuleNote[], ruleNotes: readonly RuleNote[] | undefined): RuleNote[] {
  const computed = new Set(own.map((n) => n.code));
  return dedupeNotes([...(ruleNotes ?? []).filter((n) => !computed.has(n.code)), ...own]);
}

function dedupeNotes(notes: readonly RuleNote[]): RuleNote[] {
  const seen = new Set<string>();
  const out: RuleNote[] = [];
  for (const n of notes) {
    const key = `${n.code}:${JSON.stringify(n.params ?? {})}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(Object.freeze(n));
  }
  return out;
}

/**
 * The occurrences of a recurring, RRULE or fixed-date rule whose nominal date lies in
 * `from ≤ d ≤ to`, sorted by nominal date, each with the function that computes its deadline.
 * @internal
 */
export function occurrenceCandidates(rule: RecurringRule | RruleRule | FixedDateRule, from: number, to: number): Candidate[] {
  const lo = Math.max(MIN_DAY, from);
  const hi = Math.min(MAX_DAY, to);
  if (hi < lo) return [];
  if (rule.kind === "recurring") return recurringNominalDates(rule, lo, hi).map((n) => ({ day: n.day, build: (sub: Run) => recurringOccurrence(sub, rule, n) }));
  if (rule.kind === "rrule") {
    const parsed = parseRrule(rule.rrule, ["rule", "rrule"]);
    return expandRrule(parsed, lo, hi).map((day) => ({ day, build: (sub: Run) => namedDateCore(sub, day, rule.bound, undefined) }));
  }
  const out = new Map<number, Candidate>();
  const firstYear = ymdFromDayNumber(lo).year;
  const lastYear = ymdFromDayNumber(hi).year;
  for (let y = firstYear; y <= lastYear; y++) {
    for (const spec of rule.dates) {
      if (spec.year !== undefined && spec.year !== y) continue;
      const dim = daysInMonth(y, spec.month);
      const x = dayNumberFromYmd(y, spec.month, Math.min(spec.day, dim));
      if (x < lo || x > hi) continue;
      out.set(x, {
        day: x,
        build: (sub) => {
          if (spec.day > dim) sub.note("month_end", { requested: `${y}-${String(spec.month).padStart(2, "0")}-${spec.day}`, result: iso(x) });
          return namedDateCore(sub, x, rule.bound, rule.time);
        },
      });
    }
  }
  return [...out.values()].sort((a, b) => a.day - b.day);
}

/** Starts a run for a validated rule and context (`traced`: whether it keeps its trace and notes). @internal */
export function startRun(rule: DeadlineRule, env: Env, traced = true): Run {
  const run = new Run(env, rule.kind, traced);
  run.fixedByRole = rule.role === "entry_into_force";
  if (rule.roll !== undefined) run.rollByText = { to: rule.roll, clause: rule.wording?.roll ?? "" };
  const anchor = env.anchor;
  if (anchor !== undefined && traced) {
    const text = "anchor" in rule && rule.anchor !== undefined ? rule.anchor.text : undefined;
    run.step("anchor", { date: iso(anchor.day), instant: anchor.isDate ? undefined : epochMsToInstant(anchor.ms), time: anchor.isDate ? undefined : clockOf(anchor.msOfDay), text });
  }
  return run;
}

/** Internal computation state and its outcome, shared with `listOccurrences`. @internal */
export type { Run, Core };

/**
 * Computes a deadline (tính thời hạn) from a rule and its context, under Bộ luật Dân sự 2015
 * Đ.144–148 and the policy in force ({@link DEFAULT_POLICY} overridden by `context.policy`).
 *
 * The result's `lastDay` is the last day on which the obligation is still on time and `endsAt`
 * the first instant at which it is late (done at `t` is on time iff `t < endsAt`). By rule kind:
 *
 * - `relative` "trong N ngày kể từ …" → day 1 is the day after the anchor's civil day (Đ.147.2–3);
 *   last day = anchor + N, rolled forward to the next working day when it is not one (Đ.148.5);
 *   `endsAt` = 24:00 of the last day (Đ.148.6);
 * - `relative` "N ngày làm việc" → the Nth working day after the anchor (the anchor day is never
 *   counted); with `workingDays: "office_hours"`, N × 8 office hours from the anchor instant;
 * - `relative` weeks / months / years → the corresponding day (Đ.148.2–4); 31/01 + 1 tháng →
 *   28/02 with a `month_end` note (or `month_overflow` with `monthOverflow: "error"`), then rolled;
 * - `relative` "N giờ" → anchor + N hours, no roll (Đ.147.1); "N giờ làm việc" → office hours;
 * - `fixed_date` "chậm nhất ngày X" → X, no roll (a note when X is a day off; `rollFixedDates`);
 *   "trước ngày X" → last day X−1, `endsAt` X 00:00 (`beforeDate: "inclusive"` → X); with a time
 *   "trước 16 giờ 30 ngày X" → `endsAt` X 16:30; several dates, or dates without a year and an
 *   anchor → the earliest whose `endsAt` is after the anchor;
 * - `period` "trong tháng 7/2024" → the period's last day (Đ.146.2–3), rolled forward;
 * - `recurring` / `rrule` → the next occurrence: the earliest whose `endsAt` is after the anchor
 *   (a date anchor means its 00:00); with `context.period` or `context.year`, among the occurrences
 *   in that period;
 * - `before_deadline` "chậm nhất N ngày trước thời hạn" → `context.due` − N (calendar) or the Nth
 *   working day before it; a day off rolls **back** (`rollBackward`); never after `due`;
 * - `urgent` → `policy.urgency[level]` from the anchor; `same_day` → the anchor's day (the next
 *   working day if it is off), or the next working day with `nextWorkingDay` (NĐ 30/2020 Đ.4.2.c);
 * - `reporting_window` → the NĐ 09/2019 Đ.12 data window of `context.period` (15 of the previous
 *   month → 14 of the period's last month), `lastDay` its end and `window` set; `policy.reportingWindow`
 *   replaces the days only when the rule has the defaults 15 → 14 (days stated by a text win).
 *
 * Options that cut across kinds:
 * - `lateReceiptCutoff: "15:00"`: an anchor instant at or after 15:00 local time, or an anchor on a
 *   non-working day, is treated as received on the next working day; day counts (and `same_day`,
 *   and office-hour counts, from that day's opening) start there. Not applied to "N giờ".
 * - `endOfDay: "office_close"`: day-based deadlines end at the close of the last office session of
 *   the last day, when the calendar has office hours (else 24:00).
 * - `except`: when `context.urgency` matches, its rule is used instead; a matching exception
 *   without a rule waives the target: the main rule's result is returned with `waived: true`.
 * - `cap` ("không quá 90 ngày"): the earlier of the rule's deadline and anchor + cap.
 * - `provisional` is true when the result depends on a calendar day whose status is not
 *   `decided` (listed in `undecided` and in `data_status` steps); `require: "decided"` throws.
 *
 * @param rule - The rule, e.g. from `parseDeadline`; validated here.
 * @param context - Anchor, due date, year or period, calendar (default `civilServiceCalendar`), policy, urgency.
 * @returns A frozen {@link Deadline} with its trace.
 * @throws {@link InvalidInputError} `invalid_rule` (bad rule), `missing_context` (no anchor, due, year or
 *   period where needed), `invalid_date`/`invalid_instant`/`invalid_value`/`unknown_key` (bad context),
 *   `invalid_option` (bad policy), `month_overflow`, `rrule_invalid`, `office_hours_missing`.
 * @throws {@link CalendarRangeError} when a date leaves 1900-01-01 … 2199-12-31.
 * @throws {@link CalendarCoverageError} with `policy.require: "decided"` when the result depends on a day not decided.
 * @example
 * computeDeadline(
 *   { kind: "relative", amount: 10, unit: "day", anchor: { text: "khi UBND TP ban hành" } },
 *   { anchor: "2023-11-14" },
 * )
 * //=> { lastDay: "2023-11-24", endsAt: "2023-11-25T00:00:00+07:00", provisional: false, trace: [...] }
 * computeDeadline({ kind: "fixed_date", dates: [{ year: 2023, month: 11, day: 14 }], bound: "before" })
 * //=> { lastDay: "2023-11-13", endsAt: "2023-11-14T00:00:00+07:00", ... }
 * @see Bộ luật Dân sự 2015, Điều 144–148; NĐ 30/2020/NĐ-CP Điều 4.2.c; NĐ 09/2019/NĐ-CP Điều 12; NĐ 61/2018/NĐ-CP Điều 18.2
 * @remarks Since 0.1.0
 */
export function computeDeadline(rule: DeadlineRule, context?: DeadlineContext): Deadline {
  return computeValidDeadline(parseRule(rule, ["rule"]), context);
}

/**
 * {@link computeDeadline} for a rule that has already been validated (by `parseRule` or
 * `parsePlan`): the engine calls it so that a plan's rules are not validated again per occurrence.
 * @internal
 */
export function computeValidDeadline(valid: DeadlineRule, context?: DeadlineContext): Deadline {
  const env = readContext(context);
  const run = startRun(valid, env);
  if (valid.role !== undefined) run.step("role", { role: valid.role });
  const core = evaluateRule(run, valid);
  if (valid.alternatives !== undefined) run.step("alternatives", { conditions: valid.alternatives.map((a) => a.condition) });
  return finishDeadline(run, core, valid.notes);
}
