/**
 * What-if helpers (giả định) for an analyst's questions, each one call: another calendar, another
 * policy, events shifted or removed, another `asOf`; and points at risk (điểm có nguy cơ bị trừ).
 * All pure: they build new inputs and evaluate them.
 * @module
 */
import type { WorkCalendar } from "../calendar/types.js";
import { epochMsToInstant, readInstant } from "../day/instant.js";
import type { Policy } from "../deadline/types.js";
import { describe } from "../engine/summary.js";
import { InvalidInputError, issue } from "../errors.js";
import { isParsedPlan, parsePlan } from "../schema/parsePlan.js";
import type { Plan, PlanInput } from "../schema/plan.js";
import { compare, type Comparison } from "./compare.js";
import { evaluate } from "./evaluate.js";
import { pointsLost, type LostRow } from "./pointsLost.js";
import { fromH, toH } from "./points.js";
import type { Evaluation, EvaluateOptions } from "./types.js";

const DAY_MS = 86_400_000;

function asPlan(plan: Plan | PlanInput): Plan {
  return isParsedPlan(plan) ? plan : parsePlan(plan);
}

/**
 * The plan with its policy overridden (plan < obligation still holds: obligations keep their own
 * overrides). Pure: returns a new plan input.
 *
 * @param plan - A plan (as written or parsed).
 * @param policy - The fields to override, e.g. `{ beforeDate: "inclusive" }`.
 * @returns A new plan input.
 * @throws {@link InvalidInputError} when the plan is invalid.
 * @example
 * withPolicy(plan, { beforeDate: "inclusive" }).policy //=> { …plan.policy, beforeDate: "inclusive" }
 * @remarks Since 0.1.0
 */
export function withPolicy(plan: Plan | PlanInput, policy: Partial<Policy>): PlanInput {
  const p = asPlan(plan);
  return parsePlan({ ...p, policy: { ...(p.policy ?? {}), ...policy } });
}

/** Which events a helper touches: by id, by type, or all (no filter). */
export interface EventSelector {
  readonly ids?: readonly string[];
  readonly types?: readonly string[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** Rejects keys of an option object that are not in `allowed` (`unknown_key` at the key). */
function checkKeys(value: Record<string, unknown>, allowed: readonly string[], path: readonly (string | number)[]): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) throw new InvalidInputError([issue("unknown_key", { key }, [...path, key])]);
}

/** The most events one call takes, as `evaluate` (a sparse list of length 2³²−1 must not be walked). */
const MAX_EVENTS = 2 ** 26;

/** Checks the events argument of the helpers: a list of at most {@link MAX_EVENTS}. */
function checkEvents(events: unknown, path: readonly (string | number)[]): asserts events is readonly unknown[] {
  if (!Array.isArray(events)) throw new InvalidInputError([issue("invalid_type", { expected: "events (array)", received: describe(events) }, path)]);
  if (events.length > MAX_EVENTS) throw new InvalidInputError([issue("invalid_value", { value: `[${events.length} items]`, reason: "too_many_items", max: MAX_EVENTS }, path)]);
}

/** Checks a selector: an object with optional `ids` and `types`, each a list of texts (plus `extra` keys allowed, e.g. `days`). */
function checkSelector(value: unknown, path: readonly (string | number)[], extra: readonly string[] = []): asserts value is EventSelector {
  if (!isPlainObject(value)) throw new InvalidInputError([issue("invalid_type", { expected: "EventSelector ({ ids?, types? })", received: describe(value) }, path)]);
  checkKeys(value, ["ids", "types", ...extra], path);
  for (const k of ["ids", "types"] as const) {
    const list = value[k];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new InvalidInputError([issue("invalid_type", { expected: "string[]", received: describe(list) }, [...path, k])]);
    for (let i = 0; i < list.length; i++) {
      if (typeof list[i] !== "string") throw new InvalidInputError([issue("invalid_type", { expected: "string", received: describe(list[i]) }, [...path, k, i])]);
    }
  }
}

function selects(selector: EventSelector | undefined, e: unknown): boolean {
  if (selector === undefined) return true;
  const ev = e as { id?: unknown; type?: unknown } | null;
  if (ev === null || typeof ev !== "object") return false;
  if (selector.ids !== undefined && !selector.ids.includes(ev.id as string)) return false;
  if (selector.types !== undefined && !selector.types.includes(ev.type as string)) return false;
  return true;
}

