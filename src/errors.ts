/**
 * Errors thrown by thoihan on bad input or misuse.
 *
 * Facts about events (a late submission, an overdue task) are findings, never errors;
 * see `evaluate`. Everything thrown from inside the library is a {@link ThoihanError}.
 *
 * @module
 */
import { clip, LOCALES, messageFor, moreIssuesLine, show, type Locale } from "./messages/index.js";

/** At most this many issues are written out in an error's message (all stay in `issues`). */
const MAX_LISTED_ISSUES = 50;

/**
 * Stable snake_case codes. A released code never changes meaning; users match on it
 * (and on `params`), never on the message text.
 */
export type IssueCode =
  // generic input
  | "invalid_type"
  | "invalid_value"
  | "invalid_option"
  | "invalid_amount"
  | "invalid_date"
  | "invalid_instant"
  | "invalid_time"
  | "invalid_rule"
  | "missing_context"
  // calendar
  | "date_out_of_range"
  | "calendar_year_not_covered"
  | "invalid_office_hours"
  | "office_hours_missing"
  // lunar
  | "lunar_date_invalid"
  | "lunar_leap_month_absent"
  // deadline
  | "month_overflow"
  | "rrule_invalid"
  // phrase
  | "phrase_empty"
  | "phrase_too_long"
  | "phrase_unrecognized_token"
  | "phrase_unexpected_end"
  | "phrase_contradiction"
  | "phrase_quota"
  | "phrase_not_deadline"
  | "phrase_period_unspecified"
  | "phrase_unsupported"
  // plans and events
  | "invalid_plan"
  | "invalid_event"
  | "unknown_key"
  | "unknown_reference"
  | "duplicate_id"
  | "missing_required"
  | "reference_cycle"
  | "conflicting_keys"
  // criteria and scoring
  | "invalid_criterion";

/** Languages of user-facing text. */
export type { Locale };

/**
 * One problem found in the input: a stable `code`, where it was found (`path`, as in zod),
 * and the values the message is built from (`params`).
 */
export interface Issue {
  readonly code: IssueCode;
  readonly path: readonly (string | number)[];
  readonly params: Readonly<Record<string, unknown>>;
}

type Path = readonly (string | number)[];

const isPath = (value: unknown): value is Path =>
  Array.isArray(value) && value.every((p) => typeof p === "string" || (typeof p === "number" && Number.isInteger(p)));

/** Builds an {@link Issue}; `path` and `params` default to empty. */
export function issue(code: IssueCode, params: Readonly<Record<string, unknown>> = {}, path: Path = []): Issue {
  return Object.freeze({ code, path: Object.freeze(isPath(path) ? [...path] : []), params: Object.freeze({ ...params }) });
}

/**
 * Checks the `path` argument of a validator (where the value sits in a larger input): an array of
 * keys and indexes, or `undefined` for none.
 * @throws {@link InvalidInputError} `invalid_option` (name `path`) for anything else.
 * @internal
 */
export function readPath(value: unknown): Path {
  if (value === undefined) return [];
  if (isPath(value)) return value;
  throw new InvalidInputError([issue("invalid_option", { name: "path", value, expected: "(string | number)[]" }, ["path"])]);
}

/**
 * Checks a `locale` argument: `"vi"` (also for `undefined`) or `"en"`; one rule for every function.
 * @throws {@link InvalidInputError} `invalid_option` (name `locale`) for anything else.
 * @internal
 */
export function readLocale(value: unknown, path: Path = ["locale"]): Locale {
  if (value === undefined) return "vi";
  if ((LOCALES as readonly unknown[]).includes(value)) return value as Locale;
  throw new InvalidInputError([issue("invalid_option", { name: "locale", value, expected: '"vi" | "en"' }, path)]);
}

const isIssue = (value: unknown): value is Issue =>
  value !== null && typeof value === "object" && typeof (value as { code?: unknown }).code === "string";

/** An issue as given when it is one (path and params made safe), else an `invalid_value` naming what was given. */
function asIssue(value: unknown): Issue {
  if (!isIssue(value)) return issue("invalid_value", { value: show(value) });
  const params = value.params !== null && typeof value.params === "object" ? value.params : {};
  return Object.isFrozen(value) && isPath(value.path) && params === value.params ? value : issue(value.code, params, isPath(value.path) ? value.path : []);
}

/**
 * Renders one issue in Vietnamese (default) or English, prefixed by its path when it has one.
 * Values from the input are quoted short: long strings and lists are cut.
 *
 * @param item - An issue of a {@link ThoihanError} (`error.issues[i]`).
 * @param locale - `"vi"` (default) or `"en"`.
 * @returns The message, e.g. for a form field's error text.
 * @throws {@link InvalidInputError} `invalid_type` when `item` is not an issue, `invalid_option` for another locale.
 * @example
 * formatIssue(issue("invalid_date", { value: "2024-02-30" }), "en")
 * //=> 'Invalid date "2024-02-30": expected an existing day written YYYY-MM-DD.'
 */
