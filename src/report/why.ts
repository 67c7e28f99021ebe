/**
 * One line per finding that says why it has its status (lý do), in Vietnamese or English:
 * "Trễ 3 ngày làm việc: hạn cuối thứ Năm 15/02/2024 (lùi qua Tết (mùng 1)), hoàn thành 20/02/2024".
 * @module
 */
import { checkFinding } from "../engine/evaluationShape.js";
import type { Finding } from "../engine/types.js";
import { readInstant } from "../day/instant.js";
import { InvalidInputError, issue, readLocale, type Locale } from "../errors.js";
import { longDate, shortDate, shortInstant } from "./dates.js";
import { TARGET_WORD } from "./labels.js";

/**
 * The day off a deadline was moved past (BLDS Đ.148.5), read from the finding's explanation: the
 * step "Ngày cuối cùng … là <day off>: chuyển sang ngày làm việc tiếp theo" / "The last day … is
 * <day off>: moved to the next working day" of the deadline trace. `undefined` when it did not move.
 */
export function rolledPast(finding: Finding, locale: Locale): string | undefined {
  const pattern = locale === "vi" ? /^Ngày cuối cùng .+? là (.+?): chuyển sang ngày làm việc tiếp theo/ : /^The last day .+? is (.+?): moved to the next working day/;
  for (const line of finding.explanation[locale]) {
    const m = pattern.exec(line);
    if (m !== null) return (m[1] as string).replace(KIND_SUFFIX, "");
  }
  return undefined;
}

/** The kind of day the trace adds after a named day off ("Tết (mùng 1) (ngày nghỉ lễ, tết)"): the name says enough. */
const KIND_SUFFIX =
  / \((ngày nghỉ lễ, tết|ngày nghỉ bù|ngày nghỉ hoán đổi|ngày nghỉ của cơ quan|a public holiday|a compensatory day off \(nghỉ bù\)|a swapped day off \(hoán đổi\)|a local closure)\)$/;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The one-line reason (lý do) of a finding's status.
 *
 * - late: "Trễ 3 ngày làm việc: hạn cuối thứ Năm 15/02/2024 (lùi qua Tết (mùng 1)), hoàn thành 20/02/2024 10:00"
 * - overdue: "Quá hạn 5 ngày làm việc: hạn cuối …, chưa hoàn thành tính đến 31/12/2024"
 * - on time / early, open, cancelled, undated: the same facts in the same order.
 *
 * @param finding - A finding of `evaluate`.
 * @param locale - `"vi"` or `"en"`.
 * @param asOf - The evaluation's instant (named for overdue and open findings).
 * @returns One line, without a final full stop.
 * @throws {@link InvalidInputError} `invalid_type` when `finding` is not a finding (or a field it reads
 *   has the wrong type, at its path), `invalid_option` for another locale, `invalid_instant` for `asOf`.
 * @example
 * whyFinding(lateFinding, "en")
 * //=> "Late by 3 working days (5 days): last day Thu 2024-02-15 (moved past Tết (mùng 1)), done 2024-02-20 10:00"
 * @remarks Since 0.2.0
 */
export function whyFinding(finding: Finding, locale: Locale, asOf: string): string {
  locale = readLocale(locale);
  checkFinding(finding, ["finding"]);
  if (typeof asOf !== "string" || readInstant(asOf) === undefined) throw new InvalidInputError([issue("invalid_instant", { value: asOf }, ["asOf"])]);
  const f = finding;
  const vi = locale === "vi";
  const due = f.lastDay === null ? "" : `${vi ? "hạn cuối" : "last day"} ${longDate(f.lastDay, locale)}`;
  const rolled = rolledPast(f, locale);
  const dueText = due === "" ? "" : rolled === undefined ? due : `${due} (${vi ? "lùi qua" : "moved past"} ${rolled})`;
  const done = f.doneAt === null ? "" : `${vi ? "hoàn thành" : "done"} ${shortInstant(f.doneAt, locale)}`;
  const target = f.target !== null && f.target.status === "missed" ? `; ${vi ? "mục tiêu nội bộ" : "internal target"} ${shortDate(f.target.lastDay, locale)} ${TARGET_WORD[locale].missed}` : "";
  const asOfDay = shortDate(asOf.slice(0, 10), locale);
  const quota = f.quota === null ? "" : vi ? ` (có ${f.quota.count}/${f.quota.min})` : ` (${f.quota.count} of ${f.quota.min})`;
  switch (f.status) {
    case "late":
      return vi
        ? `Trễ ${f.workingDaysLate} ngày làm việc (${f.daysLate} ngày): ${dueText}, ${done}${quota}`
        : `Late by ${plural(f.workingDaysLate, "working day")} (${plural(f.daysLate, "day")}): ${dueText}, ${done}${quota}`;
    case "overdue":
      return vi
        ? `Quá hạn ${f.workingDaysLate} ngày làm việc (${f.daysLate} ngày): ${dueText}, chưa hoàn thành tính đến ${asOfDay}${quota}`
        : `Overdue by ${plural(f.workingDaysLate, "working day")} (${plural(f.daysLate, "day")}): ${dueText}, not done as of ${asOfDay}${quota}`;
    case "on_time":
      return vi
        ? `${f.early ? "Sớm hạn" : "Đúng hạn"}: ${dueText}, ${done}${quota}${target}`
        : `${f.early ? "Early" : "On time"}: ${dueText}, ${done}${quota}${target}`;
    case "open":
      return vi
        ? `Trong hạn: ${dueText}${f.paused ? ", đang tạm dừng" : ""}${f.dueSoon ? ", sắp đến hạn" : ""}, chưa hoàn thành tính đến ${asOfDay}${quota}`
        : `Open: ${dueText}${f.paused ? ", paused" : ""}${f.dueSoon ? ", due soon" : ""}, not done as of ${asOfDay}${quota}`;
    case "cancelled":
      return vi ? `Đã hủy ${shortInstant(f.cancelledAt, locale)}${due === "" ? "" : `; ${dueText}`}` : `Cancelled ${shortInstant(f.cancelledAt, locale)}${due === "" ? "" : `; ${dueText}`}`;
    case "undated":
      return vi ? `Không có thời hạn: không đánh giá${done === "" ? "" : `; ${done}`}` : `No deadline: not judged${done === "" ? "" : `; ${done}`}`;
  }
}
