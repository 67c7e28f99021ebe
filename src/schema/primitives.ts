/**
 * Small zod building blocks shared by the plan and event schemas: ids, dates, instants,
 * period labels, urgency levels, deadlines (phrase or rule) and event filters.
 * @internal
 * @module
 */
import { z } from "zod";
import { readIsoDate } from "../day/dayNumber.js";
import { readInstant } from "../day/instant.js";
import { deadlineRuleSchema } from "../deadline/ruleSchema.js";
import type { IssueCode } from "../errors.js";

/** The params key under which a custom zod issue carries our own code (shared with `deadline/ruleSchema`). @internal */
export const OWN = "thoihan";

/** Adds a custom issue carrying a thoihan code through zod. @internal */
export function addOwnIssue(
  ctx: z.core.$RefinementCtx<string>,
  code: IssueCode,
  params: Record<string, unknown>,
  path: (string | number)[] = [],
): void {
  ctx.addIssue({ code: "custom", path, message: code, input: params["value"], params: { [OWN]: { code, params } } });
}

/** An identifier of a plan, unit, obligation, criterion or event: a non-empty string. @internal */
export const idSchema = z.string().min(1).max(500);

/** An event type, e.g. `"document_issued"`. @internal */
export const eventTypeSchema = z.string().min(1).max(200);

/** One event type or several. @internal */
export const eventTypesSchema = z.union([eventTypeSchema, z.array(eventTypeSchema).min(1)]);

/** `YYYY-MM-DD`, an existing civil date. @internal */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .superRefine((value, ctx) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && readIsoDate(value) === undefined) addOwnIssue(ctx, "invalid_date", { value });
  });

/** Instant pattern for editors; the check itself is {@link readInstant}. @internal */
export const INSTANT_PATTERN = "^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}([.,]\\d+)?)?(Z|[+-]\\d{2}(:?\\d{2})?)?)?$";

/** An ISO 8601 instant; without an offset it is read in Asia/Ho_Chi_Minh; a bare date means its 00:00. @internal */
export const instantSchema = z
  .string()
  .superRefine((value, ctx) => {
    if (readInstant(value) === undefined) addOwnIssue(ctx, "invalid_instant", { value });
  })
  .meta({ pattern: INSTANT_PATTERN, description: "ISO 8601 instant, e.g. 2024-01-09T14:00:00+07:00 (no offset = Asia/Ho_Chi_Minh)" });

/**
 * The shape of reporting-period labels: `2024`, `2024-H1`, `2024-Q3`, `2024-07`, `2024-W27`,
 * `2024-07-05` (months 01–12, weeks 01–53, days 01–31); {@link isPeriodLabel} also checks that
 * the week or the day exists. @internal
 */
export const PERIOD_PATTERN = /^\d{4}(-(H[12]|Q[1-4]|W(0[1-9]|[1-4]\d|5[0-3])|(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?))?$/;

/** Whether an ISO week-numbering year has 53 weeks: it starts on a Thursday, or is a leap year starting on a Wednesday. */
function hasWeek53(year: number): boolean {
  const jan1 = new Date(0);
  jan1.setUTCFullYear(year, 0, 1);
  const weekday = jan1.getUTCDay();
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return weekday === 4 || (leap && weekday === 3);
}

/**
 * Whether a text is an existing reporting period: `2024`, `2024-H1`, `2024-Q3`, `2024-07`,
 * `2024-W27` (a week of that ISO year: W53 only in years that have one), `2024-07-05` (an
 * existing date). `2024-13`, `2024-W99` and `2024-02-30` are not. @internal
 */
export function isPeriodLabel(value: string): boolean {
  if (!PERIOD_PATTERN.test(value)) return false;
  if (value.length === 10) return readIsoDate(value) !== undefined;
  if (value.length === 8 && value.charCodeAt(5) === 87 /* W */ && value.endsWith("53")) return hasWeek53(Number(value.slice(0, 4)));
  return true;
}

/** A reporting-period label (an existing period, see {@link isPeriodLabel}). @internal */
export const periodLabelSchema = z
  .string()
  .regex(PERIOD_PATTERN)
  .superRefine((value, ctx) => {
    if (PERIOD_PATTERN.test(value) && !isPeriodLabel(value)) addOwnIssue(ctx, "invalid_value", { value, expected: "an existing period (YYYY, YYYY-H1, YYYY-Q1, YYYY-MM, YYYY-Www, YYYY-MM-DD)" });
  });

/** Urgency marks (độ khẩn) of NĐ 30/2020: hỏa tốc, thượng khẩn, khẩn. @internal */
export const urgencySchema = z.enum(["hoa_toc", "thuong_khan", "khan"]);

/** A deadline written as a Vietnamese phrase or as a structured rule. @internal */
export const deadlineSpecSchema = z.union([
  z.string().min(1).meta({ description: 'Vietnamese deadline phrase, e.g. "chậm nhất 3 ngày kể từ ngày ban hành"' }),
  deadlineRuleSchema,
]);

/** Scalar values an event filter compares with. @internal */
const scalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** Keys of an event that a filter may test (besides `data.<name>`). @internal */
export const FILTER_FIELDS: readonly string[] = Object.freeze(["subject", "unit", "period", "urgency"]);

/**
 * Which events: a type (or several) and optional equality tests on the event's fields
 * (`subject`, `unit`, `period`, `urgency`, `data.<name>`); an array value means "any of".
 * @internal
 */
export const eventFilterSchema = z.strictObject({
  type: eventTypesSchema,
  where: z.record(z.string(), z.union([scalarSchema, z.array(scalarSchema).min(1)])).optional(),
});
