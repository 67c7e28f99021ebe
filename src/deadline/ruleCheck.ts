/**
 * A hand-written checker of deadline rules and policies, without zod: the same accepted values,
 * and the same raw issues (codes, paths, params, order) as the zod schemas of `ruleSchema.ts`, so
 * the mapped {@link Issue}s are the same. Each rule kind and each field is one entry of a table.
 *
 * Semantics followed (zod 4's): an object checks its fields in declaration order, then reports
 * unknown keys; a check after a failed type is skipped; a refinement of an object runs only when
 * every issue inside it can "continue" (range and refinement issues can, type and value issues
 * cannot); a union returns the only branch whose issues can continue, else an `invalid_union`.
 * @internal
 * @module
 */
import { isLeapYear, monthLength } from "../day/dayNumber.js";
import { InvalidInputError, issue, readPath, type Issue, type IssueCode } from "../errors.js";
import type { DeadlineRule, Policy } from "./types.js";

/** A raw issue, shaped as zod's so one mapping serves both. @internal */
export interface RawIssue {
  readonly code: string;
  path: (string | number)[];
  readonly input: unknown;
  /** Unless true, later checks of the enclosing value are skipped; when false, even its length checks. */
  readonly continue: boolean | undefined;
  readonly expected?: string;
  readonly keys?: string[];
  readonly origin?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly values?: unknown[];
  readonly errors?: RawIssue[][];
  readonly note?: string;
  readonly options?: unknown[];
  readonly params?: Record<string, unknown>;
}

/** A checker: pushes the issues of `value` (paths relative to it) onto `out`. */
export type Checker = (value: unknown, out: RawIssue[]) => void;

/** The key under which an own code travels in a `custom` issue (as in `ruleSchema.ts`). */
const OWN = "thoihan";

function ownIssue(code: string, params: Record<string, unknown>, path: (string | number)[], input: unknown): RawIssue {
  return { code: "custom", path, input, continue: true, params: { [OWN]: { code, params } } };
}

const aborted = (issues: readonly RawIssue[], from = 0): boolean => issues.slice(from).some((i) => i.continue !== true);
const explicitlyAborted = (issues: readonly RawIssue[], from = 0): boolean => issues.slice(from).some((i) => i.continue === false);

/** zod's length check: it runs on any value with a `length` (even after a type issue) unless an issue explicitly aborted. */
function checkLength(v: unknown, minLength: number, out: RawIssue[], start: number): void {
  if (minLength === 0 || v === null || v === undefined || explicitlyAborted(out, start)) return;
  const length = (v as { length?: unknown }).length;
  if (length === undefined || !((length as number) < minLength)) return;
  const origin = Array.isArray(v) ? "array" : typeof v === "string" ? "string" : "unknown";
  out.push({ code: "too_small", path: [], input: v, continue: true, origin, minimum: minLength });
}

function prefix(issues: readonly RawIssue[], key: string | number, out: RawIssue[]): void {
  for (const i of issues) out.push({ ...i, path: [key, ...i.path] });
}

/** `"HH:mm"`, 00:00 … 24:00. @internal */
export function isClockTimeText(value: string): boolean {
  if (!/^\d\d:\d\d$/.test(value)) return false;
  const h = Number(value.slice(0, 2));
  const m = Number(value.slice(3, 5));
  return (h < 24 && m < 60) || (h === 24 && m === 0);
}

/** An integer within [min, max] (zod's `int()` then `gte`, `lte`). */
export function int(min: number, max: number): Checker {
  return (v, out) => {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      out.push({ code: "invalid_type", path: [], input: v, continue: undefined, expected: "number" });
      return;
    }
    if (!Number.isInteger(v)) {
      out.push({ code: "invalid_type", path: [], input: v, continue: false, expected: "int" });
      return;
    }
    if (!Number.isSafeInteger(v)) {
      out.push(v > 0
        ? { code: "too_big", path: [], input: v, continue: true, origin: "number", maximum: Number.MAX_SAFE_INTEGER }
        : { code: "too_small", path: [], input: v, continue: true, origin: "number", minimum: Number.MIN_SAFE_INTEGER });
    }
    if (v < min) out.push({ code: "too_small", path: [], input: v, continue: true, origin: "number", minimum: min });
    if (v > max) out.push({ code: "too_big", path: [], input: v, continue: true, origin: "number", maximum: max });
  };
}

