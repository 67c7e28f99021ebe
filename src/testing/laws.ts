/**
 * Law checkers: the laws of the working calendar, deadlines, phrases and the lunar calendar as
 * functions returning a result, for use inside the caller's own properties.
 * @module
 */
import type { WorkCalendar } from "../calendar/types.js";
import type { IsoDate } from "../day/dayNumber.js";
import { instantToEpochMs, type Instant } from "../day/instant.js";
import { computeDeadline } from "../deadline/computeDeadline.js";
import type { DeadlineContext, DeadlineRule } from "../deadline/types.js";
import { lunarMonthLength, lunarToSolar, solarToLunar } from "../lunar/index.js";
import { formatDeadline } from "../phrase/formatDeadline.js";
import { safeParseDeadline } from "../phrase/parseDeadline.js";

/** The result of a law checker: `ok`, or the first law broken, said with the values involved. */
export type LawResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** The calendar methods {@link checkCalendarLaws} uses (a `WorkCalendar` or a test double). */
export type WorkingDayArithmetic = Pick<WorkCalendar, "isWorkingDay" | "addWorkingDays" | "countWorkingDays">;

const OK: LawResult = Object.freeze({ ok: true });
const fail = (reason: string): LawResult => Object.freeze({ ok: false, reason });
const show = (value: unknown): string => JSON.stringify(value);

/**
 * Checks the laws of working-day arithmetic at one day and amount:
 * - `addWorkingDays(day, amount)` is a working day;
 * - it lies after `day` for `amount ≥ 1`, before it for `amount ≤ −1`; for 0 it is `day` when
 *   `day` is a working day, else a later day;
 * - `countWorkingDays(day, result)` is `amount` (for `amount ≤ 0` from a day off, `amount + 1`:
 *   the day off is in the interval but is not a working day);
 * - on a working day, subtracting `amount` again gives `day` back;
 * - one more working day gives a later day (monotonic), except from a day off, where 0 and 1
 *   both give the next working day.
 *
 * Calendar errors propagate: keep `day` far enough from 1900 and 2199 for `|amount| + 1` working days.
 *
 * @param calendar - A `WorkCalendar`, or any object with `isWorkingDay`, `addWorkingDays` and `countWorkingDays`.
 * @param day - The start day.
 * @param amount - Working days to add, a safe integer.
 * @returns `{ ok: true }`, or `{ ok: false, reason }` naming the law broken.
 * @example
 * checkCalendarLaws(civilServiceCalendar, "2024-02-07", 3) //=> { ok: true }
 * fc.assert(fc.property(isoDateArb({ min: "2019-01-01", max: "2027-12-31" }), fc.integer({ min: -60, max: 60 }),
 *   (d, n) => checkCalendarLaws(myCalendar, d, n).ok)) //=> passes for a lawful calendar
 * @remarks Since 0.1.0
 */
export function checkCalendarLaws(calendar: WorkingDayArithmetic, day: IsoDate, amount: number): LawResult {
  const call = `addWorkingDays(${show(day)}, ${amount})`;
  const result = calendar.addWorkingDays(day, amount);
  if (!calendar.isWorkingDay(result)) return fail(`${call} = ${show(result)}, which is not a working day`);
  const startWorking = calendar.isWorkingDay(day);
  if (amount > 0 && !(result > day)) return fail(`${call} = ${show(result)}, not after the start day`);
  if (amount < 0 && !(result < day)) return fail(`${call} = ${show(result)}, not before the start day`);
  if (amount === 0 && (startWorking ? result !== day : !(result > day))) {
    return fail(`${call} = ${show(result)}; expected ${startWorking ? "the start day (a working day)" : "a later day (the start day is not a working day)"}`);
  }
  // Counted back from a day off, the day off itself is in (result, day] but not counted.
  const expected = amount > 0 ? amount : amount + (startWorking ? 0 : 1);
  const count = calendar.countWorkingDays(day, result);
  if (count !== expected) return fail(`${call} = ${show(result)} but countWorkingDays(${show(day)}, ${show(result)}) = ${count}, expected ${expected}`);
  if (startWorking && amount !== 0) {
    const back = calendar.addWorkingDays(result, -amount);
    if (back !== day) return fail(`${call} = ${show(result)} but addWorkingDays(${show(result)}, ${-amount}) = ${show(back)}, not the start day`);
  }
  const further = calendar.addWorkingDays(day, amount + 1);
  // From a day off, 0 and 1 both give the next working day; every other step moves forward.
  if (amount === 0 && !startWorking ? further !== result : !(further > result)) return fail(`not monotonic: addWorkingDays(${show(day)}, ${amount + 1}) = ${show(further)} is not after ${call} = ${show(result)}`);
  return OK;
}

/**
 * Whether the rule picks the next of several dates after the anchor (recurring, RRULE, a list of
 * dates): the reading of "trước" then changes which date is next, not only where it ends.
 */
function picksOccurrence(rule: DeadlineRule): boolean {
  return rule.kind === "recurring" || rule.kind === "rrule" || (rule.kind === "fixed_date" && rule.dates.length > 1);
}

