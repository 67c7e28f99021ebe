/**
 * The zod schema of a yearly schedule file (lược đồ dữ liệu lịch nghỉ), used by the data tests
 * and by applications that load their own schedules.
 * @module
 */
import { z } from "zod";
import { readIsoDate } from "../day/dayNumber.js";
import { HOLIDAY_IDS, SCHEDULE_ROW_KINDS, EVIDENCE, ROW_STATUSES, PLAIN_DAY_STATUSES, SHIPPED_SOURCE_KEYS, undeclaredSources } from "./scheduleRules.js";
import type { YearSchedule } from "./types.js";

const isoDate = z.string().refine((s) => readIsoDate(s) !== undefined, { message: "expected an existing YYYY-MM-DD date" });
const holidayId = z.enum(HOLIDAY_IDS);
const nfc = z.string().min(1).refine((s) => s === s.normalize("NFC"), { message: "expected NFC text" });
const sourceKey = z.string().min(1);

const scheduleRowSchema = z.strictObject({
  date: isoDate,
  weekday: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)]),
  kind: z.enum(SCHEDULE_ROW_KINDS),
  holiday: holidayId,
  name: nfc,
  source: sourceKey,
  evidence: z.enum(EVIDENCE),
  status: z.enum(ROW_STATUSES),
});

const documentSchema = z.strictObject({
  doc: nfc,
  number: z.string().min(1).optional(),
  date: isoDate.optional(),
  issuer: nfc,
  evidence: z.enum(EVIDENCE),
  url: z.string().min(1).optional(),
  note: z.string().optional(),
});

/**
 * Zod schema of a {@link YearSchedule}: strict objects, existing ISO dates, holiday ids, NFC names,
 * and source keys that are shipped ({@link sources}) or declared in the schedule's `documents`.
 * Ordering and weekday checks are left to the data tests (and to `createCalendar({ schedules })`,
 * which applies the same rules without zod and checks those too).
 *
 * @example
 * yearScheduleSchema.safeParse(schedulesByYear[2025]).success //=> true
 * yearScheduleSchema.safeParse({ year: 2025 }).success        //=> false
 * @remarks Since 0.1.0
 */
export const yearScheduleSchema: z.ZodType<YearSchedule<string>> = z
  .strictObject({
    year: z.number().int().min(1900).max(2199),
    decides: z.array(holidayId),
    plainDays: z.enum(PLAIN_DAY_STATUSES),
    sources: z.array(sourceKey),
    documents: z.record(z.string().min(1), documentSchema).optional(),
    rows: z.array(scheduleRowSchema),
    note: z.string().optional(),
  })
  .superRefine((s, ctx) => {
    for (const { key, path } of undeclaredSources(s)) {
      ctx.addIssue({ code: "custom", path: [...path], input: key, message: `unknown source "${key}": expected one of ${SHIPPED_SOURCE_KEYS.join(", ")} or a key of documents` });
    }
  }) as unknown as z.ZodType<YearSchedule<string>>; // zod writes optional fields as `T | undefined`