/** A string, at least `minLength` long. */
export function str(minLength = 0): Checker {
  return (v, out) => {
    const start = out.length;
    if (typeof v !== "string") out.push({ code: "invalid_type", path: [], input: v, continue: undefined, expected: "string" });
    checkLength(v, minLength, out, start);
  };
}

/** A clock time `"HH:mm"`. */
export const time: Checker = (v, out) => {
  if (typeof v !== "string") out.push({ code: "invalid_type", path: [], input: v, continue: undefined, expected: "string" });
  else if (!isClockTimeText(v)) out.push({ code: "custom", path: [], input: v, continue: true, params: { [OWN]: { code: "invalid_time", params: {} } } });
};

export const bool: Checker = (v, out) => {
  if (typeof v !== "boolean") out.push({ code: "invalid_type", path: [], input: v, continue: undefined, expected: "boolean" });
};

export const nul: Checker = (v, out) => {
  if (v !== null) out.push({ code: "invalid_type", path: [], input: v, continue: undefined, expected: "null" });
};

/** One of `values` (zod's `enum` and `literal`). */
export function oneOf(...values: readonly unknown[]): Checker {
  return (v, out) => {
    if (!values.includes(v)) out.push({ code: "invalid_value", path: [], input: v, continue: undefined, values: [...values] });
  };
}

/** A union: the first branch that passes; else the only branch whose issues continue; else `invalid_union`. */
export function union(...branches: readonly Checker[]): Checker {
  return (v, out) => {
    const results: RawIssue[][] = [];
    for (const b of branches) {
      const issues: RawIssue[] = [];
      b(v, issues);
      if (issues.length === 0) return;
      results.push(issues);
    }
    const going = results.filter((r) => !aborted(r));
    if (going.length === 1) {
      out.push(...(going[0] as RawIssue[]));
      return;
    }
    out.push({ code: "invalid_union", path: [], input: v, continue: undefined, errors: results });
  };
}

/** An array of `item`, at least `minLength` long. */
export function arr(item: Checker, minLength = 0): Checker {
  return (v, out) => {
    const start = out.length;
    if (!Array.isArray(v)) {
      out.push({ code: "invalid_type", path: [], input: v, continue: undefined, expected: "array" });
      checkLength(v, minLength, out, start);
      return;
    }
    for (let i = 0; i < v.length; i++) {
      const issues: RawIssue[] = [];
      item(v[i], issues);
      prefix(issues, i, out);
    }
    checkLength(v, minLength, out, start);
  };
}

/** A field of an object: its checker, and whether it may be absent (or `undefined`). */
export interface Field {
  readonly check: Checker;
  readonly optional?: boolean;
}
export const req = (check: Checker): Field => ({ check });
export const opt = (check: Checker): Field => ({ check, optional: true });

/** A refinement of a whole object: issues it finds, given the object and where to put them. */
export type Refine = (value: Record<string, unknown>, add: (code: string, params: Record<string, unknown>, path: (string | number)[]) => void) => void;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A strict object: the fields of `shape` in order, then unknown keys, then `refine`. */
export function strict(shape: Readonly<Record<string, Field>>, refine?: Refine): Checker {
  return (v, out) => {
    if (!isObject(v)) {
      out.push({ code: "invalid_type", path: [], input: v, continue: undefined, expected: "object" });
      return;
    }
    const start = out.length;
    for (const [key, field] of Object.entries(shape)) {
      const value = v[key];
      if (field.optional === true && value === undefined) continue;
      const issues: RawIssue[] = [];
      field.check(value, issues);
      prefix(issues, key, out);
    }
    const unknown = Object.keys(v).filter((k) => !Object.prototype.hasOwnProperty.call(shape, k));
    if (unknown.length > 0) out.push({ code: "unrecognized_keys", path: [], input: v, continue: true, keys: unknown });
    if (refine !== undefined && !aborted(out, start)) refine(v, (code, params, path) => out.push(ownIssue(code, params, path, v)));
  };
}

