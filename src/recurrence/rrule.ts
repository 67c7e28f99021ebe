/**
 * RFC 5545 recurrence rules (RRULE) for date-only deadlines: the parser and validator; the
 * expansion into days is `expand.ts`, written for the library (no recurrence package is needed).
 *
 * Accepted text: `FREQ=…;…`, optionally prefixed by `RRULE:`, optionally preceded by a line
 * `DTSTART:YYYYMMDD`, `DTSTART;VALUE=DATE:YYYYMMDD` or `DTSTART:YYYYMMDDTHHMMSS[Z]` (the date is
 * used). Parts: FREQ (YEARLY, MONTHLY, WEEKLY, DAILY), INTERVAL, COUNT, UNTIL, BYMONTH,
 * BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYDAY, BYSETPOS, WKST. Without DTSTART the rule must not depend
 * on its start: INTERVAL 1, no COUNT, and the days fully given (YEARLY with BYMONTH and
 * BYMONTHDAY/BYDAY, or BYYEARDAY/BYWEEKNO; MONTHLY with BYMONTHDAY or BYDAY; WEEKLY with BYDAY).
 *
 * @see RFC 5545 §3.3.10 (value type RECUR), §3.8.5.3 (property RRULE)
 * @module
 */
import { dayNumberFromYmd, MAX_DAY, MIN_DAY, type DayNumber } from "../day/dayNumber.js";
import { InvalidInputError, issue } from "../errors.js";
import type { RruleReason } from "../messages/rruleReasons.js";
import { expandRruleDays } from "./expand.js";

type Freq = "YEARLY" | "MONTHLY" | "WEEKLY" | "DAILY";
const FREQS: Readonly<Record<Freq, true>> = { YEARLY: true, MONTHLY: true, WEEKLY: true, DAILY: true };
const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/** A validated RRULE. @internal */
export interface ParsedRrule {
  readonly text: string;
  readonly freq: Freq;
  readonly dtstart?: DayNumber;
  readonly interval: number;
  readonly count?: number;
  readonly until?: DayNumber;
  readonly bymonth?: readonly number[];
  readonly bymonthday?: readonly number[];
  readonly byyearday?: readonly number[];
  readonly byweekno?: readonly number[];
  /** `[weekday 0 = MO … 6 = SU, nth or 0]`. */
  readonly byday?: readonly (readonly [number, number])[];
  readonly bysetpos?: readonly number[];
  readonly wkst?: number;
}

/** Rejects an RRULE with a reason code (worded per locale by the message tables) and its params. */
function fail(value: string, reason: RruleReason, path: readonly (string | number)[], params: Readonly<Record<string, unknown>> = {}): never {
  throw new InvalidInputError([issue("rrule_invalid", { value, reason, ...params }, path)]);
}

function intList(text: string, raw: string, name: string, min: number, max: number, signed: boolean, path: readonly (string | number)[]): number[] {
  const out: number[] = [];
  for (const part of raw.split(",")) {
    if (!/^[+-]?\d{1,3}$/.test(part)) fail(text, "rrule_not_integer", path, { part: name, token: part });
    const n = Number(part);
    const abs = Math.abs(n);
    if (abs < min || abs > max || (!signed && n < 0)) fail(text, "rrule_out_of_range", path, { part: name, token: n });
    out.push(n);
  }
  return out;
}

function readDate(text: string, raw: string, name: string, path: readonly (string | number)[]): DayNumber {
  const m = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/.exec(raw);
  if (m === null) fail(text, "rrule_date_format", path, { part: name, token: raw });
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = dayNumberFromYmd(y, mo, d);
  const back = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || back.getUTCDate() !== d || day < MIN_DAY || day > MAX_DAY) fail(text, "rrule_date_unsupported", path, { part: name, token: raw });
  return day;
}

const parsedCache = new Map<string, ParsedRrule>();

/**
 * Parses and validates an RRULE string.
 *
 * @param text - The rule, e.g. `"FREQ=MONTHLY;BYMONTHDAY=10"`.
 * @param path - Where the text sits in the input, for the error.
 * @returns The parsed rule (cached by text).
 * @throws {@link InvalidInputError} `rrule_invalid` with a `reason`.
 * @example
 * parseRrule("FREQ=MONTHLY;BYMONTHDAY=10").bymonthday //=> [10]
 * parseRrule("FREQ=HOURLY") // throws InvalidInputError [rrule_invalid]
 * @internal
 */
