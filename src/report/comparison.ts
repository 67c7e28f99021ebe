/**
 * What-if comparisons (so sánh giả định) as reports: the sentences of `compare`, then each
 * occurrence whose status, last day or deductions changed, and each criterion whose points changed.
 * @module
 */
import type { Finding } from "../engine/types.js";
import type { Locale } from "../errors.js";
import type { Comparison } from "../scoring/compare.js";
import { formatPoints } from "../scoring/points.js";
import { readTabularOptions, type ReportFormat } from "./context.js";
import { checkComparison } from "./shapes.js";
import { toCsv } from "./csv.js";
import { shortDate } from "./dates.js";
import { STATUS_WORD } from "./labels.js";
import { markdownTable } from "./markdown.js";
import { alignRows } from "./textTable.js";

/** Options of {@link renderComparison}. */
export interface ComparisonOptions {
  /** `"table"` (default), `"csv"`, `"md"` or `"json"`. */
  readonly format?: ReportFormat;
  /** Language (default `"vi"`). */
  readonly locale?: Locale;
}

const WORD = {
  vi: {
    findings: "LẦN PHÁT SINH THAY ĐỔI",
    scores: "ĐIỂM THAY ĐỔI",
    findingHead: ["Nhiệm vụ", "Lần phát sinh", "Thay đổi", "Trước", "Sau"],
    scoreHead: ["Tiêu chí", "Tên", "Trước", "Sau", "Chênh lệch"],
    none: "Không có gì thay đổi.",
    absent: "(không có)",
  },
  en: {
    findings: "OCCURRENCES CHANGED",
    scores: "POINTS CHANGED",
    findingHead: ["Task", "Occurrence", "Changes", "Before", "After"],
    scoreHead: ["Criterion", "Title", "Before", "After", "Delta"],
    none: "Nothing changed.",
    absent: "(none)",
  },
} as const;

function side(f: Finding | undefined, locale: Locale): string {
  if (f === undefined) return WORD[locale].absent;
  const lost = f.deductions.reduce((s, d) => s + d.points, 0);
  return `${STATUS_WORD[locale][f.status]}${f.lastDay === null ? "" : ` ${shortDate(f.lastDay, locale)}`}${lost > 0 ? ` −${formatPoints(lost, locale)}` : ""}`;
}

const points = (v: number | null, locale: Locale): string => (v === null ? "—" : formatPoints(v, locale));
const delta = (v: number, locale: Locale): string => `${v > 0 ? "+" : v < 0 ? "−" : ""}${formatPoints(Math.abs(v), locale)}`;

/**
 * Renders a comparison of two evaluations (`compare`, `whatIf(...).comparison`).
 *
 * @param comparison - A result of `compare`.
 * @param options - `format` (table, csv, md, json) and `locale`.
 * @returns The text.
 * @throws {@link InvalidInputError} `invalid_option` for an unknown format or locale, or `ics`;
 *   `invalid_type` for a value that is not a result of `compare`.
 * @example
 * renderComparison(whatIf(plan, events, { asOf }, { policy: { beforeDate: "inclusive" } }).comparison, { locale: "en" })
 * //~> "3 occurrences changed; …\n\nOCCURRENCES CHANGED\nTask  Occurrence  Changes  Before  After\n…"
 * @remarks Since 0.2.0
 */
export function renderComparison(comparison: Comparison, options: ComparisonOptions = {}): string {
  checkComparison(comparison, ["comparison"]);
  const { locale, format } = readTabularOptions(options);
  const w = WORD[locale];
  // lists read with Array.from: a host's array may carry its own `constructor` key, which `map` would follow
  const findingRows = Array.from(comparison.findings, (c) => [c.obligation, c.key.startsWith(`${c.obligation}:`) ? c.key.slice(c.obligation.length + 1) : c.key, Array.from(c.changes).join(", "), side(c.before, locale), side(c.after, locale)]);
  const scoreRows = Array.from(comparison.scores, (s) => [s.criterion, s.title, points(s.before, locale), points(s.after, locale), delta(s.delta, locale)]);
  switch (format) {
    case "json":
      return `${JSON.stringify(comparison, null, 2)}\n`;
    case "csv": {
      const head = locale === "vi" ? ["Loại", "Mã", "Lần phát sinh / tên", "Thay đổi", "Trước", "Sau", "Chênh lệch"] : ["Kind", "Id", "Occurrence / title", "Changes", "Before", "After", "Delta"];
      return toCsv([
        head,
        ...findingRows.map((r) => [locale === "vi" ? "lần phát sinh" : "occurrence", ...r, ""]),
        ...scoreRows.map((r) => [locale === "vi" ? "điểm" : "points", r[0] as string, r[1] as string, "", r[2] as string, r[3] as string, r[4] as string]),
      ]);
    }
    case "md": {
      const out = [comparison.text[locale], ""];
      if (findingRows.length > 0) out.push(`## ${w.findings}`, "", ...markdownTable([[...w.findingHead], ...findingRows]), "");
      if (scoreRows.length > 0) out.push(`## ${w.scores}`, "", ...markdownTable([[...w.scoreHead], ...scoreRows], new Set([2, 3, 4])), "");
      if (findingRows.length === 0 && scoreRows.length === 0) out.push(w.none, "");
      return `${out.join("\n").trimEnd()}\n`;
    }
    case "table": {
      const out = [comparison.text[locale]];
      if (findingRows.length > 0) out.push("", w.findings, ...alignRows([[...w.findingHead], ...findingRows]));
      if (scoreRows.length > 0) out.push("", w.scores, ...alignRows([[...w.scoreHead], ...scoreRows], new Set([2, 3, 4])));
      if (findingRows.length === 0 && scoreRows.length === 0) out.push(w.none);
      return `${out.join("\n")}\n`;
    }
  }
}
