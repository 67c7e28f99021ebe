/**
 * Explanations of deadlines (diễn giải thời hạn): the trace as text, in Vietnamese or English.
 * @module
 */
import { InvalidInputError, issue, readLocale } from "../errors.js";
import type { Locale } from "../messages/index.js";
import { noteText, traceText } from "../messages/trace.js";
import type { Deadline, RuleNote, TraceStep } from "./types.js";

function isStep(value: unknown): value is TraceStep {
  return value !== null && typeof value === "object" && typeof (value as TraceStep).code === "string";
}

/**
 * Renders one trace step (bước tính) as a sentence, followed by its legal basis when it has one.
 *
 * @param step - A step of {@link Deadline.trace}.
 * @param locale - `"vi"` (default) or `"en"`.
 * @returns One line of text. An unknown code (from a newer version) is shown with its params.
 * @throws {@link InvalidInputError} `invalid_type` for a value that is not a step, `invalid_option` for another locale.
 * @example
 * formatTraceStep({ code: "start_excluded", params: { date: "2023-11-14" }, basis: { doc: "Bộ luật Dân sự 2015 (91/2015/QH13)", article: "Điều 147 khoản 2 và 3" } }, "en")
 * //=> "Tue 2023-11-14 (the day of the event) is not counted; counting starts the next day. Basis: Bộ luật Dân sự 2015 (91/2015/QH13), Điều 147 khoản 2 và 3."
 * @see Bộ luật Dân sự 2015, Điều 147–148
 * @remarks Since 0.1.0
 */
export function formatTraceStep(step: TraceStep, locale: Locale = "vi"): string {
  if (!isStep(step)) throw new InvalidInputError([issue("invalid_type", { expected: "TraceStep", received: step === null ? "null" : typeof step }, ["step"])]);
  return traceText(step, readLocale(locale, ["locale"]));
}

/**
 * Renders a rule note (ghi chú về cách hiểu) as a sentence.
 *
 * @param note - A note of a rule or of {@link Deadline.notes}.
 * @param locale - `"vi"` (default) or `"en"`.
 * @returns One line of text.
 * @throws {@link InvalidInputError} `invalid_option` for another locale.
 * @example
 * formatRuleNote({ code: "month_end", params: { requested: "2025-02-31", result: "2025-02-28" } }, "en")
 * //=> "No corresponding day (2025-02-31): the last day of the month is taken, Fri 2025-02-28 (Art. 148.3)."
 * @see Bộ luật Dân sự 2015, Điều 148 khoản 3
 * @remarks Since 0.1.0
 */
export function formatRuleNote(note: RuleNote, locale: Locale = "vi"): string {
  if (note === null || typeof note !== "object" || typeof note.code !== "string") {
    throw new InvalidInputError([issue("invalid_type", { expected: "RuleNote", received: note === null ? "null" : typeof note }, ["note"])]);
  }
  return noteText(note, readLocale(locale, ["locale"]));
}

/**
 * Explains a deadline: one line per trace step, in order (anchor, start day excluded, days
 * counted, holidays skipped by name, roll, end of day, data status …), each with its legal basis.
 *
 * @param deadline - A result of `computeDeadline`.
 * @param options - `{ locale }`, or the locale itself: `"vi"` (default) or `"en"`.
 * @returns The lines; the input is not modified.
 * @throws {@link InvalidInputError} `invalid_type` when `deadline` has no trace or `options` is neither a
 *   locale nor an object, `invalid_option` for another locale.
 * @example
 * explainDeadline(computeDeadline(rule10Days, { anchor: "2023-11-14" }), { locale: "en" })
 * //=> ['Start: "khi UBND TP ban hành", Tue 2023-11-14.',
 * //    "Tue 2023-11-14 (the day of the event) is not counted; counting starts the next day. Basis: …",
 * //    "Counted 10 calendar day(s): from Wed 2023-11-15 to Fri 2023-11-24. Basis: …",
 * //    "Ends at 24:00 on Fri 2023-11-24. Basis: …"]
 * @see Bộ luật Dân sự 2015, Điều 144–148
 * @remarks Since 0.1.0
 */
export function explainDeadline(deadline: Deadline, options?: Locale | { readonly locale?: Locale }): string[] {
  if (deadline === null || typeof deadline !== "object" || !Array.isArray(deadline.trace)) {
    throw new InvalidInputError([issue("invalid_type", { expected: "Deadline", received: deadline === null ? "null" : typeof deadline }, ["deadline"])]);
  }
  if (options !== undefined && typeof options !== "string" && (options === null || typeof options !== "object")) {
    throw new InvalidInputError([issue("invalid_type", { expected: "{ locale }", received: options === null ? "null" : typeof options }, ["options"])]);
  }
  // A bare locale ("en") is read as { locale: "en" }, not dropped.
  const locale = options === undefined ? "vi" : typeof options === "string" ? readLocale(options, ["options"]) : readLocale(options.locale, ["options", "locale"]);
  // an indexed loop rather than Array.from(trace, fn): explanations are made per finding
  const trace = deadline.trace as readonly unknown[];
  const lines = new Array<string>(trace.length);
  for (let index = 0; index < trace.length; index++) {
    const step = trace[index];
    if (!isStep(step)) throw new InvalidInputError([issue("invalid_type", { expected: "TraceStep", received: step === null ? "null" : typeof step }, ["deadline", "trace", index])]);
    lines[index] = traceText(step, locale);
  }
  return lines;
}
