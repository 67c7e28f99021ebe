/**
 * `score`: criteria trees scored against an evaluation's findings — one pass over the findings to
 * give each leaf its counted findings, then one walk of each tree.
 * @module
 */
import { checkFindings, describe, isEvaluationLike } from "../engine/summary.js";
import type { Deduction, Evaluation as EngineEvaluation, Finding } from "../engine/types.js";
import { InvalidInputError, issue, readLocale, type Issue } from "../errors.js";
import type { Locale } from "../messages/index.js";
import { explainNode, type NodeText } from "../messages/scoring.js";
import { safeParseCriteria, toHundredths, type Criterion, type CriterionRule } from "../schema/criteria.js";
import type { Plan } from "../schema/plan.js";
import { fromH, toH, writeH } from "./points.js";
import { collect, comparator, COUNTS_FINDINGS, EARLY, LATE, MISSED, ON_TIME, OPEN, OVERDUE, scoreRule, tableOf, type Counted, type FindingTable, type Outcome, type Run } from "./rules/index.js";
import type { NotApplicableReason, ScoreBasis, ScoredPeriod, ScoreNode, ScoreOptions } from "./types.js";
import { checkScoreNodes } from "./scoreShape.js";

/** The scored trees and each finding's deductions. @internal */
export interface ScoreRun {
  readonly nodes: readonly ScoreNode[];
  /** Deductions by the finding's position in the evaluation's findings. */
  readonly byFinding: ReadonlyMap<number, readonly Deduction[]>;
}

interface Leaf {
  readonly node: Criterion;
  readonly rule: CriterionRule;
  /** The runs (shared with other leaves) of the obligations the leaf counts. */
  readonly runs: Run[];
}

/** The default scored period: the plan's start to its end, or to the end of `asOf`'s year. @internal */
export function defaultPeriod(plan: Plan | undefined, asOf: string): ScoredPeriod {
  const yearEnd = `${asOf.slice(0, 4)}-12-31`;
  if (plan === undefined) return { from: "1900-01-01", to: yearEnd };
  return { from: plan.start, to: plan.end ?? yearEnd };
}

/** A leaf's counts by state: the sums of its runs'. */
function leafCounts(runs: readonly Run[]): ScoreBasis["counts"] {
  let early = 0, onTime = 0, late = 0, overdue = 0, open = 0, missedTarget = 0;
  for (const r of runs) {
    const c = r.counts;
    early += c[EARLY] as number;
    onTime += c[ON_TIME] as number;
    late += c[LATE] as number;
    overdue += c[OVERDUE] as number;
    open += c[OPEN] as number;
    missedTarget += c[MISSED] as number;
  }
  return { early, onTime, late, overdue, open, missedTarget };
}

/**
 * A leaf's counted findings: its runs merged lazily in (lastDay, key) order, on ties the earlier
 * run's first, read only as far as a rule's visitor goes.
 */
function countedOf(runs: readonly Run[], counts: ScoreBasis["counts"], table: FindingTable): Counted {
  const live = runs.filter((r) => r.positions.length > 0).map((r) => r.positions);
  const size = counts.early + counts.onTime + counts.late + counts.overdue + counts.open;
  if (live.length <= 1) {
    const only = live[0] ?? new Int32Array(0);
    return {
      size,
      each: (visit) => {
        for (let i = 0; i < only.length; i++) if (!visit(only[i] as number)) return;
      },
    };
  }
  const compare = comparator(table);
  return {
    size,
    each: (visit) => {
      const at = new Array<number>(live.length).fill(0);
      for (;;) {
        let best = -1;
        let bestC = -1;
        for (let r = 0; r < live.length; r++) {
          const list = live[r] as Int32Array;
          const k = at[r] as number;
          if (k >= list.length) continue;
          const c = list[k] as number;
          if (best === -1 || compare(c, bestC) < 0) {
            best = r;
            bestC = c;
          }
        }
        if (best === -1) return;
        at[best] = (at[best] as number) + 1;
        if (!visit(bestC)) return;
      }
    },
  };
}

function overlaps(node: Criterion, period: ScoredPeriod): boolean {
  return (node.validFrom === undefined || node.validFrom <= period.to) && (node.validTo === undefined || node.validTo >= period.from);
}

