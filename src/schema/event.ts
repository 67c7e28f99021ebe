/**
 * Events (sự kiện): the facts a plan is evaluated against — a document issued, a dossier
 * received, a task completed, an extension granted.
 * @module
 */
import { z } from "zod";
import { readInstant, type Instant } from "../day/instant.js";
import { mapZodIssues } from "../deadline/ruleSchema.js";
import type { DeadlineRule, UrgencyLevel } from "../deadline/types.js";
import { InvalidInputError, issue, type Issue } from "../errors.js";
import {
  deadlineSpecSchema,
  eventTypeSchema,
  idSchema,
  instantSchema,
  isPeriodLabel,
  periodLabelSchema,
  urgencySchema,
} from "./primitives.js";
import { suggestKey } from "./suggest.js";

/**
 * An event (sự kiện): one fact with an id, a type and an instant.
 *
 * - `id`: unique among the events given to one evaluation;
 * - `type`: what happened, e.g. `"document_issued"`, `"dossier_received"`, `"task_completed"`;
 *   a plan binds types to roles (trigger, completion, extension, pause …);
 * - `at`: when it happened, an ISO 8601 instant (no offset = Asia/Ho_Chi_Minh; a bare date = its 00:00);
 * - `subject`: what it is about (a dossier number, a task or document id): the key that ties
 *   a completion to the occurrence it completes;
 * - `unit`: the unit concerned (owner of the occurrence it opens);
 * - `period`: the reporting period it belongs to (`2024`, `2024-H1`, `2024-Q3`, `2024-07`,
 *   `2024-W27`, `2024-07-05`), matched against recurring occurrences;
 * - `deadline`: its own deadline (a task "nộp trước ngày 15/3/2024"): a date `YYYY-MM-DD`
 *   (that day inclusive), an instant (the first late instant), a Vietnamese phrase or a rule;
 *   an extension event's new deadline;
 * - `urgency`: `"hoa_toc" | "thuong_khan" | "khan"` (NĐ 30/2020 Đ.4.2.c);
 * - `data`: anything else, for filters (`where: { "data.category": "ke_hoach" }`) and extensions
 *   (`data.days`: extra days).
 *
 * @remarks Since 0.1.0
 */
export interface Event {
  readonly id: string;
  readonly type: string;
  readonly at: Instant;
  readonly subject?: string;
  readonly unit?: string;
  readonly period?: string;
  readonly deadline?: string | DeadlineRule;
  readonly urgency?: UrgencyLevel;
  readonly data?: Readonly<Record<string, unknown>>;
}

/** The keys an event may have. @internal */
export const EVENT_KEYS: readonly string[] = Object.freeze(["id", "type", "at", "subject", "unit", "period", "deadline", "urgency", "data"]);

/** @internal */
export const eventSchemaInferred = z
  .strictObject({
    id: idSchema.meta({ description: "Unique id of the event" }),
    type: eventTypeSchema.meta({ description: "What happened, e.g. document_issued, task_completed" }),
    at: instantSchema,
    subject: z.string().min(1).optional().meta({ description: "What it is about: dossier number, task or document id" }),
    unit: idSchema.optional().meta({ description: "Unit concerned (a plan unit id)" }),
    period: periodLabelSchema.optional().meta({ description: "Reporting period: 2024, 2024-H1, 2024-Q3, 2024-07, 2024-W27, 2024-07-05" }),
    deadline: deadlineSpecSchema.optional().meta({ description: "Own deadline: YYYY-MM-DD (inclusive), an instant, a phrase or a rule" }),
    urgency: urgencySchema.optional(),
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ title: "thoihan event", description: "One fact evaluated against a plan (sự kiện)" });

/**
 * zod schema of an {@link Event}: a strict object (unknown keys are errors).
 *
 * @example
 * eventSchema.safeParse({ id: "e1", type: "document_issued", at: "2024-01-09T09:00:00+07:00" }).success //=> true
 * eventSchema.safeParse({ id: "e1", type: "document_issued" }).success //=> false (no `at`)
 * @remarks Since 0.1.0
 */
export const eventSchema: z.ZodType<Event, unknown> = eventSchemaInferred as unknown as z.ZodType<Event, unknown>;

/** The result of reading one event: the event and its instant in epoch ms, or its issues. @internal */
export type EventReading =
  | { readonly ok: true; readonly event: Event; readonly ms: number }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const KEY_SET = new Set(EVENT_KEYS);
