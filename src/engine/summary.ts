/**
 * Summaries (tổng hợp) of findings per unit, per obligation and per reporting period, with
 * parameterised on-time rates.
 * @module
 */
import { dayNumberFromYmd, readIsoDate, ymdFromDayNumber } from "../day/dayNumber.js";
import { periodContaining } from "../day/periods.js";
import { civilOfEpochMs, epochMsOfCivil, readInstant } from "../day/instant.js";
import { InvalidInputError, issue } from "../errors.js";
import { readAsOf } from "./asOf.js";
import type { Evaluation, Finding, FindingStatus, RateCategory, RateDefinition, ReportingWindow, Summary, SummaryOptions, SummaryRow } from "./types.js";

/**
 * The default rate: (early + on time) ÷ resolved, open-overdue counted in the denominator,
 * `null` for an empty period.
 * @example
 * DEFAULT_RATE.denominator //=> "resolved"
 * @remarks Since 0.1.0
 */
export const DEFAULT_RATE: RateDefinition = Object.freeze({
  numerator: Object.freeze(["early", "on_time"]) as readonly RateCategory[],
  denominator: "resolved",
  countOpenOverdue: true,
  emptyValue: null,
});

const CATEGORIES = new Set(["early", "on_time", "open_not_due"]);
const DENOMINATORS = new Set(["received", "due", "resolved"]);

/** Validates and completes a rate definition. @internal */
export function readRate(rate: unknown, path: readonly (string | number)[]): RateDefinition {
  if (rate === undefined) return DEFAULT_RATE;
  const bad = (name: string, value: unknown, expected: string): never => {
    throw new InvalidInputError([issue("invalid_option", { name, value, expected }, [...path, name])]);
  };
  if (rate === null || typeof rate !== "object" || Array.isArray(rate)) return bad("rate", rate, "object");
  const r = rate as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (!["numerator", "denominator", "countOpenOverdue", "emptyValue"].includes(key) && r[key] !== undefined) {
      throw new InvalidInputError([issue("unknown_key", { key }, [...path, key])]);
    }
  }
  const numerator = r["numerator"] ?? DEFAULT_RATE.numerator;
  if (!Array.isArray(numerator) || !numerator.every((c) => CATEGORIES.has(c as string))) bad("numerator", numerator, '("early" | "on_time" | "open_not_due")[]');
  const denominator = r["denominator"] ?? DEFAULT_RATE.denominator;
  if (!DENOMINATORS.has(denominator as string)) bad("denominator", denominator, '"received" | "due" | "resolved"');
  const countOpenOverdue = r["countOpenOverdue"] ?? DEFAULT_RATE.countOpenOverdue;
  if (typeof countOpenOverdue !== "boolean") bad("countOpenOverdue", countOpenOverdue, "boolean");
  const emptyValue = r["emptyValue"] === undefined ? DEFAULT_RATE.emptyValue : r["emptyValue"];
  if (emptyValue !== null && (typeof emptyValue !== "number" || !Number.isFinite(emptyValue))) bad("emptyValue", emptyValue, "number | null");
  return Object.freeze({
    numerator: Object.freeze([...new Set(numerator as RateCategory[])]),
    denominator: denominator as RateDefinition["denominator"],
    countOpenOverdue: countOpenOverdue as boolean,
    emptyValue: emptyValue as number | null,
  });
}

/** Validates summary periods. @internal */
export function readPeriods(periods: unknown, path: readonly (string | number)[]): readonly ReportingWindow[] | "month" | "quarter" | "year" {
  if (periods === undefined) return "month";
  if (periods === "month" || periods === "quarter" || periods === "year") return periods;
  if (!Array.isArray(periods)) throw new InvalidInputError([issue("invalid_option", { name: "periods", value: periods, expected: '"month" | "quarter" | "year" | { from, to, label? }[]' }, path)]);
  return Array.from(periods as unknown[], (w: unknown, i) => {
    const at = [...path, i];
    if (w === null || typeof w !== "object") throw new InvalidInputError([issue("invalid_type", { expected: "{ from, to, label? }", received: w === null ? "null" : typeof w }, at)]);
    const { from, to, label } = w as Record<string, unknown>;
    for (const [name, v] of [["from", from], ["to", to]] as const) {
      if (readIsoDate(v) === undefined) throw new InvalidInputError([issue("invalid_date", { value: v }, [...at, name])]);
    }
    if (label !== undefined && typeof label !== "string") throw new InvalidInputError([issue("invalid_type", { expected: "string", received: typeof label }, [...at, "label"])]);
    if ((from as string) > (to as string)) throw new InvalidInputError([issue("invalid_value", { value: w, expected: "from ≤ to" }, at)]);
    return label === undefined ? { from: from as string, to: to as string } : { from: from as string, to: to as string, label };
  });
}

