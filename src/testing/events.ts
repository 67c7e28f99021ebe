/**
 * Arbitraries of event logs for a plan: valid events of the types the plan names.
 * @module
 */
import * as fc from "fast-check";
import { addDays, type IsoDate } from "../day/dayNumber.js";
import { civilDateOf, epochMsToInstant, instantToEpochMs, type Instant } from "../day/instant.js";
import { InvalidInputError, issue } from "../errors.js";
import type { Event } from "../schema/event.js";
import type { EventFilter, FilterValue, Plan } from "../schema/plan.js";

/** Options of {@link eventLogArb}. */
export interface EventLogArbOptions {
  /** Earliest event instant (default the plan's `start`, 00:00); a bare date means its 00:00. */
  readonly from?: Instant;
  /** Latest event instant (default the day after the plan's `end`, 00:00, or one year after `from`). */
  readonly to?: Instant;
  /** Most events in a log (default 30). */
  readonly maxEvents?: number;
  /** Fewest events in a log (default 0). */
  readonly minEvents?: number;
  /** Subjects the events share, so that completions find the occurrences triggers open (default four document numbers). */
  readonly subjects?: readonly string[];
}

const URGENCIES = ["hoa_toc", "thuong_khan", "khan"] as const;
const PERIOD = /^\d{4}(-(H[12]|Q[1-4]|W\d{2}|\d{2}(-\d{2})?))?$/;
const MS_PER_MINUTE = 60_000;

/** What the plan says about one event type. */
interface TypeInfo {
  /** `where` clauses of the filters naming the type (events sometimes satisfy one). */
  readonly where: Readonly<Record<string, FilterValue | readonly FilterValue[]>>[];
  /** The type triggers a dated obligation: its events may carry their own deadline. */
  dated: boolean;
  /** The type extends occurrences: its events carry a deadline or `data.days`. */
  extension: boolean;
}

function list(value: string | readonly string[] | undefined): readonly string[] {
  return value === undefined ? [] : typeof value === "string" ? [value] : value;
}

/** Every event type a plan names, in order of first mention, with what the plan says about it. */
function eventTypes(plan: Plan): Map<string, TypeInfo> {
  const types = new Map<string, TypeInfo>();
  const add = (names: readonly string[], filter?: EventFilter): TypeInfo[] =>
    names.map((name) => {
      const info = types.get(name) ?? { where: [], dated: false, extension: false };
      if (filter?.where !== undefined) info.where.push(filter.where);
      types.set(name, info);
      return info;
    });
  for (const o of plan.obligations) {
    if (o.kind === "triggered" || o.kind === "dated") {
      const infos = add(list(o.trigger.type), o.trigger);
      if (o.kind === "dated") for (const info of infos) info.dated = true;
    }
    if (o.kind === "triggered") add(list(o.anchorEvent));
    if (o.kind === "quota") add(list(o.counts.type), o.counts);
    else add(list(o.completedBy));
    for (const info of add(list(o.extensions?.events))) info.extension = true;
    add([...list(o.pause), ...list(o.resume), ...list(o.restart), ...list(o.cancel)]);
  }
  return types;
}

/** Sets the fields a `where` clause tests, when the value fits the field. */
function applyWhere(event: Record<string, unknown>, where: Readonly<Record<string, FilterValue | readonly FilterValue[]>>, choice: number): void {
  const data: Record<string, unknown> = { ...((event["data"] as Record<string, unknown> | undefined) ?? {}) };
  for (const [key, raw] of Object.entries(where)) {
    const values: readonly FilterValue[] = Array.isArray(raw) ? raw : [raw as FilterValue];
    const value = values[choice % values.length];
    if (key.startsWith("data.")) data[key.slice(5)] = value;
    else if (typeof value !== "string" || value.length === 0) continue;
    else if (key === "subject" || key === "unit") event[key] = value;
    else if (key === "period" && PERIOD.test(value)) event[key] = value;
    else if (key === "urgency" && (URGENCIES as readonly string[]).includes(value)) event[key] = value;
  }
  if (Object.keys(data).length > 0) event["data"] = data;
}

