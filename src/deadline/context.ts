/**
 * Validation of a deadline context at the boundary: anchor, due date, year, period, calendar,
 * policy and urgency. Nothing beyond this point sees an unchecked value.
 * @internal
 * @module
 */
import { checkRange, dayNumberFromYmd, readIsoDate, type DayNumber } from "../day/dayNumber.js";
import { civilOfEpochMs, instantToEpochMs } from "../day/instant.js";
import { periodOf, type MonthPeriod } from "../day/periods.js";
import { InvalidInputError, issue } from "../errors.js";
import type { WorkCalendar } from "../calendar/types.js";
import { resolvePolicy } from "./policy.js";
import type { DeadlineContext, Policy, UrgencyLevel } from "./types.js";

/** The start of a time limit, read. @internal */
export interface AnchorPoint {
  /** Civil day of the anchor. */
  readonly day: DayNumber;
  /** Epoch milliseconds (00:00 of the day for a date anchor). */
  readonly ms: number;
  /** Milliseconds since local midnight. */
  readonly msOfDay: number;
  /** True when given as an `IsoDate`. */
  readonly isDate: boolean;
}

/** A calendar period of whole months: first and last day, and its label. @internal */
export type PeriodRange = MonthPeriod;

/** A validated context. @internal */
export interface Env {
  readonly anchor: AnchorPoint | undefined;
  readonly due: DayNumber | undefined;
  readonly year: number | undefined;
  readonly period: PeriodRange | undefined;
  readonly calendar: WorkCalendar | undefined;
  readonly policy: Policy;
  readonly urgency: UrgencyLevel | undefined;
}

const CONTEXT_KEYS = new Set(["anchor", "due", "year", "period", "calendar", "policy", "urgency"]);
const URGENCY = new Set(["hoa_toc", "thuong_khan", "khan"]);

/** Reads an anchor: a civil date (its 00:00 in Vietnam) or an instant. @internal */
export function readAnchor(value: unknown, path: readonly (string | number)[]): AnchorPoint {
  if (value instanceof Date) {
    const ms = instantToEpochMs(value, path);
    const civil = civilOfEpochMs(ms);
    checkRange(civil.day, path);
    return { day: civil.day, ms, msOfDay: civil.msOfDay, isDate: false };
  }
  if (typeof value !== "string") throw new InvalidInputError([issue("invalid_type", { expected: "IsoDate or Instant", received: value === null ? "null" : typeof value }, path)]);
  const ymd = value.length === 10 ? readIsoDate(value) : undefined;
  if (value.length === 10 && ymd === undefined) throw new InvalidInputError([issue("invalid_date", { value }, path)]);
  if (ymd !== undefined) {
    const day = checkRange(dayNumberFromYmd(ymd.year, ymd.month, ymd.day), path);
    const ms = instantToEpochMs(value, path);
    return { day, ms, msOfDay: 0, isDate: true };
  }
  const ms = instantToEpochMs(value, path);
  const civil = civilOfEpochMs(ms);
  checkRange(civil.day, path);
  return { day: civil.day, ms, msOfDay: civil.msOfDay, isDate: false };
}

/** Reads "2024", "2024-H1", "2024-Q3" or "2024-07". @internal */
export function readPeriod(value: unknown, path: readonly (string | number)[]): PeriodRange {
  if (typeof value !== "string") throw new InvalidInputError([issue("invalid_type", { expected: 'period "YYYY", "YYYY-Hn", "YYYY-Qn" or "YYYY-MM"', received: typeof value }, path)]);
  const m = /^(\d{4})(?:-(?:(H[12])|(Q[1-4])|(0[1-9]|1[0-2])))?$/.exec(value);
  const year = m === null ? NaN : Number(m[1]);
  if (m === null || year < 1900 || year > 2199) {
    throw new InvalidInputError([issue("invalid_value", { value, expected: '"YYYY", "YYYY-H1", "YYYY-Q3" or "YYYY-07" (1900–2199)' }, path)]);
  }
  if (m[2] !== undefined) return periodOf("half_year", year, Number(m[2].slice(1)));
  if (m[3] !== undefined) return periodOf("quarter", year, Number(m[3].slice(1)));
  if (m[4] !== undefined) return periodOf("month", year, Number(m[4]));
  return periodOf("year", year);
}

/**
 * Frozen calendars already accepted by {@link isCalendar}, and deeply frozen policies already
 * resolved by {@link readContext}: a frozen object cannot change, so it is checked once. The engine
 * passes the same calendar and policy objects for every occurrence of a plan.
 */
const checkedCalendars = new WeakSet<object>();
const resolvedPolicies = new WeakMap<object, Policy>();

function isCalendar(value: unknown): value is WorkCalendar {
  if (value === null || typeof value !== "object") return false;
  if (checkedCalendars.has(value)) return true;
  const ok = isCalendarShape(value);
  if (ok && Object.isFrozen(value)) checkedCalendars.add(value);
  return ok;
}