/** A finding reduced to numbers, read once. */
interface Point {
  readonly f: Finding;
  readonly opened: number;
  readonly ends: number;
  readonly done: number;
  readonly cancelled: number;
}

const INF = Number.POSITIVE_INFINITY;

function ms(value: string | null): number {
  if (value === null) return INF;
  return readInstant(value) ?? INF;
}

function pointOf(f: Finding): Point {
  return {
    f,
    opened: f.openedAt === null ? -INF : ms(f.openedAt),
    ends: ms(f.endsAt),
    done: ms(f.doneAt),
    cancelled: ms(f.cancelledAt),
  };
}

class Counter {
  early = 0;
  onTime = 0;
  late = 0;
  overdue = 0;
  open = 0;
  undated = 0;
  cancelled = 0;
  received = 0;
  resolved = 0;
  due = 0;
  numerator = 0;
  denominator = 0;

  constructor(
    private readonly rate: RateDefinition,
    private readonly asOfMs: number,
  ) {}

  /**
   * Adds a finding for the window [from, to), judged at `end` = min(to, asOf), read as
   * `bounds[w, w + 1, w + 2]`; the finding's instants are read from `t` (see
   * {@link SummaryBuilder.add}): no number is boxed on the way.
   */
  add(status: FindingStatus, early: boolean, paused: boolean, t: Float64Array, bounds: Float64Array, w: number): void {
    const from = bounds[w] as number;
    const to = bounds[w + 1] as number;
    const end = bounds[w + 2] as number;
    const opened = t[0] as number;
    const ends = t[1] as number;
    const done = t[2] as number;
    const cancelled = t[3] as number;
    if (status === "cancelled") {
      if (cancelled >= from && cancelled < to) this.cancelled++;
      return;
    }
    if (status === "undated") {
      const at = done !== INF ? done : opened;
      if ((opened >= from && opened < to) || (at >= from && at < to)) this.undated++;
      return;
    }
    const resolved = done >= from && done < to;
    if (opened >= end && !resolved) return;
    const received = opened >= from && opened < to;
    let category: RateCategory | "late" | "overdue" | undefined;
    if (resolved) category = done < ends ? (early ? "early" : "on_time") : "late";
    else if (done >= end && opened < end) category = ends <= end && !(paused && end >= this.asOfMs) ? "overdue" : "open_not_due";
    const dueInWindow = resolved || (ends > from && ends <= to);
    if (received) this.received++;
    if (resolved) this.resolved++;
    if (dueInWindow) this.due++;
    switch (category) {
      case "early":
        this.early++;
        break;
      case "on_time":
        this.onTime++;
        break;
      case "late":
        this.late++;
        break;
      case "overdue":
        this.overdue++;
        break;
      case "open_not_due":
        this.open++;
        break;
      default:
        break;
    }
    const rate = this.rate;
    let inDenominator: boolean;
    if (rate.denominator === "resolved") inDenominator = resolved || (category === "overdue" && rate.countOpenOverdue);
    else if (rate.denominator === "received") inDenominator = received && (category !== "overdue" || rate.countOpenOverdue);
    else inDenominator = (dueInWindow || category === "overdue") && (category !== "overdue" || rate.countOpenOverdue);
    if (!inDenominator) return;
    this.denominator++;
    if (category !== undefined && category !== "late" && category !== "overdue" && rate.numerator.includes(category)) this.numerator++;
  }

