/**
 * `formatUnresolved`: a row `draftPlan` could not draft, as a line for a person to read.
 * @module
 */
import type { Locale } from "../errors.js";
import { draftReasonText } from "../messages/draft.js";
import type { UnresolvedRow } from "./types.js";

/**
 * Writes a row of `draftPlan`'s `unresolved` list as one line, in Vietnamese (default) or
 * English: the row id and the reason (lý do).
 *
 * @param row - An entry of `unresolved`.
 * @param locale - `"vi"` (default) or `"en"`.
 * @returns E.g. `"III.7: không nêu thời hạn và không dẫn tới thời hạn của văn bản khác"`.
 * @example
 * formatUnresolved({ row: "III.7", reason: "no_deadline", text: "…", params: {} }, "en")
 * //=> "III.7: states no time limit and refers to none"
 * @remarks Since 0.2.0
 */
export function formatUnresolved(row: UnresolvedRow, locale: Locale = "vi"): string {
  return `${row.row}: ${draftReasonText(row.reason, row.params, locale)}`;
}
