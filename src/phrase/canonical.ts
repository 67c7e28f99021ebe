/**
 * The canonical forms of the phrase language, shared by the grammar (which records in `wording`
 * only what differs from them) and `formatDeadline` (which writes them when `wording` is silent).
 * @internal
 * @module
 */
import type { DateSpec, RecurringRule, RollByText, RuleRole } from "../deadline/types.js";
import type { Weekday } from "../day/dayNumber.js";
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

/**
 * The RRULE of several days of every month ("ngày 05 và 20 hằng tháng"), days ascending:
 * `FREQ=MONTHLY;BYMONTHDAY=5,20`. A last day after the 28th that a month may lack ("ngày 10, 20
 * và 30 hằng tháng") falls on the month's last day in a shorter month, as a single day does
 * (BLDS Đ.148.3 reading): the days 28 … D are listed and BYSETPOS keeps the earlier days and the
 * last of those, `FREQ=MONTHLY;BYMONTHDAY=10,20,28,29,30;BYSETPOS=1,2,-1`. Only the last day may
 * be after the 27th when it is after the 28th.
 * @internal
 */
export function monthDaysRrule(days: readonly number[]): string {
  const last = days[days.length - 1] as number;
  if (last <= 28) return `FREQ=MONTHLY;BYMONTHDAY=${days.join(",")}`;
  const earlier = days.slice(0, -1);
  const tail: number[] = [];
  for (let d = 28; d <= last; d++) tail.push(d);
  const pos = earlier.map((_, i) => i + 1);
  return `FREQ=MONTHLY;BYMONTHDAY=${[...earlier, ...tail].join(",")};BYSETPOS=${[...pos, -1].join(",")}`;
}

/** Whether `days` (ascending, distinct, 1–31, at least two) can be written by {@link monthDaysRrule}. @internal */
export function monthDaysFit(days: readonly number[]): boolean {
  if (days.length < 2) return false;
  for (let i = 0; i < days.length; i++) {
    const d = days[i] as number;
    if (!Number.isInteger(d) || d < 1 || d > 31 || (i > 0 && d <= (days[i - 1] as number))) return false;
  }
  const last = days[days.length - 1] as number;
  return last <= 28 || (days[days.length - 2] as number) < 28;
}

/** The days of an RRULE that {@link monthDaysRrule} writes, else undefined. @internal */
export function monthDaysOf(rrule: string): number[] | undefined {
  const head = "FREQ=MONTHLY;BYMONTHDAY=";
  if (!rrule.startsWith(head)) return undefined;
  const parts = rrule.slice(head.length).split(";");
  const listed: number[] = [];
  for (const item of (parts[0] as string).split(",")) {
    if (item.length < 1 || item.length > 2 || [...item].some((ch) => ch < "0" || ch > "9")) return undefined;
    listed.push(Number(item));
  }
  // with BYSETPOS the days 28 … D stand for the last one (see monthDaysRrule): the exact text is checked below
  const days = parts.length === 1 ? listed : [...listed.filter((d) => d < 28), listed[listed.length - 1] as number];
  return monthDaysFit(days) && monthDaysRrule(days) === rrule ? days : undefined;
}

/** "5 và 20", "10, 20 và 30": the canonical words of several days of a month. @internal */
export function monthDaysText(days: readonly (number | string)[]): string {
  return days.length === 1 ? String(days[0]) : `${days.slice(0, -1).join(", ")} và ${String(days[days.length - 1])}`;
}

/** The canonical roll clauses ("; nếu trùng ngày nghỉ thì thực hiện vào ngày làm việc tiếp theo"), with their opening mark. @internal */
export const ROLL_CLAUSE: Readonly<Record<RollByText, string>> = {
  next_working_day: "; nếu trùng ngày nghỉ thì thực hiện vào ngày làm việc tiếp theo",
  previous_working_day: "; nếu trùng ngày nghỉ thì thực hiện vào ngày làm việc liền trước",
};

/** A weekday of a week of the month: `week` 1–4, or −1 for the last ("tuần cuối cùng"). @internal */
export interface WeekdayOfMonth {
  readonly weekday: Weekday;
  readonly week: number;
}

/** "thứ Hai" … "Chủ nhật", by ISO weekday (1 = Monday). @internal */
export const WEEKDAY_NAMES_VI: readonly string[] = ["", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"];

const RRULE_WEEKDAYS = ["", "MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/** `FREQ=MONTHLY;BYDAY=2FR,4FR`: the RRULE of weekdays of given weeks of every month, in the order written. @internal */
export function weekdaysOfMonthRrule(items: readonly WeekdayOfMonth[]): string {
  return `FREQ=MONTHLY;BYDAY=${items.map((i) => `${i.week}${RRULE_WEEKDAYS[i.weekday] as string}`).join(",")}`;
}

/** The items of an RRULE that {@link weekdaysOfMonthRrule} writes (weeks 1–4 or −1, none repeated), else undefined. @internal */
export function weekdaysOfMonthOf(rrule: string): WeekdayOfMonth[] | undefined {
  const head = "FREQ=MONTHLY;BYDAY=";
  if (!rrule.startsWith(head)) return undefined;
  const items: WeekdayOfMonth[] = [];
  const seen = new Set<string>();
  for (const part of rrule.slice(head.length).split(",")) {
    const week = part.slice(0, -2);
    const weekday = RRULE_WEEKDAYS.indexOf(part.slice(-2) as (typeof RRULE_WEEKDAYS)[number]);
    if (weekday < 1 || !["1", "2", "3", "4", "-1"].includes(week) || seen.has(part)) return undefined;
    seen.add(part);
    items.push({ week: Number(week), weekday: weekday as Weekday });
  }
  return items;
}

/** "thứ Sáu tuần thứ 2 và thứ Sáu tuần thứ 4", "thứ Hai tuần đầu tiên", "thứ Sáu tuần cuối cùng". @internal */
export function weekdaysOfMonthText(items: readonly WeekdayOfMonth[]): string {
  const words = items.map((i) => `${WEEKDAY_NAMES_VI[i.weekday] as string} tuần ${i.week === 1 ? "đầu tiên" : i.week === -1 ? "cuối cùng" : `thứ ${i.week}`}`);
  return words.length === 1 ? (words[0] as string) : `${words.slice(0, -1).join(", ")} và ${words[words.length - 1] as string}`;
}

/** How a count of days in a row is written ("15 ngày liên tục"), kept in `wording.unit`. @internal */
export const CONSECUTIVE_DAYS = "ngày liên tục";

/** How a count of whole days with their nights is written ("2 ngày đêm"), kept in `wording.unit`. @internal */
export const DAY_AND_NIGHT = "ngày đêm";

/**
 * Units written with "ngày" that say which days are meant ("2 ngày đêm", "15 ngày liên tục"): written back as they are,
 * and no bare "ngày" (no `bare_day_unit` note). @internal
 */
export const WHOLE_DAYS_WRITTEN: ReadonlySet<string> = new Set([DAY_AND_NIGHT, CONSECUTIVE_DAYS]);
