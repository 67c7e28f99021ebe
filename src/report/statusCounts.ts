/**
 * The one-line count of findings by status that heads text and Markdown reports.
 * @module
 */
import type { Finding, FindingStatus } from "../engine/types.js";
import type { Locale } from "../errors.js";
import { REPORT_WORD, STATUS_WORD } from "./labels.js";

const ORDER: readonly FindingStatus[] = ["on_time", "late", "overdue", "open", "cancelled", "undated"];

/** "Số việc theo trạng thái: đúng hạn 216, trễ hạn 24, … · sớm hạn 120 · tổng 264". */
export function statusCountsLine(findings: readonly Finding[], locale: Locale): string {
  const counts = new Map<FindingStatus, number>(ORDER.map((s) => [s, 0]));
  let early = 0;
  for (const f of findings) {
    counts.set(f.status, (counts.get(f.status) ?? 0) + 1);
    if (f.early) early += 1;
  }
  const w = REPORT_WORD[locale];
  return `${w.counts}: ${ORDER.map((s) => `${STATUS_WORD[locale][s]} ${counts.get(s) ?? 0}`).join(", ")} · ${w.early} ${early} · ${w.total} ${findings.length}`;
}
