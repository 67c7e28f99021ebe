/**
 * `compare` (so sánh): what changed between two evaluations — findings and scored nodes.
 * @module
 */
import { checkDeductions } from "../engine/evaluationShape.js";
import { checkFindings, describe, isEvaluationLike } from "../engine/summary.js";
import type { Deduction, Evaluation as EngineEvaluation, Finding, FindingStatus } from "../engine/types.js";
import { InvalidInputError, issue } from "../errors.js";
import { STATUS_LABEL } from "../messages/engine.js";
import { fromH, toH, writeH } from "./points.js";
import { checkScoreNodes } from "./scoreShape.js";
import type { ScoreNode } from "./types.js";

/** What changed about an occurrence. */
export type FindingChangeKind = "added" | "removed" | "status" | "last_day" | "deductions";

/** An occurrence whose status, deadline or deductions changed, or that exists on one side only. */
export interface FindingChange {
  readonly obligation: string;
  readonly key: string;
  readonly before?: Finding;
  readonly after?: Finding;
  readonly changes: readonly FindingChangeKind[];
}

/** A node (branch or leaf) whose points changed; `delta` = after − before, a missing value counting 0. */
export interface ScoreChange {
  readonly criterion: string;
  readonly title: string;
  readonly before: number | null;
  readonly after: number | null;
  readonly delta: number;
}

/** The result of {@link compare}. */
export interface Comparison {
  readonly findings: readonly FindingChange[];
  readonly scores: readonly ScoreChange[];
  /** The changes in sentences, one a line. */
  readonly text: { readonly vi: string; readonly en: string };
}

type Scored = EngineEvaluation & { readonly scores?: readonly ScoreNode[] };

function sameDeductions(a: readonly Deduction[], b: readonly Deduction[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Deduction;
    const y = b[i] as Deduction;
    if (x.criterion !== y.criterion || x.reason !== y.reason || x.points !== y.points) return false;
  }
  return true;
}

function lostH(f: Finding | undefined): number {
  return f === undefined ? 0 : f.deductions.reduce((s, d) => s + toH(d.points), 0);
}

function flatten(nodes: readonly ScoreNode[] | undefined, out: Map<string, ScoreNode>): Map<string, ScoreNode> {
  for (const n of nodes ?? []) {
    if (!out.has(n.id)) out.set(n.id, n);
    flatten(n.children, out);
  }
  return out;
}

function statusText(s: FindingStatus, locale: "vi" | "en"): string {
  return STATUS_LABEL[locale][s] ?? s;
}

/**
 * Compares two evaluations of the same plan (a what-if): each occurrence (matched by key) whose
 * status, last day or deductions changed, or that exists on one side only, in key order; each
 * scored node whose points changed, with `delta` = after − before (a node missing or not applicable
 * on one side counts 0); and the same in sentences. `compare(a, a)` is empty, and
 * `compare(b, a)` mirrors `compare(a, b)`: sides swapped, deltas negated.
 *
 * @param before - An evaluation (the baseline).
 * @param after - Another evaluation (the what-if).
 * @returns The {@link Comparison}.
 * @throws {@link InvalidInputError} `invalid_type` (path `before` / `after`) when one is not an evaluation,
 *   or a finding, deduction or scored node it holds has the wrong type (at its path).
 * @example
 * // examples/heza-2024, asOf = "2024-12-31T23:59:59+07:00"
 * const c = compare(evaluate(plan, events, { asOf }), evaluate(withPolicy(plan, { beforeDate: "inclusive" }), events, { asOf }))
 * c.scores[0] //=> { criterion: "PAR-2024", title: "Chỉ số CCHC (PAR Index) … năm 2024 — minh họa", before: 26.24, after: 27.64, delta: 1.4 }
 * c.text.vi   //~> "19 lần phát sinh thay đổi; 5 tiêu chí thay đổi điểm.\nTiêu chí PAR-2024 (…): 26,24 → 27,64 điểm (+1,40).\n…"
 * @remarks Since 0.1.0
 */
