/**
 * `parsePlan` / `safeParsePlan`: validate a plan written as JSON or YAML, reporting every
 * problem at once with its path, code and bilingual text.
 * @module
 */
import { dropUndefined, mapZodIssues } from "../deadline/ruleSchema.js";
import type { DeadlineRule } from "../deadline/types.js";
import { InvalidInputError, issue, type Issue } from "../errors.js";
import { allowedKeysAt, discriminatorValuesAt } from "./allowedKeys.js";
import { withSuggestions } from "./event.js";
import { criteriaIssues } from "./criteria.js";
import { planSchemaInferred, type Obligation, type Plan } from "./plan.js";
import { FILTER_FIELDS } from "./primitives.js";
import { ANCHORED_RULES, kindReadingOf, TARGET_RULES } from "./obligationKinds.js";
import { readDeadlinePhrase } from "./phrases.js";
import { suggestKey } from "./suggest.js";

/** The result of {@link safeParsePlan}, as zod's `safeParse`. */
export type SafeParsePlanResult =
  | { readonly success: true; readonly data: Plan }
  | { readonly success: false; readonly error: InvalidInputError };

type Path = (string | number)[];
type Raw = Record<string, unknown>;

const parsedPlans = new WeakSet<object>();

/**
 * True when `value` is a plan returned by {@link parsePlan} (frozen, already validated).
 * @internal
 */
export function isParsedPlan(value: unknown): value is Plan {
  return value !== null && typeof value === "object" && parsedPlans.has(value);
}

function isObject(value: unknown): value is Raw {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function idOf(value: unknown): string | undefined {
  return isObject(value) && typeof value["id"] === "string" ? value["id"] : undefined;
}

/** Checks duplicate ids in a list; returns the ids seen. */
function collectIds(list: unknown[], listPath: Path, kind: string, issues: Issue[]): Set<string> {
  const seen = new Map<string, number>();
  list.forEach((item, index) => {
    const id = idOf(item);
    if (id === undefined) return;
    const first = seen.get(id);
    if (first !== undefined) issues.push(issue("duplicate_id", { id, kind, first: [...listPath, first].join(".") }, [...listPath, index, "id"]));
    else seen.set(id, index);
  });
  return new Set(seen.keys());
}

function checkRefs(value: unknown, path: Path, known: Set<string>, kind: string, issues: Issue[]): void {
  const one = (v: unknown, p: Path): void => {
    if (typeof v === "string" && !known.has(v)) {
      const suggestion = suggestKey(v, known);
      issues.push(issue("unknown_reference", suggestion === undefined ? { kind, id: v } : { kind, id: v, suggestion }, p));
    }
  };
  if (Array.isArray(value)) value.forEach((v, i) => one(v, [...path, i]));
  else one(value, path);
}

function checkWhere(filter: unknown, path: Path, issues: Issue[]): void {
  if (!isObject(filter) || !isObject(filter["where"])) return;
  for (const key of Object.keys(filter["where"])) {
    if (FILTER_FIELDS.includes(key) || (key.startsWith("data.") && key.length > 5)) continue;
    const suggestion = suggestKey(key, FILTER_FIELDS);
    issues.push(issue("unknown_key", suggestion === undefined ? { key, allowed: [...FILTER_FIELDS, "data.<name>"] } : { key, suggestion }, [...path, "where", key]));
  }
}

/**
 * Cycles among derived obligations, each reported once at its entry obligation. Every obligation
 * has at most one source, so one walk per unvisited start with three colours (unvisited, on the
 * current walk, finished) visits each obligation once: linear in the number of obligations.
 */
function cycleIssues(sources: ReadonlyMap<string, string>, obligations: readonly unknown[]): Issue[] {
  const issues: Issue[] = [];
  const FINISHED = -1;
  // unvisited: absent; on the current walk: its position in `walk`; done: FINISHED
  const colour = new Map<string, number>();
  const firstIndex = new Map<string, number>();
  obligations.forEach((o, index) => {
    const id = idOf(o);
    if (id !== undefined && !firstIndex.has(id)) firstIndex.set(id, index);
  });
  for (const start of [...sources.keys()].sort()) {
    if (colour.has(start)) continue;
    const walk: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && !colour.has(current)) {
      colour.set(current, walk.length);
      walk.push(current);
      current = sources.get(current);
    }
    const at = current === undefined ? FINISHED : (colour.get(current) as number);
    if (current !== undefined && at >= 0) {
      const cycle = walk.slice(at);
      issues.push(issue("reference_cycle", { kind: "obligation", ids: [...cycle, current] }, ["obligations", firstIndex.get(current) ?? -1, "source", "obligation"]));
    }
    for (const id of walk) colour.set(id, FINISHED);
  }
  return issues;
}

