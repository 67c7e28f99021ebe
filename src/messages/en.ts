/** English text of every issue code. @internal */
import type { MessageTable } from "./index.js";
import { show, text } from "./index.js";
import { reasonText } from "./reasons.js";

const list = (v: unknown): string => (Array.isArray(v) ? v.map((x) => text(x)).join(", ") : text(v ?? ""));

const quoted = (v: unknown): string[] => (Array.isArray(v) ? v : [v]).map((x) => `"${text(x)}"`);

/** ": 3 problems" from a `problems` count, else ": reason" when one is given. */
const problems = (p: Readonly<Record<string, unknown>>): string =>
  typeof p["problems"] === "number" ? `: ${text(p["problems"])} problem${p["problems"] === 1 ? "" : "s"}` : p["reason"] ? `: ${reasonText(p, "en")}` : "";

/** What a value should be: the reason when one is given, else the expected values. */
const expected = (p: Readonly<Record<string, unknown>>): string =>
  p["reason"] ? `: ${reasonText(p, "en")}` : p["expected"] ? `: expected ${text(p["expected"])}` : "";

/** @internal */
export const en: MessageTable = {
  invalid_type: (p) => `Wrong type: expected ${text(p["expected"])}, received ${text(p["received"])}.`,
  invalid_value: (p) => `Invalid value${p["value"] === undefined ? "" : ` ${show(p["value"])}`}${expected(p)}.`,
  invalid_option: (p) =>
    typeof p["problems"] === "number"
      ? `Invalid option "${text(p["name"])}"${problems(p)}.`
      : `Invalid option "${text(p["name"])}": ${show(p["value"])}${p["expected"] ? ` (expected ${text(p["expected"])})` : ""}.`,
  invalid_amount: (p) => `Invalid amount ${show(p["value"])}: expected ${p["integer"] === false ? "a finite number" : "an integer"}${p["min"] === undefined ? "" : ` ≥ ${text(p["min"])}`}${p["max"] === undefined ? "" : ` ≤ ${text(p["max"])}`}.`,
  invalid_date: (p) => `Invalid date ${show(p["value"])}: expected an existing day written YYYY-MM-DD.`,
  invalid_instant: (p) => `Invalid instant ${show(p["value"])}: expected ISO 8601, e.g. "2024-01-09T14:00:00+07:00".`,
  invalid_time: (p) => `Invalid time ${show(p["value"])}: expected HH:mm between 00:00 and 24:00.`,
  invalid_rule: (p) => `Invalid deadline rule${problems(p)}.`,
  missing_context: (p) => `Missing "${text(p["name"])}" to compute the deadline${p["rule"] ? ` (${text(p["rule"])})` : ""}.`,
  date_out_of_range: (p) => `Date ${show(p["value"])} is outside the supported range ${text(p["min"] ?? "1900-01-01")} … ${text(p["max"] ?? "2199-12-31")}.`,
  calendar_year_not_covered: (p) =>
    `Year ${text(p["year"])} has no decided official schedule (day ${text(p["date"] ?? "")} is "${text(p["status"] ?? "projected")}"). Drop { require: "decided" } to use the projection, or add that year's notice (docs/updating-schedules.md).`,
  invalid_office_hours: (p) => `Invalid office hours${problems(p)}.`,
  office_hours_missing: () => `This calendar has no office hours; add them with createCalendar({ officeHours }).`,
  lunar_date_invalid: (p) => `Lunar date ${text(p["day"])}/${text(p["month"])}${p["leap"] ? " (leap)" : ""}/${text(p["year"])} does not exist${p["reason"] ? `: ${text(p["reason"])}` : ""}.`,
  lunar_leap_month_absent: (p) => `Lunar year ${text(p["year"])} has no leap month ${text(p["month"])}${p["leapMonth"] ? ` (its leap month is ${text(p["leapMonth"])})` : " (no leap month that year)"}.`,
  month_overflow: (p) => `Adding ${text(p["months"])} month(s) to ${text(p["from"])} lands on a day that does not exist (policy monthOverflow: "error").`,
  rrule_invalid: (p) => `Invalid RRULE ${show(p["value"])}${p["reason"] ? ` (${reasonText(p, "en")})` : ""}.`,
  phrase_empty: () => `The deadline phrase is empty.`,
  phrase_too_long: (p) => `The deadline phrase is too long (${text(p["length"])} characters, at most ${text(p["max"])}).`,
  phrase_unrecognized_token: (p) =>
    `Word ${show(p["token"])} at index ${text(p["index"])} of "${text(p["text"])}" is not understood${p["expected"] ? `; expected: ${list(p["expected"])}` : ""}.`,
  phrase_unexpected_end: (p) => `The phrase "${text(p["text"])}" ends too early${p["expected"] ? `; expected: ${list(p["expected"])}` : ""}.`,
  phrase_quota: (p) => `"${text(p["text"])}" is a quota (e.g. "tối thiểu 1 ngày 1 văn bản", at least one document a day), not a deadline; read it with parseQuota.`,
  phrase_not_deadline: (p) =>
    `"${text(p["text"])}" states no time limit (word ${show(p["token"])} at index ${text(p["index"])}: an earliest date or an ongoing task); model it as an event or an undated obligation.`,
  phrase_period_unspecified: (p) =>
    `"${text(p["text"])}" refers to the reporting period without naming it (month, quarter, half year, year) at index ${text(p["index"])}; add "định kỳ hằng quý, …" or "… hằng tháng".`,
  phrase_unsupported: (p) => `The phrase "${text(p["text"])}" uses a form that is not read as a deadline at index ${text(p["index"])}: ${reasonText(p, "en")}.`,
  phrase_contradiction: (p) => `The phrase "${text(p["text"])}" contradicts itself at index ${text(p["index"])}: ${reasonText(p, "en")}.`,
  invalid_plan: (p) => `Invalid plan${problems(p)}.`,
  invalid_event: (p) => `Invalid event${problems(p)}.`,
  unknown_key: (p) => `Unknown key "${text(p["key"])}"${p["suggestion"] ? `; did you mean "${text(p["suggestion"])}"?` : "."}`,
  unknown_reference: (p) => `Unknown reference: ${text(p["kind"] ?? "")} "${text(p["id"])}".`,
  duplicate_id: (p) => `Duplicate id "${text(p["id"])}".`,
  missing_required: (p) => `Missing required field "${text(p["name"])}".`,
  conflicting_keys: (p) => `Keys ${quoted(p["keys"]).join(" and ")} cannot be used together.`,
  invalid_criterion: (p) => `Invalid criterion${p["id"] === undefined ? "" : ` "${text(p["id"])}"`}: ${reasonText(p, "en")}.`,
  reference_cycle: (p) => `Circular reference between ${text(p["kind"] ?? "item")}s: ${list(p["ids"]).replace(/, /g, " → ")}.`,
};
