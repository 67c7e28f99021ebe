/**
 * zod schemas of deadline rules (quy tắc thời hạn) and policies, and the boundary validator
 * {@link parseRule}. The schemas accept exactly the {@link DeadlineRule} union of `types.ts`:
 * strict objects (unknown keys are errors), integers where amounts and days are meant, and
 * ranges checked (month 1–12, day 1–31, quarter 1–4, half 1–2, time `"HH:mm"`).
 *
 * @module
 */
import * as z from "zod/mini";
import { isLeapYear, monthLength } from "../day/dayNumber.js";
import { InvalidInputError, issue, readPath, type Issue, type IssueCode } from "../errors.js";
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
  if (value.length !== 5 || value[2] !== ":") return false;
  const h = Number(value.slice(0, 2));
  const m = Number(value.slice(3, 5));
  if (!/^\d\d:\d\d$/.test(value)) return false;
  return (h < 24 && m < 60) || (h === 24 && m === 0);
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
  code: z.enum(["bare_day_unit", "month_end", "before_date_reading", "fixed_date_non_working", "local_convention", "anchor_unbound"]),
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
  "at",
  "base",
  "next",
  "nextLead",
  "cutoffEvent",
  "ordinal",
  "role",
] as const satisfies readonly (keyof Wording)[];

const wordingSchema = z.readonly(z.partialRecord(z.union([z.enum(WORDING_KEYS), z.templateLiteral(["label.", z.int().check(z.gte(0))])]), z.string()));

const alternativeSchema = z.strictObject({
  condition: z.string().check(z.minLength(1)),
  rule: z.lazy((): z.ZodMiniType<DeadlineRule> => deadlineRuleSchema),
});

const common = {
  role: z.optional(z.enum(["entry_into_force", "validity", "minimum_notice", "extension_limit"])),
  alternatives: z.optional(z.readonly(z.array(alternativeSchema).check(z.minLength(1)))),
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
  unit: z.enum(["day", "calendar_day", "working_day"]),
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

/** Removes keys whose value is `undefined`, recursively (zod keeps them; our types are exact). @internal */
export function dropUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => dropUndefined(v)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = dropUndefined(v);
    return out as T;
  }
  return value;
}

function received(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  return typeof input;
}

/**
 * Maps zod issues to thoihan {@link Issue}s, keeping paths (prefixed by `path`).
 * @internal
 */
