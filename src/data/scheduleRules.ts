/**
 * The allowed values of a yearly schedule, shared by its zod schema (`schema.ts`) and by the
 * zod-free check that `createCalendar({ schedules })` runs (`checkSchedules.ts`), so that both
 * apply the same rules. @internal
 * @module
 */
import type { Evidence, HolidayId, ScheduleRowKind, ScheduleRowStatus, SourceKey, YearSchedule } from "./types.js";

/** @internal */
export const HOLIDAY_IDS = ["new_year", "tet", "hung_kings", "victory_day", "labour_day", "national_day", "culture_day"] as const satisfies readonly HolidayId[];
/** @internal */
export const SCHEDULE_ROW_KINDS = ["holiday", "compensatory_off", "swapped_off", "makeup_workday"] as const satisfies readonly ScheduleRowKind[];
/** @internal */
export const EVIDENCE = ["C", "D", "R", "M", "P"] as const satisfies readonly Evidence[];
/** @internal */
export const ROW_STATUSES = ["decided", "reported", "proposed"] as const satisfies readonly ScheduleRowStatus[];
/** @internal */
export const PLAIN_DAY_STATUSES = ["decided", "reported", "projected"] as const satisfies readonly YearSchedule["plainDays"][];
/** The keys of the shipped documents. @internal */
export const SHIPPED_SOURCE_KEYS = [
  "BLLD2012", "BLLD2019", "QD188", "NQ28", "S2019", "S2020", "S2021", "S2022", "S2023", "S2024", "S2024b", "S2025", "S2026a", "S2026b", "S2026c", "P2026", "S2027",
] as const satisfies readonly SourceKey[];

const SHIPPED = new Set<string>(SHIPPED_SOURCE_KEYS);

/** True for a key of a shipped document. @internal */
export function isShippedSource(key: unknown): key is SourceKey {
  return typeof key === "string" && SHIPPED.has(key);
}

/**
 * The source keys of a (structurally valid) schedule that are neither shipped nor declared in its
 * `documents`, with their paths inside the schedule. @internal
 */
export function undeclaredSources(s: { readonly sources: readonly string[]; readonly rows: readonly { readonly source: string }[]; readonly documents?: Readonly<Record<string, unknown>> | undefined }): { key: string; path: readonly (string | number)[] }[] {
  const known = (key: string): boolean => SHIPPED.has(key) || (s.documents !== undefined && Object.prototype.hasOwnProperty.call(s.documents, key));
  const out: { key: string; path: readonly (string | number)[] }[] = [];
  s.sources.forEach((key, i) => {
    if (!known(key)) out.push({ key, path: ["sources", i] });
  });
  s.rows.forEach((row, i) => {
    if (!known(row.source)) out.push({ key: row.source, path: ["rows", i, "source"] });
  });
  return out;
}
