/**
 * Validation of `evaluate`'s options at the boundary.
 * @internal
 * @module
 */
import type { WorkCalendar } from "../calendar/types.js";
import { civilOfEpochMs } from "../day/instant.js";
import { parsePolicy } from "../deadline/ruleSchema.js";
import type { Policy } from "../deadline/types.js";
import { InvalidInputError, issue, type Issue, type Locale } from "../errors.js";
import { suggestKey } from "../schema/suggest.js";
import { readAsOf } from "./asOf.js";
import { readPeriods, readRate } from "./summary.js";
import type { DueSoon, EvaluateOptions, SummaryOptions } from "./types.js";

/** Validated options. @internal */
export interface ReadOptions {
  readonly asOfMs: number;
  /** The civil day `asOf` ends: its day, or the day before for an `asOf` at 00:00 (24:00 of that day). */
  readonly asOfDay: number;
  readonly calendar: WorkCalendar | undefined;
  readonly dueSoon: DueSoon;
  readonly locale: Locale;
  /** The call's policy overrides, over the plan's and each obligation's. */
  readonly policy: Partial<Policy> | undefined;
  readonly summary: SummaryOptions | undefined;
}

const KEYS = ["asOf", "calendar", "dueSoon", "locale", "policy", "summary"];
const DEFAULT_DUE_SOON: DueSoon = Object.freeze({ amount: 24, unit: "hour" });

function fail(issues: Issue[]): never {
  throw new InvalidInputError(issues);
}

/** @internal */
export function readOptions(options: EvaluateOptions | undefined): ReadOptions {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    fail([issue("missing_required", { name: "asOf" }, ["options", "asOf"])]);
  }
  const o = options as unknown as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const key of Object.keys(o)) {
    if (KEYS.includes(key) || o[key] === undefined) continue;
    const suggestion = suggestKey(key, KEYS);
    issues.push(issue("unknown_key", suggestion === undefined ? { key } : { key, suggestion }, ["options", key]));
  }
  const asOf = o["asOf"];
  let asOfMs = Number.NaN;
  if (asOf === undefined) issues.push(issue("missing_required", { name: "asOf" }, ["options", "asOf"]));
  else {
    const ms = readAsOf(asOf);
    if (ms === undefined) issues.push(typeof asOf === "string" ? issue("invalid_instant", { value: asOf }, ["options", "asOf"]) : issue("invalid_type", { expected: "Instant (ISO 8601) or date (end of that day)", received: typeof asOf }, ["options", "asOf"]));
    else asOfMs = ms;
  }
  const calendar = o["calendar"];
  if (calendar !== undefined && (calendar === null || typeof calendar !== "object" || typeof (calendar as WorkCalendar).isWorkingDay !== "function" || typeof (calendar as WorkCalendar).days !== "object")) {
    issues.push(issue("invalid_type", { expected: "WorkCalendar (civilServiceCalendar or createCalendar(…))", received: calendar === null ? "null" : typeof calendar }, ["options", "calendar"]));
  }
  let dueSoon = DEFAULT_DUE_SOON;
  const ds = o["dueSoon"];
  if (ds !== undefined) {
    const d = ds as Partial<DueSoon> | null;
    if (d === null || typeof d !== "object" || typeof d.amount !== "number" || !(d.amount >= 0) || !Number.isFinite(d.amount) || !["hour", "day", "working_day"].includes(d.unit as string) || (d.unit !== "hour" && !Number.isInteger(d.amount))) {
      issues.push(issue("invalid_option", { name: "dueSoon", value: ds, expected: '{ amount: number ≥ 0, unit: "hour" | "day" | "working_day" }' }, ["options", "dueSoon"]));
    } else dueSoon = { amount: d.amount, unit: d.unit as DueSoon["unit"] };
  }
  const locale = o["locale"] ?? "vi";
  if (locale !== "vi" && locale !== "en") issues.push(issue("invalid_option", { name: "locale", value: locale, expected: '"vi" | "en"' }, ["options", "locale"]));
  let policy: Partial<Policy> | undefined;
  if (o["policy"] !== undefined) {
    try {
      policy = parsePolicy(o["policy"], ["options", "policy"]);
    } catch (error) {
      if (error instanceof InvalidInputError) issues.push(...error.issues);
      else throw error;
    }
  }
  const summary = o["summary"] as SummaryOptions | undefined;
  if (summary !== undefined) {
    if (summary === null || typeof summary !== "object") issues.push(issue("invalid_option", { name: "summary", value: summary, expected: "{ rate?, periods? }" }, ["options", "summary"]));
    else {
      for (const key of Object.keys(summary)) {
        if (key !== "rate" && key !== "periods") issues.push(issue("unknown_key", { key }, ["options", "summary", key]));
      }
      try {
        readRate(summary.rate, ["options", "summary", "rate"]);
        readPeriods(summary.periods, ["options", "summary", "periods"]);
      } catch (error) {
        if (error instanceof InvalidInputError) issues.push(...error.issues);
        else throw error;
      }
    }
  }
  if (issues.length > 0) fail(issues);
  return {
    asOfMs,
    // the day asOf ends: 24:00 of 31/12 (as the date "2024-12-31" means) ends 31/12
    asOfDay: civilOfEpochMs(asOfMs - 1).day,
    calendar: calendar as WorkCalendar | undefined,
    dueSoon,
    locale: locale as Locale,
    policy,
    summary,
  };
}