/** Reference checks on the raw input, defensive: they run whether or not the structure is valid. */
function referenceIssues(input: Raw): Issue[] {
  const issues: Issue[] = [];
  const units = asList(input["units"]);
  const obligations = asList(input["obligations"]);
  const criteria = input["criteria"];
  const unitIds = collectIds(units, ["units"], "unit", issues);
  const obligationIds = collectIds(obligations, ["obligations"], "obligation", issues);
  const links: { criteria: unknown; path: Path }[] = [];
  const sources = new Map<string, string>();
  obligations.forEach((o, index) => {
    if (!isObject(o)) return;
    const at: Path = ["obligations", index];
    if (Array.isArray(input["units"])) {
      checkRefs(o["owner"], [...at, "owner"], unitIds, "unit", issues);
      checkRefs(o["cooperating"], [...at, "cooperating"], unitIds, "unit", issues);
    }
    if (o["criteria"] !== undefined) links.push({ criteria: o["criteria"], path: [...at, "criteria"] });
    checkWhere(o["trigger"], [...at, "trigger"], issues);
    checkWhere(o["counts"], [...at, "counts"], issues);
    const target = kindReadingOf(o["kind"])?.sourceOf?.(o);
    if (target !== undefined) {
      if (!obligationIds.has(target)) checkRefs(target, [...at, "source", "obligation"], obligationIds, "obligation", issues);
      else if (typeof o["id"] === "string") sources.set(o["id"], target);
    }
  });
  if (Array.isArray(criteria)) issues.push(...criteriaIssues(criteria, { obligations: obligationIds, links }));
  issues.push(...cycleIssues(sources, obligations));
  return issues;
}

function checkRuleKind(rule: DeadlineRule, allowed: ReadonlySet<string>, path: Path, issues: Issue[]): void {
  if (!allowed.has(rule.kind)) issues.push(issue("invalid_rule", { reason: "kind_not_allowed", expected: [...allowed], kind: rule.kind }, path));
}

/** Reads the plan-level `otherwise` (a phrase or a rule counted from the triggering event). */
function planOtherwise(value: unknown, issues: Issue[]): DeadlineRule | undefined {
  if (value === undefined) return undefined;
  let rule = value as DeadlineRule;
  if (typeof value === "string") {
    const reading = readDeadlinePhrase(value, ["otherwise"]);
    if (!reading.ok) {
      issues.push(...reading.issues);
      return undefined;
    }
    rule = reading.value;
  }
  checkRuleKind(rule, ANCHORED_RULES, ["otherwise"], issues);
  return rule;
}

