/**
 * The seed plan end to end: the 2024 task assignment of Ban Quản lý Khu kinh tế Hải Phòng
 * (plan.json) evaluated against the example's event log for 2024 (events.json), and the text the
 * demo prints (findings, summaries per unit and per obligation, the one-stop window of the monthly
 * TTHC report, the accounting of events).
 *
 * Run alone: `node --import tsx examples/heza-2024/run.ts [--en] [--as-of YYYY-MM-DD] [--all] [--explain]`.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { summarize } from "../../src/engine/index.js";
import type { Finding, SummaryRow } from "../../src/engine/types.js";
import { evaluate, type Evaluation } from "../../src/scoring/index.js";
import type { PlanInput } from "../../src/schema/index.js";

const HERE = dirname(fileURLToPath(import.meta.url));

/** Languages of the printed text. */
export type DemoLocale = "vi" | "en";

/** The default "as of" day of the example: the end of the plan's year. */
export const DEFAULT_AS_OF = "2024-12-31";

/** The reporting window of Báo cáo 321/BC-BQL (seed 003): "Tính từ ngày 20/6/2024 đến ngày 19/7/2024". */
export const TTHC_WINDOW = { from: "2024-06-20", to: "2024-07-19", label: "20/06–19/07/2024" } as const;

/** The obligation of the one-stop dossiers. */
export const DOSSIER_OBLIGATION = "mot-cua";

/** The plan as written (JSON), not yet validated. */
export function loadHeza2024Plan(): PlanInput {
  return JSON.parse(readFileSync(join(HERE, "plan.json"), "utf8")) as PlanInput;
}

/** The event log of the example, as written (JSON). */
export function loadHeza2024Events(): unknown[] {
  return JSON.parse(readFileSync(join(HERE, "events.json"), "utf8")) as unknown[];
}

/**
 * The instant an "as of" day stands for: the end of that day in Vietnam ("tính đến hết ngày").
 * An instant is passed through.
 */