function bandOf(node: Criterion, pointsH: number, amH: number): string | undefined {
  if (node.bands === undefined || amH <= 0) return undefined;
  for (const b of node.bands) if (pointsH * 10000 >= toH(b.min) * amH) return b.label;
  return undefined;
}

function percentOf(pointsH: number, amH: number): number | null {
  return amH <= 0 ? null : Math.floor((pointsH * 20000 + amH) / (2 * amH)) / 100;
}

interface Walk {
  readonly leaves: ReadonlyMap<string, Leaf>;
  readonly period: ScoredPeriod;
  readonly external: Readonly<Record<string, number>>;
  readonly byFinding: Map<number, Deduction[]>;
  readonly table: FindingTable;
}

function text(node: Criterion, kind: NodeText["kind"], s: Omit<ScoreNode, "explanation" | "children" | "deductions"> & { pointsH: number | null; amH: number | null; lostH: number }, outcome: Outcome | undefined, deductions: readonly Deduction[], periods: readonly (string | null)[], locale: Locale): string {
  const charged = deductions.map((d, i) => ({ obligation: d.obligation, key: d.key, period: periods[i] ?? null }));
  const allLate = deductions.every((d) => d.reason === "late");
  const w = (h: number | null): string | null => (h === null ? null : writeH(h, locale));
  const basis = outcome === undefined || outcome.kind === "not_applicable" ? undefined : outcome.basis;
  const c = basis?.counts;
  const rule = node.rule;
  const t: NodeText = {
    id: node.id,
    kind,
    points: w(s.pointsH),
    max: w(s.amH),
    lost: writeH(s.lostH, locale),
    percent: s.percent === null ? null : writeH(Math.round(s.percent * 100), locale),
    band: s.band,
    notApplicable: s.notApplicable,
    counts: c === undefined ? undefined : { late: c.late, overdue: c.overdue, missedTarget: c.missedTarget, open: c.open, done: c.early + c.onTime + c.late },
    rate: basis?.rate === undefined ? undefined : { numerator: basis.rate.numerator, denominator: basis.rate.denominator, percent: basis.rate.percent === null ? null : writeH(Math.round(basis.rate.percent * 100), locale) },
    condition: basis?.condition,
    external: basis?.external === undefined ? undefined : { value: writeH(toH(basis.external.value), locale), ...(basis.external.source === undefined ? {} : { source: basis.external.source }), ...(basis.external.date === undefined ? {} : { date: basis.external.date }) },
    empty: basis?.empty === true,
    charged,
    each: rule?.kind === "per_violation" && rule.perDayLate === undefined && rule.perWorkingDayLate === undefined && allLate ? writeH(toH(rule.late), locale) : undefined,
  };
  return explainNode(t, locale);
}

function finish(node: Criterion, kind: NodeText["kind"], parts: { pointsH: number | null; amH: number | null; notApplicable?: NotApplicableReason }, outcome: Outcome | undefined, deductions: readonly Deduction[], children: readonly ScoreNode[], periods: readonly (string | null)[] = []): ScoreNode {
  const { pointsH, amH } = parts;
  const applicable = pointsH !== null && amH !== null;
  const lostH = applicable ? amH - pointsH : 0;
  const band = applicable ? bandOf(node, pointsH, amH) : undefined;
  const base = {
    id: node.id,
    title: node.title,
    max: node.max,
    applicableMax: amH === null ? null : fromH(amH),
    points: pointsH === null ? null : fromH(pointsH),
    percent: applicable ? percentOf(pointsH, amH) : null,
    ...(band === undefined ? {} : { band }),
    applicable,
    ...(parts.notApplicable === undefined ? {} : { notApplicable: parts.notApplicable }),
    kind,
    effect: node.effect ?? "normal",
    lost: fromH(lostH),
  };
  const s = { ...base, pointsH, amH, lostH };
  return {
    ...base,
    deductions,
    children,
    ...(outcome === undefined || outcome.kind === "not_applicable" || outcome.basis === undefined ? {} : { basis: outcome.basis }),
    ...(node.assessment === undefined ? {} : { assessment: node.assessment }),
    ...(node.source === undefined ? {} : { source: node.source }),
    ...(node.illustrative === undefined ? {} : { illustrative: node.illustrative }),
    explanation: { vi: text(node, kind, s, outcome, deductions, periods, "vi"), en: text(node, kind, s, outcome, deductions, periods, "en") },
  };
}

