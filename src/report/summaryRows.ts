/**
 * Rows of a summary (per unit, per task) as cells, shared by the text and Markdown reports.
 * @module
 */
import type { SummaryRow } from "../engine/types.js";
import type { Locale } from "../errors.js";
import { percent } from "./dates.js";
import { SUMMARY_HEAD } from "./labels.js";

/** The header row and one row per summary row; columns 1… are numbers (right-aligned). */
export function summaryCells(rows: readonly SummaryRow[], label: (row: SummaryRow) => string, locale: Locale): string[][] {
  return [
    [...SUMMARY_HEAD[locale]],
    ...rows.map((r) => [label(r), String(r.total), String(r.early), String(r.onTime), String(r.late), String(r.overdue), String(r.open), String(r.undated), String(r.cancelled), percent(r.rate, locale)]),
  ];
}

/** Indexes of the numeric columns of {@link summaryCells}. */
export const SUMMARY_NUMERIC: ReadonlySet<number> = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]);