/** Reads phrases into rules and checks rule kinds against obligation kinds; returns the obligation or undefined on error. */
function normaliseObligation(o: Raw, index: number, issues: Issue[], raw = false): Obligation | undefined {
  const at: Path = ["obligations", index];
  const before = issues.length;
  const out: Raw = { ...o };
  const rule = (field: string, value: unknown, path: Path): DeadlineRule | undefined => {
    // on raw input only phrases are read: the schema has already reported everything else
    if (typeof value !== "string") return raw ? undefined : (value as DeadlineRule | undefined);
    const reading = readDeadlinePhrase(value, path);
    if (reading.ok) return reading.value;
    issues.push(...reading.issues);
    void field;
    return undefined;
  };
  const reading = kindReadingOf(o["kind"]);
  // on raw input, rule kinds are checked only against a known obligation kind
  const checkKinds = reading !== undefined;
  if (o["deadline"] !== undefined) {
    const r = rule("deadline", o["deadline"], [...at, "deadline"]);
    if (r !== undefined) {
      out["deadline"] = r;
      if (checkKinds) checkRuleKind(r, reading.deadlineRules, [...at, "deadline"], issues);
    }
  }
  for (const field of ["otherwise", "cap"] as const) {
    if (o[field] === undefined) continue;
    const r = rule(field, o[field], [...at, field]);
    if (r !== undefined) {
      out[field] = r;
      if (checkKinds) checkRuleKind(r, ANCHORED_RULES, [...at, field], issues);
    }
  }
  if (o["otherwise"] !== undefined && o["cap"] !== undefined) {
    issues.push(issue("conflicting_keys", { keys: ["otherwise", "cap"] }, [...at, "cap"]));
  }
  const target = o["target"];
  if (isObject(target) && target["deadline"] !== undefined) {
    const r = rule("target", target["deadline"], [...at, "target", "deadline"]);
    if (r !== undefined) {
      out["target"] = { ...target, deadline: r };
      if (checkKinds) checkRuleKind(r, TARGET_RULES, [...at, "target", "deadline"], issues);
    }
  }
  reading?.readPhrases?.(o, out, at, issues);
  return issues.length === before ? (out as unknown as Obligation) : undefined;
}

/** zod reports an unknown `kind` as "No matching discriminator" with the whole object: name the value and the choices. */
function explainDiscriminator(item: Issue, input: unknown): Issue {
  if (item.code !== "invalid_value") return item;
  const key = item.path[item.path.length - 1];
  if (typeof key !== "string") return item;
  const whole = item.params["value"];
  // zod names the whole object as the value of a discriminator that matched no member
  if (item.params["expected"] !== "No matching discriminator" && !(isObject(whole) && key in whole)) return item;
  const objectPath = item.path.slice(0, -1);
  const allowed = discriminatorValuesAt(planSchemaInferred, input, objectPath, key).map(String);
  const holder = item.params["value"];
  const value = isObject(holder) ? holder[key] : holder;
  const suggestion = typeof value === "string" ? suggestKey(value, allowed) : undefined;
  const params: Record<string, unknown> = { value, expected: allowed.join(" | ") };
  if (suggestion !== undefined) params["suggestion"] = suggestion;
  return issue("invalid_value", params, item.path);
}