function scoreLeaf(node: Criterion, rule: CriterionRule, walk: Walk): ScoreNode {
  const maxH = toHundredths(node.max);
  const leaf = walk.leaves.get(node.id);
  const runs = leaf === undefined ? [] : leaf.runs;
  const ext = walk.external[node.id];
  const table = walk.table;
  const counts = leafCounts(runs);
  const outcome = scoreRule({ id: node.id, rule, maxH, counted: countedOf(runs, counts, table), table, counts, externalH: ext === undefined ? undefined : toH(ext) });
  switch (outcome.kind) {
    case "not_applicable":
      return finish(node, rule.kind, { pointsH: null, amH: null, notApplicable: outcome.reason }, outcome, [], []);
    case "empty": {
      const empty = COUNTS_FINDINGS[rule.kind] && "empty" in rule && rule.empty !== undefined ? rule.empty : "full";
      if (empty === "not_applicable") return finish(node, rule.kind, { pointsH: null, amH: null, notApplicable: "empty" }, outcome, [], []);
      return finish(node, rule.kind, { pointsH: empty === "full" ? maxH : 0, amH: maxH }, outcome, [], []);
    }
    case "points": {
      const deductions: Deduction[] = outcome.charges.map((ch) => {
        const f = table.findings[ch.index] as Finding;
        const d: Deduction = { criterion: node.id, obligation: f.obligation, key: f.key, owner: f.owner, reason: ch.reason, points: fromH(ch.h) };
        let list = walk.byFinding.get(ch.index);
        if (list === undefined) walk.byFinding.set(ch.index, (list = []));
        list.push(d);
        return d;
      });
      // read as a host may hand it: a period that is not text is not worded
      const periods = outcome.charges.map((ch) => {
        const period: unknown = (table.findings[ch.index] as Finding).period;
        return typeof period === "string" ? period : null;
      });
      return finish(node, rule.kind, { pointsH: outcome.pointsH, amH: maxH }, outcome, deductions, [], periods);
    }
  }
}

function scoreNode(node: Criterion, walk: Walk): ScoreNode {
  const children = node.children;
  if (node.applicable === false || !overlaps(node, walk.period)) {
    const reason: NotApplicableReason = node.applicable === false ? "not_applicable" : "outside_validity";
    return finish(node, node.rule === undefined ? "branch" : node.rule.kind, { pointsH: null, amH: null, notApplicable: reason }, undefined, [], (children ?? []).map((c) => notApplicableTree(c, reason)));
  }
  if (node.rule !== undefined) return scoreLeaf(node, node.rule, walk);
  const scored = (children ?? []).map((c) => scoreNode(c, walk));
  let sumH = 0;
  let sumAmH = 0;
  let bonusH = 0;
  let penaltyH = 0;
  let normal = 0;
  for (const c of scored) {
    if (!c.applicable || c.points === null || c.applicableMax === null) continue;
    const p = toH(c.points);
    const am = toH(c.applicableMax);
    switch (c.effect) {
      case "normal":
        normal++;
        sumH += p;
        sumAmH += am;
        break;
      case "bonus":
        bonusH += p;
        break;
      case "penalty":
        penaltyH += am - p;
        break;
    }
  }
  if (normal === 0) return finish(node, "branch", { pointsH: null, amH: null, notApplicable: "no_applicable_children" }, undefined, [], scored);
  const amH = Math.min(toHundredths(node.max), sumAmH);
  const pointsH = Math.max(0, Math.min(amH, sumH + bonusH - penaltyH));
  return finish(node, "branch", { pointsH, amH }, undefined, [], scored);
}

function notApplicableTree(node: Criterion, reason: NotApplicableReason): ScoreNode {
  return finish(node, node.rule === undefined ? "branch" : node.rule.kind, { pointsH: null, amH: null, notApplicable: reason }, undefined, [], (node.children ?? []).map((c) => notApplicableTree(c, reason)));
}

/**
 * Scores validated criteria (the pass used by `evaluate` and {@link score}). `ordered`: the
 * findings are the engine's, in (lastDay, obligation, key) order (else each obligation's are
 * checked and sorted). @internal
 */
