/**
 * Errors thrown by thoihan on bad input or misuse.
 *
 * Facts about events (a late submission, an overdue task) are findings, never errors;
 * see `evaluate`. Everything thrown from inside the library is a {@link ThoihanError}.
 *
 * @module
 */
import { messageFor, type Locale } from "./messages/index.js";

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

/** Builds an {@link Issue}; `path` and `params` default to empty. */
export function issue(
  code: IssueCode,
  params: Readonly<Record<string, unknown>> = {},
  path: readonly (string | number)[] = [],
): Issue {
  return Object.freeze({ code, path: Object.freeze([...path]), params: Object.freeze({ ...params }) });
}

/**
 * Renders one issue in Vietnamese (default) or English, prefixed by its path when it has one.
 *
 * @example
 * formatIssue(issue("invalid_date", { value: "2024-02-30" }), "en")
 * //=> 'Invalid date "2024-02-30": expected an existing day written YYYY-MM-DD.'
 */
export function formatIssue(item: Issue, locale: Locale = "vi"): string {
  const text = messageFor(item?.code, item?.params ?? {}, locale);
  const path = Array.isArray(item?.path) ? item.path : [];
  return path.length > 0 ? `${path.join(".")}: ${text}` : text;
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

  constructor(issues: readonly Issue[], options?: { readonly cause?: unknown }) {
    const list = issues.length > 0 ? issues : [issue("invalid_value")];
    super(ThoihanError.compose(list, "vi"), options?.cause === undefined ? undefined : { cause: options.cause });
    this.issues = Object.freeze([...list]);
  }

  /** The stable code of the first issue. */
  get code(): IssueCode {
    return (this.issues[0] as Issue).code;
  }

  /** The message in the given language, every issue on its own line after the first. */
  format(locale: Locale = "vi"): string {
    return ThoihanError.compose(this.issues, locale);
  }

  private static compose(issues: readonly Issue[], locale: Locale): string {
    const [first, ...rest] = issues as [Issue, ...Issue[]];
    const head = `[${first.code}] ${formatIssue(first, locale)}`;
    return rest.length === 0 ? head : [head, ...rest.map((i) => `  [${i.code}] ${formatIssue(i, locale)}`)].join("\n");
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
  constructor(issues: readonly Issue[], options?: { readonly cause?: unknown }) {
    super(issues, options);
    this.year = Number((issues[0]?.params["year"] as number | undefined) ?? NaN);
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
  constructor(issues: readonly Issue[], options?: { readonly cause?: unknown }) {
    super(issues, options);
    const params = issues[0]?.params ?? {};
    this.text = String(params["text"] ?? "");
    this.index = Number(params["index"] ?? 0);
  }
}
