/**
 * The canonical forms of the phrase language, shared by the grammar (which records in `wording`
 * only what differs from them) and `formatDeadline` (which writes them when `wording` is silent).
 * @internal
 * @module
 */
import type { DateSpec, RecurringRule, RuleRole } from "../deadline/types.js";
import { FREQUENCY_VI } from "../messages/phraseReasons.js";

/** Vietnamese frequency words ("hằng tháng" …), for formatting; the message tables word reasons with the same table. @internal */
export const FREQUENCY_WORDS: Readonly<Record<RecurringRule["frequency"], string>> = FREQUENCY_VI;

/**
 * The canonical wording of a day relative to the next or previous period (offset ±1), as
 * `formatDeadline` writes it without `wording.at`; undefined for other rules.
 * - monthly → "ngày 20 của tháng tiếp theo"; quarterly → "ngày cuối cùng của tháng đầu của quý tiếp theo";
 * - yearly → "ngày 31/01 của năm tiếp theo", "ngày cuối cùng của tháng thứ 3 của năm trước".
 * @internal
 */
export function canonicalAt(rule: RecurringRule): string | undefined {
  if ((rule.offset !== 1 && rule.offset !== -1) || rule.day === undefined || rule.bound === "within") return undefined;
  const off = rule.offset === 1 ? "tiếp theo" : "trước";
  const d = rule.day === "last" ? "cuối cùng" : String(rule.day);
  switch (rule.frequency) {
    case "monthly":
      return `ngày ${d} của tháng ${off}`;
    case "quarterly": {
      const m = rule.month ?? 1;
      return `ngày ${d} của tháng ${m === 1 ? "đầu" : m === 3 ? "cuối" : `thứ ${m}`} của quý ${off}`;
    }
    case "yearly":
      if (rule.month === undefined) return undefined;
      if (rule.day === "last") return `ngày cuối cùng của tháng thứ ${rule.month} của năm ${off}`;
      return `ngày ${formatDateSpec({ month: rule.month, day: rule.day })} của năm ${off}`;
    default:
      return undefined;
  }
}

/** `dd/mm/yyyy` or `dd/mm`. @internal */
export function formatDateSpec(d: DateSpec): string {
  const dm = `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}`;
  return d.year === undefined ? dm : `${dm}/${d.year}`;
}

/** The canonical words of each role, written before the time expression. @internal */
export const ROLE_WORDS: Readonly<Record<RuleRole, string>> = {
  entry_into_force: "có hiệu lực",
  validity: "có thời hạn",
  minimum_notice: "niêm yết công khai",
  extension_limit: "gia hạn",
};
