/**
 * The last step of a parse: the notes that follow from a rule's fields and wording, the wording
 * itself with its keys sorted, and a deep freeze.
 * @internal
 * @module
 */
import type { DeadlineRule, RuleNote, Wording } from "../../deadline/types.js";
import { restatesWorkingDays } from "./relative.js";

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
 * - `bare_day_unit`: a bare "ngày" (unit `day`) in the amount or the cap;
 * - `before_date_reading`: "trước ngày X" (bound `before`), with `{ lead }` when written otherwise ("chậm nhất trước");
 * - `local_convention`: an urgency mark whose numeric meaning is local (`{ urgency }`);
 * - `time_excluded`: a qualifier in brackets that leaves a pause out of the count (`{ text }`, verbatim).
 * @internal
 */
export function notesOf(rule: DeadlineRule, wording: Wording): RuleNote[] {
  const notes: RuleNote[] = [];
  const bareDay =
    ((rule.kind === "relative" || rule.kind === "before_deadline") && rule.unit === "day") || rule.cap?.unit === "day";
  if (bareDay) notes.push({ code: "bare_day_unit" });
  const before = (rule.kind === "fixed_date" || rule.kind === "recurring" || rule.kind === "rrule") && rule.bound === "before";
  if (before) {
    const lead = wording["lead"];
    notes.push(lead === undefined ? { code: "before_date_reading" } : { code: "before_date_reading", params: { lead } });
  }
  if (rule.kind === "urgent") notes.push({ code: "local_convention", params: { urgency: rule.level } });
  const qualifier = wording["qualifier"];
  if (qualifier !== undefined && !restatesWorkingDays(qualifier)) notes.push({ code: "time_excluded", params: { text: qualifier } });
  return notes;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const v of Object.values(value as object)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

