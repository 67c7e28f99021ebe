/**
 * zod schemas of deadline rules (quy tắc thời hạn) and policies, for plans and the JSON schema. The
 * boundary validators {@link parseRule} and {@link parsePolicy} live in `ruleCheck.ts` (re-exported
 * here), a zod-free twin of these schemas, so `computeDeadline` does not load zod. The schemas accept exactly the {@link DeadlineRule} union of `types.ts`:
 * strict objects (unknown keys are errors), integers where amounts and days are meant, and
 * ranges checked (month 1–12, day 1–31, quarter 1–4, half 1–2, time `"HH:mm"`).
 *
 * @module
 */
import * as z from "zod/mini";
import { isLeapYear, monthLength } from "../day/dayNumber.js";
import { type Issue, type IssueCode } from "../errors.js";
import { isClockTimeText, mapIssues, type IssueLike } from "./ruleCheck.js";
import type { DeadlineRule, Policy, Wording } from "./types.js";

/** First and last year the library supports (1900–2199). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** A custom issue carries our code and params through zod, under this key. */
const OWN = "thoihan";

type Ctx = z.core.$RefinementCtx<unknown>;

function own(ctx: Ctx, code: IssueCode, params: Record<string, unknown>, path: (string | number)[] = []): void {
  ctx.addIssue({ code: "custom", path, message: code, params: { [OWN]: { code, params } } });
}

/** `"HH:mm"`, 00:00 … 24:00. @internal */
export function isClockTime(value: string): boolean {
  return isClockTimeText(value);
}

const int = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
const amountSchema = z.int().check(z.gte(0), z.lte(1_000_000));
const yearSchema = int(MIN_YEAR, MAX_YEAR);
const timeSchema = z.string().check(z.refine(isClockTime, { params: { [OWN]: { code: "invalid_time", params: {} } } }));

const urgencyLevelSchema = z.enum(["hoa_toc", "thuong_khan", "khan"]);
const durationUnitSchema = z.enum(["day", "calendar_day", "working_day", "week", "month", "year", "hour", "working_hour"]);

const durationSchema = z.strictObject({ amount: amountSchema, unit: durationUnitSchema });
const anchorSchema = z.strictObject({ text: z.string() });

const dateSpecSchema = z.strictObject({ year: z.optional(yearSchema), month: int(1, 12), day: int(1, 31) }).check(
  z.superRefine((d, ctx) => {
    const max = d.year === undefined ? (d.month === 2 ? 29 : monthLength(2000, d.month)) : monthLength(d.year, d.month);
    if (d.day > max) {
      own(ctx as Ctx, "invalid_date", { value: `${d.year ?? "----"}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`, leap: d.year === undefined ? null : isLeapYear(d.year) }, ["day"]);
    }
  }),
);

const periodSpecSchema = z.discriminatedUnion("unit", [
  z.strictObject({ unit: z.literal("month"), month: int(1, 12), year: z.optional(yearSchema) }),
  z.strictObject({ unit: z.literal("quarter"), quarter: int(1, 4), year: z.optional(yearSchema) }),
  z.strictObject({ unit: z.literal("half_year"), half: int(1, 2), year: z.optional(yearSchema) }),
  z.strictObject({ unit: z.literal("year"), year: z.optional(yearSchema) }),
]);

const ruleNoteSchema = z.strictObject({
  code: z.enum(["bare_day_unit", "month_end", "before_date_reading", "fixed_date_non_working", "local_convention", "anchor_unbound", "time_excluded", "planned", "postmark"]),
  params: z.optional(z.readonly(z.record(z.string(), z.unknown()))),
});

const urgencyExceptionSchema = z.strictObject({
  urgency: urgencyLevelSchema,
  rule: z.optional(z.lazy((): z.ZodMiniType<DeadlineRule> => deadlineRuleSchema)),
});

/** The keys of {@link Wording}, and "label.<i>". */
const WORDING_KEYS = [
  "lead",
  "connector",
  "unit",
  "capLead",
  "scope",
  "alternative",
  "remark",
  "undated",
  "every",
  "everyYear",
  "periodic",
  "order",
  "day",
  "from",
  "start",
  "span",
  "coming",
  "at",
  "base",
  "next",
  "nextLead",
  "cutoffEvent",
  "monthDays",
  "weekdays",
  "purpose",
  "place",
  "roll",
  "ordinal",
  "role",
  "qualifier",
  "preface",
  "daypart",
  "predicate",
  "planned",
  "postmark",
  "caption",
  "lunar",
  "named",
] as const satisfies readonly (keyof Wording)[];

