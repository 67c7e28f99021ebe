/**
 * thoihan — Vietnamese administrative deadlines (thời hạn): the working calendar, the lunar
 * calendar, Bộ luật Dân sự 2015 time-limit semantics, deadline phrases and plan evaluation.
 *
 * A curated list of named exports; nothing is re-exported wholesale.
 * @module
 */
export {
  ThoihanError,
  InvalidInputError,
  CalendarRangeError,
  CalendarCoverageError,
  PhraseParseError,
  formatIssue,
  type Issue,
  type IssueCode,
  type Locale,
} from "./errors.js";
export {
  toDayNumber,
  fromDayNumber,
  dayNumberFromYmd,
  ymdFromDayNumber,
  weekday,
  weekdayOf,
  addDays,
  isIsoDate,
  daysInMonth,
  MIN_DATE,
  MAX_DATE,
  type IsoDate,
  type DayNumber,
  type Weekday,
  type Ymd,
} from "./day/dayNumber.js";
export { civilDateOf, instantToEpochMs, epochMsToInstant, startOfDayInstant, type Instant } from "./day/instant.js";
export {
  solarToLunar,
  lunarToSolar,
  dayNumberToLunar,
  lunarToDayNumber,
  leapMonthOf,
  lunarMonthLength,
  lunarNewYear,
  type LunarDate,
  type LunarDateInput,
} from "./lunar/index.js";
export {
  civilServiceCalendar,
  createCalendar,
  type CalendarOptions,
  type CalendarQueryOptions,
  type DataStatus,
  type DayIndex,
  type DayInfo,
  type DayKind,
  type DayOverride,
  type OfficeHourOptions,
  type OfficeHours,
  type OfficeSeason,
  type OfficeSession,
  type SourceRef,
  type WorkCalendar,
} from "./calendar/index.js";
export { createOfficeClock, validateOfficeHours, type OfficeClock } from "./calendar/officeHours.js";
