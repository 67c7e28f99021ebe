/**
 * What-if helpers (giả định) for an analyst's questions, each one call: another calendar, another
 * policy, events shifted or removed, another `asOf`; and points at risk (điểm có nguy cơ bị trừ).
 * All pure: they build new inputs and evaluate them.
 * @module
 */
import type { WorkCalendar } from "../calendar/types.js";
import { epochMsToInstant, readInstant } from "../day/instant.js";
import type { Policy } from "../deadline/types.js";
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
 * @throws {@link InvalidInputError} `invalid_amount` when `days` is not an integer.
 * @example
 * shiftEvents(events, 2, { types: ["report_sent"] })[0].at //~> two days later
 * @remarks Since 0.1.0
 */
export function shiftEvents(events: readonly unknown[], days: number, selector?: EventSelector): unknown[] {
  if (!Number.isInteger(days)) throw new InvalidInputError([issue("invalid_amount", { value: days }, ["days"])]);
  return events.map((e) => {
    if (!selects(selector, e)) return e;
    const ms = readInstant((e as { at?: unknown }).at);
    return ms === undefined ? e : { ...(e as object), at: epochMsToInstant(ms + days * DAY_MS) };
  });
}

/**
 * Events without the selected ones. Pure.
 *
 * @param events - The events.
 * @param selector - Which to remove (by `ids` and/or `types`).
 * @returns A new list.
 * @example
 * removeEvents(events, { ids: ["bc-03"] }).length //=> events.length - 1
 * @remarks Since 0.1.0
 */
export function removeEvents(events: readonly unknown[], selector: EventSelector): unknown[] {
  return events.filter((e) => !selects(selector, e));
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
 * @throws {@link InvalidInputError} as `evaluate` does.
 * @example
 * whatIf(plan, events, { asOf: "2024-12-31" }, { policy: { beforeDate: "inclusive" } }).comparison.text.vi
 * //~> "3 lần phát sinh thay đổi; 4 tiêu chí thay đổi điểm. …"
 * @remarks Since 0.1.0
 */
export function whatIf(plan: Plan | PlanInput, events: readonly unknown[], options: EvaluateOptions, change: WhatIfChange): WhatIf {
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
 * @throws {@link InvalidInputError} `invalid_date` for `at`; as `evaluate` for the rest.
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
