/**
 * The Vietnamese deadline-phrase language (ngôn ngữ cụm từ thời hạn): `parseDeadline`,
 * `safeParseDeadline`, `formatDeadline` and `parseQuota`.
 *
 * Grammar summary (the full grammar is in grammar.ts, the words in lexicon.ts, the choices in
 * docs/phrases.md):
 *
 * ```text
 * phrase   := preamble? body tail
 * preamble := "-->" | verbs ("yêu cầu", "nộp", "ban hành", "đăng tải" …) | "thời hạn" ":"?
 * body     := [lead] N unit ["làm việc"] (FROM anchor | "trước" reference)?   relative / before_deadline
 *           | [lead] ["trước"] [time] "ngày" date ("," date)* ["năm" Y] [label] fixed_date (or recurring)
 *           | ["trong"] ("tháng" M[/Y] | "quý" Q[/Y] | "năm" [Y] | "6 tháng đầu|cuối năm") period
 *           | ... ("hằng"|"hàng") ("ngày"|"tuần"|"tháng"|"quý"|"năm")         recurring
 *           | "hỏa tốc" | "thượng khẩn" | "khẩn" [trong N unit]                 urgent
 *           | ["ngay"] "trong ngày" [", chậm nhất là ngày làm việc tiếp theo"]   same_day
 *           | "từ ngày 15 tháng trước đến ngày 14 tháng báo cáo" …             reporting_window
 *           | "RRULE:FREQ=…"                                                     rrule
 * tail     := "nhưng không quá" N unit | "(trừ trường hợp" URGENCY [rule] ")" | "hoặc theo" TEXT | "(" TEXT ")"
 * ```
 *
 * @module
 */
export { parseDeadline, safeParseDeadline, MAX_PHRASE_LENGTH, type SafeParseDeadlineResult } from "./parseDeadline.js";
export { formatDeadline, type FormatDeadlineOptions } from "./formatDeadline.js";
export { parseQuota, type Quota } from "./parseQuota.js";
export {
  findDeadlines,
  scanDeadlines,
  DEADLINE_ROLES,
  type DeadlineMatch,
  type DeadlineRole,
  type DeadlineScan,
  type QuotaMatch,
  type UnreadFragment,
} from "./find/index.js";
