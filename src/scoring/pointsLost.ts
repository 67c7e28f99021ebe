/**
 * Points lost (điểm bị trừ) totalled per owner unit, obligation, criterion or period: the figure
 * each "phòng, đơn vị" is held answerable for.
 * @module
 */
import { periodIndexOfMonth, periodLabel } from "../day/periods.js";
import { checkDeductions } from "../engine/evaluationShape.js";
import { checkFindings, describe, isEvaluationLike } from "../engine/summary.js";
import type { DeductionReason, Evaluation as EngineEvaluation, Finding } from "../engine/types.js";
import { InvalidInputError, issue } from "../errors.js";
import { fromH, toH } from "./points.js";

/** How {@link pointsLost} groups: by owner unit (default), obligation, criterion, month or quarter of the finding's last day. */
export type LostGrouping = "owner" | "obligation" | "criterion" | "month" | "quarter";

/** One row of {@link pointsLost}. */
export interface LostRow {
  readonly key: string;
  readonly label: string;
  /** Points lost, at most 2 decimals (summed exactly in hundredths). */
  readonly points: number;
  /** Number of deductions. */
  readonly deductions: number;
  /** Findings that lost points. */
  readonly findings: number;
  readonly byReason: { readonly [R in DeductionReason]: number };
}

const GROUPINGS: readonly LostGrouping[] = ["owner", "obligation", "criterion", "month", "quarter"];

function groupKey(by: LostGrouping, f: Finding, criterion: string): string {
  switch (by) {
    case "owner":
      return f.owner ?? "";
    case "obligation":
      return f.obligation;
    case "criterion":
      return criterion;
    case "month":
      return f.lastDay === null ? "" : f.lastDay.slice(0, 7);
    case "quarter":
      return f.lastDay === null ? "" : periodLabel("quarter", Number(f.lastDay.slice(0, 4)), periodIndexOfMonth("quarter", Number(f.lastDay.slice(5, 7))));
  }
}

/** Checks what {@link pointsLost} reads: the findings with their deductions, and the summary rows that name the groups. */
function checkLostInput(evaluation: EngineEvaluation, by: LostGrouping): void {
  checkFindings(evaluation.findings, ["evaluation", "findings"]);
  evaluation.findings.forEach((f, i) => checkDeductions(f.deductions, ["evaluation", "findings", i, "deductions"]));
  if (by !== "owner" && by !== "obligation") return;
  const list = by === "owner" ? "byUnit" : "byObligation";
  const summary: unknown = evaluation.summary;
  const rows: unknown = summary !== null && typeof summary === "object" ? (summary as Record<string, unknown>)[list] : undefined;
  if (!Array.isArray(rows)) throw new InvalidInputError([issue("invalid_type", { expected: `Summary.${list}`, received: describe(rows) }, ["evaluation", "summary", list])]);
  rows.forEach((r: unknown, i) => {
    if (r === null || typeof r !== "object" || typeof (r as { key?: unknown }).key !== "string" || typeof (r as { label?: unknown }).label !== "string") {
      throw new InvalidInputError([issue("invalid_type", { expected: "SummaryRow ({ key, label })", received: describe(r) }, ["evaluation", "summary", list, i])]);
    }
  });
}

/**
 * Totals the points lost by the findings of a scored evaluation (the sum of their deductions),
 * per owner unit, obligation, criterion, or month / quarter of their last day. Rows are sorted by
 * points lost, most first, then by key. Leaf deductions are summed: a branch capped below the sum
 * of its children's maxima can lose fewer points than its leaves do.
 *
 * @param evaluation - A result of `evaluate` on a plan with criteria (or any evaluation whose findings carry deductions).
 * @param by - The grouping (default `"owner"`).
 * @returns One {@link LostRow} per group that lost points.
 * @throws {@link InvalidInputError} `invalid_type` when `evaluation` is not an evaluation (or a finding, a
 *   deduction or a summary row it reads has the wrong type, at its path); `invalid_option` for an unknown grouping.
 * @example
 * // examples/heza-2024, as of 31/12/2024
 * pointsLost(evaluate(plan, events, { asOf: "2024-12-31T23:59:59+07:00" }))[0]
 * //=> { key: "phong-quan-ly-lao-dong", label: "Phòng Quản lý Lao động", points: 4.66, deductions: 18, findings: 10,
 * //     byReason: { late: 3.97, overdue: 0.69, missed_target: 0, open: 0 } }
 * pointsLost(ev, "obligation")[0]
 * //=> { key: "mot-cua", label: "Giải quyết hồ sơ TTHC tại Bộ phận Một cửa", points: 5.47, deductions: 20, findings: 10, … }
 * @remarks Since 0.1.0
 */
export function pointsLost(evaluation: EngineEvaluation, by: LostGrouping = "owner"): LostRow[] {
  if (!isEvaluationLike(evaluation)) {
    throw new InvalidInputError([issue("invalid_type", { expected: "Evaluation (a result of evaluate)", received: describe(evaluation) }, ["evaluation"])]);
  }
  if (!GROUPINGS.includes(by)) throw new InvalidInputError([issue("invalid_option", { name: "by", value: by, expected: GROUPINGS.join(" | ") }, ["by"])]);
  checkLostInput(evaluation, by);
  const labels = new Map<string, string>();
  if (by === "owner") for (const row of evaluation.summary.byUnit) labels.set(row.key, row.label);
  if (by === "obligation") for (const row of evaluation.summary.byObligation) labels.set(row.key, row.label);
  const groups = new Map<string, { h: number; n: number; findings: Set<string>; reasons: Record<DeductionReason, number> }>();
  for (const f of evaluation.findings) {
    for (const d of f.deductions) {
      const key = groupKey(by, f, d.criterion);
      let g = groups.get(key);
      if (g === undefined) groups.set(key, (g = { h: 0, n: 0, findings: new Set(), reasons: { late: 0, overdue: 0, missed_target: 0, open: 0 } }));
      const h = toH(d.points);
      g.h += h;
      g.n++;
      g.findings.add(f.key);
      g.reasons[d.reason] += h;
    }
  }
  return [...groups.entries()]
    .map(([key, g]) => ({
      key,
      label: labels.get(key) ?? (key === "" ? "—" : key),
      points: fromH(g.h),
      deductions: g.n,
      findings: g.findings.size,
      byReason: { late: fromH(g.reasons.late), overdue: fromH(g.reasons.overdue), missed_target: fromH(g.reasons.missed_target), open: fromH(g.reasons.open) },
    }))
    .sort((a, b) => b.points - a.points || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