export function parseRrule(text: string, path: readonly (string | number)[] = []): ParsedRrule {
  const cached = parsedCache.get(text);
  if (cached !== undefined) return cached;
  if (typeof text !== "string" || text.trim() === "") fail(String(text), "rrule_empty", path);
  let dtstart: DayNumber | undefined;
  let body: string | undefined;
  for (const rawLine of text.trim().split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === "") continue;
    const upper = line.toUpperCase();
    if (upper.startsWith("DTSTART")) {
      const m = /^DTSTART(?:;VALUE=DATE(?:-TIME)?)?:(.+)$/.exec(upper);
      if (m === null || m[1] === undefined) fail(text, "rrule_dtstart_format", path);
      if (dtstart !== undefined) fail(text, "rrule_part_twice", path, { part: "DTSTART" });
      dtstart = readDate(text, m[1], "DTSTART", path);
    } else {
      if (body !== undefined) fail(text, "rrule_one_line", path);
      body = upper.startsWith("RRULE:") ? upper.slice(6) : upper;
    }
  }
  if (body === undefined || body === "") fail(text, "rrule_missing", path);
  const seen = new Set<string>();
  const out: { -readonly [K in keyof ParsedRrule]?: ParsedRrule[K] } = { text, interval: 1 };
  if (dtstart !== undefined) out.dtstart = dtstart;
  for (const part of body.split(";")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    if (eq <= 0) fail(text, "rrule_not_key_value", path, { token: part });
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    if (value === "") fail(text, "rrule_no_value", path, { part: key });
    if (seen.has(key)) fail(text, "rrule_part_twice", path, { part: key });
    seen.add(key);
    switch (key) {
      case "FREQ":
        if (!(value in FREQS)) fail(text, "rrule_freq_unsupported", path, { token: value });
        out.freq = value as Freq;
        break;
      case "INTERVAL":
        out.interval = intList(text, value, key, 1, 999, false, path)[0] as number;
        if (value.includes(",")) fail(text, "rrule_one_value", path, { part: "INTERVAL" });
        break;
      case "COUNT":
        if (!/^\d{1,5}$/.test(value) || Number(value) < 1) fail(text, "rrule_not_positive", path, { part: "COUNT", token: value });
        out.count = Number(value);
        break;
      case "UNTIL":
        out.until = readDate(text, value, key, path);
        break;
      case "BYMONTH":
        out.bymonth = intList(text, value, key, 1, 12, false, path);
        break;
      case "BYMONTHDAY":
        out.bymonthday = intList(text, value, key, 1, 31, true, path);
        break;
      case "BYYEARDAY":
        out.byyearday = intList(text, value, key, 1, 366, true, path);
        break;
      case "BYWEEKNO":
        out.byweekno = intList(text, value, key, 1, 53, true, path);
        break;
      case "BYSETPOS":
        out.bysetpos = intList(text, value, key, 1, 366, true, path);
        break;
      case "BYDAY":
        out.byday = value.split(",").map((d) => {
          const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(d);
          if (m === null) fail(text, "rrule_weekday_format", path, { part: "BYDAY", token: d });
          const nth = m[1] === undefined ? 0 : Number(m[1]);
          if (Math.abs(nth) > 53 || (m[1] !== undefined && nth === 0)) fail(text, "rrule_ordinal_invalid", path, { part: "BYDAY", token: d });
          return [WEEKDAYS.indexOf(m[2] as (typeof WEEKDAYS)[number]), nth] as const;
        });
        break;
      case "WKST": {
        const i = WEEKDAYS.indexOf(value as (typeof WEEKDAYS)[number]);
        if (i < 0) fail(text, "rrule_weekday_format", path, { part: "WKST", token: value });
        out.wkst = i;
        break;
      }
      case "DTSTART":
        return fail(text, "rrule_dtstart_inline", path);
      default:
        fail(text, /^BY(HOUR|MINUTE|SECOND)$/.test(key) ? "rrule_time_part" : "rrule_part_unsupported", path, { part: key });
    }
  }
  if (out.freq === undefined) fail(text, "rrule_freq_missing", path);
  if (dtstart === undefined) {
    if (out.interval !== 1) fail(text, "rrule_needs_dtstart", path, { part: "INTERVAL" });
    if (out.count !== undefined) fail(text, "rrule_needs_dtstart", path, { part: "COUNT" });
    const days = out.bymonthday !== undefined || out.byday !== undefined;
    const complete =
      out.freq === "DAILY" ||
      (out.freq === "WEEKLY" && out.byday !== undefined) ||
      (out.freq === "MONTHLY" && days) ||
      (out.freq === "YEARLY" && ((out.bymonth !== undefined && days) || out.byyearday !== undefined || out.byweekno !== undefined));
    if (!complete) fail(text, "rrule_days_unnamed", path, { token: out.freq });
  }
  if (out.byweekno !== undefined && out.freq !== "YEARLY") fail(text, "rrule_part_for_freq", path, { part: "BYWEEKNO", token: out.freq });
  if (out.byyearday !== undefined && (out.freq === "MONTHLY" || out.freq === "WEEKLY")) fail(text, "rrule_part_for_freq", path, { part: "BYYEARDAY", token: out.freq });
  if (out.bymonthday !== undefined && out.freq === "WEEKLY") fail(text, "rrule_part_for_freq", path, { part: "BYMONTHDAY", token: out.freq });
  if (out.byday?.some(([, nth]) => nth !== 0) === true && out.freq !== "MONTHLY" && out.freq !== "YEARLY") fail(text, "rrule_part_for_freq", path, { part: "BYDAY", token: out.freq });
  const parsed = Object.freeze(out) as ParsedRrule;
  if (parsedCache.size > 512) parsedCache.clear();
  parsedCache.set(text, parsed);
  return parsed;
}

/**
 * The days `from ≤ d ≤ to` on which an RRULE occurs, sorted and unique.
 *
 * @param rule - A rule from {@link parseRrule}.
 * @param from - First day of the window (a day number in range).
 * @param to - Last day of the window.
 * @returns Day numbers.
 * @example
 * expandRrule(parseRrule("FREQ=MONTHLY;BYMONTHDAY=10"), toDayNumber("2024-01-01"), toDayNumber("2024-03-31"))
 * //=> day numbers of 2024-01-10, 2024-02-10, 2024-03-10
 * @internal
 */
export function expandRrule(rule: ParsedRrule, from: number, to: number): DayNumber[] {
  return expandRruleDays(rule, from, to);
}
