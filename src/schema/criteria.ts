/**
 * Criteria trees (cây tiêu chí) as data: the nodes of an index (lĩnh vực → tiêu chí → tiêu chí
 * thành phần), their maxima, the rule that scores each leaf, and the checks that a tree is sound.
 * Scoring itself lives in the `scoring` layer; this file only says what a valid tree is.
 *
 * @module
 */
import { z } from "zod";
import type { IsoDate } from "../day/dayNumber.js";
import { dropUndefined, mapZodIssues } from "../deadline/ruleSchema.js";
import { issue, type Issue } from "../errors.js";
import { idSchema, isoDateSchema } from "./primitives.js";
import { suggestKey } from "./suggest.js";

/** What a rule with no finding to count gives: full points (default), zero, or "does not apply". */
export type EmptyChoice = "full" | "zero" | "not_applicable";

/** Which findings count as on time in a rate: the categories and the denominator (see `summarize`). */
export interface CriterionRate {
  readonly numerator?: readonly ("early" | "on_time" | "open_not_due")[];
  readonly denominator?: "received" | "due" | "resolved";
  readonly countOpenOverdue?: boolean;
  /** A fraction 0…1 used when nothing is in the denominator (else the rule's `empty`). */
  readonly emptyValue?: number | null;
}

/** Fields every rule that counts findings has. */
export interface CountingRuleCommon {
  /** Obligations (by id) whose findings the leaf counts, besides those naming it in their `criteria`. */
  readonly obligations?: readonly string[];
  readonly empty?: EmptyChoice;
}

/**
 * Per violation (trừ điểm theo vi phạm): `max` minus the deductions, never below 0.
 * "Mỗi báo cáo chậm trừ 0,25 điểm" → `{ kind: "per_violation", late: 0.25 }`.
 */
export interface PerViolationRule extends CountingRuleCommon {
  readonly kind: "per_violation";
  /** Points per finding done late. */
  readonly late: number;
  /** Points per finding overdue as of `asOf` (default = `late`). */
  readonly overdue?: number;
  /** Points per finding on time that missed its internal target (default 0). */
  readonly missedTarget?: number;
  /** Points per calendar day late (or overdue, to `asOf`), added to `late`/`overdue`. */
  readonly perDayLate?: number;
  /** Points per working day late, added to `late`/`overdue`. */
  readonly perWorkingDayLate?: number;
  /** The most the rule deducts (default `max`). */
  readonly maxDeduction?: number;
}

/** A band of a rate: from `from` percent (inclusive), `points`. */
export interface RateBand {
  readonly from: number;
  readonly points: number;
}

/**
 * Rate bands (theo mức tỷ lệ): "100%: 1 điểm; từ 80% đến dưới 100%: 0,5; dưới 80%: 0" →
 * `bands: [{ from: 100, points: 1 }, { from: 80, points: 0.5 }, { from: 0, points: 0 }]`
 * (written from the highest band down, as the documents write them).
 */
export interface RateBandsRule extends CountingRuleCommon {
  readonly kind: "rate_bands";
  readonly rate?: CriterionRate;
  readonly bands: readonly RateBand[];
}

/** Proportional (tỷ lệ thuận, QĐ 766/QĐ-TTg style): `max × rate ÷ 100`, 0 below `minRate` percent. */
export interface ProportionalRule extends CountingRuleCommon {
  readonly kind: "proportional";
  readonly rate?: CriterionRate;
  readonly minRate?: number;
}

/** The conditions of {@link AllOrNothingRule}. */
export type Condition = "all_on_time" | "all_done" | "any_done";

/** All or nothing (đạt/không đạt): "ban hành đúng thời hạn: x điểm; chậm hoặc không ban hành: 0". */
export interface AllOrNothingRule extends CountingRuleCommon {
  readonly kind: "all_or_nothing";
  readonly condition: Condition;
}

/** One test of a {@link ConditionsRule}: a condition, or an on-time rate of at least `rateAtLeast` percent. */
export type ConditionTest =
  | { readonly condition: Condition }
  | { readonly rateAtLeast: number; readonly rate?: CriterionRate };

/**
 * Compound conditions (Nghị định 90/2020/NĐ-CP style): full points when every test holds, else 0.
 * "Hoàn thành tất cả các chỉ tiêu, nhiệm vụ, trong đó ít nhất 80% hoàn thành đúng tiến độ" →
 * `{ kind: "conditions", all: [{ condition: "all_done" }, { rateAtLeast: 80 }] }`.
 */
export interface ConditionsRule extends CountingRuleCommon {
  readonly kind: "conditions";
  readonly all: readonly ConditionTest[];
}

