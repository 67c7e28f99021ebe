/**
 * The score part of the demo: the criteria trees of the seed plan scored (the PAR Index tree of
 * Kế hoạch 4712/KH-BQL, seed 002, and the QĐ 766/QĐ-TTg tree fed by the one-stop dossiers), the
 * points each unit lost (seed 001: units answer for the points their tasks lose), and one what-if:
 * the same year read with "trước ngày X" as X included.
 */
import { formatPoints, formatScoreSheet, pointsLost, whatIf, type Evaluation } from "../../src/index.js";
import { asOfInstant, DEFAULT_AS_OF, loadHeza2024Events, loadHeza2024Plan, type DemoLocale } from "./run.js";

const TEXT = {
  vi: {
    sheet: "BẢNG ĐIỂM (điểm tiêu chí và mức trừ là minh họa, xem README)",
    lost: "ĐIỂM BỊ TRỪ THEO ĐƠN VỊ CHỦ TRÌ",
    head: ["Đơn vị", "Điểm bị trừ", "Lần trừ", "Trễ hạn", "Quá hạn", "Mục tiêu"],
    whatIf: 'GIẢ ĐỊNH: đọc "trước ngày X" là tính cả ngày X (beforeDate: "inclusive")',
    more: (n: number) => `  … và ${n} dòng nữa`,
  },
  en: {
    sheet: "SCORE SHEET (criterion points and deductions are illustrative, see README)",
    lost: "POINTS LOST PER OWNER UNIT",
    head: ["Unit", "Points lost", "Deductions", "Late", "Overdue", "Target"],
    whatIf: 'WHAT-IF: "trước ngày X" read as X included (beforeDate: "inclusive")',
    more: (n: number) => `  … and ${n} more lines`,
  },
} as const;

/** The score sheet, the points lost per unit and the what-if, as lines. */
export function formatHezaScores(evaluation: Evaluation, locale: DemoLocale, asOf: string = DEFAULT_AS_OF): string[] {
  const t = TEXT[locale];
  const out: string[] = ["", t.sheet, ...formatScoreSheet(evaluation.scores, locale).split("\n").map((l) => `  ${l}`)];
  out.push("", t.lost);
  const rows = pointsLost(evaluation).map((r) => [r.label, formatPoints(r.points, locale), String(r.deductions), formatPoints(r.byReason.late, locale), formatPoints(r.byReason.overdue, locale), formatPoints(r.byReason.missed_target, locale)]);
  const all = [t.head.slice(), ...rows];
  const widths = all[0]?.map((_, c) => Math.max(...all.map((r) => (r[c] ?? "").length))) ?? [];
  for (const r of all) out.push(`  ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  ")}`);
  const w = whatIf(loadHeza2024Plan(), loadHeza2024Events(), { asOf: asOfInstant(asOf), locale }, { policy: { beforeDate: "inclusive" } });
  const lines = w.comparison.text[locale].split("\n");
  out.push("", t.whatIf, ...lines.slice(0, 12).map((l) => `  ${l}`));
  if (lines.length > 12) out.push(t.more(lines.length - 12));
  return out;
}
