/**
 * Plans (kế hoạch) as data: units, obligations and their deadlines, with zod schemas that give
 * every problem at once and a JSON Schema for editors.
 *
 * @module
 */
import { z } from "zod";
import type { Weekday, IsoDate } from "../day/dayNumber.js";
import type { DataStatus } from "../calendar/types.js";
import { isClockTime, policySchema } from "../deadline/ruleSchema.js";
import type { DeadlineRule, Duration, Policy, UrgencyLevel } from "../deadline/types.js";
import {
  addOwnIssue,
  deadlineSpecSchema,
  eventFilterSchema,
  eventTypesSchema,
  idSchema,
  isoDateSchema,
  urgencySchema,
} from "./primitives.js";
import { criterionSchemaInferred, type Criterion } from "./criteria.js";

/** A deadline as written in a plan: a Vietnamese phrase or a structured {@link DeadlineRule}. */
export type DeadlineSpec = string | DeadlineRule;

/** A value an event filter compares with. */
export type FilterValue = string | number | boolean | null;

/**
 * Which events (bộ lọc sự kiện): a type or several, and optional equality tests.
 *
 * - `type`: `"document_issued"` or `["document_issued", "plan_issued"]`;
 * - `where`: `{ unit: "vp", urgency: ["hoa_toc", "khan"], "data.category": "ke_hoach" }`; the keys
 *   are `subject`, `unit`, `period`, `urgency` and `data.<name>`; an array means "any of"; every
 *   test must hold.
 */
export interface EventFilter {
  readonly type: string | readonly string[];
  readonly where?: Readonly<Record<string, FilterValue | readonly FilterValue[]>>;
}

/** A unit (đơn vị): the owner ("Chủ trì") or a co-operating unit ("Phối hợp") of obligations. */
export interface Unit {
  readonly id: string;
  /** Vietnamese name, e.g. "Văn phòng", "Trung tâm DVVL-ĐT-XTĐT". */
  readonly name: string;
  readonly short?: string;
}

/** A day added or removed by the plan's calendar overrides. */
export interface PlanDayOverride {
  readonly date: IsoDate;
  readonly name?: string;
  readonly status?: DataStatus;
}

/** Office session `{ start: "07:00", end: "11:30" }`. */
export interface PlanOfficeSession {
  readonly start: string;
  readonly end: string;
}

/** Office hours (giờ hành chính) of the plan's calendar; see `createCalendar`. */
export interface PlanOfficeHours {
  readonly name?: string;
  readonly sessions: readonly PlanOfficeSession[];
  readonly seasons?: readonly { readonly from: string; readonly to: string; readonly sessions: readonly PlanOfficeSession[]; readonly name?: string }[];
  readonly byWeekday?: Readonly<Partial<Record<"1" | "2" | "3" | "4" | "5" | "6" | "7", readonly PlanOfficeSession[]>>>;
}

/**
 * The plan's calendar choice (lịch làm việc): overrides applied with `createCalendar` on top of
 * the calendar given to `evaluate` (default `civilServiceCalendar`).
 */
export interface CalendarOverrides {
  readonly name?: string;
  readonly daysOff?: readonly (IsoDate | PlanDayOverride)[];
  readonly workingDays?: readonly (IsoDate | PlanDayOverride)[];
  readonly weeklyRest?: readonly Weekday[];
  readonly swaps?: boolean;
  readonly accept?: readonly DataStatus[];
  readonly officeHours?: PlanOfficeHours;
}

/**
 * An internal target (mục tiêu nội bộ) earlier than the deadline: "ban hành chậm nhất 2 ngày
 * trước thời hạn quy định", waived for the urgency levels listed ("trừ trường hợp hỏa tốc").
 */
export interface Target<D = DeadlineSpec> {
  readonly deadline: D;
  readonly waivedFor?: readonly UrgencyLevel[];
}

/**
 * Extensions (gia hạn): the event types that extend an occurrence, how many are allowed, and how.
 *
 * - an extension event with its own `deadline` moves the deadline there;
 * - otherwise it adds `data.days` (a number) or `by` to the current deadline, in `by.unit`
 *   (default calendar days);
 * - `max`: the number allowed (NĐ 61/2018 Đ.19.9: one re-scheduling); more are listed as
 *   ignored (`extension_limit`);
 * - `judge`: judge against the `extended` deadline (default) or the `original` one (as
 *   one-stop systems that keep the first appointment do).
 */
export interface Extensions {
  readonly events: string | readonly string[];
  readonly max?: number;
  readonly by?: Duration;
  readonly judge?: "extended" | "original";
}

/** Where an obligation's occurrences are matched to completions: by subject, by period, or the earliest open one. */
export type MatchMode = "subject" | "period" | "earliest_open";