const wordingSchema = z.readonly(z.partialRecord(z.union([z.enum(WORDING_KEYS), z.templateLiteral(["label.", z.int().check(z.gte(0))])]), z.string()));

const alternativeSchema = z.strictObject({
  condition: z.string().check(z.minLength(1)),
  rule: z.lazy((): z.ZodMiniType<DeadlineRule> => deadlineRuleSchema),
});

const common = {
  role: z.optional(z.enum(["entry_into_force", "validity", "minimum_notice", "extension_limit"])),
  alternatives: z.optional(z.readonly(z.array(alternativeSchema).check(z.minLength(1)))),
  roll: z.optional(z.enum(["next_working_day", "previous_working_day"])),
  cap: z.optional(durationSchema),
  except: z.optional(z.readonly(z.array(urgencyExceptionSchema))),
  notes: z.optional(z.readonly(z.array(ruleNoteSchema))),
  wording: z.optional(wordingSchema),
};

const relativeSchema = z.strictObject({
  kind: z.literal("relative"),
  amount: amountSchema,
  unit: durationUnitSchema,
  anchor: anchorSchema,
  ...common,
});

const fixedDateSchema = z.strictObject({
  kind: z.literal("fixed_date"),
  dates: z.readonly(z.array(dateSpecSchema).check(z.minLength(1))),
  bound: z.enum(["before", "by"]),
  time: z.optional(timeSchema),
  ...common,
});

const periodSchema = z.strictObject({ kind: z.literal("period"), period: periodSpecSchema, ...common });

const MONTHS_IN: Readonly<Record<string, number>> = { quarterly: 3, half_yearly: 6, yearly: 12 };

const recurringSchema = z
  .strictObject({
    kind: z.literal("recurring"),
    frequency: z.enum(["daily", "weekly", "monthly", "quarterly", "half_yearly", "yearly"]),
    month: z.optional(int(1, 12)),
    day: z.optional(z.union([int(1, 31), z.literal("last")])),
    weekday: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)])),
    bound: z.enum(["before", "by", "within"]),
    offset: z.optional(int(-100, 100)),
    time: z.optional(timeSchema),
    ...common,
  })
  .check(z.superRefine((r, c) => {
    const ctx = c as Ctx;
    const months = MONTHS_IN[r.frequency];
    const not = (name: "month" | "day" | "weekday"): void => {
      if (r[name] !== undefined) own(ctx, "invalid_rule", { reason: "field_not_for_frequency", name, frequency: r.frequency }, [name]);
    };
    const need = (name: "month" | "day" | "weekday"): void => {
      if (r[name] === undefined) own(ctx, "missing_required", { name }, [name]);
    };
    if (r.frequency === "daily") {
      not("month");
      not("day");
      not("weekday");
      return;
    }
    if (r.frequency === "weekly") {
      not("month");
      not("day");
      if (r.bound !== "within") need("weekday");
      else not("weekday");
      return;
    }
    not("weekday");
    if (r.frequency === "monthly") {
      not("month");
      if (r.bound === "within") not("day");
      else need("day");
      return;
    }
    if (months !== undefined && r.month !== undefined && r.month > months) {
      own(ctx, "invalid_amount", { value: r.month, min: 1, max: months }, ["month"]);
    }
    if (r.bound === "within") not("day");
    else {
      need("month");
      need("day");
    }
    if (r.frequency === "yearly" && typeof r.day === "number" && r.month !== undefined && r.day > (r.month === 2 ? 29 : monthLength(2000, r.month))) {
      own(ctx, "invalid_date", { value: `--${String(r.month).padStart(2, "0")}-${String(r.day).padStart(2, "0")}` }, ["day"]);
    }
  }));

const rruleSchema = z.strictObject({ kind: z.literal("rrule"), rrule: z.string().check(z.minLength(1)), bound: z.enum(["before", "by"]), ...common });

const beforeDeadlineSchema = z.strictObject({
  kind: z.literal("before_deadline"),
  amount: amountSchema,
  unit: z.enum(["day", "calendar_day", "working_day", "week", "month", "year", "hour"]),
  reference: z.string(),
  ...common,
});

const urgentSchema = z.strictObject({ kind: z.literal("urgent"), level: urgencyLevelSchema, anchor: z.optional(anchorSchema), ...common });

const sameDaySchema = z.strictObject({
  kind: z.literal("same_day"),
  nextWorkingDay: z.boolean(),
  anchor: z.optional(anchorSchema),
  time: z.optional(timeSchema),
  nextDay: z.optional(z.enum(["day", "working_day"])),
  cutoff: z.optional(timeSchema),
  ...common,
});