function deepFreeze<T>(value: T): T {
  // typed arrays cannot be frozen; the schema copies them into plain objects before this runs
  if (value !== null && typeof value === "object" && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Validates a plan (kế hoạch) and returns every problem at once instead of throwing.
 *
 * @param input - A plan written as a JSON or YAML object ({@link PlanInput}), or a plan already parsed.
 * @returns `{ success: true, data }` with a frozen {@link Plan} (phrases read into rules), or
 *   `{ success: false, error }` where `error.issues` is the `invalid_plan` summary followed by
 *   one issue per problem with its path.
 * @example
 * const r = safeParsePlan({ id: "p", title: "T", start: "2024-01-01", units: [{ id: "vp", name: "VP" }], obligations: [], unit: [] })
 * r.success //=> false
 * r.error.issues[1] //=> { code: "unknown_key", path: ["unit"], params: { key: "unit", suggestion: "units" } }
 * @remarks Since 0.1.0
 */
export function safeParsePlan(input: unknown): SafeParsePlanResult {
  if (isParsedPlan(input)) return { success: true, data: input };
  const issues: Issue[] = [];
  const result = planSchemaInferred.safeParse(input, { reportInput: true });
  if (!result.success) {
    const mapped = withSuggestions(mapZodIssues(result.error.issues), 0, (path) => allowedKeysAt(planSchemaInferred, input, path));
    issues.push(...mapped.map((i) => explainDiscriminator(i, input)));
  }
  if (isObject(input)) issues.push(...referenceIssues(input));
  // a structural error must not hide a bad phrase: read the phrases of the raw obligations too
  if (!result.success && isObject(input)) asList(input["obligations"]).forEach((o, i) => (isObject(o) ? normaliseObligation(o, i, issues, true) : undefined));
  let plan: Plan | undefined;
  if (result.success) {
    const data = dropUndefined(result.data) as unknown as Raw;
    const obligations = asList(data["obligations"]).map((o, i) => normaliseObligation(o as Raw, i, issues));
    const otherwise = planOtherwise(data["otherwise"], issues);
    if (issues.length === 0) plan = { ...(data as unknown as Plan), ...(otherwise === undefined ? {} : { otherwise }), obligations: obligations as Obligation[] };
  }
  if (plan === undefined || issues.length > 0) {
    const unique = dedupe(issues);
    return {
      success: false,
      error: new InvalidInputError([issue("invalid_plan", { problems: unique.length }), ...unique]),
    };
  }
  const frozen = deepFreeze(plan);
  parsedPlans.add(frozen);
  return { success: true, data: frozen };
}

/** A key for an issue's params that never throws (BigInt, cycles); undefined when they cannot be written. */
function paramsKey(params: Readonly<Record<string, unknown>>): string | undefined {
  try {
    return JSON.stringify(params, (_key, v: unknown) => (typeof v === "bigint" ? `${v}n` : v));
  } catch {
    return undefined;
  }
}

function dedupe(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const i of issues) {
    const params = paramsKey(i.params);
    const key = `${i.code}|${i.path.join(".")}|${params}`;
    if (params === undefined) out.push(i);
    else if (!seen.has(key)) {
      seen.add(key);
      out.push(i);
    }
  }
  return out;
}

/**
 * Validates a plan (kế hoạch) written as JSON or YAML and returns it typed, frozen, with every
 * deadline phrase read into a {@link DeadlineRule}.
 *
 * Checks, all reported together:
 * - structure (zod): types, required fields, enums, dates and instants;
 * - unknown keys, with "did you mean" when an allowed key is within 2 edits;
 * - references: owner and co-operating units, a derived obligation's source (and cycles),
 *   criteria (when the plan lists them), filter fields;
 * - duplicate ids of units, obligations and criteria;
 * - deadline phrases (the phrase reader's codes, at the phrase's path) and the rule kind each
 *   obligation kind needs.
 *
 * @param input - A plan as a JSON or YAML object.
 * @returns The validated {@link Plan}.
 * @throws {@link InvalidInputError} `invalid_plan`, followed by every problem with its path.
 * @example
 * parsePlan({
 *   id: "tb-01-2024", title: "Phân công nhiệm vụ 2024", start: "2024-01-01",
 *   units: [{ id: "ttdv", name: "Trung tâm DVVL-ĐT-XTĐT" }, { id: "vp", name: "Văn phòng" }],
 *   obligations: [{ kind: "triggered", id: "dang_tai", title: "Đăng tải văn bản", owner: "ttdv",
 *     cooperating: ["vp"], trigger: { type: "document_issued" },
 *     deadline: "chậm nhất 3 ngày kể từ ngày ban hành", completedBy: "document_published" }],
 * }).obligations[0].deadline
 * //=> { kind: "relative", amount: 3, unit: "day", anchor: { text: "ngày ban hành" }, … }
 * @remarks Since 0.1.0
 */
export function parsePlan(input: unknown): Plan {
  const result = safeParsePlan(input);
  if (result.success) return result.data;
  throw result.error;
}