/** Periods of a quota. */
export type QuotaPeriod = "day" | "working_day" | "week" | "month" | "quarter" | "year";

/** A quota (chỉ tiêu): at least `min` matching events per period ("tối thiểu 1 ngày 1 văn bản"). */
export interface QuotaSpec {
  readonly min: number;
  readonly per: QuotaPeriod;
}

/** Fields every obligation has. */
export interface ObligationCommon<D = DeadlineSpec> {
  /** Unique within the plan; part of every occurrence key. */
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  /**
   * Owner unit(s) ("Chủ trì"): unit ids. Triggered, dated, derived: an occurrence's owner is its
   * event's `unit` when that is one of them, else the first. Recurring and quota with several
   * owners: one occurrence per owner and period (key `${obligation}:${owner}:${period}`), events
   * counted for the owner their `unit` names (none or another unit: `no_matching_occurrence`).
   */
  readonly owner?: string | readonly string[];
  /** Co-operating units ("Phối hợp"). */
  readonly cooperating?: readonly string[];
  /** How completions find their occurrence (default: `period` for recurring obligations, else `subject`). */
  readonly match?: MatchMode;
  readonly target?: Target<D>;
  readonly extensions?: Extensions;
  /** Event types that pause the clock (a dossier returned for supplements under `shiftByPause`). */
  readonly pause?: string | readonly string[];
  /** Event types that resume a paused clock; the remaining time is kept. */
  readonly resume?: string | readonly string[];
  /** Event types that restart the clock from zero (NĐ 61/2018 Đ.19.4: full dossier received again). */
  readonly restart?: string | readonly string[];
  /** Event types that cancel the occurrence (a task ended by the assigning body). */
  readonly cancel?: string | readonly string[];
  /** Policy overrides for this obligation (over the plan's). */
  readonly policy?: Partial<Policy>;
  /** Criteria (tiêu chí) this obligation feeds, by id; used by scoring. */
  readonly criteria?: readonly string[];
  /** Occurrences before this date (by opening) are not considered (default: the plan's `start`). */
  readonly from?: IsoDate;
  /** Occurrences after this date (by opening) are not considered (default: the plan's `end`, if any). */
  readonly until?: IsoDate;
}

/** Triggered: each matching event opens an occurrence keyed by its subject; due by `deadline` from it. */
export interface TriggeredObligation<D = DeadlineSpec> extends ObligationCommon<D> {
  readonly kind: "triggered";
  readonly trigger: EventFilter;
  readonly deadline: D;
  /** Event type(s) that start the clock instead of the trigger (an online dossier: the officer's acceptance). */
  readonly anchorEvent?: string | readonly string[];
  readonly completedBy: string | readonly string[];
}

/** Recurring: one occurrence per period between the plan's start and `asOf` ("ngày 10 hàng tháng", an RRULE). */
export interface RecurringObligation<D = DeadlineSpec> extends ObligationCommon<D> {
  readonly kind: "recurring";
  readonly deadline: D;
  readonly completedBy: string | readonly string[];
}

/**
 * Dated by its trigger: "the triggering document's own deadline if it has one, else the plan's
 * rule" ("… hoặc theo yêu cầu thời hạn trong văn bản"):
 * - the triggering event states a `deadline` → that deadline, whether earlier or later than the rule;
 * - it states none → `otherwise` (or `cap`, its older name), counted from the event;
 * - neither → the occurrence is `undated`.
 */
export interface DatedObligation<D = DeadlineSpec> extends ObligationCommon<D> {
  readonly kind: "dated";
  readonly trigger: EventFilter;
  /**
   * Deadline of a triggering event that states none, counted from it ("không quá 90 ngày",
   * "trong 10 ngày kể từ ngày nhận được văn bản"). The event's own deadline, when it has one,
   * always wins, even when later.
   */
  readonly otherwise?: D;
  /**
   * The older name of {@link DatedObligation.otherwise}, kept working: despite the name it is not a
   * maximum (an event's own later deadline is not shortened to it). Give one of the two, not both.
   */
  readonly cap?: D;
  readonly completedBy: string | readonly string[];
}

/**
 * What opens a derived occurrence:
 * - `done`: the source occurrence completed, with or without a deadline (anchor: its completion);
 *   a cancelled one never is;
 * - `on_time`: it completed on time (anchor: its completion);
 * - `late`: it became late, done late or overdue (anchor: the instant it became late).
 * Undated and cancelled sources are never `on_time` or `late`.
 */
export type DerivedOn = "done" | "on_time" | "late";

/** Derived: opened by another obligation's outcome (an apology letter after a late dossier). */
export interface DerivedObligation<D = DeadlineSpec> extends ObligationCommon<D> {
  readonly kind: "derived";
  readonly source: { readonly obligation: string; readonly on: DerivedOn };
  readonly deadline: D;
  readonly completedBy: string | readonly string[];
}