/**
 * Events with the instants of the selected ones moved by whole days (clock time kept; Vietnam has
 * no daylight saving time, so a day is 24 hours). Others, and events without a readable instant,
 * are returned as they are. Pure.
 *
 * @param events - The events.
 * @param days - Days to move by (negative: earlier).
 * @param selector - Which events (default all).
 * @returns A new list.
 * @throws {@link InvalidInputError} `invalid_type` when `events` is not a list or `selector` not a
 *   selector, `unknown_key` for another key of `selector`, `invalid_amount` when `days` is not an integer.
 * @example
 * shiftEvents(events, 2, { types: ["report_sent"] })[0].at //~> two days later
 * @remarks Since 0.1.0
 */
export function shiftEvents(events: readonly unknown[], days: number, selector?: EventSelector): unknown[] {
  checkEvents(events, ["events"]);
  if (!Number.isInteger(days)) throw new InvalidInputError([issue("invalid_amount", { value: days }, ["days"])]);
  if (selector !== undefined) checkSelector(selector, ["selector"]);
  return Array.from(events, (e) => {
    if (!selects(selector, e) || !isPlainObject(e)) return e;
    const ms = readInstant(e["at"]);
    return ms === undefined ? e : { ...(e as object), at: epochMsToInstant(ms + days * DAY_MS) };
  });
}

/**
 * Events without the selected ones. Pure.
 *
 * @param events - The events.
 * @param selector - Which to remove (by `ids` and/or `types`).
 * @returns A new list.
 * @throws {@link InvalidInputError} `invalid_type` when `events` is not a list or `selector` not a
 *   selector, `unknown_key` for another key of `selector`.
 * @example
 * removeEvents(events, { ids: ["bc-03"] }).length //=> events.length - 1
 * @remarks Since 0.1.0
 */
export function removeEvents(events: readonly unknown[], selector: EventSelector): unknown[] {
  checkEvents(events, ["events"]);
  checkSelector(selector, ["selector"]);
  return Array.from(events).filter((e) => !selects(selector, e));
}

/** What a what-if changes; each field is optional and they combine. */
export interface WhatIfChange {
  /** Another calendar (e.g. `createCalendar({ accept: ["decided", "reported", "proposed"] })` for a proposed swap). */
  readonly calendar?: WorkCalendar;
  /** Policy overrides on the plan (e.g. `{ beforeDate: "inclusive" }`). */
  readonly policy?: Partial<Policy>;
  /** Move events by days: a number (all), or `{ days, ids?, types? }`. */
  readonly shift?: number | (EventSelector & { readonly days: number });
  /** Remove events. */
  readonly remove?: EventSelector;
  /** Another `asOf`. */
  readonly asOf?: string;
}

const CHANGE_KEYS: readonly (keyof WhatIfChange)[] = ["calendar", "policy", "shift", "remove", "asOf"];

/** Checks the `change` of {@link whatIf}: an object of known keys, `policy` an object, `shift` a number or a selector with `days`, `remove` a selector (`calendar` and `asOf` are checked by `evaluate`). */
function checkChange(change: unknown): asserts change is WhatIfChange {
  if (!isPlainObject(change)) throw new InvalidInputError([issue("invalid_type", { expected: "WhatIfChange (object)", received: describe(change) }, ["change"])]);
  checkKeys(change, CHANGE_KEYS, ["change"]);
  const { policy, shift, remove } = change;
  if (policy !== undefined && !isPlainObject(policy)) throw new InvalidInputError([issue("invalid_type", { expected: "Partial<Policy> (object)", received: describe(policy) }, ["change", "policy"])]);
  if (typeof shift === "object") checkSelector(shift, ["change", "shift"], ["days"]);
  else if (shift !== undefined && typeof shift !== "number") throw new InvalidInputError([issue("invalid_type", { expected: "number | { days, ids?, types? }", received: describe(shift) }, ["change", "shift"])]);
  if (remove !== undefined) checkSelector(remove, ["change", "remove"]);
}

/** The result of {@link whatIf}. */
export interface WhatIf {
  readonly before: Evaluation;
  readonly after: Evaluation;
  readonly comparison: Comparison;
}

/**
 * Evaluates a plan as it is and under a change, and compares the two — one call in the REPL.
 *
 * @param plan - The plan.
 * @param events - The events.
 * @param options - `evaluate`'s options for the baseline.
 * @param change - What to change ({@link WhatIfChange}).
 * @returns `{ before, after, comparison }`.
 * @throws {@link InvalidInputError} `invalid_type` / `unknown_key` for a bad `change` (at its path); as `evaluate` does for the rest.
 * @example
 * whatIf(plan, events, { asOf: "2024-12-31" }, { policy: { beforeDate: "inclusive" } }).comparison.text.vi
 * //~> "3 lần phát sinh thay đổi; 4 tiêu chí thay đổi điểm. …"
 * @remarks Since 0.1.0
 */
