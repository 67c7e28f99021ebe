/**
 * Office hours (giờ hành chính) as data: provincial schedules and the defaults of one-stop
 * (một cửa) systems. Every schedule here has 8 office hours a day, the civil-service day of
 * QĐ 188/1999/QĐ-TTg (40 hours in 5 days); no national text fixes the clock times, each UBND
 * tỉnh announces its own.
 *
 * Data only: no logic. Pass a schedule to `createCalendar({ officeHours })`.
 *
 * @module
 */
import type { DataStatus, OfficeHours, OfficeSession } from "../../calendar/types.js";

/**
 * A named office-hours (giờ hành chính) schedule with how sure it is.
 *
 * @example
 * officeHoursEntries.find((e) => e.id === "hai-duong")?.status //=> "decided"
 * @remarks Since 0.1.0
 */
export interface OfficeHoursEntry {
  /** Stable identifier, e.g. `"hai-duong"`. */
  readonly id: string;
  readonly hours: OfficeHours;
  /** `decided` when an official notice fixes the hours; absent for system defaults and examples, which no notice decides. */
  readonly status?: DataStatus;
  /** What the schedule is, and the limits of its evidence. */
  readonly note: string;
}

const MORNING_0700_1130: OfficeSession = Object.freeze({ start: "07:00", end: "11:30" });
const AFTERNOON_1330_1700: OfficeSession = Object.freeze({ start: "13:30", end: "17:00" });
const MORNING_0730_1200: OfficeSession = Object.freeze({ start: "07:30", end: "12:00" });
const AFTERNOON_1300_1630: OfficeSession = Object.freeze({ start: "13:00", end: "16:30" });
const MORNING_0730_1130: OfficeSession = Object.freeze({ start: "07:30", end: "11:30" });
const AFTERNOON_1300_1700: OfficeSession = Object.freeze({ start: "13:00", end: "17:00" });

const SUMMER_HAI_DUONG: readonly OfficeSession[] = Object.freeze([MORNING_0700_1130, AFTERNOON_1330_1700]);
const WINTER_HAI_DUONG: readonly OfficeSession[] = Object.freeze([MORNING_0730_1200, AFTERNOON_1300_1630]);

/**
 * Office hours of Hải Dương province (giờ làm việc mùa hè / mùa đông), 8 hours a day:
 * - summer, 01/4 – 31/10: 07:00–11:30 and 13:30–17:00;
 * - winter, 01/11 – 31/3: 07:30–12:00 and 13:00–16:30.
 *
 * First set by TB 34/TB-UBND of UBND tỉnh Hải Dương (20/3/2014) and repeated by later yearly
 * notices (the 2023–2024 winter and 2024 summer notices give the same hours). Hải Dương became
 * part of Hải Phòng on 01/7/2025; a schedule of the merged city was not found, so whether these
 * hours still apply there is for the caller to confirm.
 *
 * @example
 * createCalendar({ officeHours: haiDuongOfficeHours }).addWorkingHours("2024-10-31T14:00+07:00", 8)
 * //~> "2024-11-01T13:30:00+07:00" (5 h into the day: 4.5 h of winter morning, then 30 min)
 * @see TB 34/TB-UBND, UBND tỉnh Hải Dương, 20/3/2014 (giờ làm việc mùa hè, mùa đông)
 * @remarks Since 0.1.0
 */
export const haiDuongOfficeHours: OfficeHours = Object.freeze({
  name: "Hải Dương (giờ làm việc mùa hè, mùa đông)",
  sessions: SUMMER_HAI_DUONG,
  seasons: Object.freeze([
    Object.freeze({ from: "04-01", to: "10-31", sessions: SUMMER_HAI_DUONG, name: "Mùa hè" }),
    Object.freeze({ from: "11-01", to: "03-31", sessions: WINTER_HAI_DUONG, name: "Mùa đông" }),
  ]),
  source: Object.freeze({ doc: "TB 34/TB-UBND của UBND tỉnh Hải Dương và các thông báo hằng năm sau đó", date: "2014-03-20" }),
}) satisfies OfficeHours;

/**
 * The default office hours of one-stop (một cửa) systems: 07:00–11:30 and 13:30–17:00, all year,
 * 8 hours a day. It is the built-in default of the Tân Dân one-stop system (Thanh Hóa) and of
 * OpenCPS, which agencies may reconfigure; it is a system default, not an official notice.
 *
 * @example
 * createCalendar({ officeHours: oneStopDefaultOfficeHours }).addWorkingHours("2024-01-09T16:00+07:00", 4)
 * //~> "2024-01-10T10:00:00+07:00" (1 h on Tuesday, 3 h on Wednesday morning)
 * @see Tân Dân/Thanh Hóa one-stop system, default session settings; OpenCPS `BetimeUtils` defaults.
 * @remarks Since 0.1.0
 */
export const oneStopDefaultOfficeHours: OfficeHours = Object.freeze({
  name: "Mặc định hệ thống một cửa",
  sessions: Object.freeze([MORNING_0700_1130, AFTERNOON_1330_1700]),
  source: Object.freeze({ doc: "Cấu hình mặc định của hệ thống một cửa điện tử (Tân Dân/Thanh Hóa; OpenCPS)" }),
}) satisfies OfficeHours;

/**
 * A generic example of office hours: 07:30–11:30 and 13:00–17:00, all year, 8 hours a day.
 * Not the schedule of any particular agency.
 *
 * @example
 * createCalendar({ officeHours: standardOfficeHours }).addWorkingHours("2024-01-09T14:00+07:00", 8)
 * //~> "2024-01-10T14:00:00+07:00"
 * @see QĐ 188/1999/QĐ-TTg (40-hour, 5-day week of the civil service)
 * @remarks Since 0.1.0
 */
export const standardOfficeHours: OfficeHours = Object.freeze({
  name: "Giờ hành chính (ví dụ)",
  sessions: Object.freeze([MORNING_0730_1130, AFTERNOON_1300_1700]),
}) satisfies OfficeHours;

/**
 * Every office-hours (giờ hành chính) schedule shipped, with its status.
 *
 * @example
 * officeHoursEntries.map((e) => e.id) //=> ["hai-duong", "one-stop-default", "standard"]
 * @remarks Since 0.1.0
 */
export const officeHoursEntries: readonly OfficeHoursEntry[] = Object.freeze([
  Object.freeze({
    id: "hai-duong",
    hours: haiDuongOfficeHours,
    status: "decided",
    note: "UBND tỉnh Hải Dương, TB 34/TB-UBND (20/3/2014) and later yearly notices; summer 01/4–31/10, winter 01/11–31/3. Part of Hải Phòng since 01/7/2025; the merged city's schedule was not found.",
  }),
  Object.freeze({
    id: "one-stop-default",
    hours: oneStopDefaultOfficeHours,
    note: "Built-in default of the Tân Dân (Thanh Hóa) and OpenCPS one-stop systems, read from their configuration; agencies may change it.",
  }),
  Object.freeze({
    id: "standard",
    hours: standardOfficeHours,
    note: "A generic example of an 8-hour day with a lunch break; not any agency's official schedule.",
  }),
] satisfies readonly OfficeHoursEntry[]);
