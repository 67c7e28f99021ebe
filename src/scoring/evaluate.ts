/**
 * The public `evaluate`: the engine's evaluation, then the plan's criteria scored over its findings
 * (`scores`, and each finding's `deductions`).
 * @module
 */
import { evaluate as evaluateFindings } from "../engine/evaluate.js";
import { renderTable, toRows } from "../engine/repl.js";
import type { Deduction, EvaluateOptions as EngineEvaluateOptions, Finding } from "../engine/types.js";
import { InvalidInputError, issue, type Locale } from "../errors.js";
import { isParsedPlan, parsePlan } from "../schema/parsePlan.js";
import type { Plan, PlanInput } from "../schema/plan.js";
import { checkExternalIds, defaultPeriod, formatScoreSheet, readExternal, readPeriod, scoreRun, withSheetPrinter, type ScoreRun } from "./score.js";
import type { Evaluation, EvaluateOptions, ScoredPeriod } from "./types.js";

const INSPECT = Symbol.for("nodejs.util.inspect.custom");
const NO_SCORES: readonly never[] = Object.freeze([]);

interface ScoringOptions {
  readonly period: ScoredPeriod | undefined;
  readonly external: Readonly<Record<string, number>>;
}

/** Takes `scoring` out of the options (the engine rejects keys it does not know). */
function splitOptions(options: EvaluateOptions): { engine: EngineEvaluateOptions; scoring: ScoringOptions } {
  if (options === null || typeof options !== "object" || Array.isArray(options) || !("scoring" in options)) {
    return { engine: options, scoring: { period: undefined, external: {} } };
  }
  const { scoring, ...engine } = options;
  if (scoring === undefined) return { engine, scoring: { period: undefined, external: {} } };
  if (scoring === null || typeof scoring !== "object" || Array.isArray(scoring)) {
    throw new InvalidInputError([issue("invalid_option", { name: "scoring", value: scoring, expected: "{ period?, external? }" }, ["options", "scoring"])]);
  }
  for (const key of Object.keys(scoring)) {
    if (key !== "period" && key !== "external" && (scoring as Record<string, unknown>)[key] !== undefined) {
      throw new InvalidInputError([issue("unknown_key", { key }, ["options", "scoring", key])]);
    }
  }
  return {
    engine,
    scoring: { period: readPeriod(scoring.period, ["options", "scoring", "period"]), external: readExternal(scoring.external, ["options", "scoring", "external"]) },
  };
}

/** Adds the REPL printer (findings table, then the score sheet) and `rows()`, and freezes. @internal */
export function attachScoredRepl(evaluation: Evaluation): Evaluation {
  const print = (): string => {
    const table = renderTable(evaluation);
    return evaluation.scores.length === 0 ? table : `${table}\n\n${formatScoreSheet(evaluation.scores, evaluation.locale)}`;
  };
  Object.defineProperty(evaluation, INSPECT, { value: print, enumerable: false });
  Object.defineProperty(evaluation, "rows", { value: (locale?: Locale) => toRows(evaluation, locale), enumerable: false });
  return Object.freeze(evaluation);
}

/**
 * Evaluates a plan (kế hoạch) against events as of `asOf` and, when the plan has `criteria`,
 * scores them: `scores` holds one scored tree per criteria tree, and every finding that cost points
 * carries its `deductions`. Without criteria, `scores` is `[]` and nothing else is added.
 *
 * @param plan - A plan as written, or as returned by `parsePlan`.
 * @param events - The events (facts with an id, a type and an instant), in any order.
 * @param options - `asOf` (required), `calendar`, `dueSoon`, `locale`, `summary` (see the engine),
 *   and `scoring: { period?: { from, to }, external?: { [criterionId]: points } }` — the scored
 *   period (default the plan's `start` to its `end`, or to the end of `asOf`'s year) and values of
 *   `external` leaves.
 * @returns The {@link Evaluation}: findings, summary, accounting, scores.
 * @throws {@link InvalidInputError} for an invalid plan (`invalid_plan` and every problem) or
 *   invalid options (`missing_required`, `invalid_option` — e.g. an external value above its
 *   criterion's max or with more than 2 decimals —, `unknown_key`, `unknown_reference`).
 * @example
 * const ev = evaluate(plan, events, { asOf: "2024-12-31T23:59:59+07:00", scoring: { external: { "8.1": 3.2 } } })
 * // examples/heza-2024
 * ev.scores[0].points  //=> 26.24
 * ev.findings.find((f) => f.key === "KH4712:2024-07").deductions
 * //=> [{ criterion: "1.2", obligation: "KH4712", key: "KH4712:2024-07", owner: "van-phong", reason: "late", points: 0.25 }]
 * @see docs/scoring.md (criteria and scores)
 * @remarks Since 0.1.0
 */
export function evaluate(plan: Plan | PlanInput, events: readonly unknown[], options: EvaluateOptions): Evaluation {
  const { engine, scoring } = splitOptions(options);
  const p = isParsedPlan(plan) ? plan : parsePlan(plan);
  const ev = evaluateFindings(p, events, engine);
  const criteria = p.criteria;
  if (criteria === undefined || criteria.length === 0) {
    if (Object.keys(scoring.external).length > 0) {
      throw new InvalidInputError([issue("unknown_reference", { kind: "external criterion", id: Object.keys(scoring.external)[0] }, ["options", "scoring", "external"])]);
    }
    return attachScoredRepl({ ...ev, scores: NO_SCORES, scoredPeriod: null });
  }
  checkExternalIds(scoring.external, criteria, ["options", "scoring", "external"]);
  const period = scoring.period ?? defaultPeriod(p, ev.asOf);
  const run = scoreRun(ev.findings, criteria, period, scoring.external, p, true);
  return attachScoredRepl({ ...ev, findings: withDeductions(ev.findings, run.byFinding), scores: withSheetPrinter(run.nodes.slice(), ev.locale), scoredPeriod: period });
}

/**
 * The findings with their deductions: a copy of the list where only the findings that cost points
 * are new objects (the others are the engine's own). @internal
 */
export function withDeductions(findings: readonly Finding[], byFinding: ScoreRun["byFinding"]): readonly Finding[] {
  if (byFinding.size === 0) return findings;
  const copy = findings.slice();
  for (const [index, d] of byFinding) {
    const f = copy[index] as Finding;
    copy[index] = Object.freeze({ ...f, deductions: Object.freeze(d as Deduction[]) });
  }
  return Object.freeze(copy);
}