export function mapZodIssues(issues: readonly z.core.$ZodIssue[], path: readonly (string | number)[] = []): Issue[] {
  const out: Issue[] = [];
  for (const zi of issues) {
    const at = [...path, ...zi.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    const input = (zi as { input?: unknown }).input;
    switch (zi.code) {
      case "custom": {
        const mine = (zi.params as Record<string, unknown> | undefined)?.[OWN] as { code: IssueCode; params: Record<string, unknown> } | undefined;
        if (mine !== undefined) out.push(issue(mine.code, mine.code === "invalid_time" ? { value: input } : mine.params, at));
        else out.push(issue("invalid_value", { value: input }, at));
        break;
      }
      case "invalid_type":
        if (input === undefined && zi.path.length > 0) out.push(issue("missing_required", { name: String(at[at.length - 1]) }, at));
        else if (zi.expected === "int" && typeof input === "number") out.push(issue("invalid_amount", { value: input }, at));
        else out.push(issue("invalid_type", { expected: zi.expected, received: received(input) }, at));
        break;
      case "unrecognized_keys":
        for (const key of zi.keys) out.push(issue("unknown_key", { key }, [...at, key]));
        break;
      case "too_small":
      case "too_big": {
        if (zi.origin === "array" || zi.origin === "string") {
          const items = zi.origin === "array";
          const reason = zi.code === "too_small" ? (items ? "too_few_items" : "too_short") : items ? "too_many_items" : "too_long";
          const bound = zi.code === "too_small" ? { min: Number(zi.minimum) } : { max: Number(zi.maximum) };
          out.push(issue("invalid_value", { value: input, reason, ...bound }, at));
        } else {
          const bound = zi.code === "too_small" ? { min: zi.minimum } : { max: zi.maximum };
          out.push(issue("invalid_amount", { value: input, ...bound }, at));
        }
        break;
      }
      case "invalid_format":
        out.push(issue("invalid_value", { value: input, expected: zi.format }, at));
        break;
      case "not_multiple_of":
        out.push(issue("invalid_amount", { value: input }, at));
        break;
      case "invalid_value":
        out.push(issue("invalid_value", { value: input, expected: zi.values.map((v) => String(v)).join(" | ") }, at));
        break;
      case "invalid_union": {
        const note = (zi as { note?: string }).note;
        if (note !== undefined && zi.errors.length === 0) {
          // discriminated union: the discriminator matched no member
          const options = (zi as { options?: unknown[] }).options;
          out.push(issue("invalid_value", { value: input, expected: options?.map(String).join(" | ") ?? note }, at));
        } else {
          // several alternatives failed: report the one that went furthest
          const best = zi.errors.slice().sort((a, b) => depth(b) - depth(a))[0];
          if (best !== undefined && best.length > 0) out.push(...mapZodIssues(best, at));
          else out.push(issue("invalid_value", { value: input }, at));
        }
        break;
      }
      default:
        out.push(issue("invalid_value", { value: input }, at));
    }
  }
  return out;
}

function depth(list: readonly z.core.$ZodIssue[]): number {
  return list.reduce((m, i) => Math.max(m, i.path.length + (i.code === "invalid_type" ? 0 : 1)), 0);
}

/** The result of {@link safeParseRule}: the rule, or the error {@link parseRule} would throw. */
export type SafeParseRuleResult =
  | { readonly success: true; readonly data: DeadlineRule }
  | { readonly success: false; readonly error: InvalidInputError };

/**
 * Checks a structured deadline rule (quy tắc thời hạn), e.g. one read from JSON, and returns it
 * typed and without `undefined` fields. `computeDeadline` and the plan parser call it on their input.
 *
 * @param value - Anything claimed to be a {@link DeadlineRule}.
 * @param path - Where the value sits in a larger input (prefixed to every issue path).
 * @returns The rule, a fresh object (the input is not mutated).
 * @throws {@link InvalidInputError} with first code `invalid_rule`, followed by one issue per
 *   problem (`invalid_type`, `missing_required`, `unknown_key`, `invalid_amount`, `invalid_value`,
 *   `invalid_date`, `invalid_time`), each with its path.
 * @example
 * parseRule({ kind: "fixed_date", dates: [{ year: 2023, month: 11, day: 14 }], bound: "before" })
 * //=> { kind: "fixed_date", dates: [{ year: 2023, month: 11, day: 14 }], bound: "before" }
 * try {
 *   parseRule({ kind: "fixed_date", dates: [{ month: 2, day: 30 }], bound: "by" });
 * } catch (error) {
 *   if (error instanceof ThoihanError) error.issues.map((i) => i.code); //=> ["invalid_rule", "invalid_date"]
 * }
 * @remarks Since 0.2.0 (was `validateRule`)
 */
export function parseRule(value: unknown, path: readonly (string | number)[] = []): DeadlineRule {
  path = readPath(path);
  const result = deadlineRuleSchemaInferred.safeParse(value, { reportInput: true });
  if (result.success) return dropUndefined(result.data) as DeadlineRule;
  const issues = mapZodIssues(result.error.issues, path);
  const kind = value !== null && typeof value === "object" ? (value as { kind?: unknown }).kind : undefined;
  throw new InvalidInputError([issue("invalid_rule", { kind, problems: issues.length }, path), ...issues]);
}

/**
 * {@link parseRule} without throwing on a bad rule: `{ success: true, data }` or
 * `{ success: false, error }` (as zod's `safeParse`).
 *
 * @param value - Anything claimed to be a {@link DeadlineRule}.
 * @returns The rule or the {@link InvalidInputError} that {@link parseRule} would throw.
 * @example
 * safeParseRule({ kind: "urgent", level: "hoa_toc" }).success //=> true
 * safeParseRule({ kind: "urgent", level: "soon" }).success    //=> false
 * @remarks Since 0.2.0
 */
export function safeParseRule(value: unknown): SafeParseRuleResult {
  try {
    return { success: true, data: parseRule(value) };
  } catch (error) {
    if (error instanceof InvalidInputError) return { success: false, error };
    throw error;
  }
}

/**
 * Same as {@link parseRule}.
 *
 * @param value - Anything claimed to be a {@link DeadlineRule}.
 * @param path - Where the value sits in a larger input.
 * @returns The rule, a fresh object.
 * @throws {@link InvalidInputError} as {@link parseRule}.
 * @example
 * validateRule({ kind: "urgent", level: "khan" }) //=> { kind: "urgent", level: "khan" }
 * @deprecated Use {@link parseRule} (or {@link safeParseRule}); removed in 1.0.
 * @remarks Since 0.1.0
 */
export function validateRule(value: unknown, path: readonly (string | number)[] = []): DeadlineRule {
  return parseRule(value, path);
}

/**
 * Checks policy overrides (`Partial<Policy>`), e.g. read from JSON: an unknown field or a bad value
 * is an error.
 *
 * @param value - Policy fields to override, or `undefined`.
 * @param path - Where the value sits in a larger input.
 * @returns The overrides without `undefined` fields (a fresh object).
 * @throws {@link InvalidInputError} with first code `invalid_option`, then one issue per problem.
 * @example
 * parsePolicy({ rollForward: false }) //=> { rollForward: false }
 * parsePolicy({ monthOverflow: "wrap" }) // throws InvalidInputError [invalid_option]
 * @see Bộ luật Dân sự 2015, Điều 145.1 (the Code's rules apply unless a law or the parties say otherwise)
 * @remarks Since 0.2.0 (was `validatePolicy`)
 */
export function parsePolicy(value: unknown, path: readonly (string | number)[] = []): Partial<Policy> {
  path = readPath(path);
  if (value === undefined) return {};
  const result = policySchemaInferred.safeParse(value, { reportInput: true });
  if (result.success) return dropUndefined(result.data) as Partial<Policy>;
  const issues = mapZodIssues(result.error.issues, path);
  // a summary, as invalid_rule and invalid_plan: the problems follow, each once with its own path
  throw new InvalidInputError([issue("invalid_option", { name: "policy", problems: issues.length }, path), ...issues]);
}

/**
 * Validates policy overrides (`Partial<Policy>`) at the boundary.
 *
 * @param value - Policy fields to override, or `undefined`.
 * @param path - Where the value sits in a larger input.
 * @returns The overrides without `undefined` fields (a fresh object).
 * @throws {@link InvalidInputError} with first code `invalid_option` (name "policy", the count of problems), then one issue per problem; `invalid_option` (name "path") for a `path` that is not a list of keys.
 * @example
 * validatePolicy({ rollForward: false }) //=> { rollForward: false }
 * validatePolicy({ monthOverflow: "wrap" }) // throws InvalidInputError [invalid_option]
 * @deprecated Use {@link parsePolicy}; removed in 1.0.
 * @remarks Since 0.1.0
 */
export function validatePolicy(value: unknown, path: readonly (string | number)[] = []): Partial<Policy> {
  return parsePolicy(value, path);
}
