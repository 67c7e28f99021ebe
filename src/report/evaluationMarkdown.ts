/**
 * An evaluation as Markdown for a written report: heading, counts, the findings table with the
 * reason of each, summaries per owner unit and per task.
 * @module
 */
import type { Evaluation } from "../engine/types.js";
import { accountingLines } from "./accountingLines.js";
import type { ReportContext } from "./context.js";
import { shortInstant } from "./dates.js";
import { FINDING_HEAD, findingCells } from "./findingCells.js";
import { REPORT_WORD } from "./labels.js";
import { markdownTable } from "./markdown.js";
import { statusCountsLine } from "./statusCounts.js";
import { SUMMARY_NUMERIC, summaryCells } from "./summaryRows.js";
import { whyFinding } from "./why.js";

/** @internal */
export function evaluationMarkdown(evaluation: Evaluation, c: ReportContext): string {
  const w = REPORT_WORD[c.locale];
  const why = c.locale === "vi" ? "Lý do" : "Why";
  const out: string[] = [`# ${w.evaluation} "${c.title}"`, "", `${w.asOf}: ${shortInstant(evaluation.asOf, c.locale)} · ${evaluation.calendar}`, "", statusCountsLine(evaluation.findings, c.locale), ""];
  if (evaluation.findings.length === 0) out.push(w.none, "");
  else {
    out.push(`## ${w.findings}`, "");
    const rows = [[...FINDING_HEAD[c.locale], why], ...evaluation.findings.map((f) => [...findingCells(f, c), c.explain ? f.explanation[c.locale].join("\n") : whyFinding(f, c.locale, c.asOf)])];
    out.push(...markdownTable(rows), "");
  }
  const { byUnit, byObligation } = evaluation.summary;
  out.push(`## ${w.byUnit}`, "", ...markdownTable(summaryCells(byUnit, (r) => c.unitName(r.key), c.locale), SUMMARY_NUMERIC), "");
  out.push(`## ${w.byObligation}`, "", ...markdownTable(summaryCells(byObligation, (r) => r.key, c.locale), SUMMARY_NUMERIC), "");
  out.push(...accountingLines(evaluation.accounting, c.locale).map((l) => l.replace(/^  /, "- ")));
  return `${out.join("\n")}\n`;
}