  row(key: string, label: string): SummaryRow {
    const total = this.early + this.onTime + this.late + this.overdue + this.open + this.undated + this.cancelled;
    return {
      key,
      label,
      total,
      early: this.early,
      onTime: this.onTime,
      late: this.late,
      overdue: this.overdue,
      open: this.open,
      undated: this.undated,
      cancelled: this.cancelled,
      received: this.received,
      resolved: this.resolved,
      due: this.due,
      numerator: this.numerator,
      denominator: this.denominator,
      rate: this.denominator === 0 ? this.rate.emptyValue : this.numerator / this.denominator,
    };
  }
}

function monthWindows(firstDay: number, lastDay: number, unit: "month" | "quarter" | "year"): ReportingWindow[] {
  const out: ReportingWindow[] = [];
  for (let day = firstDay; day <= lastDay; ) {
    const p = periodContaining(unit, day);
    out.push({ from: isoOf(p.first), to: isoOf(p.last), label: p.label });
    day = p.last + 1;
  }
  return out;
}

function isoOf(day: number): string {
  const { year, month, day: d } = ymdFromDayNumber(day);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Options of {@link summarize}. */
export interface SummarizeOptions extends SummaryOptions {
  /** The evaluation's `asOf` (taken from the evaluation when one is given); a date means the end of that day. */
  readonly asOf?: string;
  /** Labels of unit rows, by unit id (e.g. the plan's unit names). */
  readonly unitNames?: Readonly<Record<string, string>>;
}

interface Window {
  readonly key: string;
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly counter: Counter;
}

/**
 * Builds a summary one finding at a time (used by `evaluate`, which knows the findings' instants
 * as numbers, and by {@link summarize}).
 * @internal
 */
export class SummaryBuilder {
  private readonly units = new Map<string, Counter>();
  private readonly obligations = new Map<string, { c: Counter; label: string }>();
  private readonly windows: Window[];
  /**
   * [from, to, end] triples (numbers kept unboxed): first the whole time up to `asOf` (for units
   * and obligations), then each window.
   */
  private readonly bounds: Float64Array;

  constructor(
    readonly rate: RateDefinition,
    private readonly asOfMs: number,
    windows: readonly ReportingWindow[],
    private readonly unitNames: Readonly<Record<string, string>> | undefined,
  ) {
    this.windows = windows.map((w) => {
      const fromYmd = readIsoDate(w.from);
      const toYmd = readIsoDate(w.to);
      const from = fromYmd === undefined ? -INF : epochMsOfCivil(dayNumberFromYmd(fromYmd.year, fromYmd.month, fromYmd.day), 0);
      const to = toYmd === undefined ? INF : epochMsOfCivil(dayNumberFromYmd(toYmd.year, toYmd.month, toYmd.day) + 1, 0);
      return { key: `${w.from}/${w.to}`, label: w.label ?? `${w.from} – ${w.to}`, from, to, counter: new Counter(rate, asOfMs) };
    });
    this.bounds = new Float64Array(3 + this.windows.length * 3);
    this.bounds.set([-INF, INF, asOfMs], 0);
    this.windows.forEach((w, k) => this.bounds.set([w.from, w.to, w.to < asOfMs ? w.to : asOfMs], 3 + 3 * k));
  }

  /**
   * Adds a finding, with its instants in epoch ms in `t`: opened, ends, done, cancelled
   * (`-Infinity`/`Infinity` when absent).
   */
  add(f: Finding, t: Float64Array): void {
    this.addParts(f.owner ?? "", f.obligation, f.title, f.status, f.early, f.paused, t);
  }

  /** {@link add} with the finding's parts that count (so that `evaluate` need not read the finding back). */
  addParts(unitKey: string, obligation: string, title: string, status: FindingStatus, early: boolean, paused: boolean, t: Float64Array): void {
    const asOfMs = this.asOfMs;
    let u = this.units.get(unitKey);
    if (u === undefined) this.units.set(unitKey, (u = new Counter(this.rate, asOfMs)));
    const bounds = this.bounds;
    u.add(status, early, paused, t, bounds, 0);
    let o = this.obligations.get(obligation);
    if (o === undefined) this.obligations.set(obligation, (o = { c: new Counter(this.rate, asOfMs), label: title }));
    o.c.add(status, early, paused, t, bounds, 0);
    const windows = this.windows;
    const opened = t[0] as number;
    const ends = t[1] as number;
    const done = t[2] as number;
    const cancelled = t[3] as number;
    for (let k = 0; k < windows.length; k++) {
      const w = 3 + 3 * k;
      const from = bounds[w] as number;
      const to = bounds[w + 1] as number;
      const end = bounds[w + 2] as number;
      // a window where nothing of the finding happens and over whose end it was not open is left
      // as it is by `Counter.add`: skipped without the call (most windows, for most findings)
      if (
        !(opened < end && done >= end) &&
        !(opened >= from && opened < to) &&
        !(done >= from && done < to) &&
        !(ends > from && ends <= to) &&
        !(cancelled >= from && cancelled < to)
      ) {
        continue;
      }
      (windows[k] as Window).counter.add(status, early, paused, t, bounds, w);
    }
  }

  build(): Summary {
    const sorted = <V>(map: Map<string, V>): [string, V][] => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      rate: this.rate,
      byUnit: sorted(this.units).map(([key, c]) => c.row(key, this.unitNames?.[key] ?? (key === "" ? "—" : key))),
      byObligation: sorted(this.obligations).map(([key, { c, label }]) => c.row(key, label)),
      byPeriod: this.windows.map((w) => w.counter.row(w.key, w.label)),
    };
  }
}

