/**
 * The zod schema of a yearly schedule file (lược đồ dữ liệu lịch nghỉ), used by the data tests
 * and by applications that load their own schedules.
 * @module
 */
import { z } from "zod";
import { readIsoDate } from "../day/dayNumber.js";
import type { YearSchedule } from "./types.js";

const isoDate = z.string().refine((s) => readIsoDate(s) !== undefined, { message: "expected an existing YYYY-MM-DD date" });
const holidayId = z.enum(["new_year", "tet", "hung_kings", "victory_day", "labour_day", "national_day", "culture_day"]);
const sourceKey = z.enum(["BLLD2012", "BLLD2019", "QD188", "NQ28", "S2019", "S2020", "S2021", "S2022", "S2023", "S2024", "S2024b", "S2025", "S2026a", "S2026b", "S2026c", "P2026", "S2027"]);

const scheduleRowSchema = z.strictObject({
  date: isoDate,
  weekday: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)]),
  kind: z.enum(["holiday", "compensatory_off", "swapped_off", "makeup_workday"]),
  holiday: holidayId,
  name: z.string().min(1).refine((s) => s === s.normalize("NFC"), { message: "expected NFC text" }),
  source: sourceKey,
  evidence: z.enum(["C", "D", "R", "M", "P"]),
  status: z.enum(["decided", "reported", "proposed"]),
});

/**
 * Zod schema of a {@link YearSchedule}: strict objects, existing ISO dates, known source keys and
 * holiday ids, NFC names. Ordering and weekday checks are left to the data tests.
 *
 * @example
 * yearScheduleSchema.safeParse(schedulesByYear[2025]).success //=> true
 * yearScheduleSchema.safeParse({ year: 2025 }).success        //=> false
 * @remarks Since 0.1.0
 */
export const yearScheduleSchema: z.ZodType<YearSchedule> = z.strictObject({
  year: z.number().int().min(1900).max(2199),
  decides: z.array(holidayId),
  plainDays: z.enum(["decided", "reported", "projected"]),
  sources: z.array(sourceKey),
  rows: z.array(scheduleRowSchema),
  note: z.string().optional(),
});
