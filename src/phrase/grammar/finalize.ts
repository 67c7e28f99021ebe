/**
 * The last step of a parse: the notes that follow from a rule's fields and wording, the wording
 * itself with its keys sorted, and a deep freeze.
 * @internal
 * @module
 */
import type { DeadlineRule, RuleNote, Wording } from "../../deadline/types.js";
import { WHOLE_DAYS_WRITTEN } from "../canonical.js";
import { restatesWorkingDays } from "./relative.js";
import { foldKey } from "../normalize.js";

/**
 * Attaches the notes that follow from a rule's fields and wording, and the wording itself
 * (keys sorted), and freezes the result.
 * @internal
 */
export function finalize(rule: DeadlineRule, wording: Wording): DeadlineRule {
  const keys = (Object.keys(wording) as (keyof Wording)[]).sort();
  const w: { -readonly [K in keyof Wording]: Wording[K] } = {};
  for (const k of keys) w[k] = wording[k] as string;
  const notes = notesOf(rule, w);
  const { notes: _n, wording: _w, ...rest } = rule;
  void _n;
  void _w;
  return deepFreeze({
    ...rest,
    ...(notes.length === 0 ? {} : { notes }),
    ...(keys.length === 0 ? {} : { wording: w }),
  } as DeadlineRule);
}

/**
 * The ambiguity notes of a rule, a function of its fields and wording:
 * - `bare_day_unit`: a bare "ngày" (unit `day`) in the amount or the cap ("ngày đêm", a day and its night, and "ngày liên
 *   tục", days in a row, are no bare days);
 * - `before_date_reading`: "trước ngày X" (bound `before`), with `{ lead }` when written otherwise ("chậm nhất trước");
 * - `local_convention`: an urgency mark whose numeric meaning is local (`{ urgency }`);
 * - `time_excluded`: a qualifier in brackets that leaves a pause out of the count (`{ text }`, verbatim);
 * - `planned`: "dự kiến" before the deadline (`{ text }` as written): a planned day, not a limit;
 * - `postmark`: "tính theo dấu bưu điện" after it, with or without brackets: the postmark's date counts.
 * @internal
 */
export function notesOf(rule: DeadlineRule, wording: Wording): RuleNote[] {
  const notes: RuleNote[] = [];
  const bareDay =
    ((rule.kind === "relative" || rule.kind === "before_deadline") && rule.unit === "day" && !WHOLE_DAYS_WRITTEN.has(wording["unit"] ?? "")) || rule.cap?.unit === "day";
  if (bareDay) notes.push({ code: "bare_day_unit" });
  const before = (rule.kind === "fixed_date" || rule.kind === "recurring" || rule.kind === "rrule") && rule.bound === "before";
  if (before) {
    const lead = wording["lead"];
    notes.push(lead === undefined ? { code: "before_date_reading" } : { code: "before_date_reading", params: { lead } });
  }
  if (rule.kind === "urgent") notes.push({ code: "local_convention", params: { urgency: rule.level } });
  const qualifier = wording["qualifier"];
  if (qualifier !== undefined && !restatesWorkingDays(qualifier)) notes.push({ code: "time_excluded", params: { text: qualifier } });
  const planned = wording["planned"] ?? plannedIn(wording["predicate"]);
  if (planned !== undefined) notes.push({ code: "planned", params: { text: planned } });
  if (wording["postmark"] !== undefined || isPostmark(wording["remark"])) notes.push({ code: "postmark" });
  return notes;
}

/** "dự kiến" as written inside a predicate ("kỳ họp dự kiến khai mạc"), or undefined. @internal */
export function plannedIn(predicate: string | undefined): string | undefined {
  if (predicate === undefined) return undefined;
  const words = predicate.split(" ");
  for (let i = 0; i + 1 < words.length; i++) {
    if (foldKey(words[i] as string) === "du" && foldKey(words[i + 1] as string) === "kien") return `${words[i] as string} ${words[i + 1] as string}`;
  }
  return undefined;
}

/** A remark that says the postmark counts ("tính theo dấu bưu điện", "theo dấu bưu điện"), case and diacritics aside. @internal */
export function isPostmark(remark: string | undefined): boolean {
  return remark !== undefined && foldKey(remark).replace(/\s+/g, " ").includes("dau buu dien");
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const v of Object.values(value as object)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