function isCalendarShape(value: object): value is WorkCalendar {
  const c = value as Partial<WorkCalendar>;
  const days = c.days as Partial<WorkCalendar["days"]> | undefined;
  return (
    typeof c.isWorkingDay === "function" &&
    typeof c.addWorkingHours === "function" &&
    typeof c.undecidedDaysBetween === "function" &&
    days !== undefined &&
    days !== null &&
    typeof days.add === "function" &&
    typeof days.isWorking === "function" &&
    typeof days.next === "function" &&
    typeof days.previous === "function" &&
    typeof days.info === "function" &&
    typeof days.specialBetween === "function" &&
    typeof days.firstUndecided === "function"
  );
}

/**
 * Validates a {@link DeadlineContext}; unknown keys are errors (a typo such as `anchors` must not
 * silently drop the anchor).
 * @internal
 */
export function readContext(context: unknown, path: readonly (string | number)[] = ["context"]): Env {
  if (context === undefined) return { anchor: undefined, due: undefined, year: undefined, period: undefined, calendar: undefined, policy: resolvePolicy(), urgency: undefined };
  if (context === null || typeof context !== "object" || Array.isArray(context)) {
    throw new InvalidInputError([issue("invalid_type", { expected: "object (DeadlineContext)", received: context === null ? "null" : Array.isArray(context) ? "array" : typeof context }, path)]);
  }
  const c = context as DeadlineContext & Record<string, unknown>;
  const problems = Object.keys(c).filter((k) => !CONTEXT_KEYS.has(k) && c[k] !== undefined);
  if (problems.length > 0) throw new InvalidInputError(problems.map((key) => issue("unknown_key", { key }, [...path, key])));
  const anchor = c.anchor === undefined ? undefined : readAnchor(c.anchor, [...path, "anchor"]);
  let due: DayNumber | undefined;
  if (c.due !== undefined) {
    const ymd = typeof c.due === "string" && c.due.length === 10 ? readIsoDate(c.due) : undefined;
    if (ymd === undefined) {
      throw new InvalidInputError([
        typeof c.due === "string" ? issue("invalid_date", { value: c.due }, [...path, "due"]) : issue("invalid_type", { expected: "IsoDate (YYYY-MM-DD)", received: typeof c.due }, [...path, "due"]),
      ]);
    }
    due = checkRange(dayNumberFromYmd(ymd.year, ymd.month, ymd.day), [...path, "due"]);
  }
  if (c.year !== undefined && (typeof c.year !== "number" || !Number.isInteger(c.year) || c.year < 1900 || c.year > 2199)) {
    throw new InvalidInputError([issue(typeof c.year === "number" ? "invalid_amount" : "invalid_type", { value: c.year, expected: "integer year 1900–2199", min: 1900, max: 2199, received: typeof c.year }, [...path, "year"])]);
  }
  const period = c.period === undefined ? undefined : readPeriod(c.period, [...path, "period"]);
  if (c.calendar !== undefined && !isCalendar(c.calendar)) {
    throw new InvalidInputError([issue("invalid_type", { expected: "WorkCalendar (civilServiceCalendar or createCalendar(…))", received: typeof c.calendar }, [...path, "calendar"])]);
  }
  if (c.urgency !== undefined && (typeof c.urgency !== "string" || !URGENCY.has(c.urgency))) {
    throw new InvalidInputError([issue("invalid_value", { value: c.urgency, expected: "hoa_toc | thuong_khan | khan" }, [...path, "urgency"])]);
  }
  return { anchor, due, year: c.year, period, calendar: c.calendar, policy: readPolicy(c.policy, path), urgency: c.urgency };
}

/** True when `value` and every object inside it (policies nest two levels: `urgency.hoa_toc`) are frozen. */
function deeplyFrozen(value: object, depth: number): boolean {
  if (!Object.isFrozen(value)) return false;
  if (depth === 0) return true;
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== null && typeof v === "object" && !deeplyFrozen(v, depth - 1)) return false;
  }
  return true;
}

/** A context's policy, resolved over the defaults; a deeply frozen one is validated only the first time it is seen. */
function readPolicy(value: Partial<Policy> | undefined, path: readonly (string | number)[]): Policy {
  if (value !== null && typeof value === "object") {
    // an object once deeply frozen stays so: a hit needs no second look
    const hit = resolvedPolicies.get(value);
    if (hit !== undefined) return hit;
  }
  const cacheable = value !== null && typeof value === "object" && deeplyFrozen(value, 2);
  let policy: Policy;
  try {
    policy = resolvePolicy(value);
  } catch (e) {
    if (e instanceof InvalidInputError) {
      throw new InvalidInputError(e.issues.map((i) => issue(i.code, i.params, [...path, "policy", ...i.path.slice(1)])), { cause: e });
    }
    throw e;
  }
  if (cacheable) resolvedPolicies.set(value, policy);
  return policy;
}
