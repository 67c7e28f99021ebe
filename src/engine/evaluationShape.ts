/**
 * Checks of an evaluation (or one of its findings) handed back by a host to the functions that
 * read one (renderers, scoring helpers): every field they read has its type, so that a bad value
 * is an `invalid_type` at its path rather than a TypeError inside.
 * @module
 */
import { InvalidInputError, issue } from "../errors.js";
import { badFindingField, describe, isEvaluationLike } from "./summary.js";
import type { Evaluation, Finding, FindingStatus, TargetStatus } from "./types.js";

type Path = readonly (string | number)[];

const DEDUCTION_REASONS: readonly string[] = ["late", "overdue", "missed_target", "open"];
const NULLABLE_STRINGS = ["subject", "period", "originalLastDay", "triggerEvent", "doneEvent", "urgency"] as const;
const SUMMARY_NUMBERS = ["total", "early", "onTime", "late", "overdue", "open", "undated", "cancelled"] as const;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);
const isStringList = (value: unknown): boolean => Array.isArray(value) && value.every((v) => typeof v === "string");

function bad(expected: string, value: unknown, path: Path): InvalidInputError {
  return new InvalidInputError([issue("invalid_type", { expected, received: describe(value) }, path)]);
}

/**
 * Checks a list of deductions: each `{ criterion: string, reason: "late" | "overdue" |
 * "missed_target" | "open", points: finite number }`.
 * @throws {@link InvalidInputError} `invalid_type` at the first bad element or field.
 * @internal
 */
export function checkDeductions(value: unknown, path: Path): void {
  if (!Array.isArray(value)) throw bad("Deduction[]", value, path);
  for (let i = 0; i < value.length; i++) {
    const d: unknown = value[i];
    if (!isObject(d)) throw bad("Deduction", d, [...path, i]);
    if (typeof d["criterion"] !== "string") throw bad("Deduction.criterion", d["criterion"], [...path, i, "criterion"]);
    if (!DEDUCTION_REASONS.includes(d["reason"] as string)) throw bad("Deduction.reason", d["reason"], [...path, i, "reason"]);
    if (typeof d["points"] !== "number" || !Number.isFinite(d["points"])) throw bad("Deduction.points", d["points"], [...path, i, "points"]);
  }
}

/** Every status of a finding and of its target (exhaustive: a new status must be added here). */
const STATUS: { readonly [S in FindingStatus]: true } = { on_time: true, late: true, overdue: true, open: true, cancelled: true, undated: true };
const TARGET_STATUS: { readonly [S in TargetStatus]: true } = { met: true, missed: true, waived: true, pending: true };
const has = (table: object, key: unknown): boolean => typeof key === "string" && Object.prototype.hasOwnProperty.call(table, key);

/** The first field (beyond those `badFindingField` checks) a renderer reads that has the wrong type. */
function badReportField(f: Record<string, unknown>): string | undefined {
  if (!has(STATUS, f["status"])) return "status";
  if (typeof f["kind"] !== "string") return "kind";
  if (typeof f["workingDaysLate"] !== "number") return "workingDaysLate";
  for (const k of NULLABLE_STRINGS) if (f[k] !== null && typeof f[k] !== "string") return k;
  if (!isStringList(f["cooperating"])) return "cooperating";
  const explanation = f["explanation"];
  if (!isObject(explanation) || !isStringList(explanation["vi"]) || !isStringList(explanation["en"])) return "explanation";
  const quota = f["quota"];
  if (quota !== null && (!isObject(quota) || typeof quota["count"] !== "number" || typeof quota["min"] !== "number")) return "quota";
  const target = f["target"];
  if (isObject(target) && (!has(TARGET_STATUS, target["status"]) || (target["lastDay"] !== null && typeof target["lastDay"] !== "string"))) return "target";
  return undefined;
}

/**
 * Checks one finding as the renderers and scoring helpers read it: the fields summaries read
 * (`badFindingField`), the explanation, quota, target and the other texts of a row, and the deductions.
 * @throws {@link InvalidInputError} `invalid_type` at `path` or one of its fields.
 * @internal
 */
export function checkFinding(value: unknown, path: Path): asserts value is Finding {
  if (!isObject(value)) throw bad("Finding", value, path);
  const field = badFindingField(value) ?? badReportField(value);
  if (field !== undefined) throw bad(`Finding.${field}`, value[field], [...path, field]);
  checkDeductions(value["deductions"], [...path, "deductions"]);
}