const reportingWindowSchema = z.strictObject({
  kind: z.literal("reporting_window"),
  frequency: z.enum(["monthly", "quarterly", "half_yearly", "yearly"]),
  fromDay: int(1, 31),
  toDay: int(1, 31),
  ...common,
});

/** The schema of every rule kind, before the recursive annotation. @internal */
export const deadlineRuleSchemaInferred = z.discriminatedUnion("kind", [
  relativeSchema,
  fixedDateSchema,
  periodSchema,
  recurringSchema,
  rruleSchema,
  beforeDeadlineSchema,
  urgentSchema,
  sameDaySchema,
  reportingWindowSchema,
]);

/**
 * zod schema of a deadline rule (quy tắc thời hạn): exactly the {@link DeadlineRule} union,
 * discriminated by `kind`, with strict objects and checked ranges.
 *
 * - `relative`: `amount` integer ≥ 0, `unit`, `anchor: { text }`;
 * - `fixed_date`: `dates` (≥ 1; month 1–12, day 1–31 and existing), `bound`, optional `time` `"HH:mm"`;
 * - `period`: month 1–12 / quarter 1–4 / half 1–2 / year;
 * - `recurring`: `month` within the period (1–3 quarterly, 1–6 half-yearly, 1–12 yearly), `day` 1–31 or `"last"`,
 *   `weekday` 1–7 for weekly rules only; `day` is required unless `bound` is `"within"`;
 * - `rrule`, `before_deadline`, `urgent`, `same_day`, `reporting_window` (days 1–31).
 *
 * Embeds in plan schemas as any zod type. Optional fields given as `undefined` are accepted
 * here; {@link parseRule} drops them.
 *
 * @example
 * deadlineRuleSchema.safeParse({ kind: "relative", amount: 10, unit: "day", anchor: { text: "ngày ban hành" } }).success
 * //=> true
 * deadlineRuleSchema.safeParse({ kind: "relative", amount: 1.5, unit: "day", anchor: { text: "" } }).success
 * //=> false
 * @see Bộ luật Dân sự 2015, Điều 144–148
 * @remarks Since 0.1.0
 */
export const deadlineRuleSchema: z.ZodMiniType<DeadlineRule, unknown> = deadlineRuleSchemaInferred as unknown as z.ZodMiniType<DeadlineRule, unknown>;

/** zod schema of {@link Policy} fields, all optional, strict. @internal */
export const policySchemaInferred = z.strictObject({
  bareDayUnit: z.optional(z.enum(["calendar_day", "working_day"])),
  excludeStartDay: z.optional(z.boolean()),
  endOfDay: z.optional(z.enum(["midnight", "office_close"])),
  rollForward: z.optional(z.boolean()),
  beforeDate: z.optional(z.enum(["strict", "inclusive"])),
  rollBackward: z.optional(z.boolean()),
  monthOverflow: z.optional(z.enum(["clamp", "error"])),
  rollFixedDates: z.optional(z.boolean()),
  lateReceiptCutoff: z.optional(z.union([timeSchema, z.null()])),
  lateReceiptAtCutoff: z.optional(z.boolean()),
  workingDays: z.optional(z.enum(["whole_days", "office_hours"])),
  urgency: z.optional(z.strictObject({ hoa_toc: durationSchema, thuong_khan: durationSchema, khan: durationSchema })),
  reportingWindow: z.optional(z.strictObject({ fromDay: int(1, 31), toDay: int(1, 31) })),
  require: z.optional(z.enum(["any", "decided"])),
  snapNonWorkingDays: z.optional(z.boolean()),
});

/**
 * zod schema of policy overrides (`Partial<Policy>`), strict: an unknown field is an error.
 *
 * @example
 * policySchema.safeParse({ beforeDate: "inclusive" }).success //=> true
 * policySchema.safeParse({ beforeDates: "inclusive" }).success //=> false
 * @see Bộ luật Dân sự 2015, Điều 144–148
 * @remarks Since 0.1.0
 */
export const policySchema: z.ZodMiniType<Partial<Policy>, unknown> = policySchemaInferred as unknown as z.ZodMiniType<Partial<Policy>, unknown>;

/**
 * Maps zod issues to thoihan {@link Issue}s, keeping paths (prefixed by `path`): the mapping the
 * zod-free checker uses, applied to zod's issues.
 * @internal
 */
export function mapZodIssues(issues: readonly z.core.$ZodIssue[], path: readonly (string | number)[] = []): Issue[] {
  return mapIssues(issues as unknown as readonly IssueLike[], path);
}

export { dropUndefined, parsePolicy, parseRule, safeParseRule, validatePolicy, validateRule, type SafeParseRuleResult } from "./ruleCheck.js";
