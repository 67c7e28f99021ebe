/**
 * Rendering an evaluation in a format (table, CSV, Markdown, JSON, iCalendar): one renderer per
 * format in an exhaustive table.
 * @module
 */
import type { Evaluation } from "../engine/types.js";
import { isEvaluationLike, describe } from "../engine/summary.js";
import { InvalidInputError, issue } from "../errors.js";
import { REPORT_FORMATS, reportContext, type ReportContext, type ReportFormat, type ReportOptions } from "./context.js";
import { evaluationCsv } from "./evaluationCsv.js";
import { evaluationIcs } from "./evaluationIcs.js";
import { evaluationJson } from "./evaluationJson.js";
import { evaluationMarkdown } from "./evaluationMarkdown.js";
import { evaluationText } from "./evaluationText.js";

const RENDERERS: { readonly [F in ReportFormat]: (evaluation: Evaluation, context: ReportContext) => string } = {
  table: evaluationText,
  csv: evaluationCsv,
  md: evaluationMarkdown,
  json: evaluationJson,
  ics: evaluationIcs,
};

/**
 * Renders an evaluation as a report (báo cáo): an aligned text table, CSV for Excel (RFC 4180,
 * UTF-8 with BOM), Markdown, JSON, or iCalendar (RFC 5545) of the open deadlines. Pure: returns
 * a string, prints nothing.
 *
 * - `table`: counts by status, one row per finding (status words "trễ hạn", "quá hạn" …; the
 *   `early` flag in its own column; unit names) with its one-line reason, summaries per unit and task;
 * - `csv`: one row per finding with every field an analyst filters on, and the reason;
 * - `md`: the same as `table` as Markdown tables;
 * - `json`: the evaluation's data, each finding with `ownerName` and `why: { vi, en }`;
 * - `ics`: every open or overdue finding as an event on its last day with an alarm the day before.
 *
 * @param evaluation - A result of `evaluate`.
 * @param options - `format` (default `"table"`), `locale` (default `"vi"`), the plan's `units` and `title`, `explain`.
 * @returns The report's text (CSV starts with a BOM; CSV and iCalendar lines end with CRLF).
 * @throws {@link InvalidInputError} `invalid_type` when `evaluation` is not a result of `evaluate`,
 *   `invalid_option` for an unknown format or locale.
 * @example
 * renderEvaluation(evaluate(plan, events, { asOf }), { format: "csv", units: plan.units })
 * //~> "\uFEFFNhiệm vụ,Tên nhiệm vụ,Mã lần phát sinh,…\r\nI.1,Công khai …"
 * @remarks Since 0.2.0
 */
export function renderEvaluation(evaluation: Evaluation, options: ReportOptions = {}): string {
  if (!isEvaluationLike(evaluation)) {
    throw new InvalidInputError([issue("invalid_type", { expected: "Evaluation (a result of evaluate)", received: describe(evaluation) }, ["evaluation"])]);
  }
  const format = options.format ?? "table";
  if (!Object.prototype.hasOwnProperty.call(RENDERERS, format)) {
    throw new InvalidInputError([issue("invalid_option", { name: "format", value: format, expected: REPORT_FORMATS.join(" | ") }, ["options", "format"])]);
  }
  return RENDERERS[format](evaluation, reportContext(evaluation, options));
}
