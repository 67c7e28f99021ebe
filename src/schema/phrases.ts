/**
 * Reading the Vietnamese phrases of a plan (deadlines, quotas) into structured values, as issues
 * rather than exceptions.
 * @internal
 * @module
 */
import type { DeadlineRule } from "../deadline/types.js";
import { issue, ThoihanError, type Issue } from "../errors.js";
import type { QuotaSpec } from "./plan.js";

/** A phrase read, or its issues. @internal */
export type PhraseReading<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

type DeadlineReader = (text: string) => DeadlineRule;
type QuotaReader = (text: string) => QuotaSpec;

let deadlineReader: DeadlineReader | undefined;
let quotaReader: QuotaReader | undefined;

/**
 * Installs the phrase readers (done once by the module that wires the layers together).
 * @internal
 */
export function setPhraseReaders(readers: { readonly deadline: DeadlineReader; readonly quota?: QuotaReader }): void {
  deadlineReader = readers.deadline;
  if (readers.quota !== undefined) quotaReader = readers.quota;
}

function prefix(issues: readonly Issue[], path: readonly (string | number)[]): Issue[] {
  return issues.map((i) => issue(i.code, i.params, [...path, ...i.path]));
}

function read<T>(reader: ((text: string) => T) | undefined, text: string, path: readonly (string | number)[]): PhraseReading<T> {
  if (reader === undefined) return { ok: false, issues: [issue("invalid_rule", { reason: "phrase reader not available", text }, path)] };
  try {
    return { ok: true, value: reader(text) };
  } catch (error) {
    if (error instanceof ThoihanError) return { ok: false, issues: prefix(error.issues, path) };
    return { ok: false, issues: [issue("invalid_rule", { reason: String(error), text }, path)] };
  }
}

/** Reads a deadline phrase. @internal */
export function readDeadlinePhrase(text: string, path: readonly (string | number)[]): PhraseReading<DeadlineRule> {
  return read(deadlineReader, text, path);
}

/** Reads a quota phrase ("tối thiểu 1 ngày 1 văn bản"). @internal */
export function readQuotaPhrase(text: string, path: readonly (string | number)[]): PhraseReading<QuotaSpec> {
  return read(quotaReader, text, path);
}