export function compare(before: EngineEvaluation, after: EngineEvaluation): Comparison {
  for (const [name, v] of [["before", before], ["after", after]] as const) {
    if (!isEvaluationLike(v)) throw new InvalidInputError([issue("invalid_type", { expected: "Evaluation (a result of evaluate)", received: describe(v) }, [name])]);
    checkFindings(v.findings, [name, "findings"]);
    v.findings.forEach((f, i) => checkDeductions(f.deductions, [name, "findings", i, "deductions"]));
    const scores = (v as Scored).scores;
    if (scores !== undefined) checkScoreNodes(scores, [name, "scores"]);
  }
  // Array.from, not findings.map: a list with its own `constructor` key must not choose the result's class
  const a = new Map(Array.from(before.findings, (f) => [f.key, f]));
  const b = new Map(Array.from(after.findings, (f) => [f.key, f]));
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  const findings: FindingChange[] = [];
  for (const key of keys) {
    const x = a.get(key);
    const y = b.get(key);
    const changes: FindingChangeKind[] = [];
    if (x === undefined) changes.push("added");
    else if (y === undefined) changes.push("removed");
    else {
      if (x.status !== y.status) changes.push("status");
      if (x.lastDay !== y.lastDay) changes.push("last_day");
      if (!sameDeductions(x.deductions, y.deductions)) changes.push("deductions");
    }
    if (changes.length === 0) continue;
    const f = (x ?? y) as Finding;
    findings.push({ obligation: f.obligation, key, ...(x === undefined ? {} : { before: x }), ...(y === undefined ? {} : { after: y }), changes });
  }
  const na = flatten((before as Scored).scores, new Map());
  const nb = flatten((after as Scored).scores, new Map());
  const scores: ScoreChange[] = [];
  for (const id of [...new Set([...na.keys(), ...nb.keys()])]) {
    const x = na.get(id);
    const y = nb.get(id);
    const pb = x?.points ?? null;
    const pa = y?.points ?? null;
    if (pb === pa) continue;
    scores.push({ criterion: id, title: (x ?? y)?.title ?? id, before: pb, after: pa, delta: fromH(toH(pa ?? 0) - toH(pb ?? 0)) });
  }
  return { findings, scores, text: { vi: sentences(findings, scores, "vi"), en: sentences(findings, scores, "en") } };
}

function sentences(findings: readonly FindingChange[], scores: readonly ScoreChange[], locale: "vi" | "en"): string {
  const vi = locale === "vi";
  if (findings.length === 0 && scores.length === 0) return vi ? "Không có thay đổi." : "No change.";
  const w = (p: number | null): string => (p === null ? "—" : writeH(toH(p), locale));
  const signed = (p: number): string => `${p > 0 ? "+" : p < 0 ? "−" : "±"}${writeH(Math.abs(toH(p)), locale)}`;
  const lines = [vi ? `${findings.length} lần phát sinh thay đổi; ${scores.length} tiêu chí thay đổi điểm.` : `${findings.length} occurrences changed; ${scores.length} criteria changed points.`];
  for (const s of scores) lines.push(vi ? `Tiêu chí ${s.criterion} (${s.title}): ${w(s.before)} → ${w(s.after)} điểm (${signed(s.delta)}).` : `Criterion ${s.criterion} (${s.title}): ${w(s.before)} → ${w(s.after)} points (${signed(s.delta)}).`);
  for (const c of findings) {
    const x = c.before;
    const y = c.after;
    if (x === undefined) lines.push(vi ? `${c.key}: chỉ có sau khi thay đổi (${statusText((y as Finding).status, locale)}).` : `${c.key}: only after the change (${statusText((y as Finding).status, locale)}).`);
    else if (y === undefined) lines.push(vi ? `${c.key}: chỉ có trước khi thay đổi (${statusText(x.status, locale)}).` : `${c.key}: only before the change (${statusText(x.status, locale)}).`);
    else {
      const parts: string[] = [];
      if (c.changes.includes("status")) parts.push(`${statusText(x.status, locale)} → ${statusText(y.status, locale)}`);
      if (c.changes.includes("last_day")) parts.push(vi ? `hạn cuối ${x.lastDay ?? "—"} → ${y.lastDay ?? "—"}` : `last day ${x.lastDay ?? "—"} → ${y.lastDay ?? "—"}`);
      if (c.changes.includes("deductions")) parts.push(vi ? `bị trừ ${w(fromH(lostH(x)))} → ${w(fromH(lostH(y)))} điểm` : `points lost ${w(fromH(lostH(x)))} → ${w(fromH(lostH(y)))}`);
      lines.push(`${c.key}: ${parts.join("; ")}.`);
    }
  }
  return lines.join("\n");
}
