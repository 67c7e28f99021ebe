/**
 * An evaluation as CSV for Excel: one row per finding, the columns of {@link FINDING_COLUMNS}.
 * @module
 */
import type { Evaluation } from "../engine/types.js";
import type { ReportContext } from "./context.js";
import { toCsv } from "./csv.js";
import { FINDING_COLUMNS } from "./findingColumns.js";

/** @internal */
export function evaluationCsv(evaluation: Evaluation, c: ReportContext): string {
  return toCsv([FINDING_COLUMNS.map((col) => col[c.locale]), ...evaluation.findings.map((f) => FINDING_COLUMNS.map((col) => col.value(f, c)))]);
}
