/**
 * REPL friendliness: an {@link Evaluation} prints as a compact table in the Node REPL
 * (`util.inspect.custom`, reached through `Symbol.for` so the library does not import node:util)
 * and gives flat rows for `console.table`.
 * @module
 */
import { InvalidInputError, issue, readLocale, type Locale } from "../errors.js";
import { STATUS_LABEL } from "../messages/engine.js";
import { checkFindings, describe, isEvaluationLike } from "./summary.js";
import type { Evaluation, Finding } from "./types.js";

/** A flat row of a finding, for `console.table`. */
export interface FindingRow {
  readonly key: string;
  readonly owner: string;
  readonly status: string;
  readonly lastDay: string;
  readonly doneAt: string;
  readonly daysLate: number;
  readonly target: string;
  readonly flags: string;
}

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

function rowOf(f: Finding, locale: Locale): FindingRow {
  const labels = STATUS_LABEL[locale];
  const flags: string[] = [];
  if (f.early) flags.push(labels["early"] ?? "early");
  if (f.dueSoon) flags.push(locale === "vi" ? "sắp đến hạn" : "due soon");
  if (f.paused) flags.push(locale === "vi" ? "tạm dừng" : "paused");
  if (f.provisional) flags.push(locale === "vi" ? "tạm tính" : "provisional");
  if (f.extensions > 0) flags.push(locale === "vi" ? `gia hạn ×${f.extensions}` : `extended ×${f.extensions}`);
  return {
    key: f.key,
    owner: f.owner ?? "",
    status: labels[f.status] ?? f.status,
    lastDay: f.lastDay ?? "",
    doneAt: f.doneAt === null ? "" : f.doneAt.slice(0, 16).replace("T", " "),
    daysLate: f.daysLate,
    target: f.target === null ? "" : f.target.status,
    flags: flags.join(", "),
  };
}

/**
 * Flat rows of an evaluation's findings, for `console.table` (one row per finding, texts in the
 * evaluation's locale unless another is given).
 *
 * @param evaluation - A result of `evaluate`.
 * @param locale - `"vi"` or `"en"` (default: the evaluation's).
 * @returns One {@link FindingRow} per finding, in the findings' order.
 * @throws {@link InvalidInputError} `invalid_type` (path `evaluation`) when `evaluation` is not a result of `evaluate`.
 * @example
 * console.table(toRows(evaluate(plan, events, { asOf: "2024-07-19T17:00:00+07:00" })))
 * //~> ┌─────────┬───────────────────┬───────┬──────────┬────────────┬ …
 * @deprecated Use `evaluation.rows(locale)` ({@link Evaluation.rows}); removed in 1.0.
 * @remarks Since 0.1.0
 */
export function toRows(evaluation: Omit<Evaluation, "rows">, locale?: Locale): FindingRow[] {
  if (!isEvaluationLike(evaluation)) {
    throw new InvalidInputError([issue("invalid_type", { expected: "Evaluation (a result of evaluate)", received: describe(evaluation) }, ["evaluation"])]);
  }
  const loc = locale === undefined ? readLocale(evaluation.locale, ["evaluation", "locale"]) : readLocale(locale);
  checkFindings(evaluation.findings, ["evaluation", "findings"]);
  return Array.from(evaluation.findings, (f) => rowOf(f, loc));
}

function pad(text: string, width: number): string {
  const t = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return t + " ".repeat(Math.max(0, width - t.length));
}

/** The compact text table printed by the REPL. @internal */
export function renderTable(evaluation: Omit<Evaluation, "rows">, limit = 20): string {
  const rows = toRows(evaluation);
  const head: FindingRow = evaluation.locale === "en"
    ? { key: "occurrence", owner: "owner", status: "status", lastDay: "last day", doneAt: "done at", daysLate: 0, target: "target", flags: "" }
    : { key: "lần phát sinh", owner: "chủ trì", status: "trạng thái", lastDay: "hạn cuối", doneAt: "hoàn thành", daysLate: 0, target: "mục tiêu", flags: "" };
  const cols: (keyof FindingRow)[] = ["key", "owner", "status", "lastDay", "doneAt", "daysLate", "target", "flags"];
  const shown = rows.slice(0, limit);
  const width = (c: keyof FindingRow): number => Math.min(32, Math.max(c === "daysLate" ? 4 : String(head[c]).length, ...shown.map((r) => String(r[c]).length)));
  const widths = cols.map(width);
  const line = (r: FindingRow, isHead: boolean): string =>
    cols.map((c, i) => pad(isHead && c === "daysLate" ? (evaluation.locale === "en" ? "late" : "trễ") : String(r[c]), widths[i] as number)).join("  ").trimEnd();
  const statusCounts = new Map<string, number>();
  for (const f of evaluation.findings) statusCounts.set(f.status, (statusCounts.get(f.status) ?? 0) + 1);
  const summary = [...statusCounts.entries()].map(([s, n]) => `${s} ${n}`).join(", ");
  const a = evaluation.accounting;
  const title = `Evaluation ${evaluation.plan} @ ${evaluation.asOf}: ${evaluation.findings.length} findings (${summary}); events ${a.input} = ${a.used.length} used + ${a.ignored.length} ignored`;
  const body = [line(head, true), ...shown.map((r) => line(r, false))];
  if (rows.length > limit) body.push(`… ${rows.length - limit} more (evaluation.rows())`);
  return [title, ...body].join("\n");
}

/**
 * Adds the REPL printer and `rows()` as non-enumerable properties (so the evaluation stays plain,
 * serialisable data) and freezes the top level.
 * @internal
 */
export function attachRepl(data: Omit<Evaluation, "rows">): Evaluation {
  const evaluation = data as Evaluation;
  Object.defineProperty(evaluation, INSPECT, { value: () => renderTable(evaluation), enumerable: false });
  Object.defineProperty(evaluation, "rows", { value: (locale?: Locale) => toRows(evaluation, locale), enumerable: false });
  return Object.freeze(evaluation);
}