/** Quota: at least N matching events per period. */
export interface QuotaObligation<D = DeadlineSpec, Q = QuotaSpec | string> extends ObligationCommon<D> {
  readonly kind: "quota";
  readonly counts: EventFilter;
  readonly quota: Q;
}

/** An obligation (nghĩa vụ) as written: deadlines as phrases or rules. */
export type ObligationInput =
  | TriggeredObligation
  | RecurringObligation
  | DatedObligation
  | DerivedObligation
  | QuotaObligation;

/** An obligation after {@link parsePlan}: every deadline is a {@link DeadlineRule}, every quota structured. */
export type Obligation =
  | TriggeredObligation<DeadlineRule>
  | RecurringObligation<DeadlineRule>
  | DatedObligation<DeadlineRule>
  | DerivedObligation<DeadlineRule>
  | QuotaObligation<DeadlineRule, QuotaSpec>;

/** The older name of a criteria tree node, kept working: see {@link Criterion}. */
export type CriterionRef = Criterion;

/** Fields of a plan, generic in how obligations are written. */
export interface PlanOf<O> {
  /** The JSON Schema URL, for editors; ignored. */
  readonly $schema?: string;
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  /** The document the plan comes from, e.g. "TB 01/2024/TB-BQL". */
  readonly source?: string;
  /** First day considered: recurring and quota occurrences start here. */
  readonly start: IsoDate;
  /** Last day considered (inclusive), if any. */
  readonly end?: IsoDate;
  readonly calendar?: CalendarOverrides;
  readonly policy?: Partial<Policy>;
  readonly units: readonly Unit[];
  readonly obligations: readonly O[];
  /** Criteria trees (cây tiêu chí), one per index; see `score`. */
  readonly criteria?: readonly Criterion[];
}

/** A plan as written (JSON or YAML). */
export type PlanInput = PlanOf<ObligationInput>;

/** A validated plan, as returned by {@link parsePlan}. */
export type Plan = PlanOf<Obligation>;

// ---------------------------------------------------------------------------------------------
// zod schemas

const timeSchema = z.string().superRefine((value, ctx) => {
  if (!isClockTime(value)) addOwnIssue(ctx, "invalid_time", { value });
});
const monthDaySchema = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
const sessionSchema = z.strictObject({ start: timeSchema, end: timeSchema });
const sessionsSchema = z.array(sessionSchema).min(1);

const officeHoursSchema = z.strictObject({
  name: z.string().optional(),
  sessions: sessionsSchema,
  seasons: z.array(z.strictObject({ from: monthDaySchema, to: monthDaySchema, sessions: sessionsSchema, name: z.string().optional() })).optional(),
  byWeekday: z.partialRecord(z.enum(["1", "2", "3", "4", "5", "6", "7"]), sessionsSchema).optional(),
});

const dataStatusSchema = z.enum(["decided", "reported", "proposed", "projected"]);
const dayOverrideSchema = z.union([
  isoDateSchema,
  z.strictObject({ date: isoDateSchema, name: z.string().optional(), status: dataStatusSchema.optional() }),
]);
const weekdaySchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)]);

const calendarOverridesSchema = z
  .strictObject({
    name: z.string().optional(),
    daysOff: z.array(dayOverrideSchema).optional(),
    workingDays: z.array(dayOverrideSchema).optional(),
    weeklyRest: z.array(weekdaySchema).optional(),
    swaps: z.boolean().optional(),
    accept: z.array(dataStatusSchema).optional(),
    officeHours: officeHoursSchema.optional(),
  })
  .meta({ description: "Calendar overrides (createCalendar options) over the calendar given to evaluate" });

const unitSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).meta({ description: 'Vietnamese name, e.g. "Văn phòng"' }),
  short: z.string().optional(),
});

const typesRef = eventTypesSchema;
const durationSchema = z.strictObject({
  amount: z.number().int().min(0).max(1_000_000),
  unit: z.enum(["day", "calendar_day", "working_day", "week", "month", "year", "hour", "working_hour"]),
});

