/**
 * An evaluation as an aligned text table for a terminal: heading, counts by status, one row per
 * finding with its one-line reason under it, summaries per owner unit and per task, the
 * accounting of events.
 * @module
 */
import type { Evaluation } from "../engine/types.js";
import { accountingLines } from "./accountingLines.js";
import type { ReportContext } from "./context.js";
import { shortInstant } from "./dates.js";
import { FINDING_HEAD, findingCells } from "./findingCells.js";
import { REPORT_WORD } from "./labels.js";
import { statusCountsLine } from "./statusCounts.js";
import { SUMMARY_NUMERIC, summaryCells } from "./summaryRows.js";
import { alignRows } from "./textTable.js";
import { whyFinding } from "./why.js";

/** @internal */
export function evaluationText(evaluation: Evaluation, c: ReportContext): string {
  const w = REPORT_WORD[c.locale];
  const out: string[] = [];
  out.push(`${w.evaluation} "${c.title}"`);
  out.push(`${w.asOf}: ${shortInstant(evaluation.asOf, c.locale)} · ${evaluation.calendar}`);
  out.push(statusCountsLine(evaluation.findings, c.locale), "");
  if (evaluation.findings.length === 0) out.push(w.none);
  else {
    out.push(w.findings);
    const lines = alignRows([[...FINDING_HEAD[c.locale]], ...evaluation.findings.map((f) => findingCells(f, c))]);
    out.push(lines[0] ?? "");
    evaluation.findings.forEach((f, i) => {
      out.push(lines[i + 1] ?? "");
      const notes = c.explain ? f.explanation[c.locale] : [whyFinding(f, c.locale, c.asOf)];
      for (const n of notes) out.push(`    ↳ ${n}`);
    });
  }
  const { byUnit, byObligation } = evaluation.summary;
  out.push("", w.byUnit, ...alignRows(summaryCells(byUnit, (r) => c.unitName(r.key), c.locale), SUMMARY_NUMERIC));
  out.push("", w.byObligation, ...alignRows(summaryCells(byObligation, (r) => r.key, c.locale), SUMMARY_NUMERIC));
  out.push("", ...accountingLines(evaluation.accounting, c.locale));
  return `${out.join("\n")}\n`;
}
