/**
 * Texts of score sheets (bảng điểm): each node's explanation, in Vietnamese and English.
 * Exhaustive tables keyed by rule kind and reason, as `messages/engine.ts`.
 * @internal
 * @module
 */
import type { Locale } from "./index.js";

type Kind = "per_violation" | "rate_bands" | "proportional" | "all_or_nothing" | "conditions" | "external";
type NotApplicable = "not_applicable" | "outside_validity" | "no_external_value" | "empty" | "no_applicable_children";

/** A finding charged, as an explanation names it. @internal */
export interface Charged {
  readonly obligation: string;
  readonly key: string;
  readonly period: string | null;
}

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
  /** The findings charged, in order: obligation, key and reporting period (`2024-07`, `2024-Q2` … or null). */
  readonly charged: readonly Charged[];
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

const ROMAN = ["I", "II", "III", "IV"] as const;
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/**
 * A reporting period in words: `2024-07` "tháng 7" / "July", `2024-Q2` "quý II" / "Q2", `2024-H1`
 * "6 tháng đầu năm" / "H1", `2024-W27` "tuần 27" / "week 27", `2024-07-05` "ngày 05/07" / "5 July",
 * `2024` "năm 2024" / "2024"; with `withYear`, the year after a part of it ("tháng 7/2024",
 * "July 2024"). A label of another shape is left as it is. @internal
 */
export function periodWords(period: string, withYear: boolean, locale: Locale): string {
  const vi = locale === "vi";
  const y = period.slice(0, 4);
  const rest = period.slice(5);
  const year = (words: string): string => (withYear ? (vi ? `${words}/${y}` : `${words} ${y}`) : words);
  const yearVi = (words: string): string => (withYear ? `${words} năm ${y}` : words);
  if (/^\d{4}$/.test(period)) return vi ? `năm ${y}` : y;
  let m: RegExpExecArray | null;
  if ((m = /^\d{4}-(\d{2})$/.exec(period)) !== null) return vi ? year(`tháng ${Number(m[1])}`) : year(MONTHS_EN[Number(m[1]) - 1] ?? rest);
  if ((m = /^\d{4}-Q([1-4])$/.exec(period)) !== null) return vi ? yearVi(`quý ${ROMAN[Number(m[1]) - 1] ?? m[1]}`) : year(`Q${m[1]}`);
  if ((m = /^\d{4}-H([12])$/.exec(period)) !== null) return vi ? yearVi(m[1] === "1" ? "6 tháng đầu năm" : "6 tháng cuối năm") : year(`H${m[1]}`);
  if ((m = /^\d{4}-W(\d{2})$/.exec(period)) !== null) return vi ? yearVi(`tuần ${Number(m[1])}`) : year(`week ${Number(m[1])}`);
  if ((m = /^\d{4}-(\d{2})-(\d{2})$/.exec(period)) !== null) return vi ? year(`ngày ${m[2]}/${m[1]}`) : year(`${Number(m[2])} ${MONTHS_EN[Number(m[1]) - 1] ?? m[1]}`);
  return period;
}

/** How a charged finding is named after its obligation: its period in words, else its key without the obligation. */
function itemOf(c: Charged, withYear: boolean, locale: Locale): string {
  const rest = c.key.startsWith(`${c.obligation}:`) ? c.key.slice(c.obligation.length + 1) : c.key;
  if (c.period === null || !rest.endsWith(c.period)) return rest;
  const before = rest.slice(0, rest.length - c.period.length).replace(/:$/, "");
  const words = periodWords(c.period, withYear, locale);
  return before === "" ? words : `${before} ${words}`;
}

/**
 * The findings charged, grouped by obligation in their order: "(KH4712 tháng 3, tháng 7)"; the
 * first 3, then how many more. Years are written only when the periods shown span several.
 */
function chargedText(list: readonly Charged[], locale: Locale): string {
  if (list.length === 0) return "";
  const shown = list.slice(0, 3);
  const years = new Set(shown.map((c) => (c.period === null ? "" : c.period.slice(0, 4))).filter((y) => y !== ""));
  const withYear = years.size > 1;
  const groups = new Map<string, string[]>();
  for (const c of shown) {
    let g = groups.get(c.obligation);
    if (g === undefined) groups.set(c.obligation, (g = []));
    g.push(itemOf(c, withYear, locale));
  }
  const text = [...groups].map(([o, items]) => `${o} ${items.join(", ")}`).join("; ");
  return ` (${text}${list.length > 3 ? `, +${list.length - 3}` : ""})`;
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
  per_violation: (t, locale) => `${counts(t, locale)}${t.each !== undefined && t.charged.length > 0 ? ` × ${t.each}` : ""}${chargedText(t.charged, locale)}`,
  rate_bands: (t, locale) => `${rate(t, locale)}${chargedText(t.charged, locale)}`,
  proportional: (t, locale) => `${rate(t, locale)}${chargedText(t.charged, locale)}`,
  all_or_nothing: (t, locale) => `${CONDITION[locale][t.condition ?? "undecided"]}${t.condition === "fail" ? `: ${counts(t, locale)}` : ""}${chargedText(t.charged, locale)}`,
  conditions: (t, locale) => `${CONDITION[locale][t.condition ?? "undecided"]}${t.condition === "fail" ? `: ${counts(t, locale)}` : ""}${chargedText(t.charged, locale)}`,
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