export function asOfInstant(asOf: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}T23:59:59+07:00` : asOf;
}

/** Options of {@link runHeza2024}. */
export interface RunOptions {
  /** A day `YYYY-MM-DD` (its end) or an instant; default {@link DEFAULT_AS_OF}. */
  readonly asOf?: string;
  readonly locale?: DemoLocale;
}

/**
 * Evaluates the seed plan against the example's events.
 *
 * @example
 * runHeza2024({ asOf: "2024-12-31" }).findings.find((f) => f.key === "KH4712:2024-02")?.lastDay
 * //=> "2024-02-15" (10/02/2024 is Tết: Đ.148.5 moves it to the next working day)
 */
export function runHeza2024(options: RunOptions = {}): Evaluation {
  return evaluate(loadHeza2024Plan(), loadHeza2024Events(), {
    asOf: asOfInstant(options.asOf ?? DEFAULT_AS_OF),
    locale: options.locale ?? "vi",
  });
}

/** The one-stop dossiers in the window of the monthly TTHC report (seed 003). */
export function dossierWindowSummary(evaluation: Evaluation): SummaryRow {
  const dossiers = evaluation.findings.filter((f) => f.obligation === DOSSIER_OBLIGATION);
  const summary = summarize(dossiers, { asOf: evaluation.asOf, periods: [TTHC_WINDOW] });
  const row = summary.byPeriod[0];
  if (row === undefined) throw new Error("no window row");
  return row;
}

// ---------------------------------------------------------------------------------------------
// Printing

const TEXT = {
  vi: {
    title: "Đánh giá kế hoạch",
    asOf: "Tính đến",
    endOfDay: "hết ngày",
    findings: "KẾT QUẢ TỪNG VIỆC",
    head: ["Việc", "Đơn vị chủ trì", "Khóa", "Trạng thái", "Sớm", "Hạn cuối", "Hoàn thành", "Trễ (ngày / NLV)"],
    hidden: (n: number) => `… và ${n} hồ sơ một cửa đúng hạn khác (thêm --all để xem tất cả).`,
    byUnit: "TỔNG HỢP THEO ĐƠN VỊ CHỦ TRÌ",
    byObligation: "TỔNG HỢP THEO NHIỆM VỤ",
    summaryHead: ["", "Tổng", "Sớm", "Đúng hạn", "Trễ", "Quá hạn", "Trong hạn", "Không TH", "Hủy", "Tỷ lệ đúng hạn"],
    window: `HỒ SƠ TTHC MỘT CỬA, KỲ BÁO CÁO ${TTHC_WINDOW.label} (như Báo cáo 321/BC-BQL)`,
    windowLines: (r: SummaryRow) => [
      `Đã giải quyết: ${r.resolved} hồ sơ; trong đó ${r.late} hồ sơ quá hạn, ${r.early} sớm hạn, ${r.onTime} đúng hạn.`,
      `Tiếp nhận trong kỳ: ${r.received}; chưa giải quyết cuối kỳ: ${r.open} trong hạn, ${r.overdue} quá hạn.`,
      `Tỷ lệ đúng hạn: ${pct(r.rate, "vi")} (${r.numerator}/${r.denominator}, mẫu số là hồ sơ đã giải quyết và hồ sơ quá hạn chưa giải quyết).`,
    ],
    accounting: "ĐỐI CHIẾU SỰ KIỆN",
    accountingLine: (input: number, used: number, ignored: number) => `Đầu vào ${input} sự kiện = ${used} được dùng + ${ignored} không dùng (có lý do).`,
    used: "Được dùng, theo vai trò",
    ignored: "Không dùng",
    status: { on_time: "đúng hạn", late: "trễ hạn", overdue: "quá hạn", open: "trong hạn", cancelled: "đã hủy", undated: "không thời hạn" } as Record<string, string>,
    role: {
      trigger: "phát sinh việc", anchor: "mốc tính", completion: "hoàn thành", extension: "gia hạn", pause: "tạm dừng",
      resume: "tiếp tục", restart: "tính lại", cancel: "hủy", quota: "tính định mức",
    } as Record<string, string>,
    reason: {
      invalid: "không hợp lệ", duplicate_id: "trùng id", after_as_of: "sau thời điểm đánh giá", unknown_type: "loại không có trong kế hoạch",
      filtered_out: "không khớp bộ lọc", no_matching_occurrence: "không có việc tương ứng", duplicate_trigger: "việc đã phát sinh",
      already_completed: "việc đã hoàn thành", occurrence_closed: "việc đã đóng", already_started: "đã bắt đầu tính",
      already_paused: "đang tạm dừng", not_paused: "không tạm dừng", extension_limit: "quá số lần gia hạn",
      extension_not_later: "gia hạn không muộn hơn", extension_without_deadline: "gia hạn không ghi thời hạn",
    } as Record<string, string>,
    counts: "Số việc theo trạng thái",
  },
  en: {
    title: "Evaluation of plan",
    asOf: "As of",
    endOfDay: "end of day",
    findings: "FINDINGS",
    head: ["Task", "Owner unit", "Key", "Status", "Early", "Last day", "Done at", "Late (days / wd)"],
    hidden: (n: number) => `… and ${n} more one-stop dossiers resolved on time (add --all to list them).`,
    byUnit: "SUMMARY BY OWNER UNIT",
    byObligation: "SUMMARY BY TASK",
    summaryHead: ["", "Total", "Early", "On time", "Late", "Overdue", "Open", "Undated", "Cancelled", "On-time rate"],
    window: `ONE-STOP DOSSIERS, REPORTING WINDOW ${TTHC_WINDOW.label} (as in report 321/BC-BQL)`,
    windowLines: (r: SummaryRow) => [
      `Resolved: ${r.resolved} dossiers; ${r.late} late, ${r.early} early, ${r.onTime} on time.`,
      `Received in the window: ${r.received}; unresolved at its end: ${r.open} open, ${r.overdue} overdue.`,
      `On-time rate: ${pct(r.rate, "en")} (${r.numerator}/${r.denominator}; the denominator is the dossiers resolved plus those overdue and unresolved).`,
    ],
    accounting: "ACCOUNTING OF EVENTS",
    accountingLine: (input: number, used: number, ignored: number) => `Input ${input} events = ${used} used + ${ignored} not used (with a reason).`,
    used: "Used, by role",
    ignored: "Not used",
    status: { on_time: "on time", late: "late", overdue: "overdue", open: "open", cancelled: "cancelled", undated: "undated" } as Record<string, string>,
    role: {
      trigger: "trigger", anchor: "anchor", completion: "completion", extension: "extension", pause: "pause",
      resume: "resume", restart: "restart", cancel: "cancel", quota: "quota count",
    } as Record<string, string>,
    reason: {} as Record<string, string>,
    counts: "Findings by status",
  },
} as const;

const STATUSES = ["on_time", "late", "overdue", "open", "cancelled", "undated"] as const;

function pct(rate: number | null, locale: DemoLocale): string {
  if (rate === null) return "—";
  const text = (Math.round(rate * 1000) / 10).toFixed(1);
  return `${locale === "vi" ? text.replace(".", ",") : text}%`;
}

function dmy(date: string | null): string {
  if (date === null) return "—";
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

function dmyTime(instant: string | null): string {
  if (instant === null) return "—";
  return `${dmy(instant.slice(0, 10))} ${instant.slice(11, 16)}`;
}

/** Display width of a string (code points; the Vietnamese text is NFC). */
function width(text: string): number {
  return [...text.normalize("NFC")].length;
}

function pad(text: string, size: number): string {
  return text + " ".repeat(Math.max(0, size - width(text)));
}

function padStart(text: string, size: number): string {
  return " ".repeat(Math.max(0, size - width(text))) + text;
}

function table(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number> = new Set()): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => (rightAligned.has(i) ? padStart(cell, widths[i] ?? 0) : pad(cell, widths[i] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
}

/**
 * The line of a finding's explanation that decides its last day (a roll over a holiday, a cap, an
 * extension, a waived target, a quota count …), else the line that says when the deadline ends.
 * The Vietnamese and English explanations are parallel, so the index found in one serves both.
 */
export function keyExplanationIndex(f: Finding): number {
  const vi = f.explanation.vi;
  const priorities = [
    /^Không có thời hạn/,
    /^Kết thúc \(hủy\)/,
    /^Kỳ .*cần tối thiểu/,
    /^Gia hạn \(/,
    /^Không áp dụng mục tiêu/,
    /^Sự kiện .* không ghi thời hạn/,
    /chuyển sang ngày làm việc tiếp theo,/,
    /không chuyển sang ngày làm việc tiếp theo/,
    /^Ngày cuối cùng .* là trước/,
    /^"Trước ngày/,
    /^Hạn kết thúc lúc/,
    /^Thời hạn kết thúc lúc/,
  ];
  for (const re of priorities) {
    const i = vi.findIndex((line) => re.test(line));
    if (i >= 0) return i;
  }
  return vi.length - 1;
}

/** Options of {@link formatHeza2024}. */
export interface FormatOptions {
  readonly locale?: DemoLocale;
  /** List every finding, including the one-stop dossiers resolved on time. */
  readonly all?: boolean;
  /** Print every explanation line instead of the deciding one. */
  readonly explain?: boolean;
}

/**
 * The text the demo prints for an evaluation of the seed plan: findings, summaries, the one-stop
 * window and the accounting, as lines.
 */
export function formatHeza2024(evaluation: Evaluation, options: FormatOptions = {}): string[] {
  const locale = options.locale ?? "vi";
  const t = TEXT[locale];
  const plan = loadHeza2024Plan();
  const unitName = new Map(plan.units.map((u) => [u.id, u.short ?? u.name]));
  const unitFull = Object.fromEntries(plan.units.map((u) => [u.id, u.name]));
  const order = new Map(plan.obligations.map((o, i) => [o.id, i]));
  const out: string[] = [];

  out.push(`${t.title} "${plan.title}"`);
  out.push(`${t.asOf}: ${dmyTime(evaluation.asOf)} (${t.endOfDay} ${dmy(evaluation.asOf.slice(0, 10))}) · ${evaluation.calendar}`);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<string, number>;
  let early = 0;
  for (const f of evaluation.findings) {
    counts[f.status] = (counts[f.status] ?? 0) + 1;
    if (f.early) early += 1;
  }
  out.push(
    `${t.counts}: ${STATUSES.map((s) => `${t.status[s]} ${counts[s]}`).join(", ")} · ${locale === "vi" ? "sớm hạn" : "early"} ${early} · ${locale === "vi" ? "tổng" : "total"} ${evaluation.findings.length}`,
  );

  // Findings, grouped by the plan's order of obligations, then by the engine's order (due, key).
  out.push("", t.findings);
  const sorted = [...evaluation.findings].sort((a, b) => (order.get(a.obligation) ?? 0) - (order.get(b.obligation) ?? 0));
  const shown = sorted.filter((f) => options.all === true || f.obligation !== DOSSIER_OBLIGATION || f.status !== "on_time");
  const rows: string[][] = [t.head.slice()];
  const explanations: string[][] = [];
  for (const f of shown) {
    const key = f.key.startsWith(`${f.obligation}:`) ? f.key.slice(f.obligation.length + 1) : f.key;
    const late = f.status === "late" || f.status === "overdue" ? `${f.daysLate} / ${f.workingDaysLate}` : "";
    rows.push([f.obligation, unitName.get(f.owner ?? "") ?? f.owner ?? "—", key, t.status[f.status] ?? f.status, f.early ? "✓" : "", dmy(f.lastDay), dmyTime(f.doneAt), late]);
    const lines = f.explanation[locale];
    explanations.push(options.explain === true ? [...lines] : [lines[keyExplanationIndex(f)] ?? ""]);
  }
  const printed = table(rows);
  out.push(printed[0] ?? "");
  printed.slice(1).forEach((line, i) => {
    out.push(line);
    for (const e of explanations[i] ?? []) out.push(`    ↳ ${e}`);
  });
  const hidden = sorted.length - shown.length;
  if (hidden > 0) out.push(t.hidden(hidden));

  const summary = summarize(evaluation, { unitNames: unitFull });
  const summaryRows = (list: readonly SummaryRow[], label: (r: SummaryRow) => string): string[] =>
    table(
      [
        t.summaryHead.slice(),
        ...list.map((r) => [label(r), String(r.total), String(r.early), String(r.onTime), String(r.late), String(r.overdue), String(r.open), String(r.undated), String(r.cancelled), pct(r.rate, locale)]),
      ],
      new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]),
    );
  out.push("", t.byUnit, ...summaryRows(summary.byUnit, (r) => r.label));
  const byObligation = [...summary.byObligation].sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
  out.push("", t.byObligation, ...summaryRows(byObligation, (r) => r.key));

  out.push("", t.window, ...t.windowLines(dossierWindowSummary(evaluation)).map((l) => `  ${l}`));

  const { accounting } = evaluation;
  out.push("", t.accounting, `  ${t.accountingLine(accounting.input, accounting.used.length, accounting.ignored.length)}`);
  const roles = new Map<string, number>();
  for (const u of accounting.used) roles.set(u.role, (roles.get(u.role) ?? 0) + 1);
  out.push(`  ${t.used}: ${[...roles.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([r, n]) => `${t.role[r] ?? r} ${n}`).join(", ")}`);
  if (accounting.ignored.length > 0) {
    out.push(`  ${t.ignored}:`);
    for (const i of accounting.ignored) out.push(`    ${i.eventId ?? `#${i.index ?? "?"}`}: ${t.reason[i.reason] ?? i.reason}`);
  }
  return out;
}

/** Reads `--en`, `--as-of YYYY-MM-DD`, `--all`, `--explain` from a command line. */
export function readDemoArgs(argv: readonly string[]): { locale: DemoLocale; asOf: string; all: boolean; explain: boolean } {
  const i = argv.indexOf("--as-of");
  const inline = argv.find((a) => a.startsWith("--as-of="));
  const asOf = inline !== undefined ? inline.slice("--as-of=".length) : i >= 0 ? argv[i + 1] : undefined;
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(asOf)) throw new Error(`--as-of expects YYYY-MM-DD, got ${asOf}`);
  return { locale: argv.includes("--en") ? "en" : "vi", asOf: asOf ?? DEFAULT_AS_OF, all: argv.includes("--all"), explain: argv.includes("--explain") };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = readDemoArgs(process.argv.slice(2));
  const evaluation = runHeza2024({ asOf: args.asOf, locale: args.locale });
  for (const line of formatHeza2024(evaluation, args)) console.log(line);
}
