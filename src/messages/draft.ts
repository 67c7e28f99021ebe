/**
 * Texts of `draftPlan`'s reasons (lý do chưa lập được nghĩa vụ), in Vietnamese and English. An
 * exhaustive table keyed by code, as `messages/engine.ts`.
 * @internal
 * @module
 */
import type { UnresolvedReason } from "../draft/types.js";
import type { Locale } from "./index.js";

type Params = Readonly<Record<string, unknown>>;
type Text = (p: Params) => string;

const s = (v: unknown): string => (typeof v === "string" ? v : Array.isArray(v) ? v.map(String).join(", ") : String(v ?? ""));

const DRAFT_REASONS: { readonly [R in UnresolvedReason]: { readonly vi: Text; readonly en: Text } } = {
  no_deadline: {
    vi: () => "không nêu thời hạn và không dẫn tới thời hạn của văn bản khác",
    en: () => "states no time limit and refers to none",
  },
  anchor_unbound: {
    vi: (p) => `không gắn được mốc tính thời hạn "${s(p["anchor"] ?? p["source"])}" với một loại sự kiện hay nhiệm vụ`,
    en: (p) => `cannot bind the start "${s(p["anchor"] ?? p["source"])}" to an event type or a task`,
  },
  source_ambiguous: {
    vi: (p) => `mốc "${s(p["anchor"])}" khớp nhiều nhiệm vụ: ${s(p["candidates"])}`,
    en: (p) => `the start "${s(p["anchor"])}" fits several tasks: ${s(p["candidates"])}`,
  },
  owner_unknown: {
    vi: () => "không đọc được đơn vị chủ trì",
    en: () => "no owner unit could be read",
  },
};

/** The text of a reason of `draftPlan`. @internal */
export function draftReasonText(reason: UnresolvedReason, params: Params, locale: Locale): string {
  const entry = DRAFT_REASONS[reason];
  return locale === "en" ? entry.en(params) : entry.vi(params);
}
