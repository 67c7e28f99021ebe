/**
 * Dates and instants as reports write them: "15/02/2024", "thứ Năm 15/02/2024", "14:30 20/02/2024".
 * @module
 */
import { dayNumberFromYmd, weekdayOf } from "../day/dayNumber.js";
import type { Locale } from "../errors.js";
import { WEEKDAY_WORD } from "./labels.js";

/** "15/02/2024" (vi) or "2024-02-15" (en); `""` for null. */
export function shortDate(date: string | null, locale: Locale): string {
  if (date === null) return "";
  return locale === "vi" ? `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}` : date.slice(0, 10);
}

/** "thứ Năm 15/02/2024" (vi) or "Thu 2024-02-15" (en). */
export function longDate(date: string, locale: Locale): string {
  const wd = weekdayOf(dayNumberFromYmd(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))));
  return `${WEEKDAY_WORD[locale][wd] ?? ""} ${shortDate(date, locale)}`;
}

/**
 * An instant written by thoihan (`YYYY-MM-DDTHH:mm:ss+07:00`) as "20/02/2024 14:30" (vi) or
 * "2024-02-20 14:30" (en); `""` for null.
 */
export function shortInstant(instant: string | null, locale: Locale): string {
  if (instant === null) return "";
  return `${shortDate(instant.slice(0, 10), locale)} ${instant.slice(11, 16)}`;
}

/** A percentage with two decimals: "93,20%" (vi), "93.20%" (en); "—" for null. */
export function percent(rate: number | null, locale: Locale): string {
  if (rate === null) return "—";
  const text = (Math.round(rate * 10000) / 100).toFixed(2);
  return `${locale === "vi" ? text.replace(".", ",") : text}%`;
}