/** External (nhập từ ngoài): points from a survey or an appraisal (SIPAS, DDCI, the survey part of PAR). */
export interface ExternalRule {
  readonly kind: "external";
  readonly value?: number;
  readonly source?: string;
  readonly date?: IsoDate;
}

/** A scoring rule of a leaf. */
export type CriterionRule = PerViolationRule | RateBandsRule | ProportionalRule | AllOrNothingRule | ConditionsRule | ExternalRule;

/** The kinds of rules. */
export type CriterionRuleKind = CriterionRule["kind"];

/** A classification band on percent: "từ 90% trở lên: A" → `{ min: 90, label: "A" }`. */
export interface ClassBand {
  readonly min: number;
  readonly label: string;
}

/**
 * How a node counts in its parent: `normal` (default), `bonus` (điểm thưởng: adds its points
 * without adding to the parent's maximum) or `penalty` (điểm trừ: the points it lost, max − points,
 * are taken from the parent). Caps: the node's own `max`, and the parent's maximum.
 */
export type CriterionEffect = "normal" | "bonus" | "penalty";

/**
 * Self-assessed and appraised values (điểm tự đánh giá, điểm thẩm định) a host records beside the
 * computed points, with whether evidence (tài liệu kiểm chứng) was attached.
 */
export interface Assessment {
  readonly self?: number;
  readonly appraised?: number;
  readonly evidence?: boolean;
}

/** A node of a criteria tree as written. */
export interface Criterion {
  /** Unique among the plan's criteria, e.g. "1.2". */
  readonly id: string;
  readonly title: string;
  /** Maximum points (điểm tối đa), ≥ 0, at most 2 decimals. */
  readonly max: number;
  readonly children?: readonly Criterion[];
  readonly rule?: CriterionRule;
  /** Default true; false drops the node (its max leaves the percent). */
  readonly applicable?: boolean;
  readonly validFrom?: IsoDate;
  readonly validTo?: IsoDate;
  /** Classification on percent, from the highest band down (A ≥ 90, B ≥ 80, C ≥ 70). */
  readonly bands?: readonly ClassBand[];
  readonly effect?: CriterionEffect;
  readonly assessment?: Assessment;
  readonly source?: string;
  /** Marks values not taken from an official text (illustrative). */
  readonly illustrative?: boolean;
}

// ---------------------------------------------------------------------------------------------
// zod

/** Points: a finite number ≥ 0 with at most 2 decimals. */
const pointsSchema = z
  .number()
  .min(0)
  .max(1_000_000)
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-7, { message: "at most 2 decimals" })
  .meta({ description: "Points, ≥ 0, at most 2 decimals" });

const percentSchema = z
  .number()
  .min(0)
  .max(100)
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-7, { message: "at most 2 decimals" });

const emptySchema = z.enum(["full", "zero", "not_applicable"]);

const rateSchema = z.strictObject({
  numerator: z.array(z.enum(["early", "on_time", "open_not_due"])).optional(),
  denominator: z.enum(["received", "due", "resolved"]).optional(),
  countOpenOverdue: z.boolean().optional(),
  emptyValue: z.number().min(0).max(1).nullable().optional(),
});

const counting = {
  obligations: z.array(idSchema).optional(),
  empty: emptySchema.optional(),
};

const conditionSchema = z.enum(["all_on_time", "all_done", "any_done"]);

const ruleSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("per_violation"),
    ...counting,
    late: pointsSchema,
    overdue: pointsSchema.optional(),
    missedTarget: pointsSchema.optional(),
    perDayLate: pointsSchema.optional(),
    perWorkingDayLate: pointsSchema.optional(),
    maxDeduction: pointsSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal("rate_bands"),
    ...counting,
    rate: rateSchema.optional(),
    bands: z.array(z.strictObject({ from: percentSchema, points: pointsSchema })).min(1),
  }),
  z.strictObject({ kind: z.literal("proportional"), ...counting, rate: rateSchema.optional(), minRate: percentSchema.optional() }),
  z.strictObject({ kind: z.literal("all_or_nothing"), ...counting, condition: conditionSchema }),
  z.strictObject({
    kind: z.literal("conditions"),
    ...counting,
    all: z.array(z.union([z.strictObject({ condition: conditionSchema }), z.strictObject({ rateAtLeast: percentSchema, rate: rateSchema.optional() })])).min(1),
  }),
  z.strictObject({ kind: z.literal("external"), value: pointsSchema.optional(), source: z.string().optional(), date: isoDateSchema.optional() }),
]);