export function scoreRun(findings: readonly Finding[], criteria: readonly Criterion[], period: ScoredPeriod, external: Readonly<Record<string, number>>, plan: Plan | undefined, ordered = false): ScoreRun {
  // leaf → obligations routing, once per tree: each linked obligation gets the index of its run
  const leaves = new Map<string, { node: Criterion; rule: CriterionRule; runs: number[] }>();
  const visit = (n: Criterion): void => {
    if (n.rule !== undefined) leaves.set(n.id, { node: n, rule: n.rule, runs: [] });
    n.children?.forEach(visit);
  };
  criteria.forEach(visit);
  const runOf = new Map<string, number>();
  const linked = new Set<string>();
  const link = (obligation: string, id: string): void => {
    const leaf = leaves.get(id);
    if (leaf === undefined || !COUNTS_FINDINGS[leaf.rule.kind] || linked.has(`${obligation}\u0000${id}`)) return;
    linked.add(`${obligation}\u0000${id}`);
    let run = runOf.get(obligation);
    if (run === undefined) runOf.set(obligation, (run = runOf.size));
    leaf.runs.push(run);
  };
  for (const leaf of leaves.values()) {
    const rule = leaf.rule;
    if (rule.kind !== "external") rule.obligations?.forEach((o) => link(o, leaf.node.id));
  }
  plan?.obligations.forEach((o) => o.criteria?.forEach((id) => link(o.id, id)));
  const table = tableOf(findings);
  const runs = collect(table, runOf, runOf.size, period, ordered);
  const scoredLeaves = new Map<string, Leaf>();
  for (const [id, leaf] of leaves) scoredLeaves.set(id, { node: leaf.node, rule: leaf.rule, runs: leaf.runs.map((r) => runs[r] as Run) });
  const byFinding = new Map<number, Deduction[]>();
  const walk: Walk = { leaves: scoredLeaves, period, external, byFinding, table };
  return { nodes: criteria.map((c) => scoreNode(c, walk)), byFinding };
}

function fail(issues: Issue[]): never {
  throw new InvalidInputError(issues);
}

/** Validates `scoring.external` / `score`'s `external`. @internal */
export function readExternal(value: unknown, path: (string | number)[]): Readonly<Record<string, number>> {
  if (value === undefined) return {};
  if (value === null || typeof value !== "object" || Array.isArray(value)) fail([issue("invalid_option", { name: "external", value, expected: "{ [criterionId]: points }" }, path)]);
  const out: Record<string, number> = {};
  const issues: Issue[] = [];
  for (const [id, v] of Object.entries(value as Record<string, unknown>)) {
    // as the plan's points: ≥ 0 with at most 2 decimals (8,809 is refused, not rounded)
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || Math.abs(v * 100 - Math.round(v * 100)) >= 1e-7) {
      issues.push(issue("invalid_option", { name: `external.${id}`, value: v, expected: "points ≥ 0, at most 2 decimals" }, [...path, id]));
    } else out[id] = v;
  }
  if (issues.length > 0) fail(issues);
  return out;
}

/** Validates a scored period. @internal */
export function readPeriod(value: unknown, path: (string | number)[]): ScoredPeriod | undefined {
  if (value === undefined) return undefined;
  const p = value as Record<string, unknown> | null;
  const ok = (d: unknown): d is string => typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d);
  if (p === null || typeof p !== "object" || !ok(p["from"]) || !ok(p["to"]) || p["from"] > p["to"]) {
    fail([issue("invalid_option", { name: "period", value, expected: "{ from: YYYY-MM-DD, to: YYYY-MM-DD }, from ≤ to" }, path)]);
  }
  return { from: p["from"] as string, to: p["to"] as string };
}

/**
 * Checks that external values name external leaves and do not exceed their leaf's `max` (as a
 * plan's `value` may not: a value above it is a mistake to report, not points to cap). @internal
 */
export function checkExternalIds(external: Readonly<Record<string, number>>, criteria: readonly Criterion[], path: (string | number)[]): void {
  const maxOf = new Map<string, number>();
  const visit = (n: Criterion): void => {
    if (n.rule?.kind === "external") maxOf.set(n.id, n.max);
    n.children?.forEach(visit);
  };
  criteria.forEach(visit);
  const issues: Issue[] = [];
  for (const [id, value] of Object.entries(external)) {
    const max = maxOf.get(id);
    if (max === undefined) issues.push(issue("unknown_reference", { kind: "external criterion", id }, [...path, id]));
    else if (toH(value) > toHundredths(max)) issues.push(issue("invalid_option", { name: `external.${id}`, value, expected: `points ≤ ${max}, the criterion's max` }, [...path, id]));
  }
  if (issues.length > 0) fail(issues);
}

