/**
 * thoihan — Vietnamese administrative deadlines (thời hạn): the working calendar, the lunar
 * calendar, Bộ luật Dân sự 2015 time-limit semantics, deadline phrases and plan evaluation.
 *
 * A curated list of named exports, grouped by what a program does with them; nothing is
 * re-exported wholesale. Day-number arithmetic, office-hour clocks and zod schemas of plans are
 * internal. Test authors: see `thoihan/testing`; the official tables: `thoihan/data`.
 * @module
 */

// ── Errors: every error the library throws on bad input is a ThoihanError ─────────────────────
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

// ── Days and instants: ISO strings at the boundary ─────────────────────────────────────────────
export { isIsoDate, weekday, MIN_DATE, MAX_DATE, type IsoDate, type Weekday } from "./day/dayNumber.js";
export { civilDateOf, type Instant, type InstantInput } from "./day/instant.js";

// ── The working calendar (lịch làm việc) ───────────────────────────────────────────────────────
export {
  civilServiceCalendar,
  createCalendar,
  type WorkCalendar,
  type CalendarOptions,
  type CalendarQueryOptions,
  type DataStatus,
  type DayInfo,
  type DayKind,
  type DayOverride,
  type OfficeHourOptions,
  type OfficeHours,
  type OfficeSeason,
  type OfficeSession,
  type SourceRef,
} from "./calendar/index.js";

// ── The Vietnamese lunar calendar (âm lịch, UTC+7) ─────────────────────────────────────────────
export {
  solarToLunar,
  lunarToSolar,
  lunarNewYear,
  leapMonthOf,
  lunarMonthLength,
  type LunarDate,
  type LunarDateInput,
} from "./lunar/index.js";

// ── Deadlines: phrases, rules, policies, computation and explanation ───────────────────────────
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
export { computeDeadline } from "./deadline/computeDeadline.js";
export { explainDeadline, formatTraceStep, formatRuleNote } from "./deadline/explain.js";
export { DEFAULT_POLICY, resolvePolicy } from "./deadline/policy.js";
export { parseRule, safeParseRule, parsePolicy, type SafeParseRuleResult } from "./deadline/ruleSchema.js";
export { listOccurrences, type ListOccurrencesOptions } from "./deadline/listOccurrences.js";
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
  RollByText,
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

// ── Plans and events ───────────────────────────────────────────────────────────────────────────
export {
  parsePlan,
  safeParsePlan,
  parseEvent,
  planJsonSchema,
  eventJsonSchema,
  type SafeParsePlanResult,
  type JsonSchema,
  type Event,
  type Plan,
  type PlanInput,
  type PlanOf,
  type Obligation,
  type ObligationInput,
  type ObligationCommon,
  type TriggeredObligation,
  type RecurringObligation,
  type DatedObligation,
  type DerivedObligation,
  type DerivedOn,
  type QuotaObligation,
  type QuotaSpec,
  type QuotaPeriod,
  type EventFilter,
  type FilterValue,
  type Unit,
  type CalendarOverrides,
  type PlanDayOverride,
  type PlanOfficeHours,
  type PlanOfficeSession,
  type Target,
  type Extensions,
  type MatchMode,
  type CriterionRef,
  type DeadlineSpec,
} from "./schema/index.js";

// ── Evaluation and summaries ───────────────────────────────────────────────────────────────────
export {
  summarize,
  DEFAULT_RATE,
  type FindingRow,
  type Accounting,
  type Deduction,
  type DeductionReason,
  type DueSoon,
  type Evaluation as EngineEvaluation,
  type EventRole,
  type Finding,
  type FindingNote,
  type FindingStatus,
  type FindingTarget,
  type IgnoredEvent,
  type IgnoreReason,
  type ObligationKind,
  type RateCategory,
  type RateDefinition,
  type ReportingWindow,
  type Summary,
  type SummaryOptions,
  type SummaryRow,
  type TargetStatus,
  type UsedEvent,
} from "./engine/index.js";

// ── Time expressions in documents: roles, alternatives, findDeadlines, draftPlan ─────────────────
// Phrase forms beyond the seeds (docs/phrases.md): the role of a time expression that is not a
// deadline, alternatives by case, the typed wording, and the codes of a phrase's contradictions.
export type { RuleRole, RuleAlternative, Wording } from "./deadline/types.js";
export type { PhraseReason } from "./messages/phraseReasons.js";
// Finding time expressions in running text, and drafting plans from notices (findDeadlines,
// scanDeadlines, draftPlan; docs/find-and-draft.md).
export {
  findDeadlines,
  scanDeadlines,
  DEADLINE_ROLES,
  type DeadlineMatch,
  type DeadlineRole,
  type DeadlineScan,
  type QuotaMatch,
  type UnreadFragment,
} from "./phrase/index.js";
export {
  draftPlan,
  formatUnresolved,
  type DraftPlanOptions,
  type DraftResult,
  type UnresolvedReason,
  type UnresolvedRow,
  type UnreadInRow,
} from "./draft/index.js";

// ── Scores: criteria trees, deductions, points lost, what-if ───────────────────────────────────
export {
  criterionSchema,
  safeParseCriteria,
  type Criterion,
  type CriterionRule,
  type CriterionRuleKind,
  type CriterionRate,
  type CriterionEffect,
  type PerViolationRule,
  type RateBandsRule,
  type RateBand,
  type ProportionalRule,
  type AllOrNothingRule,
  type ConditionsRule,
  type ConditionTest,
  type Condition,
  type ExternalRule,
  type EmptyChoice,
  type ClassBand,
  type Assessment,
  type SafeParseCriteriaResult,
  type CriteriaContext,
} from "./schema/criteria.js";
export {
  evaluate,
  score,
  formatScoreSheet,
  formatPoints,
  pointsLost,
  compare,
  whatIf,
  withPolicy,
  shiftEvents,
  removeEvents,
  pointsAtRisk,
  type Evaluation,
  type EvaluateOptions,
  type ScoreNode,
  type ScoreOptions,
  type ScoreBasis,
  type ScoredPeriod,
  type NotApplicableReason,
  type LostGrouping,
  type LostRow,
  type Comparison,
  type FindingChange,
  type FindingChangeKind,
  type ScoreChange,
  type WhatIf,
  type WhatIfChange,
  type EventSelector,
  type AtRiskFinding,
  type PointsAtRisk,
} from "./scoring/index.js";

// ── Reports: tables, CSV, Markdown, JSON and iCalendar (pure: strings, no I/O) ──────────────────
export {
  renderEvaluation,
  renderDaysOff,
  whyFinding,
  renderScoreSheet,
  renderComparison,
  REPORT_FORMATS,
  STATUS_WORD,
  type DaysOffOptions,
  type ScoreSheetOptions,
  type ComparisonOptions,
  type ReportFormat,
  type ReportOptions,
  type ReportUnit,
} from "./report/index.js";

// ── Deprecated names of 0.1.0, kept until 1.0 ──────────────────────────────────────────────────
export { validateRule, validatePolicy } from "./deadline/ruleSchema.js";
export { toRows, type SummarizeOptions } from "./engine/index.js";
