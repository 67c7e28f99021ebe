/**
 * `formatUnresolved`: a row `draftPlan` could not draft, as a line for a person to read.
 * @module
 */
import { InvalidInputError, issue, readLocale, type Locale } from "../errors.js";
import { draftReasonText } from "../messages/draft.js";
import type { UnresolvedReason, UnresolvedRow } from "./types.js";

/** Every reason of an unresolved row (exhaustive: a new reason must be added here). */
const REASONS: { readonly [R in UnresolvedReason]: true } = { no_deadline: true, anchor_unbound: true, source_ambiguous: true, owner_unknown: true };

/** The params the reasons' texts read: each absent, a text, or a list of texts. */
const TEXT_PARAMS = ["anchor", "source", "candidates"] as const;

const kind = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);
const isTexts = (value: unknown): boolean => value === undefined || typeof value === "string" || (Array.isArray(value) && value.every((v) => typeof v === "string"));

/** Checks a row of `unresolved` as {@link formatUnresolved} reads it. */
function checkRow(row: unknown): asserts row is UnresolvedRow {
  const fail = (expected: string, value: unknown, path: (string | number)[]): never => {
    throw new InvalidInputError([issue("invalid_type", { expected, received: kind(value) }, path)]);
  };
  if (row === null || typeof row !== "object" || Array.isArray(row)) fail("UnresolvedRow", row, ["row"]);
  const r = row as Record<string, unknown>;
  if (typeof r["row"] !== "string") fail("UnresolvedRow.row", r["row"], ["row", "row"]);
  if (typeof r["reason"] !== "string" || !Object.prototype.hasOwnProperty.call(REASONS, r["reason"])) {
    throw new InvalidInputError([issue("invalid_option", { name: "reason", value: r["reason"], expected: Object.keys(REASONS).join(" | ") }, ["row", "reason"])]);
  }
  const params = r["params"];
  if (params === null || typeof params !== "object" || Array.isArray(params)) fail("UnresolvedRow.params", params, ["row", "params"]);
  for (const k of TEXT_PARAMS) {
    const v = (params as Record<string, unknown>)[k];
    if (!isTexts(v)) fail("string | string[]", v, ["row", "params", k]);
  }
}

/**
 * Writes a row of `draftPlan`'s `unresolved` list as one line, in Vietnamese (default) or
 * English: the row id and the reason (lý do).
 *
 * @param row - An entry of `unresolved`.
 * @param locale - `"vi"` (default) or `"en"`.
 * @returns E.g. `"III.7: không nêu thời hạn và không dẫn tới thời hạn của văn bản khác"`.
 * @throws {@link InvalidInputError} `invalid_type` when `row` is not a row of `unresolved` (or a
 *   field has the wrong type), `invalid_option` for an unknown reason or locale.
 * @example
 * formatUnresolved({ row: "III.7", reason: "no_deadline", text: "…", params: {} }, "en")
 * //=> "III.7: states no time limit and refers to none"
 * @remarks Since 0.2.0
 */
export function formatUnresolved(row: UnresolvedRow, locale: Locale = "vi"): string {
  const language = readLocale(locale);
  checkRow(row);
  return `${row.row}: ${draftReasonText(row.reason, row.params, language)}`;
}
