/**
 * Scoring (`scoring`): criteria trees scored over an evaluation's findings, deductions, points lost
 * per unit, points at risk, what-if comparisons.
 * @module
 */
export { evaluate } from "./evaluate.js";
export { score, formatScoreSheet } from "./score.js";
export { formatPoints } from "./points.js";
export { pointsLost, type LostGrouping, type LostRow } from "./pointsLost.js";
export { compare, type Comparison, type FindingChange, type FindingChangeKind, type ScoreChange } from "./compare.js";
export { whatIf, withPolicy, shiftEvents, removeEvents, pointsAtRisk, type AtRiskFinding, type EventSelector, type PointsAtRisk, type WhatIf, type WhatIfChange } from "./whatIf.js";
export type { Evaluation, EvaluateOptions, NotApplicableReason, ScoreBasis, ScoredPeriod, ScoreNode, ScoreOptions } from "./types.js";
