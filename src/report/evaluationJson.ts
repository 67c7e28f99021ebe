/**
 * An evaluation as JSON: the evaluation's plain data, each finding with its one-line reason in
 * both languages (`why: { vi, en }`) and its owner's name.
 * @module
 */
import type { Evaluation } from "../engine/types.js";
import type { ReportContext } from "./context.js";
import { whyFinding } from "./why.js";

/** @internal */
export function evaluationJson(evaluation: Evaluation, c: ReportContext): string {
  const value = {
    plan: evaluation.plan,
    asOf: evaluation.asOf,
    calendar: evaluation.calendar,
    findings: evaluation.findings.map((f) => ({
      ...f,
      ownerName: c.unitName(f.owner),
      why: { vi: whyFinding(f, "vi", c.asOf), en: whyFinding(f, "en", c.asOf) },
    })),
    summary: evaluation.summary,
    accounting: evaluation.accounting,
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}
