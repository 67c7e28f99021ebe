/**
 * Several days of every month: "vào ngày 05 và 20 hàng tháng", "ngày 10, 20 và 30 hằng tháng",
 * "trước ngày 5 và 20 hằng tháng" — the next of those days after the anchor, read as the RRULE
 * `FREQ=MONTHLY;BYMONTHDAY=5,20` (see {@link monthDaysRrule}), the days as written kept in
 * `wording.monthDays` when not canonical.
 * @internal
 * @module
 */
import type { DateBound, DeadlineRule } from "../../deadline/types.js";
import { monthDaysFit, monthDaysRrule, monthDaysText } from "../canonical.js";
import { join, type Cursor } from "./cursor.js";
import type { DateRef } from "./dates.js";
import { expectFrequency, readEvery } from "./recurring.js";

/** The days as written, in canonical spelling ("05 và 20", "10, ngày 20 và 30"): digits as written, "và" and "ngày" with their diacritics. */
function writtenDays(c: Cursor, from: number): string {
  const words: string[] = [];
  for (const l of c.lx.slice(0, c.p)) {
    if (l.start < from) continue;
    if (l.type === "punct") words[words.length - 1] += l.sym;
    else words.push(l.type === "number" ? l.text : l.entries.some((e) => e.kind === "and") ? "và" : "ngày");
  }
  return words.join(" ");
}

/** The rule of several days without a month, read by `dateGroups`; an every-clause of months must follow. */
export function monthDays(c: Cursor, refs: readonly DateRef[], leads: readonly string[], bound: DateBound): DeadlineRule {
  const first = refs[0] as DateRef;
  const written = writtenDays(c, first.start);
  const every = readEvery(c);
  if (every === undefined) c.contradiction(first.start, "list_date_without_month");
  expectFrequency(c, every, "monthly", every.start);
  const days = refs.map((r) => r.day as number).sort((a, b) => a - b);
  for (let i = 1; i < days.length; i++) if (days[i] === days[i - 1]) c.contradiction(first.start, "month_days_repeated", { day: days[i] });
  if (!monthDaysFit(days)) c.contradiction(first.start, "month_days_near_month_end");
  const lead = join(leads);
  if (lead !== (bound === "before" ? "trước" : "")) c.wording["lead"] = lead;
  if (written !== monthDaysText(days)) c.wording["monthDays"] = written;
  return { kind: "rrule", rrule: monthDaysRrule(days), bound };
}
