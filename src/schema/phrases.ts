/**
 * Reading the Vietnamese phrases of a plan (deadlines, quotas) into structured values, as issues
 * rather than exceptions.
 * @internal
 * @module
 */
import type { DeadlineRule } from "../deadline/types.js";
import { issue, ThoihanError, type Issue } from "../errors.js";
import { parseDeadline, parseQuota } from "../phrase/index.js";
import type { QuotaSpec } from "./plan.js";

/** A phrase read, or its issues. @internal */
export type PhraseReading<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

function prefix(issues: readonly Issue[], path: readonly (string | number)[]): Issue[] {
  return issues.map((i) => issue(i.code, i.params, [...path, ...i.path]));
}

function read<T>(reader: (text: string) => T, text: string, path: readonly (string | number)[]): PhraseReading<T> {
  try {
    return { ok: true, value: reader(text) };
  } catch (error) {
    if (error instanceof ThoihanError) return { ok: false, issues: prefix(error.issues, path) };
    throw error;
  }
}

/** Reads a deadline phrase ("chậm nhất 3 ngày kể từ ngày ban hành"). @internal */
export function readDeadlinePhrase(text: string, path: readonly (string | number)[]): PhraseReading<DeadlineRule> {
  return read(parseDeadline, text, path);
}

/**
 * Reads a quota phrase ("tối thiểu 1 ngày 1 văn bản"). A bare "ngày" in a quota means a working
 * day: an agency's daily quota is not owed on days off (write `{ min: 1, per: "day" }` for every
 * calendar day).
 * @internal
 */
export function readQuotaPhrase(text: string, path: readonly (string | number)[]): PhraseReading<QuotaSpec> {
  const reading = read(parseQuota, text, path);
  if (!reading.ok) return reading;
  const q = reading.value;
  return { ok: true, value: { min: q.count, per: q.per === "day" ? "working_day" : q.per } };
}