const commonShape = {
  id: idSchema,
  title: z.string().min(1),
  description: z.string().optional(),
  owner: z.union([idSchema, z.array(idSchema).min(1)]).meta({ description: 'Owner unit id(s) ("Chủ trì")' }),
  cooperating: z.array(idSchema).optional().meta({ description: 'Co-operating unit ids ("Phối hợp")' }),
  match: z.enum(["subject", "period", "earliest_open"]).optional(),
  target: z
    .strictObject({ deadline: deadlineSpecSchema, waivedFor: z.array(urgencySchema).optional() })
    .optional()
    .meta({ description: 'Internal target earlier than the deadline, e.g. "chậm nhất 2 ngày trước thời hạn quy định"' }),
  extensions: z
    .strictObject({
      events: typesRef,
      max: z.number().int().min(0).optional(),
      by: durationSchema.optional(),
      judge: z.enum(["extended", "original"]).optional(),
    })
    .optional(),
  pause: typesRef.optional(),
  resume: typesRef.optional(),
  restart: typesRef.optional(),
  cancel: typesRef.optional(),
  policy: policySchema.optional(),
  criteria: z.array(idSchema).optional(),
  from: isoDateSchema.optional(),
  until: isoDateSchema.optional(),
};

const triggeredSchema = z.strictObject({
  kind: z.literal("triggered"),
  ...commonShape,
  trigger: eventFilterSchema,
  deadline: deadlineSpecSchema,
  anchorEvent: typesRef.optional(),
  completedBy: typesRef,
});

const recurringSchema = z.strictObject({
  kind: z.literal("recurring"),
  ...commonShape,
  deadline: deadlineSpecSchema,
  completedBy: typesRef,
});

const datedSchema = z.strictObject({
  kind: z.literal("dated"),
  ...commonShape,
  trigger: eventFilterSchema,
  otherwise: deadlineSpecSchema.optional().meta({ description: "Deadline of a triggering event that states none, counted from it; the event's own deadline wins when it has one" }),
  cap: deadlineSpecSchema.optional().meta({ description: 'Older name of "otherwise" (not a maximum); give one of the two' }),
  completedBy: typesRef,
});

const derivedSchema = z.strictObject({
  kind: z.literal("derived"),
  ...commonShape,
  owner: commonShape.owner.optional(),
  source: z.strictObject({ obligation: idSchema, on: z.enum(["done", "on_time", "late"]) }),
  deadline: deadlineSpecSchema,
  completedBy: typesRef,
});

const quotaSpecSchema = z.strictObject({
  min: z.number().int().min(1),
  per: z.enum(["day", "working_day", "week", "month", "quarter", "year"]),
});

const quotaSchema = z.strictObject({
  kind: z.literal("quota"),
  ...commonShape,
  counts: eventFilterSchema,
  quota: z.union([z.string().min(1).meta({ description: 'e.g. "tối thiểu 1 ngày 1 văn bản"' }), quotaSpecSchema]),
});

/** @internal */
export const obligationSchemaInferred = z.discriminatedUnion("kind", [triggeredSchema, recurringSchema, datedSchema, derivedSchema, quotaSchema]);

/**
 * zod schema of one obligation as written ({@link ObligationInput}), discriminated by `kind`:
 * `triggered`, `recurring`, `dated`, `derived`, `quota`. Strict: unknown keys are errors.
 *
 * @example
 * obligationSchema.safeParse({
 *   kind: "triggered", id: "dang_tai", title: "Đăng tải văn bản", owner: "ttdv",
 *   trigger: { type: "document_issued" }, deadline: "chậm nhất 3 ngày kể từ ngày ban hành",
 *   completedBy: "document_published",
 * }).success //=> true
 * @remarks Since 0.1.0
 */
export const obligationSchema: z.ZodType<ObligationInput, unknown> = obligationSchemaInferred as unknown as z.ZodType<ObligationInput, unknown>;

/** @internal */
export const planSchemaInferred = z
  .strictObject({
    $schema: z.string().optional(),
    id: idSchema,
    title: z.string().min(1),
    description: z.string().optional(),
    source: z.string().optional(),
    start: isoDateSchema.meta({ description: "First day considered (YYYY-MM-DD)" }),
    end: isoDateSchema.optional(),
    calendar: calendarOverridesSchema.optional(),
    policy: policySchema.optional(),
    units: z.array(unitSchema).min(1),
    obligations: z.array(obligationSchemaInferred),
    criteria: z.array(criterionSchemaInferred).optional().meta({ description: "Criteria trees (cây tiêu chí), one per index" }),
  })
  .meta({ title: "thoihan plan", description: "A plan (kế hoạch): units, obligations and their deadlines" });

/**
 * zod schema of a plan as written ({@link PlanInput}). Structural only: {@link parsePlan} adds the
 * reference checks (owners, sources, criteria, duplicate ids) and reads the deadline phrases.
 *
 * @example
 * planSchema.safeParse({ id: "p", title: "Kế hoạch", start: "2024-01-01", units: [{ id: "vp", name: "Văn phòng" }], obligations: [] }).success
 * //=> true
 * @remarks Since 0.1.0
 */
export const planSchema: z.ZodType<PlanInput, unknown> = planSchemaInferred as unknown as z.ZodType<PlanInput, unknown>;