/** @internal */
export const criterionSchemaInferred: z.ZodType<Criterion, unknown> = z
  .strictObject({
    id: idSchema,
    title: z.string().min(1),
    max: pointsSchema,
    get children(): z.ZodOptional<z.ZodArray<z.ZodType<Criterion, unknown>>> {
      return z.array(criterionSchemaInferred).optional();
    },
    rule: ruleSchema.optional(),
    applicable: z.boolean().optional(),
    validFrom: isoDateSchema.optional(),
    validTo: isoDateSchema.optional(),
    bands: z.array(z.strictObject({ min: percentSchema, label: z.string().min(1) })).min(1).optional(),
    effect: z.enum(["normal", "bonus", "penalty"]).optional(),
    assessment: z.strictObject({ self: pointsSchema.optional(), appraised: pointsSchema.optional(), evidence: z.boolean().optional() }).optional(),
    source: z.string().optional(),
    illustrative: z.boolean().optional(),
  })
  .meta({ id: "Criterion", description: "A criterion (tiêu chí): a branch with children or a leaf with a rule" }) as unknown as z.ZodType<Criterion, unknown>;

/**
 * zod schema of one criteria tree node ({@link Criterion}), recursive through `children`.
 * Structural only: the checks across nodes (see `parsePlan`) adds the checks across nodes.
 *
 * @example
 * criterionSchema.safeParse({ id: "1.2", title: "Báo cáo CCHC", max: 1, rule: { kind: "per_violation", late: 0.25 } }).success
 * //=> true
 * @remarks Since 0.1.0
 */
export const criterionSchema: z.ZodType<Criterion, unknown> = criterionSchemaInferred;

// ---------------------------------------------------------------------------------------------
// checks across nodes

type Path = (string | number)[];
type Raw = Record<string, unknown>;

