/**
 * Texts of score sheets (bảng điểm): each node's explanation, in Vietnamese and English.
 * Exhaustive tables keyed by rule kind and reason, as `messages/engine.ts`.
 * @internal
 * @module
 */
import type { Locale } from "./index.js";

type Kind = "per_violation" | "rate_bands" | "proportional" | "all_or_nothing" | "conditions" | "external";
type NotApplicable = "not_applicable" | "outside_validity" | "no_external_value" | "empty" | "no_applicable_children";

/** What an explanation says; numbers already written in the locale. @internal */
export interface NodeText {
  readonly id: string;
  readonly kind: "branch" | Kind;
  readonly points: string | null;
  readonly max: string | null;
  readonly lost: string;
  readonly percent: string | null;
  readonly band: string | undefined;
  readonly notApplicable: NotApplicable | undefined;
  readonly counts: { readonly late: number; readonly overdue: number; readonly missedTarget: number; readonly open: number; readonly done: number } | undefined;
  readonly rate: { readonly numerator: number; readonly denominator: number; readonly percent: string | null } | undefined;
  readonly condition: "pass" | "fail" | "undecided" | undefined;
  readonly external: { readonly value: string; readonly source?: string; readonly date?: string } | undefined;
  readonly empty: boolean;
  /** Keys of the findings charged, in order. */
  readonly keys: readonly string[];
  /** `late` of a per-violation rule, written. */
  readonly each: string | undefined;
}

const NA: { readonly [L in Locale]: { readonly [R in NotApplicable]: string } } = {
  vi: {
    not_applicable: "không áp dụng",
    outside_validity: "không áp dụng trong kỳ chấm (ngoài thời gian hiệu lực)",
    no_external_value: "không áp dụng: chưa có giá trị nhập từ ngoài",
    empty: "không áp dụng: không có lần phát sinh nào để tính",
    no_applicable_children: "không áp dụng: không tiêu chí con nào áp dụng",
  },
  en: {
    not_applicable: "not applicable",
    outside_validity: "not applicable in the scored period (outside its validity)",
    no_external_value: "not applicable: no external value given",
    empty: "not applicable: nothing to count",
    no_applicable_children: "not applicable: no child applies",
  },
};

const CONDITION: { readonly [L in Locale]: { readonly [C in "pass" | "fail" | "undecided"]: string } } = {
  vi: { pass: "đạt điều kiện", fail: "không đạt điều kiện", undecided: "chưa xác định" },
  en: { pass: "condition met", fail: "condition not met", undecided: "undecided" },
};

function keys(list: readonly string[]): string {
  if (list.length === 0) return "";
  const shown = list.slice(0, 3).join(", ");
  return ` (${shown}${list.length > 3 ? `, +${list.length - 3}` : ""})`;
}

function counts(t: NodeText, locale: Locale): string {
  const c = t.counts;
  if (c === undefined) return "";
  const parts: string[] = [];
  const vi = locale === "vi";
  if (c.late > 0) parts.push(vi ? `${c.late} trễ hạn` : `${c.late} late`);
  if (c.overdue > 0) parts.push(vi ? `${c.overdue} quá hạn` : `${c.overdue} overdue`);
  if (c.missedTarget > 0) parts.push(vi ? `${c.missedTarget} không đạt mục tiêu nội bộ` : `${c.missedTarget} missed the internal target`);
  if (parts.length === 0) parts.push(vi ? `${c.done} hoàn thành, không vi phạm` : `${c.done} done, no violation`);
  return parts.join(", ");
}

function rate(t: NodeText, locale: Locale): string {
  const r = t.rate;
  if (r === undefined) return "";
  const label = locale === "vi" ? "tỷ lệ đúng hạn" : "on-time rate";
  return r.denominator === 0 ? `${label} ${r.percent ?? "—"}%` : `${label} ${r.numerator}/${r.denominator} = ${r.percent ?? "—"}%`;
}

const DETAIL: { readonly [K in Kind]: (t: NodeText, locale: Locale) => string } = {
  per_violation: (t, locale) => `${counts(t, locale)}${t.each !== undefined && t.keys.length > 0 ? ` × ${t.each}` : ""}${keys(t.keys)}`,
  rate_bands: (t, locale) => `${rate(t, locale)}${keys(t.keys)}`,
  proportional: (t, locale) => `${rate(t, locale)}${keys(t.keys)}`,
  all_or_nothing: (t, locale) => `${CONDITION[locale][t.condition ?? "undecided"]}${t.condition === "fail" ? `: ${counts(t, locale)}` : ""}${keys(t.keys)}`,
  conditions: (t, locale) => `${CONDITION[locale][t.condition ?? "undecided"]}${t.condition === "fail" ? `: ${counts(t, locale)}` : ""}${keys(t.keys)}`,
  external: (t, locale) => {
    const e = t.external;
    if (e === undefined) return "";
    const from = [e.source, e.date].filter((x) => x !== undefined).join(", ");
    return `${locale === "vi" ? "giá trị nhập từ ngoài" : "external value"} ${e.value}${from === "" ? "" : ` (${from})`}`;
  },
};

/** The explanation of a scored node in a language. @internal */
export function explainNode(t: NodeText, locale: Locale): string {
  if (t.notApplicable !== undefined) return `${t.id}: ${NA[locale][t.notApplicable]}.`;
  const unit = locale === "vi" ? "điểm" : "points";
  const head = `${t.id}: ${t.points ?? "—"}/${t.max ?? "—"} ${unit}${t.lost !== "0,00" && t.lost !== "0.00" ? ` (−${t.lost})` : ""}`;
  if (t.kind === "branch") return `${head}${t.percent === null ? "" : `, ${t.percent}%`}${t.band === undefined ? "" : `, ${t.band}`}.`;
  if (t.empty) {
    const nothing = locale === "vi" ? "không có lần phát sinh nào để tính" : "nothing to count";
    return `${head}: ${nothing}.`;
  }
  const detail = DETAIL[t.kind](t, locale);
  return `${head}${detail === "" ? "" : `: ${detail}`}.`;
}
