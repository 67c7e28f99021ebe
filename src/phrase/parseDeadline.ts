/**
 * Reading Vietnamese deadline phrases (cụm từ thời hạn) into {@link DeadlineRule}s.
 *
 * The input is normalised to NFC; the tokenizer ({@link tokenize}) matches words against the
 * lexicon (lexicon.ts) with or without diacritics; the grammar (grammar/phrase.ts and one file per group of forms) is a recursive
 * descent with bounded lookahead, linear in the input. See docs/phrases.md.
 *
 * @module
 */
import type { DeadlineRule } from "../deadline/types.js";
import { InvalidInputError, PhraseParseError, ThoihanError, issue } from "../errors.js";
import { parsePhrase } from "./grammar/phrase.js";

/**
 * The longest phrase accepted, in UTF-16 code units of the NFC text (code `phrase_too_long` beyond).
 * @example
 * MAX_PHRASE_LENGTH //=> 2000
 */
export const MAX_PHRASE_LENGTH = 2000;

/** The result of {@link safeParseDeadline}: the rule, or the error that {@link parseDeadline} would throw. */
export type SafeParseDeadlineResult =
  | { readonly success: true; readonly data: DeadlineRule }
  | { readonly success: false; readonly error: PhraseParseError };

/** Checks the input type and length; returns the NFC text. @internal */
export function preparePhrase(text: unknown): string {
  if (typeof text !== "string") {
    throw new InvalidInputError([issue("invalid_type", { expected: "string", received: text === null ? "null" : typeof text })]);
  }
  const nfc = text.normalize("NFC");
  if (nfc.length > MAX_PHRASE_LENGTH) {
    throw new PhraseParseError([
      issue("phrase_too_long", { text: nfc.slice(0, 80), index: MAX_PHRASE_LENGTH, token: "", expected: [], length: nfc.length, max: MAX_PHRASE_LENGTH }),
    ]);
  }
  return nfc;
}

/**
 * Reads a Vietnamese deadline phrase (cụm từ thời hạn) into a {@link DeadlineRule}.
 *
 * - "trong 10 ngày kể từ ngày ban hành" → `relative` 10 `day` from "ngày ban hành";
 * - "trước ngày 14/11/2023" → `fixed_date` `before` (strictly before, by default);
 * - "chậm nhất ngày 14/11/2023", "trong ngày 14/11/2023" → `fixed_date` `by`;
 * - "trong tháng 01/2025", "trong quý III năm 2024" → `period`;
 * - "ngày 10 hàng tháng", "trước ngày 5/01 hằng năm", "trong tháng 1 hằng năm" → `recurring`;
 * - "chậm nhất 2 ngày trước thời hạn quy định" → `before_deadline`;
 * - "hỏa tốc", "trong ngày, chậm nhất là ngày làm việc tiếp theo" → `urgent`, `same_day`;
 * - "từ ngày 15 tháng trước đến ngày 14 tháng báo cáo" → `reporting_window`;
 * - "FREQ=MONTHLY;BYMONTHDAY=10" → `rrule`.
 *
 * Diacritics may be missing, in NFC or NFD; numbers may be digits, words or both ("10 (mười)").
 * `wording` keeps the words that differ from the canonical form (e.g. `lead: "chậm nhất"`), and
 * `notes` flag readings the law leaves open (`bare_day_unit`, `before_date_reading`, `local_convention`).
 * A free-text anchor keeps its original words and case (NFC, single spaces).
 *
 * @param text - The phrase, at most {@link MAX_PHRASE_LENGTH} characters.
 * @returns The rule (deeply frozen).
 * @throws {@link PhraseParseError} `phrase_empty`, `phrase_too_long`, `phrase_unrecognized_token`,
 *   `phrase_unexpected_end`, `phrase_contradiction` or `phrase_quota`; `params` are `{ text, index, token, expected }`
 *   where `index` is the UTF-16 offset, in the NFC-normalised input, of the first word not understood.
 * @throws {@link InvalidInputError} `invalid_type` when `text` is not a string.
 * @example
 * parseDeadline("chậm nhất 3 ngày kể từ ngày ban hành")
 * //=> { kind: "relative", amount: 3, unit: "day", anchor: { text: "ngày ban hành" },
 * //     notes: [{ code: "bare_day_unit" }], wording: { lead: "chậm nhất" } }
 * parseDeadline("trước ngày 14/11/2023")
 * //=> { kind: "fixed_date", dates: [{ year: 2023, month: 11, day: 14 }], bound: "before",
 * //     notes: [{ code: "before_date_reading" }] }
 * @see Bộ luật Dân sự 2015, Điều 144–148; Nghị định 30/2020/NĐ-CP Điều 4.2.c; Nghị định 09/2019/NĐ-CP Điều 12
 * @remarks Since 0.1.0
 */
export function parseDeadline(text: string): DeadlineRule {
  const nfc = preparePhrase(text);
  return parsePhrase(nfc);
}

/**
 * Like {@link parseDeadline}, but returns `{ success: false, error }` instead of throwing a
 * {@link PhraseParseError} (zod's `safeParse` shape).
 *
 * @param text - The phrase.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @throws {@link InvalidInputError} `invalid_type` when `text` is not a string (misuse, not a bad phrase).
 * @example
 * safeParseDeadline("trong mười ngàyy").success //=> false
 * safeParseDeadline("trong 24 giờ").success     //=> true
 * @remarks Since 0.1.0
 */
export function safeParseDeadline(text: string): SafeParseDeadlineResult {
  if (typeof text !== "string") preparePhrase(text);
  try {
    return { success: true, data: parsePhrase(preparePhrase(text)) };
  } catch (error) {
    if (error instanceof PhraseParseError) return { success: false, error };
    if (error instanceof ThoihanError) throw error;
    throw new PhraseParseError([issue("phrase_unrecognized_token", { text: String(text).normalize("NFC"), index: 0, token: "", expected: [] })], { cause: error });
  }
}