/** The windows of a summary: the given ones, or calendar periods from `firstMs` to `asOfMs`. @internal */
export function windowsOf(periods: readonly ReportingWindow[] | "month" | "quarter" | "year", firstMs: number, asOfMs: number): readonly ReportingWindow[] {
  if (typeof periods !== "string") return periods;
  if (firstMs === INF) return [];
  // the day asOf ends (an asOf at 00:00 ends the day before: "2024-12-31" is 24:00 of that day)
  const lastDay = civilOfEpochMs(asOfMs - 1).day;
  return monthWindows(Math.min(civilOfEpochMs(firstMs).day, lastDay), lastDay, periods);
}

/**
 * Summarises findings (tổng hợp kết quả) per unit (owner), per obligation and per reporting
 * period, with a parameterised on-time rate.
 *
 * Per period, for a window `[from, to]` (days inclusive) judged at the earlier of its end and `asOf`:
 * - `resolved`: done in the window, split into `early`, `onTime` and `late`;
 * - `overdue` / `open`: not done at the window's end, whose deadline had / had not passed;
 * - `received`: opened in the window; `due`: deadline in the window, or resolved in it;
 * - `undated` and `cancelled` are counted apart and never enter a rate.
 * Per unit and per obligation, the window is everything up to `asOf`.
 *
 * @param source - An {@link Evaluation} or its findings.
 * @param options - `rate` (see {@link RateDefinition}; default {@link DEFAULT_RATE}), `periods`
 *   (windows, or `"month"` (default), `"quarter"`, `"year"`), `asOf` (when `source` is a list).
 * @returns The {@link Summary}.
 * @throws {@link InvalidInputError} `invalid_type` when `source` is neither an evaluation nor a list of
 *   findings (or `options` is not an object); `invalid_option`, `invalid_date`, `unknown_key` for bad
 *   options; `missing_required` without `asOf`.
 * @example
 * // seed 003: "Tính từ ngày 20/6/2024 đến ngày 19/7/2024 … giải quyết được 77 TTHC …; trong đó, 08 TTHC quá hạn"
 * summarize(evaluation, { periods: [{ from: "2024-06-20", to: "2024-07-19", label: "T7/2024" }] }).byPeriod[0]
 * //~> { label: "T7/2024", resolved: 77, late: 8, early: …, onTime: …, rate: 0.896 … }
 * @remarks Since 0.1.0
 */