/**
 * Event logs (nhật ký sự kiện) for a parsed plan: arrays of valid {@link Event}s whose types are
 * those the plan names (triggers, anchors, completions, extensions, pauses, resumes, restarts,
 * cancellations, quota counts), at minute-resolution instants in `[from, to]`, sorted by instant.
 *
 * - ids are `e1`, `e2`, … in order, so each log has unique ids;
 * - subjects come from a small pool, so completions meet the occurrences their triggers open;
 * - units are the plan's units; urgency is sometimes set;
 * - an event sometimes satisfies a `where` clause of a filter naming its type;
 * - triggers of `dated` obligations sometimes carry their own deadline (a date 0–60 days later);
 *   extension events carry a new deadline or `data.days`.
 *
 * Every event passes `parseEvent`; `evaluate(plan, events, { asOf })` accounts for all of them.
 *
 * @param plan - A plan returned by `parsePlan`.
 * @param options - Time range, number of events, subjects.
 * @returns An arbitrary of event arrays.
 * @throws {@link index!InvalidInputError} `invalid_instant` for a malformed bound; `invalid_option` when
 *   `from > to`, the counts are not integers with `0 ≤ minEvents ≤ maxEvents`, or `subjects` is empty.
 * @example
 * const plan = parsePlan(input)
 * fc.assert(fc.property(eventLogArb(plan, { from: "2024-01-01", to: "2024-06-30", maxEvents: 20 }), (events) => {
 *   const { accounting } = evaluate(plan, events, { asOf: "2024-07-01T00:00:00+07:00" })
 *   expect(accounting.used.length + accounting.ignored.length).toBe(events.length)
 * })) //=> passes
 * @remarks Since 0.1.0
 */
export function eventLogArb(plan: Plan, options: EventLogArbOptions = {}): fc.Arbitrary<readonly Event[]> {
  const fromMs = instantToEpochMs(options.from ?? plan.start, ["from"]);
  const defaultTo: IsoDate = plan.end === undefined ? addDays(civilDateOf(epochMsToInstant(fromMs)), 366) : addDays(plan.end, 1);
  const toMs = instantToEpochMs(options.to ?? defaultTo, ["to"]);
  const maxEvents = options.maxEvents ?? 30;
  const minEvents = options.minEvents ?? 0;
  const subjects = options.subjects ?? ["01/KH-UBND", "02/TB-BQL", "15/BC-VP", "27/QĐ-UBND"];
  const bad = (name: string, value: unknown, expected: string): never => {
    throw new InvalidInputError([issue("invalid_option", { name, value, expected }, [name])]);
  };
  if (!Number.isSafeInteger(maxEvents) || maxEvents < 0) bad("maxEvents", maxEvents, "an integer ≥ 0");
  if (!Number.isSafeInteger(minEvents) || minEvents < 0 || minEvents > maxEvents) bad("minEvents", minEvents, `an integer from 0 to maxEvents (${maxEvents})`);
  if (subjects.length === 0 || subjects.some((s) => typeof s !== "string" || s.length === 0)) bad("subjects", subjects, "a non-empty list of non-empty strings");
  const lo = Math.ceil(fromMs / MS_PER_MINUTE);
  const hi = Math.floor(toMs / MS_PER_MINUTE);
  if (lo > hi) bad("to", options.to ?? defaultTo, "an instant at or after from");

  const types = eventTypes(plan);
  const names = [...types.keys()];
  if (names.length === 0 || maxEvents === 0) return fc.constant(Object.freeze([]));
  const units = plan.units.map((u) => u.id);

  const draft = fc.record({
    type: fc.constantFrom(...names),
    minute: fc.integer({ min: lo, max: hi }),
    subject: fc.option(fc.constantFrom(...subjects), { nil: undefined, freq: 4 }),
    unit: units.length === 0 ? fc.constant(undefined) : fc.option(fc.constantFrom(...units), { nil: undefined }),
    urgency: fc.option(fc.constantFrom(...URGENCIES), { nil: undefined, freq: 4 }),
    where: fc.option(fc.nat(), { nil: undefined }),
    deadlineDays: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    extraDays: fc.integer({ min: 1, max: 15 }),
  });

  return fc.array(draft, { minLength: minEvents, maxLength: maxEvents }).map((drafts) => {
    const sorted = [...drafts].sort((a, b) => a.minute - b.minute);
    return Object.freeze(
      sorted.map((d, i): Event => {
        const info = types.get(d.type) as TypeInfo;
        const at = epochMsToInstant(d.minute * MS_PER_MINUTE);
        const event: Record<string, unknown> = { id: `e${i + 1}`, type: d.type, at };
        if (d.subject !== undefined) event["subject"] = d.subject;
        if (d.unit !== undefined) event["unit"] = d.unit;
        if (d.urgency !== undefined) event["urgency"] = d.urgency;
        if (d.where !== undefined && info.where.length > 0) applyWhere(event, info.where[d.where % info.where.length] ?? {}, d.where);
        if ((info.dated || info.extension) && d.deadlineDays !== undefined) event["deadline"] = addDays(civilDateOf(at), d.deadlineDays);
        else if (info.extension) event["data"] = { ...((event["data"] as Record<string, unknown> | undefined) ?? {}), days: d.extraDays };
        return Object.freeze(event) as unknown as Event;
      }),
    );
  });
}
