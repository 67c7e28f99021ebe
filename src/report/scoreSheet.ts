/**
 * Score sheets (bảng điểm) as reports: an indented table, CSV for Excel (one row per criterion,
 * with its depth and parent), Markdown for a written report, JSON; and the points each owner unit
 * lost.
 * @module
 */
import { InvalidInputError, issue, type Locale } from "../errors.js";
import type { LostRow } from "../scoring/pointsLost.js";
import { formatPoints } from "../scoring/points.js";
import type { ScoreNode } from "../scoring/types.js";
import { readTabularOptions, type ReportFormat } from "./context.js";
import { checkScoreNodes } from "../scoring/scoreShape.js";
import { checkLostRows } from "./shapes.js";
import { toCsv } from "./csv.js";
import { markdownTable } from "./markdown.js";
import { alignRows } from "./textTable.js";

/** Options of {@link renderScoreSheet}. */
export interface ScoreSheetOptions {
  /** `"table"` (default), `"csv"`, `"md"` or `"json"`. */
  readonly format?: ReportFormat;
  /** Language of headers and words (default `"vi"`). */
  readonly locale?: Locale;
  /** Points lost per owner unit (`pointsLost(evaluation, "owner")`), shown after the sheet. */
  readonly lostByUnit?: readonly LostRow[];
  /** A heading (the plan's title). */
  readonly title?: string;
}

const HEAD = {
  vi: ["Mã", "Tiêu chí", "Điểm", "Tối đa áp dụng", "Tỷ lệ", "Xếp loại", "Điểm bị trừ", "Số lần trừ"],
  en: ["Id", "Criterion", "Points", "Applicable max", "Percent", "Band", "Points lost", "Deductions"],
} as const;

const WORD = {
  vi: { sheet: "BẢNG ĐIỂM", lost: "ĐIỂM BỊ TRỪ THEO ĐƠN VỊ CHỦ TRÌ", unit: "Đơn vị", points: "Điểm bị trừ", deductions: "Số lần trừ", findings: "Số việc", na: "không áp dụng", none: "Kế hoạch không có bộ tiêu chí." },
  en: { sheet: "SCORE SHEET", lost: "POINTS LOST BY OWNER UNIT", unit: "Unit", points: "Points lost", deductions: "Deductions", findings: "Findings", na: "n/a", none: "The plan has no criteria." },
} as const;

interface Flat {
  readonly node: ScoreNode;
  readonly depth: number;
  readonly parent: string | null;
}

function flatten(nodes: readonly ScoreNode[]): Flat[] {
  const out: Flat[] = [];
  const walk = (node: ScoreNode, depth: number, parent: string | null): void => {
    out.push({ node, depth, parent });
    for (const c of node.children) walk(c, depth + 1, node.id);
  };
  for (const n of nodes) walk(n, 0, null);
  return out;
}

function cells({ node: n, depth }: Flat, locale: Locale, indent: string): string[] {
  const p = (v: number | null): string => (v === null ? "" : formatPoints(v, locale));
  return [
    `${indent.repeat(depth)}${n.id}`,
    n.title,
    n.applicable ? p(n.points) : WORD[locale].na,
    p(n.applicableMax),
    n.percent === null ? "" : `${p(n.percent)}%`,
    n.band ?? "",
    n.lost > 0 ? p(n.lost) : "",
    n.deductions.length > 0 ? String(n.deductions.length) : "",
  ];
}

function lostCells(rows: readonly LostRow[], locale: Locale): string[][] {
  const w = WORD[locale];
  return [[w.unit, w.points, w.deductions, w.findings], ...rows.map((r) => [r.label, formatPoints(r.points, locale), String(r.deductions), String(r.findings)])];
}

/**
 * Renders score sheets (the scored criteria trees of `evaluate` or `score`).
 *
 * @param nodes - Scored trees (`evaluation.scores`).
 * @param options - `format` (table, csv, md, json), `locale`, `lostByUnit`, `title`.
 * @returns The text; CSV has one row per node with its depth and parent, points in the locale's
 *   decimal mark.
 * @throws {@link InvalidInputError} `invalid_option` for an unknown format or locale, or `ics`;
 *   `invalid_type` for nodes, rows or options that are not what `score` and `pointsLost` give.
 * @example
 * renderScoreSheet(evaluation.scores, { format: "md" })
 * //~> "| Mã | Tiêu chí | Điểm | …\n| PAR | Chỉ số CCHC | 93,20 | 100,00 | 93,20% | A | 6,80 | 12 |"
 * @remarks Since 0.2.0
 */
export function renderScoreSheet(nodes: readonly ScoreNode[], options: ScoreSheetOptions = {}): string {
  checkScoreNodes(nodes, ["nodes"]);
  const { locale, format } = readTabularOptions(options);
  if (options.lostByUnit !== undefined) checkLostRows(options.lostByUnit, ["options", "lostByUnit"]);
  if (options.title !== undefined && typeof options.title !== "string") {
    throw new InvalidInputError([issue("invalid_type", { expected: "string", received: typeof options.title }, ["options", "title"])]);
  }
  const w = WORD[locale];
  const flat = flatten(nodes);
  const lost = options.lostByUnit ?? [];
  const title = options.title === undefined ? w.sheet : `${w.sheet}: ${options.title}`;
  switch (format) {
    case "json":
      return `${JSON.stringify({ scores: nodes, lostByUnit: lost }, null, 2)}\n`;
    case "csv": {
      const head = locale === "vi" ? ["Cấp", "Mã cha", "Loại", "Tối đa", "Diễn giải"] : ["Depth", "Parent", "Kind", "Max", "Explanation"];
      return toCsv([
        [...HEAD[locale], ...head],
        ...flat.map((f) => [...cells(f, locale, ""), String(f.depth), f.parent ?? "", f.node.kind, formatPoints(f.node.max, locale), f.node.explanation[locale]]),
      ]);
    }
    case "md": {
      const out = [`# ${title}`, ""];
      if (nodes.length === 0) out.push(w.none);
      else out.push(...markdownTable([[...HEAD[locale]], ...flat.map((f) => cells(f, locale, "  "))], new Set([2, 3, 4, 6, 7])));
      if (lost.length > 0) out.push("", `## ${w.lost}`, "", ...markdownTable(lostCells(lost, locale), new Set([1, 2, 3])));
      return `${out.join("\n")}\n`;
    }
    case "table": {
      const out = [title];
      if (nodes.length === 0) out.push(w.none);
      else out.push(...alignRows([[...HEAD[locale]], ...flat.map((f) => cells(f, locale, "  "))], new Set([2, 3, 4, 6, 7])));
      if (lost.length > 0) out.push("", w.lost, ...alignRows(lostCells(lost, locale), new Set([1, 2, 3])));
      return `${out.join("\n")}\n`;
    }
  }
}