/**
 * Scores findings against criteria trees (chấm điểm theo bộ tiêu chí), without re-evaluating:
 * the same findings can be read under another tree, another period or other external values.
 *
 * A leaf counts the findings of the obligations its rule lists in `obligations` (and, with
 * `options.plan`, of those naming it in their own `criteria`) whose `lastDay` falls in the scored
 * period; cancelled and undated findings never count. Points are exact in hundredths; branches sum
 * their applicable children, capped at their `max`; see docs/scoring.md for every rule.
 *
 * @param evaluation - A result of `evaluate`.
 * @param criteria - Criteria trees ({@link Criterion}[]), e.g. `plan.criteria`.
 * @param options - `period` (default: the one `evaluate` scored, else the plan's start to its end
 *   or the end of `asOf`'s year), `external` (points by criterion id), `plan` (for links).
 * @returns One {@link ScoreNode} per tree; it prints as a tree in the REPL.
 * @throws {@link InvalidInputError} `invalid_type` when `evaluation` is not an evaluation;
 *   `invalid_criterion`, `duplicate_id` … (every problem of the trees, with paths); `invalid_option`
 *   for a bad period or external value; `unknown_reference` for an external value of no external leaf,
 *   and for an obligation id in a rule's `obligations` that the plan lacks — or, without
 *   `options.plan`, that neither the evaluation's findings nor its `summary.byObligation` name
 *   (a misspelt id would count nothing and give full points; give `options.plan` to score an
 *   obligation that had no occurrence).
 * @example
 * // examples/heza-2024
 * const ev = evaluate(plan, events, { asOf: "2024-12-31T23:59:59+07:00" })
 * const [par] = score(ev, [{ id: "1.2", title: "Báo cáo CCHC", max: 1,
 *   rule: { kind: "per_violation", obligations: ["KH4712"], late: 0.25 } }])
 * par.points //=> 0.75 (the July report was late)
 * par.explanation.vi //=> "1.2: 0,75/1,00 điểm (−0,25): 1 trễ hạn × 0,25 (KH4712 tháng 7)."
 * @remarks Since 0.1.0
 */
export function score(evaluation: EngineEvaluation, criteria: readonly Criterion[], options: ScoreOptions = {}): ScoreNode[] {
  if (!isEvaluationLike(evaluation)) fail([issue("invalid_type", { expected: "Evaluation (a result of evaluate)", received: describe(evaluation) }, ["evaluation"])]);
  checkFindings(evaluation.findings, ["evaluation", "findings"]);
  if (options === null || typeof options !== "object" || Array.isArray(options)) fail([issue("invalid_type", { expected: "score options (object)", received: describe(options) }, ["options"])]);
  for (const key of Object.keys(options)) {
    if (!["period", "external", "plan"].includes(key) && (options as Record<string, unknown>)[key] !== undefined) fail([issue("unknown_key", { key }, ["options", key])]);
  }
  const plan = options.plan;
  let trees: readonly Criterion[];
  if (plan !== undefined && criteria === plan.criteria) trees = criteria;
  else {
    const parsed = safeParseCriteria(criteria, { obligations: plan === undefined ? obligationsNamed(evaluation) : new Set(plan.obligations.map((o) => o.id)) });
    if (!parsed.success) fail([...parsed.issues]);
    trees = parsed.data;
  }
  const external = readExternal(options.external, ["options", "external"]);
  checkExternalIds(external, trees, ["options", "external"]);
  const given = (evaluation as { scoredPeriod?: unknown }).scoredPeriod;
  const scoredPeriod = given === null ? undefined : readPeriod(given, ["evaluation", "scoredPeriod"]);
  const period = readPeriod(options.period, ["options", "period"]) ?? scoredPeriod ?? defaultPeriod(plan, evaluation.asOf);
  return withSheetPrinter(scoreRun(evaluation.findings, trees, period, external, plan).nodes.slice(), evaluation.locale);
}