/**
 * Checks a list of findings (each as {@link checkFinding}).
 * @throws {@link InvalidInputError} `invalid_type` at the first bad element or field.
 * @internal
 */
export function checkReportFindings(findings: readonly unknown[], path: Path): void {
  for (let i = 0; i < findings.length; i++) checkFinding(findings[i], [...path, i]);
}

/**
 * Checks an evaluation (the result of `evaluate`) as the evaluation's renderers read it: the
 * findings, `plan`, `asOf`, `calendar`, the per-unit and per-task summary rows and the accounting
 * of events; and that it is plain data (no bigint, no cycle) so that it can be written as JSON.
 * @throws {@link InvalidInputError} `invalid_type` at the first bad field.
 * @internal
 */
export function checkEvaluation(value: unknown, path: Path): asserts value is Evaluation {
  if (!isEvaluationLike(value)) throw bad("Evaluation (a result of evaluate)", value, path);
  const e = value as unknown as Record<string, unknown>;
  checkReportFindings(e["findings"] as readonly unknown[], [...path, "findings"]);
  for (const k of ["plan", "asOf", "calendar"] as const) if (typeof e[k] !== "string") throw bad(`Evaluation.${k}`, e[k], [...path, k]);
  const summary = e["summary"];
  if (!isObject(summary)) throw bad("Evaluation.summary", summary, [...path, "summary"]);
  for (const k of ["byUnit", "byObligation"] as const) {
    const rows = summary[k];
    if (!Array.isArray(rows)) throw bad(`Summary.${k}`, rows, [...path, "summary", k]);
    for (let i = 0; i < rows.length; i++) {
      const r: unknown = rows[i];
      const at = [...path, "summary", k, i];
      if (!isObject(r) || typeof r["key"] !== "string") throw bad("SummaryRow", r, at);
      for (const n of SUMMARY_NUMBERS) if (typeof r[n] !== "number") throw bad(`SummaryRow.${n}`, r[n], [...at, n]);
      if (r["rate"] !== null && typeof r["rate"] !== "number") throw bad("SummaryRow.rate", r["rate"], [...at, "rate"]);
    }
  }
  const accounting = e["accounting"];
  if (!isObject(accounting)) throw bad("Evaluation.accounting", accounting, [...path, "accounting"]);
  if (typeof accounting["input"] !== "number") throw bad("Accounting.input", accounting["input"], [...path, "accounting", "input"]);
  for (const [k, field] of [["used", "role"], ["ignored", "reason"]] as const) {
    const list = accounting[k];
    if (!Array.isArray(list)) throw bad(`Accounting.${k}`, list, [...path, "accounting", k]);
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i];
      if (!isObject(item) || typeof item[field] !== "string") throw bad(`Accounting.${k}.${field}`, isObject(item) ? item[field] : item, [...path, "accounting", k, i]);
    }
  }
  checkPlainData(value, path);
}

/**
 * Checks that a value can be written as JSON: no bigint, no cycle (shared objects are fine), no
 * list with its own `constructor` key.
 * Linear in the size of the value.
 * @throws {@link InvalidInputError} `invalid_type` at the bigint, or at the object that contains itself.
 * @internal
 */
export function checkPlainData(value: unknown, path: Path): void {
  const done = new WeakSet<object>();
  const open = new Set<object>();
  const walk = (v: unknown, at: Path): void => {
    if (typeof v === "bigint") throw bad("JSON data (no bigint)", v, at);
    if (v === null || typeof v !== "object" || done.has(v)) return;
    if (open.has(v)) throw new InvalidInputError([issue("invalid_type", { expected: "JSON data (no cycle)", received: "cyclic object" }, at)]);
    // a list's own `constructor` key is not data (JSON drops it), and it would choose the class of every `map` of the list
    if (Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, "constructor")) throw new InvalidInputError([issue("invalid_type", { expected: "JSON data (a list without a constructor key)", received: "array" }, [...at, "constructor"])]);
    open.add(v);
    for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], [...at, Array.isArray(v) ? Number(k) : k]);
    open.delete(v);
    done.add(v);
  };
  walk(value, path);
}