export function summarize(source: Omit<Evaluation, "rows"> | readonly Finding[], options: SummaryOptions = {}): Summary {
  if (!Array.isArray(source) && !isEvaluationLike(source)) {
    throw new InvalidInputError([issue("invalid_type", { expected: "Evaluation (a result of evaluate) or its findings", received: describe(source) }, ["evaluation"])]);
  }
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new InvalidInputError([issue("invalid_type", { expected: "summary options (object)", received: describe(options) }, ["options"])]);
  }
  const findings = Array.isArray(source) ? (source as readonly Finding[]) : (source as Evaluation).findings;
  checkFindings(findings, Array.isArray(source) ? ["evaluation"] : ["evaluation", "findings"]);
  const asOf = Array.isArray(source) ? options.asOf : (source as Evaluation).asOf;
  const asOfMs = asOf === undefined ? undefined : readAsOf(asOf);
  if (asOfMs === undefined) throw new InvalidInputError([issue(asOf === undefined ? "missing_required" : "invalid_instant", { name: "asOf", value: asOf }, ["options", "asOf"])]);
  const rate = readRate(options.rate, ["options", "rate"]);
  const periods = readPeriods(options.periods, ["options", "periods"]);
  // Array.from, not findings.map: a list with its own `constructor` key must not choose the result's class
  const points = Array.from(findings, pointOf);
  let first = INF;
  for (const p of points) {
    const t = Math.min(p.opened === -INF ? INF : p.opened, p.done);
    if (t < first) first = t;
  }
  const builder = new SummaryBuilder(rate, asOfMs, windowsOf(periods, first, asOfMs), options.unitNames);
  const t = new Float64Array(4);
  for (const p of points) {
    t[0] = p.opened;
    t[1] = p.ends;
    t[2] = p.done;
    t[3] = p.cancelled;
    builder.add(p.f, t);
  }
  return builder.build();
}

/** Whether a value looks like an {@link Evaluation}: an object with a `findings` array. @internal */
export function isEvaluationLike(value: unknown): value is Evaluation {
  return value !== null && typeof value === "object" && !Array.isArray(value) && Array.isArray((value as { findings?: unknown }).findings);
}

const nullableString = (v: unknown): boolean => v === null || typeof v === "string";

/**
 * The first field of a finding (as summaries and rows read it) that has the wrong type, or `undefined`:
 * `key`, `status`, `obligation`, `title` (strings); `owner`, `openedAt`, `endsAt`, `doneAt`,
 * `cancelledAt`, `lastDay` (string or null); `early`, `dueSoon`, `paused`, `provisional` (booleans);
 * `extensions`, `daysLate` (numbers); `target` (null or an object with a string `status`). Each field
 * is read by name, not through a list of keys: `score` checks every finding a host hands it, and a
 * read by name is several times cheaper than a read by a key held in a variable.
 * @internal
 */
export function badFindingField(f: Record<string, unknown>): string | undefined {
  if (typeof f["key"] !== "string") return "key";
  if (typeof f["status"] !== "string") return "status";
  if (typeof f["obligation"] !== "string") return "obligation";
  if (typeof f["title"] !== "string") return "title";
  if (!nullableString(f["owner"])) return "owner";
  if (!nullableString(f["openedAt"])) return "openedAt";
  if (!nullableString(f["endsAt"])) return "endsAt";
  if (!nullableString(f["doneAt"])) return "doneAt";
  if (!nullableString(f["cancelledAt"])) return "cancelledAt";
  if (!nullableString(f["lastDay"])) return "lastDay";
  if (typeof f["early"] !== "boolean") return "early";
  if (typeof f["dueSoon"] !== "boolean") return "dueSoon";
  if (typeof f["paused"] !== "boolean") return "paused";
  if (typeof f["provisional"] !== "boolean") return "provisional";
  if (typeof f["extensions"] !== "number") return "extensions";
  if (typeof f["daysLate"] !== "number") return "daysLate";
  const target = f["target"];
  if (target !== null && (typeof target !== "object" || typeof (target as { status?: unknown }).status !== "string")) return "target";
  return undefined;
}

/**
 * Checks that every element of a findings list is a finding with the fields summaries and rows
 * read, so that `[null]` or a finding with a bad field is an `invalid_type` at its path rather than
 * a TypeError inside.
 * @internal
 */
export function checkFindings(findings: readonly unknown[], path: readonly (string | number)[]): void {
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f === null || typeof f !== "object" || Array.isArray(f)) {
      throw new InvalidInputError([issue("invalid_type", { expected: "Finding", received: describe(f) }, [...path, i])]);
    }
    const field = badFindingField(f as Record<string, unknown>);
    if (field !== undefined) {
      throw new InvalidInputError([issue("invalid_type", { expected: `Finding.${field}`, received: describe((f as Record<string, unknown>)[field]) }, [...path, i, field])]);
    }
  }
}

/** The type of a value, for `invalid_type` issues. @internal */
export function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}
