/**
 * Types of score sheets (bảng điểm): scored nodes, options, and the scored evaluation.
 * @module
 */
import type { IsoDate } from "../day/dayNumber.js";
import type { Deduction, Evaluation as EngineEvaluation, EvaluateOptions as EngineEvaluateOptions } from "../engine/types.js";
import type { Assessment, CriterionEffect, CriterionRuleKind } from "../schema/criteria.js";
import type { Plan } from "../schema/plan.js";

/** The scored period: findings whose `lastDay` falls in it count; both days inclusive. */
export interface ScoredPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** Why a node does not apply. */
export type NotApplicableReason = "not_applicable" | "outside_validity" | "no_external_value" | "empty" | "no_applicable_children";

/** How a leaf came to its points, for explanations and reports. */
export interface ScoreBasis {
  /** Counted findings by state. */
  readonly counts: { readonly early: number; readonly onTime: number; readonly late: number; readonly overdue: number; readonly open: number; readonly missedTarget: number };
  /** A rate's numerator and denominator, when the rule uses one. */
  readonly rate?: { readonly numerator: number; readonly denominator: number; readonly percent: number | null };
  /** The condition result, when the rule tests one. */
  readonly condition?: "pass" | "fail" | "undecided";
  /** Where an external value came from. */
  readonly external?: { readonly value: number; readonly source?: string; readonly date?: IsoDate; readonly from: "plan" | "options" };
  /** The rule gave its `empty` choice (nothing to count). */
  readonly empty?: boolean;
}

/**
 * A scored node (one per criteria tree node). Points are numbers with at most 2 decimals,
 * computed exactly in hundredths. `points`, `percent` and `applicableMax` are `null` when the node
 * does not apply.
 */
export interface ScoreNode {
  readonly id: string;
  readonly title: string;
  readonly max: number;
  readonly applicableMax: number | null;
  readonly points: number | null;
  /** points ÷ applicableMax × 100, half up to 2 decimals (null when it does not apply or applicableMax is 0). */
  readonly percent: number | null;
  /** The classification band reached, decided on the exact ratio. */
  readonly band?: string;
  readonly applicable: boolean;
  readonly notApplicable?: NotApplicableReason;
  /** `"branch"` or the leaf's rule kind. */
  readonly kind: "branch" | CriterionRuleKind;
  readonly effect: CriterionEffect;
  /** Points lost: applicableMax − points (0 when it does not apply). */
  readonly lost: number;
  /** A leaf's deductions, in (lastDay, key) order; they add up to `lost` unless nobody is answerable (empty, external). */
  readonly deductions: readonly Deduction[];
  readonly children: readonly ScoreNode[];
  readonly basis?: ScoreBasis;
  /** The recorded self-assessed and appraised values, beside the computed points. */
  readonly assessment?: Assessment;
  readonly source?: string;
  readonly illustrative?: boolean;
  readonly explanation: { readonly vi: string; readonly en: string };
}

/** Options of `score`. */
export interface ScoreOptions {
  /** The scored period (default: the one `evaluate` used, else up to the end of `asOf`'s year). */
  readonly period?: ScoredPeriod;
  /** External values by criterion id, over the `value` in the tree. */
  readonly external?: Readonly<Record<string, number>>;
  /** The plan, to read the obligations' own `criteria` links (and the default period). */
  readonly plan?: Plan;
}

/** Options of the public `evaluate`: the engine's, plus `scoring` (DESIGN §5.1). */
export interface EvaluateOptions extends EngineEvaluateOptions {
  readonly scoring?: {
    readonly period?: ScoredPeriod;
    readonly external?: Readonly<Record<string, number>>;
  };
}

/** An evaluation with its criteria scored (`scores` is `[]` without criteria). */
export interface Evaluation extends EngineEvaluation {
  readonly scores: readonly ScoreNode[];
  /** The period scored (null without criteria). */
  readonly scoredPeriod: ScoredPeriod | null;
}
