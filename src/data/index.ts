/**
 * `thoihan/data`: the official day-off data of Vietnam (dữ liệu ngày nghỉ lễ, tết) as frozen
 * plain objects, so applications can pin, inspect or replace it: the statutory rules, one
 * schedule per year (2019 onwards), the cited documents and the zod schema of a schedule.
 *
 * This is the only module that imports the files of `src/data/`.
 * @module
 */
import type { HolidayId, SourceDocument, SourceKey, StatutoryRules, YearSchedule } from "./types.js";
import { sources as rawSources } from "./sources.js";
import { statutory as rawStatutory } from "./vn/statutory.js";
import { schedule2019 } from "./vn/schedules/2019.js";
import { schedule2020 } from "./vn/schedules/2020.js";
import { schedule2021 } from "./vn/schedules/2021.js";
import { schedule2022 } from "./vn/schedules/2022.js";
import { schedule2023 } from "./vn/schedules/2023.js";
import { schedule2024 } from "./vn/schedules/2024.js";
import { schedule2025 } from "./vn/schedules/2025.js";
import { schedule2026 } from "./vn/schedules/2026.js";
import { schedule2027 } from "./vn/schedules/2027.js";

export type {
  CompensatoryRule,
  Evidence,
  HolidayDate,
  HolidayId,
  HolidayRule,
  RuleSource,
  ScheduleDocument,
  ScheduleRow,
  ScheduleRowKind,
  ScheduleRowStatus,
  SourceDocument,
  SourceKey,
  StatutoryRules,
  WeeklyRestRule,
  YearSchedule,
} from "./types.js";
export { yearScheduleSchema } from "./schema.js";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The statutory days off (ngày nghỉ theo luật): holiday rules with their validity, nghỉ bù rules
 * and the civil-service weekly rest, each citing its article.
 *
 * @example
 * statutory.holidays.filter((r) => r.id === "national_day").map((r) => r.days) //=> [1, 2]
 * @see Bộ luật Lao động 2012, Điều 115; Bộ luật Lao động 2019, Điều 111–112; QĐ 188/1999/QĐ-TTg
 * @remarks Since 0.1.0
 */
export const statutory: StatutoryRules = deepFreeze(rawStatutory);

/**
 * The documents cited by the data, by key (văn bản nguồn).
 *
 * @example
 * sources.S2025.number //=> "8726/VPCP-KGVX"
 * @remarks Since 0.1.0
 */
export const sources: Readonly<Record<SourceKey, SourceDocument>> = deepFreeze(rawSources);

/**
 * The official yearly schedules (lịch nghỉ lễ, tết hằng năm) of cán bộ, công chức, viên chức,
 * sorted by year.
 *
 * @example
 * schedules.map((s) => s.year) //~> [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]
 * @see docs/updating-schedules.md (how to add a year)
 * @remarks Since 0.1.0
 */
export const schedules: readonly YearSchedule[] = deepFreeze([
  schedule2019,
  schedule2020,
  schedule2021,
  schedule2022,
  schedule2023,
  schedule2024,
  schedule2025,
  schedule2026,
  schedule2027,
]);

/**
 * The yearly schedules by year.
 *
 * @example
 * schedulesByYear[2025]?.rows.length //~> 13
 * schedulesByYear[2030]              //~> undefined
 * @remarks Since 0.1.0
 */
export const schedulesByYear: Readonly<Partial<Record<number, YearSchedule>>> = deepFreeze(
  Object.fromEntries(schedules.map((s) => [s.year, s])),
);

/**
 * Every statutory holiday id, in calendar order.
 *
 * @example
 * holidayIds[0] //=> "new_year"
 * @remarks Since 0.1.0
 */
export const holidayIds: readonly HolidayId[] = deepFreeze([
  "new_year",
  "tet",
  "hung_kings",
  "victory_day",
  "labour_day",
  "national_day",
  "culture_day",
] as HolidayId[]);

export {
  haiDuongOfficeHours,
  oneStopDefaultOfficeHours,
  standardOfficeHours,
  officeHoursEntries,
  type OfficeHoursEntry,
} from "./vn/officeHours.js";
