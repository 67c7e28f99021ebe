/**
 * The days off of a year (ngày nghỉ) as a report: holidays, nghỉ bù, swapped days off and
 * closures, and the make-up working days, with their lunar date, document and data status; as a
 * table, CSV, Markdown, JSON, or an iCalendar an office can subscribe to.
 * @module
 */
import type { DayInfo, WorkCalendar } from "../calendar/types.js";
import { addDays } from "../day/dayNumber.js";
import { describe } from "../engine/summary.js";
import { InvalidInputError, issue, readLocale, type Locale } from "../errors.js";
import { solarToLunar } from "../lunar/index.js";
import { REPORT_FORMATS, type ReportFormat } from "./context.js";
import { toCsv } from "./csv.js";
import { shortDate } from "./dates.js";
import { escapeText, icsCalendar, icsDate, stableUid } from "./icalendar.js";
import { DAY_KIND_WORD, REPORT_WORD, WEEKDAY_WORD } from "./labels.js";
import { markdownTable } from "./markdown.js";
import { alignRows } from "./textTable.js";

/** Options of {@link renderDaysOff}. */
export interface DaysOffOptions {
  /** `"table"` (default), `"csv"`, `"md"`, `"json"` or `"ics"`. */
  readonly format?: ReportFormat;
  /** Language of headers and words (default `"vi"`). */
  readonly locale?: Locale;
}

const HEAD = {
  vi: ["Ngày", "Thứ", "Loại", "Tên", "Âm lịch", "Văn bản", "Trạng thái"],
  en: ["Date", "Weekday", "Kind", "Name", "Lunar date", "Document", "Status"],
} as const;

function lunarText(date: string): string {
  const l = solarToLunar(date);
  return `${l.day}/${l.month}${l.leap ? "n" : ""}/${l.year}`;
}

function cells(d: DayInfo, locale: Locale): string[] {
  return [shortDate(d.date, locale), WEEKDAY_WORD[locale][d.weekday] ?? "", DAY_KIND_WORD[locale][d.kind], d.name ?? "", lunarText(d.date), d.source?.doc ?? "", d.status];
}

function vevent(d: DayInfo, calendar: string, locale: Locale): string[] {
  const kind = DAY_KIND_WORD[locale][d.kind];
  const summary = d.name === undefined ? kind : `${d.name} (${kind})`;
  const description = [
    `${locale === "vi" ? "Âm lịch" : "Lunar date"}: ${lunarText(d.date)}`,
    ...(d.source === undefined ? [] : [`${locale === "vi" ? "Căn cứ" : "Basis"}: ${d.source.doc}${d.source.article === undefined ? "" : `, ${d.source.article}`}`]),
    `${locale === "vi" ? "Trạng thái" : "Status"}: ${d.status}`,
  ].join("\n");
  return [
    "BEGIN:VEVENT",
    `UID:${stableUid([calendar, d.date], "thoihan")}`,
    // A fixed stamp: the calendar's data, not the moment of export, decides the content.
    `DTSTAMP:${icsDate(d.date)}T000000Z`,
    `DTSTART;VALUE=DATE:${icsDate(d.date)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(d.date, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `CATEGORIES:${escapeText(kind)}`,
    // A day off frees the time; a make-up working day does not.
    `TRANSP:${d.working ? "OPAQUE" : "TRANSPARENT"}`,
    "END:VEVENT",
  ];
}

const OPTION_KEYS: readonly (keyof DaysOffOptions)[] = ["format", "locale"];

/** Checks the calendar (a work calendar: a `name` and its methods) and the options (an object of known keys, the locale). */
function checkDaysOffInput(calendar: unknown, options: unknown): void {
  const c = calendar as Partial<WorkCalendar> | null;
  if (c === null || typeof c !== "object" || typeof c.specialDays !== "function" || typeof c.name !== "string") {
    throw new InvalidInputError([issue("invalid_type", { expected: "WorkCalendar (civilServiceCalendar or createCalendar(…))", received: describe(calendar) }, ["calendar"])]);
  }
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new InvalidInputError([issue("invalid_type", { expected: "DaysOffOptions (object)", received: describe(options) }, ["options"])]);
  }
  for (const key of Object.keys(options)) if (!(OPTION_KEYS as readonly string[]).includes(key)) throw new InvalidInputError([issue("unknown_key", { key }, ["options", key])]);
  readLocale((options as DaysOffOptions).locale, ["options", "locale"]);
}

/**
 * Renders the special days of a calendar year: every day off that is not a weekly rest day
 * (holidays, nghỉ bù, hoán đổi, closures) and every make-up or extra working day.
 *
 * @param calendar - e.g. `civilServiceCalendar`, or one made by `createCalendar`.
 * @param year - A Gregorian year, 1900–2199.
 * @param options - `format` (default `"table"`), `locale` (default `"vi"`).
 * @returns The text (an iCalendar has stable UIDs per calendar and day: re-subscribing updates).
 * @throws {@link InvalidInputError} `invalid_type` when `calendar` is not a work calendar or `options` not
 *   an object, `unknown_key` for another option, `invalid_option` for an unknown format or locale, or a
 *   year that is not an integer.
 * @throws {@link CalendarRangeError} for a year outside 1900–2199.
 * @example
 * renderDaysOff(civilServiceCalendar, 2024, { format: "csv", locale: "en" }).split("\r\n")[1]
 * //~> "2024-01-01,Mon,public holiday,Tết Dương lịch,20/11/2023,Bộ luật Lao động 2019,decided"
 * @remarks Since 0.2.0
 */
export function renderDaysOff(calendar: WorkCalendar, year: number, options: DaysOffOptions = {}): string {
  checkDaysOffInput(calendar, options);
  const locale = options.locale ?? "vi";
  const format = options.format ?? "table";
  if (locale !== "vi" && locale !== "en") throw new InvalidInputError([issue("invalid_option", { name: "locale", value: locale, expected: '"vi" | "en"' }, ["options", "locale"])]);
  if (!REPORT_FORMATS.includes(format)) throw new InvalidInputError([issue("invalid_option", { name: "format", value: format, expected: REPORT_FORMATS.join(" | ") }, ["options", "format"])]);
  if (!Number.isSafeInteger(year)) throw new InvalidInputError([issue("invalid_option", { name: "year", value: year, expected: "an integer year" }, ["year"])]);
  const days = calendar.specialDays(year);
  const rows = days.map((d) => cells(d, locale));
  const title = REPORT_WORD[locale].daysOff(year, calendar.name);
  const RENDER: { readonly [F in ReportFormat]: () => string } = {
    table: () => `${[title, ...alignRows([[...HEAD[locale]], ...rows])].join("\n")}\n`,
    csv: () => toCsv([[...HEAD[locale]], ...days.map((d) => [d.date, ...cells(d, locale).slice(1)])]),
    md: () => `${[`# ${title}`, "", ...markdownTable([[...HEAD[locale]], ...rows])].join("\n")}\n`,
    json: () => `${JSON.stringify(days.map((d) => ({ ...d, lunar: solarToLunar(d.date) })), null, 2)}\n`,
    ics: () => icsCalendar(title, days.flatMap((d) => vevent(d, calendar.name, locale))),
  };
  return RENDER[format]();
}