/** A union discriminated by `key`: the member named by its value, else `invalid_union` at `key`. */
export function discriminated(key: string, members: Readonly<Record<string, Checker>>): Checker {
  return (v, out) => {
    if (!isObject(v)) {
      out.push({ code: "invalid_type", path: [], input: v, continue: undefined, expected: "object" });
      return;
    }
    const tag = v[key];
    const member = typeof tag === "string" && Object.prototype.hasOwnProperty.call(members, tag) ? members[tag] : undefined;
    if (member !== undefined) {
      member(v, out);
      return;
    }
    out.push({ code: "invalid_union", path: [key], input: v, continue: undefined, errors: [], note: "No matching discriminator", options: Object.keys(members) });
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (!isObject(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null || (proto as { constructor?: unknown }).constructor === undefined;
}

/** A record: keys checked by `keyCheck` (a bad key is `invalid_key`), values by `valueCheck`. */
export function record(keyCheck: Checker, valueCheck: Checker): Checker {
  return (v, out) => {
    if (!isPlainObject(v)) {
      out.push({ code: "invalid_type", path: [], input: v, continue: undefined, expected: "record" });
      return;
    }
    for (const key of Object.keys(v)) {
      if (key === "__proto__") continue;
      const keyIssues: RawIssue[] = [];
      keyCheck(key, keyIssues);
      if (keyIssues.length > 0) {
        out.push({ code: "invalid_key", path: [key], input: key, continue: undefined, origin: "record" });
        continue;
      }
      const issues: RawIssue[] = [];
      valueCheck(v[key], issues);
      prefix(issues, key, out);
    }
  };
}

export const anything: Checker = () => undefined;

/** Checks lazily (for recursion). */
export const lazy = (get: () => Checker): Checker => (v, out) => get()(v, out);

// --- the tables --------------------------------------------------------------------------------

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const amount = int(0, 1_000_000);
const year = int(MIN_YEAR, MAX_YEAR);
const urgencyLevel = oneOf("hoa_toc", "thuong_khan", "khan");
const durationUnit = oneOf("day", "calendar_day", "working_day", "week", "month", "year", "hour", "working_hour");
const duration = strict({ amount: req(amount), unit: req(durationUnit) });
const anchor = strict({ text: req(str()) });

const dateSpec = strict({ year: opt(year), month: req(int(1, 12)), day: req(int(1, 31)) }, (d, add) => {
  const y = d["year"] as number | undefined;
  const m = d["month"] as number;
  const day = d["day"] as number;
  const max = y === undefined ? (m === 2 ? 29 : monthLength(2000, m)) : monthLength(y, m);
  if (day > max) {
    add("invalid_date", { value: `${y ?? "----"}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`, leap: y === undefined ? null : isLeapYear(y) }, ["day"]);
  }
});

const periodSpec = discriminated("unit", {
  month: strict({ unit: req(oneOf("month")), month: req(int(1, 12)), year: opt(year) }),
  quarter: strict({ unit: req(oneOf("quarter")), quarter: req(int(1, 4)), year: opt(year) }),
  half_year: strict({ unit: req(oneOf("half_year")), half: req(int(1, 2)), year: opt(year) }),
  year: strict({ unit: req(oneOf("year")), year: opt(year) }),
});

const ruleNote = strict({
  code: req(oneOf("bare_day_unit", "month_end", "before_date_reading", "fixed_date_non_working", "local_convention", "anchor_unbound", "time_excluded", "planned", "postmark")),
  params: opt(record(str(), anything)),
});

const WORDING_KEYS: readonly string[] = ["lead", "connector", "unit", "capLead", "scope", "alternative", "remark", "undated", "every", "everyYear", "periodic", "order", "day", "from", "start", "span", "coming", "at", "base", "next", "nextLead", "cutoffEvent", "monthDays", "weekdays", "purpose", "place", "roll", "ordinal", "role", "qualifier", "preface", "daypart", "predicate", "planned", "postmark", "caption", "lunar", "named"];

/** A wording key, or `label.<n>`: the schema's template literal matches the integer pattern `-?\d+` only (its `gte(0)` is not part of the pattern). */
const wordingKey: Checker = (v, out) => {
  if (typeof v === "string" && (WORDING_KEYS.includes(v) || /^label\.-?\d+$/.test(v))) return;
  out.push({ code: "invalid_value", path: [], input: v, continue: undefined, values: [] });
};

const rule: Checker = lazy(() => deadlineRule);

const common: Readonly<Record<string, Field>> = {
  role: opt(oneOf("entry_into_force", "validity", "minimum_notice", "extension_limit")),
  alternatives: opt(arr(strict({ condition: req(str(1)), rule: req(rule) }), 1)),
  roll: opt(oneOf("next_working_day", "previous_working_day")),
  cap: opt(duration),
  except: opt(arr(strict({ urgency: req(urgencyLevel), rule: opt(rule) }))),
  notes: opt(arr(ruleNote)),
  wording: opt(record(wordingKey, str())),
};

const MONTHS_IN: Readonly<Record<string, number>> = { quarterly: 3, half_yearly: 6, yearly: 12 };

const recurringRefine: Refine = (r, add) => {
  const frequency = r["frequency"] as string;
  const months = MONTHS_IN[frequency];
  const not = (name: "month" | "day" | "weekday"): void => {
    if (r[name] !== undefined) add("invalid_rule", { reason: "field_not_for_frequency", name, frequency }, [name]);
  };
  const need = (name: "month" | "day" | "weekday"): void => {
    if (r[name] === undefined) add("missing_required", { name }, [name]);
  };
  if (frequency === "daily") {
    not("month");
    not("day");
    not("weekday");
    return;
  }
  if (frequency === "weekly") {
    not("month");
    not("day");
    if (r["bound"] !== "within") need("weekday");
    else not("weekday");
    return;
  }
  not("weekday");
  if (frequency === "monthly") {
    not("month");
    if (r["bound"] === "within") not("day");
    else need("day");
    return;
  }
  const month = r["month"] as number | undefined;
  if (months !== undefined && month !== undefined && month > months) add("invalid_amount", { value: month, min: 1, max: months }, ["month"]);
  if (r["bound"] === "within") not("day");
  else {
    need("month");
    need("day");
  }
  const day = r["day"];
  if (frequency === "yearly" && typeof day === "number" && month !== undefined && day > (month === 2 ? 29 : monthLength(2000, month))) {
    add("invalid_date", { value: `--${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` }, ["day"]);
  }
};

/** Every rule kind: its own fields (before the common ones) and its refinement, if any. */
const RULE_KINDS: Readonly<Record<string, { readonly fields: Readonly<Record<string, Field>>; readonly refine?: Refine }>> = {
  relative: { fields: { amount: req(amount), unit: req(durationUnit), anchor: req(anchor) } },
  fixed_date: { fields: { dates: req(arr(dateSpec, 1)), bound: req(oneOf("before", "by")), time: opt(time) } },
  period: { fields: { period: req(periodSpec) } },
  recurring: {
    fields: {
      frequency: req(oneOf("daily", "weekly", "monthly", "quarterly", "half_yearly", "yearly")),
      month: opt(int(1, 12)),
      day: opt(union(int(1, 31), oneOf("last"))),
      weekday: opt(union(oneOf(1), oneOf(2), oneOf(3), oneOf(4), oneOf(5), oneOf(6), oneOf(7))),
      bound: req(oneOf("before", "by", "within")),
      offset: opt(int(-100, 100)),
      time: opt(time),
    },
    refine: recurringRefine,
  },
  rrule: { fields: { rrule: req(str(1)), bound: req(oneOf("before", "by")) } },
  before_deadline: { fields: { amount: req(amount), unit: req(oneOf("day", "calendar_day", "working_day", "week", "month", "year", "hour")), reference: req(str()) } },
  urgent: { fields: { level: req(urgencyLevel), anchor: opt(anchor) } },
  same_day: { fields: { nextWorkingDay: req(bool), anchor: opt(anchor), time: opt(time), nextDay: opt(oneOf("day", "working_day")), cutoff: opt(time) } },
  reporting_window: { fields: { frequency: req(oneOf("monthly", "quarterly", "half_yearly", "yearly")), fromDay: req(int(1, 31)), toDay: req(int(1, 31)) } },
};

/** The checker of a deadline rule (the twin of `deadlineRuleSchema`). @internal */
export const deadlineRule: Checker = discriminated(
  "kind",
  Object.fromEntries(Object.entries(RULE_KINDS).map(([kind, k]) => [kind, strict({ kind: req(oneOf(kind)), ...k.fields, ...common }, k.refine)])),
);

/** The checker of policy overrides (the twin of `policySchema`). @internal */
export const policy: Checker = strict({
  bareDayUnit: opt(oneOf("calendar_day", "working_day")),
  excludeStartDay: opt(bool),
  endOfDay: opt(oneOf("midnight", "office_close")),
  rollForward: opt(bool),
  beforeDate: opt(oneOf("strict", "inclusive")),
  rollBackward: opt(bool),
  monthOverflow: opt(oneOf("clamp", "error")),
  rollFixedDates: opt(bool),
  lateReceiptCutoff: opt(union(time, nul)),
  lateReceiptAtCutoff: opt(bool),
  workingDays: opt(oneOf("whole_days", "office_hours")),
  urgency: opt(strict({ hoa_toc: req(duration), thuong_khan: req(duration), khan: req(duration) })),
  reportingWindow: opt(strict({ fromDay: req(int(1, 31)), toDay: req(int(1, 31)) })),
  require: opt(oneOf("any", "decided")),
  snapNonWorkingDays: opt(bool),
});

/** The raw issues of `value` under `checker` (empty when it passes). @internal */
export function check(checker: Checker, value: unknown): RawIssue[] {
  const out: RawIssue[] = [];
  checker(value, out);
  return out;
}

/** An issue as zod and the checker shape it: what {@link mapIssues} reads. @internal */
export interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly input?: unknown;
  readonly expected?: string;
  readonly keys?: readonly string[];
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly format?: string;
  readonly values?: readonly unknown[];
  readonly errors?: readonly (readonly IssueLike[])[];
  readonly params?: Record<string, unknown>;
}

/** Removes keys whose value is `undefined`, recursively (zod keeps them; our types are exact). @internal */
export function dropUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => dropUndefined(v)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = dropUndefined(v);
    return out as T;
  }
  return value;
}