export function formatIssue(item: Issue, locale: Locale = "vi"): string {
  const language = readLocale(locale);
  if (!isIssue(item)) {
    throw new InvalidInputError([issue("invalid_type", { expected: "Issue", received: item === null ? "null" : Array.isArray(item) ? "array" : typeof item }, ["issue"])]);
  }
  return render(asIssue(item), language);
}

function render(item: Issue, locale: Locale): string {
  const text = messageFor(item.code, item.params, locale);
  return item.path.length > 0 ? `${item.path.map((p) => (typeof p === "string" ? clip(p) : p)).join(".")}: ${text}` : text;
}

/**
 * The base of every error thrown by thoihan (lỗi của thoihan).
 *
 * - `code` is the first issue's stable snake_case code;
 * - `issues` lists every problem found, each with its `path` and `params`;
 * - `message` is `"[code] "` followed by the Vietnamese text; `format("en")` gives English.
 *
 * @example
 * try { civilServiceCalendar.isWorkingDay("2024-02-30") }
 * catch (e) { if (e instanceof ThoihanError) e.code } //=> "invalid_date"
 * @remarks Since 0.1.0
 */
export class ThoihanError extends Error {
  override readonly name: string = "ThoihanError";
  /** Every problem found, in input order. Never empty. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[] = [], options?: { readonly cause?: unknown }) {
    const list = Array.isArray(issues) && issues.length > 0 ? Array.from(issues, asIssue) : [issue("invalid_value")];
    super(ThoihanError.compose(list, "vi"), options?.cause === undefined ? undefined : { cause: options?.cause });
    this.issues = Object.freeze([...list]);
  }

  /** The stable code of the first issue. */
  get code(): IssueCode {
    return (this.issues[0] as Issue).code;
  }

  /** The message in the given language, every issue on its own line after the first (the first 50; a last line counts the others). */
  format(locale: Locale = "vi"): string {
    return ThoihanError.compose(this.issues, readLocale(locale));
  }

  private static compose(issues: readonly Issue[], locale: Locale): string {
    const [first, ...rest] = issues as [Issue, ...Issue[]];
    const head = `[${first.code}] ${render(first, locale)}`;
    if (rest.length === 0) return head;
    // The message lists the first issues only, so that its length stays bounded; `issues` has them all.
    const shown = rest.slice(0, MAX_LISTED_ISSUES - 1).map((i) => `  [${i.code}] ${render(i, locale)}`);
    const hidden = rest.length - shown.length;
    return [head, ...shown, ...(hidden > 0 ? [`  ${moreIssuesLine(hidden, locale)}`] : [])].join("\n");
  }
}

/**
 * Bad input: wrong type, impossible date, fractional amount, invalid plan …
 *
 * @example
 * try { civilServiceCalendar.addWorkingDays("2024-01-05", 1.5) }
 * catch (e) { e instanceof InvalidInputError && e.code } //=> "invalid_amount"
 * @remarks Since 0.1.0
 */
export class InvalidInputError extends ThoihanError {
  override readonly name: string = "InvalidInputError";
}

/**
 * A date outside the supported range 1900-01-01 … 2199-12-31.
 *
 * @example
 * try { civilServiceCalendar.isWorkingDay("2200-01-01") }
 * catch (e) { e instanceof CalendarRangeError && e.code } //=> "date_out_of_range"
 * @remarks Since 0.1.0
 */
export class CalendarRangeError extends ThoihanError {
  override readonly name: string = "CalendarRangeError";
}

/**
 * An answer would depend on calendar data that is not `decided` while the caller asked
 * for `{ require: "decided" }`. `year` is the first year concerned; the message names the remedy.
 *
 * @example
 * try { civilServiceCalendar.addWorkingDays("2028-01-03", 5, { require: "decided" }) }
 * catch (e) { e instanceof CalendarCoverageError && e.year } //=> 2028
 * @remarks Since 0.1.0
 */
export class CalendarCoverageError extends ThoihanError {
  override readonly name: string = "CalendarCoverageError";
  readonly year: number;
  constructor(issues: readonly Issue[] = [], options?: { readonly cause?: unknown }) {
    super(issues, options);
    const year = this.issues[0]?.params["year"];
    this.year = typeof year === "number" ? year : typeof year === "string" && /^\d{4}$/.test(year) ? Number(year) : Number.NaN;
  }
}

/**
 * A deadline phrase that could not be read. `index` is the position (in UTF-16 code units of
 * the NFC text) of the first word not understood; the issue's `params.expected` says what could stand there.
 *
 * @example
 * const r = safeParseDeadline("trong mười ngàyy")
 * r.success || [r.error.code, r.error.index] //=> ["phrase_unrecognized_token", 11]
 * @remarks Since 0.1.0
 */
export class PhraseParseError extends ThoihanError {
  override readonly name: string = "PhraseParseError";
  readonly text: string;
  readonly index: number;
  constructor(issues: readonly Issue[] = [], options?: { readonly cause?: unknown }) {
    super(issues, options);
    const params = this.issues[0]?.params ?? {};
    const text = params["text"];
    const index = params["index"];
    this.text = typeof text === "string" ? text : text === undefined ? "" : show(text);
    this.index = typeof index === "number" ? index : 0;
  }
}
