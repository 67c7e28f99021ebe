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
export { computeDeadline } from "./deadline/computeDeadline.js";
export { explainDeadline, formatTraceStep, formatRuleNote } from "./deadline/explain.js";
export { DEFAULT_POLICY, resolvePolicy } from "./deadline/policy.js";
export { deadlineRuleSchema, policySchema, validateRule, validatePolicy } from "./deadline/ruleSchema.js";
export { listOccurrences, type ListOccurrencesOptions } from "./recurrence/listOccurrences.js";
export type {
  DeadlineRule,
  RelativeRule,
  FixedDateRule,
  PeriodRule,
  RecurringRule,
  RruleRule,
  BeforeDeadlineRule,
  UrgentRule,
  SameDayRule,
  ReportingWindowRule,
  RuleCommon,
  RuleNote,
  UrgencyException,
  UrgencyLevel,
  Duration,
  DurationUnit,
  Anchor,
  DateSpec,
  DateBound,
  PeriodSpec,
  Policy,
  DeadlineContext,
  Deadline,
  TraceStep,
  TraceCode,
  LegalBasis,
} from "./deadline/types.js";
export {
  parseDeadline,
  safeParseDeadline,
  formatDeadline,
  parseQuota,
  MAX_PHRASE_LENGTH,
  type SafeParseDeadlineResult,
  type FormatDeadlineOptions,
  type Quota,
} from "./phrase/index.js";