function received(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  return typeof input;
}

/**
 * Maps raw issues (the checker's, or zod's: same shape) to thoihan {@link Issue}s, keeping paths (prefixed by `path`).
 * @internal
 */
export function mapIssues(issues: readonly IssueLike[], path: readonly (string | number)[] = []): Issue[] {
  const out: Issue[] = [];
  for (const zi of issues) {
    const at = [...path, ...zi.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    const input = (zi as { input?: unknown }).input;
    switch (zi.code) {
      case "custom": {
        const mine = (zi.params as Record<string, unknown> | undefined)?.[OWN] as { code: IssueCode; params: Record<string, unknown> } | undefined;
        if (mine !== undefined) out.push(issue(mine.code, mine.code === "invalid_time" ? { value: input } : mine.params, at));
        else out.push(issue("invalid_value", { value: input }, at));
        break;
      }
      case "invalid_type":
        if (input === undefined && zi.path.length > 0) out.push(issue("missing_required", { name: String(at[at.length - 1]) }, at));
        else if (zi.expected === "int" && typeof input === "number") out.push(issue("invalid_amount", { value: input }, at));
        else out.push(issue("invalid_type", { expected: zi.expected, received: received(input) }, at));
        break;
      case "unrecognized_keys":
        for (const key of zi.keys ?? []) out.push(issue("unknown_key", { key }, [...at, key]));
        break;
      case "too_small":
      case "too_big": {
        if (zi.origin === "array" || zi.origin === "string") {
          const items = zi.origin === "array";
          const reason = zi.code === "too_small" ? (items ? "too_few_items" : "too_short") : items ? "too_many_items" : "too_long";
          const bound = zi.code === "too_small" ? { min: Number(zi.minimum) } : { max: Number(zi.maximum) };
          out.push(issue("invalid_value", { value: input, reason, ...bound }, at));
        } else {
          const bound = zi.code === "too_small" ? { min: zi.minimum } : { max: zi.maximum };
          out.push(issue("invalid_amount", { value: input, ...bound }, at));
        }
        break;
      }
      case "invalid_format":
        out.push(issue("invalid_value", { value: input, expected: zi.format }, at));
        break;
      case "not_multiple_of":
        out.push(issue("invalid_amount", { value: input }, at));
        break;
      case "invalid_value":
        out.push(issue("invalid_value", { value: input, expected: (zi.values ?? []).map((v) => String(v)).join(" | ") }, at));
        break;
      case "invalid_union": {
        const note = (zi as { note?: string }).note;
        if (note !== undefined && (zi.errors ?? []).length === 0) {
          // discriminated union: the discriminator matched no member
          const options = (zi as { options?: unknown[] }).options;
          out.push(issue("invalid_value", { value: input, expected: options?.map(String).join(" | ") ?? note }, at));
        } else {
          // several alternatives failed: report the one that went furthest
          const best = (zi.errors ?? []).slice().sort((a, b) => depth(b) - depth(a))[0];
          if (best !== undefined && best.length > 0) out.push(...mapIssues(best, at));
          else out.push(issue("invalid_value", { value: input }, at));
        }
        break;
      }
      default:
        out.push(issue("invalid_value", { value: input }, at));
    }
  }
  return out;
}

function depth(list: readonly IssueLike[]): number {
  return list.reduce((m, i) => Math.max(m, i.path.length + (i.code === "invalid_type" ? 0 : 1)), 0);
}

/** The result of {@link safeParseRule}: the rule, or the error {@link parseRule} would throw. */
export type SafeParseRuleResult =
  | { readonly success: true; readonly data: DeadlineRule }
  | { readonly success: false; readonly error: InvalidInputError };

/**
 * Checks a structured deadline rule (quy tắc thời hạn), e.g. one read from JSON, and returns it
 * typed and without `undefined` fields. `computeDeadline` and the plan parser call it on their input.
 *
 * @param value - Anything claimed to be a {@link DeadlineRule}.
 * @param path - Where the value sits in a larger input (prefixed to every issue path).
 * @returns The rule, a fresh object (the input is not mutated).
 * @throws {@link InvalidInputError} with first code `invalid_rule`, followed by one issue per
 *   problem (`invalid_type`, `missing_required`, `unknown_key`, `invalid_amount`, `invalid_value`,
 *   `invalid_date`, `invalid_time`), each with its path.
 * @example
 * parseRule({ kind: "fixed_date", dates: [{ year: 2023, month: 11, day: 14 }], bound: "before" })
 * //=> { kind: "fixed_date", dates: [{ year: 2023, month: 11, day: 14 }], bound: "before" }
 * try {
 *   parseRule({ kind: "fixed_date", dates: [{ month: 2, day: 30 }], bound: "by" });
 * } catch (error) {
 *   if (error instanceof ThoihanError) error.issues.map((i) => i.code); //=> ["invalid_rule", "invalid_date"]
 * }
 * @remarks Since 0.2.0 (was `validateRule`)
 */
export function parseRule(value: unknown, path: readonly (string | number)[] = []): DeadlineRule {
  path = readPath(path);
  const raw = check(deadlineRule, value);
  if (raw.length === 0) return dropUndefined(value) as DeadlineRule;
  const issues = mapIssues(raw, path);
  const kind = value !== null && typeof value === "object" ? (value as { kind?: unknown }).kind : undefined;
  throw new InvalidInputError([issue("invalid_rule", { kind, problems: issues.length }, path), ...issues]);
}

/**
 * {@link parseRule} without throwing on a bad rule: `{ success: true, data }` or
 * `{ success: false, error }` (as zod's `safeParse`).
 *
 * @param value - Anything claimed to be a {@link DeadlineRule}.
 * @returns The rule or the {@link InvalidInputError} that {@link parseRule} would throw.
 * @example
 * safeParseRule({ kind: "urgent", level: "hoa_toc" }).success //=> true
 * safeParseRule({ kind: "urgent", level: "soon" }).success    //=> false
 * @remarks Since 0.2.0
 */
export function safeParseRule(value: unknown): SafeParseRuleResult {
  try {
    return { success: true, data: parseRule(value) };
  } catch (error) {
    if (error instanceof InvalidInputError) return { success: false, error };
    throw error;
  }
}

/**
 * Same as {@link parseRule}.
 *
 * @param value - Anything claimed to be a {@link DeadlineRule}.
 * @param path - Where the value sits in a larger input.
 * @returns The rule, a fresh object.
 * @throws {@link InvalidInputError} as {@link parseRule}.
 * @example
 * validateRule({ kind: "urgent", level: "khan" }) //=> { kind: "urgent", level: "khan" }
 * @deprecated Use {@link parseRule} (or {@link safeParseRule}); removed in 1.0.
 * @remarks Since 0.1.0
 */
export function validateRule(value: unknown, path: readonly (string | number)[] = []): DeadlineRule {
  return parseRule(value, path);
}

/**
 * Checks policy overrides (`Partial<Policy>`), e.g. read from JSON: an unknown field or a bad value
 * is an error.
 *
 * @param value - Policy fields to override, or `undefined`.
 * @param path - Where the value sits in a larger input.
 * @returns The overrides without `undefined` fields (a fresh object).
 * @throws {@link InvalidInputError} with first code `invalid_option`, then one issue per problem.
 * @example
 * parsePolicy({ rollForward: false }) //=> { rollForward: false }
 * parsePolicy({ monthOverflow: "wrap" }) // throws InvalidInputError [invalid_option]
 * @see Bộ luật Dân sự 2015, Điều 145.1 (the Code's rules apply unless a law or the parties say otherwise)
 * @remarks Since 0.2.0 (was `validatePolicy`)
 */
export function parsePolicy(value: unknown, path: readonly (string | number)[] = []): Partial<Policy> {
  path = readPath(path);
  if (value === undefined) return {};
  const raw = check(policy, value);
  if (raw.length === 0) return dropUndefined(value) as Partial<Policy>;
  const issues = mapIssues(raw, path);
  // a summary, as invalid_rule and invalid_plan: the problems follow, each once with its own path
  throw new InvalidInputError([issue("invalid_option", { name: "policy", problems: issues.length }, path), ...issues]);
}

/**
 * Validates policy overrides (`Partial<Policy>`) at the boundary.
 *
 * @param value - Policy fields to override, or `undefined`.
 * @param path - Where the value sits in a larger input.
 * @returns The overrides without `undefined` fields (a fresh object).
 * @throws {@link InvalidInputError} with first code `invalid_option` (name "policy", the count of problems), then one issue per problem; `invalid_option` (name "path") for a `path` that is not a list of keys.
 * @example
 * validatePolicy({ rollForward: false }) //=> { rollForward: false }
 * validatePolicy({ monthOverflow: "wrap" }) // throws InvalidInputError [invalid_option]
 * @deprecated Use {@link parsePolicy}; removed in 1.0.
 * @remarks Since 0.1.0
 */
export function validatePolicy(value: unknown, path: readonly (string | number)[] = []): Partial<Policy> {
  return parsePolicy(value, path);
}