/**
 * Checks the laws of a deadline rule for two anchors:
 * - a later anchor never gives an earlier deadline (`lastDay` and `endsAt`);
 * - "trước ngày X" read strictly ends no later than read inclusively (policy `beforeDate`), for
 *   rules with one date (a recurring rule or a list of dates takes the next date whose end is after
 *   the anchor, so from X itself the strict reading moves on to the next occurrence);
 * - for a relative rule in working days (N ≥ 1), the last day is no earlier than for N calendar days.
 *
 * The anchors may come in any order. Errors of `computeDeadline` (missing `due` or `year`,
 * `month_overflow` under `monthOverflow: "error"` …) propagate: they are not broken laws.
 *
 * @param rule - The rule, e.g. from `parseDeadline` or `deadlineRuleArb`.
 * @param anchorA - One anchor (date or instant).
 * @param anchorB - Another anchor.
 * @param context - The rest of the context (`due`, `year`, `period`, `calendar`, `policy`, `urgency`); its `anchor` is ignored.
 * @returns `{ ok: true }`, or `{ ok: false, reason }` naming the law broken.
 * @example
 * checkDeadlineLaws(parseDeadline("trong 10 ngày làm việc kể từ ngày nhận"), "2024-02-05", "2024-02-06") //=> { ok: true }
 * @remarks Since 0.1.0
 */
export function checkDeadlineLaws(rule: DeadlineRule, anchorA: IsoDate | Instant, anchorB: IsoDate | Instant, context: DeadlineContext = {}): LawResult {
  const [early, late] = instantToEpochMs(anchorA, ["anchorA"]) <= instantToEpochMs(anchorB, ["anchorB"]) ? [anchorA, anchorB] : [anchorB, anchorA];
  const at = (anchor: string, policy?: DeadlineContext["policy"], r: DeadlineRule = rule) =>
    computeDeadline(r, { ...context, anchor, ...(policy === undefined ? {} : { policy: { ...(context.policy ?? {}), ...policy } }) });
  const a = at(early);
  const b = at(late);
  if (b.lastDay < a.lastDay || instantToEpochMs(b.endsAt) < instantToEpochMs(a.endsAt)) {
    return fail(`a later anchor gives an earlier deadline: from ${show(early)} ${show(a.lastDay)} (ends ${show(a.endsAt)}), from ${show(late)} ${show(b.lastDay)} (ends ${show(b.endsAt)})`);
  }
  if (!picksOccurrence(rule)) {
    const strict = at(early, { beforeDate: "strict" });
    const inclusive = at(early, { beforeDate: "inclusive" });
    if (instantToEpochMs(strict.endsAt) > instantToEpochMs(inclusive.endsAt)) {
      return fail(`from ${show(early)}, beforeDate "strict" ends at ${show(strict.endsAt)}, after "inclusive" (${show(inclusive.endsAt)})`);
    }
  }
  if (rule.kind === "relative" && rule.unit === "working_day" && rule.amount >= 1) {
    const calendarDays = at(early, undefined, { ...rule, unit: "calendar_day" });
    if (a.lastDay < calendarDays.lastDay) {
      return fail(`from ${show(early)}, ${rule.amount} working days end on ${show(a.lastDay)}, before ${rule.amount} calendar days (${show(calendarDays.lastDay)})`);
    }
  }
  return OK;
}

/** JSON with object keys sorted, so that deep equality does not depend on key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v,
  );
}

/**
 * Checks the phrase laws of a rule: its Vietnamese phrase (`formatDeadline(rule, { locale: "vi" })`)
 * parses back to a rule deep-equal to it, in NFC and in NFD. Holds for rules in the parser's
 * normal form (those `parseDeadline` returns and `deadlineRuleArb` generates).
 *
 * @param rule - The rule.
 * @returns `{ ok: true }`, or `{ ok: false, reason }` with the phrase and what it parsed to.
 * @example
 * checkPhraseLaws(parseDeadline("chậm nhất 3 ngày kể từ ngày ban hành")) //=> { ok: true }
 * checkPhraseLaws({ kind: "relative", amount: 3, unit: "day", anchor: { text: "" } }).ok
 * //=> false (not normal form: the parser adds the bare_day_unit note)
 * @remarks Since 0.1.0
 */
export function checkPhraseLaws(rule: DeadlineRule): LawResult {
  const text = formatDeadline(rule, { locale: "vi" });
  const expected = canonicalJson(rule);
  for (const [form, written] of [["NFC", text.normalize("NFC")], ["NFD", text.normalize("NFD")]] as const) {
    const parsed = safeParseDeadline(written);
    if (!parsed.success) return fail(`${show(text)} (${form}) does not parse: ${parsed.error.message}`);
    const got = canonicalJson(parsed.data);
    if (got !== expected) return fail(`${show(text)} (${form}) parses to ${got}, not ${expected}`);
  }
  return OK;
}

/**
 * Checks the lunar-calendar laws at one solar day: `lunarToSolar(solarToLunar(date))`
 * is `date`, and the lunar month has 29 or 30 days, the lunar day being within it.
 *
 * @param date - A solar date within 1900–2199.
 * @returns `{ ok: true }`, or `{ ok: false, reason }`.
 * @example
 * checkLunarLaws("2025-01-29") //=> { ok: true } (mùng 1 Tết Ất Tỵ)
 * @remarks Since 0.1.0
 */
export function checkLunarLaws(date: IsoDate): LawResult {
  const lunar = solarToLunar(date);
  const back = lunarToSolar(lunar);
  if (back !== date) return fail(`solarToLunar(${show(date)}) = ${show(lunar)} but lunarToSolar of it = ${show(back)}`);
  const length = lunarMonthLength(lunar.year, lunar.month, lunar.leap);
  if ((length !== 29 && length !== 30) || lunar.day < 1 || lunar.day > length) {
    return fail(`solarToLunar(${show(date)}) = ${show(lunar)} in a month of ${length} days`);
  }
  return OK;
}
