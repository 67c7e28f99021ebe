/**
 * Evaluation of plans (`engine`): `evaluate`, summaries and REPL helpers.
 * @module
 */
export { evaluate } from "./evaluate.js";
export { summarize, DEFAULT_RATE, type SummarizeOptions } from "./summary.js";
export { toRows, type FindingRow } from "./repl.js";
export type {
  Accounting,
  Deduction,
  DeductionReason,
  DueSoon,
  EvaluateOptions,
  Evaluation,
  EventRole,
  Finding,
  FindingNote,
  FindingStatus,
  FindingTarget,
  IgnoredEvent,
  IgnoreReason,
  ObligationKind,
  RateCategory,
  RateDefinition,
  ReportingWindow,
  Summary,
  SummaryOptions,
  SummaryRow,
  TargetStatus,
  UsedEvent,
} from "./types.js";