function isObject(value: unknown): value is Raw {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Hundredths of a points value (the value is known to have at most 2 decimals). @internal */
export function toHundredths(value: number): number {
  return Math.round(value * 100);
}

/** What the checks know of the plan around the criteria. */
export interface CriteriaContext {
  /** Ids of the plan's obligations (to check `rule.obligations`). */
  readonly obligations?: ReadonlySet<string>;
  /** Each obligation's `criteria` links, with the path of the obligation. */
  readonly links?: readonly { readonly criteria: unknown; readonly path: readonly (string | number)[] }[];
}

/**
 * The checks a zod schema cannot make on its own, on the raw input (defensive: they run whether
 * or not the structure is valid), all reported together:
 * - duplicate ids anywhere in any tree;
 * - a node with both `children` and `rule`, or neither;
 * - bands and rate bands not from the highest down (strictly);
 * - a deduction (`late`, `overdue`, `missedTarget`, `maxDeduction`) or band points above the node's `max`;
 * - a lower rate band giving more points than a higher one;
 * - `missedTarget` above `late` (missing an internal target cannot cost more than missing the deadline);
 * - `validFrom` after `validTo`;
 * - unknown obligations in `rule.obligations`; obligation `criteria` naming a branch or an unknown id.
 * @internal
 */
export function criteriaIssues(criteria: unknown, context: CriteriaContext = {}, at: Path = ["criteria"]): Issue[] {
  const issues: Issue[] = [];
  if (!Array.isArray(criteria)) return issues;
  const seen = new Map<string, Path>();
  const leaves = new Set<string>();
  const branches = new Set<string>();
  const visit = (node: unknown, path: Path): void => {
    if (!isObject(node)) return;
    const id = typeof node["id"] === "string" ? node["id"] : undefined;
    if (id !== undefined) {
      const first = seen.get(id);
      if (first !== undefined) issues.push(issue("duplicate_id", { id, kind: "criterion", first: first.join(".") }, [...path, "id"]));
      else seen.set(id, path);
    }
    const children = node["children"];
    const rule = node["rule"];
    if (children !== undefined && rule !== undefined) issues.push(issue("invalid_criterion", { reason: "both_children_and_rule", id }, path));
    else if (children === undefined && rule === undefined) issues.push(issue("invalid_criterion", { reason: "neither_children_nor_rule", id }, path));
    else if (Array.isArray(children) && children.length === 0) issues.push(issue("invalid_criterion", { reason: "no_children", id }, [...path, "children"]));
    if (id !== undefined) (rule !== undefined ? leaves : branches).add(id);
    const max = typeof node["max"] === "number" ? node["max"] : undefined;
    const validFrom = node["validFrom"];
    const validTo = node["validTo"];
    if (typeof validFrom === "string" && typeof validTo === "string" && validFrom > validTo) {
      issues.push(issue("invalid_criterion", { reason: "valid_range_reversed", validFrom, validTo }, [...path, "validTo"]));
    }
    checkDescending(node["bands"], "min", [...path, "bands"], issues);
    if (isObject(rule)) {
      if (max !== undefined) {
        for (const field of ["late", "overdue", "missedTarget", "maxDeduction"]) {
          const v = rule[field];
          if (typeof v === "number" && v > max) issues.push(issue("invalid_criterion", { reason: "deduction_above_max", field, value: v, max }, [...path, "rule", field]));
        }
        if (Array.isArray(rule["bands"])) {
          let higher = Number.POSITIVE_INFINITY;
          rule["bands"].forEach((b, i) => {
            if (isObject(b) && typeof b["points"] === "number") {
              if (b["points"] > higher) issues.push(issue("invalid_criterion", { reason: "band_points_increase", value: b["points"], previous: higher }, [...path, "rule", "bands", i, "points"]));
              higher = b["points"];
            }
            if (isObject(b) && typeof b["points"] === "number" && b["points"] > max) {
              issues.push(issue("invalid_criterion", { reason: "band_points_above_max", value: b["points"], max }, [...path, "rule", "bands", i, "points"]));
            }
          });
        }
        if (typeof rule["missedTarget"] === "number" && typeof rule["late"] === "number" && rule["missedTarget"] > rule["late"]) {
          issues.push(issue("invalid_criterion", { reason: "missed_target_above_late", value: rule["missedTarget"], late: rule["late"] }, [...path, "rule", "missedTarget"]));
        }
        if (rule["kind"] === "external" && typeof rule["value"] === "number" && rule["value"] > max) {
          issues.push(issue("invalid_criterion", { reason: "value_above_max", value: rule["value"], max }, [...path, "rule", "value"]));
        }
      }
      checkDescending(rule["bands"], "from", [...path, "rule", "bands"], issues);
      const known = context.obligations;
      if (known !== undefined && Array.isArray(rule["obligations"])) {
        rule["obligations"].forEach((o, i) => {
          if (typeof o === "string" && !known.has(o)) {
            const suggestion = suggestKey(o, known);
            issues.push(issue("unknown_reference", suggestion === undefined ? { kind: "obligation", id: o } : { kind: "obligation", id: o, suggestion }, [...path, "rule", "obligations", i]));
          }
        });
      }
    }
    if (Array.isArray(children)) children.forEach((c, i) => visit(c, [...path, "children", i]));
  };
  criteria.forEach((root, i) => visit(root, [...at, i]));
  for (const link of context.links ?? []) {
    const list = Array.isArray(link.criteria) ? link.criteria : [];
    list.forEach((c, i) => {
      if (typeof c !== "string") return;
      if (branches.has(c) && !leaves.has(c)) issues.push(issue("invalid_criterion", { reason: "link_to_branch", id: c }, [...link.path, i]));
      else if (!leaves.has(c)) {
        const suggestion = suggestKey(c, leaves);
        issues.push(issue("unknown_reference", suggestion === undefined ? { kind: "criterion", id: c } : { kind: "criterion", id: c, suggestion }, [...link.path, i]));
      }
    });
  }
  return issues;
}

function checkDescending(list: unknown, field: string, path: Path, issues: Issue[]): void {
  if (!Array.isArray(list)) return;
  let previous = Number.POSITIVE_INFINITY;
  list.forEach((b, i) => {
    if (!isObject(b) || typeof b[field] !== "number") return;
    const v = b[field];
    if (!(v < previous)) issues.push(issue("invalid_criterion", { reason: "bands_out_of_order", field, value: v, previous }, [...path, i, field]));
    previous = v;
  });
}

/** The result of {@link safeParseCriteria}. */
export type SafeParseCriteriaResult =
  | { readonly success: true; readonly data: readonly Criterion[] }
  | { readonly success: false; readonly issues: readonly Issue[] };

/** The zod schema of a list of trees. @internal */
export const criteriaListSchema: z.ZodArray<z.ZodType<Criterion, unknown>> = z.array(criterionSchemaInferred);

/**
 * Validates criteria trees on their own (for `score` with a tree that is not in a plan): the
 * structure, then the checks across nodes (see `parsePlan`), every problem at once.
 *
 * @param input - A list of criteria trees.
 * @param context - Obligation ids to check `rule.obligations` against (optional).
 * @returns `{ success: true, data }` (frozen) or `{ success: false, issues }`.
 * @example
 * safeParseCriteria([{ id: "1", title: "Chỉ đạo điều hành", max: 1 }]).success //=> false (neither children nor rule)
 * @remarks Since 0.1.0
 */
export function safeParseCriteria(input: unknown, context: CriteriaContext = {}): SafeParseCriteriaResult {
  const issues: Issue[] = [];
  const result = criteriaListSchema.safeParse(input);
  if (!result.success) issues.push(...mapZodIssues(result.error.issues).map((i) => ({ ...i, path: ["criteria", ...i.path] })));
  issues.push(...criteriaIssues(input, context));
  if (!result.success || issues.length > 0) return { success: false, issues };
  return { success: true, data: deepFreeze(dropUndefined(result.data) as Criterion[]) };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
