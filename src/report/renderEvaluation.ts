/**
 * Rendering an evaluation in a format (table, CSV, Markdown, JSON, iCalendar): one renderer per
 * format in an exhaustive table.
 * @module
 */
import type { Evaluation } from "../engine/types.js";
import { checkEvaluation } from "../engine/evaluationShape.js";
import { describe } from "../engine/summary.js";
import { InvalidInputError, issue, readLocale } from "../errors.js";
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

const OPTION_KEYS: readonly (keyof ReportOptions)[] = ["format", "locale", "units", "title", "explain"];

/** Checks the options of {@link renderEvaluation}: an object of known keys with values of their types (which format a text names is checked by the caller). */
function checkReportOptions(options: unknown): asserts options is ReportOptions {
  const bad = (expected: string, value: unknown, path: (string | number)[]): InvalidInputError => new InvalidInputError([issue("invalid_type", { expected, received: describe(value) }, path)]);
  if (options === null || typeof options !== "object" || Array.isArray(options)) throw bad("ReportOptions (object)", options, ["options"]);
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!(OPTION_KEYS as readonly string[]).includes(key)) throw new InvalidInputError([issue("unknown_key", { key }, ["options", key])]);
  readLocale(o["locale"], ["options", "locale"]);
  const format = o["format"];
  if (format !== undefined && typeof format !== "string") throw new InvalidInputError([issue("invalid_option", { name: "format", value: format, expected: REPORT_FORMATS.join(" | ") }, ["options", "format"])]);
  if (o["title"] !== undefined && typeof o["title"] !== "string") throw bad("string", o["title"], ["options", "title"]);
  if (o["explain"] !== undefined && typeof o["explain"] !== "boolean") throw bad("boolean", o["explain"], ["options", "explain"]);
  const units = o["units"];
  if (units === undefined) return;
  if (!Array.isArray(units)) throw bad("ReportUnit[]", units, ["options", "units"]);
  for (let i = 0; i < units.length; i++) {
    const u: unknown = units[i];
    if (u === null || typeof u !== "object" || Array.isArray(u)) throw bad("ReportUnit", u, ["options", "units", i]);
    const r = u as Record<string, unknown>;
    for (const k of ["id", "name"] as const) if (typeof r[k] !== "string") throw bad("string", r[k], ["options", "units", i, k]);
    if (r["short"] !== undefined && typeof r["short"] !== "string") throw bad("string", r["short"], ["options", "units", i, "short"]);
  }
}

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
 * @throws {@link InvalidInputError} `invalid_type` when `evaluation` is not a result of `evaluate` (or a
 *   field the report reads has the wrong type, at its path) or an option has the wrong type,
 *   `unknown_key` for another option, `invalid_option` for an unknown format or locale.
 * @example
 * renderEvaluation(evaluate(plan, events, { asOf }), { format: "csv", units: plan.units })
 * //~> "\uFEFFNhiệm vụ,Tên nhiệm vụ,Mã lần phát sinh,…\r\nI.1,Công khai …"
 * @remarks Since 0.2.0
 */
export function renderEvaluation(evaluation: Evaluation, options: ReportOptions = {}): string {
  checkEvaluation(evaluation, ["evaluation"]);
  checkReportOptions(options);
  const format = options.format ?? "table";
  if (!Object.prototype.hasOwnProperty.call(RENDERERS, format)) {
    throw new InvalidInputError([issue("invalid_option", { name: "format", value: format, expected: REPORT_FORMATS.join(" | ") }, ["options", "format"])]);
  }
  return RENDERERS[format](evaluation, reportContext(evaluation, options));
}