/**
 * The obligation ids an evaluation names, for `score` without `options.plan`: those of its findings
 * and of its per-obligation summary rows. An evaluation carries no other list of its plan's
 * obligations, so an obligation without a single occurrence is unknown here (give `options.plan`).
 * @internal
 */
export function obligationsNamed(evaluation: EngineEvaluation): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const f of evaluation.findings) ids.add(f.obligation);
  const rows = (evaluation as { summary?: { byObligation?: unknown } }).summary?.byObligation;
  if (Array.isArray(rows)) for (const r of rows as unknown[]) if (r !== null && typeof r === "object" && typeof (r as { key?: unknown }).key === "string") ids.add((r as { key: string }).key);
  return ids;
}

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/** Adds the REPL printer to a list of scored nodes (non-enumerable). @internal */
export function withSheetPrinter<T extends readonly ScoreNode[]>(nodes: T, locale: Locale): T {
  Object.defineProperty(nodes, INSPECT, { value: () => formatScoreSheet(nodes, locale), enumerable: false });
  return nodes;
}

/**
 * Writes score sheets as an indented tree, one node a line: id, title, points / applicable
 * maximum, percent, band, points lost and the number of deductions, then (when a node carries its
 * `assessment`) the self-assessed and appraised points and whether evidence was attached.
 *
 * @param nodes - Scored nodes (`evaluation.scores` or a result of {@link score}).
 * @param locale - `"vi"` (default) or `"en"`.
 * @returns The text (no trailing newline).
 * @throws {@link InvalidInputError} `invalid_type` when `nodes` is not a list of scored nodes (path of the bad node or field), `invalid_option` for another locale.
 * @example
 * formatScoreSheet(evaluation.scores)
 * //~> "PAR  Chỉ số CCHC (minh họa)   93,20/100,00  93,20%  A  −6,80\n  1  Chỉ đạo, điều hành …"
 * @remarks Since 0.1.0
 */
export function formatScoreSheet(nodes: readonly ScoreNode[], locale: Locale = "vi"): string {
  const vi = readLocale(locale) === "vi";
  checkScoreNodes(nodes, ["nodes"]);
  const lines: string[] = [];
  const w = (n: number | null): string => (n === null ? "—" : writeH(toH(n), vi ? "vi" : "en"));
  const walk = (n: ScoreNode, depth: number): void => {
    const title = n.title.length > 48 ? `${n.title.slice(0, 47)}…` : n.title;
    const head = `${"  ".repeat(depth)}${n.id}  ${title}`;
    const cols: string[] = [];
    if (!n.applicable) cols.push(vi ? "không áp dụng" : "n/a");
    else {
      cols.push(`${w(n.points)}/${w(n.applicableMax)}`);
      if (n.percent !== null) cols.push(`${w(n.percent)}%`);
      if (n.band !== undefined) cols.push(n.band);
      if (n.lost > 0) cols.push(`−${w(n.lost)}`);
      if (n.deductions.length > 0) cols.push(vi ? `${n.deductions.length} lần trừ` : `${n.deductions.length} deductions`);
      if (n.effect !== "normal") cols.push(n.effect === "bonus" ? (vi ? "điểm thưởng" : "bonus") : vi ? "điểm trừ" : "penalty");
    }
    // the unit's own score and the appraisal beside the computed points (read as a host may hand them)
    const a = (n as { assessment?: unknown }).assessment;
    if (a !== null && typeof a === "object") {
      const { self, appraised, evidence } = a as { self?: unknown; appraised?: unknown; evidence?: unknown };
      if (typeof self === "number" && Number.isFinite(self)) cols.push(`${vi ? "tự chấm" : "self"} ${w(self)}`);
      if (typeof appraised === "number" && Number.isFinite(appraised)) cols.push(`${vi ? "thẩm định" : "appraised"} ${w(appraised)}`);
      if (typeof evidence === "boolean") cols.push(evidence ? (vi ? "có tài liệu kiểm chứng" : "evidence") : vi ? "thiếu tài liệu kiểm chứng" : "no evidence");
    }
    lines.push(`${head.padEnd(60)}  ${cols.join("  ")}`.trimEnd());
    n.children.forEach((c) => walk(c, depth + 1));
  };
  nodes.forEach((n) => walk(n, 0));
  return lines.join("\n");
}