export function whatIf(plan: Plan | PlanInput, events: readonly unknown[], options: EvaluateOptions, change: WhatIfChange): WhatIf {
  checkChange(change);
  const p = asPlan(plan);
  const before = evaluate(p, events, options);
  let otherPlan: Plan | PlanInput = p;
  let otherEvents: readonly unknown[] = events;
  let otherOptions: EvaluateOptions = options;
  if (change.policy !== undefined) otherPlan = withPolicy(p, change.policy);
  if (change.shift !== undefined) otherEvents = typeof change.shift === "number" ? shiftEvents(otherEvents, change.shift) : shiftEvents(otherEvents, change.shift.days, change.shift);
  if (change.remove !== undefined) otherEvents = removeEvents(otherEvents, change.remove);
  if (change.calendar !== undefined) otherOptions = { ...otherOptions, calendar: change.calendar };
  if (change.asOf !== undefined) otherOptions = { ...otherOptions, asOf: change.asOf };
  const after = evaluate(otherPlan, otherEvents, otherOptions);
  return { before, after, comparison: compare(before, after) };
}

/** A finding open now that would lose points if still open at the date. */
export interface AtRiskFinding {
  readonly obligation: string;
  readonly key: string;
  readonly owner: string | null;
  readonly lastDay: string | null;
  readonly points: number;
}

/** The result of {@link pointsAtRisk}. */
export interface PointsAtRisk {
  /** The date the open findings are projected to, still open at its end. */
  readonly at: string;
  /** Σ points the open findings would lose. */
  readonly total: number;
  readonly byUnit: readonly LostRow[];
  readonly findings: readonly AtRiskFinding[];
  /** The projected evaluation, and how its scores differ from now. */
  readonly projected: Evaluation;
  readonly comparison: Comparison;
}

/**
 * Points at risk (điểm có nguy cơ bị trừ): what the findings open as of `asOf` would cost if
 * still open at the end of `at` — the plan evaluated again at that day with the same events (those
 * after `asOf` left out), the deductions of the findings open now totalled per unit. The list a
 * Văn phòng wants every Monday.
 *
 * @param plan - The plan (with criteria).
 * @param events - The events.
 * @param options - `evaluate`'s options (the current `asOf`).
 * @param at - The future day (YYYY-MM-DD).
 * @returns {@link PointsAtRisk}, findings sorted by last day then key.
 * @throws {@link InvalidInputError} `invalid_date` for `at`, `invalid_option` for an `at` before
 *   `asOf`'s day; as `evaluate` for the rest.
 * @example
 * pointsAtRisk(plan, events, { asOf: "2024-12-02T08:00:00+07:00" }, "2024-12-09").byUnit
 * //~> [{ key: "van-phong", label: "Văn phòng", points: 0.5, … }]
 * @remarks Since 0.1.0
 */
export function pointsAtRisk(plan: Plan | PlanInput, events: readonly unknown[], options: EvaluateOptions, at: string): PointsAtRisk {
  if (typeof at !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(at) || readInstant(at) === undefined) {
    throw new InvalidInputError([issue("invalid_date", { value: at }, ["at"])]);
  }
  const p = asPlan(plan);
  const now = evaluate(p, events, options);
  const asOfMs = readInstant(now.asOf) as number;
  // the day of asOf in Vietnam (UTC+7, no daylight saving time): a projection to an earlier day
  // would read the open findings as of the past, an empty list that says nothing is at risk
  const asOfDay = epochMsToInstant(asOfMs).slice(0, 10);
  if (at < asOfDay) throw new InvalidInputError([issue("invalid_option", { name: "at", value: at, expected: `a day on or after asOf's, ${asOfDay}` }, ["at"])]);
  const kept = events.filter((e) => {
    const ms = readInstant((e as { at?: unknown } | null)?.at);
    return ms === undefined || ms <= asOfMs;
  });
  const projected = evaluate(p, kept, { ...options, asOf: `${at}T23:59:59+07:00` });
  const open = new Set(now.findings.filter((f) => f.status === "open").map((f) => f.key));
  const findings: AtRiskFinding[] = [];
  let total = 0;
  for (const f of projected.findings) {
    if (!open.has(f.key) || f.deductions.length === 0) continue;
    const h = f.deductions.reduce((s, d) => s + toH(d.points), 0);
    total += h;
    findings.push({ obligation: f.obligation, key: f.key, owner: f.owner, lastDay: f.lastDay, points: fromH(h) });
  }
  const onlyOpen = { ...projected, findings: projected.findings.filter((f) => open.has(f.key)) };
  return { at, total: fromH(total), byUnit: pointsLost(onlyOpen), findings, projected, comparison: compare(now, projected) };
}
