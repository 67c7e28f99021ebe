/**
 * Working calendars (lịch làm việc): the civil-service calendar, `createCalendar`, and their types.
 * @module
 */
export { civilServiceCalendar, createCalendar, officeClockOf } from "./workCalendar.js";
export type {
  CalendarOptions,
  CalendarQueryOptions,
  DataStatus,
  DayIndex,
  DayInfo,
  DayKind,
  DayOverride,
  OfficeHourOptions,
  OfficeHours,
  OfficeSeason,
  OfficeSession,
  SourceRef,
  WorkCalendar,
} from "./types.js";