const URGENCIES = new Set(["hoa_toc", "thuong_khan", "khan"]);

/**
 * Reads one event: a fast structural check for the common case, and the zod schema (for its
 * issues) when that check fails. Never throws.
 *
 * @param value - Anything claimed to be an {@link Event}.
 * @param path - Prefix of the issue paths (e.g. `[index]`).
 * @returns `{ ok: true, event, ms }` or `{ ok: false, issues }` (issues mapped to thoihan codes,
 *   unknown keys with a suggestion).
 * @internal
 */
export function readEvent(value: unknown, path: readonly (string | number)[] = []): EventReading {
  const ms = fastEventMs(value);
  if (ms === ms) return { ok: true, event: value as Event, ms };
  const result = eventSchemaInferred.safeParse(value, { reportInput: true });
  if (result.success) {
    const event = dropUndefinedShallow(result.data) as unknown as Event;
    return { ok: true, event, ms: readInstant(event.at) as number };
  }
  return { ok: false, issues: withSuggestions(mapZodIssues(result.error.issues, path), path.length, () => EVENT_KEYS) };
}

/**
 * The instant (epoch ms) of an event that passes the fast structural check, else `NaN` (then
 * {@link readEvent} asks the zod schema). Allocates nothing.
 * @internal
 */
export function fastEventMs(value: unknown): number {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    let fast = true;
    for (const key in v) {
      if (!KEY_SET.has(key) || v[key] === undefined) {
        fast = false;
        break;
      }
    }
    if (fast) {
      const { id, type, at, subject, unit, period, deadline, urgency, data } = v;
      const ms = typeof at === "string" ? readInstant(at) : undefined;
      if (
        ms !== undefined &&
        typeof id === "string" && id.length > 0 && id.length <= 500 &&
        typeof type === "string" && type.length > 0 && type.length <= 200 &&
        (subject === undefined || (typeof subject === "string" && subject.length > 0)) &&
        (unit === undefined || (typeof unit === "string" && unit.length > 0 && unit.length <= 500)) &&
        (period === undefined || (typeof period === "string" && isPeriodLabel(period))) &&
        (deadline === undefined || (typeof deadline === "string" && deadline.length > 0)) &&
        (urgency === undefined || (typeof urgency === "string" && URGENCIES.has(urgency))) &&
        (data === undefined || (data !== null && typeof data === "object" && !Array.isArray(data) && Object.getPrototypeOf(data) === Object.prototype))
      ) {
        return ms;
      }
    }
  }
  return Number.NaN;
}

function dropUndefinedShallow(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * Adds `suggestion` to `unknown_key` issues, asking `allowedAt(path)` for the keys allowed at the
 * object holding the key.
 * @internal
 */
export function withSuggestions(
  issues: readonly Issue[],
  prefixLength: number,
  allowedAt: (objectPath: readonly (string | number)[]) => readonly string[],
): Issue[] {
  return issues.map((item) => {
    if (item.code !== "unknown_key") return item;
    const key = String(item.params["key"]);
    const objectPath = item.path.slice(prefixLength, -1);
    const suggestion = suggestKey(key, allowedAt(objectPath));
    return suggestion === undefined ? item : issue("unknown_key", { ...item.params, suggestion }, item.path);
  });
}

/**
 * Validates one event, throwing on the first bad one.
 *
 * @param value - Anything claimed to be an {@link Event}.
 * @returns The event (the same object when it needs no normalising).
 * @throws {@link InvalidInputError} `invalid_event`, followed by one issue per problem with its path.
 * @example
 * parseEvent({ id: "e1", type: "task_assigned", at: "2024-03-01T08:00:00+07:00", deadline: "2024-03-15" })
 * //=> { id: "e1", type: "task_assigned", at: "2024-03-01T08:00:00+07:00", deadline: "2024-03-15" }
 * parseEvent({ id: "e1", type: "x", at: "2024-03-01", subjet: "A" })
 * // throws InvalidInputError [invalid_event], then [unknown_key] at subjet ("did you mean subject?")
 * @remarks Since 0.1.0
 */
export function parseEvent(value: unknown): Event {
  const reading = readEvent(value);
  if (reading.ok) return reading.event;
  throw invalidEventError(reading.issues);
}

/** @internal */
export function invalidEventError(issues: readonly Issue[]): InvalidInputError {
  return new InvalidInputError([issue("invalid_event", { problems: issues.length }), ...issues]);
}
